package org.jbeamjit.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DisasmCommandTest {
  private static final Path HELLO = Path.of(System.getProperty("jbeamjit.root", "..")).resolve("samples/erlang/hello.erl");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void listsEveryFunctionOfASourceFile() {
    assertEquals(0, run("disasm", HELLO.toString()), err.toString());
    String listing = out.toString();
    assertTrue(listing.startsWith("{module, hello}."), listing);
    for (String header : new String[] {
        "{function, main, 1, 2}.", "{function, greet, 1, 4}.", "{function, module_info, 0, "}) {
      assertTrue(listing.contains(header), header + " missing from\n" + listing);
    }
    assertTrue(listing.contains("    {call_ext_last,2,{extfunc,erlang,'++',2},0}."), listing);
  }

  @Test
  void aMissingFileIsAClearErrorNotACrash() {
    assertEquals(1, run("disasm", "/nonexistent/x.beam"));
    assertTrue(err.toString().contains("no such file: /nonexistent/x.beam"), err.toString());
  }

  @Test
  void aCorruptFileNamesFileChunkAndOffset(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.beam");
    Files.write(bad, new byte[] {'F', 'O', 'R', '1', 0, 0, 0, 8, 'B', 'E', 'A', 'X', 0, 0, 0, 0});
    assertEquals(1, run("disasm", bad.toString()));
    assertTrue(err.toString().contains("bad.beam"), err.toString());
  }
}
