package org.jbeamjit.frontend.disasm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.jbeamjit.runtime.etf.ExternalTermFormat;
import org.jbeamjit.testing.Erl;

/**
 * What OTP's own {@code beam_disasm:file/1} makes of a list of {@code .beam} files, computed by
 * one {@code escript} run and cached under {@code target/} keyed by the installed OTP version (and
 * the script and file list), so repeated runs skip {@code erl} while a clean checkout still works.
 */
final class BeamDisasmOracle {
  private static final String SCRIPT = "beam_disasm_oracle.escript";
  private static final String COMPLETE = "complete";

  private final Path dir;

  private BeamDisasmOracle(Path dir) {
    this.dir = dir;
  }

  /** The oracle for {@code files}, made now unless a complete cached one exists. */
  static BeamDisasmOracle forFiles(List<Path> files) {
    try {
      Path script = Path.of(BeamDisasmOracle.class.getResource(SCRIPT).toURI());
      String list = files.stream().map(Path::toString).collect(Collectors.joining("\n", "", "\n"));
      String key = otpVersion() + "-" + digest(Files.readAllBytes(script), list.getBytes(StandardCharsets.UTF_8));
      Path dir = Path.of("target", "beam-disasm-oracle", key);
      if (!Files.exists(dir.resolve(COMPLETE))) {
        makeDump(script, list, dir);
      }
      return new BeamDisasmOracle(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void makeDump(Path script, String list, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir)) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
    Path listFile = dir.resolve("files.txt");
    Files.writeString(listFile, list);
    Erl.escript(script, listFile.toString(), dir.toString());
    Files.writeString(dir.resolve(COMPLETE), "");
  }

  /**
   * File {@code n}'s result: {@code {ok, Module, LabeledExports, Attributes, CompileInfo, Functions}}
   * or {@code {error, Reason}}.
   */
  Object result(int n) {
    try {
      return ExternalTermFormat.decode(Files.readAllBytes(dir.resolve(n + ".etf")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String otpVersion() throws IOException {
    try (DirectoryStream<Path> releases = Files.newDirectoryStream(Erl.rootDir().resolve("releases"))) {
      for (Path release : releases) {
        Path version = release.resolve("OTP_VERSION");
        if (Files.exists(version)) {
          return "OTP-" + Files.readString(version).strip();
        }
      }
    }
    throw new IllegalStateException("no OTP_VERSION under " + Erl.rootDir());
  }

  private static String digest(byte[]... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        md.update(p);
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
