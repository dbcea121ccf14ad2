#!/usr/bin/env escript
%% The oracle for the BIF differential tests. Usage: oracle.escript OutFile CaseFile...
%%
%% Each non-blank line of a case file that does not start with % is an expression evaluating to
%% {Module, Function, Args}. For each, in order, OutFile gets two length-prefixed (32-bit big
%% endian) term_to_binary blobs: {Module, Function, Args} as evaluated, then the outcome of
%% apply(M, F, Args) as {ok, Value} or {Class, Reason}. A line that does not parse or evaluate stops the run, so a
%% typo in a case file is loud rather than a silently skipped case.
main([Out | Files]) ->
    {ok, Fd} = file:open(Out, [write, raw, binary]),
    lists:foreach(fun(F) -> run_file(Fd, F) end, Files),
    ok = file:close(Fd).

run_file(Fd, File) ->
    {ok, Bin} = file:read_file(File),
    Lines = string:split(Bin, "\n", all),
    lists:foreach(fun(L) -> run_line(Fd, File, string:trim(L)) end, Lines).

run_line(_Fd, _File, <<>>) -> ok;
run_line(_Fd, _File, <<"%", _/binary>>) -> ok;
run_line(Fd, File, Line) ->
    Text = unicode:characters_to_list(Line),
    {M, F, Args} =
        try
            {ok, Toks, _} = erl_scan:string(Text ++ "."),
            {ok, [Expr]} = erl_parse:parse_exprs(Toks),
            {value, V, _} = erl_eval:expr(Expr, erl_eval:new_bindings()),
            V
        catch C:R ->
            io:format(standard_error, "~s: bad case ~ts: ~p:~p~n", [File, Text, C, R]),
            halt(2)
        end,
    %% A fresh time slice, so that a BIF whose result depends on the reductions left
    %% (erts_internal:map_next/3's step size) answers alike on every run.
    erlang:yield(),
    Result = try apply(M, F, Args) of V2 -> {ok, V2} catch Class:Reason -> {Class, Reason} end,
    ok = file:write(Fd, [blob({M, F, Args}), blob(Result)]).

blob(T) ->
    B = term_to_binary(T),
    [<<(byte_size(B)):32>>, B].
