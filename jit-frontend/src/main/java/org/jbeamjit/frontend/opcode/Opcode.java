package org.jbeamjit.frontend.opcode;

import static org.jbeamjit.frontend.opcode.OperandKind.ANY;
import static org.jbeamjit.frontend.opcode.OperandKind.ATOM;
import static org.jbeamjit.frontend.opcode.OperandKind.BIF;
import static org.jbeamjit.frontend.opcode.OperandKind.BIT_STRING;
import static org.jbeamjit.frontend.opcode.OperandKind.DESTINATION;
import static org.jbeamjit.frontend.opcode.OperandKind.FAIL;
import static org.jbeamjit.frontend.opcode.OperandKind.FAIL_OR_ATOM;
import static org.jbeamjit.frontend.opcode.OperandKind.FIELD_FLAGS;
import static org.jbeamjit.frontend.opcode.OperandKind.FLOAT_REGISTER;
import static org.jbeamjit.frontend.opcode.OperandKind.FUNCTION;
import static org.jbeamjit.frontend.opcode.OperandKind.HEAP_NEED;
import static org.jbeamjit.frontend.opcode.OperandKind.IMPORT;
import static org.jbeamjit.frontend.opcode.OperandKind.LABEL_DEF;
import static org.jbeamjit.frontend.opcode.OperandKind.LAMBDA;
import static org.jbeamjit.frontend.opcode.OperandKind.LAMBDA_OR_ATOM;
import static org.jbeamjit.frontend.opcode.OperandKind.LIST;
import static org.jbeamjit.frontend.opcode.OperandKind.LOCATION;
import static org.jbeamjit.frontend.opcode.OperandKind.REGISTER;
import static org.jbeamjit.frontend.opcode.OperandKind.SOURCE;
import static org.jbeamjit.frontend.opcode.OperandKind.STRING;
import static org.jbeamjit.frontend.opcode.OperandKind.TARGET;
import static org.jbeamjit.frontend.opcode.OperandKind.UNSIGNED;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jbeamjit.runtime.term.Atom;

/**
 * The generic BEAM instruction set, opcodes 1 to 183 (OTP 24 to 27): the one place that says an
 * opcode's number, name, arity and the kind of each operand. The loader, the disassembler, the
 * interpreter and the JIT all read this table.
 *
 * <p>The Erlang name is the constant's name in lower case. Obsolete opcodes are ones no compiler
 * has emitted since long before OTP 24 and that OTP refuses to load; only their arity is known.
 */
