package org.jbeamjit.runtime.bits;

import com.google.common.collect.MapMaker;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jbeamjit.runtime.term.BitString;

/**
 * Buffers with spare room behind the bitstrings that appends made, so that the next append to
 * the newest of them can write in place, as OTP's writable binaries do. Each buffer has a high
 * water mark: the bits below it belong to bitstrings that may already be visible and are never
 * written again; the bits above it are free. An append claims the bits it will write by moving the
 * mark with a compare-and-set before writing, so two processes appending to the same bitstring
 * at once cannot both extend it: the loser copies. The table is keyed by array identity and
 * holds its keys weakly, so a buffer leaves it when no bitstring uses it any more.
 */
final class WritableBuffers {
  private static final ConcurrentMap<byte[], AtomicLong> MARKS = new MapMaker().weakKeys().makeMap();

  private WritableBuffers() {}

  /** Makes {@code data} extensible, with its first {@code usedBits} bits taken. */
  static void register(byte[] data, long usedBits) {
    MARKS.put(data, new AtomicLong(usedBits));
  }

  /** Reserves the {@code extraBits} bits right after {@code bin} in its buffer, if they are free. */
  static boolean claimAfter(BitString bin, long extraBits) {
    byte[] data = bin.backing();
    long end = bin.bitOffset() + bin.bitSize();
    if (end + extraBits > (long) data.length << 3) {
      return false;
    }
    AtomicLong mark = MARKS.get(data);
    return mark != null && mark.compareAndSet(end, end + extraBits);
  }
}
