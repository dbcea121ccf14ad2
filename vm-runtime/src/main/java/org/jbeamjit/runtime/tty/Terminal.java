package org.jbeamjit.runtime.tty;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The terminal the VM runs on, when its standard input and output are one: its modes (set with
 * {@code stty}, run with the VM's standard input, which is the terminal; the modes it had are
 * put back when the VM exits, however it exits through the JVM's shutdown), its size, and
 * whether it speaks UTF-8.
 *
 * <p>With output processing off (the tty driver's {@code -c}), a bare line feed moves down
 * without returning the carriage: the tty driver means it so, but what the rest of the VM writes
 * on standard output and error directly (a crash report printed before the logger runs, say)
 * would staircase across the screen. Meanwhile {@code System.out} and {@code System.err} write
 * each line feed as carriage return and line feed, and the driver writes to {@link #rawOutput}.
 */
public final class Terminal {
  private static final int DEFAULT_COLUMNS = 80;
  private static final int DEFAULT_ROWS = 24;

  /** {@code stty -g}'s record of the modes before any change; {@code null} while unchanged. */
  private static String original;
  /** The {@code stty} arguments of the modes set, to set them again after the break menu. */
  private static List<String> modes;
  private static boolean hookAdded;
  private static volatile boolean resized = true;
  private static volatile int[] size = {DEFAULT_COLUMNS, DEFAULT_ROWS};
  /** The standard streams as they were before line feeds were translated; {@code null} while they are not. */
  private static PrintStream rawOut;
  private static PrintStream rawErr;

  private Terminal() {}

  /** Whether standard input and output are both a terminal (what OTP's tty driver asks of them). */
  public static boolean isInteractive() {
    return System.console() != null;
  }

  /**
   * Changes the terminal's modes as OTP's tty driver flags ask (each -1 off, +1 on, 0 as it is):
   * canonical line input (off: each key as typed, no CR to NL mapping, no output processing),
   * echo, and signal keys with flow control. Answers whether {@code stty} could.
   */
  public static synchronized boolean setModes(int canonical, int echo, int signals) {
    List<String> args = new ArrayList<>(List.of("-istrip"));
    if (canonical < 0) {
      args.addAll(List.of("-icanon", "-icrnl", "-opost", "min", "1", "time", "0"));
    } else if (canonical > 0) {
      args.addAll(List.of("icanon", "icrnl", "opost"));
    }
    if (echo != 0) {
      args.add(echo < 0 ? "-echo" : "echo");
    }
    if (signals != 0) {
      String sign = signals < 0 ? "-" : "";
      for (String m : List.of("brkint", "ignpar", "icrnl", "ixon", "ixany", "isig", "iexten")) {
        args.add(sign + m);
      }
    }
    if (original == null) {
      String saved = stty(List.of("-g"));
      if (saved == null) {
        return false;
      }
      original = saved.trim();
      if (!hookAdded) {
        hookAdded = true;
        Runtime.getRuntime().addShutdownHook(new Thread(Terminal::restore, "jbeamjit-tty-restore"));
      }
    }
    modes = args;
    watchSignals();
    if (stty(args) == null) {
      return false;
    }
    if (canonical < 0 && rawOut == null) {
      rawOut = System.out;
      rawErr = System.err;
      System.setOut(new PrintStream(new ReturnBeforeLineFeed(rawOut), false));
      System.setErr(new PrintStream(new ReturnBeforeLineFeed(rawErr), true));
    }
    return true;
  }

  /** Standard output as it is, for bytes meant for the terminal's current modes. */
  public static synchronized PrintStream rawOutput() {
    return rawOut != null ? rawOut : System.out;
  }

  /** Puts back the modes the terminal had before {@link #setModes}; they can be set again with {@link #resume}. */
  public static synchronized void restore() {
    if (original != null) {
      stty(List.of(original));
    }
  }

  /** Sets the modes of the last {@link #setModes} again (after {@link #restore}). */
  public static synchronized void resume() {
    if (modes != null) {
      stty(modes);
    }
  }

  /** Forgets the modes set: the terminal is back as it was, for good (the tty port closed). */
  public static synchronized void release() {
    restore();
    modes = null;
    if (rawOut != null) {
      System.out.flush();
      System.err.flush();
      System.setOut(rawOut);
      System.setErr(rawErr);
      rawOut = null;
      rawErr = null;
    }
  }

  /** The terminal's width and height in characters (80 by 24 when it cannot tell). */
  public static int[] size() {
    if (resized) {
      resized = false;
      String s = stty(List.of("size"));
      String[] rowsCols = s == null ? new String[0] : s.trim().split("\\s+");
      try {
        int rows = Integer.parseInt(rowsCols[0]);
        int cols = Integer.parseInt(rowsCols[1]);
        size = new int[] {cols > 0 ? cols : DEFAULT_COLUMNS, rows > 0 ? rows : DEFAULT_ROWS};
      } catch (RuntimeException notASize) {
        size = new int[] {DEFAULT_COLUMNS, DEFAULT_ROWS};
      }
    }
    return size.clone();
  }

  /**
   * Whether the terminal takes UTF-8, from the locale's environment as the C library reads it
   * ({@code LC_ALL}, then {@code LC_CTYPE}, then {@code LANG}: the first one set).
   */
  public static boolean utf8Locale() {
    for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
      String v = System.getenv(name);
      if (v != null && !v.isEmpty()) {
        String codeset = v.toLowerCase();
        return codeset.contains("utf-8") || codeset.contains("utf8");
      }
    }
    return false;
  }

  /**
   * The size is asked again after the terminal says it changed ({@code SIGWINCH}); the modes are
   * set again when the VM continues after being stopped ({@code SIGCONT}, after Ctrl-Z and
   * {@code fg}: the login shell has put its own modes back meanwhile).
   */
  private static void watchSignals() {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), s -> resized = true);
      sun.misc.Signal.handle(new sun.misc.Signal("CONT"), s -> {
        resized = true;
        resume();
      });
    } catch (IllegalArgumentException unavailable) {
      // The JVM keeps the signal: the size asked at start stays, and so on.
    }
  }

  /** Runs {@code stty} on the VM's standard input; its output, or {@code null} if it failed. */
  private static String stty(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add("stty");
    command.addAll(args);
    try {
      Process p = new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.INHERIT)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      byte[] out;
      try (InputStream in = p.getInputStream()) {
        out = in.readAllBytes();
      }
      if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      return new String(out, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Writes each line feed as carriage return and line feed. */
  private static final class ReturnBeforeLineFeed extends FilterOutputStream {
    ReturnBeforeLineFeed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      if (b == '\n') {
        out.write('\r');
      }
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int start = off;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          out.write(b, start, i - start);
          out.write('\r');
          start = i;
        }
      }
      out.write(b, start, off + len - start);
    }
  }
}
