package org.jbeamjit.runtime.tty;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The keys typed on the terminal as the UTF-8 that {@code user_drv} decodes. A UTF-8 terminal's
 * bytes pass as they are, a character split between two reads waiting for its end; a Latin-1
 * terminal's bytes are each one character. A UTF-8 terminal that sends something not UTF-8 is
 * taken for a Latin-1 one from then on, as OTP's driver does.
 */
public final class TtyInput {
  private final TtyLine line;
  private byte[] pending = new byte[0];

  /** The input of the terminal whose UTF-8 state {@code line} holds (one state, as OTP's driver has). */
  public TtyInput(TtyLine line) {
    this.line = line;
  }

  /** The UTF-8 for {@code n} bytes read from the terminal (maybe fewer: a split character waits). */
  public byte[] decode(byte[] read, int n) {
    byte[] b = pending.length == 0 ? Arrays.copyOf(read, n) : concat(pending, read, n);
    pending = new byte[0];
    if (line.utf8()) {
      int i = 0;
      while (i < b.length) {
        int size = Utf8.sequenceLength(b, i, b.length);
        if (size == Utf8.TRUNCATED) {
          pending = Arrays.copyOfRange(b, i, b.length);
          return Arrays.copyOf(b, i);
        } else if (size == 0) {
          line.setUtf8(false);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.write(b, 0, i);
          out.writeBytes(latin1(Arrays.copyOfRange(b, i, b.length)));
          return out.toByteArray();
        }
        i += size;
      }
      return b;
    }
    return latin1(b);
  }

  private static byte[] latin1(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    for (byte x : b) {
      int ch = x & 0xff;
      if (ch < 0x80) {
        out.write(ch);
      } else {
        out.write(0xc0 | (ch >> 6));
        out.write(0x80 | (ch & 0x3f));
      }
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b, int n) {
    byte[] c = Arrays.copyOf(a, a.length + n);
    System.arraycopy(b, 0, c, a.length, n);
    return c;
  }
}
