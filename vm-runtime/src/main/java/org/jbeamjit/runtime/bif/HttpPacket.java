package org.jbeamjit.runtime.bif;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * One HTTP line as {@code decode_packet/3} parses it: a request line
 * ({@code {http_request, Method, Uri, {Major, Minor}}}), a status line
 * ({@code {http_response, {Major, Minor}, Status, Phrase}}), a header
 * ({@code {http_header, Index, Name, OriginalName, Value}}, the name in canonical case and an atom
 * with its table index when it is one of the well-known headers), {@code http_eoh} for the empty
 * line that ends the headers, or {@code {http_error, Line}} for anything else. Strings are lists,
 * or binaries for {@code http_bin}/{@code httph_bin}. The rules, down to what counts as a token
 * character, are OTP 25's lenient ones.
 */
final class HttpPacket {
  /** Header names in OTP's table order: {@code Index} is the position plus one. */
  private static final List<String> HEADERS = List.of("Cache-Control", "Connection", "Date", "Pragma",
      "Transfer-Encoding", "Upgrade", "Via", "Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language",
      "Authorization", "From", "Host", "If-Modified-Since", "If-Match", "If-None-Match", "If-Range",
      "If-Unmodified-Since", "Max-Forwards", "Proxy-Authorization", "Range", "Referer", "User-Agent", "Age",
      "Location", "Proxy-Authenticate", "Public", "Retry-After", "Server", "Vary", "Warning", "Www-Authenticate",
      "Allow", "Content-Base", "Content-Encoding", "Content-Language", "Content-Length", "Content-Location",
      "Content-Md5", "Content-Range", "Content-Type", "Etag", "Expires", "Last-Modified", "Accept-Ranges",
      "Set-Cookie", "Set-Cookie2", "X-Forwarded-For", "Cookie", "Keep-Alive", "Proxy-Connection");
  private static final List<String> METHODS = List.of("OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE", "TRACE");
  /** Longer header names are neither looked up nor recased. */
  private static final int MAX_NAME = 50;
  private static final String SEPARATORS = "()<>@,;:\\\"/[]?={} \t";

  private static final Atom HTTP_REQUEST = Atom.of("http_request");
  private static final Atom HTTP_RESPONSE = Atom.of("http_response");
  private static final Atom HTTP_HEADER = Atom.of("http_header");
  private static final Atom HTTP_ERROR = Atom.of("http_error");
  private static final Atom HTTP_EOH = Atom.of("http_eoh");
  private static final Atom ABS_PATH = Atom.of("abs_path");
  private static final Atom ABSOLUTE_URI = Atom.of("absoluteURI");
  private static final Atom SCHEME = Atom.of("scheme");

  private final byte[] p;
  private final boolean binaries;
  private int at;
  /** Bytes left on the line, its line end excluded. */
  private int left;

  private HttpPacket(byte[] p, int length, boolean binaries) {
    this.p = p;
    this.binaries = binaries;
    if (length >= 2 && p[length - 2] == '\r') {
      left = length - 2;
    } else if (length >= 1 && p[length - 1] == '\n') {
      left = length - 1;
    } else {
      left = length;
    }
  }

  /** The term for the line in {@code p[0, length)}; {@code headers}: it is a header line, not the first line. */
  static Object parse(byte[] p, int length, boolean headers, boolean binaries) {
    HttpPacket h = new HttpPacket(p, length, binaries);
    Object term = headers ? h.header() : h.firstLine();
    return term != null ? term : Tuple.of(HTTP_ERROR, h.string(0, length));
  }

  private Object firstLine() {
    return left >= 5 && startsWith(0, "HTTP/") ? statusLine() : requestLine();
  }

  private Object statusLine() {
    at = 5;
    left -= 5;
    long[] version = version();
    if (version == null || !skipSpaces()) {
      return null;
    }
    long status = digits();
    int before = at;
    skipSpaces();
    if (at == before && left > 0) {
      return null;
    }
    return Tuple.of(HTTP_RESPONSE, Tuple.of(version[0], version[1]), status, string(at, left));
  }

  private Object requestLine() {
    while (left > 0 && isTokenChar(p[at])) {
      at++;
      left--;
    }
    int methodLength = at;
    if (left == 0 || methodLength == 0 || !isSpace(p[at])) {
      return null;
    }
    String name = new String(p, 0, methodLength, StandardCharsets.ISO_8859_1);
    Object method = METHODS.contains(name) ? Atom.of(name) : string(0, methodLength);
    skipSpaces();
    int uriStart = at;
    while (left > 0 && !isSpace(p[at])) {
      at++;
      left--;
    }
    int uriLength = at - uriStart;
    if (uriLength == 0) {
      return null;
    }
    skipSpaces();
    long[] version;
    if (left == 0) {
      version = new long[] {0, 9}; // HTTP/0.9: no version on the line
    } else {
      if (left < 8 || !startsWith(at, "HTTP/")) {
        return null;
      }
      at += 5;
      left -= 5;
      version = version();
      if (version == null) {
        return null;
      }
    }
    return Tuple.of(HTTP_REQUEST, method, uri(uriStart, uriLength), Tuple.of(version[0], version[1]));
  }

