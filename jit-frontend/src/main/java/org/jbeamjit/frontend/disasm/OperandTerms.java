package org.jbeamjit.frontend.disasm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jbeamjit.frontend.ir.AllocationList;
import org.jbeamjit.frontend.ir.AtomLiteral;
import org.jbeamjit.frontend.ir.CharLiteral;
import org.jbeamjit.frontend.ir.FieldFlags;
import org.jbeamjit.frontend.ir.FloatLiteral;
import org.jbeamjit.frontend.ir.FloatReg;
import org.jbeamjit.frontend.ir.FunRef;
import org.jbeamjit.frontend.ir.ImportRef;
import org.jbeamjit.frontend.ir.IntegerLiteral;
import org.jbeamjit.frontend.ir.Label;
import org.jbeamjit.frontend.ir.LineRef;
import org.jbeamjit.frontend.ir.Literal;
import org.jbeamjit.frontend.ir.NilLiteral;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.StringRef;
import org.jbeamjit.frontend.ir.TypedRegister;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.frontend.ir.XReg;
import org.jbeamjit.frontend.ir.YReg;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Operands as {@code beam_disasm} shows them, in its two forms. The raw form is the decoded
 * compact term: {@code {u,N}}, {@code {i,N}}, {@code {x,N}}, {@code {atom,A}}, {@code nil}, ...;
 * the resolved form (its {@code resolve_arg}) turns {@code {u,N}} into {@code N} and
 * {@code {i,N}} into {@code {integer,N}}. Which one an instruction shows depends on the
 * instruction, as {@link InstructionTerms} says. Operands the loader resolved to table entries
 * show the untagged index they were encoded as.
 */
final class OperandTerms {
  static final Atom U = Atom.of("u");
  static final Atom I = Atom.of("i");
  static final Atom X = Atom.of("x");
  static final Atom Y = Atom.of("y");
  static final Atom FR = Atom.of("fr");
  static final Atom F = Atom.of("f");
  static final Atom H = Atom.of("h");
  static final Atom Z = Atom.of("z");
  static final Atom TR = Atom.of("tr");
  static final Atom ATOM = Atom.of("atom");
  static final Atom NIL = Atom.of("nil");
  static final Atom INTEGER = Atom.of("integer");
  static final Atom FLOAT = Atom.of("float");
  static final Atom LITERAL = Atom.of("literal");
  static final Atom LIST = Atom.of("list");
  static final Atom ALLOC = Atom.of("alloc");

  private OperandTerms() {}

  /** The raw form. */
  static Object raw(Operand o) {
    if (o instanceof Unsigned u) {
      return Tuple.of(U, (long) u.value());
    }
    if (o instanceof IntegerLiteral n) {
      return Tuple.of(I, n.value());
    }
    if (o instanceof AllocationList a) {
      return Tuple.of(U, alloc(a));
    }
    Long index = untaggedIndex(o);
    if (index != null) {
      return Tuple.of(U, index);
    }
    return common(o);
  }

  /** The resolved form. */
  static Object resolved(Operand o) {
    if (o instanceof Unsigned u) {
      return (long) u.value();
    }
    if (o instanceof IntegerLiteral n) {
      return Tuple.of(INTEGER, n.value());
    }
    if (o instanceof AllocationList a) {
      return alloc(a);
    }
    Long index = untaggedIndex(o);
    if (index != null) {
      return index;
    }
    return common(o);
  }

  /** The resolved forms of a list's elements, as an Erlang list. */
  static Object resolvedList(OperandList list) {
    List<Object> out = new ArrayList<>(list.size());
    for (Operand e : list.elements()) {
      out.add(resolved(e));
    }
    return Cons.fromList(out);
  }

  /** The raw forms of a list's elements, as an Erlang list. */
  static Object rawList(OperandList list) {
    List<Object> out = new ArrayList<>(list.size());
    for (Operand e : list.elements()) {
      out.add(raw(e));
    }
    return Cons.fromList(out);
  }

  /** The untagged number an operand resolved to a table entry was encoded as, or {@code null}. */
  private static Long untaggedIndex(Operand o) {
    if (o instanceof ImportRef r) {
      return (long) r.index();
    }
    if (o instanceof FunRef r) {
      return (long) r.index();
    }
    if (o instanceof LineRef r) {
      return (long) r.index();
    }
    if (o instanceof StringRef r) {
      return (long) r.offset();
    }
    if (o instanceof FieldFlags f) {
      return (long) f.bits();
    }
    return null;
  }

  private static Object common(Operand o) {
    if (o instanceof XReg r) {
      return Tuple.of(X, (long) r.index());
    }
    if (o instanceof YReg r) {
      return Tuple.of(Y, (long) r.index());
    }
    if (o instanceof FloatReg r) {
      return Tuple.of(FR, (long) r.index());
    }
    if (o instanceof TypedRegister t) {
      return Tuple.of(TR, common(t.register()), TypeTerms.otp25(t.type()));
    }
    if (o instanceof Label l) {
      return Tuple.of(F, (long) l.number());
    }
    if (o instanceof AtomLiteral a) {
      return Tuple.of(ATOM, a.atom());
    }
    if (o instanceof NilLiteral) {
      return NIL;
    }
    if (o instanceof FloatLiteral f) {
      return Tuple.of(FLOAT, f.value());
    }
    if (o instanceof Literal l) {
      return l.term() instanceof Double d ? Tuple.of(FLOAT, d) : Tuple.of(LITERAL, l.term());
    }
    if (o instanceof CharLiteral c) {
      return Tuple.of(H, (long) c.codePoint());
    }
    if (o instanceof OperandList l) {
      return Tuple.of(LIST, resolvedList(l));
    }
    throw new IllegalArgumentException("no disassembly form for " + o);
  }

  private static Tuple alloc(AllocationList a) {
    List<Object> entries = new ArrayList<>();
    for (AllocationList.Entry e : a.entries()) {
      entries.add(Tuple.of(Atom.of(e.kind().name().toLowerCase(Locale.ROOT)), (long) e.count()));
    }
    return Tuple.of(ALLOC, Cons.fromList(entries));
  }
}
