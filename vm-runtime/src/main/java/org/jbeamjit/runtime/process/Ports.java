package org.jbeamjit.runtime.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jbeamjit.runtime.bif.IolistBifs;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The node's ports. Only file-descriptor ports exist ({@code open_port({fd, 0, 1}, Opts)}, what
 * OTP's {@code user} io server opens): output is written to the VM's standard output or error
 * ({@code System.out}/{@code err} when commanded, so a host that redirects them sees it), and
 * standard input is read by a daemon thread that sends the connected process
 * {@code {Port, {data, Data}}} and, with the {@code eof} option, {@code {Port, eof}}. A port that
 * reads starts reading when it is opened, so io servers open their input port on the first read. The BIFs
 * answer as {@code erts_internal}'s port functions do (an atom where OTP's wrapper in
 * {@code erlang.erl} raises), so that wrapper raises OTP's errors.
 */
public final class Ports {
  private static final Atom FD = Atom.of("fd");
  private static final Atom BINARY = Atom.of("binary");
  private static final Atom EOF = Atom.of("eof");
  private static final Atom IN = Atom.of("in");
  private static final Atom OUT = Atom.of("out");
  private static final Atom BADOPT = Atom.of("badopt");
  private static final Atom DATA = Atom.of("data");
  private static final Atom COMMAND = Atom.of("command");
  private static final Atom CLOSE = Atom.of("close");
  private static final Atom CLOSED = Atom.of("closed");
  private static final Atom CONNECT = Atom.of("connect");
  private static final Atom CONNECTED = Atom.of("connected");
  private static final java.util.Set<String> ACCEPTED_FLAGS = java.util.Set.of("stream", "use_stdio",
      "nouse_stdio", "hide", "exit_status", "stderr_to_stdout", "overlapped_io");
  private static final int READ_CHUNK = 64 * 1024;

  private static final ConcurrentHashMap<Port, FdPort> OPEN = new ConcurrentHashMap<>();
  private static final AtomicLong NEXT_ID = new AtomicLong();

  private Ports() {}

  /** One open file-descriptor port. */
  private static final class FdPort {
    final Port id;
    final int inFd;
    final int outFd;
    final boolean binary;
    final boolean eofMessage;
    volatile ErlProcess connected;
    volatile boolean closed;

    FdPort(Port id, int inFd, int outFd, boolean binary, boolean eofMessage, ErlProcess connected) {
      this.id = id;
      this.inFd = inFd;
      this.outFd = outFd;
      this.binary = binary;
      this.eofMessage = eofMessage;
      this.connected = connected;
    }

    void write(byte[] bytes) {
      PrintStream out = outFd == 2 ? System.err : System.out;
      out.write(bytes, 0, bytes.length);
      out.flush();
      Statistics.addBytesOut(bytes.length);
    }

    void startReading() {
      Thread t = new Thread(this::readLoop, "jbeamjit-fd" + inFd + "-reader");
      t.setDaemon(true);
      t.start();
    }

    private void readLoop() {
      InputStream in = System.in;
      byte[] buf = new byte[READ_CHUNK];
      try {
        int n;
        while (!closed && (n = in.read(buf)) > 0) {
          Statistics.addBytesIn(n);
          byte[] chunk = java.util.Arrays.copyOf(buf, n);
          Object data = binary ? BitString.wrap(chunk) : bytesToList(chunk);
          connected.send(Tuple.of(id, Tuple.of(DATA, data)));
        }
      } catch (IOException e) {
        // The descriptor failed: the same as its end for the reader.
      }
      if (!closed && eofMessage) {
        connected.send(Tuple.of(id, EOF));
      }
    }
  }

