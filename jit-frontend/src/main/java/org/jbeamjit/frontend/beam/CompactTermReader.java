package org.jbeamjit.frontend.beam;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.frontend.ir.AllocationList;
import org.jbeamjit.frontend.ir.AtomLiteral;
import org.jbeamjit.frontend.ir.CharLiteral;
import org.jbeamjit.frontend.ir.FloatLiteral;
import org.jbeamjit.frontend.ir.FloatReg;
import org.jbeamjit.frontend.ir.IntegerLiteral;
import org.jbeamjit.frontend.ir.Label;
import org.jbeamjit.frontend.ir.Literal;
import org.jbeamjit.frontend.ir.NilLiteral;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.Register;
import org.jbeamjit.frontend.ir.TypedRegister;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.frontend.ir.XReg;
import org.jbeamjit.frontend.ir.YReg;
import org.jbeamjit.runtime.term.Integers;

/**
 * Decodes BEAM's compact term encoding. The low three bits of the first byte are the tag. The
 * value follows in one of three forms: bit 3 clear, the high four bits are the value (0-15); bits
 * 3 and 4 = 1,0, the high three bits and the next byte are an 11-bit value; both set, the high
 * three bits give the length in bytes (2-8) of a big-endian value that follows, or, when they are
 * all ones, a nested unsigned term gives the length minus 9. Integers (tag i) are two's
 * complement; everything else is unsigned.
 *
 * <p>Tag z (extended) is followed by a sub-tag in the high four bits: 0 an inline float, 1 a list,
 * 2 a float register, 3 an allocation list, 4 a literal-table index, 5 a typed register.
 */
public final class CompactTermReader {
  public static final int TAG_U = 0;
  public static final int TAG_I = 1;
  public static final int TAG_A = 2;
  public static final int TAG_X = 3;
  public static final int TAG_Y = 4;
  public static final int TAG_F = 5;
  public static final int TAG_H = 6;
  public static final int TAG_Z = 7;

  /** The highest register number OTP accepts (x, y and float registers alike). */
  public static final int MAX_REGISTER = 1023;

  private final ChunkReader in;

  public CompactTermReader(ChunkReader in) {
    this.in = in;
  }

  /** The tag of the next term, without consuming it. */
  public int peekTag() {
    return in.peekU8() & 7;
  }

  /**
   * A term of {@code expectedTag} (not z) whose value is a non-negative number that fits a long;
   * for the tables (line numbers, file indices, lengths) that use compact terms outside code.
   */
  public long readNumber(int expectedTag, String what) {
    int at = in.position();
    int first = in.u8();
    int tag = first & 7;
    if (tag != expectedTag || tag == TAG_Z) {
      throw in.errorAt(at, what + ": expected tag " + tagName(expectedTag) + ", found " + tagName(tag));
    }
    if (tag == TAG_I) {
      Object v = integerValue(first);
      if (!(v instanceof Long l) || l < 0) {
        throw in.errorAt(at, what + " " + v + " is out of range");
      }
      return l;
    }
    return unsignedValue(first, at, what);
  }

  /** An unsigned (tag u) term that must fit an {@code int}. */
  public int readUnsignedInt(String what) {
    int at = in.position();
    long v = readNumber(TAG_U, what);
    return toInt(v, at, what);
  }

  /** One instruction operand, with atoms, literals and types looked up in {@code pools}. */
  public Operand readOperand(ConstantPools pools) {
    return read(pools, true);
  }

  private Operand read(ConstantPools pools, boolean listAllowed) {
    int at = in.position();
    int first = in.u8();
    int tag = first & 7;
    switch (tag) {
      case TAG_Z:
        return readExtended(first, at, pools, listAllowed);
      case TAG_I:
        return new IntegerLiteral(integerValue(first));
      case TAG_U:
        return new Unsigned(toInt(unsignedValue(first, at, "unsigned operand"), at, "unsigned operand"));
      case TAG_A: {
        long index = unsignedValue(first, at, "atom index");
        if (index == 0) {
          return NilLiteral.NIL;
        }
        if (index > pools.atoms().size()) {
          throw in.errorAt(at, "atom index " + index + " is out of range (the table has " + pools.atoms().size()
              + " atoms)");
        }
        return new AtomLiteral(pools.atoms().get((int) index - 1));
      }
      case TAG_X:
        return new XReg(register(first, at));
      case TAG_Y:
        return new YReg(register(first, at));
      case TAG_F:
        return new Label(toInt(unsignedValue(first, at, "label"), at, "label"));
      default: {
        long c = unsignedValue(first, at, "character");
        if (c > Character.MAX_CODE_POINT) {
          throw in.errorAt(at, "character " + c + " is out of range");
        }
        return new CharLiteral((int) c);
      }
    }
  }

