package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Integers;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The BIFs of module {@code binary} ({@code bin_to_list}, {@code replace}, {@code encode_hex} and
 * {@code decode_hex} are Erlang code in {@code binary.beam} that calls these). Subjects must be
 * binaries, not bitstrings; every failure is {@code badarg}.
 *
 * <p>A pattern is a non-empty binary, a non-empty list of them, or what {@code compile_pattern/1}
 * returns: as in OTP, {@code {bm, Ref}} for one binary and {@code {ac, Ref}} for several, the
 * reference standing for the prepared search while it is reachable.
 */
public final class BinaryModuleBifs {
  private static final Atom BM = Atom.of("bm");
  private static final Atom AC = Atom.of("ac");
  private static final Atom NOMATCH = Atom.of("nomatch");
  private static final Atom SCOPE = Atom.of("scope");
  private static final Atom GLOBAL = Atom.of("global");
  private static final Atom TRIM = Atom.of("trim");
  private static final Atom TRIM_ALL = Atom.of("trim_all");
  private static final Atom BIG = Atom.of("big");
  private static final Atom LITTLE = Atom.of("little");

  /** The prepared searches behind the references compile_pattern/1 returned. */
  private static final Map<Ref, SearchPattern> COMPILED = Collections.synchronizedMap(new WeakHashMap<>());

  private BinaryModuleBifs() {}

  @Bif(module = "binary", name = "compile_pattern")
  public static Object compilePattern(Object pattern) {
    SearchPattern p = new SearchPattern(patterns(pattern));
    Ref ref = LocalNode.makeRef();
    COMPILED.put(ref, p);
    return new Tuple(p.isSingle() ? BM : AC, ref);
  }

  @Bif(module = "binary", name = "match")
  public static Object match(Object subject, Object pattern) {
    return match(subject, pattern, Nil.NIL);
  }

  /** The first match as {@code {Pos, Len}}, or {@code nomatch}. */
  @Bif(module = "binary", name = "match")
  public static Object match(Object subject, Object pattern, Object options) {
    Subject s = new Subject(subject);
    int[] scope = matchScope(options, s);
    SearchPattern p = searchIn(s, pattern);
    long m = p == null ? -1 : p.find(s.bytes, s.offset + scope[0], s.offset + scope[1]);
    return m < 0 ? NOMATCH : found(m, s);
  }

  @Bif(module = "binary", name = "matches")
  public static Object matches(Object subject, Object pattern) {
    return matches(subject, pattern, Nil.NIL);
  }

  /** Every match as {@code {Pos, Len}}, left to right, none overlapping. */
  @Bif(module = "binary", name = "matches")
  public static Object matches(Object subject, Object pattern, Object options) {
    Subject s = new Subject(subject);
    int[] scope = matchScope(options, s);
    SearchPattern p = searchIn(s, pattern);
    List<Object> out = new ArrayList<>();
    for (long m : all(p, s, scope, true)) {
      out.add(found(m, s));
    }
    return Cons.fromList(out);
  }

  @Bif(module = "binary", name = "split")
  public static Object split(Object subject, Object pattern) {
    return split(subject, pattern, Nil.NIL);
  }

  /**
   * The parts of the subject between matches: at the first match only, or at all with
   * {@code global}; {@code trim} drops empty parts at the end, {@code trim_all} every empty part.
   */
  @Bif(module = "binary", name = "split")
  public static Object split(Object subject, Object pattern, Object options) {
    BitString bin = Args.binary(subject);
    Subject s = new Subject(subject);
    int[] scope = {0, s.length};
    boolean global = false;
    boolean trim = false;
    boolean trimAll = false;
    for (Object o : options(options)) {
      if (o == GLOBAL) {
        global = true;
      } else if (o == TRIM) {
        trim = true;
      } else if (o == TRIM_ALL) {
        trimAll = true;
      } else {
        scope = scope(o, s);
      }
    }
    SearchPattern p = searchIn(s, pattern);
    List<Object> parts = new ArrayList<>();
    int at = 0;
    for (long m : all(p, s, scope, global)) {
      int pos = (int) m - s.offset;
      parts.add(bin.sub(at * 8L, (pos - at) * 8L));
      at = pos + (int) (m >>> 32);
    }
    parts.add(bin.sub(at * 8L, (s.length - at) * 8L));
    if (trimAll) {
      parts.removeIf(b -> ((BitString) b).bitSize() == 0);
    } else if (trim) {
      while (!parts.isEmpty() && ((BitString) parts.get(parts.size() - 1)).bitSize() == 0) {
        parts.remove(parts.size() - 1);
      }
    }
    return Cons.fromList(parts);
  }

