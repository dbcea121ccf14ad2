package org.jbeamjit.runtime.resource;

import java.lang.ref.Cleaner;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.term.Ref;

/**
 * OTP's magic references: references that stand for something the VM holds (an ETS table, a
 * compiled match specification, an atomics array), which lives as long as a reference to it
 * does. Here the thing is found by the reference's value, so an equal reference (one that went
 * through {@code term_to_binary} and back) finds it too, for as long as the reference first
 * handed out is reachable; once it is not, the entry goes.
 */
public final class MagicRefs<V> {
  private static final Cleaner CLEANER = Cleaner.create();

  private final ConcurrentHashMap<Ref, V> byRef = new ConcurrentHashMap<>();

  /** A new reference standing for {@code value}. */
  public Ref create(V value) {
    Ref ref = LocalNode.makeRef();
    // The map holds an equal copy, so that it does not keep the reference handed out alive.
    Ref key = copyOf(ref);
    byRef.put(key, value);
    CLEANER.register(ref, () -> byRef.remove(key));
    return ref;
  }

  /** What the reference {@code term} stands for, or {@code null} if it is no reference of these. */
  public V get(Object term) {
    return term instanceof Ref r ? byRef.get(r) : null;
  }

  /** How many references are alive (for tests). */
  public int size() {
    return byRef.size();
  }

  private static Ref copyOf(Ref r) {
    int[] ids = new int[r.idCount()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = r.id(i);
    }
    return new Ref(r.node, r.creation, ids);
  }
}