public enum Opcode {
  LABEL(1, LABEL_DEF),
  FUNC_INFO(2, ATOM, ATOM, UNSIGNED),
  INT_CODE_END(3),
  CALL(4, UNSIGNED, FUNCTION),
  CALL_LAST(5, UNSIGNED, FUNCTION, UNSIGNED),
  CALL_ONLY(6, UNSIGNED, FUNCTION),
  CALL_EXT(7, UNSIGNED, IMPORT),
  CALL_EXT_LAST(8, UNSIGNED, IMPORT, UNSIGNED),
  BIF0(9, BIF, DESTINATION),
  BIF1(10, FAIL, BIF, SOURCE, DESTINATION),
  BIF2(11, FAIL, BIF, SOURCE, SOURCE, DESTINATION),
  ALLOCATE(12, UNSIGNED, UNSIGNED),
  ALLOCATE_HEAP(13, UNSIGNED, HEAP_NEED, UNSIGNED),
  ALLOCATE_ZERO(14, UNSIGNED, UNSIGNED),
  ALLOCATE_HEAP_ZERO(15, UNSIGNED, HEAP_NEED, UNSIGNED),
  TEST_HEAP(16, HEAP_NEED, UNSIGNED),
  INIT(17, DESTINATION),
  DEALLOCATE(18, UNSIGNED),
  RETURN(19),
  SEND(20),
  REMOVE_MESSAGE(21),
  TIMEOUT(22),
  LOOP_REC(23, TARGET, DESTINATION),
  LOOP_REC_END(24, TARGET),
  WAIT(25, TARGET),
  WAIT_TIMEOUT(26, TARGET, SOURCE),
  M_PLUS(27, 4),
  M_MINUS(28, 4),
  M_TIMES(29, 4),
  M_DIV(30, 4),
  INT_DIV(31, 4),
  INT_REM(32, 4),
  INT_BAND(33, 4),
  INT_BOR(34, 4),
  INT_BXOR(35, 4),
  INT_BSL(36, 4),
  INT_BSR(37, 4),
  INT_BNOT(38, 3),
  IS_LT(39, TARGET, SOURCE, SOURCE),
  IS_GE(40, TARGET, SOURCE, SOURCE),
  IS_EQ(41, TARGET, SOURCE, SOURCE),
  IS_NE(42, TARGET, SOURCE, SOURCE),
  IS_EQ_EXACT(43, TARGET, SOURCE, SOURCE),
  IS_NE_EXACT(44, TARGET, SOURCE, SOURCE),
  IS_INTEGER(45, TARGET, SOURCE),
  IS_FLOAT(46, TARGET, SOURCE),
  IS_NUMBER(47, TARGET, SOURCE),
  IS_ATOM(48, TARGET, SOURCE),
  IS_PID(49, TARGET, SOURCE),
  IS_REFERENCE(50, TARGET, SOURCE),
  IS_PORT(51, TARGET, SOURCE),
  IS_NIL(52, TARGET, SOURCE),
  IS_BINARY(53, TARGET, SOURCE),
  IS_CONSTANT(54, 2),
  IS_LIST(55, TARGET, SOURCE),
  IS_NONEMPTY_LIST(56, TARGET, SOURCE),
  IS_TUPLE(57, TARGET, SOURCE),
  TEST_ARITY(58, TARGET, SOURCE, UNSIGNED),
  SELECT_VAL(59, SOURCE, TARGET, LIST),
  SELECT_TUPLE_ARITY(60, SOURCE, TARGET, LIST),
  JUMP(61, TARGET),
  CATCH(62, DESTINATION, TARGET),
  CATCH_END(63, DESTINATION),
  MOVE(64, SOURCE, DESTINATION),
  GET_LIST(65, SOURCE, DESTINATION, DESTINATION),
  GET_TUPLE_ELEMENT(66, SOURCE, UNSIGNED, DESTINATION),
  SET_TUPLE_ELEMENT(67, SOURCE, SOURCE, UNSIGNED),
  PUT_STRING(68, 3),
  PUT_LIST(69, SOURCE, SOURCE, DESTINATION),
  PUT_TUPLE(70, UNSIGNED, DESTINATION),
  PUT(71, SOURCE),
  BADMATCH(72, SOURCE),
  IF_END(73),
  CASE_END(74, SOURCE),
  CALL_FUN(75, UNSIGNED),
  MAKE_FUN(76, 3),
  IS_FUNCTION(77, TARGET, SOURCE),
  CALL_EXT_ONLY(78, UNSIGNED, IMPORT),
  BS_START_MATCH(79, 2),
  BS_GET_INTEGER(80, 5),
  BS_GET_FLOAT(81, 5),
  BS_GET_BINARY(82, 5),
  BS_SKIP_BITS(83, 4),
  BS_TEST_TAIL(84, 2),
  BS_SAVE(85, 1),
  BS_RESTORE(86, 1),
  BS_INIT(87, 2),
  BS_FINAL(88, 2),
  BS_PUT_INTEGER(89, FAIL, SOURCE, UNSIGNED, FIELD_FLAGS, SOURCE),
  BS_PUT_BINARY(90, FAIL, SOURCE, UNSIGNED, FIELD_FLAGS, SOURCE),
  BS_PUT_FLOAT(91, FAIL, SOURCE, UNSIGNED, FIELD_FLAGS, SOURCE),
  BS_PUT_STRING(92, UNSIGNED, STRING),
  BS_NEED_BUF(93, 1),
  FCLEARERROR(94),
  FCHECKERROR(95, FAIL),
  /** Either direction between a float register and an x/y register or constant. */
  FMOVE(96, ANY, ANY),
  FCONV(97, SOURCE, FLOAT_REGISTER),
  FADD(98, FAIL, FLOAT_REGISTER, FLOAT_REGISTER, FLOAT_REGISTER),
  FSUB(99, FAIL, FLOAT_REGISTER, FLOAT_REGISTER, FLOAT_REGISTER),
  FMUL(100, FAIL, FLOAT_REGISTER, FLOAT_REGISTER, FLOAT_REGISTER),
  FDIV(101, FAIL, FLOAT_REGISTER, FLOAT_REGISTER, FLOAT_REGISTER),
  FNEGATE(102, FAIL, FLOAT_REGISTER, FLOAT_REGISTER),
  MAKE_FUN2(103, LAMBDA),
  TRY(104, DESTINATION, TARGET),
  TRY_END(105, DESTINATION),
  TRY_CASE(106, DESTINATION),
  TRY_CASE_END(107, SOURCE),
  RAISE(108, SOURCE, SOURCE),
  BS_INIT2(109, FAIL, SOURCE, UNSIGNED, UNSIGNED, FIELD_FLAGS, DESTINATION),
  BS_BITS_TO_BYTES(110, 3),
  BS_ADD(111, FAIL, SOURCE, SOURCE, UNSIGNED, DESTINATION),
  APPLY(112, UNSIGNED),
  APPLY_LAST(113, UNSIGNED, UNSIGNED),
  IS_BOOLEAN(114, TARGET, SOURCE),
  IS_FUNCTION2(115, TARGET, SOURCE, SOURCE),
  BS_START_MATCH2(116, TARGET, SOURCE, UNSIGNED, UNSIGNED, DESTINATION),
  BS_GET_INTEGER2(117, TARGET, SOURCE, UNSIGNED, SOURCE, UNSIGNED, FIELD_FLAGS, DESTINATION),
  BS_GET_FLOAT2(118, TARGET, SOURCE, UNSIGNED, SOURCE, UNSIGNED, FIELD_FLAGS, DESTINATION),
  BS_GET_BINARY2(119, TARGET, SOURCE, UNSIGNED, SOURCE, UNSIGNED, FIELD_FLAGS, DESTINATION),
  BS_SKIP_BITS2(120, TARGET, SOURCE, SOURCE, UNSIGNED, FIELD_FLAGS),
  BS_TEST_TAIL2(121, TARGET, SOURCE, UNSIGNED),
  /** The position is a slot number or the atom {@code start}. */
  BS_SAVE2(122, SOURCE, ANY),
  BS_RESTORE2(123, SOURCE, ANY),
  GC_BIF1(124, FAIL, UNSIGNED, BIF, SOURCE, DESTINATION),
  GC_BIF2(125, FAIL, UNSIGNED, BIF, SOURCE, SOURCE, DESTINATION),
  BS_FINAL2(126, 2),
  BS_BITS_TO_BYTES2(127, 2),
  PUT_LITERAL(128, 2),
  IS_BITSTR(129, TARGET, SOURCE),
  BS_CONTEXT_TO_BINARY(130, SOURCE),
  BS_TEST_UNIT(131, TARGET, SOURCE, UNSIGNED),
  BS_MATCH_STRING(132, TARGET, SOURCE, UNSIGNED, BIT_STRING),
  BS_INIT_WRITABLE(133),
  BS_APPEND(134, FAIL, SOURCE, UNSIGNED, UNSIGNED, UNSIGNED, SOURCE, FIELD_FLAGS, DESTINATION),
  BS_PRIVATE_APPEND(135, FAIL, SOURCE, UNSIGNED, SOURCE, FIELD_FLAGS, DESTINATION),
  TRIM(136, UNSIGNED, UNSIGNED),
  BS_INIT_BITS(137, FAIL, SOURCE, UNSIGNED, UNSIGNED, FIELD_FLAGS, DESTINATION),
  BS_GET_UTF8(138, TARGET, SOURCE, UNSIGNED, FIELD_FLAGS, DESTINATION),
  BS_SKIP_UTF8(139, TARGET, SOURCE, UNSIGNED, FIELD_FLAGS),
  BS_GET_UTF16(140, TARGET, SOURCE, UNSIGNED, FIELD_FLAGS, DESTINATION),
  BS_SKIP_UTF16(141, TARGET, SOURCE, UNSIGNED, FIELD_FLAGS),
  BS_GET_UTF32(142, TARGET, SOURCE, UNSIGNED, FIELD_FLAGS, DESTINATION),
  BS_SKIP_UTF32(143, TARGET, SOURCE, UNSIGNED, FIELD_FLAGS),
  BS_UTF8_SIZE(144, FAIL, SOURCE, DESTINATION),
  BS_PUT_UTF8(145, FAIL, FIELD_FLAGS, SOURCE),
  BS_UTF16_SIZE(146, FAIL, SOURCE, DESTINATION),
  BS_PUT_UTF16(147, FAIL, FIELD_FLAGS, SOURCE),
  BS_PUT_UTF32(148, FAIL, FIELD_FLAGS, SOURCE),
  ON_LOAD(149),
  RECV_MARK(150, TARGET),
  RECV_SET(151, TARGET),
  GC_BIF3(152, FAIL, UNSIGNED, BIF, SOURCE, SOURCE, SOURCE, DESTINATION),
  LINE(153, LOCATION),
  PUT_MAP_ASSOC(154, FAIL, SOURCE, DESTINATION, UNSIGNED, LIST),
  PUT_MAP_EXACT(155, FAIL, SOURCE, DESTINATION, UNSIGNED, LIST),
  IS_MAP(156, TARGET, SOURCE),
  HAS_MAP_FIELDS(157, TARGET, SOURCE, LIST),
  GET_MAP_ELEMENTS(158, TARGET, SOURCE, LIST),
  IS_TAGGED_TUPLE(159, TARGET, SOURCE, UNSIGNED, ATOM),
  BUILD_STACKTRACE(160),
  RAW_RAISE(161),
  GET_HD(162, SOURCE, DESTINATION),
  GET_TL(163, SOURCE, DESTINATION),
  PUT_TUPLE2(164, DESTINATION, LIST),
  BS_GET_TAIL(165, SOURCE, DESTINATION, UNSIGNED),
  BS_START_MATCH3(166, FAIL, SOURCE, UNSIGNED, DESTINATION),
  BS_GET_POSITION(167, SOURCE, DESTINATION, UNSIGNED),
  BS_SET_POSITION(168, SOURCE, SOURCE),
  SWAP(169, REGISTER, REGISTER),
  BS_START_MATCH4(170, FAIL_OR_ATOM, UNSIGNED, SOURCE, DESTINATION),
  MAKE_FUN3(171, LAMBDA, DESTINATION, LIST),
  INIT_YREGS(172, LIST),
  RECV_MARKER_BIND(173, SOURCE, SOURCE),
  RECV_MARKER_CLEAR(174, SOURCE),
  RECV_MARKER_RESERVE(175, DESTINATION),
  RECV_MARKER_USE(176, SOURCE),
  BS_CREATE_BIN(177, FAIL, HEAP_NEED, UNSIGNED, UNSIGNED, DESTINATION, LIST),
  CALL_FUN2(178, LAMBDA_OR_ATOM, UNSIGNED, SOURCE),
  NIF_START(179),
  BADRECORD(180, SOURCE),
  /** OTP 26. The hint is {@code reuse} or {@code copy}; the list holds index/value pairs. */
  UPDATE_RECORD(181, ATOM, UNSIGNED, SOURCE, DESTINATION, LIST),
  /** OTP 26. The list holds the match commands. */
  BS_MATCH(182, FAIL, SOURCE, LIST),
  /** OTP 27, for coverage and debugging: a location and an index. */
  EXECUTABLE_LINE(183, LOCATION, UNSIGNED);

