package org.jbeamjit.runtime.process;

import java.util.concurrent.atomic.AtomicLong;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Ref;

/**
 * This node's identity, as a BEAM that is not distributed has it: the name {@code nonode@nohost}
 * and creation 0, which every local pid, port and reference carries; and the one source of new
 * references ({@code make_ref/0}, monitors, timers, aliases).
 */
public final class LocalNode {
  public static final Atom NAME = Atoms.NONODE_NOHOST;
  public static final int CREATION = 0;

  /** OTP's first reference word holds 18 bits; the other two hold 32. */
  private static final int FIRST_WORD_BITS = 18;

  /**
   * Starts at a value that fills all three words, so references look like OTP's
   * ({@code #Ref<0.W2.W1.W0>} with large words) and order like them: by the highest word first.
   */
  private static final AtomicLong NEXT_REF = new AtomicLong(System.nanoTime() & ((1L << 52) - 1) | (1L << 52));

  private LocalNode() {}

  /** A reference never made before on this node. */
  public static Ref makeRef() {
    long n = NEXT_REF.getAndIncrement();
    int w0 = (int) (n & ((1 << FIRST_WORD_BITS) - 1));
    long rest = n >>> FIRST_WORD_BITS;
    return new Ref(NAME, CREATION, new int[] {w0, (int) rest, (int) (rest >>> 32)});
  }

  /** Whether {@code pid} names a process of this node (alive or not). */
  public static boolean isLocal(Pid pid) {
    return pid.node == NAME && pid.creation == CREATION;
  }

  /** Whether {@code ref} was made on this node. */
  public static boolean isLocal(Ref ref) {
    return ref.node == NAME && ref.creation == CREATION;
  }
}
