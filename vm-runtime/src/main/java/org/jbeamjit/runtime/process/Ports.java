package org.jbeamjit.runtime.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jbeamjit.runtime.bif.IolistBifs;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.nif.WorkingDirectory;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The node's ports: the table of {@link OpenPort}s (file descriptors of the VM's standard streams,
 * {@link FdPort}; external programs, {@link SpawnPort}), their registered names, and the port
 * operations with OTP's rules: {@code open_port/2}, commands (also as {@code Port ! {Owner,
 * {command, Data}}}), closing, connecting, links, monitors, exit signals, {@code port_info}. The
 * functions named after {@code erts_internal}'s answer as those do (an atom where the wrapper in
 * {@code erlang.erl} raises), so that wrapper raises OTP's errors.
 *
 * <p>A port is linked to the process that opened it (and to one it is connected to). It closes
 * when its connected process exits, when a linked process exits with a reason other than
 * {@code normal}, and on an exit signal other than {@code normal} (or {@code normal} from its
 * connected process): {@code kill} closes it with reason {@code killed}.
 */
public final class Ports {
  private static final Atom FD = Atom.of("fd");
  private static final Atom SPAWN = Atom.of("spawn");
  private static final Atom SPAWN_EXECUTABLE = Atom.of("spawn_executable");
  private static final Atom COMMAND = Atom.of("command");
  private static final Atom CLOSE = Atom.of("close");
  private static final Atom CLOSED = Atom.of("closed");
  private static final Atom CONNECT = Atom.of("connect");
  private static final Atom CONNECTED = Atom.of("connected");
  private static final Atom FORCE = Atom.of("force");
  private static final Atom NOSUSPEND = Atom.of("nosuspend");
  private static final Atom NOTSUP = Atom.of("notsup");
  private static final Atom BADSIG = Atom.of("badsig");
  private static final Atom KILL = Atom.of("kill");
  private static final Atom KILLED = Atom.of("killed");
  private static final Atom ENOENT = Atom.of("enoent");
  private static final Atom EACCES = Atom.of("eacces");
  private static final Atom EINVAL = Atom.of("einval");
  private static final Atom EBADF = Atom.of("ebadf");
  private static final Atom PORT = Atom.of("port");
  private static final List<Atom> INFO_ITEMS = List.of(Atom.of("name"), Atom.of("links"), Atom.of("id"),
      CONNECTED, Atom.of("input"), Atom.of("output"), Atom.of("os_pid"));

  private static final ConcurrentHashMap<Port, OpenPort> OPEN = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Atom, OpenPort> NAMES = new ConcurrentHashMap<>();
  private static final AtomicLong NEXT_ID = new AtomicLong();

  static {
    ErlProcess.addExitHook(Ports::processExited);
  }

  private Ports() {}

  // ---------------------------------------------------------------------------------------------
  // Opening

