package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The distribution BIFs as a node that is not distributed answers them (jbeamjit has no
 * distribution): it is connected to no node, knows only itself, and cannot monitor another node
 * ({@code notalive}), as {@code erl} without {@code -sname} does.
 */
public final class DistributionBifs {
  private static final Atom THIS = Atom.of("this");
  private static final Atom KNOWN = Atom.of("known");
  private static final Atom NODE_TYPE = Atom.of("node_type");
  private static final Atom CONNECTION_ID = Atom.of("connection_id");
  private static final Atom ALLOW_PASSIVE_CONNECT = Atom.of("allow_passive_connect");
  private static final Atom NOTALIVE = Atom.of("notalive");
  private static final Atom BADOPT = Atom.of("badopt");
  private static final java.util.Set<String> NODE_KINDS = java.util.Set.of("visible", "hidden", "connected", "this",
      "known");

  private DistributionBifs() {}

  /** The connected visible nodes: none. */
  @Bif(name = "nodes")
  public static Object nodes() {
    return Nil.NIL;
  }

  /** {@code nodes(Kind | [Kind])}: only {@code this} and {@code known} name a node, this one. */
  @Bif(name = "nodes")
  public static Object nodes(Object kinds) {
    return includesThisNode(kinds) ? Cons.list(LocalNode.NAME) : Nil.NIL;
  }

  /**
   * {@code nodes(Kind, InfoOpts)}: each node with a map of the information asked for; this node's
   * type is {@code this} and it has no connection.
   */
  @Bif(name = "nodes")
  public static Object nodes(Object kinds, Object infoOptions) {
    if (!(infoOptions instanceof ErlMap opts)) {
      throw ErlangException.badarg();
    }
    ErlMap info = ErlMap.of();
    for (java.util.Map.Entry<Object, Object> e : opts.entries()) {
      boolean wanted = Args.bool(e.getValue());
      if (e.getKey() == NODE_TYPE) {
        info = wanted ? info.put(NODE_TYPE, THIS) : info;
      } else if (e.getKey() == CONNECTION_ID) {
        info = wanted ? info.put(CONNECTION_ID, Atoms.UNDEFINED) : info;
      } else {
        throw ErlangException.badarg();
      }
    }
    return includesThisNode(kinds) ? Cons.list(Tuple.of(LocalNode.NAME, info)) : Nil.NIL;
  }

  @Bif(name = "monitor_node")
  public static Object monitorNode(Object node, Object flag) {
    Atom n = Args.atom(node);
    if (n != LocalNode.NAME) {
      throw ErlangException.error(NOTALIVE);
    }
    Args.bool(flag);
    return Atoms.TRUE; // monitoring the own node: it never goes down while anyone could hear of it
  }

  @Bif(name = "monitor_node")
  public static Object monitorNode(Object node, Object flag, Object options) {
    Object l = options;
    while (l instanceof Cons c && c.head == ALLOW_PASSIVE_CONNECT) {
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg(BADOPT);
    }
    return monitorNode(node, flag);
  }

  /** Whether a node kind or list of kinds includes this node; {@code badarg} for anything else. */
  private static boolean includesThisNode(Object kinds) {
    if (kinds instanceof Atom a) {
      return kind(a);
    }
    boolean self = false;
    Object l = kinds;
    while (l instanceof Cons c && c.head instanceof Atom a) {
      self |= kind(a);
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return self;
  }

  private static boolean kind(Atom a) {
    if (!NODE_KINDS.contains(a.name())) {
      throw ErlangException.badarg();
    }
    return a == THIS || a == KNOWN;
  }
}
