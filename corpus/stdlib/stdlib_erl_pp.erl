-module(stdlib_erl_pp).
-export([main/0, id/1]).

id(X) -> X.

%% Parsing a whole module's text with erl_scan/erl_parse and printing it back with erl_pp:
%% a large, deterministic pure-Erlang workload.
main() ->
    Source = "-module(sample).\n"
             "-export([f/1, g/2]).\n"
             "-record(r, {a = 1, b :: integer()}).\n"
             "-spec f(integer()) -> integer().\n"
             "f(X) when X > 0 -> X * f(X - 1);\n"
             "f(0) -> 1.\n"
             "g(L, M) -> [{K, V} || K <- L, #{K := V} <- [M]].\n"
             "h(B) -> <<X:8, Rest/binary>> = B, {X, Rest}.\n"
             "i(F) -> try F() of ok -> ok catch throw:T -> T after done end.\n"
             "j(R) -> R#r{a = 2}.\n"
             "k() -> receive {msg, X} -> X after 100 -> timeout end.\n"
             "l(X) -> case X of {a, _} = T -> T; [_ | _] -> list; _ when is_map(X) -> map end.\n"
             "m() -> fun(X) -> X + 1 end.\n"
             "n() -> fun lists:map/2.\n",
    Forms = forms(Source),
    io:format("form_count: ~p~n", [length(Forms)]),
    [io:format("~s~n", [erl_pp:form(F)]) || F <- Forms],
    io:format("exprs: ~s~n", [erl_pp:exprs(element(2, erl_parse:parse_exprs(element(2, erl_scan:string("X = 1, Y = [X | Z], {X, Y}.")))))]),
    io:format("attribute_values: ~p~n", [[erl_parse:normalise(V) || {attribute, _, export, V0} <- Forms, V <- [erl_parse:abstract(V0)]]]),
    ok.

forms(S) -> forms(S, 1, []).
forms(S, Line, Acc) ->
    case erl_scan:tokens([], S, Line) of
        {done, {ok, Toks, End}, Rest} ->
            {ok, F} = erl_parse:parse_form(Toks),
            forms(Rest, End, [F | Acc]);
        {done, {eof, _}, _} -> lists:reverse(Acc);
        {more, _} -> lists:reverse(Acc)
    end.
