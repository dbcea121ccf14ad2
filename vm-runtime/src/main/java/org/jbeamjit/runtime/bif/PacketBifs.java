package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * {@code erlang:decode_packet/3}: finds the first packet of a binary under one of the socket
 * packet framings ({@code raw}, length prefixes 1/2/4, {@code asn1}, {@code sunrm}, {@code cdr},
 * {@code fcgi}, {@code tpkt}, {@code line}, {@code ssl_tls}, and the HTTP line framings that
 * {@link HttpPacket} also parses). Length fields are unsigned; a packet whose length does not
 * fit in 2^31-1 bytes is {@code {error, invalid}} rather than a large request for more.
 */
public final class PacketBifs {
  private static final Atom OK = Atom.of("ok");
  private static final Atom MORE = Atom.of("more");
  private static final Atom ERROR = Atom.of("error");
  private static final Atom INVALID = Atom.of("invalid");
  private static final Atom SSL_TLS = Atom.of("ssl_tls");
  private static final Atom BADOPT = Atom.of("badopt");
  private static final Atom PACKET_SIZE = Atom.of("packet_size");
  private static final Atom LINE_LENGTH = Atom.of("line_length");
  private static final Atom LINE_DELIMITER = Atom.of("line_delimiter");
  private static final long UINT_MAX = 0xFFFF_FFFFL;

  /** A packet length that asks for more data without knowing how much. */
  private static final long MORE_UNKNOWN = 0;
  private static final long INVALID_LENGTH = -1;

  enum Type {
    RAW, ONE, TWO, FOUR, ASN1, SUNRM, CDR, FCGI, LINE, TPKT, HTTP, HTTPH, SSL_TLS, HTTP_BIN, HTTPH_BIN;

    boolean isHttp() {
      return this == HTTP || this == HTTPH || this == HTTP_BIN || this == HTTPH_BIN;
    }
  }

  private PacketBifs() {}

  @Bif(name = "decode_packet")
  public static Object decodePacket(Object type, Object bin, Object options) {
    Type t = type(type);
    if (!(bin instanceof BitString b) || !(options instanceof Cons || options == Nil.NIL)) {
      throw ErlangException.badarg();
    }
    long maxLength = 0;
    long truncateAt = 0;
    int delimiter = '\n';
    for (Object l = options; l != Nil.NIL; l = ((Cons) l).tail) {
      if (!(l instanceof Cons c) || !(c.head instanceof Tuple o) || o.arity() != 2 || !(o.get(1) instanceof Long v)
          || v < 0 || v > UINT_MAX) {
        throw ErlangException.badarg();
      }
      if (o.get(0) == PACKET_SIZE) {
        maxLength = v;
      } else if (o.get(0) == LINE_LENGTH) {
        truncateAt = v;
      } else if (o.get(0) == LINE_DELIMITER && t == Type.LINE && v <= 255) {
        delimiter = (int) (long) v;
      } else {
        throw ErlangException.badarg();
      }
    }
    // Of a bitstring, the whole bytes are decoded; the bits after them stay in the rest.
    byte[] data = b.sub(0, b.bitSize() & ~7L).toByteArray();
    boolean headers = t == Type.HTTPH || t == Type.HTTPH_BIN;
    long length = length(t, data, maxLength, truncateAt, (byte) delimiter, headers);
    if (length < 0) {
      return Tuple.of(ERROR, INVALID);
    } else if (length == MORE_UNKNOWN || length > data.length) {
      return Tuple.of(MORE, length == MORE_UNKNOWN ? Atoms.UNDEFINED : (Object) length);
    }
    int n = (int) length;
    Object rest = b.sub(8L * n, b.bitSize() - 8L * n);
    Object packet;
    if (t.isHttp()) {
      packet = HttpPacket.parse(data, n, headers, t == Type.HTTP_BIN || t == Type.HTTPH_BIN);
    } else if (t == Type.SSL_TLS) {
      packet = sslTls(data, n);
    } else {
      int from = switch (t) {
        case ONE -> 1;
        case TWO -> 2;
        case FOUR -> 4;
        default -> 0;
      };
      int to = t == Type.FCGI ? n - (data[6] & 0xFF) : n; // fcgi: the padding is not part of the packet
      packet = b.sub(8L * from, 8L * (to - from));
    }
    return Tuple.of(OK, packet, rest);
  }

