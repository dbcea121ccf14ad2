-module(match_strings_lists).
-export([main/0, id/1]).

id(X) -> X.

%% String prefix patterns ("abc" ++ Rest) in heads and cases, list patterns of fixed and
%% open length, character literals, and a small tokenizer built from them.
main() ->
    io:format("commands: ~p~n", [[cmd(id(S)) || S <- ["get x", "set x 1", "del", "quit", "", "got"]]]),
    io:format("tokens: ~p~n", [tokens(id("foo(12, bar) -> \"str\" ++ 'q a' . % c"))]),
    io:format("lengths: ~p~n", [[len_class(id(L)) || L <- [[], [a], [a, b], [a, b, c], [a, b, c, d]]]]),
    io:format("last_two: ~p~n", [[last_two(id(L)) || L <- [[1], [1, 2], [1, 2, 3]]]]),
    io:format("escapes: ~p~n", [[esc(id(C)) || C <- "\n\t\\\"a"]]),
    io:format("chars: ~p~n", [[$a, $\n, $\s, $\\, $", $', $\0, $\x41, $\x{20AC}, $\e, $\d, $\^A]]),
    io:format("string_literals: ~p~n", [["a\x{41}b", "tab\tnew\nline", "oct\101", "ctl\^G"]]),
    io:format("adjacent_strings: ~p~n", ["abc" "def" "ghi"]),
    io:format("prefix_case: ~p~n", [[case id(S) of "http://" ++ R -> {http, R}; "https://" ++ R -> {https, R}; _ -> other end
                                     || S <- ["http://a", "https://b", "ftp://c"]]]),
    io:format("nested_list_pattern: ~p~n", [[nl(id(X)) || X <- [[[1]], [[1, 2], [3]], [[], []], [x]]]]),
    ok.

cmd("get " ++ Key) -> {get, Key};
cmd("set " ++ Rest) -> [K, V] = string:split(Rest, " "), {set, K, V};
cmd("del") -> del;
cmd("quit") -> quit;
cmd([]) -> empty;
cmd(Other) -> {unknown, Other}.

tokens([]) -> [];
tokens([C | Cs]) when C =:= $\s; C =:= $\t; C =:= $\n -> tokens(Cs);
tokens("->" ++ Cs) -> ['->' | tokens(Cs)];
tokens("++" ++ Cs) -> ['++' | tokens(Cs)];
tokens([$% | _]) -> [];
tokens([$" | Cs]) -> {S, Rest} = until($", Cs, []), [{string, S} | tokens(Rest)];
tokens([$' | Cs]) -> {S, Rest} = until($', Cs, []), [{atom, list_to_atom(S)} | tokens(Rest)];
tokens([C | _] = Cs) when C >= $0, C =< $9 -> {D, Rest} = lists:splitwith(fun(X) -> X >= $0 andalso X =< $9 end, Cs),
                                                [{int, list_to_integer(D)} | tokens(Rest)];
tokens([C | _] = Cs) when C >= $a, C =< $z -> {W, Rest} = lists:splitwith(fun(X) -> X >= $a andalso X =< $z end, Cs),
                                                [{atom, list_to_atom(W)} | tokens(Rest)];
tokens([C | Cs]) -> [{punct, [C]} | tokens(Cs)].

until(End, [End | Rest], Acc) -> {lists:reverse(Acc), Rest};
until(End, [C | Rest], Acc) -> until(End, Rest, [C | Acc]).

len_class([]) -> zero;
len_class([_]) -> one;
len_class([_, _]) -> two;
len_class([_, _, _ | _]) -> many.

last_two([A, B]) -> {A, B};
last_two([_ | T]) -> last_two(T);
last_two(_) -> none.

esc($\n) -> "\\n";
esc($\t) -> "\\t";
esc($\\) -> "\\\\";
esc($") -> "\\\"";
esc(C) -> [C].

nl([[X]]) -> {single, X};
nl([[_ | _] = A, B]) -> {pair, A, B};
nl([[], []]) -> empties;
nl(_) -> other.
