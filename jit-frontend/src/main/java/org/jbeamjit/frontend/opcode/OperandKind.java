package org.jbeamjit.frontend.opcode;

/**
 * What an instruction operand means, as far as loading it is concerned: which compact-term forms
 * it may take, and what the loader resolves it to. Code generators also read it to tell values
 * read from values written.
 */
public enum OperandKind {
  /** The number of the label this instruction defines (tag u). */
  LABEL_DEF,
  /** A jump target inside the function (tag f, never 0). */
  TARGET,
  /** Where to go on failure (tag f); label 0 means "raise an exception" instead. */
  FAIL,
  /** The entry label of a local function, the target of a call (tag f). */
  FUNCTION,
  /** A failure label, or an atom naming what to do instead ({@code no_fail}, {@code resume}). */
  FAIL_OR_ATOM,
  /** An untagged count, size, arity, stack size, live-register count or index (tag u). */
  UNSIGNED,
  /** Heap words needed: tag u, or an allocation list of words, floats and funs. */
  HEAP_NEED,
  /** A value read: a register (typed or not) or a constant. */
  SOURCE,
  /** A register written (x or y). */
  DESTINATION,
  /** A register both read and written. */
  REGISTER,
  /** A float register (extended tag 2). */
  FLOAT_REGISTER,
  /** An atom (tag a, not {@code []}). */
  ATOM,
  /** An index into the import table (tag u), resolved to the imported function. */
  IMPORT,
  /** An index into the import table naming a BIF (tag u), resolved to the imported function. */
  BIF,
  /** An index into the fun table (tag u), resolved to the fun entry. */
  LAMBDA,
  /** A fun-table index (a fun call whose target is known) or an atom ({@code safe}, {@code unsafe}). */
  LAMBDA_OR_ATOM,
  /** An index into the line table (tag u); 0 means "no location". */
  LOCATION,
  /** Bit syntax segment flags (tag u). */
  FIELD_FLAGS,
  /** An offset into the string table; the preceding operand is the length in bytes. */
  STRING,
  /** An offset into the string table; the preceding operand is the length in bits. */
  BIT_STRING,
  /** A list of operands (extended tag 1). */
  LIST,
  /** An operand whose form varies with the compiler version or is not checked. */
  ANY
}
