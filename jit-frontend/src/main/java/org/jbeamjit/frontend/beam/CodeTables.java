package org.jbeamjit.frontend.beam;

import java.util.List;
import org.jbeamjit.frontend.ir.FunEntry;
import org.jbeamjit.frontend.ir.Import;
import org.jbeamjit.frontend.ir.LineTable;

/** The tables instruction operands index into by untagged numbers. */
record CodeTables(List<Import> imports, List<FunEntry> funs, LineTable lines, byte[] strings) {}
