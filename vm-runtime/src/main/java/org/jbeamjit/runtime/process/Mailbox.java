package org.jbeamjit.runtime.process;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A process's message queue with OTP's selective receive. Senders on any thread add to a
 * lock-free queue and never block; only the owning process reads, moving arrivals into its
 * private list where the save pointer and receive markers live.
 *
 * <p>The receive instructions map onto it one to one: {@code loop_rec} is {@link #peek},
 * {@code loop_rec_end} is {@link #next}, {@code remove_message} is {@link #remove},
 * {@code timeout} is {@link #resetSavePointer}, and {@code recv_marker_*} are the marker methods,
 * which let a receive for a fresh reference skip every message that was there before the
 * reference was made.
 */
public final class Mailbox {
  private static final Object MARKER = new Object();

  private static final class Node {
    final Object message;
    Node prev;
    Node next;

    Node(Object message) {
      this.message = message;
    }
  }

  /** A reserved receive marker: a position in the queue, later bound to a reference. */
  public static final class Marker {
    private final Node node;

    private Marker(Node node) {
      this.node = node;
    }
  }

  private final ConcurrentLinkedQueue<Object> arrivals = new ConcurrentLinkedQueue<>();
  private final Node head = new Node(null);
  private Node tail = head;
  /** The node after which the next {@link #peek} looks. */
  private Node savePrev = head;
  private int size;
  private Map<Object, Marker> boundMarkers;

  /** Adds a message; any thread. */
  public void send(Object message) {
    arrivals.add(message);
  }

  /** Whether messages arrived that the owner has not yet looked at. */
  public boolean hasArrivals() {
    return !arrivals.isEmpty();
  }

  /** The message under the save pointer, or {@code null} when none is left to look at. */
  public Object peek() {
    while (true) {
      Node n = savePrev.next;
      if (n == null) {
        if (!takeArrivals()) {
          return null;
        }
        continue;
      }
      if (n.message != MARKER) {
        return n.message;
      }
      savePrev = n;
    }
  }

  /** Moves the save pointer past the current message (it did not match). */
  public void next() {
    savePrev = savePrev.next;
  }

  /** Removes the current message (it matched) and moves the save pointer back to the start. */
  public void remove() {
    Node n = savePrev.next;
    unlink(n);
    size--;
    savePrev = head;
  }

  /** Moves the save pointer back to the first message (after a timeout). */
  public void resetSavePointer() {
    savePrev = head;
  }

  /** Messages in the queue, arrived or not yet looked at. */
  public int size() {
    takeArrivals();
    return size;
  }

  /** {@code recv_marker_reserve}: a marker at the current end of the queue. */
  public Marker reserveMarker() {
    takeArrivals();
    Node n = new Node(MARKER);
    append(n);
    return new Marker(n);
  }

  /** {@code recv_marker_bind}: ties the marker to the reference a receive will look for. */
  public void bindMarker(Marker marker, Object ref) {
    if (boundMarkers == null) {
      boundMarkers = new IdentityHashMap<>(4);
    }
    Marker old = boundMarkers.put(ref, marker);
    if (old != null && old != marker) {
      unlink(old.node);
    }
  }

  /** {@code recv_marker_use}: starts the next receive after the marker bound to {@code ref}, if any. */
  public void useMarker(Object ref) {
    Marker m = boundMarkers == null ? null : boundMarkers.get(ref);
    if (m != null && m.node.prev != null) {
      savePrev = m.node;
    }
  }

  /** {@code recv_marker_clear}: drops the marker bound to {@code ref}. */
  public void clearMarker(Object ref) {
    Marker m = boundMarkers == null ? null : boundMarkers.remove(ref);
    if (m != null) {
      if (savePrev == m.node) {
        savePrev = m.node.prev;
      }
      unlink(m.node);
    }
  }

  private boolean takeArrivals() {
    Object m = arrivals.poll();
    if (m == null) {
      return false;
    }
    do {
      append(new Node(m));
      size++;
      m = arrivals.poll();
    } while (m != null);
    return true;
  }

  private void append(Node n) {
    n.prev = tail;
    tail.next = n;
    tail = n;
  }

  private void unlink(Node n) {
    if (n.prev == null) {
      return; // already unlinked
    }
    n.prev.next = n.next;
    if (n.next != null) {
      n.next.prev = n.prev;
    } else {
      tail = n.prev;
    }
    if (savePrev == n) {
      savePrev = n.prev;
    }
    n.prev = null;
    n.next = null;
  }
}
