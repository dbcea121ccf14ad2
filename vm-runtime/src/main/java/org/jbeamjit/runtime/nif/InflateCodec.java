package org.jbeamjit.runtime.nif;

import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * zlib's {@code inflate} over {@link Inflater}, which decodes zlib and raw streams; gzip's wrapper
 * (header, CRC-32 and length trailer) and the detection of zlib or gzip ({@code windowBits} 32 +
 * N) are done here, with zlib's checks and errors. zlib's window is kept alongside, for
 * {@code inflateGetDictionary}, which the JDK lacks.
 */
final class InflateCodec implements ZCodec {
  enum Wrap {
    RAW, ZLIB, GZIP, AUTO
  }

  private enum Stage {
    DETECT, GZIP_HEADER, BODY, GZIP_TRAILER, DONE, BAD
  }

  /** The gzip header part being read: the fixed ten bytes, or an optional field (its flag bit). */
  private static final int FIXED = 0;
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final Wrap configured;
  /** zlib's window bits: 8..15, or 0 for "as the zlib header says". */
  private final int windowBits;
  private Wrap wrap;
  private Inflater inflater;
  private Stage stage;
  private final Window window;

  /** The bytes of the gzip header or trailer read so far, and where its parse stands. */
  private final java.io.ByteArrayOutputStream wrapper = new java.io.ByteArrayOutputStream();
  private int field;
  private int flagsLeft;
  private int fieldLeft;
  private int fieldCount;
  private final CRC32 dataCrc = new CRC32();
  private long dataSize;
  /** The two bytes of a stream whose wrapper {@link Wrap#AUTO} has still to tell. */
  private final byte[] detected = new byte[2];
  private int detectedCount;
  /** Bytes taken from earlier input that the inflater has still to read (the detected zlib header). */
  private byte[] prefix;
  private boolean firstBody;

  private int consumed;
  private int produced;

  private InflateCodec(Wrap wrap, int windowBits) {
    this.configured = wrap;
    this.windowBits = windowBits;
    this.window = new Window(1 << (windowBits == 0 ? 15 : windowBits));
    reset();
  }

  /** {@code inflateInit2}: {@code null} for the window bits zlib refuses ({@code Z_STREAM_ERROR}). */
  static InflateCodec create(int windowBits) {
    Wrap wrap;
    int bits = windowBits;
    if (bits < 0) {
      if (bits < -15) {
        return null;
      }
      wrap = Wrap.RAW;
      bits = -bits;
    } else {
      int kind = (bits >> 4) + 5;
      if (bits < 48) {
        bits &= 15;
      }
      wrap = (kind & 3) == 1 ? Wrap.ZLIB : (kind & 3) == 2 ? Wrap.GZIP : Wrap.AUTO;
    }
    if (bits != 0 && (bits < 8 || bits > 15)) {
      return null;
    }
    return new InflateCodec(wrap, bits);
  }

  boolean isRaw() {
    return configured == Wrap.RAW;
  }

  @Override
  public void reset() {
    wrap = configured;
    if (inflater != null) {
      inflater.end();
    }
    inflater = wrap == Wrap.ZLIB ? new Inflater(false) : wrap == Wrap.AUTO ? null : new Inflater(true);
    stage = wrap == Wrap.AUTO ? Stage.DETECT : wrap == Wrap.GZIP ? Stage.GZIP_HEADER : Stage.BODY;
    wrapper.reset();
    field = FIXED;
    flagsLeft = 0;
    fieldLeft = 0;
    fieldCount = 0;
    dataCrc.reset();
    dataSize = 0;
    detectedCount = 0;
    prefix = null;
    firstBody = true;
    window.clear();
  }

  @Override
  public void end() {
    if (inflater != null) {
      inflater.end();
    }
  }

  @Override
  public int consumed() {
    return consumed;
  }

  @Override
  public int produced() {
    return produced;
  }

  /** The adler-32 of the dictionary the stream asks for. */
  long dictionaryId() {
    return inflater == null ? 0 : inflater.getAdler();
  }

