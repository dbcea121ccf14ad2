package org.jbeamjit.codegen.ops;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Tuple;

/**
 * BIFs called in a guard (with a failure label): a failure only jumps to the label, so the
 * exception OTP's error_info and stack trace are built into is wasted there. These calls return
 * {@code null} (never a term) for a failure instead. The commonest guard BIFs have variants that
 * test their arguments and raise nothing at all (io_lib_pretty's {@code element/2} guards fail on
 * every non-record tuple); any other BIF is called and its exception dropped, without the BIF
 * frame {@link Bifs#call2} would add.
 */
public final class GuardBifs {
  private static final Atom ERLANG = Atom.of("erlang");
  private static final BifEntry ELEMENT = Bifs.lookup(ERLANG, Atom.of("element"), 2);
  private static final BifEntry HD = Bifs.lookup(ERLANG, Atom.of("hd"), 1);
  private static final BifEntry TL = Bifs.lookup(ERLANG, Atom.of("tl"), 1);
  private static final BifEntry TUPLE_SIZE = Bifs.lookup(ERLANG, Atom.of("tuple_size"), 1);

  private GuardBifs() {}

  /** The exception-free variant of a BIF (a static method of this class returning null to fail), or {@code null}. */
  public static Method variant(BifEntry bif) {
    String name = bif == ELEMENT ? "element" : bif == HD ? "hd" : bif == TL ? "tl" : bif == TUPLE_SIZE ? "tupleSize" : null;
    if (name == null) {
      return null;
    }
    try {
      return bif.arity() == 2 ? GuardBifs.class.getMethod(name, Object.class, Object.class)
          : GuardBifs.class.getMethod(name, Object.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Object element(Object index, Object tuple) {
    if (tuple instanceof Tuple t && index instanceof Long i && i >= 1 && i <= t.arity()) {
      return t.elems[(int) (i - 1)];
    }
    return null;
  }

  public static Object hd(Object list) {
    return list instanceof Cons c ? c.head : null;
  }

  public static Object tl(Object list) {
    return list instanceof Cons c ? c.tail : null;
  }

  public static Object tupleSize(Object tuple) {
    return tuple instanceof Tuple t ? (Object) (long) t.arity() : null;
  }

  /** A one-argument BIF in a guard: its result, or {@code null} if it fails. */
  public static Object call1(BifEntry bif, ErlProcess p, Object a) {
    if (bif == HD) {
      return hd(a);
    } else if (bif == TL) {
      return tl(a);
    } else if (bif == TUPLE_SIZE) {
      return tupleSize(a);
    }
    try {
      MethodHandle h = bif.handle();
      return bif.takesProcess() ? (Object) h.invokeExact(p, a) : (Object) h.invokeExact(a);
    } catch (ErlangException e) {
      return null;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("BIF " + bif + " threw a checked exception", t);
    }
  }

  /** A two-argument BIF in a guard: its result, or {@code null} if it fails. */
  public static Object call2(BifEntry bif, ErlProcess p, Object a, Object b) {
    if (bif == ELEMENT) {
      return element(a, b);
    }
    try {
      MethodHandle h = bif.handle();
      return bif.takesProcess() ? (Object) h.invokeExact(p, a, b) : (Object) h.invokeExact(a, b);
    } catch (ErlangException e) {
      return null;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("BIF " + bif + " threw a checked exception", t);
    }
  }

  /** A three-argument BIF in a guard: its result, or {@code null} if it fails. */
  public static Object call3(BifEntry bif, ErlProcess p, Object a, Object b, Object c) {
    try {
      MethodHandle h = bif.handle();
      return bif.takesProcess() ? (Object) h.invokeExact(p, a, b, c) : (Object) h.invokeExact(a, b, c);
    } catch (ErlangException e) {
      return null;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("BIF " + bif + " threw a checked exception", t);
    }
  }
}
