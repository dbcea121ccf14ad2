package org.jbeamjit.frontend.disasm;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.frontend.ir.Export;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.LineRef;
import org.jbeamjit.frontend.ir.Location;
import org.jbeamjit.frontend.opcode.Opcode;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.TermPrinter;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Shows a loaded module: as the terms OTP 25's {@code beam_disasm:file/1} returns, and as a
 * listing in the layout of {@code erlc -S}.
 */
public final class Disassembler {
  private static final Atom BEAM_FILE = Atom.of("beam_file");
  private static final Atom FUNCTION = Atom.of("function");

  private Disassembler() {}

  /**
   * {@code beam_disasm:file/1}'s result: {@code {beam_file, Module, LabeledExports, Attributes,
   * CompileInfo, Functions}}, the attributes grouped by key as {@code beam_lib} does.
   */
  public static Tuple beamFileTerm(BeamModule module) {
    List<Object> functions = new ArrayList<>();
    for (BeamFunction f : module.functions()) {
      functions.add(functionTerm(module, f));
    }
    return Tuple.of(BEAM_FILE, module.name(), labeledExports(module), groupedAttributes(module.attributes()),
        module.compileInfo(), Cons.fromList(functions));
  }

  /** {@code {function, Name, Arity, Entry, Instructions}}, the instructions in file order. */
  public static Tuple functionTerm(BeamModule module, BeamFunction f) {
    return Tuple.of(FUNCTION, f.name(), (long) f.arity(), (long) f.entryLabel(),
        Cons.fromList(instructionTerms(module, f)));
  }

  /** Each instruction of the function as a term, in the shape {@code beam_disasm} gives it. */
  public static List<Object> instructionTerms(BeamModule module, BeamFunction f) {
    InstructionTerms terms = new InstructionTerms(module);
    List<Object> out = new ArrayList<>(f.instructions().size());
    for (Instruction ins : f.instructions()) {
      out.add(terms.term(ins));
    }
    return out;
  }

  /**
   * The module as {@code erlc -S} lays it out: module, exports, attributes and label count, then
   * each function's instructions, one per line, each a term written as {@code ~w} writes it
   * followed by a full stop. {@code line} instructions show their source location, as in
   * {@code erlc -S}; everything else is in {@code beam_disasm}'s shape.
   */
  public static String listing(BeamModule module) {
    StringBuilder sb = new StringBuilder();
    sb.append("{module, ").append(TermPrinter.write(module.name())).append("}.  %% version = ")
        .append(module.codeHeader().instructionSet()).append("\n\n");
    List<Object> exports = new ArrayList<>();
    for (Export e : module.exports()) {
      exports.add(Tuple.of(e.function(), (long) e.arity()));
    }
    exports.sort(Terms::compare);
    sb.append("{exports, ").append(TermPrinter.write(Cons.fromList(exports))).append("}.\n\n");
    sb.append("{attributes, ").append(TermPrinter.write(module.attributes())).append("}.\n\n");
    sb.append("{labels, ").append(module.codeHeader().labelCount()).append("}.\n");
    InstructionTerms terms = new InstructionTerms(module);
    for (BeamFunction f : module.functions()) {
      sb.append("\n\n{function, ").append(TermPrinter.write(f.name())).append(", ").append(f.arity()).append(", ")
          .append(f.entryLabel()).append("}.\n");
      for (Instruction ins : f.instructions()) {
        sb.append(ins.opcode() == Opcode.LABEL ? "  " : "    ");
        sb.append(ins.opcode() == Opcode.LINE ? lineWithLocation((LineRef) ins.operand(0))
            : TermPrinter.write(terms.term(ins))).append(".\n");
      }
    }
    return sb.toString();
  }

  /** {@code {line,[{location,"File",Line}]}}, the file as a string, as {@code erlc -S} shows it. */
  private static String lineWithLocation(LineRef ref) {
    Location loc = ref.location();
    if (loc.isNone()) {
      return "{line,[]}";
    }
    return "{line,[{location," + quoted(loc.file()) + "," + loc.line() + "}]}";
  }

  private static String quoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        sb.append('\\').appendCodePoint(c);
      } else if (c < 0x20 || c == 0x7F) {
        sb.append("\\x{").append(Integer.toHexString(c)).append('}');
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.append('"').toString();
  }

  /**
   * {@code beam_lib}'s view of the attributes: sorted by key (stably), each key once, with the
   * value lists of its occurrences appended. An Attr chunk not of that shape is left as it is.
   */
  static Object groupedAttributes(Object attributes) {
    List<Tuple> entries = new ArrayList<>();
    for (Object l = attributes; l != Nil.NIL; l = ((Cons) l).tail) {
      if (!(l instanceof Cons c) || !(c.head instanceof Tuple t) || t.arity() != 2 || !isProperList(t.get(1))) {
        return attributes;
      }
      entries.add(t);
    }
    entries.sort((a, b) -> Terms.compare(a.get(0), b.get(0)));
    List<Object> grouped = new ArrayList<>();
    for (int i = 0; i < entries.size(); ) {
      Object key = entries.get(i).get(0);
      List<Object> values = new ArrayList<>();
      for (; i < entries.size() && Terms.exactEquals(entries.get(i).get(0), key); i++) {
        for (Object v = entries.get(i).get(1); v instanceof Cons c; v = c.tail) {
          values.add(c.head);
        }
      }
      grouped.add(Tuple.of(key, Cons.fromList(values)));
    }
    return Cons.fromList(grouped);
  }

  private static boolean isProperList(Object l) {
    while (l instanceof Cons c) {
      l = c.tail;
    }
    return l == Nil.NIL;
  }

  private static Object labeledExports(BeamModule module) {
    List<Object> exports = new ArrayList<>();
    for (Export e : module.exports()) {
      exports.add(Tuple.of(e.function(), (long) e.arity(), (long) e.label()));
    }
    exports.sort(Terms::compare);
    return Cons.fromList(exports);
  }
}
