package org.jbeamjit.codegen.load;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.SwitchPoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jbeamjit.codegen.ops.Bifs;
import org.jbeamjit.codegen.ops.ErlStrings;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.frontend.ir.Export;
import org.jbeamjit.frontend.ir.FunEntry;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.LineTable;
import org.jbeamjit.frontend.ir.Location;
import org.jbeamjit.frontend.opcode.Opcode;
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
 * Made by {@link ModuleLoader}; immutable once the load has finished, but for its {@link State},
 * which {@link ModuleTable} moves on as newer versions load and old ones are purged.
 */
public final class LoadedModule {
  private static final Atom FILE = Atom.of("file");
  private static final Atom LINE = Atom.of("line");
  private static final AtomicLong SERIALS = new AtomicLong();

  /** Where a version stands in its module's life, as OTP's code table has it. */
  public enum State {
    /** Compiled ({@code erlang:prepare_loading/2}), not yet loaded. */
    PREPARED,
    /** Loaded, waiting for its {@code -on_load} function: its exports are not visible yet. */
    ON_LOAD,
    /** The version fully qualified calls reach. */
    CURRENT,
    /** Replaced or deleted: only code already running in it (frames, funs) still runs it. */
    OLD,
    /** Gone: nothing may enter it any more; its funs raise {@code badfun}. */
    PURGED
  }

  private final BeamModule beam;
  private final Engine engine;
  private final List<BeamFunction> functions;
  private final Map<Integer, Integer> indexByEntryLabel = new HashMap<>();
  private final Map<FunctionKey, Integer> indexByName = new HashMap<>();
  private final BifEntry[] bifs;
  private final FunTemplate[] funs;
  private final Object[] locations;
  private final BitString md5;
  private final int onLoadIndex;
  private final long serial = SERIALS.incrementAndGet();
  private volatile State state = State.PREPARED;
  /** Valid until the version is purged: code linked straight to this version's functions guards on it. */
  private final SwitchPoint unpurged = new SwitchPoint();
  private FunctionCode[] codes;
  private CompiledFunction[] entries;

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
    this.onLoadIndex = onLoadFunction(beam);
  }

  /**
   * The index of the module's {@code -on_load} function, or -1: the compiler marks it with an
   * {@code on_load} instruction right after its entry label.
   */
  static int onLoadFunction(BeamModule beam) {
    List<BeamFunction> fs = beam.functions();
    for (int i = 0; i < fs.size(); i++) {
      for (Instruction ins : fs.get(i).instructions()) {
        if (ins.opcode() == Opcode.ON_LOAD) {
          return i;
        }
        if (ins.opcode() != Opcode.LABEL && ins.opcode() != Opcode.LINE && ins.opcode() != Opcode.FUNC_INFO) {
          break;
        }
      }
    }
    return -1;
  }

  /** Installs the engine's code; the load is complete after this. */
  void install(FunctionCode[] codes, CompiledFunction[] entries) {
    this.codes = codes;
    this.entries = entries;
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

  /** Where this version stands: prepared, waiting for on_load, current, old or purged. */
  public State state() {
    return state;
  }

  void setState(State s) {
    state = s;
    if (s == State.PURGED) {
      SwitchPoint.invalidateAll(new SwitchPoint[] {unpurged});
    }
  }

  /**
   * A switch point that stays valid until this version is purged. A call site linked straight to
   * one of the version's functions (the JIT's inline cache of a fun call) guards on it, at no cost
   * while it holds, so that a call of a purged version's fun goes back to the path that raises
   * {@code badfun}.
   */
  public SwitchPoint unpurged() {
    return unpurged;
  }

  /** Whether the version was purged: nothing may run it any more. */
  public boolean isPurged() {
    return state == State.PURGED;
  }

  /** This version's number among every module version this VM has made, in the order they were made. */
  public long serial() {
    return serial;
  }

  /** The index of the {@code -on_load} function, or -1 if the module has none. */
  public int onLoadFunction() {
    return onLoadIndex;
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
    return entries[index].direct();
  }

  /** Function {@code index} as the engine (or the BIF table) made it, its direct entry made on demand. */
  CompiledFunction entry(int index) {
    return entries[index];
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
