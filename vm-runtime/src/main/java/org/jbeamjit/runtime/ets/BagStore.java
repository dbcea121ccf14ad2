package org.jbeamjit.runtime.ets;

import java.util.Arrays;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The store of a {@code bag} or a {@code duplicate_bag}: under each key, an array of its objects
 * in insertion order, replaced (never changed) on every update. A {@code bag} holds an object at
 * most once (objects compared exactly); a {@code duplicate_bag} holds every copy inserted.
 */
final class BagStore extends TableStore {
  private final boolean duplicates;

  BagStore(KeyOrder order, int keyIndex, boolean duplicates) {
    super(order, keyIndex);
    this.duplicates = duplicates;
  }

  @Override
  Tuple[] objects(Object stored) {
    return (Tuple[]) stored;
  }

  @Override
  void insert(Tuple object) {
    int[] added = new int[1];
    map.compute(order.mapKey(keyOf(object)), (k, stored) -> {
      Tuple[] old = (Tuple[]) stored;
      if (old == null) {
        added[0] = 1;
        return new Tuple[] {object};
      }
      if (!duplicates && indexOf(old, object) >= 0) {
        added[0] = 0;
        return old;
      }
      Tuple[] now = Arrays.copyOf(old, old.length + 1);
      now[old.length] = object;
      added[0] = 1;
      return now;
    });
    addSize(added[0]);
  }

  @Override
  boolean insertNew(Tuple object) {
    if (map.putIfAbsent(order.mapKey(keyOf(object)), new Tuple[] {object}) == null) {
      addSize(1);
      return true;
    }
    return false;
  }

  @Override
  void deleteObject(Tuple object) {
    int[] removed = new int[1];
    map.compute(order.mapKey(keyOf(object)), (k, stored) -> {
      if (stored == null) {
        removed[0] = 0;
        return null;
      }
      Tuple[] old = (Tuple[]) stored;
      Tuple[] kept = new Tuple[old.length];
      int n = 0;
      for (Tuple o : old) {
        if (!Terms.exactEquals(o, object)) {
          kept[n++] = o;
        }
      }
      removed[0] = old.length - n;
      return n == 0 ? null : n == old.length ? old : Arrays.copyOf(kept, n);
    });
    addSize(-removed[0]);
  }

  @Override
  boolean deleteFound(Object mapKey, Tuple found) {
    boolean[] removed = new boolean[1];
    map.compute(mapKey, (k, stored) -> {
      removed[0] = false;
      if (stored == null) {
        return null;
      }
      Tuple[] old = (Tuple[]) stored;
      for (int i = 0; i < old.length; i++) {
        if (old[i] == found) {
          removed[0] = true;
          if (old.length == 1) {
            return null;
          }
          Tuple[] now = new Tuple[old.length - 1];
          System.arraycopy(old, 0, now, 0, i);
          System.arraycopy(old, i + 1, now, i, old.length - i - 1);
          return now;
        }
      }
      return old;
    });
    if (removed[0]) {
      addSize(-1);
    }
    return removed[0];
  }

  @Override
  boolean replaceFound(Object mapKey, Tuple found, Tuple replacement) {
    boolean[] replaced = new boolean[1];
    map.compute(mapKey, (k, stored) -> {
      replaced[0] = false;
      if (stored == null) {
        return null;
      }
      Tuple[] old = (Tuple[]) stored;
      for (int i = 0; i < old.length; i++) {
        if (old[i] == found) {
          Tuple[] now = old.clone();
          now[i] = replacement;
          replaced[0] = true;
          return now;
        }
      }
      return old;
    });
    return replaced[0];
  }

  private static int indexOf(Tuple[] objects, Tuple object) {
    for (int i = 0; i < objects.length; i++) {
      if (Terms.exactEquals(objects[i], object)) {
        return i;
      }
    }
    return -1;
  }
}
