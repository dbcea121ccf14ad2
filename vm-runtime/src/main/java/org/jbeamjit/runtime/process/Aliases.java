package org.jbeamjit.runtime.process;

import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.term.Ref;

/**
 * The node's active process aliases ({@code erlang:alias/1}, monitors with the {@code alias}
 * option): a reference that delivers messages sent to it to the process that made it, until
 * deactivated.
 */
final class Aliases {
  private record Alias(ErlProcess owner, boolean reply) {}

  private static final ConcurrentHashMap<Ref, Alias> ACTIVE = new ConcurrentHashMap<>();

  private Aliases() {}

  /** Activates {@code ref} as an alias of {@code owner}; {@code reply}: only for the first message. */
  static void activate(Ref ref, ErlProcess owner, boolean reply) {
    ACTIVE.put(ref, new Alias(owner, reply));
  }

  /** Deactivates {@code ref} if {@code owner} made it; {@code true} if it was active. */
  static boolean deactivate(Ref ref, ErlProcess owner) {
    Alias a = ACTIVE.get(ref);
    return a != null && a.owner == owner && ACTIVE.remove(ref, a);
  }

  /**
   * Sends {@code message} through the alias {@code ref}; a message to an inactive alias (or any
   * other reference) is dropped, as in OTP.
   */
  static void send(Ref ref, Object message) {
    Alias a = ACTIVE.get(ref);
    if (a == null) {
      return;
    }
    if (!a.reply) {
      a.owner.send(message);
    } else if (ACTIVE.remove(ref, a)) {
      a.owner.signal(new Signal.AliasMessage(ref, message));
    }
  }
}
