package org.jbeamjit.runtime.bif;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;

/** Runs oracle cases through {@link BifRegistry} (by MethodHandle, as the interpreter will) and compares. */
final class BifCheck {
  private BifCheck() {}

  private static final Atom OK = Atom.of("ok");

  /** A description of each case whose outcome differs from OTP's; empty when all agree. */
  static List<String> mismatches(List<OracleCases.Case> cases) {
    List<String> bad = new ArrayList<>();
    for (OracleCases.Case c : cases) {
      String m = check(c);
      if (m != null) {
        bad.add(c.file() + ": " + c.text() + "\n    " + m);
      }
    }
    return bad;
  }

  /** Null if the BIF does what OTP did, else what went wrong. */
  static String check(OracleCases.Case c) {
    BifEntry bif = BifRegistry.standard().lookup(c.module(), c.function(), c.args().length);
    if (bif == null) {
      return "no BIF " + c.module() + ":" + c.function() + "/" + c.args().length + " registered";
    }
    Object actual;
    try {
      Object[] args = c.args();
      if (bif.takesProcess()) { // system_info/1 answers some items to its caller
        args = new Object[c.args().length + 1];
        args[0] = org.jbeamjit.runtime.process.ErlProcess.forTests();
        System.arraycopy(c.args(), 0, args, 1, c.args().length);
      }
      actual = new Tuple(OK, bif.handle().invokeWithArguments(args));
    } catch (ErlangException e) {
      actual = new Tuple(e.kind(), e.reason());
    } catch (Throwable t) {
      return "threw " + t;
    }
    if (Terms.exactEquals(actual, c.expected()) && sameFloatBits(actual, c.expected())) {
      return null;
    }
    return "expected " + show(c.expected()) + "\n    but got  " + show(actual);
  }

  /**
   * Whether the floats in two =:= terms are also bit-identical: =:= holds 0.0 and -0.0 equal, but
   * a BIF must return the same zero OTP returns. Lists, tuples and maps are walked; nothing else
   * here holds floats.
   */
  static boolean sameFloatBits(Object a, Object b) {
    ArrayDeque<Object[]> pending = new ArrayDeque<>();
    pending.push(new Object[] {a, b});
    while (!pending.isEmpty()) {
      Object[] p = pending.pop();
      if (p[0] instanceof Double x && p[1] instanceof Double y) {
        if (Double.doubleToRawLongBits(x) != Double.doubleToRawLongBits(y)) {
          return false;
        }
      } else if (p[0] instanceof Tuple x && p[1] instanceof Tuple y) {
        for (int i = 0; i < x.arity(); i++) {
          pending.push(new Object[] {x.get(i), y.get(i)});
        }
      } else if (p[0] instanceof Cons x && p[1] instanceof Cons y) {
        pending.push(new Object[] {x.tail, y.tail});
        pending.push(new Object[] {x.head, y.head});
      } else if (p[0] instanceof ErlMap x && p[1] instanceof ErlMap y) {
        // Equal maps list their entries in the same order; a key may still be 0.0 in one, -0.0 in the other.
        java.util.Iterator<java.util.Map.Entry<Object, Object>> ys = y.entries().iterator();
        for (java.util.Map.Entry<Object, Object> e : x.entries()) {
          java.util.Map.Entry<Object, Object> f = ys.next();
          pending.push(new Object[] {e.getKey(), f.getKey()});
          pending.push(new Object[] {e.getValue(), f.getValue()});
        }
      }
    }
    return true;
  }

  private static String show(Object t) {
    String s;
    try {
      s = String.valueOf(t);
    } catch (RuntimeException e) {
      s = "<unprintable: " + e + ">";
    }
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