  @Bif(module = "binary", name = "part")
  public static Object part(Object subject, Object posLen) {
    if (posLen instanceof Tuple t && t.arity() == 2) {
      return part(subject, t.get(0), t.get(1));
    }
    throw ErlangException.badarg();
  }

  @Bif(module = "binary", name = "part")
  public static Object part(Object subject, Object pos, Object len) {
    return BinaryBifs.binaryPart(subject, pos, len);
  }

  @Bif(module = "binary", name = "at")
  public static Object at(Object subject, Object pos) {
    BitString b = Args.binary(subject);
    return (long) b.byteAt(Args.intIn(pos, 0, (int) b.byteSize() - 1));
  }

  @Bif(module = "binary", name = "first")
  public static Object first(Object subject) {
    BitString b = Args.binary(subject);
    if (b.byteSize() == 0) {
      throw ErlangException.badarg();
    }
    return (long) b.byteAt(0);
  }

  @Bif(module = "binary", name = "last")
  public static Object last(Object subject) {
    BitString b = Args.binary(subject);
    if (b.byteSize() == 0) {
      throw ErlangException.badarg();
    }
    return (long) b.byteAt(b.byteSize() - 1);
  }

  @Bif(module = "binary", name = "copy")
  public static Object copy(Object subject) {
    return BitString.wrap(Args.binary(subject).toByteArray());
  }

  /** {@code N} copies of the subject, one after another. */
  @Bif(module = "binary", name = "copy")
  public static Object copy(Object subject, Object times) {
    byte[] b = Args.binary(subject).toByteArray();
    if (!(Integers.isSmall(times) && times instanceof Long n && n >= 0)) {
      throw ErlangException.badarg();
    }
    if (b.length != 0 && n > (Integer.MAX_VALUE - 16) / b.length) {
      throw ErlangException.systemLimit();
    }
    byte[] out = new byte[(int) (b.length * n)];
    for (int i = 0; i < out.length; i += b.length) {
      System.arraycopy(b, 0, out, i, b.length);
    }
    return BitString.wrap(out);
  }

  /** The size of the bytes the bitstring keeps alive: those of the binary it is part of. */
  @Bif(module = "binary", name = "referenced_byte_size")
  public static Object referencedByteSize(Object subject) {
    BitString b = Args.bitstring(subject);
    return Math.max(b.byteSize(), (long) b.backing().length);
  }

  @Bif(module = "binary", name = "list_to_bin")
  public static Object listToBin(Object list) {
    return Iolists.listToBinary(list);
  }

  @Bif(module = "binary", name = "longest_common_prefix")
  public static Object longestCommonPrefix(Object binaries) {
    byte[][] bs = binaries(binaries);
    int n = bs[0].length;
    for (byte[] b : bs) {
      int k = 0;
      while (k < n && k < b.length && b[k] == bs[0][k]) {
        k++;
      }
      n = k;
    }
    return (long) n;
  }

  @Bif(module = "binary", name = "longest_common_suffix")
  public static Object longestCommonSuffix(Object binaries) {
    byte[][] bs = binaries(binaries);
    byte[] first = bs[0];
    int n = first.length;
    for (byte[] b : bs) {
      int k = 0;
      while (k < n && k < b.length && b[b.length - 1 - k] == first[first.length - 1 - k]) {
        k++;
      }
      n = k;
    }
    return (long) n;
  }

  @Bif(module = "binary", name = "encode_unsigned")
  public static Object encodeUnsigned(Object n) {
    return encodeUnsigned(n, BIG);
  }

  /** The shortest binary holding the non-negative integer, at least one byte. */
  @Bif(module = "binary", name = "encode_unsigned")
  public static Object encodeUnsigned(Object n, Object endianness) {
    boolean little = little(endianness);
    if (!Integers.isInteger(n) || Integers.toBig(n).signum() < 0) {
      throw ErlangException.badarg();
    }
    byte[] b = Integers.toBig(n).toByteArray();
    int skip = b.length > 1 && b[0] == 0 ? 1 : 0;
    byte[] out = new byte[b.length - skip];
    for (int i = 0; i < out.length; i++) {
      out[i] = b[little ? b.length - 1 - i : skip + i];
    }
    return BitString.wrap(out);
  }

  @Bif(module = "binary", name = "decode_unsigned")
  public static Object decodeUnsigned(Object subject) {
    return decodeUnsigned(subject, BIG);
  }

  @Bif(module = "binary", name = "decode_unsigned")
  public static Object decodeUnsigned(Object subject, Object endianness) {
    byte[] b = Args.binary(subject).toByteArray();
    if (little(endianness)) {
      for (int i = 0, j = b.length - 1; i < j; i++, j--) {
        byte t = b[i];
        b[i] = b[j];
        b[j] = t;
      }
    }
    return Integers.normalize(new BigInteger(1, b));
  }

