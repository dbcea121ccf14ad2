package org.jbeamjit.frontend.ir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jbeamjit.frontend.opcode.Opcode;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Nil;

/**
 * A loaded {@code .beam} file: every table the module's code refers to, and its functions. This
 * is what the interpreter and the JIT compile from. Immutable: build one with {@link #builder()}.
 */
public final class BeamModule {
  private final String fileName;
  private final Atom name;
  private final List<Atom> atoms;
  private final CodeHeader codeHeader;
  private final List<Export> exports;
  private final List<Export> locals;
  private final List<Import> imports;
  private final List<FunEntry> funs;
  private final List<Object> literals;
  private final byte[] strings;
  private final LineTable lineTable;
  private final List<BeamType> types;
  private final Object attributes;
  private final Object compileInfo;
  private final Object meta;
  private final byte[] md5;
  private final List<BeamFunction> functions;
  private final Map<Integer, BeamFunction> byEntryLabel;
  private final Map<Integer, BeamFunction> byLabel;

  private BeamModule(Builder b) {
    this.fileName = Objects.requireNonNull(b.fileName);
    this.name = Objects.requireNonNull(b.name);
    this.atoms = List.copyOf(b.atoms);
    this.codeHeader = Objects.requireNonNull(b.codeHeader);
    this.exports = List.copyOf(b.exports);
    this.locals = List.copyOf(b.locals);
    this.imports = List.copyOf(b.imports);
    this.funs = List.copyOf(b.funs);
    this.literals = List.copyOf(b.literals);
    this.strings = b.strings.clone();
    this.lineTable = Objects.requireNonNull(b.lineTable);
    this.types = List.copyOf(b.types);
    this.attributes = Objects.requireNonNull(b.attributes);
    this.compileInfo = Objects.requireNonNull(b.compileInfo);
    this.meta = b.meta;
    this.md5 = b.md5.clone();
    if (md5.length != 16) {
      throw new IllegalArgumentException("an MD5 has 16 bytes");
    }
    this.functions = List.copyOf(b.functions);
    Map<Integer, BeamFunction> entries = new HashMap<>();
    Map<Integer, BeamFunction> labels = new HashMap<>();
    for (BeamFunction f : functions) {
      entries.put(f.entryLabel(), f);
      for (Instruction ins : f.instructions()) {
        if (ins.opcode() == Opcode.LABEL) {
          labels.put(ins.unsigned(0), f);
        }
      }
    }
    this.byEntryLabel = Map.copyOf(entries);
    this.byLabel = Map.copyOf(labels);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The name the bytes were loaded under, for messages. */
  public String fileName() {
    return fileName;
  }

  /** The module name: atom 1 of the atom table. */
  public Atom name() {
    return name;
  }

  /** The atom table; the compact encoding numbers atoms from 1, so atom {@code n} is element {@code n-1}. */
  public List<Atom> atoms() {
    return atoms;
  }

  public CodeHeader codeHeader() {
    return codeHeader;
  }

  public List<Export> exports() {
    return exports;
  }

  /** The functions that are not exported (LocT); empty if the chunk was stripped. */
  public List<Export> locals() {
    return locals;
  }

  public List<Import> imports() {
    return imports;
  }

  /** The fun table, in "old index" order. */
  public List<FunEntry> funs() {
    return funs;
  }

  public List<Object> literals() {
    return literals;
  }

  /** The string table that bit syntax instructions point into (a copy). */
  public byte[] strings() {
    return strings.clone();
  }

  public LineTable lineTable() {
    return lineTable;
  }

  /** The Type chunk; empty for modules compiled before OTP 25. */
  public List<BeamType> types() {
    return types;
  }

  /** The Attr chunk: the module's attributes as a list of {@code {Key, Value}}, {@code []} if absent. */
  public Object attributes() {
    return attributes;
  }

  /** The CInf chunk: compile options, version and source, {@code []} if absent. */
  public Object compileInfo() {
    return compileInfo;
  }

  /** The Meta chunk (OTP 26 and later: enabled features and the like), decoded as a term. */
  public Optional<Object> meta() {
    return Optional.ofNullable(meta);
  }

  /** The module's MD5, as {@code Module:module_info(md5)} and {@code beam_lib:md5/1} give it (a copy). */
  public byte[] md5() {
    return md5.clone();
  }

  public List<BeamFunction> functions() {
    return functions;
  }

  /** The function whose entry label this is, or {@code null}. */
  public BeamFunction functionByEntry(int label) {
    return byEntryLabel.get(label);
  }

  /** The function that defines this label, or {@code null}. */
  public BeamFunction functionContaining(int label) {
    return byLabel.get(label);
  }

  /** The function with this name and arity, or {@code null}. */
  public BeamFunction function(Atom functionName, int arity) {
    for (BeamFunction f : functions) {
      if (f.name() == functionName && f.arity() == arity) {
        return f;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "BeamModule[" + name + " from " + fileName + ", " + functions.size() + " functions]";
  }

  /** Collects the parts of a module; every part must be set except {@code meta}. */
  public static final class Builder {
    private String fileName;
    private Atom name;
    private List<Atom> atoms;
    private CodeHeader codeHeader;
    private List<Export> exports;
    private List<Export> locals = List.of();
    private List<Import> imports;
    private List<FunEntry> funs = List.of();
    private List<Object> literals = List.of();
    private byte[] strings = new byte[0];
    private LineTable lineTable = LineTable.EMPTY;
    private List<BeamType> types = List.of();
    private Object attributes = Nil.NIL;
    private Object compileInfo = Nil.NIL;
    private Object meta;
    private byte[] md5;
    private List<BeamFunction> functions;

    private Builder() {}

    public Builder fileName(String v) {
      fileName = v;
      return this;
    }

    public Builder name(Atom v) {
      name = v;
      return this;
    }

    public Builder atoms(List<Atom> v) {
      atoms = v;
      return this;
    }

    public Builder codeHeader(CodeHeader v) {
      codeHeader = v;
      return this;
    }

    public Builder exports(List<Export> v) {
      exports = v;
      return this;
    }

    public Builder locals(List<Export> v) {
      locals = v;
      return this;
    }

    public Builder imports(List<Import> v) {
      imports = v;
      return this;
    }

    public Builder funs(List<FunEntry> v) {
      funs = v;
      return this;
    }

    public Builder literals(List<Object> v) {
      literals = v;
      return this;
    }

    public Builder strings(byte[] v) {
      strings = v;
      return this;
    }

    public Builder lineTable(LineTable v) {
      lineTable = v;
      return this;
    }

    public Builder types(List<BeamType> v) {
      types = v;
      return this;
    }

    public Builder attributes(Object v) {
      attributes = v;
      return this;
    }

    public Builder compileInfo(Object v) {
      compileInfo = v;
      return this;
    }

    public Builder meta(Object v) {
      meta = v;
      return this;
    }

    public Builder md5(byte[] v) {
      md5 = v;
      return this;
    }

    public Builder functions(List<BeamFunction> v) {
      functions = v;
      return this;
    }

    public BeamModule build() {
      return new BeamModule(this);
    }
  }
}
