package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The functions of the {@code lists} module that OTP implements in C: key lookups compare keys
 * with {@code ==}, {@code member} with {@code =:=}; a scan stops at the first match, so an
 * improper tail after it is never seen, as in OTP.
 */
public final class ListsModuleBifs {
  private static final Atom VALUE = Atom.of("value");

  private ListsModuleBifs() {}

  @Bif(module = "lists", name = "keyfind")
  public static Object keyfind(Object key, Object pos, Object list) {
    Tuple t = findKey(key, pos, list);
    return t != null ? t : Atoms.FALSE;
  }

  @Bif(module = "lists", name = "keymember")
  public static Object keymember(Object key, Object pos, Object list) {
    return Atoms.bool(findKey(key, pos, list) != null);
  }

  @Bif(module = "lists", name = "keysearch")
  public static Object keysearch(Object key, Object pos, Object list) {
    Tuple t = findKey(key, pos, list);
    return t != null ? Tuple.of(VALUE, t) : Atoms.FALSE;
  }

  @Bif(module = "lists", name = "member")
  public static Object member(Object elem, Object list) {
    Object l = list;
    while (l instanceof Cons c) {
      if (Terms.exactEquals(c.head, elem)) {
        return Atoms.TRUE;
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return Atoms.FALSE;
  }

  /** {@code reverse(List, Tail)}: List reversed onto Tail; List must be proper, Tail may be anything. */
  @Bif(module = "lists", name = "reverse")
  public static Object reverse(Object list, Object tail) {
    Object result = tail;
    Object l = list;
    while (l instanceof Cons c) {
      result = new Cons(c.head, result);
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return result;
  }

  private static Tuple findKey(Object key, Object pos, Object list) {
    int index = Args.intIn(pos, 1, Integer.MAX_VALUE) - 1;
    Object l = list;
    while (l instanceof Cons c) {
      if (c.head instanceof Tuple t && index < t.arity() && Terms.arithEquals(t.elems[index], key)) {
        return t;
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return null;
  }
}