  private Operand readExtended(int first, int at, ConstantPools pools, boolean listAllowed) {
    if ((first & 0x08) != 0) {
      throw in.errorAt(at, "malformed extended tag byte " + first);
    }
    switch (first >>> 4) {
      case 0:
        return new FloatLiteral(Double.longBitsToDouble(in.s64()));
      case 1: {
        if (!listAllowed) {
          throw in.errorAt(at, "a list inside a list");
        }
        int n = count("list length", 1);
        List<Operand> elements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          elements.add(read(pools, false));
        }
        return new OperandList(elements);
      }
      case 2: {
        int regAt = in.position();
        int n = readUnsignedInt("float register");
        return new FloatReg(checkRegister(n, regAt));
      }
      case 3: {
        int n = count("allocation list length", 2);
        List<AllocationList.Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          int kindAt = in.position();
          int kind = readUnsignedInt("allocation kind");
          if (kind > 2) {
            throw in.errorAt(kindAt, "unknown allocation kind " + kind);
          }
          int amount = readUnsignedInt("allocation size");
          entries.add(new AllocationList.Entry(AllocationList.Kind.values()[kind], amount));
        }
        return new AllocationList(entries);
      }
      case 4: {
        int indexAt = in.position();
        int index = readUnsignedInt("literal index");
        if (index >= pools.literals().size()) {
          throw in.errorAt(indexAt, "literal index " + index + " is out of range (the table has "
              + pools.literals().size() + " literals)");
        }
        return new Literal(index, pools.literals().get(index));
      }
      case 5:
        return readTypedRegister(pools);
      default:
        throw in.errorAt(at, "unknown extended tag " + (first >>> 4));
    }
  }

  private TypedRegister readTypedRegister(ConstantPools pools) {
    int regAt = in.position();
    int first = in.u8();
    int tag = first & 7;
    Register reg;
    if (tag == TAG_X) {
      reg = new XReg(register(first, regAt));
    } else if (tag == TAG_Y) {
      reg = new YReg(register(first, regAt));
    } else {
      throw in.errorAt(regAt, "a typed register must be an x or y register, not tag " + tagName(tag));
    }
    int indexAt = in.position();
    int index = readUnsignedInt("type index");
    if (pools.types() == null) {
      throw in.errorAt(indexAt, "typed register, but the module has no Type chunk");
    }
    if (index >= pools.types().size()) {
      throw in.errorAt(indexAt, "type index " + index + " is out of range (the table has " + pools.types().size()
          + " types)");
    }
    return new TypedRegister(reg, pools.types().get(index));
  }

  private int register(int first, int at) {
    long n = unsignedValue(first, at, "register number");
    return checkRegister(n, at);
  }

  private int checkRegister(long n, int at) {
    if (n > MAX_REGISTER) {
      throw in.errorAt(at, "register number " + n + " is larger than " + MAX_REGISTER);
    }
    return (int) n;
  }

  /** A count of things that follow, each taking at least {@code minBytes}: bounded by the bytes left. */
  private int count(String what, int minBytes) {
    int at = in.position();
    long n = readNumber(TAG_U, what);
    if (n > in.remaining() / minBytes) {
      throw in.errorAt(at, what + " " + n + " does not fit in the " + in.remaining() + " bytes left");
    }
    return (int) n;
  }

  private long unsignedValue(int first, int at, String what) {
    if (!isLongForm(first)) {
      return shortFormValue(first);
    }
    byte[] bytes = in.bytes(longFormLength(first));
    int i = 0;
    while (i < bytes.length && bytes[i] == 0) {
      i++;
    }
    if (bytes.length - i > 8 || (bytes.length - i == 8 && bytes[i] < 0)) {
      throw in.errorAt(at, what + " does not fit in 63 bits");
    }
    long v = 0;
    for (; i < bytes.length; i++) {
      v = v << 8 | (bytes[i] & 0xFF);
    }
    return v;
  }

  /** A Long, or a BigInteger when it needs more than 64 bits. */
  private Object integerValue(int first) {
    if (!isLongForm(first)) {
      return shortFormValue(first);
    }
    byte[] bytes = in.bytes(longFormLength(first));
    if (bytes.length <= 8) {
      long v = bytes[0];
      for (int i = 1; i < bytes.length; i++) {
        v = v << 8 | (bytes[i] & 0xFF);
      }
      return v;
    }
    return Integers.normalize(new BigInteger(bytes));
  }

  private static boolean isLongForm(int first) {
    return (first & 0x18) == 0x18;
  }

  /** The value of the four-bit or eleven-bit form. */
  private long shortFormValue(int first) {
    if ((first & 0x08) == 0) {
      return first >>> 4;
    }
    return (long) (first & 0xE0) << 3 | in.u8();
  }

  /** The byte length of a long-form value, checked against what is left. */
  private int longFormLength(int first) {
    int code = first >>> 5;
    if (code < 7) {
      return code + 2;
    }
    int at = in.position();
    int nested = in.u8();
    if ((nested & 7) != TAG_U) {
      throw in.errorAt(at, "the length of a long integer must have tag u, not " + tagName(nested & 7));
    }
    if (isLongForm(nested) && (nested >>> 5) == 7) {
      throw in.errorAt(at, "the length of a long integer is itself too long");
    }
    long length = unsignedValue(nested, at, "integer length") + 9;
    if (length > in.remaining()) {
      throw in.errorAt(at, "integer of " + length + " bytes, but only " + in.remaining() + " bytes are left");
    }
    return (int) length;
  }

  private int toInt(long v, int at, String what) {
    if (v > Integer.MAX_VALUE) {
      throw in.errorAt(at, what + " " + v + " is too large");
    }
    return (int) v;
  }

  static String tagName(int tag) {
    return String.valueOf("uiaxyfhz".charAt(tag));
  }
}
