package org.jbeamjit.frontend.beam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbeamjit.frontend.ir.AllocationList;
import org.jbeamjit.frontend.ir.AtomLiteral;
import org.jbeamjit.frontend.ir.Constant;
import org.jbeamjit.frontend.ir.FieldFlags;
import org.jbeamjit.frontend.ir.FloatReg;
import org.jbeamjit.frontend.ir.FunRef;
import org.jbeamjit.frontend.ir.ImportRef;
import org.jbeamjit.frontend.ir.IntegerLiteral;
import org.jbeamjit.frontend.ir.Label;
import org.jbeamjit.frontend.ir.LineRef;
import org.jbeamjit.frontend.ir.Literal;
import org.jbeamjit.frontend.ir.Location;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.StringRef;
import org.jbeamjit.frontend.ir.TypedRegister;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.frontend.ir.XReg;
import org.jbeamjit.frontend.ir.YReg;
import org.jbeamjit.frontend.opcode.OperandKind;
import org.jbeamjit.frontend.opcode.Opcode;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;

/**
 * Checks that a decoded operand has a form its {@link OperandKind} allows, and resolves untagged
 * table indices to what they name: imports, funs, line-table locations, string-table bytes.
 * Whether labels are defined is checked once all the code is read.
 */
final class OperandResolver {
  private static final Atom STRING = Atom.of("string");

  private final ChunkReader in;
  private final CodeTables tables;
  private final int labelCount;

  OperandResolver(ChunkReader in, CodeTables tables, int labelCount) {
    this.in = in;
    this.tables = tables;
    this.labelCount = labelCount;
  }

