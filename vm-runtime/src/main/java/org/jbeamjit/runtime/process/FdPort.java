package org.jbeamjit.runtime.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Tuple;

/**
 * A file-descriptor port on the VM's own standard streams ({@code open_port({fd, 0, 1}, Opts)},
 * what OTP's {@code user} io server opens): output goes to {@code System.out} or {@code err} (as
 * they are when written, so a host that redirects them sees it), input is read from
 * {@code System.in} by a daemon thread from when the port opens, so io servers open their input
 * port on the first read. With {@code eof} the end of input is a {@code {Port, eof}} message.
 */
final class FdPort extends OpenPort {
  private static final int READ_CHUNK = 64 * 1024;

  private final int inFd;
  private final int outFd;

  FdPort(Port id, int inFd, int outFd, PortSettings settings, ErlProcess owner) {
    super(id, inFd + "/" + outFd, settings, owner);
    this.inFd = inFd;
    this.outFd = outFd;
  }

  @Override
  void write(byte[] bytes) {
    PrintStream out = outFd == 2 ? System.err : System.out;
    out.write(bytes, 0, bytes.length);
    out.flush();
  }

  @Override
  void start() {
    if (!settings.in) {
      return;
    }
    Thread t = new Thread(this::readLoop, "jbeamjit-fd" + inFd + "-reader");
    t.setDaemon(true);
    t.start();
  }

  private void readLoop() {
    InputStream in = System.in;
    byte[] buf = new byte[READ_CHUNK];
    try {
      int n;
      while (!isClosed() && (n = in.read(buf)) > 0) {
        received(buf, n);
      }
    } catch (IOException e) {
      // The descriptor failed: the same as its end for the reader.
    }
    receivedAll();
    if (settings.eof) {
      sendOwner(Tuple.of(id, EOF));
    }
  }

  @Override
  void release() {
    // The VM's standard streams stay open for the next port on them.
  }
}
