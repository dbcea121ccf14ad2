package org.jbeamjit.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jbeamjit.runtime.term.TermPrinter;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/**
 * The loading BIFs' answers to bad input, beside erl's: cases the differential corpus cannot hold,
 * because erl also prints an error report (with a timestamp) for each. Only the values are
 * compared, not the reports.
 */
class LoadErrorsTest {
  private static final String CASES = """
      -module(le_cases).
      -export([main/0, f/0]).
      f() -> ok.
      main() ->
          {le_cases, Bin, _} = code:get_object_code(le_cases),
          Other = binary:replace(Bin, <<"le_cases">>, <<"le_other">>, [global]),
          Cut = binary:part(Bin, 0, 40),
          [{junk, catch erlang:load_module(le_junk, <<"junk">>)},
           {truncated, catch erlang:load_module(le_cases, Cut)},
           {wrong_name, catch erlang:load_module(le_wrong, Bin)},
           {not_binary, c(fun() -> erlang:load_module(le_cases, "abc") end)},
           {not_atom, c(fun() -> erlang:load_module("le_cases", Bin) end)},
           {prepare_junk, catch erlang:prepare_loading(le_cases, <<1,2,3>>)},
           {prepare_not_atom, c(fun() -> erlang:prepare_loading(1, Bin) end)},
           {renamed, erlang:load_module(le_other, Other)},
           {renamed_call, le_other:f()},
           {again, erlang:load_module(le_other, Other)},
           {delete_with_old, c(fun() -> erlang:delete_module(le_other) end)},
           {purge, code:purge(le_other)},
           {delete, erlang:delete_module(le_other)},
           {delete_again, c(fun() -> erlang:delete_module(le_other) end)},
           {purge_again, code:purge(le_other)},
           {delete_purged, erlang:delete_module(le_other)},
           {load_binary_junk, code:load_binary(le_junk, "le_junk.beam", <<"junk">>)},
           {load_binary_name, code:load_binary(le_wrong, "le_wrong.beam", Bin)},
           {load_file_missing, code:load_file(le_no_such_module)},
           {ensure_missing, code:ensure_loaded(le_no_such_module)},
           {finish_list, c(fun() -> erlang:finish_loading([a | b]) end)},
           {purge_module_op, c(fun() -> erts_internal:purge_module(le_other, bad) end)},
           {chunk_bad_id, c(fun() -> erts_internal:beamfile_chunk(Bin, "Atom") end)},
           {chunk_missing, erts_internal:beamfile_chunk(Bin, "Xyzw")},
           {chunk_not_beam, erts_internal:beamfile_chunk(<<"junk">>, "AtU8")},
           {md5_not_beam, erts_internal:beamfile_module_md5(<<"junk">>)},
           {md5, erts_internal:beamfile_module_md5(Bin) =:= le_cases:module_info(md5)}].
      c(F) -> try F() catch Class:Reason -> {Class, Reason} end.
      """;

  @Test
  void badLoadsAnswerAsOnErl() throws Exception {
    TestNode node = TestNode.get();
    Path beam = node.compile("le", "le_cases", CASES);
    String erl = Erl.eval("code:add_patha(\"" + beam.getParent() + "\"), io:format(\"~nRESULT ~w~n\", [le_cases:main()])");
    String expected = erl.substring(erl.indexOf("RESULT ") + 7, erl.indexOf('\n', erl.indexOf("RESULT ")));
    ((org.jbeamjit.codegen.load.CodeServer) org.jbeamjit.codegen.load.CodeServer.current()).addPathFirst(beam.getParent());
    assertEquals(expected, TermPrinter.write(TestNode.call("le_cases", "main")));
  }
}
