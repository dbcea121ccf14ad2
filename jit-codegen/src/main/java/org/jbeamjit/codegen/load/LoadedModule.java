package org.jbeamjit.codegen.load;

import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.codegen.ops.Bifs;
import org.jbeamjit.codegen.ops.ErlStrings;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.frontend.ir.Export;
import org.jbeamjit.frontend.ir.FunEntry;
import org.jbeamjit.frontend.ir.LineTable;
import org.jbeamjit.frontend.ir.Location;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * One loaded version of a module: its IR, the code an engine made for each of its functions (by
 * index in {@code beam().functions()}), its funs, and the stack-frame terms its code reports.
 * Made by {@link ModuleLoader}; immutable once the load has finished.
 */
public final class LoadedModule {
  private static final Atom FILE = Atom.of("file");
  private static final Atom LINE = Atom.of("line");

  private final BeamModule beam;
  private final Engine engine;
  private final List<BeamFunction> functions;
  private final Map<Integer, Integer> indexByEntryLabel = new HashMap<>();
  private final Map<FunctionKey, Integer> indexByName = new HashMap<>();
  private final BifEntry[] bifs;
  private final FunTemplate[] funs;
  private final Object[] locations;
  private final BitString md5;
  private FunctionCode[] codes;
  private MethodHandle[] directs;

  private record FunctionKey(Atom name, int arity) {}

  LoadedModule(BeamModule beam, Engine engine) {
    this.beam = beam;
    this.engine = engine;
    this.functions = beam.functions();
    this.bifs = new BifEntry[functions.size()];
    for (int i = 0; i < functions.size(); i++) {
      BeamFunction f = functions.get(i);
      indexByEntryLabel.put(f.entryLabel(), i);
      indexByName.put(new FunctionKey(f.name(), f.arity()), i);
      bifs[i] = Bifs.lookup(beam.name(), f.name(), f.arity());
    }
    this.md5 = BitString.wrap(beam.md5());
    List<FunEntry> table = beam.funs();
    this.funs = new FunTemplate[table.size()];
    for (int i = 0; i < funs.length; i++) {
      FunEntry e = table.get(i);
      funs[i] = new FunTemplate(this, i, e, functionIndexByLabel(e.label()));
    }
    this.locations = new Object[beam.lineTable().size()];
  }

  /** Installs the engine's code; the load is complete after this. */
  void install(FunctionCode[] codes, MethodHandle[] directs) {
    this.codes = codes;
    this.directs = directs;
  }

  public Atom name() {
    return beam.name();
  }

  public BeamModule beam() {
    return beam;
  }

  public Engine engine() {
    return engine;
  }

  /** The module version's MD5 as a binary ({@code module_info(md5)}, and the {@code uniq} of its funs). */
  public BitString md5() {
    return md5;
  }

  public int functionCount() {
    return functions.size();
  }

  public BeamFunction function(int index) {
    return functions.get(index);
  }

  /** The index of the function with this entry label (the target of a local call), or -1. */
  public int functionIndexByLabel(int entryLabel) {
    return indexByEntryLabel.getOrDefault(entryLabel, -1);
  }

  /** The index of {@code name/arity}, or -1. */
  public int functionIndex(Atom name, int arity) {
    return indexByName.getOrDefault(new FunctionKey(name, arity), -1);
  }

  /**
   * The BIF that replaces function {@code index}, or {@code null}: a module may define a stub for a
   * function the VM implements (for example {@code lists:reverse/2}); as in OTP, the BIF runs for
   * every call to it, local calls too.
   */
  public BifEntry bif(int index) {
    return bifs[index];
  }

  /** The code that runs function {@code index}: the BIF for a BIF stub, otherwise what the engine made. */
  public FunctionCode code(int index) {
    return codes[index];
  }

  /** The direct entry of function {@code index}, of type {@code Export.callType(arity)}. */
  public MethodHandle direct(int index) {
    return directs[index];
  }

  /** The fun-table entry {@code index} (the "old index" that {@code make_fun3} names). */
  public FunTemplate fun(int index) {
    return funs[index];
  }

  public int funCount() {
    return funs.length;
  }

  /** Whether {@code name/arity} is in the export table of this version. */
  public boolean isExported(Atom name, int arity) {
    for (Export e : beam.exports()) {
      if (e.function() == name && e.arity() == arity) {
        return true;
      }
    }
    return false;
  }

  /**
   * The location list of a stack frame at line-table index {@code lineIndex}:
   * {@code [{file,F},{line,L}]}, or {@code []} when the index means "no location".
   */
  public Object location(int lineIndex) {
    Object loc = locations[lineIndex];
    if (loc == null) {
      LineTable table = beam.lineTable();
      Location l = table.location(lineIndex);
      loc = l.isNone() ? Nil.NIL
          : Cons.list(Tuple.of(FILE, ErlStrings.of(l.file())), Tuple.of(LINE, (long) l.line()));
      locations[lineIndex] = loc;
    }
    return loc;
  }

  /** The stack frame {@code {M,F,Arity,Location}} of function {@code index} at {@code lineIndex}. */
  public Tuple frame(int index, int lineIndex) {
    BeamFunction f = functions.get(index);
    return Tuple.of(beam.name(), f.name(), (long) f.arity(), location(lineIndex));
  }

  @Override
  public String toString() {
    return beam.name() + " (" + engine.name() + ")";
  }
}