  /**
   * {@code erts_internal:open_port/2}: a port, or the atom {@code erlang:open_port/2} raises:
   * {@code badarg}, {@code badopt}, or a POSIX error of a program that cannot be started.
   */
  public static Object open(ErlProcess self, Object name, Object settings) {
    if (!(name instanceof Tuple t) || t.arity() < 2) {
      if ((name instanceof Cons || name instanceof Atom) && PortSettings.string(name) != null) {
        return driverPort(self);
      }
      return Atoms.BADARG;
    }
    try {
      Port id = new Port(LocalNode.NAME, NEXT_ID.incrementAndGet(), LocalNode.CREATION);
      OpenPort port;
      if (t.get(0) == FD && t.arity() == 3 && t.get(1) instanceof Long in && t.get(2) instanceof Long out) {
        PortSettings s = PortSettings.parse(settings, false);
        if ((s.in && in != 0) || (s.out && out != 1 && out != 2)) {
          return Atoms.BADARG; // only the VM's standard streams
        }
        port = new FdPort(id, in.intValue(), out.intValue(), s, self);
      } else if (t.get(0) == SPAWN && t.arity() == 2) {
        String command = PortSettings.string(t.get(1));
        if (command == null || command.isEmpty()) {
          return Atoms.BADARG;
        }
        PortSettings s = PortSettings.parse(settings, false);
        if (TtyPort.names(command)) {
          port = TtyPort.open(id, command, s, self); // a driver linked in comes before a program
        } else {
          // As OTP's child setup: the shell runs the command in its own place.
          port = SpawnPort.start(id, command, List.of("/bin/sh", "-c", "exec " + command), s, self);
        }
      } else if (t.get(0) == SPAWN_EXECUTABLE && t.arity() == 2) {
        String file = t.get(1) instanceof BitString b && b.isBinary()
            ? new String(b.toByteArray(), java.nio.charset.StandardCharsets.UTF_8) : PortSettings.string(t.get(1));
        if (file == null || file.isEmpty()) {
          return Atoms.BADARG;
        }
        PortSettings s = PortSettings.parse(settings, true);
        Path exe = WorkingDirectory.resolve(Path.of(file));
        if (!Files.exists(exe)) {
          return ENOENT;
        }
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        if (s.args != null) {
          command.addAll(s.args);
        }
        port = SpawnPort.start(id, file, command, s, self);
      } else {
        return Atoms.BADARG;
      }
      OPEN.put(id, port);
      port.start();
      return id;
    } catch (PortSettings.Refused r) {
      return r.reason;
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage());
      return m.contains("error=2,") ? ENOENT : m.contains("error=13,") ? EACCES : Atom.of("eio");
    }
  }

  /**
   * A bare name is the name of a driver to OTP; there are no drivers here, and the port opened
   * closes at once with reason {@code normal}, as erl's does for a name no driver has.
   */
  private static Object driverPort(ErlProcess self) {
    Port id = new Port(LocalNode.NAME, NEXT_ID.incrementAndGet(), LocalNode.CREATION);
    PortSettings none;
    try {
      none = PortSettings.parse(Nil.NIL, false);
    } catch (PortSettings.Refused impossible) {
      throw new IllegalStateException(impossible);
    }
    OpenPort port = new FdPort(id, 0, 1, none, self);
    OPEN.put(id, port);
    port.terminate(ErlProcess.NORMAL);
    return id;
  }

  // ---------------------------------------------------------------------------------------------
  // Commands, closing, connecting

  /** {@code erts_internal:port_command/3}: {@code true}; {@code badarg}, {@code badopt} or {@code notsup}. */
  public static Object command(ErlProcess self, Object port, Object data, Object flags) {
    boolean force = false;
    Object l = flags;
    for (; l instanceof Cons c; l = c.tail) {
      if (c.head == FORCE) {
        force = true;
      } else if (c.head != NOSUSPEND) {
        return PortSettings.BADOPT;
      }
    }
    if (l != Nil.NIL) {
      return PortSettings.BADOPT;
    }
    OpenPort p = resolve(port);
    if (p == null) {
      return Atoms.BADARG;
    }
    byte[] bytes;
    try {
      bytes = ((BitString) IolistBifs.iolistToBinary(data)).toByteArray();
    } catch (ErlangException notIodata) {
      return Atoms.BADARG;
    }
    if (force && p instanceof SpawnPort) {
      return NOTSUP; // the spawn driver cannot take a command without queueing
    }
    output(p, bytes);
    return Atoms.TRUE;
  }

  /**
   * A command's bytes to the program. A port that takes no output, or a packet too long for its
   * header, fails as OTP's does: the command is taken, then the port closes ({@code ebadf},
   * {@code einval}).
   */
  private static void output(OpenPort p, byte[] bytes) {
    if (!p.settings.out) {
      p.terminate(EBADF);
      return;
    }
    byte[] framed = p.frame(bytes);
    if (framed == null) {
      p.terminate(EINVAL);
    } else {
      write(p, framed, bytes.length);
    }
  }

  private static void write(OpenPort p, byte[] framed, int size) {
    p.output.addAndGet(size);
    try {
      p.write(framed);
    } catch (IOException e) {
      if (p instanceof SpawnPort s) {
        s.writeFailed();
      }
    }
  }

  /** {@code erts_internal:port_close/1}: {@code true}, or {@code badarg} for a port not open. */
  public static Object close(ErlProcess self, Object port) {
    OpenPort p = resolve(port);
    if (p == null || !p.terminate(ErlProcess.NORMAL)) {
      return Atoms.BADARG;
    }
    return Atoms.TRUE;
  }

  /** {@code erts_internal:port_connect/2}: the new owner is linked to the port too, as in OTP. */
  public static Object connect(ErlProcess self, Object port, Object pid) {
    OpenPort p = resolve(port);
    ErlProcess to = pid instanceof Pid x ? (x.equals(self.pid()) ? self : Signals.process(x)) : null;
    if (p == null || to == null || !to.isAlive()) {
      return Atoms.BADARG;
    }
    p.connectTo(to.pid(), to);
    p.links.add(to);
    return Atoms.TRUE;
  }

  /**
   * {@code erts_internal:port_control/3}: the driver's answer as a list of bytes, or
   * {@code badarg} (no such port, bad arguments, or a driver without control operations).
   */
  public static Object control(Object port, Object operation, Object data) {
    OpenPort p = resolve(port);
    if (p == null || !(operation instanceof Long op) || op < 0 || op > 0xffffffffL) {
      return Atoms.BADARG;
    }
    byte[] bytes;
    try {
      bytes = ((BitString) IolistBifs.iolistToBinary(data)).toByteArray();
    } catch (ErlangException notIodata) {
      return Atoms.BADARG;
    }
    byte[] answer = p instanceof TtyPort tty ? tty.control(op, bytes) : null;
    if (answer == null) {
      return Atoms.BADARG;
    }
    List<Object> list = new ArrayList<>(answer.length);
    for (byte b : answer) {
      list.add((long) (b & 0xff));
    }
    return Cons.fromList(list);
  }

  /** Whether a port is open. */
  public static boolean isOpen(Object port) {
    return port instanceof Port id && OPEN.containsKey(id);
  }

  /**
   * {@code Port ! {Owner, Command}}: {@code {command, Data}}, {@code close} (answered with
   * {@code {Port, closed}}) and {@code {connect, Pid}} (answered with {@code {Port, connected}};
   * unlike {@code port_connect/2} it neither links nor checks that the process lives) from the
   * connected process. Anything else, or from another process, is a bad signal: the connected
   * process gets an exit signal {@code badsig} and the port stays open, as in OTP.
   */
  static void send(ErlProcess self, Port port, Object message) {
    OpenPort p = OPEN.get(port);
    if (p != null) {
      sendTo(self, p, message);
    }
  }

  private static void sendTo(ErlProcess self, OpenPort p, Object message) {
    Object cmd = message instanceof Tuple t && t.arity() == 2 && t.get(0) instanceof Pid from
        && from.equals(p.connectedPid) ? t.get(1) : null;
    if (cmd instanceof Tuple c && c.arity() == 2 && c.get(0) == COMMAND) {
      try {
        output(p, ((BitString) IolistBifs.iolistToBinary(c.get(1))).toByteArray());
        return;
      } catch (ErlangException notIodata) {
        // a bad signal
      }
    } else if (cmd == CLOSE) {
      ErlProcess owner = p.connected;
      if (p.terminate(ErlProcess.NORMAL) && owner != null) {
        owner.send(Tuple.of(p.id, CLOSED));
      }
      return;
    } else if (cmd instanceof Tuple c && c.arity() == 2 && c.get(0) == CONNECT && c.get(1) instanceof Pid to
        && LocalNode.isLocal(to)) {
      ErlProcess old = p.connected;
      p.connectTo(to, to.equals(self.pid()) ? self : Signals.process(to));
      if (old != null) {
        old.send(Tuple.of(p.id, CONNECTED));
      }
      return;
    }
    ErlProcess owner = p.connected;
    if (owner != null) {
      owner.signal(new Signal.Exit(null, p.id, BADSIG, false));
    }
  }

  /** Sending to a registered name that no process has: a port's, or {@code false}. */
  static boolean sendToName(ErlProcess self, Atom name, Object message) {
    OpenPort p = NAMES.get(name);
    if (p == null) {
      return false;
    }
    sendTo(self, p, message);
    return true;
  }

  /**
   * {@code exit(Port, Reason)}: closes the port with that reason ({@code kill}: {@code killed}),
   * but for {@code normal} from another than its connected process, which it ignores.
   */
  static void exit(ErlProcess self, Port port, Object reason) {
    OpenPort p = OPEN.get(port);
    if (p == null || (reason == ErlProcess.NORMAL && !self.pid().equals(p.connectedPid))) {
      return;
    }
    p.terminate(reason == KILL ? KILLED : reason);
  }

  // ---------------------------------------------------------------------------------------------
  // Links and monitors

  /** {@code link(Port)}: {@code false} if the port is not open. */
  static boolean link(ErlProcess self, Port port) {
    OpenPort p = OPEN.get(port);
    if (p == null) {
      return false;
    }
    p.links.add(self);
    if (p.isClosed()) {
      p.links.remove(self);
      return false;
    }
    return true;
  }

  static void unlink(ErlProcess self, Port port) {
    OpenPort p = OPEN.get(port);
    if (p != null) {
      p.links.remove(self);
    }
  }

  /**
   * {@code monitor(port, PortOrName)}: a {@code 'DOWN'} message with the port's exit reason when it
   * closes, or at once with {@code noproc} if it is not open.
   */
  static void monitor(ErlProcess self, Ref ref, Object item, Object shown, Object tag, Monitor.AliasMode aliasMode) {
    OpenPort p = resolve(item);
    Monitor m = new Monitor(ref, null, PORT, p == null ? shown : p.id, tag, aliasMode);
    if (p == null) {
      self.monitorDead(m);
      return;
    }
    self.monitor(m);
    p.monitoredBy.put(ref, self);
    if (p.isClosed() && p.monitoredBy.remove(ref) != null) {
      self.signal(new Signal.Down(null, ref, Signal.NOPROC));
    }
  }

  /**
   * A process's exit is an exit signal to the ports linked to it: each closes with its reason,
   * unless it is {@code normal} from another than its connected process.
   */
  private static void processExited(ErlProcess dead) {
    if (OPEN.isEmpty()) {
      return;
    }
    Object reason = dead.exitReason();
    for (OpenPort p : OPEN.values()) {
      p.monitoredBy.values().removeIf(q -> q == dead);
      if (p.connected == dead) {
        p.connected = null;
      }
      if (p.links.remove(dead) && (reason != ErlProcess.NORMAL || dead.pid().equals(p.connectedPid))) {
        p.terminate(reason == KILL ? KILLED : reason);
      }
    }
  }

  /** Called by a closing port: it leaves the table and its name. */
  static void forget(OpenPort p) {
    OPEN.remove(p.id);
    Atom name = p.registeredName;
    if (name != null) {
      NAMES.remove(name, p);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Names

  /** {@code register(Name, Port)}: {@code false} if the port is not open or has a name, or the name is taken. */
  public static boolean register(Atom name, Object port) {
    OpenPort p = resolve(port);
    if (p == null || p.registeredName != null || RegisteredNames.whereis(name) != null) {
      return false;
    }
    synchronized (p) {
      if (p.registeredName != null || NAMES.putIfAbsent(name, p) != null) {
        return false;
      }
      p.registeredName = name;
    }
    return true;
  }

  /** {@code unregister(Name)} of a port's name: {@code false} if no port has it. */
  public static boolean unregister(Atom name) {
    OpenPort p = NAMES.remove(name);
    if (p == null) {
      return false;
    }
    p.registeredName = null;
    return true;
  }

  /** The port registered as {@code name}, or {@code null}. */
  public static Port whereis(Atom name) {
    OpenPort p = NAMES.get(name);
    return p == null ? null : p.id;
  }

  /** The names ports have. */
  public static List<Atom> registered() {
    return new ArrayList<>(NAMES.keySet());
  }

  // ---------------------------------------------------------------------------------------------
  // Information

  /** {@code erlang:ports/0}: the open ports, oldest first. */
  public static Object all() {
    List<Object> ids = new ArrayList<>();
    OPEN.keySet().stream().sorted(Comparator.comparingLong(p -> p.id)).forEach(ids::add);
    return Cons.fromList(ids);
  }

  /** {@code erts_internal:port_info/1}: the items OTP lists, {@code undefined} if closed, {@code badarg} if no port. */
  public static Object info(Object port) {
    if (!(port instanceof Port) && !(port instanceof Atom)) {
      return Atoms.BADARG;
    }
    OpenPort p = resolve(port);
    if (p == null) {
      return Atoms.UNDEFINED;
    }
    List<Object> items = new ArrayList<>();
    if (p.registeredName != null) {
      items.add(Tuple.of(Atom.of("registered_name"), p.registeredName));
    }
    for (Atom item : INFO_ITEMS) {
      items.add(info(p, item));
    }
    return Cons.fromList(items);
  }

  /** {@code erts_internal:port_info/2}. */
  public static Object info(Object port, Object item) {
    if (!(port instanceof Port) && !(port instanceof Atom)) {
      return Atoms.BADARG;
    }
    if (!(item instanceof Atom a)) {
      return Atoms.BADARG;
    }
    OpenPort p = resolve(port);
    Object value = p == null ? null : info(p, a);
    if (value == Atoms.BADARG) {
      return Atoms.BADARG;
    }
    return p == null ? Atoms.UNDEFINED : value;
  }

  private static Object info(OpenPort p, Atom item) {
    Object v = switch (item.name()) {
      case "name" -> Cons.string(p.name);
      case "links" -> {
        List<Object> pids = new ArrayList<>();
        for (ErlProcess q : p.links) {
          pids.add(q.pid());
        }
        yield Cons.fromList(pids);
      }
      case "id" -> p.id.id;
      case "connected" -> p.connectedPid;
      case "input" -> p.input.get();
      case "output" -> p.output.get();
      case "os_pid" -> p.osPid();
      case "registered_name" -> p.registeredName == null ? Nil.NIL : p.registeredName;
      case "monitors" -> Nil.NIL; // a port monitors no one
      case "monitored_by" -> {
        List<Object> pids = new ArrayList<>();
        for (ErlProcess q : p.monitoredBy.values()) {
          pids.add(q.pid());
        }
        yield Cons.fromList(pids);
      }
      case "parallelism" -> Atoms.FALSE;
      case "queue_size" -> 0L;
      case "memory" -> 40L; // OTP's size of a spawn port's structure, for want of a JVM measure
      case "locking" -> Atom.of("port_level");
      default -> null;
    };
    if (v == null) {
      return Atoms.BADARG;
    }
    return item.name().equals("registered_name") && v == Nil.NIL ? Nil.NIL : Tuple.of(item, v);
  }

  /** {@code erlang:port_get_data/1}; {@code null} if the port is not open. */
  public static Object getData(Object port) {
    OpenPort p = resolve(port);
    return p == null ? null : p.data;
  }

  /** {@code erlang:port_set_data/2}; {@code false} if the port is not open. */
  public static boolean setData(Object port, Object data) {
    OpenPort p = resolve(port);
    if (p == null) {
      return false;
    }
    p.data = data;
    return true;
  }

  private static OpenPort resolve(Object port) {
    if (port instanceof Port id) {
      return OPEN.get(id);
    } else if (port instanceof Atom name) {
      return NAMES.get(name);
    }
    return null;
  }
}
