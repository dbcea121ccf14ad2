package org.jbeamjit.codegen.interp;

/**
 * The interpreter's instruction set: BEAM's generic instructions after load-time resolution, one
 * int each, followed in the code array by their operands. Sources and destinations are encoded
 * by {@link Operands}; labels are code offsets; tables, constants and call targets are indices
 * into the function's constant pool. Instructions that do nothing at run time ({@code label},
 * {@code line}, {@code test_heap}) are not emitted.
 */
final class Op {
  private Op() {}

  // moves and data
  static final int MOVE = 1; // src dst
  static final int SWAP = 2; // reg reg
  static final int GET_LIST = 3; // src head tail
  static final int GET_HD = 4; // src dst
  static final int GET_TL = 5; // src dst
  static final int GET_TUPLE_ELEMENT = 6; // src index dst
  static final int SET_TUPLE_ELEMENT = 7; // value tuple index
  static final int PUT_LIST = 8; // head tail dst
  static final int PUT_TUPLE2 = 9; // dst k(int[] sources)
  static final int INIT = 10; // dst
  static final int INIT_YREGS = 11; // k(int[] regs)
  static final int UPDATE_RECORD = 12; // size src dst k(int[] index/value pairs)

  // frames
  static final int ALLOCATE = 20; // stackSize
  static final int DEALLOCATE = 21;
  static final int TRIM = 22; // n remaining
  static final int RETURN = 23;
  static final int FUNC_INFO = 24; // (function_clause)

  // calls
  static final int CALL = 30; // arity k(function index) -- non-tail
  static final int CALL_LAST = 31; // arity k(function index)  (deallocates)
  static final int CALL_EXT = 32; // arity k(Export)
  static final int CALL_EXT_LAST = 33; // arity k(Export)
  static final int CALL_BIF = 34; // arity k(BifEntry) tail(0|1)
  static final int APPLY = 35; // arity tail(0|1): M = x[arity], F = x[arity+1]
  static final int APPLY_EXT3 = 36; // tail: erlang:apply/3 called by name
  static final int APPLY_EXT2 = 37; // tail: erlang:apply/2 called by name
  static final int CALL_FUN = 38; // arity fun-src tail(0|1)
  static final int MAKE_FUN = 39; // k(fun index) dst k(int[] env sources)

  // BIFs
  static final int BIF0 = 40; // k(BifEntry) dst
  static final int BIF1 = 41; // fail k(BifEntry) src dst
  static final int BIF2 = 42; // fail k(BifEntry) src src dst
  static final int BIF3 = 43; // fail k(BifEntry) src src src dst
  static final int BIF2_NO_FRAME = 44; // as BIF2, for the arithmetic OTP inlines (its error shows no BIF frame)
  static final int INTRINSIC2 = 45; // fail k(BifEntry) src src dst intrinsic showsFrame(0|1): Intrinsics

  // tests: fail label first
  static final int IS_LT = 50;
  static final int IS_GE = 51;
  static final int IS_EQ = 52;
  static final int IS_NE = 53;
  static final int IS_EQ_EXACT = 54;
  static final int IS_NE_EXACT = 55;
  static final int IS_INTEGER = 56;
  static final int IS_FLOAT = 57;
  static final int IS_NUMBER = 58;
  static final int IS_ATOM = 59;
  static final int IS_PID = 60;
  static final int IS_REFERENCE = 61;
  static final int IS_PORT = 62;
  static final int IS_NIL = 63;
  static final int IS_BINARY = 64;
  static final int IS_LIST = 65;
  static final int IS_NONEMPTY_LIST = 66;
  static final int IS_TUPLE = 67;
  static final int TEST_ARITY = 68; // fail src arity
  static final int IS_TAGGED_TUPLE = 69; // fail src arity k(atom)
  static final int IS_FUNCTION = 70;
  static final int IS_FUNCTION2 = 71; // fail src arity-src
  static final int IS_BOOLEAN = 72;
  static final int IS_BITSTR = 73;
  static final int IS_MAP = 74;
  static final int SELECT_VAL = 75; // src fail k(SelectTable)
  static final int SELECT_TUPLE_ARITY = 76; // src fail k(SelectTable)
  static final int JUMP = 77; // target