  /** {@code Major.Minor}, at least one digit each; null if not there. */
  private long[] version() {
    int start = at;
    long major = digits();
    if (at == start || left == 0 || p[at] != '.') {
      return null;
    }
    at++;
    left--;
    start = at;
    long minor = digits();
    return at == start ? null : new long[] {major, minor};
  }

  private Object header() {
    if (left == 0) {
      return HTTP_EOH;
    }
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    while (isTokenChar(p[at])) {
      char c = (char) (p[at] & 0xFF);
      if (upper) {
        c = asciiUpper(c);
        upper = false;
      } else {
        c = asciiLower(c);
        upper = p[at] == '-';
      }
      name.append(c);
      at++;
      if (--left == 0) {
        return null;
      }
    }
    if (p[at] != ':') {
      return null;
    }
    int nameLength = at;
    Object index = 0L;
    Object nameTerm;
    int known = nameLength <= MAX_NAME ? HEADERS.indexOf(name.toString()) : -1;
    if (known >= 0) {
      index = (long) (known + 1);
      nameTerm = Atom.of(HEADERS.get(known));
    } else if (nameLength <= MAX_NAME) {
      nameTerm = binaries ? BitString.wrap(name.toString().getBytes(StandardCharsets.ISO_8859_1))
          : Cons.string(name);
    } else {
      nameTerm = string(0, nameLength);
    }
    at++;
    left--;
    skipSpaces();
    return Tuple.of(HTTP_HEADER, index, nameTerm, string(0, nameLength), string(at, left));
  }

  /** {@code '*'}, {@code {abs_path, P}}, {@code {absoluteURI, http|https, Host, Port, Path}}, {@code {scheme, S, Rest}} or the text. */
  private Object uri(int start, int length) {
    if (length == 1 && p[start] == '*') {
      return Atom.of("*");
    } else if (length <= 1 || p[start] == '/') {
      return Tuple.of(ABS_PATH, string(start, length));
    } else if (length >= 7 && startsWithIgnoringCase(start, "http://")) {
      return absoluteUri(Atom.of("http"), start + 7, length - 7);
    } else if (length >= 8 && startsWithIgnoringCase(start, "https://")) {
      return absoluteUri(Atom.of("https"), start + 8, length - 8);
    }
    int colon = indexOf(start, length, ':');
    if (colon < 0) {
      return string(start, length);
    }
    return Tuple.of(SCHEME, string(start, colon - start), string(colon + 1, length - (colon - start) - 1));
  }

  /** {@code host[:port][/path]}: a port is kept only if all digits and not 0; the path defaults to "/". */
  private Object absoluteUri(Atom scheme, int start, int length) {
    int slash = indexOf(start, length, '/');
    Object path = slash < 0 ? string("/") : string(slash, length - (slash - start));
    int hostPart = slash < 0 ? length : slash - start;
    int colon = indexOf(start, hostPart, ':');
    Object port = Atoms.UNDEFINED;
    int hostLength = hostPart;
    if (colon >= 0) {
      hostLength = colon - start;
      int value = 0; // wraps on overflow, as OTP's int does
      int i = colon + 1;
      int end = start + hostPart;
      while (i < end && p[i] >= '0' && p[i] <= '9') {
        value = value * 10 + (p[i] - '0');
        i++;
      }
      if (i == end && value != 0) {
        port = (long) value;
      }
    }
    return Tuple.of(ABSOLUTE_URI, scheme, string(start, hostLength), port, path);
  }

  private long digits() {
    long v = 0;
    while (left > 0 && p[at] >= '0' && p[at] <= '9') {
      v = v * 10 + (p[at] - '0');
      at++;
      left--;
    }
    return v;
  }

  /** Skips spaces and tabs; whether there were any. */
  private boolean skipSpaces() {
    int start = at;
    while (left > 0 && isSpace(p[at])) {
      at++;
      left--;
    }
    return at != start;
  }

  private boolean startsWith(int i, String s) {
    if (i + s.length() > p.length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (p[i + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private boolean startsWithIgnoringCase(int i, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (asciiLower((char) (p[i + k] & 0xFF)) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private int indexOf(int start, int length, char c) {
    for (int i = start; i < start + length; i++) {
      if (p[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private Object string(int start, int length) {
    if (binaries) {
      return BitString.wrap(java.util.Arrays.copyOfRange(p, start, start + length));
    }
    Object l = Nil.NIL;
    for (int i = start + length - 1; i >= start; i--) {
      l = new Cons((long) (p[i] & 0xFF), l);
    }
    return l;
  }

  private Object string(String s) {
    return binaries ? BitString.wrap(s.getBytes(StandardCharsets.ISO_8859_1)) : Cons.string(s);
  }

  /** A token character: printable ASCII other than a separator (DEL counts, as in OTP's table). */
  private static boolean isTokenChar(byte b) {
    int c = b & 0xFF;
    return c > 32 && c < 128 && SEPARATORS.indexOf(c) < 0;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t';
  }

  private static char asciiUpper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
