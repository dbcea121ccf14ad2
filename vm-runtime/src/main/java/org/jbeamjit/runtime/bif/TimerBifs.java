package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.MessageTimers;
import org.jbeamjit.runtime.term.Nil;

/** {@code send_after}, {@code start_timer}, {@code cancel_timer} and {@code read_timer}. */
public final class TimerBifs {
  private TimerBifs() {}

  @Bif(name = "send_after")
  public static Object sendAfter(Object time, Object dest, Object message) {
    return MessageTimers.sendAfter(time, dest, message, Nil.NIL);
  }

  @Bif(name = "send_after")
  public static Object sendAfter(Object time, Object dest, Object message, Object options) {
    return MessageTimers.sendAfter(time, dest, message, options);
  }

  @Bif(name = "start_timer")
  public static Object startTimer(Object time, Object dest, Object message) {
    return MessageTimers.startTimer(time, dest, message, Nil.NIL);
  }

  @Bif(name = "start_timer")
  public static Object startTimer(Object time, Object dest, Object message, Object options) {
    return MessageTimers.startTimer(time, dest, message, options);
  }

  @Bif(name = "cancel_timer")
  public static Object cancelTimer(ErlProcess p, Object ref) {
    return MessageTimers.cancel(p, ref, Nil.NIL);
  }

  @Bif(name = "cancel_timer")
  public static Object cancelTimer(ErlProcess p, Object ref, Object options) {
    return MessageTimers.cancel(p, ref, options);
  }

  @Bif(name = "read_timer")
  public static Object readTimer(ErlProcess p, Object ref) {
    return MessageTimers.read(p, ref, Nil.NIL);
  }

  @Bif(name = "read_timer")
  public static Object readTimer(ErlProcess p, Object ref, Object options) {
    return MessageTimers.read(p, ref, options);
  }
}
