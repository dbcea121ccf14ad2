package org.jbeamjit.frontend;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.jbeamjit.runtime.etf.ExternalTermFormat;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Tuple;

/**
 * A hand-assembled module {@code m} with one exported function {@code f/0}, whose chunks tests
 * can replace one at a time: atoms {@code m, f, erlang, foo}; an import of {@code erlang:foo/0};
 * a literal {@code {ok,1}}; the string table {@code "abc"}; one location, {@code m.erl} line 7.
 * The code is {@code label 1; line 1; func_info m f 0; label 2;} then the body, then
 * {@code int_code_end}.
 */
final class TestBeam {
  /** {@code move {literal,0} {x,0}; return}. */
  static final int[] DEFAULT_BODY = {64, 0x47, 0x00, 0x03, 19};

  private final Map<String, byte[]> chunks = new LinkedHashMap<>();
  private int labelCount = 3;
  private int functionCount = 1;
  private int[] prologue = {1, 0x10, 153, 0x10, 2, 0x12, 0x22, 0x00, 1, 0x20};
  private int[] body = DEFAULT_BODY;
  private int[] epilogue = {3};

  TestBeam() {
    chunks.put("AtU8", atoms("m", "f", "erlang", "foo"));
    chunks.put("Code", null);
    chunks.put("StrT", "abc".getBytes(StandardCharsets.ISO_8859_1));
    chunks.put("ImpT", u32s(1, 3, 4, 0));
    chunks.put("ExpT", u32s(1, 2, 0, 2));
    chunks.put("LocT", u32s(0));
    chunks.put("LitT", literals(Tuple.of(Atom.of("ok"), 1L)));
    chunks.put("Line", concat(u32s(0, 0, 1, 1, 0), new byte[] {0x71}));
  }

  TestBeam body(int... bytes) {
    body = bytes;
    return this;
  }

  TestBeam prologue(int... bytes) {
    prologue = bytes;
    return this;
  }

  TestBeam epilogue(int... bytes) {
    epilogue = bytes;
    return this;
  }

  TestBeam labels(int n) {
    labelCount = n;
    return this;
  }

  TestBeam functions(int n) {
    functionCount = n;
    return this;
  }

  TestBeam chunk(String id, byte[] data) {
    chunks.put(id, data);
    return this;
  }

  TestBeam without(String id) {
    chunks.remove(id);
    return this;
  }

  byte[] code() {
    return concat(u32s(16, 0, 183, labelCount, functionCount), bytes(prologue), bytes(body), bytes(epilogue));
  }

  byte[] build() {
    ByteArrayOutputStream form = new ByteArrayOutputStream();
    form.writeBytes("BEAM".getBytes(StandardCharsets.ISO_8859_1));
    for (Map.Entry<String, byte[]> c : chunks.entrySet()) {
      byte[] data = c.getKey().equals("Code") && c.getValue() == null ? code() : c.getValue();
      form.writeBytes(c.getKey().getBytes(StandardCharsets.ISO_8859_1));
      form.writeBytes(u32s(data.length));
      form.writeBytes(data);
      form.writeBytes(new byte[(4 - data.length % 4) % 4]);
    }
    byte[] body = form.toByteArray();
    return concat("FOR1".getBytes(StandardCharsets.ISO_8859_1), u32s(body.length), body);
  }

  static byte[] atoms(String... names) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(u32s(names.length));
    for (String n : names) {
      byte[] b = n.getBytes(StandardCharsets.UTF_8);
      out.write(b.length);
      out.writeBytes(b);
    }
    return out.toByteArray();
  }

  static byte[] literals(Object... terms) {
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    table.writeBytes(u32s(terms.length));
    for (Object t : terms) {
      byte[] ext = ExternalTermFormat.encode(t);
      table.writeBytes(u32s(ext.length));
      table.writeBytes(ext);
    }
    byte[] plain = table.toByteArray();
    Deflater d = new Deflater();
    d.setInput(plain);
    d.finish();
    byte[] packed = new byte[plain.length + 64];
    int n = d.deflate(packed);
    d.end();
    return concat(u32s(plain.length), Arrays.copyOf(packed, n));
  }

  static byte[] u32s(long... values) {
    byte[] out = new byte[values.length * 4];
    for (int i = 0; i < values.length; i++) {
      for (int k = 0; k < 4; k++) {
        out[i * 4 + k] = (byte) (values[i] >>> (24 - 8 * k));
      }
    }
    return out;
  }

  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
