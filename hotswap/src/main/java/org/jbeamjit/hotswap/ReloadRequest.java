package org.jbeamjit.hotswap;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code jbeamjit reload} asks a node: new versions of modules, and whether to purge their
 * old versions (killing the processes that still run them). The wire form is a version number,
 * the flag and the modules, each a name, a file name and the object code, which is empty to
 * mean "the module's file on the node's code path".
 */
public record ReloadRequest(boolean purge, List<Module> modules) {
  static final int WIRE_VERSION = 1;

  /** One module to reload: its name, the file it came from, and its object code (empty: the node finds it). */
  public record Module(String name, String file, byte[] beam) {
    /** The module's {@code .beam} on the node's code path. */
    public static Module onNodePath(String name) {
      return new Module(name, "", new byte[0]);
    }
  }

  public ReloadRequest {
    modules = List.copyOf(modules);
  }

  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(WIRE_VERSION);
    out.writeBoolean(purge);
    out.writeInt(modules.size());
    for (Module m : modules) {
      out.writeUTF(m.name());
      out.writeUTF(m.file());
      out.writeInt(m.beam().length);
      out.write(m.beam());
    }
    out.flush();
  }

  static ReloadRequest readFrom(DataInputStream in) throws IOException {
    int version = in.readInt();
    if (version != WIRE_VERSION) {
      throw new IOException("reload request of version " + version + ", this node reads " + WIRE_VERSION);
    }
    boolean purge = in.readBoolean();
    int n = in.readInt();
    if (n < 0 || n > 10_000) {
      throw new IOException("bad module count " + n);
    }
    List<Module> modules = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name = in.readUTF();
      String file = in.readUTF();
      int size = in.readInt();
      if (size < 0 || size > 1 << 30) {
        throw new IOException("bad object code size " + size);
      }
      modules.add(new Module(name, file, in.readNBytes(size)));
    }
    return new ReloadRequest(purge, modules);
  }
}
