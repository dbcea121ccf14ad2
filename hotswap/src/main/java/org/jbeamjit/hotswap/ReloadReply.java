package org.jbeamjit.hotswap;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What a node answers a reload: the lines to print, and whether every module was loaded. */
public record ReloadReply(boolean loaded, List<String> lines) {
  public ReloadReply {
    lines = List.copyOf(lines);
  }

  void writeTo(DataOutputStream out) throws IOException {
    out.writeBoolean(loaded);
    out.writeInt(lines.size());
    for (String l : lines) {
      out.writeUTF(l);
    }
    out.flush();
  }

  static ReloadReply readFrom(DataInputStream in) throws IOException {
    boolean loaded = in.readBoolean();
    int n = in.readInt();
    List<String> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lines.add(in.readUTF());
    }
    return new ReloadReply(loaded, lines);
  }
}
