package org.jbeamjit.runtime.process;

import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Ref;

/**
 * A monitor as the monitoring process holds it: what to watch, how the {@code 'DOWN'} message
 * names it, and whether the monitor reference is also an alias.
 */
final class Monitor {
  /** What deactivates the alias that a {@code {alias, Mode}} monitor option makes. */
  enum AliasMode {
    NONE,
    EXPLICIT_UNALIAS,
    DEMONITOR,
    REPLY_DEMONITOR
  }

  final Ref ref;
  /** The watched process, or {@code null} when there is none to tell (a {@code time_offset} monitor). */
  final ErlProcess target;
  /** {@code process}, {@code port} or {@code time_offset}. */
  final Atom type;
  /** How {@code 'DOWN'} and {@code process_info(_, monitors)} name the target: a pid or {@code {Name, Node}}. */
  final Object item;
  /** The first element of the {@code 'DOWN'} message. */
  final Object tag;
  final AliasMode aliasMode;

  Monitor(Ref ref, ErlProcess target, Atom type, Object item, Object tag, AliasMode aliasMode) {
    this.ref = ref;
    this.target = target;
    this.type = type;
    this.item = item;
    this.tag = tag;
    this.aliasMode = aliasMode;
  }
}
