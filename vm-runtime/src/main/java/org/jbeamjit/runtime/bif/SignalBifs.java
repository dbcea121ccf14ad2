package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.MonitorOptions;
import org.jbeamjit.runtime.process.Signals;

/** Message passing, links, exit signals, monitors and aliases; the semantics are {@link Signals}'. */
public final class SignalBifs {
  private SignalBifs() {}

  @Bif(name = "!")
  public static Object bang(ErlProcess p, Object dest, Object message) {
    return Signals.send(p, dest, message);
  }

  @Bif(name = "send")
  public static Object send(ErlProcess p, Object dest, Object message) {
    return Signals.send(p, dest, message);
  }

  @Bif(name = "send")
  public static Object send(ErlProcess p, Object dest, Object message, Object options) {
    return Signals.send(p, dest, message, options);
  }

  @Bif(name = "link")
  public static Object link(ErlProcess p, Object target) {
    return Signals.link(p, target);
  }

  @Bif(name = "unlink")
  public static Object unlink(ErlProcess p, Object target) {
    return Signals.unlink(p, target);
  }

  @Bif(name = "exit")
  public static Object exit(ErlProcess p, Object target, Object reason) {
    return Signals.exit(p, target, reason);
  }

  @Bif(name = "monitor")
  public static Object monitor(ErlProcess p, Object type, Object item) {
    return Signals.monitor(p, type, item, MonitorOptions.DEFAULT);
  }

  @Bif(name = "monitor")
  public static Object monitor(ErlProcess p, Object type, Object item, Object options) {
    return Signals.monitor(p, type, item, MonitorOptions.parse(options));
  }

  @Bif(name = "demonitor")
  public static Object demonitor(ErlProcess p, Object ref) {
    return Signals.demonitor(p, ref);
  }

  @Bif(name = "demonitor")
  public static Object demonitor(ErlProcess p, Object ref, Object options) {
    return Signals.demonitor(p, ref, options);
  }

  @Bif(name = "alias")
  public static Object alias(ErlProcess p, Object options) {
    return Signals.alias(p, options);
  }

  @Bif(name = "unalias")
  public static Object unalias(ErlProcess p, Object alias) {
    return Signals.unalias(p, alias);
  }
}