  private static Type type(Object t) {
    if (t instanceof Long n) {
      switch ((int) Math.max(-1, Math.min(n, 5))) {
        case 0:
          return Type.RAW;
        case 1:
          return Type.ONE;
        case 2:
          return Type.TWO;
        case 4:
          return Type.FOUR;
        default:
          break;
      }
    } else if (t instanceof Atom a) {
      switch (a.name()) {
        case "raw":
          return Type.RAW;
        case "asn1":
          return Type.ASN1;
        case "sunrm":
          return Type.SUNRM;
        case "cdr":
          return Type.CDR;
        case "fcgi":
          return Type.FCGI;
        case "line":
          return Type.LINE;
        case "tpkt":
          return Type.TPKT;
        case "http":
          return Type.HTTP;
        case "httph":
          return Type.HTTPH;
        case "http_bin":
          return Type.HTTP_BIN;
        case "httph_bin":
          return Type.HTTPH_BIN;
        case "ssl_tls":
          return Type.SSL_TLS;
        default:
          break;
      }
    }
    throw ErlangException.badarg(BADOPT);
  }

  /**
   * The length of the first packet, header included: positive when known (it may be more than
   * there is), {@link #MORE_UNKNOWN}, or {@link #INVALID_LENGTH}. {@code maxLength} and
   * {@code truncateAt} are 0 for no limit.
   */
  static long length(Type t, byte[] p, long maxLength, long truncateAt, byte delimiter, boolean headers) {
    int n = p.length;
    switch (t) {
      case RAW:
        return n == 0 ? MORE_UNKNOWN : n;
      case ONE:
        return n < 1 ? MORE_UNKNOWN : withHeader(1, u8(p, 0), maxLength);
      case TWO:
        return n < 2 ? MORE_UNKNOWN : withHeader(2, u16(p, 0), maxLength);
      case FOUR:
        return n < 4 ? MORE_UNKNOWN : withHeader(4, u32(p, 0), maxLength);
      case SUNRM:
        return n < 4 ? MORE_UNKNOWN : withHeader(4, u32(p, 0) & 0x7FFF_FFFFL, maxLength);
      case LINE:
        return lineLength(p, maxLength, truncateAt, delimiter);
      case ASN1:
        return asn1Length(p, maxLength);
      case CDR:
        if (n < 12) {
          return MORE_UNKNOWN;
        } else if (p[0] != 'G' || p[1] != 'I' || p[2] != 'O' || p[3] != 'P') {
          return INVALID_LENGTH;
        }
        long size = (p[6] & 1) != 0 ? Integer.reverseBytes((int) u32(p, 8)) & UINT_MAX : u32(p, 8);
        return withHeader(12, size, maxLength);
      case FCGI:
        if (n < 8) {
          return MORE_UNKNOWN;
        }
        return p[0] != 1 ? INVALID_LENGTH : withHeader(8, u16(p, 4) + u8(p, 6), maxLength);
      case TPKT:
        if (n < 4) {
          return MORE_UNKNOWN;
        }
        return p[0] != 3 ? INVALID_LENGTH : withHeader(4, (u16(p, 2) - 4) & UINT_MAX, maxLength);
      case SSL_TLS:
        if (n < 5) {
          return MORE_UNKNOWN;
        } else if ((p[0] & 0x80) != 0 && p[2] == 1) {
          return withHeader(5, ((u16(p, 0) & 0x7FFF) - 3) & UINT_MAX, maxLength); // SSLv2 client hello
        }
        return withHeader(5, u16(p, 3), maxLength);
      default:
        return httpLength(p, maxLength != 0 ? maxLength : truncateAt, headers);
    }
  }

  /** Header plus body length, or invalid past the limit or past 2^31-1 bytes. */
  private static long withHeader(int header, long length, long maxLength) {
    return (maxLength != 0 && length > maxLength) || header + length > Integer.MAX_VALUE ? INVALID_LENGTH
        : header + length;
  }

