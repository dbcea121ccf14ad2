package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.TermPrinter;

/**
 * Pids, references and ports as text and back ({@code pid_to_list/1}, {@code list_to_pid/1},
 * ...): the text is what {@code ~w} prints; reading accepts only this node's identifiers (node
 * number 0), with OTP's ranges (pid number 15 bits, serial 13; a reference's lowest word 18 bits).
 */
public final class IdentifierTextBifs {
  private static final long PID_NUMBER_LIMIT = 1L << 15;
  private static final long PID_SERIAL_LIMIT = 1L << 13;
  private static final long REF_FIRST_WORD_LIMIT = 1L << 18;
  private static final long WORD_LIMIT = 1L << 32;

  private IdentifierTextBifs() {}

  @Bif(name = "pid_to_list")
  public static Object pidToList(Object pid) {
    if (!(pid instanceof Pid)) {
      throw ErlangException.badarg();
    }
    return Cons.string(TermPrinter.write(pid));
  }

  @Bif(name = "ref_to_list")
  public static Object refToList(Object ref) {
    if (!(ref instanceof Ref)) {
      throw ErlangException.badarg();
    }
    return Cons.string(TermPrinter.write(ref));
  }

  @Bif(name = "port_to_list")
  public static Object portToList(Object port) {
    if (!(port instanceof Port)) {
      throw ErlangException.badarg();
    }
    return Cons.string(TermPrinter.write(port));
  }

  /** {@code "<0.Number.Serial>"}. */
  @Bif(name = "list_to_pid")
  public static Object listToPid(Object text) {
    long[] n = numbers(text, "<", ">", 3);
    if (n == null || n[0] != 0 || n[1] >= PID_NUMBER_LIMIT || n[2] >= PID_SERIAL_LIMIT) {
      throw ErlangException.badarg();
    }
    return new Pid(LocalNode.NAME, (int) n[1], (int) n[2], LocalNode.CREATION);
  }

  /** {@code "#Ref<0.W2.W1.W0>"}. */
  @Bif(name = "list_to_ref")
  public static Object listToRef(Object text) {
    long[] n = numbers(text, "#Ref<", ">", 4);
    if (n == null || n[0] != 0 || n[1] >= WORD_LIMIT || n[2] >= WORD_LIMIT || n[3] >= REF_FIRST_WORD_LIMIT) {
      throw ErlangException.badarg();
    }
    return new Ref(LocalNode.NAME, LocalNode.CREATION, new int[] {(int) n[3], (int) n[2], (int) n[1]});
  }

  /** {@code "#Port<0.Number>"}. */
  @Bif(name = "list_to_port")
  public static Object listToPort(Object text) {
    long[] n = numbers(text, "#Port<", ">", 2);
    if (n == null || n[0] != 0 || n[1] >= WORD_LIMIT) {
      throw ErlangException.badarg();
    }
    return new Port(LocalNode.NAME, n[1], LocalNode.CREATION);
  }

  /**
   * The {@code count} dot-separated decimal numbers between {@code open} and {@code close} of a
   * character list, or {@code null} if it is not exactly that (any number capped past 2^32).
   */
  private static long[] numbers(Object text, String open, String close, int count) {
    StringBuilder sb = new StringBuilder();
    Object l = text;
    while (l instanceof Cons c) {
      if (!(c.head instanceof Long ch) || ch < 0 || ch > 0x7f) {
        return null;
      }
      sb.append((char) (long) ch);
      l = c.tail;
    }
    String s = sb.toString();
    if (l != Nil.NIL || !s.startsWith(open) || !s.endsWith(close) || s.length() < open.length() + close.length()) {
      return null;
    }
    String[] parts = s.substring(open.length(), s.length() - close.length()).split("\\.", -1);
    if (parts.length != count) {
      return null;
    }
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      String p = parts[i];
      if (p.isEmpty() || !p.chars().allMatch(Character::isDigit)) {
        return null;
      }
      String digits = p.replaceFirst("^0+(?=\\d)", "");
      out[i] = digits.length() > 11 ? WORD_LIMIT : Long.parseLong(digits);
    }
    return out;
  }

}
