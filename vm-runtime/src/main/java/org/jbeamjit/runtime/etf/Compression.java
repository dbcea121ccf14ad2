package org.jbeamjit.runtime.etf;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jbeamjit.runtime.error.ErlangException;

/**
 * The zlib layer of the COMPRESSED form: {@code 131, 80, UncompressedSize:32, ZlibStream}.
 * java.util.zip is zlib itself, so the same level gives the same bytes as OTP.
 */
final class Compression {
  private Compression() {}

  /** The header before the zlib stream: magic, tag and the 4-byte uncompressed size. */
  static final int HEADER = 6;

  /** Deflate never compresses better than about 1032:1, so a larger claimed size is a lie. */
  private static final long MAX_RATIO = 1032;

  /**
   * {@code plain} (a whole encoding, magic byte first) compressed at {@code level}, or
   * {@code plain} itself when that would not be smaller: OTP gives zlib only the uncompressed
   * size minus the 5 header bytes and falls back to the plain form when the stream does not fit.
   */
  static byte[] compress(byte[] plain, int level) {
    int termLength = plain.length - 1;
    int room = termLength - 5;
    if (room <= 0) {
      return plain;
    }
    byte[] out = new byte[HEADER + room + 1];
    Deflater deflater = new Deflater(level);
    try {
      deflater.setInput(plain, 1, termLength);
      deflater.finish();
      int n = 0;
      while (!deflater.finished() && n <= room) {
        n += deflater.deflate(out, HEADER + n, out.length - HEADER - n);
      }
      if (!deflater.finished() || n > room) {
        return plain;
      }
      out[0] = (byte) Tag.VERSION_MAGIC;
      out[1] = (byte) Tag.COMPRESSED;
      out[2] = (byte) (termLength >>> 24);
      out[3] = (byte) (termLength >>> 16);
      out[4] = (byte) (termLength >>> 8);
      out[5] = (byte) termLength;
      return Arrays.copyOf(out, HEADER + n);
    } finally {
      deflater.end();
    }
  }

  /** A decompressed term and how many compressed bytes its zlib stream took. */
  record Inflated(byte[] data, int consumed) {}

  /**
   * Inflates the zlib stream at {@code in[from..end)}, which must give exactly {@code size}
   * bytes. The buffer grows with the output actually produced, so a false size claim costs
   * nothing; bytes after the end of the stream are left for the caller (they are not "used").
   */
  static Inflated inflate(byte[] in, int from, int end, long size) {
    if (size > Integer.MAX_VALUE - 8 || size > (end - from) * MAX_RATIO + 64) {
      throw ErlangException.badarg();
    }
    byte[] out = new byte[(int) Math.min(size, Math.max(1024, 4L * (end - from)))];
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(in, from, end - from);
      int n = 0;
      while (!inflater.finished()) {
        if (n == out.length) {
          if (n == size) {
            // Full: the stream must end here without another byte.
            if (inflater.inflate(new byte[1]) != 0 || !inflater.finished()) {
              throw ErlangException.badarg();
            }
            break;
          }
          out = Arrays.copyOf(out, (int) Math.min(size, 2L * out.length));
        }
        int got = inflater.inflate(out, n, out.length - n);
        n += got;
        if (got == 0 && !inflater.finished()) {
          throw ErlangException.badarg(); // zlib inflates all it can: the stream is cut short
        }
      }
      if (n != size) {
        throw ErlangException.badarg();
      }
      return new Inflated(out, end - from - inflater.getRemaining());
    } catch (DataFormatException e) {
      throw ErlangException.badarg();
    } finally {
      inflater.end();
    }
  }
}
