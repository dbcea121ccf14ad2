package org.jbeamjit.runtime.process;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A process's message queue with OTP's selective receive. Senders on any thread push onto a
 * lock-free stack of arrivals and never block; only the owning process reads: it takes the whole
 * stack at once, reverses it into arrival order and links the same nodes into its private list,
 * where the save pointer and receive markers live (one node per message, and an empty mailbox
 * costs no queue object). Signals other than messages (links, exits, monitors) travel among the
 * arrivals, so that they keep their order with a sender's messages; the owner acts on each as it
 * takes it.
 *
 * <p>The receive instructions map onto it one to one: {@code loop_rec} is {@link #peek},
 * {@code loop_rec_end} is {@link #next}, {@code remove_message} is {@link #remove},
 * {@code timeout} is {@link #resetSavePointer}, and {@code recv_marker_*} are the marker methods,
 * which let a receive for a fresh reference skip every message that was there before the
 * reference was made.
 */
public final class Mailbox {
  private static final Object MARKER = new Object();
  private static final VarHandle ARRIVALS;

  static {
    try {
      ARRIVALS = MethodHandles.lookup().findVarHandle(Mailbox.class, "arrivals", Node.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A message (or signal) in the arrival stack, and then in the private list. */
  private static final class Node {
    final Object message;
    Node prev;
    /** In the arrival stack: the node pushed before; in the private list: the next one. */
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

  /** The process that reads this mailbox and acts on its signals; {@code null} in tests of the mailbox alone. */
  private final ErlProcess owner;
  /** The most recent arrival, linked to older ones; {@code null} when none waits. */
  private volatile Node arrivals;
  private final Node head = new Node(null);
  private Node tail = head;
  /** The node after which the next {@link #peek} looks. */
  private Node savePrev = head;
  private int size;
  private Map<Object, Marker> boundMarkers;

  /** A mailbox read by hand, with no process behind it. */
  public Mailbox() {
    this(null);
  }

  Mailbox(ErlProcess owner) {
    this.owner = owner;
  }

  /**
   * Adds a message; any thread. A process's messages are sent with {@link ErlProcess#send},
   * which also wakes it.
   */
  public void send(Object message) {
    Node n = new Node(message);
    Node top;
    do {
      top = arrivals;
      n.next = top;
    } while (!ARRIVALS.compareAndSet(this, top, n));
  }

  /** Whether messages arrived that the owner has not yet looked at. */
  public boolean hasArrivals() {
    return arrivals != null;
  }

  /** Takes every arrival, oldest first (the stack reversed), or {@code null}; any thread. */
  private Node takeAll() {
    Node n = (Node) ARRIVALS.getAndSet(this, (Node) null);
    Node oldest = null;
    while (n != null) {
      Node older = n.next;
      n.next = oldest;
      oldest = n;
      n = older;
    }
    return oldest;
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

  /**
   * Removes the current message (it matched) and moves the save pointer back to the start. The
   * receive is over, and with it any timer of its {@code after}.
   */
  public void remove() {
    Node n = savePrev.next;
    unlink(n);
    size--;
    savePrev = head;
    if (owner != null) {
      owner.receiveEnded();
    }
  }

  /** Moves the save pointer back to the first message (after a timeout, which ends the receive). */
  public void resetSavePointer() {
    savePrev = head;
    if (owner != null) {
      owner.receiveEnded();
    }
  }

  /** Messages in the queue, arrived or not yet looked at. */
  public int size() {
    takeArrivals();
    return size;
  }

  /**
   * The message count as another thread can see it, without taking arrivals: the owner's count
   * (possibly stale) plus what waits in the arrival queue (signals included).
   */
  public int approximateSize() {
    int n = size;
    for (Node a = arrivals; a != null; a = a.next) {
      n++;
    }
    return n;
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

  /**
   * Moves what arrived into the private list, acting on signals on the way (which may end the
   * process: an exit signal throws {@link ProcessInterrupt}). Returns whether any message was
   * added.
   */
  boolean takeArrivals() {
    boolean added = false;
    Node n = takeAll();
    while (n != null) {
      Node later = n.next;
      if (n.message instanceof Signal s) {
        int before = size;
        try {
          owner.receiveSignal(s);
        } catch (ProcessInterrupt end) {
          putBack(later); // the exiting owner answers them
          throw end;
        }
        added |= size != before;
      } else {
        n.next = null;
        append(n);
        size++;
        added = true;
      }
      n = later;
    }
    return added;
  }

  /** Returns arrivals, oldest first, to the arrival stack (their order no longer matters). */
  private void putBack(Node oldestFirst) {
    for (Node n = oldestFirst; n != null; ) {
      Node later = n.next;
      Node top;
      do {
        top = arrivals;
        n.next = top;
      } while (!ARRIVALS.compareAndSet(this, top, n));
      n = later;
    }
  }

  /** Adds a message to the end of the private list: an exit or 'DOWN' signal turned message. */
  void appendMessage(Object message) {
    append(new Node(message));
    size++;
  }

  /** Hands every arrival, oldest first, to {@code sink} without acting on it (for an exited owner); any thread. */
  void drainArrivals(Consumer<Object> sink) {
    Node n;
    while ((n = takeAll()) != null) {
      for (; n != null; n = n.next) {
        sink.accept(n.message);
      }
    }
  }

  /** Whether any message is queued, taken or not, without acting on signals. */
  boolean hasMessages() {
    return size > 0 || arrivals != null;
  }

  /**
   * Removes the first message (from the start of the queue) that {@code test} accepts; the save
   * pointer is kept valid. Returns whether one was removed.
   */
  public boolean removeFirst(java.util.function.Predicate<Object> test) {
    takeArrivals();
    for (Node n = head.next; n != null; n = n.next) {
      if (n.message != MARKER && test.test(n.message)) {
        unlink(n);
        size--;
        return true;
      }
    }
    return false;
  }

  /** The queued messages, oldest first (process_info's {@code messages}); the owner only. */
  public List<Object> messages() {
    takeArrivals();
    List<Object> out = new ArrayList<>(size);
    for (Node n = head.next; n != null; n = n.next) {
      if (n.message != MARKER) {
        out.add(n.message);
      }
    }
    return out;
  }

  /**
   * The queued messages as another thread can see them, oldest first: a walk of the owner's list
   * while it may change (a node it unlinks ends the walk early) and the arrivals behind it.
   */
  public List<Object> messagesSnapshot() {
    List<Object> out = new ArrayList<>();
    for (Node n = head.next; n != null; n = n.next) {
      Object m = n.message;
      if (m != MARKER && m != null) {
        out.add(m);
      }
    }
    List<Object> newest = new ArrayList<>();
    for (Node a = arrivals; a != null; a = a.next) {
      if (!(a.message instanceof Signal)) {
        newest.add(a.message);
      }
    }
    for (int i = newest.size() - 1; i >= 0; i--) {
      out.add(newest.get(i));
    }
    return out;
  }

  /** Drops every queued message and marker (the owner exited). */
  void clear() {
    head.next = null;
    tail = head;
    savePrev = head;
    size = 0;
    boundMarkers = null;
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