  @Override
  public int run(byte[] in, int off, int len, byte[] out, int outOff, int outLen, int flush) {
    consumed = 0;
    produced = 0;
    int pos = off;
    int end = off + len;
    int status = Z_OK;
    // zlib adds a call's output to its window unless the call got to read the stream's check
    // (its counter of output is reset there), so the window misses the last call's output.
    boolean bodyEnded = false;
    boolean streamEnded = false;
    loop:
    while (true) {
      switch (stage) {
        case DETECT -> {
          while (detectedCount < 2 && pos < end) {
            detected[detectedCount++] = in[pos++];
          }
          if (detectedCount < 2) {
            break loop;
          }
          if ((detected[0] & 0xff) == 0x1f && (detected[1] & 0xff) == 0x8b) {
            wrap = Wrap.GZIP;
            inflater = new Inflater(true);
            stage = Stage.GZIP_HEADER;
            gzipHeaderByte(detected[0]);
            gzipHeaderByte(detected[1]);
          } else {
            wrap = Wrap.ZLIB;
            inflater = new Inflater(false);
            prefix = detected.clone(); // the inflater reads them first
            stage = Stage.BODY;
          }
        }
        case GZIP_HEADER -> {
          while (stage == Stage.GZIP_HEADER && pos < end) {
            gzipHeaderByte(in[pos++]);
          }
          if (stage == Stage.GZIP_HEADER) {
            break loop;
          }
        }
        case BODY -> {
          byte[] src = in;
          int srcPos = pos;
          int srcLen = end - pos;
          if (prefix != null) {
            src = new byte[prefix.length + srcLen];
            System.arraycopy(prefix, 0, src, 0, prefix.length);
            System.arraycopy(in, pos, src, prefix.length, srcLen);
            srcPos = 0;
            srcLen = src.length;
          }
          if (firstBody && wrap == Wrap.ZLIB && srcLen > 0) {
            firstBody = false;
            if (!windowFits(src[srcPos])) {
              stage = Stage.BAD;
              continue;
            }
          }
          inflater.setInput(src, srcPos, srcLen);
          int n;
          try {
            n = inflater.inflate(out, outOff + produced, outLen - produced);
          } catch (DataFormatException e) {
            stage = Stage.BAD;
            continue;
          }
          int used = srcLen - inflater.getRemaining();
          if (prefix != null) {
            if (used < prefix.length) {
              prefix = java.util.Arrays.copyOfRange(prefix, used, prefix.length);
              used = 0;
            } else {
              used -= prefix.length;
              prefix = null;
            }
          }
          pos += used;
          if (wrap == Wrap.GZIP) {
            dataCrc.update(out, outOff + produced, n);
            dataSize += n;
          }
          produced += n;
          if (inflater.needsDictionary()) {
            status = Z_NEED_DICT;
            break loop;
          }
          if (!inflater.finished()) {
            break loop;
          }
          bodyEnded = true;
          streamEnded = wrap == Wrap.ZLIB; // the JDK's inflater has read the check too
          stage = wrap == Wrap.GZIP ? Stage.GZIP_TRAILER : Stage.DONE;
          wrapper.reset();
        }
        case GZIP_TRAILER -> {
          while (wrapper.size() < 8 && pos < end) {
            wrapper.write(in[pos++]);
          }
          streamEnded |= bodyEnded && wrapper.size() >= 4;
          if (wrapper.size() < 8) {
            break loop;
          }
          byte[] t = wrapper.toByteArray();
          if (le32(t, 0) != dataCrc.getValue() || le32(t, 4) != (dataSize & 0xFFFFFFFFL)) {
            stage = Stage.BAD;
            continue;
          }
          stage = Stage.DONE;
        }
        case DONE -> {
          status = Z_STREAM_END;
          break loop;
        }
        case BAD -> {
          consumed = pos - off;
          return Z_DATA_ERROR;
        }
        default -> throw new IllegalStateException(stage.toString());
      }
    }
    consumed = pos - off;
    if (!streamEnded) {
      window.add(out, outOff, produced);
    }
    if (status == Z_OK && consumed == 0 && produced == 0) {
      return Z_BUF_ERROR;
    }
    return status;
  }

