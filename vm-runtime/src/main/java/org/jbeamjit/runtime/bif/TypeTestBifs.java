package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Fun;
import org.jbeamjit.runtime.term.Integers;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/** The {@code is_*} type tests. */
public final class TypeTestBifs {
  private TypeTestBifs() {}

  @Bif(name = "is_atom", guard = true)
  public static Object isAtom(Object t) {
    return Atoms.bool(t instanceof Atom);
  }

  @Bif(name = "is_binary", guard = true)
  public static Object isBinary(Object t) {
    return Atoms.bool(t instanceof BitString b && b.isBinary());
  }

  @Bif(name = "is_bitstring", guard = true)
  public static Object isBitstring(Object t) {
    return Atoms.bool(t instanceof BitString);
  }

  @Bif(name = "is_boolean", guard = true)
  public static Object isBoolean(Object t) {
    return Atoms.bool(t == Atoms.TRUE || t == Atoms.FALSE);
  }

  @Bif(name = "is_float", guard = true)
  public static Object isFloat(Object t) {
    return Atoms.bool(t instanceof Double);
  }

  @Bif(name = "is_integer", guard = true)
  public static Object isInteger(Object t) {
    return Atoms.bool(Integers.isInteger(t));
  }

  @Bif(name = "is_number", guard = true)
  public static Object isNumber(Object t) {
    return Atoms.bool(Numbers.isNumber(t));
  }

  @Bif(name = "is_list", guard = true)
  public static Object isList(Object t) {
    return Atoms.bool(t instanceof Cons || t == Nil.NIL);
  }

  @Bif(name = "is_map", guard = true)
  public static Object isMap(Object t) {
    return Atoms.bool(t instanceof ErlMap);
  }

  @Bif(name = "is_pid", guard = true)
  public static Object isPid(Object t) {
    return Atoms.bool(t instanceof Pid);
  }

  @Bif(name = "is_port", guard = true)
  public static Object isPort(Object t) {
    return Atoms.bool(t instanceof Port);
  }

  @Bif(name = "is_reference", guard = true)
  public static Object isReference(Object t) {
    return Atoms.bool(t instanceof Ref);
  }

  @Bif(name = "is_tuple", guard = true)
  public static Object isTuple(Object t) {
    return Atoms.bool(t instanceof Tuple);
  }

  @Bif(name = "is_function", guard = true)
  public static Object isFunction(Object t) {
    return Atoms.bool(t instanceof Fun);
  }

  /** A negative arity is {@code badarg}; an arity no fun can have is merely {@code false}. */
  @Bif(name = "is_function", guard = true)
  public static Object isFunction(Object t, Object arity) {
    if (arity instanceof Long n && n >= 0) {
      return Atoms.bool(t instanceof Fun f && f.arity() == n);
    } else if (arity instanceof BigInteger n && n.signum() > 0) {
      return Atoms.FALSE;
    }
    throw ErlangException.badarg();
  }

  /** Whether {@code t} is a tuple tagged {@code tag}. */
  @Bif(name = "is_record", guard = true)
  public static Object isRecord(Object t, Object tag) {
    Atom a = Args.atom(tag);
    return Atoms.bool(t instanceof Tuple tu && tu.arity() > 0 && tu.elems[0] == a);
  }

  /** Whether {@code t} is a tuple of {@code size} elements tagged {@code tag}; the size must be a small integer. */
  @Bif(name = "is_record", guard = true)
  public static Object isRecord(Object t, Object tag, Object size) {
    Atom a = Args.atom(tag);
    if (!Integers.isSmall(size)) {
      throw ErlangException.badarg();
    }
    return Atoms.bool(t instanceof Tuple tu && tu.arity() > 0 && tu.arity() == (Long) size && tu.elems[0] == a);
  }
}
