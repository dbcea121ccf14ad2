package org.jbeamjit.frontend.disasm;

import static org.jbeamjit.frontend.disasm.OperandTerms.raw;
import static org.jbeamjit.frontend.disasm.OperandTerms.rawList;
import static org.jbeamjit.frontend.disasm.OperandTerms.resolved;
import static org.jbeamjit.frontend.disasm.OperandTerms.resolvedList;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.frontend.ir.AtomLiteral;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.frontend.ir.FieldFlags;
import org.jbeamjit.frontend.ir.FunEntry;
import org.jbeamjit.frontend.ir.Import;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.StringRef;
import org.jbeamjit.frontend.opcode.Opcode;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Instructions as the terms OTP 25's {@code beam_disasm:file/1} gives for them: tests as
 * {@code {test,Name,Fail,Args}}, BIF calls as {@code {bif,...}} and {@code {gc_bif,...}}, local
 * calls with the callee's {@code {M,F,A}}, remote calls with {@code {extfunc,M,F,A}}, and each
 * operand in the raw or resolved form that instruction shows it in.
 *
 * <p>OTP 25 has no disassembly for opcodes 181-183; they are shown in the form OTP 26's
 * {@code erlc -S} prints: {@code {update_record,Hint,Size,Src,Dst,{list,Updates}}},
 * {@code {bs_match,Fail,Ctx,{list,Commands}}} and {@code {executable_line,Line,Index}}.
 */
final class InstructionTerms {
  private static final Atom TEST = Atom.of("test");
  private static final Atom BIF = Atom.of("bif");
  private static final Atom GC_BIF = Atom.of("gc_bif");
  private static final Atom NOFAIL = Atom.of("nofail");
  private static final Atom EXTFUNC = Atom.of("extfunc");
  private static final Atom ARITHFBIF = Atom.of("arithfbif");
  private static final Atom FIELD_FLAGS = Atom.of("field_flags");
  private static final Atom STRING = Atom.of("string");

  private final BeamModule module;

  InstructionTerms(BeamModule module) {
    this.module = module;
  }