  /** A zlib header's window size must fit the configured one ("invalid window size"). */
  private boolean windowFits(byte cmf) {
    int bits = ((cmf & 0xff) >> 4) + 8;
    return bits <= 15 && (windowBits == 0 || bits <= windowBits);
  }

  /** One byte of a gzip header; at its end the body starts, a bad header makes the stream bad. */
  private void gzipHeaderByte(byte b) {
    int n = wrapper.size();
    wrapper.write(b);
    int v = b & 0xff;
    switch (field) {
      case FIXED -> {
        if ((n == 0 && v != 0x1f) || (n == 1 && v != 0x8b) || (n == 2 && v != 8) || (n == 3 && (v & 0xe0) != 0)) {
          stage = Stage.BAD;
        } else if (n == 3) {
          flagsLeft = v & (FEXTRA | FNAME | FCOMMENT | FHCRC);
        } else if (n == 9) {
          nextField();
        }
      }
      case FEXTRA -> {
        if (fieldCount < 2) {
          fieldLeft |= v << (8 * fieldCount++);
          if (fieldCount == 2 && fieldLeft == 0) {
            nextField();
          }
        } else if (--fieldLeft == 0) {
          nextField();
        }
      }
      case FNAME, FCOMMENT -> {
        if (v == 0) {
          nextField();
        }
      }
      case FHCRC -> {
        if (++fieldCount == 2) {
          byte[] h = wrapper.toByteArray();
          CRC32 c = new CRC32();
          c.update(h, 0, h.length - 2);
          int stored = (h[h.length - 2] & 0xff) | (h[h.length - 1] & 0xff) << 8;
          if (stored != (int) (c.getValue() & 0xffff)) {
            stage = Stage.BAD;
          } else {
            nextField();
          }
        }
      }
      default -> throw new IllegalStateException("gzip header field " + field);
    }
  }

  /** Moves to the next optional header field the flags announce, in gzip's order, or to the body. */
  private void nextField() {
    for (int f : new int[] {FEXTRA, FNAME, FCOMMENT, FHCRC}) {
      if ((flagsLeft & f) != 0) {
        flagsLeft &= ~f;
        field = f;
        fieldLeft = 0;
        fieldCount = 0;
        return;
      }
    }
    stage = Stage.BODY;
    wrapper.reset();
  }

  /**
   * {@code inflateSetDictionary}: {@code Z_OK}; {@code Z_STREAM_ERROR} unless the stream is raw or
   * asks for a dictionary; {@code Z_DATA_ERROR} if it asks for another one.
   */
  int setDictionary(byte[] dictionary) {
    if (wrap != Wrap.RAW && !(inflater != null && inflater.needsDictionary())) {
      return Z_STREAM_ERROR;
    }
    if (wrap != Wrap.RAW) {
      Adler32 a = new Adler32();
      a.update(dictionary);
      if (a.getValue() != inflater.getAdler()) {
        return Z_DATA_ERROR;
      }
    }
    inflater.setDictionary(dictionary);
    window.add(dictionary, 0, dictionary.length);
    return Z_OK;
  }

  /** {@code inflateGetDictionary}: the window, oldest byte first. */
  byte[] dictionary() {
    return window.contents();
  }

  private static long le32(byte[] b, int at) {
    return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
  }

  /** The last bytes written, up to the window's size (zlib's sliding window). */
  private static final class Window {
    private final byte[] ring;
    private int next;
    private int have;

    Window(int size) {
      ring = new byte[size];
    }

    void clear() {
      next = 0;
      have = 0;
    }

    void add(byte[] b, int off, int len) {
      int from = len > ring.length ? off + len - ring.length : off;
      for (int i = from; i < off + len; i++) {
        ring[next] = b[i];
        next = (next + 1) % ring.length;
      }
      have = Math.min(ring.length, have + (off + len - from));
    }

    byte[] contents() {
      byte[] out = new byte[have];
      int start = (next - have + ring.length) % ring.length;
      for (int i = 0; i < have; i++) {
        out[i] = ring[(start + i) % ring.length];
      }
      return out;
    }
  }
}
