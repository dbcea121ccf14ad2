package org.jbeamjit.runtime.bits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.etf.ExternalTermFormat;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.testing.Erl;

/**
 * Runs generated Erlang functions through erlc-compiled code, so that what OTP's bit syntax
 * instructions do (not erl_eval's interpretation of them) is the reference. Each case is a
 * function taking its values as arguments, so the compiler cannot fold anything; every call's
 * outcome comes back as {@code {ok, Result}} or {@code {error, Reason}}.
 */
final class CompiledOracle {
  private final String module;
  private final StringBuilder functions = new StringBuilder();
  private final List<String> calls = new ArrayList<>();

  CompiledOracle(String module) {
    this.module = module;
  }

  /** Adds a function {@code name(Params) -> Body.} and one call of it with these argument texts. */
  void add(String name, List<String> params, String body, List<String> args) {
    functions.append(name).append('(').append(String.join(", ", params)).append(") ->\n    ")
        .append(body).append(".\n");
    calls.add("{" + name + ", [" + String.join(", ", args) + "]}");
  }

  int size() {
    return calls.size();
  }

  /** Compiles and runs every case; the outcomes in the order the cases were added. */
  List<Object> run(Path dir) {
    try {
      Path src = dir.resolve(module + ".erl");
      Path out = dir.resolve(module + ".out");
      String text = "-module(" + module + ").\n"
          + "-compile([export_all, nowarn_export_all, nowarn_shadow_vars]).\n"
          + functions
          + "cases() -> [\n" + String.join(",\n", calls) + "].\n"
          + "run(Out) ->\n"
          + "    R = [try {ok, apply(?MODULE, F, A)} catch error:E -> {error, E} end || {F, A} <- cases()],\n"
          + "    ok = file:write_file(Out, term_to_binary(R)).\n";
      Files.writeString(src, text, StandardCharsets.UTF_8);
      Erl.erlc(src, dir);
      Erl.eval("code:add_patha(\"" + dir + "\"), " + module + ":run(\"" + out + "\")");
      Object list = ExternalTermFormat.decode(Files.readAllBytes(out));
      List<Object> results = new ArrayList<>();
      while (list instanceof Cons c) {
        results.add(c.head);
        list = c.tail;
      }
      if (list != Nil.NIL || results.size() != calls.size()) {
        throw new IllegalStateException("erl gave " + results.size() + " results for " + calls.size() + " cases");
      }
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
