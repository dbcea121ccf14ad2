package org.jbeamjit.frontend.beam;

import java.util.List;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.BeamType;
import org.jbeamjit.frontend.ir.CodeHeader;
import org.jbeamjit.frontend.ir.FunEntry;
import org.jbeamjit.frontend.ir.Import;
import org.jbeamjit.frontend.ir.LineTable;
import org.jbeamjit.runtime.term.Atom;

/** Reads the Code chunk against the module's other tables and cuts it into functions. */
public final class CodeLoader {
  public record Result(CodeHeader header, List<BeamFunction> functions) {}

  private CodeLoader() {}

  /**
   * @param types the Type chunk's entries, or {@code null} when there is no Type chunk
   */
  public static Result load(Chunk code, List<Atom> atoms, List<Object> literals, List<BeamType> types,
      List<Import> imports, List<FunEntry> funs, LineTable lines, byte[] strings) {
    ConstantPools pools = new ConstantPools(atoms, literals, types);
    CodeTables tables = new CodeTables(imports, funs, lines, strings);
    CodeChunkReader.Code decoded = CodeChunkReader.read(code, pools, tables);
    return new Result(decoded.header(), FunctionSplitter.split(decoded));
  }
}
