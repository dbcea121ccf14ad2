package org.jbeamjit.runtime.nif;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Ports;
import org.jbeamjit.runtime.process.Signals;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The NIFs of {@code erl_tracer}, the default tracer module (a preloaded module whose
 * {@code on_load} function {@code erl_init} calls): the tracer state is the pid or port trace
 * messages go to. jbeamjit raises no trace events of its own yet, but {@code erl_tracer} must load
 * for OTP to boot, and a call answers as BEAM's does.
 */
public final class TracerNifs {
  private static final Atom TRACE = Atom.of("trace");
  private static final Atom TRACE_TS = Atom.of("trace_ts");
  private static final Atom REMOVE = Atom.of("remove");
  private static final Atom DISCARD = Atom.of("discard");
  private static final Atom TRACE_STATUS = Atom.of("trace_status");
  private static final Atom EXTRA = Atom.of("extra");
  private static final Atom TIMESTAMP = Atom.of("timestamp");
  private static final Atom MATCH_SPEC_RESULT = Atom.of("match_spec_result");

  private TracerNifs() {}

  /** {@code trace} while the tracer lives; else {@code remove} (asked for the trace status) or {@code discard}. */
  @Bif(module = "erl_tracer", name = "enabled")
  public static Object enabled(Object tag, Object tracerState, Object tracee) {
    if (alive(tracerState)) {
      return TRACE;
    }
    return tag == TRACE_STATUS ? REMOVE : DISCARD;
  }

  /** Sends {@code {trace, Tracee, Tag, Msg [, Extra] [, MatchSpecResult]}} ({@code trace_ts} with a time stamp) to the tracer. */
  @Bif(module = "erl_tracer", name = "trace")
  public static Object trace(ErlProcess p, Object tag, Object tracerState, Object tracee, Object msg, Object opts) {
    if (!alive(tracerState)) {
      return org.jbeamjit.runtime.term.Atoms.OK;
    }
    ErlMap o = opts instanceof ErlMap m ? m : ErlMap.EMPTY;
    Object ts = o.get(TIMESTAMP);
    List<Object> fields = new ArrayList<>(List.of(ts != null ? TRACE_TS : TRACE, tracee, tag, msg));
    Object extra = o.get(EXTRA);
    if (extra != null) {
      fields.add(extra);
    }
    Object ms = o.get(MATCH_SPEC_RESULT);
    if (ms != null) {
      fields.add(ms);
    }
    if (ts != null) {
      fields.add(timestamp());
    }
    if (tracerState instanceof Pid) {
      Signals.send(p, tracerState, Tuple.of(fields.toArray()));
    }
    return org.jbeamjit.runtime.term.Atoms.OK;
  }

  /** {@code erlang:timestamp()}'s shape: {MegaSecs, Secs, MicroSecs}. */
  private static Tuple timestamp() {
    long micros = System.currentTimeMillis() * 1000;
    return Tuple.of(micros / 1_000_000_000_000L, micros / 1_000_000 % 1_000_000, micros % 1_000_000);
  }

  private static boolean alive(Object tracer) {
    if (tracer instanceof Pid pid) {
      ErlProcess q = Signals.process(pid);
      return q != null && q.isAlive();
    }
    return tracer instanceof Port && Ports.isOpen(tracer);
  }
}
