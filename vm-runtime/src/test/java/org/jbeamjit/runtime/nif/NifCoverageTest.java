package org.jbeamjit.runtime.nif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.bif.BifRegistry;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Tuple;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/**
 * Every NIF the installed OTP's {@code prim_file}, {@code prim_buffer}, {@code zlib} and
 * {@code erl_tracer} declare
 * (their {@code -nifs} attribute, read from the sources by erl) has its Java implementation
 * registered, so no stub of theirs is left to raise {@code undef} (for {@code prim_file}'s name
 * conversions, in {@code bif.FileModuleBifs}).
 */
class NifCoverageTest {
  @Test
  void everyDeclaredNifHasAJavaImplementation() {
    String out = Erl.eval("[io:format(\"~s ~s ~b~n\", [M, F, A]) || M <- [prim_file, prim_buffer, zlib, erl_tracer],"
        + " {attribute, _, nifs, L} <- element(2, epp:parse_file(filename:join([code:root_dir(), \"lib\","
        + " \"erts-\" ++ erlang:system_info(version), \"src\", atom_to_list(M) ++ \".erl\"]), [])),"
        + " {F, A} <- L]");
    List<String> missing = new ArrayList<>();
    int declared = 0;
    for (String line : out.split("\n")) {
      String[] f = line.trim().split(" ");
      if (f.length != 3) {
        continue;
      }
      declared++;
      if (BifRegistry.standard().lookup(Atom.of(f[0]), Atom.of(f[1]), Integer.parseInt(f[2])) == null) {
        missing.add(f[0] + ":" + f[1] + "/" + f[2]);
      }
    }
    assertEquals(66, declared, "prim_file declares 33 NIFs, prim_buffer 9, zlib 22, erl_tracer 2 (OTP 25)");
    assertTrue(missing.isEmpty(), "NIFs without a Java implementation: " + missing);
  }

  @Test
  void loadNifAcceptsTheJavaLibrariesAndNothingElse() {
    assertEquals(Atom.of("ok"), NifLoading.loadNif(Cons.string("prim_file"), 0L));
    assertEquals(Atom.of("ok"), NifLoading.loadNif(Cons.string("/some/priv/zlib"), 0L));
    assertEquals(Atom.of("ok"), NifLoading.loadNif(Cons.string("erl_tracer"), 0L));
    Object refused = NifLoading.loadNif(Cons.string("/nonexistent/crypto"), 0L);
    assertEquals(Tuple.of(Atom.of("error"), Tuple.of(Atom.of("load_failed"), Cons.string("Failed to load NIF"
        + " library: '/nonexistent/crypto.so: cannot open shared object file: No such file or directory'"))), refused);
  }
}
