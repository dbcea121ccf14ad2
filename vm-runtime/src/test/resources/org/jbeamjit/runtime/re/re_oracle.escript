#!/usr/bin/env escript
%% Evaluates the re cases of a file of Erlang terms and writes [{Call, Outcome}] in external
%% term format. A case is {run, Subject, RE, Options}, {compile, RE, Options} or
%% {grid, Subjects, REs, OptionLists} (every combination, as run cases). Outcomes are
%% {ok, Result} or {Class, Reason}; a compiled pattern is reduced to the tuple's other fields,
%% since its binary is PCRE bytecode on erl.
%% (An offset past the subject's end makes erl raise an uncatchable internal_error: no such cases.)
-mode(compile).

main([CaseFile, OutFile]) ->
    {ok, Terms} = file:consult(CaseFile),
    Calls = lists:flatmap(fun expand/1, Terms),
    Results = [{Call, outcome(Call)} || Call <- Calls],
    ok = file:write_file(OutFile, term_to_binary(Results)).

expand({grid, Subjects, REs, OptionLists}) ->
    [{run, S, R, O} || R <- REs, O <- OptionLists, S <- Subjects];
expand({random, Seed, N, Tokens, Subjects, OptionLists}) ->
    %% N patterns of 1-6 random tokens (many are invalid: their errors are compared too).
    rand:seed(exsss, Seed),
    [{run, pick(Subjects), lists:append([pick(Tokens) || _ <- lists:seq(1, rand:uniform(6))]),
      [report_errors | pick(OptionLists)]} || _ <- lists:seq(1, N)];
expand(Case) ->
    [Case].

outcome({run, S, R, O}) ->
    try {ok, re:run(S, R, O)} catch C:E -> {C, E} end;
outcome({compile, R, O}) ->
    try {ok, shape(re:compile(R, O))} catch C:E -> {C, E} end.

pick(List) -> lists:nth(rand:uniform(length(List)), List).

shape({ok, {re_pattern, N, U, CRLF, Bin}}) when is_binary(Bin) -> {ok, {re_pattern, N, U, CRLF}};
shape(Other) -> Other.