  // exceptions
  static final int CATCH = 80; // y k(CatchTag)
  static final int CATCH_END = 81; // y
  static final int TRY_END = 82; // y
  static final int TRY_CASE = 83; // y
  static final int TRY_CASE_END = 84; // src
  static final int BADMATCH = 85; // src
  static final int CASE_END = 86; // src
  static final int IF_END = 87;
  static final int BADRECORD = 88; // src
  static final int RAISE = 89; // stacktrace-src value-src
  static final int BUILD_STACKTRACE = 90;
  static final int RAW_RAISE = 91;

  // maps
  static final int GET_MAP_ELEMENTS = 95; // fail src k(int[] key/dst pairs; keys are sources)
  static final int HAS_MAP_FIELDS = 96; // fail src k(int[] keys)
  static final int PUT_MAP_ASSOC = 97; // fail src dst k(int[] key/value sources)
  static final int PUT_MAP_EXACT = 98; // fail src dst k(int[] key/value sources)

  // floats
  static final int FMOVE_TO_FR = 100; // src fr
  static final int FMOVE_FROM_FR = 101; // fr dst
  static final int FCONV = 102; // src fr
  static final int FADD = 103; // fr fr fr
  static final int FSUB = 104;
  static final int FMUL = 105;
  static final int FDIV = 106;
  static final int FNEGATE = 107; // fr fr

  // receive
  static final int SEND = 110;
  static final int REMOVE_MESSAGE = 111;
  static final int TIMEOUT = 112;
  static final int LOOP_REC = 113; // empty-target dst
  static final int LOOP_REC_END = 114; // target
  static final int WAIT = 115; // target
  static final int WAIT_TIMEOUT = 116; // target time-src
  static final int RECV_MARKER_RESERVE = 117; // dst
  static final int RECV_MARKER_BIND = 118; // marker-src ref-src
  static final int RECV_MARKER_USE = 119; // ref-src
  static final int RECV_MARKER_CLEAR = 120; // ref-src

  // bit syntax (OTP 25's instructions; the ones older compilers emitted are not supported)
  static final int BS_CREATE_BIN = 130; // fail dst k(CreateBin)
  static final int BS_START_MATCH = 131; // fail src dst
  static final int BS_GET_POSITION = 132; // ctx dst
  static final int BS_SET_POSITION = 133; // ctx pos-src
  static final int BS_GET_TAIL = 134; // ctx dst
  static final int BS_TEST_TAIL = 135; // fail ctx bits
  static final int BS_TEST_UNIT = 136; // fail ctx unit
  static final int BS_MATCH_STRING = 137; // fail ctx bits k(BitString)
  static final int BS_GET_INTEGER = 138; // fail ctx size-src unit flags dst
  static final int BS_GET_FLOAT = 139; // fail ctx size-src unit flags dst
  static final int BS_GET_BINARY = 140; // fail ctx size-src unit dst
  static final int BS_SKIP_BITS = 141; // fail ctx size-src unit
  static final int BS_GET_UTF8 = 142; // fail ctx dst
  static final int BS_GET_UTF16 = 143; // fail ctx flags dst
  static final int BS_GET_UTF32 = 144; // fail ctx flags dst
  static final int BS_SKIP_UTF8 = 145; // fail ctx
  static final int BS_SKIP_UTF16 = 146; // fail ctx flags
  static final int BS_SKIP_UTF32 = 147; // fail ctx flags
  static final int BS_MATCH = 148; // fail ctx k(BsMatch)
  static final int BS_INIT_WRITABLE = 149;
}
