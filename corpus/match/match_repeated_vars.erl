-module(match_repeated_vars).
-export([main/0, id/1]).

id(X) -> X.

%% Repeated variables in patterns: equality is exact (=:=), across all term types.
main() ->
    Pairs = [{1, 1}, {1, 1.0}, {1.0, 1.0}, {0.0, -0.0}, {a, a}, {a, b}, {[1, 2], [1, 2]},
             {[1, 2], [1, 2.0]}, {{x, y}, {x, y}}, {<<1, 2>>, <<1, 2>>}, {<<1>>, <<1:8>>},
             {#{a => 1}, #{a => 1}}, {#{a => 1}, #{a => 1.0}}, {1 bsl 80, 1 bsl 80},
             {"abc", [$a, $b, $c]}, {[], []}, {{}, {}}],
    [io:format("same ~p ~p: ~p~n", [A, B, same(id(A), id(B))]) || {A, B} <- Pairs],
    Triples = [{1, 1, 1}, {1, 2, 1}, {1, 1, 2}, {a, a, a}, {x, y, x}, {[a], [a], [b]}],
    [io:format("triple ~p: ~p~n", [T, triple(id(T))]) || T <- Triples],
    Lists = [[1, 1], [1, 2], [a, a, a], [a, b, a], [x, x, y, y], [x, y, x, y]],
    [io:format("list ~p: ~p~n", [L, lst(id(L))]) || L <- Lists],
    [io:format("bin ~p: ~p~n", [B, bin(id(B))]) || B <- [<<3, 1, 2, 3>>, <<2, 1, 2, 3>>,
                                                        <<1, 9>>, <<0>>, <<5, 5, 5>>]],
    [io:format("case ~p: ~p~n", [X, cs(id(X))]) || X <- [{1, 1}, {1, 2}, {q, q}]],
    [io:format("match_op ~p: ~p~n", [X, mo(id(X))]) || X <- [{1, 1}, {2, 3}]],
    [io:format("bound ~p: ~p~n", [X, bound(id(X), id(5))]) || X <- [5, 6, 5.0]],
    ok.

same(X, X) -> true;
same(_, _) -> false.

triple({X, X, X}) -> all_same;
triple({X, _, X}) -> ends_same;
triple({X, X, _}) -> first_two;
triple(_) -> different.

lst([X, X]) -> pair_same;
lst([X, _, X]) -> ends_same;
lst([X, X, Y, Y]) -> two_pairs;
lst([X, Y, X, Y]) -> alternating;
lst(_) -> other.

bin(<<N, _:N/binary>>) -> {exact_len, N};
bin(<<N, Rest/binary>>) when N > byte_size(Rest) -> too_short;
bin(<<X, X, X>>) -> three_same;
bin(_) -> other.

cs(T) ->
    case T of
        {A, A} -> {equal, A};
        {A, B} -> {differ, A, B}
    end.

mo(T) ->
    try
        {A, A} = T,
        {matched, A}
    catch error:{badmatch, V} -> {badmatch, V}
    end.

bound(X, Y) ->
    case X of
        Y -> same_as_bound;
        _ -> not_same
    end.
