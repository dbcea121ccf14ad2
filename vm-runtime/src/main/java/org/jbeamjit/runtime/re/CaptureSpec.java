package org.jbeamjit.runtime.re;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * What {@code {capture, Values, Type}} asks {@code re:run} to return for a match, resolved against
 * one pattern: which groups (numbers; a name stands for the groups carrying it) and in what form.
 */
final class CaptureSpec {
  private static final Atom ALL = Atom.of("all");
  private static final Atom ALL_BUT_FIRST = Atom.of("all_but_first");
  private static final Atom FIRST = Atom.of("first");
  private static final Atom NONE = Atom.of("none");
  private static final Atom ALL_NAMES = Atom.of("all_names");
  private static final Atom LIST = Atom.of("list");
  private static final Atom BINARY = Atom.of("binary");
  private static final Tuple UNSET = new Tuple(-1L, 0L);

  private enum Kind { ALL, ALL_BUT_FIRST, FIRST, NONE, GROUPS }

  private final Kind kind;
  /** For GROUPS: each requested value's candidate group numbers (none: an unknown name or number). */
  private final List<int[]> groups;
  private final Atom type;

  private CaptureSpec(Kind kind, List<int[]> groups, Atom type) {
    this.kind = kind;
    this.groups = groups;
    this.type = type;
  }

  /** The spec, or null if OTP would reject it (badarg). */
  static CaptureSpec resolve(Object values, Object type, CompiledRegex re, boolean global) {
    if (type != ReOptions.INDEX && type != LIST && type != BINARY) {
      return null;
    }
    Atom t = (Atom) type;
    if (values == null || values == ALL) {
      return new CaptureSpec(Kind.ALL, null, t);
    }
    if (values == ALL_BUT_FIRST) {
      return new CaptureSpec(Kind.ALL_BUT_FIRST, null, t);
    }
    if (values == FIRST) {
      return new CaptureSpec(Kind.FIRST, null, t);
    }
    if (values == NONE) {
      return new CaptureSpec(Kind.NONE, null, t);
    }
    List<int[]> groups = new ArrayList<>();
    if (values == ALL_NAMES) {
      if (re.options.has(PcreOptions.DUPNAMES)) {
        for (List<Integer> numbers : re.names().values()) {
          groups.add(numbers.stream().mapToInt(Integer::intValue).toArray());
        }
      } else {
        // One value per name-table entry: in a global run (re:grun) each is looked up by name.
        for (java.util.Map.Entry<String, List<Integer>> e : re.names().entrySet()) {
          for (int number : e.getValue()) {
            groups.add(new int[] {global ? lookUp(e.getKey(), re) : number});
          }
        }
      }
    } else {
      Object l = values;
      while (l instanceof Cons c) {
        int[] g = item(c.head, re);
        if (g == null) {
          return null;
        }
        groups.add(g);
        l = c.tail;
      }
      if (l != Nil.NIL) {
        return null;
      }
    }
    return new CaptureSpec(groups.isEmpty() ? Kind.NONE : Kind.GROUPS, groups, t);
  }

  private static int[] item(Object v, CompiledRegex re) {
    if (v instanceof Long n) {
      if (n < 0) {
        return null;
      }
      return n <= re.captureCount() ? new int[] {(int) (long) n} : new int[0];
    }
    String name;
    if (v instanceof Atom a) {
      name = a.name();
    } else if (v instanceof BitString b && b.isBinary()) {
      name = new String(b.toByteArray(), StandardCharsets.ISO_8859_1);
    } else if (v instanceof Cons || v == Nil.NIL) {
      byte[] bytes = Chardata.iodata(v);
      if (bytes == null) {
        return null;
      }
      name = new String(bytes, StandardCharsets.ISO_8859_1);
    } else {
      return null;
    }
    List<Integer> numbers = re.names().get(name);
    if (numbers == null) {
      return new int[0];
    }
    if (re.options.has(PcreOptions.DUPNAMES)) {
      return numbers.stream().mapToInt(Integer::intValue).toArray(); // the first of them that is set
    }
    return new int[] {lookUp(name, re)};
  }

  /**
   * The group PCRE's name lookup (a binary search of the name table, entries sorted by name and
   * number) finds for {@code name}: with a name used twice through (?J) but without the dupnames
   * option, OTP asks for just that one, which is the second of two.
   */
  private static int lookUp(String name, CompiledRegex re) {
    List<Integer> numbers = re.names().get(name);
    int before = re.names().headMap(name).values().stream().mapToInt(List::size).sum();
    int bottom = 0;
    int top = before + numbers.size() + re.names().tailMap(name, false).values().stream().mapToInt(List::size).sum();
    while (top > bottom) {
      int mid = (top + bottom) / 2;
      if (mid < before) {
        bottom = mid + 1;
      } else if (mid >= before + numbers.size()) {
        top = mid;
      } else {
        return numbers.get(mid - before);
      }
    }
    return numbers.get(0);
  }

  /** Whether a match is reported as just {@code match}. */
  boolean none() {
    return kind == Kind.NONE;
  }

  /** The captured values of one match (see {@link Exec#run}'s output vector). */
  Object values(int[] ov, Subject s, boolean unicode) {
    int set = ov.length / 2;
    List<Object> out = new ArrayList<>();
    switch (kind) {
      case ALL -> {
        for (int n = 0; n < set; n++) {
          out.add(value(ov, n, s, unicode));
        }
      }
      case ALL_BUT_FIRST -> {
        for (int n = 1; n < set; n++) {
          out.add(value(ov, n, s, unicode));
        }
      }
      case FIRST -> out.add(value(ov, 0, s, unicode));
      case GROUPS -> {
        for (int[] candidates : groups) {
          int chosen = -1;
          for (int n : candidates) {
            if (n < set && ov[2 * n] >= 0) {
              chosen = n;
              break;
            }
          }
          out.add(value(ov, chosen, s, unicode));
        }
      }
      case NONE -> {
        // match/0 results carry no values
      }
    }
    return Cons.fromList(out);
  }

  private Object value(int[] ov, int n, Subject s, boolean unicode) {
    boolean unset = n < 0 || 2 * n >= ov.length || ov[2 * n] < 0;
    int start = unset ? -1 : ov[2 * n];
    int len = unset ? 0 : ov[2 * n + 1] - start;
    if (type == ReOptions.INDEX) {
      return unset ? UNSET : new Tuple((long) start, (long) len);
    }
    if (type == BINARY) {
      return unset ? BitString.EMPTY : BitString.copyOf(java.util.Arrays.copyOfRange(s.bytes, start, start + len));
    }
    if (unset || len == 0) {
      return Nil.NIL;
    }
    if (unicode) {
      return Cons.string(new String(s.bytes, start, len, StandardCharsets.UTF_8));
    }
    Object l = Nil.NIL;
    for (int i = start + len - 1; i >= start; i--) {
      l = new Cons((long) (s.bytes[i] & 0xff), l);
    }
    return l;
  }
}
