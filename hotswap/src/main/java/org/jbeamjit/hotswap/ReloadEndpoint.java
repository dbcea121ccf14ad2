package org.jbeamjit.hotswap;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jbeamjit.codegen.load.CodeServer;
import org.jbeamjit.codegen.load.ModuleLoader;
import org.jbeamjit.codegen.load.ModuleTable;
import org.jbeamjit.codegen.ops.ErlStrings;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.RegisteredNames;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.TermPrinter;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The node's end of {@code jbeamjit reload}: a Unix domain socket ({@link ReloadSockets}) on
 * which a thread takes one request at a time and runs it as an Erlang process,
 * {@code jbeamjit_reload:reload/2}, which loads each new version through the {@code code} module
 * (OTP's in a booted node, bound to {@code jbeamjit_code_server} in a {@code jbeamjit run} node)
 * and answers what changed. One per JVM; its socket goes when the JVM exits.
 */
public final class ReloadEndpoint {
  private static final Atom HANDLER = Atom.of("jbeamjit_reload");
  private static final Atom RELOAD = Atom.of("reload");
  private static final Atom OTP_CODE_SERVER = Atom.of("code_server");
  private static final Atom PATH = Atom.of("path");
  private static final Atom USER = Atom.of("user");
  private static final Atom NORMAL = Atom.of("normal");
  private static final long REQUEST_TIMEOUT_SECONDS = 120;

  private static Path started;

  private ReloadEndpoint() {}

  /**
   * Starts listening (once per JVM) and returns the socket's path. Requests are served once a
   * node runs ({@link HotSwap#start}); before that they are answered with an error.
   */
  public static synchronized Path start() throws IOException {
    if (started != null) {
      return started;
    }
    Path socket = ReloadSockets.socketOf(ProcessHandle.current().pid());
    Files.deleteIfExists(socket); // a JVM with our pid before us left it
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    // The directory is 0700 already; the socket itself is the owner's alone too.
    Files.setPosixFilePermissions(socket, ReloadSockets.OWNER_ONLY_FILE);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
        Files.deleteIfExists(socket);
      } catch (IOException ignored) {
        // the JVM is going anyway
      }
    }, "jbeamjit-reload-cleanup"));
    Thread t = new Thread(() -> serve(server), "jbeamjit-reload");
    t.setDaemon(true);
    t.start();
    started = socket;
    return socket;
  }

  private static void serve(ServerSocketChannel server) {
    while (server.isOpen()) {
      try (SocketChannel client = server.accept()) {
        DataInputStream in = new DataInputStream(Channels.newInputStream(client));
        DataOutputStream out = new DataOutputStream(Channels.newOutputStream(client));
        ReloadReply reply;
        try {
          reply = handle(ReloadRequest.readFrom(in));
        } catch (IOException | RuntimeException e) {
          reply = new ReloadReply(false, List.of("jbeamjit: bad reload request: " + e.getMessage()));
        }
        reply.writeTo(out);
      } catch (IOException e) {
        if (!server.isOpen()) {
          return;
        }
        // one client went away mid-request: serve the next
      }
    }
  }

  /** Runs {@code jbeamjit_reload:reload/2} for the request and waits for its answer. */
  static ReloadReply handle(ReloadRequest request) {
    if (!running(HotSwap.CODE_SERVER) && !running(OTP_CODE_SERVER)) {
      return new ReloadReply(false, List.of("jbeamjit: the node runs no Erlang code yet"));
    }
    try {
      loadHandler();
    } catch (IOException | RuntimeException e) {
      return new ReloadReply(false, List.of("jbeamjit: cannot load " + HANDLER.name() + ": " + e.getMessage()));
    }
    List<Object> specs = new ArrayList<>();
    for (ReloadRequest.Module m : request.modules()) {
      Object code = m.beam().length == 0 ? PATH : BitString.wrap(m.beam());
      specs.add(Tuple.of(Atom.of(m.name()), ErlStrings.of(m.file()), code));
    }
    ErlProcess user = RegisteredNames.whereis(USER);
    Pid groupLeader = user != null ? user.pid() : null;
    ErlProcess p = Spawner.spawnRoot(HANDLER, RELOAD,
        new Object[] {Cons.fromList(specs), Atoms.bool(request.purge())}, groupLeader);
    Object reason;
    try {
      reason = p.exitFuture().get(REQUEST_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return new ReloadReply(false, List.of("jbeamjit: the reload did not finish in " + REQUEST_TIMEOUT_SECONDS + " s"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ReloadReply(false, List.of("jbeamjit: interrupted"));
    } catch (java.util.concurrent.ExecutionException e) {
      return new ReloadReply(false, List.of("jbeamjit: " + e.getCause()));
    }
    if (reason != NORMAL || !(p.result() instanceof Tuple r) || r.arity() != 2) {
      return new ReloadReply(false, List.of("jbeamjit: the reload failed: " + TermPrinter.write(reason)));
    }
    List<String> lines = new ArrayList<>();
    for (Object t = r.get(1); t instanceof Cons c; t = c.tail) {
      lines.add(c.head instanceof BitString b ? new String(b.toByteArray(), StandardCharsets.UTF_8)
          : TermPrinter.write(c.head));
    }
    return new ReloadReply(r.get(0) == Atoms.TRUE, lines);
  }

  /** Whether the node runs its code server: {@code jbeamjit_code_server}, or OTP's in a booted node. */
  private static boolean running(Atom name) {
    ErlProcess p = RegisteredNames.whereis(name);
    return p != null && p.isAlive();
  }

  /**
   * Loads {@code jbeamjit_reload} from this class's resources, as a preloaded module is, unless it
   * is loaded: it is on no node's code path, so that a booted node's paths stay OTP's.
   */
  private static void loadHandler() throws IOException {
    if (ModuleTable.current(HANDLER) != null) {
      return;
    }
    String file = HANDLER.name() + ".beam";
    byte[] beam;
    try (InputStream in = ReloadEndpoint.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IOException(file + " is missing from the class path (erlc runs at build time)");
      }
      beam = in.readAllBytes();
    }
    ModuleLoader.load(BeamLoader.load(beam, file), CodeServer.current().engine());
  }
}