  /**
   * {@code erts_internal:open_port/2}: a port, or the atom {@code badarg}/{@code badopt} that
   * {@code erlang:open_port/2} turns into the error.
   */
  public static Object open(ErlProcess self, Object name, Object settings) {
    if (!(name instanceof Tuple t) || t.arity() != 3 || t.get(0) != FD
        || !(t.get(1) instanceof Long in) || !(t.get(2) instanceof Long out)) {
      return Atoms.BADARG;
    }
    boolean binary = false;
    boolean eof = false;
    boolean reads = true;
    boolean writes = true;
    Object l = settings;
    while (l instanceof Cons c) {
      if (c.head == BINARY) {
        binary = true;
      } else if (c.head == EOF) {
        eof = true;
      } else if (c.head == IN) {
        writes = false;
      } else if (c.head == OUT) {
        reads = false;
      } else if (!(c.head instanceof Atom a && ACCEPTED_FLAGS.contains(a.name()))
          && !(c.head instanceof Tuple)) {
        return BADOPT;
      }
      l = c.tail;
    }
    if (l != Nil.NIL || (reads && in != 0) || (writes && out != 1 && out != 2)) {
      return Atoms.BADARG; // only the VM's standard streams
    }
    Port id = new Port(LocalNode.NAME, NEXT_ID.incrementAndGet(), LocalNode.CREATION);
    FdPort port = new FdPort(id, in.intValue(), writes ? out.intValue() : -1, binary, eof, self);
    OPEN.put(id, port);
    if (reads) {
      port.startReading();
    }
    return id;
  }

  /** {@code erts_internal:port_command/3}: {@code true}, or {@code badarg}. */
  public static Object command(ErlProcess self, Object port, Object data, Object flags) {
    FdPort p = port instanceof Port id ? OPEN.get(id) : null;
    if (p == null || p.outFd < 0) {
      return Atoms.BADARG;
    }
    byte[] bytes;
    try {
      bytes = ((BitString) IolistBifs.iolistToBinary(data)).toByteArray();
    } catch (ErlangException notIodata) {
      return Atoms.BADARG;
    }
    p.write(bytes);
    return Atoms.TRUE;
  }

  /** {@code erts_internal:port_close/1}: {@code true}, or {@code badarg} for a port not open. */
  public static Object close(ErlProcess self, Object port) {
    FdPort p = port instanceof Port id ? OPEN.remove(id) : null;
    if (p == null) {
      return Atoms.BADARG;
    }
    p.closed = true;
    return Atoms.TRUE;
  }

  /** {@code erts_internal:port_connect/2}. */
  public static Object connect(ErlProcess self, Object port, Object pid) {
    FdPort p = port instanceof Port id ? OPEN.get(id) : null;
    ErlProcess to = pid instanceof org.jbeamjit.runtime.term.Pid x ? Signals.process(x) : null;
    if (p == null || to == null) {
      return Atoms.BADARG;
    }
    p.connected = to;
    return Atoms.TRUE;
  }

  /** Whether a port is open ({@code erlang:port_info/1} and friends). */
  public static boolean isOpen(Object port) {
    return port instanceof Port id && OPEN.containsKey(id);
  }

  /** {@code Port ! {Pid, Command}}: the port commands of the message form. */
  static void send(ErlProcess self, Port port, Object message) {
    FdPort p = OPEN.get(port);
    if (p == null || !(message instanceof Tuple t) || t.arity() != 2) {
      return;
    }
    Object cmd = t.get(1);
    if (cmd instanceof Tuple c && c.arity() == 2 && c.get(0) == COMMAND) {
      command(self, port, c.get(1), Nil.NIL);
    } else if (cmd == CLOSE) {
      close(self, port);
      self.send(Tuple.of(port, CLOSED));
    } else if (cmd instanceof Tuple c && c.arity() == 2 && c.get(0) == CONNECT
        && connect(self, port, c.get(1)) == Atoms.TRUE) {
      self.send(Tuple.of(port, CONNECTED));
    }
  }

  /** Sending to a name no process has: no port is registered by name, so it is {@code badarg}. */
  static boolean sendToName(ErlProcess self, Atom name, Object message) {
    return false;
  }

  /** {@code exit(Port, Reason)}: any reason but {@code normal} closes it. */
  static void exit(ErlProcess self, Port port, Object reason) {
    if (reason != ErlProcess.NORMAL) {
      close(self, port);
    }
  }

  private static Object bytesToList(byte[] bytes) {
    Object l = Nil.NIL;
    for (int i = bytes.length - 1; i >= 0; i--) {
      l = new Cons((long) (bytes[i] & 0xff), l);
    }
    return l;
  }
}