  Object term(Instruction ins) {
    Opcode op = ins.opcode();
    Atom name = op.atom();
    switch (op) {
      case RETURN, SEND, REMOVE_MESSAGE, TIMEOUT, IF_END, FCLEARERROR, BS_INIT_WRITABLE, ON_LOAD,
          BUILD_STACKTRACE, RAW_RAISE, NIF_START, INT_CODE_END:
        return name;

      case LABEL, DEALLOCATE, CALL_FUN, APPLY, LINE:
        return Tuple.of(name, resolved(ins.operand(0)));
      case ALLOCATE, ALLOCATE_ZERO, TEST_HEAP, TRIM, APPLY_LAST:
        return Tuple.of(name, resolved(ins.operand(0)), resolved(ins.operand(1)));
      case ALLOCATE_HEAP, ALLOCATE_HEAP_ZERO:
        return Tuple.of(name, resolved(ins.operand(0)), resolved(ins.operand(1)), resolved(ins.operand(2)));
      case FUNC_INFO:
        return Tuple.of(name, raw(ins.operand(0)), raw(ins.operand(1)), resolved(ins.operand(2)));

      case CALL, CALL_ONLY:
        return Tuple.of(name, resolved(ins.operand(0)), localFunction(ins.label(1).number()));
      case CALL_LAST:
        return Tuple.of(name, resolved(ins.operand(0)), localFunction(ins.label(1).number()),
            resolved(ins.operand(2)));
      case CALL_EXT, CALL_EXT_ONLY:
        return Tuple.of(name, resolved(ins.operand(0)), extfunc(ins.importRef(1).entry()));
      case CALL_EXT_LAST:
        return Tuple.of(name, resolved(ins.operand(0)), extfunc(ins.importRef(1).entry()), resolved(ins.operand(2)));

      case BIF0:
        return Tuple.of(BIF, bifName(ins, 0), NOFAIL, Cons.list(), resolved(ins.operand(1)));
      case BIF1, BIF2:
        return Tuple.of(BIF, bifName(ins, 1), resolved(ins.operand(0)),
            resolvedRange(ins, 2, ins.operands().size() - 1), resolved(last(ins)));
      case GC_BIF1, GC_BIF2, GC_BIF3:
        return Tuple.of(GC_BIF, bifName(ins, 2), resolved(ins.operand(0)), resolved(ins.operand(1)),
            resolvedRange(ins, 3, ins.operands().size() - 1), resolved(last(ins)));

      case IS_LT, IS_GE, IS_EQ, IS_NE, IS_EQ_EXACT, IS_NE_EXACT, IS_INTEGER, IS_FLOAT, IS_NUMBER, IS_ATOM, IS_PID,
          IS_REFERENCE, IS_PORT, IS_NIL, IS_BINARY, IS_LIST, IS_NONEMPTY_LIST, IS_TUPLE, TEST_ARITY, IS_FUNCTION,
          IS_BOOLEAN, IS_FUNCTION2, IS_BITSTR, IS_MAP, IS_TAGGED_TUPLE:
        return Tuple.of(TEST, name, resolved(ins.operand(0)), resolvedRange(ins, 1, ins.operands().size()));

      case SELECT_VAL, SELECT_TUPLE_ARITY:
        return Tuple.of(name, raw(ins.operand(0)), raw(ins.operand(1)), resolved(ins.operand(2)));
      case PUT_MAP_ASSOC, PUT_MAP_EXACT:
        return Tuple.of(name, raw(ins.operand(0)), raw(ins.operand(1)), raw(ins.operand(2)),
            resolved(ins.operand(3)), resolved(ins.operand(4)));
      case HAS_MAP_FIELDS:
        return Tuple.of(TEST, name, raw(ins.operand(0)), raw(ins.operand(1)), resolved(ins.operand(2)));
      case GET_MAP_ELEMENTS:
        return Tuple.of(name, raw(ins.operand(0)), raw(ins.operand(1)), resolved(ins.operand(2)));
      case PUT_TUPLE2:
        return Tuple.of(name, raw(ins.operand(0)), resolved(ins.operand(1)));
      case INIT_YREGS:
        return Tuple.of(name, resolved(ins.operand(0)));

      case JUMP, INIT, CATCH_END, TRY_END, TRY_CASE, LOOP_REC_END, WAIT, RECV_MARK, RECV_SET, RECV_MARKER_CLEAR,
          RECV_MARKER_RESERVE, RECV_MARKER_USE:
        return Tuple.of(name, raw(ins.operand(0)));
      case CATCH, TRY, LOOP_REC, GET_HD, GET_TL, BS_SET_POSITION, RECV_MARKER_BIND:
        return Tuple.of(name, raw(ins.operand(0)), raw(ins.operand(1)));
      case GET_LIST, BS_GET_TAIL, BS_GET_POSITION:
        return Tuple.of(name, raw(ins.operand(0)), raw(ins.operand(1)), raw(ins.operand(2)));
      case BS_START_MATCH3, BS_START_MATCH4:
        return Tuple.of(name, raw(ins.operand(0)), raw(ins.operand(1)), raw(ins.operand(2)), raw(ins.operand(3)));

      case WAIT_TIMEOUT:
        return Tuple.of(name, raw(ins.operand(0)), resolved(ins.operand(1)));
      case MOVE:
        return Tuple.of(name, resolved(ins.operand(0)), raw(ins.operand(1)));
      case PUT_LIST:
        return Tuple.of(name, resolved(ins.operand(0)), resolved(ins.operand(1)), raw(ins.operand(2)));
      case PUT_TUPLE:
        return Tuple.of(name, resolved(ins.operand(0)), raw(ins.operand(1)));
      case GET_TUPLE_ELEMENT, SET_TUPLE_ELEMENT:
        return Tuple.of(name, resolved(ins.operand(0)), resolved(ins.operand(1)), resolved(ins.operand(2)));
      case PUT, BADMATCH, CASE_END, TRY_CASE_END, FCHECKERROR, BS_CONTEXT_TO_BINARY, BADRECORD:
        return Tuple.of(name, resolved(ins.operand(0)));
      case FMOVE, FCONV, SWAP:
        return Tuple.of(name, resolved(ins.operand(0)), resolved(ins.operand(1)));
      case RAISE:
        return Tuple.of(name, Tuple.of(OperandTerms.F, 0L), Cons.list(raw(ins.operand(0)), raw(ins.operand(1))),
            Tuple.of(OperandTerms.X, 0L));

      case FADD, FSUB, FMUL, FDIV, FNEGATE:
        return Tuple.of(ARITHFBIF, name, resolved(ins.operand(0)), resolvedRange(ins, 1, ins.operands().size() - 1),
            resolved(last(ins)));

      case MAKE_FUN2: {
        FunEntry fun = ins.funRef(0).entry();
        return Tuple.of(name, lambdaFunction(fun), (long) ins.funRef(0).index(), fun.oldUniqUnsigned(),
            (long) fun.freeCount());
      }
      case MAKE_FUN3: {
        FunEntry fun = ins.funRef(0).entry();
        return Tuple.of(name, lambdaFunction(fun), (long) ins.funRef(0).index(), fun.oldUniqUnsigned(),
            raw(ins.operand(1)), resolved(ins.operand(2)));
      }
      case CALL_FUN2:
        return Tuple.of(name, raw(ins.operand(0)), resolved(ins.operand(1)), raw(ins.operand(2)));

      case BS_PUT_INTEGER, BS_PUT_BINARY, BS_PUT_FLOAT:
        return Tuple.of(name, raw(ins.operand(0)), resolved(ins.operand(1)), resolved(ins.operand(2)),
            flags(ins, 3), resolved(ins.operand(4)));
      case BS_PUT_STRING:
        return Tuple.of(name, resolved(ins.operand(0)), Tuple.of(STRING, chars((StringRef) ins.operand(1))));
      case BS_INIT2, BS_INIT_BITS:
        return Tuple.of(name, raw(ins.operand(0)), resolved(ins.operand(1)), resolved(ins.operand(2)),
            resolved(ins.operand(3)), flags(ins, 4), resolved(ins.operand(5)));
      case BS_ADD:
        return Tuple.of(name, raw(ins.operand(0)), resolvedRange(ins, 1, 4), resolved(ins.operand(4)));
      case BS_APPEND:
        return Tuple.of(name, raw(ins.operand(0)), resolved(ins.operand(1)), resolved(ins.operand(2)),
            resolved(ins.operand(3)), resolved(ins.operand(4)), resolved(ins.operand(5)), flags(ins, 6),
            resolved(ins.operand(7)));
      case BS_PRIVATE_APPEND:
        return Tuple.of(name, raw(ins.operand(0)), resolved(ins.operand(1)), resolved(ins.operand(2)),
            resolved(ins.operand(3)), flags(ins, 4), resolved(ins.operand(5)));
      case BS_UTF8_SIZE, BS_UTF16_SIZE:
        return Tuple.of(name, raw(ins.operand(0)), resolved(ins.operand(1)), resolved(ins.operand(2)));
      case BS_PUT_UTF8, BS_PUT_UTF16, BS_PUT_UTF32:
        return Tuple.of(name, raw(ins.operand(0)), flags(ins, 1), resolved(ins.operand(2)));

      case BS_START_MATCH2:
        return test(name, ins, raw(ins.operand(1)), resolved(ins.operand(2)), resolved(ins.operand(3)),
            raw(ins.operand(4)));
      case BS_GET_INTEGER2, BS_GET_FLOAT2, BS_GET_BINARY2:
        return test(name, ins, raw(ins.operand(1)), resolved(ins.operand(2)), resolved(ins.operand(3)),
            resolved(ins.operand(4)), flags(ins, 5), resolved(ins.operand(6)));
      case BS_SKIP_BITS2:
        return test(name, ins, raw(ins.operand(1)), resolved(ins.operand(2)), resolved(ins.operand(3)),
            flags(ins, 4));
      case BS_TEST_TAIL2, BS_TEST_UNIT:
        return test(name, ins, raw(ins.operand(1)), resolved(ins.operand(2)));
      case BS_MATCH_STRING:
        return test(name, ins, raw(ins.operand(1)), resolved(ins.operand(2)),
            ((StringRef) ins.operand(3)).bytes());
      case BS_GET_UTF8, BS_GET_UTF16, BS_GET_UTF32:
        return test(name, ins, resolved(ins.operand(1)), resolved(ins.operand(2)), flags(ins, 3),
            resolved(ins.operand(4)));
      case BS_SKIP_UTF8, BS_SKIP_UTF16, BS_SKIP_UTF32:
        return test(name, ins, resolved(ins.operand(1)), resolved(ins.operand(2)), flags(ins, 3));
      case BS_SAVE2, BS_RESTORE2:
        return Tuple.of(name, raw(ins.operand(0)), resolved(ins.operand(1)));

      case BS_CREATE_BIN:
        // OTP 25's beam_disasm leaves this instruction entirely undecoded.
        return Tuple.of(name, Cons.list(Tuple.of(raw(ins.operand(0)), raw(ins.operand(1)), raw(ins.operand(2)),
            raw(ins.operand(3)), raw(ins.operand(4)), Tuple.of(OperandTerms.Z, 1L),
            Tuple.of(OperandTerms.U, (long) ins.list(5).size()), rawList(ins.list(5)))));

      case UPDATE_RECORD:
        return Tuple.of(name, raw(ins.operand(0)), resolved(ins.operand(1)), raw(ins.operand(2)), raw(ins.operand(3)),
            resolved(ins.operand(4)));
      case BS_MATCH:
        return Tuple.of(name, raw(ins.operand(0)), raw(ins.operand(1)), resolved(ins.operand(2)));
      case EXECUTABLE_LINE:
        return Tuple.of(name, resolved(ins.operand(0)), resolved(ins.operand(1)));

      default:
        // Obsolete instructions, which the loader refuses: shown generically.
        List<Object> elems = new ArrayList<>();
        elems.add(name);
        for (int i = 0; i < ins.operands().size(); i++) {
          elems.add(raw(ins.operand(i)));
        }
        return Tuple.of(elems.toArray());
    }
  }

