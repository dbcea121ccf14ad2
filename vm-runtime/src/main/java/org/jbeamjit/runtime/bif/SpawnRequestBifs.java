package org.jbeamjit.runtime.bif;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.process.SpawnOptions;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The asynchronous spawn: {@code erts_internal:spawn_request/4} (under
 * {@code erlang:spawn_request/1..5}), {@code spawn_request_abandon/1}, and
 * {@code erts_internal:dist_spawn_request/4} for other nodes, which this node cannot reach.
 *
 * <p>A request answers with its request id at once and the outcome comes as a message,
 * {@code {spawn_reply, ReqId, ok, Pid}} or {@code {spawn_reply, ReqId, error, Reason}} (the tag
 * and which outcomes are sent are options), before any signal of the new process; a monitor it
 * asks for has the request id as its reference. As on erl, a local request is carried out at
 * once, so none is ever left to abandon; and a bad spawn option, which erl finds only when
 * carrying the request out, is an error reply, not an exception.
 */
public final class SpawnRequestBifs {
  private static final Atom SPAWN_REPLY = Atom.of("spawn_reply");
  private static final Atom REPLY_TAG = Atom.of("reply_tag");
  private static final Atom REPLY = Atom.of("reply");
  private static final Atom MONITOR = Atom.of("monitor");
  private static final Atom ERROR = Atom.of("error");
  private static final Atom BADOPT = Atom.of("badopt");
  private static final Atom NOCONNECTION = Atom.of("noconnection");
  private static final Atom SPAWN_OPT = Atom.of("spawn_opt");
  private static final Atom SPAWN_REQUEST = Atom.of("spawn_request");

  private SpawnRequestBifs() {}

  /** Answers the request id, or {@code badarg} for {@code erlang:spawn_request/4} to raise. */
  @Bif(module = "erts_internal", name = "spawn_request")
  public static Object spawnRequest(ErlProcess p, Object module, Object function, Object args, Object options) {
    Request r = Request.parse(options);
    if (r == null || !(module instanceof Atom m) || !(function instanceof Atom f)) {
      return Atoms.BADARG;
    }
    Object[] a;
    try {
      a = Args.listToArray(args);
    } catch (ErlangException e) {
      return Atoms.BADARG;
    }
    Ref id = LocalNode.makeRef();
    if (r.badOption) {
      r.replyError(p, id, BADOPT);
      return id;
    }
    SpawnOptions spawnOptions;
    try {
      spawnOptions = SpawnOptions.parse(Cons.fromList(r.spawnOptions));
    } catch (ErlangException e) {
      r.replyError(p, id, BADOPT);
      return id;
    }
    try {
      Spawner.spawnRequest(p, m, f, a, spawnOptions, id, pid -> r.replyOk(p, id, pid));
    } catch (ErlangException e) {
      r.replyError(p, id, e.reason()); // system_limit
    }
    return id;
  }

  /** {@code true} if a pending request was abandoned: a local one never is pending. */
  @Bif(name = "spawn_request_abandon")
  public static Object spawnRequestAbandon(Object requestId) {
    if (!(requestId instanceof Ref)) {
      throw ErlangException.badarg();
    }
    return Atoms.FALSE;
  }

  /**
   * A spawn on another node ({@code spawn_request/5}, {@code spawn_opt/5}, ...): with no
   * distribution there is no connection, so the reply is {@code noconnection}, which erlang.erl
   * handles as erl does for an unreachable node. Answers the request id ({@code {Id, Monitor}}
   * for {@code spawn_opt}), or {@code badarg}.
   */
  @Bif(module = "erts_internal", name = "dist_spawn_request")
  public static Object distSpawnRequest(ErlProcess p, Object node, Object mfa, Object options, Object operation) {
    Request r = Request.parse(options);
    if (r == null || !(node instanceof Atom) || !(mfa instanceof Tuple t) || t.arity() != 3
        || (operation != SPAWN_OPT && operation != SPAWN_REQUEST)) {
      return Atoms.BADARG;
    }
    Ref id = LocalNode.makeRef();
    r.replyError(p, id, NOCONNECTION);
    if (operation == SPAWN_OPT) {
      return Tuple.of(id, Atoms.bool(r.monitor));
    }
    return id;
  }

  /** A request's own options, and the spawn options it passes on. */
  private static final class Request {
    Object tag = SPAWN_REPLY;
    boolean replyOk = true;
    boolean replyError = true;
    boolean badOption;
    boolean monitor;
    final List<Object> spawnOptions = new ArrayList<>();

    /** {@code null} if the options are not a proper list. */
    static Request parse(Object options) {
      Request r = new Request();
      Object l = options;
      for (; l instanceof Cons c; l = c.tail) {
        if (c.head instanceof Tuple t && t.arity() == 2 && t.get(0) == REPLY_TAG) {
          r.tag = t.get(1);
        } else if (c.head instanceof Tuple t && t.arity() == 2 && t.get(0) == REPLY) {
          Object v = t.get(1);
          if (v == Atom.of("yes")) {
            r.replyOk = r.replyError = true;
          } else if (v == Atom.of("no")) {
            r.replyOk = r.replyError = false;
          } else if (v == Atom.of("error_only")) {
            r.replyOk = false;
            r.replyError = true;
          } else if (v == Atom.of("success_only")) {
            r.replyOk = true;
            r.replyError = false;
          } else {
            r.badOption = true;
          }
        } else {
          if (c.head == MONITOR || c.head instanceof Tuple t && t.arity() == 2 && t.get(0) == MONITOR) {
            r.monitor = true;
          }
          r.spawnOptions.add(c.head);
        }
      }
      return l == Nil.NIL ? r : null;
    }

    void replyOk(ErlProcess p, Ref id, Pid pid) {
      if (replyOk) {
        p.send(Tuple.of(tag, id, Atoms.OK, pid));
      }
    }

    void replyError(ErlProcess p, Ref id, Object reason) {
      if (replyError) {
        p.send(Tuple.of(tag, id, ERROR, reason));
      }
    }
  }
}
