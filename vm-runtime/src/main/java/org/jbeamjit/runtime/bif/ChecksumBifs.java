package org.jbeamjit.runtime.bif;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.BitString;

/**
 * {@code md5} (whole, or piecewise with {@code md5_init/update/final}), {@code crc32} and
 * {@code adler32} over iodata, and the {@code _combine} functions that merge the checksums of two
 * pieces. The results are zlib's, as in OTP. Checksum and length arguments must be integers in
 * 0..2^32-1.
 */
public final class ChecksumBifs {
  private ChecksumBifs() {}

  @Bif(name = "md5")
  public static Object md5(Object iodata) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
    Iolists.forEach(iodata, new Iolists.Sink() {
      @Override
      public void onByte(int b) {
        md.update((byte) b);
      }

      @Override
      public void onBits(BitString s) {
        update(s, md::update);
      }
    });
    return BitString.wrap(md.digest());
  }

  @Bif(name = "md5_init")
  public static Object md5Init() {
    return Md5Context.initial();
  }

  @Bif(name = "md5_update")
  public static Object md5Update(Object context, Object iodata) {
    Md5Context c = Md5Context.of(context);
    Iolists.forEach(iodata, new Iolists.Sink() {
      @Override
      public void onByte(int b) {
        c.update(b);
      }

      @Override
      public void onBits(BitString s) {
        update(s, c::update);
      }
    });
    return c.toBinary();
  }

  @Bif(name = "md5_final")
  public static Object md5Final(Object context) {
    return Md5Context.of(context).digest();
  }

  @Bif(name = "crc32")
  public static Object crc32(Object iodata) {
    return crc32(0L, iodata);
  }

  @Bif(name = "crc32")
  public static Object crc32(Object oldCrc, Object iodata) {
    Crc32 crc = new Crc32((int) uint32(oldCrc));
    Iolists.forEach(iodata, crc);
    return crc.value();
  }

  @Bif(name = "crc32_combine")
  public static Object crc32Combine(Object crc1, Object crc2, Object size2) {
    int a = (int) uint32(crc1);
    int b = (int) uint32(crc2);
    return Crc32.combine(a, b, uint32(size2));
  }

  @Bif(name = "adler32")
  public static Object adler32(Object iodata) {
    return adler32(1L, iodata);
  }

  @Bif(name = "adler32")
  public static Object adler32(Object oldAdler, Object iodata) {
    Adler32 adler = new Adler32(uint32(oldAdler));
    Iolists.forEach(iodata, adler);
    return adler.value();
  }

  @Bif(name = "adler32_combine")
  public static Object adler32Combine(Object adler1, Object adler2, Object size2) {
    return Adler32.combine(uint32(adler1), uint32(adler2), uint32(size2));
  }

  static long uint32(Object t) {
    if (t instanceof Long n && n >= 0 && n <= 0xFFFF_FFFFL) {
      return n;
    }
    throw ErlangException.badarg();
  }

  interface ByteRangeSink {
    void update(byte[] data, int from, int length);
  }

  /** Passes the bytes of a binary to {@code sink} without copying when they are byte-aligned. */
  static void update(BitString b, ByteRangeSink sink) {
    if (b.isByteAligned()) {
      sink.update(b.backing(), (int) (b.bitOffset() >>> 3), (int) b.byteSize());
    } else {
      byte[] bytes = b.toByteArray();
      sink.update(bytes, 0, bytes.length);
    }
  }
}
