#!/usr/bin/env escript
%% The oracle for DisassemblerOracleTest: runs OTP's beam_disasm:file/1 on every .beam file named
%% in ListFile (one path per line) and writes, for the Nth file, DumpDir/N.etf holding
%% term_to_binary of {ok, Module, LabeledExports, Attributes, CompileInfo, Functions} or
%% {error, Reason}.
%% The files are disassembled in parallel, a few per scheduler at a time.
main([ListFile, DumpDir]) ->
    {ok, Bin} = file:read_file(ListFile),
    Files = [binary_to_list(L) || L <- binary:split(Bin, <<"\n">>, [global, trim_all])],
    Indexed = lists:zip(lists:seq(0, length(Files) - 1), Files),
    Workers = erlang:system_info(schedulers) * 2,
    run(Indexed, DumpDir, Workers, 0),
    io:format("~b~n", [length(Files)]).

run([], _Dir, _Free, 0) ->
    ok;
run([Job | Rest], Dir, Free, Busy) when Free > 0 ->
    Parent = self(),
    spawn_link(fun() -> dump(Job, Dir), Parent ! done end),
    run(Rest, Dir, Free - 1, Busy + 1);
run(Jobs, Dir, Free, Busy) ->
    receive done -> run(Jobs, Dir, Free + 1, Busy - 1) end.

dump({N, File}, Dir) ->
    Result = case beam_disasm:file(File) of
                 {beam_file, Module, Exports, Attributes, CompileInfo, Functions} ->
                     {ok, Module, Exports, Attributes, CompileInfo, Functions};
                 Error ->
                     {error, Error}
             end,
    Out = filename:join(Dir, integer_to_list(N) ++ ".etf"),
    ok = file:write_file(Out, term_to_binary(Result, [{compressed, 1}])).
