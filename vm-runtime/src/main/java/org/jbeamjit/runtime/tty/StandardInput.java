package org.jbeamjit.runtime.tty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * The VM's standard input shared by its readers (the ports on it) and the break menu, which
 * must get the next line typed although a port's thread waits for input at the same time.
 * Installed as {@code System.in}. One thread reads the real input (from the first read on) into
 * a queue of what was typed; readers take from the queue, but not while the menu has the input:
 * they wait, and what was typed after the menu's answer is theirs when it ends.
 */
public final class StandardInput extends InputStream {
  /** Queued at the end of input, and left there: every later read sees it. */
  private static final byte[] END = new byte[0];

  private final InputStream in;
  private final LinkedBlockingDeque<byte[]> typed = new LinkedBlockingDeque<>();
  private final Object gate = new Object();
  private boolean diverting;
  private boolean pumping;

  private StandardInput(InputStream in) {
    this.in = in;
  }

  /** Makes {@code System.in} shareable with the break menu (once, before anything reads it). */
  public static synchronized StandardInput install() {
    if (System.in instanceof StandardInput s) {
      return s;
    }
    StandardInput s = new StandardInput(System.in);
    System.setIn(s);
    return s;
  }

  private synchronized void startReading() {
    if (!pumping) {
      pumping = true;
      Thread t = new Thread(this::pump, "jbeamjit-stdin");
      t.setDaemon(true);
      t.start();
    }
  }

  private void pump() {
    byte[] buf = new byte[4096];
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        typed.addLast(Arrays.copyOf(buf, n));
      }
    } catch (IOException e) {
      // The descriptor failed: the same as its end to the readers.
    }
    typed.addLast(END);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    startReading();
    try {
      while (true) {
        synchronized (gate) {
          while (diverting) {
            gate.wait();
          }
        }
        byte[] chunk = typed.takeFirst();
        synchronized (gate) {
          if (diverting || chunk == END) {
            typed.addFirst(chunk); // the menu's (it began meanwhile), or the end that stays
            if (chunk == END) {
              return -1;
            }
            continue;
          }
        }
        int n = Math.min(len, chunk.length);
        System.arraycopy(chunk, 0, b, off, n);
        if (n < chunk.length) {
          typed.addFirst(Arrays.copyOfRange(chunk, n, chunk.length));
        }
        return n;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException();
    }
  }

  @Override
  public int available() {
    byte[] first = typed.peekFirst();
    return first == null ? 0 : first.length;
  }

  /**
   * From now on (until {@link #endDiversion}) the input is the break menu's: called before the
   * menu shows, so that an answer typed at once cannot reach the readers.
   */
  public void divert() {
    synchronized (gate) {
      diverting = true;
    }
  }

  /** The readers get the input again, first what was typed after the menu's last answer. */
  public void endDiversion() {
    synchronized (gate) {
      diverting = false;
      gate.notifyAll();
    }
  }

  /**
   * The next line typed, without its end ({@code null} at the end of input), for the break menu
   * (between {@link #divert} and {@link #endDiversion}); the rest of the line's read is dropped,
   * as BEAM's menu drops it.
   */
  public String readLine() throws InterruptedException {
    startReading();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      byte[] chunk = typed.takeFirst();
      if (chunk == END) {
        typed.addFirst(END);
        return line.size() == 0 ? null : line.toString();
      }
      for (byte c : chunk) {
        if (c == '\n' || c == '\r') {
          return line.toString();
        }
        line.write(c);
      }
    }
  }
}
