package org.jbeamjit.codegen.ops;

import java.lang.StackWalker.StackFrame;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.Continuation;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.OwnStacktrace;
import org.jbeamjit.runtime.term.Cons;

/**
 * The rest of a caught exception's stack trace. Frames are added to an exception as it leaves
 * each function, so when it is caught its trace ends at the catching function; BEAM's goes on
 * with that function's callers, up to OTP's depth of 8. When a handler looks at the trace
 * ({@code catch} of an error, {@code build_stacktrace}), the callers are found on the JVM stack
 * (interpreted activations and compiled methods) and then in the process's heap frames. The
 * exception itself keeps only its own frames, so a rethrow goes on collecting them as it leaves.
 */
public final class CallerFrames {
  /** One Erlang activation: the frame it shows and its call site, or a {@code null} frame if it shows none (a tail call). */
  public record Activation(Object frame, Object site) {}

  /** Tells which Erlang activation a JVM frame of compiled code is, or {@code null} if it is none. */
  public interface JvmFrameDecoder {
    Activation decode(StackFrame frame);
  }

  /** The interpreter's activations running on this thread, innermost first; one per JVM frame of {@link #interpreterMethod}. */
  public interface InterpreterActivations {
    Activation fromTop(int index);
  }

  private static final StackWalker WALKER = StackWalker.getInstance(
      Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE, StackWalker.Option.SHOW_HIDDEN_FRAMES));
  /** Weak keys: a module version's hidden class may be unloaded. */
  private static final Map<Class<?>, JvmFrameDecoder> DECODERS = Collections.synchronizedMap(new WeakHashMap<>());

  private static volatile Class<?> interpreterClass;
  private static volatile String interpreterMethod;
  private static volatile ThreadLocal<? extends InterpreterActivations> interpreterActivations;

  static {
    OwnStacktrace.install(CallerFrames::ownStacktrace);
  }

  private CallerFrames() {}

  /** Registers how to read the JVM frames of a class of compiled Erlang code. */
  public static void registerDecoder(Class<?> compiledModule, JvmFrameDecoder decoder) {
    DECODERS.put(compiledModule, decoder);
  }

  /** Registers the interpreter: its activation method and the activations of the current thread. */
  public static void registerInterpreter(Class<?> cls, String method, ThreadLocal<? extends InterpreterActivations> activations) {
    interpreterClass = cls;
    interpreterMethod = method;
    interpreterActivations = activations;
  }

  /**
   * The stack trace of {@code e}, caught in the innermost Erlang activation running now: its own
   * frames, then the catching function's callers, up to {@link ErlangException#backtraceDepth()}.
   */
  public static Object completeTrace(ErlangException e, ErlProcess p) {
    return completeTrace(e, p, Integer.MAX_VALUE);
  }

  /**
   * As {@link #completeTrace(ErlangException, ErlProcess)}, caught by an activation at JVM stack
   * depth {@code depth} (the calling convention's depth: the number of Erlang activations below
   * it on this JVM stack, since only the trampoline enters code at depth 0). The JVM stack walk
   * stops once it has seen them all, and does not start at depth 0: the walk cost about 2.5 us a
   * catch, 95% of a loop of {@code catch element(I, {})} (JFR and a run without it).
   */
  public static Object completeTrace(ErlangException e, ErlProcess p, int depth) {
    Object trace = e.stacktrace();
    if (!e.wantsFrame()) {
      return trace; // given whole (raise/3), or already full
    }
    int room = Math.max(0, ErlangException.backtraceDepth() - length(trace));
    List<Object> more = new ArrayList<>(room);
    Object[] last = {e.lastCallSite()};
    if (depth > 0) {
      walkCallers(more, room, depth, last);
    }
    for (Continuation c = p.suspendedCallers(); c != null && more.size() < room; c = c.caller()) {
      Object frame = c.stackFrame();
      if (frame != null) {
        add(more, frame, c.callSite(), last);
      }
    }
    if (more.isEmpty()) {
      return trace;
    }
    List<Object> all = new ArrayList<>();
    for (Object t = trace; t instanceof Cons c; t = c.tail) {
      all.add(c.head);
    }
    all.addAll(more);
    return Cons.fromList(all);
  }

  /**
   * {@code process_info(self(), current_stacktrace)}: the activations on this JVM stack, the
   * innermost (the caller of process_info) first, then the heap frames, up to
   * {@link ErlangException#backtraceDepth()}.
   */
  static Object ownStacktrace(ErlProcess p) {
    int room = ErlangException.backtraceDepth();
    List<Object> frames = new ArrayList<>(room);
    Object[] last = {null};
    walkActivations(frames, room, Integer.MAX_VALUE, 0, last);
    for (Continuation c = p.suspendedCallers(); c != null && frames.size() < room; c = c.caller()) {
      Object frame = c.stackFrame();
      if (frame != null) {
        add(frames, frame, c.callSite(), last);
      }
    }
    return Cons.fromList(frames);
  }

  /** Adds the frames of the activations below the catching one on this JVM stack (at most {@code depth} of them). */
  private static void walkCallers(List<Object> more, int room, int depth, Object[] last) {
    walkActivations(more, room, depth, 1, last); // the catching function's own frame is in the trace already
  }

  /** Adds the frames of the activations on this JVM stack, innermost first, after skipping {@code skip} of them. */
  private static void walkActivations(List<Object> more, int room, int depth, int skip, Object[] last) {
    InterpreterActivations interp = interpreterActivations == null ? null : interpreterActivations.get();
    WALKER.walk(frames -> {
      int interpSeen = 0;
      int seen = 0; // activations, the catcher's included
      for (StackFrame f : (Iterable<StackFrame>) frames::iterator) {
        if (more.size() >= room || seen > depth) {
          break;
        }
        Activation a = null;
        if (f.getDeclaringClass() == interpreterClass && f.getMethodName().equals(interpreterMethod)) {
          a = interp == null ? null : interp.fromTop(interpSeen++);
        } else {
          JvmFrameDecoder d = DECODERS.get(f.getDeclaringClass());
          if (d != null) {
            a = d.decode(f);
          }
        }
        if (a == null) {
          continue;
        }
        if (seen++ < skip) {
          continue;
        }
        add(more, a.frame(), a.site(), last);
      }
      return null;
    });
  }

  private static void add(List<Object> more, Object frame, Object site, Object[] last) {
    if (frame != null && !site.equals(last[0])) {
      more.add(frame);
      last[0] = site;
    }
  }

  private static int length(Object list) {
    int n = 0;
    for (Object t = list; t instanceof Cons c; t = c.tail) {
      n++;
    }
    return n;
  }
}
