package org.jbeamjit.runtime.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The settings of {@code open_port/2}, parsed as OTP 25 checks them: an unknown option (or an
 * improper list) is {@code badopt}, a known one with a bad value {@code badarg}.
 */
final class PortSettings {
  static final Atom BADOPT = Atom.of("badopt");

  /** Thrown with the atom {@code erts_internal:open_port/2} answers. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Atom reason;

    Refused(Atom reason) {
      super(reason.name(), null, false, false);
      this.reason = reason;
    }
  }

  private static final Set<String> IGNORED_FLAGS = Set.of("stream", "use_stdio", "hide", "overlapped_io");

  boolean binary;
  boolean eof;
  boolean in = true;
  boolean out = true;
  boolean exitStatus;
  boolean stderrToStdout;
  boolean noUseStdio;
  /** 0 for a stream, else the size of the packet header in bytes (1, 2 or 4). */
  int packet;
  /** 0 unless lines: the longest line delivered whole. */
  int line;
  String cd;
  /** Variables to set ({@code null} value: to unset), in order. */
  final Map<String, String> env = new LinkedHashMap<>();
  /** {@code null} unless given (only {@code spawn_executable} takes arguments). */
  List<String> args;
  String arg0;

  private PortSettings() {}

  /** Parses a settings list for a port of this kind ({@code spawn_executable} takes {@code args}). */
  static PortSettings parse(Object list, boolean executable) throws Refused {
    PortSettings s = new PortSettings();
    boolean sawIn = false;
    boolean sawOut = false;
    Object l = list;
    for (; l instanceof Cons c; l = c.tail) {
      Object o = c.head;
      if (o instanceof Atom a) {
        switch (a.name()) {
          case "binary" -> s.binary = true;
          case "eof" -> s.eof = true;
          case "in" -> sawIn = true;
          case "out" -> sawOut = true;
          case "exit_status" -> s.exitStatus = true;
          case "stderr_to_stdout" -> s.stderrToStdout = true;
          case "nouse_stdio" -> s.noUseStdio = true;
          default -> {
            if (!IGNORED_FLAGS.contains(a.name())) {
              throw new Refused(BADOPT);
            }
          }
        }
      } else if (o instanceof Tuple t && t.arity() == 2 && t.get(0) instanceof Atom key) {
        s.option(key.name(), t.get(1), executable);
      } else {
        throw new Refused(BADOPT);
      }
    }
    if (l != Nil.NIL) {
      throw new Refused(BADOPT);
    }
    if (sawIn || sawOut) {
      s.in = sawIn;
      s.out = sawOut;
    }
    return s;
  }

  private void option(String key, Object value, boolean executable) throws Refused {
    switch (key) {
      case "packet" -> {
        if (!(value instanceof Long n) || (n != 1 && n != 2 && n != 4)) {
          throw new Refused(Atoms.BADARG);
        }
        packet = (int) (long) n;
      }
      case "line" -> {
        if (!(value instanceof Long n) || n <= 0 || n > Integer.MAX_VALUE) {
          throw new Refused(Atoms.BADARG);
        }
        line = (int) (long) n;
      }
      case "cd" -> cd = requireString(value);
      case "arg0" -> arg0 = requireString(value);
      case "args" -> {
        if (!executable) {
          throw new Refused(Atoms.BADARG);
        }
        args = new ArrayList<>();
        Object l = value;
        for (; l instanceof Cons c; l = c.tail) {
          args.add(requireString(c.head));
        }
        if (l != Nil.NIL) {
          throw new Refused(Atoms.BADARG);
        }
      }
      case "env" -> {
        Object l = value;
        for (; l instanceof Cons c; l = c.tail) {
          if (!(c.head instanceof Tuple t) || t.arity() != 2) {
            throw new Refused(Atoms.BADARG);
          }
          String name = string(t.get(0));
          if (name == null) {
            throw new Refused(t.get(0) instanceof BitString ? BADOPT : Atoms.BADARG);
          }
          Object v = t.get(1);
          env.put(name, v == Atoms.FALSE ? null : requireString(v));
        }
        if (l != Nil.NIL) {
          throw new Refused(Atoms.BADARG);
        }
      }
      case "parallelism" -> {
        if (value != Atoms.TRUE && value != Atoms.FALSE) {
          throw new Refused(Atoms.BADARG);
        }
      }
      case "busy_limits_port", "busy_limits_msgq" -> { } // flow control: ports here never report busy
      default -> throw new Refused(BADOPT);
    }
  }

  private static String requireString(Object t) throws Refused {
    String s = t instanceof BitString b && b.isBinary() ? new String(b.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)
        : string(t);
    if (s == null) {
      throw new Refused(Atoms.BADARG);
    }
    return s;
  }

  /** A flat list of characters, or an atom's name; else {@code null}. */
  static String string(Object t) {
    if (t instanceof Atom a) {
      return a.name();
    }
    StringBuilder sb = new StringBuilder();
    Object l = t;
    for (; l instanceof Cons c; l = c.tail) {
      if (!(c.head instanceof Long ch) || ch < 0 || ch > Character.MAX_CODE_POINT) {
        return null;
      }
      sb.appendCodePoint((int) (long) ch);
    }
    return l == Nil.NIL ? sb.toString() : null;
  }
}