  /**
   * @param index which operand of {@code op} this is
   * @param previous the operands of this instruction already resolved
   * @param at where the operand starts, for messages
   */
  Operand resolve(Opcode op, int index, Operand raw, List<Operand> previous, int at) {
    OperandKind kind = op.operandKind(index);
    String where = op.erlangName() + " operand " + (index + 1);
    switch (kind) {
      case LABEL_DEF: {
        int n = unsigned(where, raw, at);
        if (n < 1 || n >= labelCount) {
          throw bad(where, at, "label " + n + " is out of range (the code has " + labelCount + " labels)");
        }
        return raw;
      }
      case TARGET:
      case FUNCTION:
        checkLabel(where, expect(where, raw, Label.class, "a label", at), false, at);
        return raw;
      case FAIL:
        checkLabel(where, expect(where, raw, Label.class, "a label", at), true, at);
        return raw;
      case FAIL_OR_ATOM:
        if (raw instanceof Label l) {
          checkLabel(where, l, true, at);
          return raw;
        }
        return expect(where, raw, AtomLiteral.class, "a label or an atom", at);
      case UNSIGNED:
        unsigned(where, raw, at);
        return raw;
      case HEAP_NEED:
        if (raw instanceof Unsigned || raw instanceof AllocationList) {
          return raw;
        }
        throw bad(where, at, "expected a heap need, found " + describe(raw));
      case SOURCE:
        if (raw instanceof XReg || raw instanceof YReg || raw instanceof TypedRegister || raw instanceof Constant) {
          return raw;
        }
        throw bad(where, at, "expected a register or a constant, found " + describe(raw));
      case DESTINATION:
      case REGISTER:
        if (raw instanceof XReg || raw instanceof YReg || raw instanceof TypedRegister) {
          return raw;
        }
        throw bad(where, at, "expected an x or y register, found " + describe(raw));
      case FLOAT_REGISTER:
        return expect(where, raw, FloatReg.class, "a float register", at);
      case ATOM:
        return expect(where, raw, AtomLiteral.class, "an atom", at);
      case IMPORT:
      case BIF: {
        int i = unsigned(where, raw, at);
        if (i >= tables.imports().size()) {
          throw bad(where, at, "import index " + i + " is out of range (the table has " + tables.imports().size()
              + " entries)");
        }
        return new ImportRef(i, tables.imports().get(i));
      }
      case LAMBDA:
        return lambda(where, unsigned(where, raw, at), at);
      case LAMBDA_OR_ATOM:
        if (raw instanceof AtomLiteral) {
          return raw;
        }
        return lambda(where, unsigned(where, raw, at), at);
      case LOCATION: {
        int i = unsigned(where, raw, at);
        if (!tables.lines().isPresent()) {
          return new LineRef(i, Location.NONE);
        }
        if (i >= tables.lines().size()) {
          throw bad(where, at, "line index " + i + " is out of range (the table has " + tables.lines().size()
              + " entries)");
        }
        return new LineRef(i, tables.lines().location(i));
      }
      case FIELD_FLAGS:
        return new FieldFlags(unsigned(where, raw, at));
      case STRING:
      case BIT_STRING: {
        int offset = unsigned(where, raw, at);
        long length = ((Unsigned) previous.get(previous.size() - 1)).value();
        if (kind == OperandKind.BIT_STRING) {
          length = (length + 7) / 8;
        }
        return string(where, offset, length, at);
      }
      case LIST: {
        OperandList list = expect(where, raw, OperandList.class, "a list", at);
        for (Operand e : list.elements()) {
          if (e instanceof Label l) {
            checkLabel(where, l, false, at);
          }
        }
        return op == Opcode.BS_CREATE_BIN ? withSegmentStrings(where, list, at) : list;
      }
      case ANY:
        if (raw instanceof Label l) {
          checkLabel(where, l, true, at);
        }
        return raw;
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * {@code bs_create_bin} segments are six operands: type, segment number, unit, flags, value,
   * size. A {@code string} segment's value is an offset into the string table and its size the
   * length in bytes; resolve it to the bytes.
   */
  private OperandList withSegmentStrings(String where, OperandList list, int at) {
    if (list.size() % 6 != 0) {
      throw bad(where, at, "the segment list has " + list.size() + " elements, not a multiple of 6");
    }
    List<Operand> out = null;
    for (int i = 0; i < list.size(); i += 6) {
      if (list.get(i) instanceof AtomLiteral a && a.atom() == STRING) {
        if (!(list.get(i + 4) instanceof Unsigned offset)) {
          throw bad(where, at, "a string segment's value must be a string-table offset, not "
              + describe(list.get(i + 4)));
        }
        long length = list.get(i + 5) instanceof IntegerLiteral n && n.value() instanceof Long l
            ? l : -1;
        if (out == null) {
          out = new ArrayList<>(list.elements());
        }
        out.set(i + 4, string(where, offset.value(), length, at));
      }
    }
    return out == null ? list : new OperandList(out);
  }

  private StringRef string(String where, int offset, long length, int at) {
    byte[] strings = tables.strings();
    if (length < 0 || offset + length > strings.length) {
      throw bad(where, at, "string of " + length + " bytes at offset " + offset + " lies outside the string table ("
          + strings.length + " bytes)");
    }
    return new StringRef(offset, BitString.wrap(Arrays.copyOfRange(strings, offset, offset + (int) length)));
  }

  private FunRef lambda(String where, int i, int at) {
    if (i >= tables.funs().size()) {
      throw bad(where, at, "fun index " + i + " is out of range (the table has " + tables.funs().size() + " entries)");
    }
    return new FunRef(i, tables.funs().get(i));
  }

  private void checkLabel(String where, Label l, boolean zeroAllowed, int at) {
    if (l.number() >= labelCount || (l.number() == 0 && !zeroAllowed)) {
      throw bad(where, at, "label " + l.number() + " is out of range (the code has " + labelCount
          + " labels)");
    }
  }

  private int unsigned(String where, Operand raw, int at) {
    return expect(where, raw, Unsigned.class, "an untagged number", at).value();
  }

  private <T extends Operand> T expect(String where, Operand raw, Class<T> type, String what, int at) {
    if (!type.isInstance(raw)) {
      throw bad(where, at, "expected " + what + ", found " + describe(raw));
    }
    return type.cast(raw);
  }

  /** A short description that does not print literal terms, which can be huge. */
  static String describe(Operand o) {
    if (o instanceof Literal l) {
      return "literal " + l.index();
    }
    if (o instanceof OperandList l) {
      return "a list of " + l.size();
    }
    return o.toString();
  }

  private RuntimeException bad(String where, int at, String problem) {
    return in.errorAt(at, where + ": " + problem);
  }
}
