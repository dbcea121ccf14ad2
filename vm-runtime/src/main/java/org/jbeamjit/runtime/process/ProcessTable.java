package org.jbeamjit.runtime.process;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Pid;

/**
 * The live processes of this node, found by pid. Laid out as OTP's process table: one slot per
 * allowed process (the {@code +P} limit, a power of two but for the largest), and a pid's 28 data bits
 * (shown as {@code <0.Number.Serial>}: the low 15 bits, then the high 13) come from a counter, so
 * a pid is not reused until 2^28 processes later; the slot is the data's low bits.
 */
public final class ProcessTable {
  /** OTP's default {@code +P}. */
  public static final int DEFAULT_LIMIT = 262_144;
  /** OTP's largest {@code +P}. */
  public static final int MAX_LIMIT = 134_217_727;
  /** OTP's smallest {@code +P}. */
  public static final int MIN_LIMIT = 1024;

  private static final int DATA_BITS = 28;
  private static final int NUMBER_BITS = 15;
  private static final int DATA_MASK = (1 << DATA_BITS) - 1;

  private static volatile ProcessTable instance = new ProcessTable(DEFAULT_LIMIT);

  private final int limit;
  private final AtomicReferenceArray<ErlProcess> slots;
  private final int slotMask;
  private final AtomicInteger live = new AtomicInteger();
  private final AtomicInteger nextData = new AtomicInteger();

  private ProcessTable(int limit) {
    this.limit = limit;
    int size = Integer.highestOneBit(limit - 1) << 1;
    this.slots = new AtomicReferenceArray<>(size);
    this.slotMask = size - 1;
  }

  /** The node's process table. */
  public static ProcessTable get() {
    return instance;
  }

  /**
   * Replaces the table with an empty one for {@code +P requested}: as {@code erl}, the limit is
   * the request rounded up to a power of two (at most {@link #MAX_LIMIT}), and a request outside
   * OTP's range is refused ({@code false}: erl does not start). Only before any process runs.
   */
  public static boolean configure(int requested) {
    if (requested < MIN_LIMIT || requested > MAX_LIMIT) {
      return false;
    }
    instance = new ProcessTable((int) Math.min(MAX_LIMIT, Long.highestOneBit(requested - 1L) << 1));
    return true;
  }

  /** {@code erlang:system_info(process_limit)}. */
  public int limit() {
    return limit;
  }

  /** {@code erlang:system_info(process_count)}. */
  public int count() {
    return live.get();
  }

  /**
   * Gives {@code p} a new pid and enters it into the free slot that pid names.
   *
   * @throws ErlangException {@code system_limit} when {@link #limit} processes are alive
   */
  void add(ErlProcess p) {
    if (live.incrementAndGet() > limit) {
      live.decrementAndGet();
      CrashReport.reportText("Too many processes\n\n"); // as erl's emulator logs each refused spawn
      throw ErlangException.systemLimit();
    }
    while (true) {
      int data = nextData.getAndIncrement() & DATA_MASK;
      if (slots.get(data & slotMask) == null) {
        p.assignPid(pidOf(data)); // before the slot publishes p
        if (slots.compareAndSet(data & slotMask, null, p)) {
          return;
        }
      }
    }
  }

  /** A pid for a process that is not in the table (one run by hand, as tests do). */
  static Pid detachedPid() {
    return pidOf(instance.nextData.getAndIncrement() & DATA_MASK);
  }

  /** Takes an exited process out of the table: its pid names no process from now on. */
  void remove(ErlProcess p) {
    if (slots.compareAndSet(dataOf(p.pid()) & slotMask, p, null)) {
      live.decrementAndGet();
    }
  }

  /** The live (or just exiting) process {@code pid} names, or {@code null}. */
  public ErlProcess lookup(Pid pid) {
    if (!LocalNode.isLocal(pid) || pid.id >>> NUMBER_BITS != 0 || pid.serial >>> (DATA_BITS - NUMBER_BITS) != 0) {
      return null;
    }
    ErlProcess p = slots.get(dataOf(pid) & slotMask);
    return p != null && p.pid().id == pid.id && p.pid().serial == pid.serial ? p : null;
  }

  /** Every process in the table, in slot order ({@code processes/0}). */
  public List<ErlProcess> all() {
    List<ErlProcess> out = new ArrayList<>(live.get());
    for (int i = 0; i < slots.length(); i++) {
      ErlProcess p = slots.get(i);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  private static Pid pidOf(int data) {
    return new Pid(LocalNode.NAME, data & ((1 << NUMBER_BITS) - 1), data >>> NUMBER_BITS, LocalNode.CREATION);
  }

  private static int dataOf(Pid pid) {
    return pid.serial << NUMBER_BITS | pid.id;
  }
}
