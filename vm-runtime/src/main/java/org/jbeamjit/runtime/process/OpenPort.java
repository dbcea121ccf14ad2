package org.jbeamjit.runtime.process;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * An open port: what every kind has (its connected process, links, monitors, byte counts, data,
 * registered name) and how it ends. Its program's output reaches the connected process as
 * messages from the port's reader thread; it ends once, with a reason that its links get as an
 * exit signal ({@code {'EXIT', Port, Reason}} when they trap exits) and its monitors in a
 * {@code 'DOWN'} message.
 */
abstract class OpenPort {
  static final Atom DATA = Atom.of("data");
  static final Atom EOF = Atom.of("eof");
  static final Atom EXIT_STATUS = Atom.of("exit_status");

  final Port id;
  /** What {@code port_info(P, name)} shows: the command, the executable, or {@code "In/Out"}. */
  final String name;
  final PortSettings settings;
  private final PortFraming framing;
  /** The connected process: its pid, and the process while it lives ({@code null} after: messages go nowhere). */
  volatile Pid connectedPid;
  volatile ErlProcess connected;
  final Set<ErlProcess> links = ConcurrentHashMap.newKeySet();
  final Map<Ref, ErlProcess> monitoredBy = new ConcurrentHashMap<>();
  final AtomicLong input = new AtomicLong();
  final AtomicLong output = new AtomicLong();
  /** {@code erlang:port_set_data/2}'s term. */
  volatile Object data = Atoms.UNDEFINED;
  volatile Atom registeredName;
  private boolean closed;

  OpenPort(Port id, String name, PortSettings settings, ErlProcess owner) {
    this.id = id;
    this.name = name;
    this.settings = settings;
    this.framing = new PortFraming(settings);
    connectTo(owner.pid(), owner);
    links.add(owner);
  }

  /** Writes a command's bytes to the program. */
  abstract void write(byte[] bytes) throws IOException;

  /** Starts reading the program's output (the port is in the table by now). */
  abstract void start();

  /** Frees what the port holds in the OS; once, when it closes. */
  abstract void release();

  /** The OS process id of its program, or {@code undefined}. */
  Object osPid() {
    return Atoms.UNDEFINED;
  }

  /** The bytes to write for a command, framed; {@code null} if they cannot be. */
  byte[] frame(byte[] bytes) {
    return framing.encode(bytes);
  }

  synchronized boolean isClosed() {
    return closed;
  }

  /** Reader thread: a chunk of the program's output, sent on as data messages. */
  void received(byte[] chunk, int length) {
    input.addAndGet(length);
    for (Object d : framing.decode(chunk, length)) {
      sendOwner(Tuple.of(id, Tuple.of(DATA, d)));
    }
  }

  /** Reader thread: the end of the program's output; a part line left is sent as the last data. */
  void receivedAll() {
    for (Object d : framing.end()) {
      sendOwner(Tuple.of(id, Tuple.of(DATA, d)));
    }
  }

  final void connectTo(Pid pid, ErlProcess process) {
    connectedPid = pid;
    connected = process;
  }

  /** A message to the connected process, unless the port has closed meanwhile. */
  synchronized void sendOwner(Object message) {
    ErlProcess to = connected;
    if (!closed && to != null) {
      to.send(message);
    }
  }

  /** Closes the port with {@code reason}; {@code false} if it was closed already. */
  boolean terminate(Object reason) {
    synchronized (this) {
      if (closed) {
        return false;
      }
      closed = true;
    }
    Ports.forget(this);
    release();
    for (ErlProcess p : links) {
      p.signal(new Signal.Exit(null, id, reason, false));
    }
    links.clear();
    for (Map.Entry<Ref, ErlProcess> m : monitoredBy.entrySet()) {
      m.getValue().signal(new Signal.Down(null, m.getKey(), reason));
    }
    monitoredBy.clear();
    return true;
  }
}
