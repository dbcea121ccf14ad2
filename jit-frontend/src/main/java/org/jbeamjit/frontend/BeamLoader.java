package org.jbeamjit.frontend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.frontend.beam.AtomChunkReader;
import org.jbeamjit.frontend.beam.BeamFile;
import org.jbeamjit.frontend.beam.Chunk;
import org.jbeamjit.frontend.beam.CodeLoader;
import org.jbeamjit.frontend.beam.ExportChunkReader;
import org.jbeamjit.frontend.beam.FunChunkReader;
import org.jbeamjit.frontend.beam.ImportChunkReader;
import org.jbeamjit.frontend.beam.LineChunkReader;
import org.jbeamjit.frontend.beam.LiteralChunkReader;
import org.jbeamjit.frontend.beam.ModuleMd5;
import org.jbeamjit.frontend.beam.TermChunkReader;
import org.jbeamjit.frontend.beam.TypeChunkReader;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.frontend.ir.BeamType;
import org.jbeamjit.frontend.ir.Export;
import org.jbeamjit.frontend.ir.FunEntry;
import org.jbeamjit.frontend.ir.Import;
import org.jbeamjit.frontend.ir.LineTable;
import org.jbeamjit.runtime.term.Atom;

/**
 * Loads a {@code .beam} file into a {@link BeamModule}, reading each chunk in turn and checking
 * everything the code refers to. Bad input of any kind gives a {@link BeamFormatException}.
 */
public final class BeamLoader {
  private BeamLoader() {}

  public static BeamModule load(Path path) throws IOException {
    return load(Files.readAllBytes(path), path.toString());
  }

  /**
   * @param fileName what to call the bytes in messages
   */
  public static BeamModule load(byte[] bytes, String fileName) {
    return load(bytes, fileName, true);
  }

  /**
   * @param withLocations {@code false} to drop the file and line of every instruction (their
   *     stack frames then show none), as BEAM's preloaded modules have none
   */
  public static BeamModule load(byte[] bytes, String fileName, boolean withLocations) {
    BeamFile file = BeamFile.parse(bytes.clone(), fileName);
    List<Atom> atoms = AtomChunkReader.read(file);
    Atom name = atoms.get(0);
    List<Import> imports = ImportChunkReader.read(file.require("ImpT"), atoms);
    List<Export> exports = ExportChunkReader.read(file.require("ExpT"), atoms);
    List<Export> locals = file.chunk("LocT").map(c -> ExportChunkReader.read(c, atoms)).orElse(List.of());
    List<FunEntry> funs = file.chunk("FunT").map(c -> FunChunkReader.read(c, atoms)).orElse(List.of());
    List<Object> literals = file.chunk("LitT").map(c -> LiteralChunkReader.read(c, fileName)).orElse(List.of());
    byte[] strings = file.chunk("StrT").map(Chunk::data).orElse(new byte[0]);
    LineTable read = file.chunk("Line").map(c -> LineChunkReader.read(c, name)).orElse(LineTable.EMPTY);
    LineTable lines = withLocations ? read : read.withoutLocations();
    List<BeamType> types = file.chunk("Type").map(TypeChunkReader::read).orElse(null);

    CodeLoader.Result code = CodeLoader.load(file.require("Code"), atoms, literals, types, imports, funs, lines,
        strings);
    Map<Integer, BeamFunction> byEntry = new HashMap<>();
    for (BeamFunction f : code.functions()) {
      byEntry.put(f.entryLabel(), f);
    }
    checkEntries(file.require("ExpT"), exports, byEntry);
    file.chunk("LocT").ifPresent(c -> checkEntries(c, locals, byEntry));
    file.chunk("FunT").ifPresent(c -> checkFunEntries(c, funs, byEntry));

    BeamModule.Builder module = BeamModule.builder()
        .fileName(fileName)
        .name(name)
        .atoms(atoms)
        .codeHeader(code.header())
        .exports(exports)
        .locals(locals)
        .imports(imports)
        .funs(funs)
        .literals(literals)
        .strings(strings)
        .lineTable(lines)
        .types(types == null ? List.of() : types)
        .md5(ModuleMd5.compute(file))
        .functions(code.functions());
    file.chunk("Attr").ifPresent(c -> module.attributes(TermChunkReader.read(c)));
    file.chunk("CInf").ifPresent(c -> module.compileInfo(TermChunkReader.read(c)));
    file.chunk("Meta").ifPresent(c -> module.meta(TermChunkReader.read(c)));
    return module.build();
  }

  /** Each export (or local) names the function whose entry label it gives. */
  private static void checkEntries(Chunk chunk, List<Export> entries, Map<Integer, BeamFunction> byEntry) {
    for (int i = 0; i < entries.size(); i++) {
      Export e = entries.get(i);
      BeamFunction f = byEntry.get(e.label());
      if (f == null || f.name() != e.function() || f.arity() != e.arity()) {
        throw new BeamFormatException(chunk.reader().fileName(), chunk.id(), chunk.dataStart() + 4 + 12L * i,
            e.function() + "/" + e.arity() + " names label " + e.label() + ", which is not its entry");
      }
    }
  }

  private static void checkFunEntries(Chunk chunk, List<FunEntry> funs, Map<Integer, BeamFunction> byEntry) {
    for (int i = 0; i < funs.size(); i++) {
      FunEntry e = funs.get(i);
      BeamFunction f = byEntry.get(e.label());
      if (f == null || f.name() != e.function() || f.arity() != e.arity()) {
        throw new BeamFormatException(chunk.reader().fileName(), chunk.id(), chunk.dataStart() + 4 + 24L * i,
            "fun " + i + " (" + e.function() + "/" + e.arity() + ") names label " + e.label()
                + ", which is not its entry");
      }
    }
  }
}
