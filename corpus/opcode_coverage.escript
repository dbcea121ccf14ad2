#!/usr/bin/env escript
%% Lists the BEAM instructions (test instructions by their test) that the corpus's compiled
%% programs contain, and those found in the installed OTP's .beam files but not in the corpus.
%% Usage: ./opcode_coverage.escript   (compiles the corpus into a scratch directory)
main(_) ->
    Here = filename:dirname(filename:absname(escript:script_name())),
    Out = filename:join("/tmp", "corpus_opcodes_" ++ os:getpid()),
    ok = filelib:ensure_dir(filename:join(Out, "x")),
    Srcs = filelib:wildcard(filename:join(Here, "*/*.erl")),
    [{ok, _} = compile:file(S, [{outdir, Out}, report_errors]) || S <- Srcs],
    Corpus = ops(filelib:wildcard(filename:join(Out, "*.beam"))),
    Otp = ops(filelib:wildcard(filename:join(code:lib_dir(), "*/ebin/*.beam"))),
    io:format("~p programs, ~p instruction kinds (~p in the installed OTP)~n",
              [length(Srcs), length(Corpus), length(Otp)]),
    io:format("in OTP but not in the corpus: ~p~n", [Otp -- Corpus]),
    [file:delete(F) || F <- filelib:wildcard(filename:join(Out, "*.beam"))],
    file:del_dir(Out).

ops(Beams) ->
    lists:usort([name(I) || B <- Beams,
                            {beam_file, _, _, _, _, Code} <- [beam_disasm:file(B)],
                            {function, _, _, _, Is} <- Code, I <- Is]).

name(I) when is_tuple(I), element(1, I) =:= test -> {test, element(2, I)};
name(I) when is_tuple(I) -> element(1, I);
name(I) -> I.
