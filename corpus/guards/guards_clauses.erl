-module(guards_clauses).
-export([main/0, id/1]).

id(X) -> X.

%% Function heads with guards, guard sequences and guard failure fall-through,
%% function_clause when nothing matches.
main() ->
    Inputs = [0, 1, 7, -7, 100, 2.0, -0.5, a, b, "str", [], [x], {1}, {1, 2}, {1, 2, 3},
              #{k => 1}, #{k => 2, j => 3}, <<"bin">>, <<>>, true, 1 bsl 64],
    [io:format("~p: ~p~n", [X, classify(id(X))]) || X <- Inputs],
    [io:format("strict ~p: ~p~n", [X, try strict(id(X)) catch C:R -> {C, R} end])
     || X <- Inputs],
    [io:format("range ~p: ~p~n", [X, range(id(X))]) || X <- [-1, 0, 9, 10, 99, 100, 1000]],
    ok.

classify(X) when X =:= 0 -> zero;
classify(X) when is_integer(X), X > 0, X rem 2 =:= 1 -> odd_pos;
classify(X) when is_integer(X), X > 0 -> even_pos;
classify(X) when is_integer(X) -> neg_int;
classify(X) when is_float(X), X >= 0 -> pos_float;
classify(X) when is_float(X) -> neg_float;
classify(X) when X == a; X == b -> a_or_b;
classify(X) when is_boolean(X) -> bool;
classify([]) -> nil;
classify([_ | _] = L) when length(L) > 1 -> long_list;
classify([_]) -> single;
classify(T) when tuple_size(T) > 2 -> big_tuple;
classify({A}) when A > 0 -> one_tuple;
classify({_, _}) -> pair;
classify(#{k := V}) when V > 1 -> map_k_gt1;
classify(M) when map_size(M) =:= 1 -> map_one;
classify(B) when byte_size(B) > 0 -> nonempty_bin;
classify(<<>>) -> empty_bin.

strict(X) when is_integer(X), X > 5 -> big_int;
strict(X) when is_atom(X) -> atom.

range(X) when X < 0 -> negative;
range(X) when X < 10 -> digit;
range(X) when X >= 10, X < 100 -> two_digits;
range(X) when X == 100 -> hundred;
range(_) -> large.