  private static long lineLength(byte[] p, long maxLength, long truncateAt, byte delimiter) {
    int n = p.length;
    int at = indexOf(p, 0, delimiter);
    long length = at < 0 ? n : at + 1;
    if (at < 0 ? n > maxLength && maxLength != 0 : length > maxLength && maxLength != 0) {
      return INVALID_LENGTH;
    }
    if (truncateAt != 0 && (at < 0 ? n >= truncateAt : length > truncateAt)) {
      return truncateAt; // a line longer than line_length comes in pieces of that size
    }
    return at < 0 ? MORE_UNKNOWN : length;
  }

  /** An ASN.1 BER tag and length: short or multi-byte tag, short or 1-4 byte long length. */
  private static long asn1Length(byte[] p, long maxLength) {
    int n = p.length;
    if (n < 2) {
      return MORE_UNKNOWN;
    }
    int i = 1;
    int left = n - 1;
    if ((p[0] & 0x1F) == 0x1F) {
      while (left > 0 && (p[i] & 0x80) != 0) {
        i++;
        left--;
      }
      if (left < 2) {
        return MORE_UNKNOWN;
      }
      i++;
      left--;
    }
    int lengthBytes = p[i] & 0x7F;
    long length;
    if ((p[i] & 0x80) != 0) {
      i++;
      left--;
      if (left < lengthBytes) {
        return MORE_UNKNOWN;
      }
      if (lengthBytes > 4) {
        return INVALID_LENGTH;
      }
      length = 0;
      for (int k = 0; k < lengthBytes; k++) {
        length = length << 8 | (p[i++] & 0xFF);
      }
    } else {
      i++;
      length = lengthBytes;
    }
    return withHeader(i, length, maxLength);
  }

  /**
   * An HTTP line; with {@code headers}, a header line with its continuation lines (those that
   * start with a space or tab), which cannot end until the next line's first byte is seen.
   */
  private static long httpLength(byte[] p, long maxLength, boolean headers) {
    int n = p.length;
    if ((n == 1 && p[0] == '\n') || (n == 2 && p[0] == '\r' && p[1] == '\n')) {
      return n;
    }
    int from = 0;
    while (true) {
      int nl = indexOf(p, from, (byte) '\n');
      if (nl < 0) {
        return maxLength != 0 && n >= maxLength ? INVALID_LENGTH : MORE_UNKNOWN;
      }
      long length = nl + 1;
      if (headers && length < n && (p[nl + 1] == ' ' || p[nl + 1] == '\t') && length > 2) {
        from = nl + 1;
        continue;
      }
      if (maxLength != 0 && length > maxLength) {
        return INVALID_LENGTH;
      }
      return headers && length == n ? MORE_UNKNOWN : length;
    }
  }

  /** {@code {ssl_tls, [], ContentType, {Major, Minor}, Body}}; an SSLv2 hello's body gets a v3-style prefix. */
  private static Object sslTls(byte[] p, int n) {
    if ((p[0] & 0x80) != 0 && p[2] == 1) {
      int len = n - 3;
      byte[] body = new byte[4 + len];
      body[0] = 1;
      body[1] = (byte) (len >>> 16);
      body[2] = (byte) (len >>> 8);
      body[3] = (byte) len;
      System.arraycopy(p, 3, body, 4, len);
      return Tuple.of(SSL_TLS, Nil.NIL, 22L, Tuple.of((long) u8(p, 3), (long) u8(p, 4)), BitString.wrap(body));
    }
    byte[] body = java.util.Arrays.copyOfRange(p, 5, n);
    return Tuple.of(SSL_TLS, Nil.NIL, (long) u8(p, 0), Tuple.of((long) u8(p, 1), (long) u8(p, 2)), BitString.wrap(body));
  }

  private static int indexOf(byte[] p, int from, byte b) {
    for (int i = from; i < p.length; i++) {
      if (p[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int u8(byte[] p, int i) {
    return p[i] & 0xFF;
  }

  private static int u16(byte[] p, int i) {
    return (p[i] & 0xFF) << 8 | (p[i + 1] & 0xFF);
  }

  private static long u32(byte[] p, int i) {
    return ((long) u16(p, i) << 16 | u16(p, i + 2)) & UINT_MAX;
  }
}
