package org.jbeamjit.frontend.beam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbeamjit.frontend.BeamFormatException;
import org.jbeamjit.frontend.ir.CodeHeader;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.opcode.Opcode;

/**
 * The Code chunk: a header (its own size, the instruction set, the highest opcode used, the
 * number of labels and of functions), then the instructions, each an opcode byte followed by its
 * operands in the compact term encoding, ending with {@code int_code_end}.
 */
public final class CodeChunkReader {
  /** The only instruction set there has ever been. */
  static final int INSTRUCTION_SET = 0;
  private static final int HEADER_SIZE = 16;

  /** The instructions in file order, and where each starts in the file. */
  record Code(CodeHeader header, List<Instruction> instructions, int[] offsets, ChunkReader reader) {}

  private CodeChunkReader() {}

  static Code read(Chunk chunk, ConstantPools pools, CodeTables tables) {
    ChunkReader in = chunk.reader();
    CodeHeader header = readHeader(in);
    CompactTermReader terms = new CompactTermReader(in);
    OperandResolver resolver = new OperandResolver(in, tables, header.labelCount());
    List<Instruction> instructions = new ArrayList<>();
    int[] offsets = new int[Math.max(16, in.remaining() / 4)];
    boolean ended = false;
    while (!in.atEnd()) {
      int at = in.position();
      if (ended) {
        throw in.errorAt(at, "code after int_code_end");
      }
      int number = in.u8();
      Opcode op = Opcode.byNumber(number);
      if (op == null) {
        throw in.errorAt(at, "unknown opcode " + number);
      }
      if (op.isObsolete()) {
        throw in.errorAt(at, "obsolete instruction " + op.erlangName() + ": the module must be recompiled");
      }
      if (number > header.maxOpcode()) {
        throw in.errorAt(at, "opcode " + number + " is above the highest opcode the header declares, "
            + header.maxOpcode());
      }
      List<Operand> operands = new ArrayList<>(op.arity());
      for (int i = 0; i < op.arity(); i++) {
        int operandAt = in.position();
        Operand raw;
        try {
          raw = terms.readOperand(pools);
        } catch (BeamFormatException e) {
          throw e.within(op.erlangName() + " operand " + (i + 1));
        }
        operands.add(resolver.resolve(op, i, raw, operands, operandAt));
      }
      if (instructions.size() == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[instructions.size()] = at;
      instructions.add(new Instruction(op, operands));
      ended = op == Opcode.INT_CODE_END;
    }
    if (!ended) {
      throw in.error("the code does not end with int_code_end");
    }
    return new Code(header, instructions, offsets, in);
  }

  static CodeHeader readHeader(ChunkReader in) {
    int sizeAt = in.position();
    long headerSize = in.u32();
    if (headerSize < HEADER_SIZE || headerSize > in.remaining()) {
      throw in.errorAt(sizeAt, "code header size " + headerSize + " is invalid");
    }
    int setAt = in.position();
    long set = in.u32();
    if (set != INSTRUCTION_SET) {
      throw in.errorAt(setAt, "unknown instruction set " + set);
    }
    int maxAt = in.position();
    long maxOpcode = in.u32();
    if (maxOpcode > Opcode.MAX_NUMBER) {
      throw in.errorAt(maxAt, "the code uses opcodes up to " + maxOpcode + ", newer than this loader knows ("
          + Opcode.MAX_NUMBER + "): it was compiled by a later OTP");
    }
    int labelsAt = in.position();
    long labels = in.u32();
    int functionsAt = in.position();
    long functions = in.u32();
    in.skip((int) headerSize - HEADER_SIZE);
    // OTP's own modules number fewer than 0.15 labels per byte of code (some labels are optimised
    // away after numbering); a count far beyond that is corrupt, and would size arrays by it.
    if (labels > 8L * in.remaining() + 64) {
      throw in.errorAt(labelsAt, "label count " + labels + " is impossible for " + in.remaining() + " bytes of code");
    }
    // Every function has a func_info of four bytes or more.
    if (functions > in.remaining() / 4) {
      throw in.errorAt(functionsAt, "function count " + functions + " is impossible for " + in.remaining()
          + " bytes of code");
    }
    return new CodeHeader(INSTRUCTION_SET, (int) maxOpcode, (int) labels, (int) functions);
  }
}
