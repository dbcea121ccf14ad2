package org.jbeamjit.runtime.tty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The VM's standard input shared by its readers (the ports on it, whose threads block reading)
 * and the break menu, which must get the next line typed even while a port's thread is blocked
 * in a read. Installed as {@code System.in}: while the menu waits, what any reader gets is the
 * menu's; when no one is reading, the menu reads itself.
 */
public final class StandardInput extends InputStream {
  private static final long POLL_MILLIS = 50;

  private final InputStream in;
  private final ReentrantLock reading = new ReentrantLock();
  private final LinkedBlockingQueue<byte[]> diverted = new LinkedBlockingQueue<>();
  private volatile boolean diverting;

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

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (true) {
      int n;
      reading.lock();
      try {
        n = in.read(b, off, len);
      } finally {
        reading.unlock();
      }
      if (n > 0 && diverting) {
        diverted.add(Arrays.copyOfRange(b, off, off + n));
        continue;
      }
      return n;
    }
  }

  @Override
  public int available() throws IOException {
    return in.available();
  }

  /**
   * From now on (until {@link #endDiversion}) what the readers get is the break menu's: called
   * before the menu shows, so that an answer typed at once cannot reach them.
   */
  public void divert() {
    diverting = true;
  }

  /** The readers get their input again; what the menu did not take is dropped, as BEAM's menu drops it. */
  public void endDiversion() {
    diverting = false;
    diverted.clear();
  }

  /**
   * The next line typed, without its end ({@code null} at the end of input), for the break menu
   * (between {@link #divert} and {@link #endDiversion}); what follows it in the same read is dropped.
   */
  public String readLine() throws IOException, InterruptedException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      byte[] chunk = diverted.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
      if (chunk == null && reading.tryLock()) {
        try {
          if (diverted.isEmpty()) {
            byte[] buf = new byte[256];
            int n = in.read(buf);
            if (n <= 0) {
              return line.size() == 0 ? null : line.toString();
            }
            chunk = Arrays.copyOf(buf, n);
          }
        } finally {
          reading.unlock();
        }
      }
      if (chunk != null) {
        for (byte c : chunk) {
          if (c == '\n' || c == '\r') {
            return line.toString();
          }
          line.write(c);
        }
      }
    }
  }
}
