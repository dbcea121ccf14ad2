package org.jbeamjit.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's hot upgrade demo, {@code samples/hotswap-demo}, run as a user runs it (with this
 * build's launcher): the server is upgraded while its clients call it, requests are served
 * before, during and after the upgrade, and none fails.
 */
class HotswapDemoTest {
  @TempDir Path dir;

  @Test
  void theDemoUpgradesTheServerWithoutAFailedRequest() throws IOException, InterruptedException {
    // The launcher of this build, as the demo's JBEAMJIT: exec keeps the JVM's pid the script's job's.
    Path launcher = dir.resolve("jbeamjit");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(launcher, "#!/bin/sh\nexec " + java + " -cp '" + System.getProperty("java.class.path") + "' "
        + Main.class.getName() + " \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
    ProcessBuilder pb = new ProcessBuilder(Path.of("../samples/hotswap-demo").toAbsolutePath().toString())
        .redirectErrorStream(true);
    pb.environment().put("JBEAMJIT", launcher.toString());
    Process demo = pb.start();
    String out = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(demo.waitFor(5, TimeUnit.MINUTES), out);
    assertEquals(0, demo.exitValue(), out);
    assertTrue(out.contains("demo_server: vsn 1 md5 "), out);
    assertTrue(out.contains(" -> vsn 2 md5 "), out);
    assertTrue(out.contains("last reply: Welcome back, "), "the new version answers: " + out);
    Matcher m = Pattern.compile("demo: served (\\d+) requests before the upgrade, (\\d+) during, (\\d+) after; (\\d+) failed")
        .matcher(out);
    assertTrue(m.find(), out);
    assertTrue(Long.parseLong(m.group(1)) > 0 && Long.parseLong(m.group(3)) > 0, m.group());
    assertEquals("0", m.group(4), m.group());
  }
}
