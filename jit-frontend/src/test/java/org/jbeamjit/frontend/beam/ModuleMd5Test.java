package org.jbeamjit.frontend.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/** The MD5 of every installed module, against {@code beam_lib:md5/1} and {@code module_info(md5)}. */
class ModuleMd5Test {
  @Test
  void sameAsBeamLibForEveryInstalledModule() throws Exception {
    List<Path> files = Erl.installedBeamFiles();
    String out = Erl.eval("[begin {ok, {_, M}} = beam_lib:md5(F), io:format(\"~s ~s~n\", [F, binary:encode_hex(M)])"
        + " end || F <- filelib:wildcard(\"" + Erl.rootDir() + "/**/*.beam\")]");
    int compared = 0;
    for (String line : out.lines().toList()) {
      String[] f = line.split(" ");
      byte[] ours = ModuleMd5.compute(BeamFile.parse(Files.readAllBytes(Path.of(f[0])), f[0]));
      assertEquals(f[1].toLowerCase(), HexFormat.of().formatHex(ours), f[0]);
      compared++;
    }
    assertEquals(files.size(), compared);
  }

  @Test
  void sameAsModuleInfoOfLoadedModules() throws Exception {
    for (String module : List.of("lists", "gen_server", "compile")) {
      String hex = Erl.eval("io:format(\"~s ~s\", [code:which(" + module + "), binary:encode_hex(" + module
          + ":module_info(md5))])");
      String[] f = hex.trim().split(" ");
      byte[] ours = ModuleMd5.compute(BeamFile.parse(Files.readAllBytes(Path.of(f[0])), f[0]));
      assertEquals(f[1].toLowerCase(), HexFormat.of().formatHex(ours), module);
    }
  }
}
