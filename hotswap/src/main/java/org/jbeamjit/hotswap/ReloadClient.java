package org.jbeamjit.hotswap;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** The client's end of {@code jbeamjit reload}: sends a request to a node's socket and reads its reply. */
public final class ReloadClient {
  private ReloadClient() {}

  public static ReloadReply send(Path socket, ReloadRequest request) throws IOException {
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.connect(UnixDomainSocketAddress.of(socket));
      request.writeTo(new DataOutputStream(Channels.newOutputStream(ch)));
      return ReloadReply.readFrom(new DataInputStream(Channels.newInputStream(ch)));
    }
  }
}