  private static Operand last(Instruction ins) {
    return ins.operand(ins.operands().size() - 1);
  }

  private Tuple test(Atom name, Instruction ins, Object... args) {
    return Tuple.of(TEST, name, raw(ins.operand(0)), Cons.list(args));
  }

  private static Object resolvedRange(Instruction ins, int from, int to) {
    List<Object> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(resolved(ins.operand(i)));
    }
    return Cons.fromList(out);
  }

  private static Tuple flags(Instruction ins, int i) {
    return Tuple.of(FIELD_FLAGS, (long) ((FieldFlags) ins.operand(i)).bits());
  }

  private static Atom bifName(Instruction ins, int i) {
    return ins.importRef(i).entry().function();
  }

  private static Tuple extfunc(Import imp) {
    return Tuple.of(EXTFUNC, imp.module(), imp.function(), (long) imp.arity());
  }

  /** A string-table string as a list of character codes. */
  private static Object chars(StringRef s) {
    byte[] bytes = s.bytes().toByteArray();
    List<Object> out = new ArrayList<>(bytes.length);
    for (byte b : bytes) {
      out.add((long) (b & 0xFF));
    }
    return Cons.fromList(out);
  }

  /** {@code {M,F,A}} of the local function a call goes to; M is what its {@code func_info} says. */
  private Tuple localFunction(int label) {
    BeamFunction f = module.functionContaining(label);
    Atom m = module.name();
    for (Instruction i : f.instructions()) {
      if (i.opcode() == Opcode.FUNC_INFO) {
        m = ((AtomLiteral) i.operand(0)).atom();
        break;
      }
    }
    return Tuple.of(m, f.name(), (long) f.arity());
  }

  private Tuple lambdaFunction(FunEntry fun) {
    return Tuple.of(module.name(), fun.function(), (long) fun.arity());
  }
}
