package org.jbeamjit.runtime.process;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * How a port cuts what its program writes into {@code {data, Data}} messages, and frames what it
 * is sent: as read (a stream), in packets with a 1, 2 or 4-byte big-endian length, or in lines
 * ({@code {eol, Line}}, or {@code {noeol, Part}} for a line longer than the limit and for an
 * unterminated last line). Data is a binary or a list of bytes, as the port was opened.
 */
final class PortFraming {
  private static final Atom EOL = Atom.of("eol");
  private static final Atom NOEOL = Atom.of("noeol");

  private final boolean binary;
  private final int packet;
  private final int line;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  PortFraming(PortSettings s) {
    this.binary = s.binary;
    this.packet = s.packet;
    this.line = s.line;
  }

  /** The data terms in a chunk read from the program (none, if it ends inside a packet or a line). */
  List<Object> decode(byte[] chunk, int length) {
    List<Object> out = new ArrayList<>();
    if (packet == 0 && line == 0) {
      out.add(data(java.util.Arrays.copyOf(chunk, length)));
    } else if (packet > 0) {
      pending.write(chunk, 0, length);
      byte[] all = pending.toByteArray();
      int at = 0;
      while (all.length - at >= packet) {
        long size = 0;
        for (int i = 0; i < packet; i++) {
          size = size << 8 | (all[at + i] & 0xff);
        }
        if (all.length - at - packet < size) {
          break;
        }
        out.add(data(java.util.Arrays.copyOfRange(all, at + packet, at + packet + (int) size)));
        at += packet + (int) size;
      }
      pending.reset();
      pending.write(all, at, all.length - at);
    } else {
      for (int i = 0; i < length; i++) {
        byte b = chunk[i];
        if (b == '\n') {
          out.add(Tuple.of(EOL, data(take())));
        } else {
          if (pending.size() == line) {
            out.add(Tuple.of(NOEOL, data(take())));
          }
          pending.write(b);
        }
      }
    }
    return out;
  }

  /** What is left at the end of the program's output: an unterminated last line. */
  List<Object> end() {
    if (line > 0 && pending.size() > 0) {
      return List.of(Tuple.of(NOEOL, data(take())));
    }
    return List.of();
  }

  /** The bytes to write for a command: with the packet header, if packets. */
  byte[] encode(byte[] bytes) {
    if (packet == 0) {
      return bytes;
    }
    if (packet < 4 && bytes.length >= 1L << (8 * packet)) {
      return null; // too long for its header
    }
    byte[] framed = new byte[packet + bytes.length];
    for (int i = 0; i < packet; i++) {
      framed[i] = (byte) (bytes.length >>> (8 * (packet - 1 - i)));
    }
    System.arraycopy(bytes, 0, framed, packet, bytes.length);
    return framed;
  }

  private byte[] take() {
    byte[] b = pending.toByteArray();
    pending.reset();
    return b;
  }

  private Object data(byte[] bytes) {
    if (binary) {
      return BitString.wrap(bytes);
    }
    Object l = Nil.NIL;
    for (int i = bytes.length - 1; i >= 0; i--) {
      l = new Cons((long) (bytes[i] & 0xff), l);
    }
    return l;
  }
}