  /** The highest opcode number this table knows. */
  public static final int MAX_NUMBER = 183;

  private static final Opcode[] BY_NUMBER = new Opcode[MAX_NUMBER + 1];

  static {
    for (Opcode op : values()) {
      if (BY_NUMBER[op.number] != null) {
        throw new AssertionError("opcode " + op.number + " declared twice");
      }
      BY_NUMBER[op.number] = op;
    }
  }

  private final int number;
  private final List<OperandKind> operandKinds;
  private final boolean obsolete;
  private final String erlangName;
  private final Atom atom;

  Opcode(int number, OperandKind... operandKinds) {
    this(number, List.of(operandKinds), false);
  }

  /** An obsolete opcode: only the arity is declared. */
  Opcode(int number, int arity) {
    this(number, Collections.nCopies(arity, ANY), true);
  }

  Opcode(int number, List<OperandKind> operandKinds, boolean obsolete) {
    this.number = number;
    this.operandKinds = List.copyOf(operandKinds);
    this.obsolete = obsolete;
    this.erlangName = name().toLowerCase(Locale.ROOT);
    this.atom = Atom.of(erlangName);
  }

  /** The opcode with this number, or {@code null} if there is none. */
  public static Opcode byNumber(int number) {
    return number >= 0 && number < BY_NUMBER.length ? BY_NUMBER[number] : null;
  }

  public int number() {
    return number;
  }

  /** The name {@code genop.tab} and {@code beam_opcodes:opname/1} give it, e.g. {@code "call_ext_only"}. */
  public String erlangName() {
    return erlangName;
  }

  /** {@link #erlangName()} as an atom. */
  public Atom atom() {
    return atom;
  }

  public int arity() {
    return operandKinds.size();
  }

  public List<OperandKind> operandKinds() {
    return operandKinds;
  }

  public OperandKind operandKind(int i) {
    return operandKinds.get(i);
  }

  /** Whether OTP refuses to load code that uses this opcode (compiled before R13 or so). */
  public boolean isObsolete() {
    return obsolete;
  }
}