  private static boolean little(Object endianness) {
    if (endianness == BIG || endianness == LITTLE) {
      return endianness == LITTLE;
    }
    throw ErlangException.badarg();
  }

  /** A binary's bytes where they lie: {@code bytes[offset, offset + length)}. */
  private static final class Subject {
    final byte[] bytes;
    final int offset;
    final int length;

    Subject(Object subject) {
      BitString b = Args.binary(subject);
      length = (int) b.byteSize();
      if (b.isByteAligned()) {
        bytes = b.backing();
        offset = (int) (b.bitOffset() >>> 3);
      } else {
        bytes = b.toByteArray();
        offset = 0;
      }
    }
  }

  private static Tuple found(long match, Subject s) {
    return new Tuple((long) ((int) match - s.offset), match >>> 32);
  }

  /**
   * The pattern to search the subject for, or {@code null} when the subject is empty: OTP then
   * finds nothing without looking at the pattern (its options it has checked already).
   */
  private static SearchPattern searchIn(Subject s, Object pattern) {
    return s.length == 0 ? null : pattern(pattern);
  }

  /** The matches in the scope, each as {@link SearchPattern#find} gives it: the first only unless {@code global}. */
  private static List<Long> all(SearchPattern p, Subject s, int[] scope, boolean global) {
    List<Long> out = new ArrayList<>();
    if (p == null) {
      return out;
    }
    int from = s.offset + scope[0];
    int to = s.offset + scope[1];
    while (from < to) {
      long m = p.find(s.bytes, from, to);
      if (m < 0) {
        break;
      }
      out.add(m);
      if (!global) {
        break;
      }
      from = (int) m + (int) (m >>> 32);
    }
    return out;
  }

  /** The options of match/3 and matches/3: only {@code {scope, {Start, Length}}}, the last one counting. */
  private static int[] matchScope(Object options, Subject s) {
    int[] scope = {0, s.length};
    for (Object o : options(options)) {
      scope = scope(o, s);
    }
    return scope;
  }

  /** An option list: OTP reads its elements and ignores an improper tail. */
  private static List<Object> options(Object options) {
    if (!(options instanceof Cons || options == Nil.NIL)) {
      throw ErlangException.badarg();
    }
    List<Object> out = new ArrayList<>();
    for (Object l = options; l instanceof Cons c; l = c.tail) {
      out.add(c.head);
    }
    return out;
  }

  /** {@code {scope, {Start, Length}}} as the byte range {@code [from, to)}; a negative length counts back. */
  private static int[] scope(Object option, Subject s) {
    if (option instanceof Tuple t && t.arity() == 2 && t.get(0) == SCOPE && t.get(1) instanceof Tuple r && r.arity() == 2) {
      int start = Args.intIn(r.get(0), 0, s.length);
      int len = Args.intIn(r.get(1), -start, s.length - start);
      return len < 0 ? new int[] {start + len, start} : new int[] {start, start + len};
    }
    throw ErlangException.badarg();
  }

  private static SearchPattern pattern(Object pattern) {
    if (pattern instanceof Tuple t && t.arity() == 2 && (t.get(0) == BM || t.get(0) == AC) && t.get(1) instanceof Ref r) {
      SearchPattern p = COMPILED.get(r);
      if (p != null && p.isSingle() == (t.get(0) == BM)) {
        return p;
      }
      throw ErlangException.badarg();
    }
    return new SearchPattern(patterns(pattern));
  }

  /** A non-empty binary, or a non-empty proper list of them. */
  private static byte[][] patterns(Object pattern) {
    if (pattern instanceof BitString) {
      return new byte[][] {needle(pattern)};
    }
    Object[] list = Args.listToArray(pattern);
    if (list.length == 0) {
      throw ErlangException.badarg();
    }
    byte[][] out = new byte[list.length][];
    for (int i = 0; i < list.length; i++) {
      out[i] = needle(list[i]);
    }
    return out;
  }

  private static byte[] needle(Object t) {
    byte[] b = Args.binary(t).toByteArray();
    if (b.length == 0) {
      throw ErlangException.badarg();
    }
    return b;
  }

  /** A non-empty proper list of binaries. */
  private static byte[][] binaries(Object list) {
    Object[] items = Args.listToArray(list);
    if (items.length == 0) {
      throw ErlangException.badarg();
    }
    byte[][] out = new byte[items.length][];
    for (int i = 0; i < items.length; i++) {
      out[i] = Args.binary(items[i]).toByteArray();
    }
    return out;
  }
}
