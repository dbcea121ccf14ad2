package org.jbeamjit.runtime.nif;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.resource.MagicRefs;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The NIFs of OTP's {@code prim_buffer}: a byte queue (the read-ahead buffer of {@code prim_file}'s
 * raw files) behind a reference, and a lock word its users take with {@code try_lock/1}.
 */
public final class PrimBufferNifs {
  private static final Atom ACQUIRED = Atom.of("acquired");
  private static final Atom BUSY = Atom.of("busy");
  private static final Atom NOT_FOUND = Atom.of("not_found");
  private static final Atom LOCK_ORDER_VIOLATION = Atom.of("lock_order_violation");

  private static final MagicRefs<Buffer> BUFFERS = new MagicRefs<>();

  /** One buffer. Its operations hold its monitor: a buffer is used by one process at a time, but any may use it. */
  private static final class Buffer {
    final ByteQueue queue = new ByteQueue();
    final AtomicBoolean locked = new AtomicBoolean();
  }

  private PrimBufferNifs() {}

  private static Buffer buffer(Object ref) {
    Buffer b = BUFFERS.get(ref);
    if (b == null) {
      throw ErlangException.badarg();
    }
    return b;
  }

  @Bif(module = "prim_buffer", name = "new")
  public static Object create() {
    return BUFFERS.create(new Buffer());
  }

  @Bif(module = "prim_buffer", name = "size")
  public static Object size(Object ref) {
    Buffer b = buffer(ref);
    synchronized (b) {
      return b.queue.size();
    }
  }

  /** The first block written and not yet read, whole; {@code badarg} if the buffer is empty. */
  @Bif(module = "prim_buffer", name = "peek_head")
  public static Object peekHead(Object ref) {
    Buffer b = buffer(ref);
    synchronized (b) {
      if (b.queue.size() == 0) {
        throw ErlangException.badarg();
      }
      return BitString.wrap(b.queue.head());
    }
  }

  @Bif(module = "prim_buffer", name = "copying_read")
  public static Object copyingRead(Object ref, Object size) {
    Buffer b = buffer(ref);
    java.math.BigInteger n = NifArgs.uint64(size);
    if (n == null) {
      throw ErlangException.badarg();
    }
    synchronized (b) {
      if (n.compareTo(java.math.BigInteger.valueOf(b.queue.size())) > 0) {
        throw ErlangException.badarg();
      }
      return BitString.wrap(b.queue.read(n.intValue()));
    }
  }

  @Bif(module = "prim_buffer", name = "write")
  public static Object write(Object ref, Object iovec) {
    Buffer b = buffer(ref);
    byte[] bytes = NifArgs.iodata(iovec);
    synchronized (b) {
      b.queue.write(bytes);
    }
    return Atoms.OK;
  }

  @Bif(module = "prim_buffer", name = "skip")
  public static Object skip(Object ref, Object size) {
    Buffer b = buffer(ref);
    java.math.BigInteger n = NifArgs.uint64(size);
    if (n == null) {
      throw ErlangException.badarg();
    }
    synchronized (b) {
      if (n.compareTo(java.math.BigInteger.valueOf(b.queue.size())) > 0) {
        throw ErlangException.badarg();
      }
      b.queue.skip(n.longValue());
    }
    return Atoms.OK;
  }

  @Bif(module = "prim_buffer", name = "find_byte_index")
  public static Object findByteIndex(Object ref, Object needle) {
    Buffer b = buffer(ref);
    Integer c = NifArgs.int32(needle);
    if (c == null || c < 0 || c > 255) {
      throw ErlangException.badarg();
    }
    synchronized (b) {
      long i = b.queue.indexOf((byte) (int) c);
      return i < 0 ? NOT_FOUND : Tuple.of(Atoms.OK, i);
    }
  }

  @Bif(module = "prim_buffer", name = "try_lock")
  public static Object tryLock(Object ref) {
    return buffer(ref).locked.compareAndSet(false, true) ? ACQUIRED : BUSY;
  }

  @Bif(module = "prim_buffer", name = "unlock")
  public static Object unlock(Object ref) {
    if (!buffer(ref).locked.compareAndSet(true, false)) {
      throw ErlangException.error(LOCK_ORDER_VIOLATION);
    }
    return Atoms.OK;
  }
}
