package org.jbeamjit.runtime.bif;

import java.util.Arrays;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/** Tuple construction, access and conversion. Indexes count from 1. */
public final class TupleBifs {
  private TupleBifs() {}

  @Bif(name = "element", guard = true)
  public static Object element(Object index, Object tuple) {
    Tuple t = Args.tuple(tuple);
    return t.elems[Args.intIn(index, 1, t.arity()) - 1];
  }

  @Bif(name = "setelement")
  public static Object setelement(Object index, Object tuple, Object value) {
    Tuple t = Args.tuple(tuple);
    int i = Args.intIn(index, 1, t.arity());
    Object[] es = t.elems.clone();
    es[i - 1] = value;
    return new Tuple(es);
  }

  @Bif(name = "make_tuple")
  public static Object makeTuple(Object arity, Object initial) {
    Object[] es = new Object[Args.intIn(arity, 0, Tuple.MAX_ARITY)];
    Arrays.fill(es, initial);
    return Tuple.of(es);
  }

  /** {@code make_tuple(N, Default, [{Pos, Value}])}: later pairs win over earlier ones. */
  @Bif(name = "make_tuple")
  public static Object makeTuple(Object arity, Object initial, Object initList) {
    Object[] es = new Object[Args.intIn(arity, 0, Tuple.MAX_ARITY)];
    Arrays.fill(es, initial);
    Object l = initList;
    while (l instanceof Cons c) {
      if (!(c.head instanceof Tuple pair) || pair.arity() != 2) {
        throw ErlangException.badarg();
      }
      es[Args.intIn(pair.elems[0], 1, es.length) - 1] = pair.elems[1];
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return Tuple.of(es);
  }

  @Bif(name = "append_element")
  public static Object appendElement(Object tuple, Object value) {
    Tuple t = Args.tuple(tuple);
    if (t.arity() == Tuple.MAX_ARITY) {
      throw ErlangException.badarg();
    }
    Object[] es = Arrays.copyOf(t.elems, t.arity() + 1);
    es[t.arity()] = value;
    return new Tuple(es);
  }

  /** {@code delete_element(Index, Tuple)}: the tuple without its element at {@code Index}. */
  @Bif(name = "delete_element")
  public static Object deleteElement(Object index, Object tuple) {
    Tuple t = Args.tuple(tuple);
    int i = Args.intIn(index, 1, t.arity()) - 1;
    Object[] es = new Object[t.arity() - 1];
    System.arraycopy(t.elems, 0, es, 0, i);
    System.arraycopy(t.elems, i + 1, es, i, es.length - i);
    return Tuple.of(es);
  }

  /** {@code insert_element(Index, Tuple, Value)}: {@code Index} may be one past the last element. */
  @Bif(name = "insert_element")
  public static Object insertElement(Object index, Object tuple, Object value) {
    Tuple t = Args.tuple(tuple);
    int i = Args.intIn(index, 1, t.arity() + 1) - 1;
    Object[] es = new Object[t.arity() + 1];
    System.arraycopy(t.elems, 0, es, 0, i);
    es[i] = value;
    System.arraycopy(t.elems, i, es, i + 1, t.arity() - i);
    return new Tuple(es);
  }

  @Bif(name = "tuple_size", guard = true)
  public static Object tupleSize(Object tuple) {
    return (long) Args.tuple(tuple).arity();
  }

  /** A tuple's arity, or the number of whole bytes in a bitstring. */
  @Bif(name = "size", guard = true)
  public static Object size(Object t) {
    if (t instanceof Tuple tu) {
      return (long) tu.arity();
    } else if (t instanceof BitString b) {
      return b.bitSize() >>> 3;
    }
    throw ErlangException.badarg();
  }

  @Bif(name = "tuple_to_list")
  public static Object tupleToList(Object tuple) {
    return Cons.list(Args.tuple(tuple).elems);
  }

  @Bif(name = "list_to_tuple")
  public static Object listToTuple(Object list) {
    Object[] es = Args.listToArray(list);
    if (es.length > Tuple.MAX_ARITY) {
      throw ErlangException.badarg();
    }
    return Tuple.of(es);
  }
}
