package org.jbeamjit.runtime.nif;

import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * zlib's {@code deflate} over {@link Deflater}. The JDK and erl both call the system's zlib, so
 * the compressed bytes are the same, with two limits of the JDK's API: the window is always 32 KB
 * and {@code memLevel} always 8 (a smaller {@code windowBits} or another {@code memLevel} gives
 * valid output that may differ from erl's on inputs longer than the window), and there is no
 * {@code rle} strategy (it compresses with the default strategy). The body is made by a raw
 * deflater; the zlib or gzip wrapper around it is written here, byte for byte as zlib writes it.
 */
final class DeflateCodec implements ZCodec {
  enum Wrap {
    RAW, ZLIB, GZIP
  }

  private static final int Z_HUFFMAN_ONLY = 2;
  private static final int OS_UNIX = 3;

  private final Wrap wrap;
  /** Window bits as zlib keeps them (8 becomes 9), for the zlib header. */
  private final int windowBits;
  private final Deflater deflater;
  private int level;
  private int strategy;

  /** Header or trailer bytes not yet given out (zlib's pending buffer). */
  private byte[] pending = new byte[0];
  private int pendingPos;
  /** zlib's status: INIT until the first call, FINISH from the first {@code Z_FINISH}. */
  private boolean started;
  private boolean finishing;
  private boolean trailerQueued;
  private long dictionaryId = -1;
  private final Adler32 adler = new Adler32();
  private final CRC32 crc = new CRC32();
  private long totalIn;

  private int consumed;
  private int produced;

  private DeflateCodec(Wrap wrap, int windowBits, int level, int strategy) {
    this.wrap = wrap;
    this.windowBits = windowBits;
    this.level = level;
    this.strategy = strategy;
    this.deflater = new Deflater(level, true);
    deflater.setStrategy(javaStrategy(strategy));
  }

  /**
   * {@code deflateInit2}: {@code null} for the parameters zlib refuses ({@code Z_STREAM_ERROR}).
   */
  static DeflateCodec create(int level, int method, int windowBits, int memLevel, int strategy) {
    Wrap wrap = Wrap.ZLIB;
    int bits = windowBits;
    if (level == -1) {
      level = 6;
    }
    if (bits < 0) {
      wrap = Wrap.RAW;
      if (bits < -15) {
        return null;
      }
      bits = -bits;
    } else if (bits > 15) {
      wrap = Wrap.GZIP;
      bits -= 16;
    }
    if (memLevel < 1 || memLevel > 9 || method != 8 || bits < 8 || bits > 15 || level < 0 || level > 9
        || strategy < 0 || strategy > 4 || (bits == 8 && wrap != Wrap.ZLIB)) {
      return null;
    }
    return new DeflateCodec(wrap, bits == 8 ? 9 : bits, level, strategy);
  }

  boolean isRaw() {
    return wrap == Wrap.RAW;
  }

  /** Whether a call was made and the stream was not finished ({@code deflateEnd} then says {@code Z_DATA_ERROR}). */
  boolean isBusy() {
    return started && !finishing;
  }

  @Override
  public int run(byte[] in, int off, int len, byte[] out, int outOff, int outLen, int flush) {
    consumed = 0;
    produced = 0;
    if (finishing && flush != Z_FINISH) {
      return Z_STREAM_ERROR;
    }
    if (outLen == 0) {
      return Z_BUF_ERROR;
    }
    if (!started) {
      started = true;
      if (wrap != Wrap.RAW) {
        pending = header();
      }
    }
    if (flush == Z_FINISH) {
      finishing = true;
    }
    int at = outOff;
    int end = outOff + outLen;
    at = givePending(out, at, end);
    if (pendingPos < pending.length) {
      return Z_OK;
    }
    if (!deflater.finished()) {
      long before = deflater.getBytesRead();
      deflater.setInput(in, off, len);
      if (finishing) {
        deflater.finish();
      }
      at += deflater.deflate(out, at, end - at, javaFlush(flush));
      consumed = (int) (deflater.getBytesRead() - before);
      adler.update(in, off, consumed);
      crc.update(in, off, consumed);
      totalIn += consumed;
    }
    if (deflater.finished() && !trailerQueued) {
      trailerQueued = true;
      pending = trailer();
      pendingPos = 0;
    }
    at = givePending(out, at, end);
    produced = at - outOff;
    return finishing && deflater.finished() && pendingPos == pending.length ? Z_STREAM_END : Z_OK;
  }

  private int givePending(byte[] out, int at, int end) {
    int n = Math.min(end - at, pending.length - pendingPos);
    System.arraycopy(pending, pendingPos, out, at, n);
    pendingPos += n;
    return at + n;
  }

  /** zlib's header (with the preset dictionary's id) or gzip's (no name, no time, Unix). */
  private byte[] header() {
    if (wrap == Wrap.GZIP) {
      int xfl = level == 9 ? 2 : (strategy >= Z_HUFFMAN_ONLY || level < 2) ? 4 : 0;
      return new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, OS_UNIX};
    }
    int levelFlags = (strategy >= Z_HUFFMAN_ONLY || level < 2) ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
    int h = ((8 + ((windowBits - 8) << 4)) << 8) | (levelFlags << 6);
    if (dictionaryId >= 0) {
      h |= 0x20;
    }
    h += 31 - (h % 31);
    if (dictionaryId < 0) {
      return new byte[] {(byte) (h >> 8), (byte) h};
    }
    return new byte[] {(byte) (h >> 8), (byte) h, (byte) (dictionaryId >> 24), (byte) (dictionaryId >> 16),
        (byte) (dictionaryId >> 8), (byte) dictionaryId};
  }

  /** zlib's Adler-32 (big-endian) or gzip's CRC-32 and length (little-endian). */
  private byte[] trailer() {
    if (wrap == Wrap.ZLIB) {
      long a = adler.getValue();
      return new byte[] {(byte) (a >> 24), (byte) (a >> 16), (byte) (a >> 8), (byte) a};
    }
    if (wrap == Wrap.GZIP) {
      long c = crc.getValue();
      return new byte[] {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24),
          (byte) totalIn, (byte) (totalIn >> 8), (byte) (totalIn >> 16), (byte) (totalIn >> 24)};
    }
    return new byte[0];
  }

  /**
   * {@code deflateSetDictionary}: the dictionary's Adler-32 (from 1 for zlib streams, from 0 for
   * raw ones, as OTP computes it), or -1 where zlib refuses (gzip, or after the stream started).
   */
  long setDictionary(byte[] dictionary) {
    if (wrap == Wrap.GZIP || (wrap == Wrap.ZLIB && started)) {
      return -1;
    }
    try {
      deflater.setDictionary(dictionary);
    } catch (IllegalArgumentException refused) {
      return -1;
    }
    Adler32 a = new Adler32();
    a.update(dictionary);
    if (wrap == Wrap.ZLIB) {
      dictionaryId = a.getValue(); // goes in the header; the trailer's check covers the data alone
      return dictionaryId;
    }
    return adlerFromZero(dictionary);
  }

  /** {@code adler32(0, Bytes)}: zlib's sum with both halves starting at 0. */
  private static long adlerFromZero(byte[] bytes) {
    long s1 = 0;
    long s2 = 0;
    for (byte b : bytes) {
      s1 = (s1 + (b & 0xff)) % 65521;
      s2 = (s2 + s1) % 65521;
    }
    return (s2 << 16) | s1;
  }

  /**
   * {@code deflateParams} after the caller's sync flush: the JDK applies new parameters at its
   * next call, so one is made at once with no input, as zlib changes them with nothing pending.
   * {@code false} for parameters zlib refuses or output the change would make.
   */
  boolean setParams(int newLevel, int newStrategy) {
    int l = newLevel == -1 ? 6 : newLevel;
    if (l < 0 || l > 9 || newStrategy < 0 || newStrategy > 4) {
      return false;
    }
    deflater.setLevel(l);
    deflater.setStrategy(javaStrategy(newStrategy));
    level = l;
    strategy = newStrategy;
    if (deflater.finished()) {
      return true;
    }
    deflater.setInput(new byte[0]);
    byte[] probe = new byte[1];
    return deflater.deflate(probe, 0, 1, Deflater.NO_FLUSH) == 0;
  }

  @Override
  public int consumed() {
    return consumed;
  }

  @Override
  public int produced() {
    return produced;
  }

  @Override
  public void reset() {
    deflater.reset();
    pending = new byte[0];
    pendingPos = 0;
    started = false;
    finishing = false;
    trailerQueued = false;
    dictionaryId = -1;
    adler.reset();
    crc.reset();
    totalIn = 0;
  }

  @Override
  public void end() {
    deflater.end();
  }

  private static int javaFlush(int flush) {
    return switch (flush) {
      case Z_SYNC_FLUSH -> Deflater.SYNC_FLUSH;
      case Z_FULL_FLUSH -> Deflater.FULL_FLUSH;
      default -> Deflater.NO_FLUSH; // Z_FINISH is the deflater's finish()
    };
  }

  private static int javaStrategy(int strategy) {
    return switch (strategy) {
      case 1 -> Deflater.FILTERED;
      case Z_HUFFMAN_ONLY -> Deflater.HUFFMAN_ONLY;
      default -> Deflater.DEFAULT_STRATEGY;
    };
  }
}
