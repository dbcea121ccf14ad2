-module(arith_int_boundaries).
-export([main/0, id/1]).

id(X) -> X.

%% Every operator at the edges where a representation changes: BEAM's 60-bit small
%% integers (2^59) and 64-bit machine words (2^63, 2^64).
main() ->
    Edges = lists:usort(lists:append([[B - 2, B - 1, B, B + 1, -B - 1, -B, -B + 1]
                                      || B <- [1 bsl 27, 1 bsl 31, 1 bsl 32, 1 bsl 59, 1 bsl 60,
                                               1 bsl 62, 1 bsl 63, 1 bsl 64]])),
    [io:format("~p: neg=~p abs=~p inc=~p dec=~p dbl=~p sq_bits=~p bnot=~p~n",
               [X, -id(X), abs(id(X)), id(X) + 1, id(X) - 1, id(X) * 2,
                bits(id(X) * id(X)), bnot id(X)])
     || X <- Edges],
    Pairs = [{1 bsl 62, 1 bsl 62}, {(1 bsl 63) - 1, 1}, {-(1 bsl 63), -1}, {-(1 bsl 63), 1},
             {(1 bsl 63) - 1, (1 bsl 63) - 1}, {-(1 bsl 63), -(1 bsl 63)}, {1 bsl 32, 1 bsl 31},
             {(1 bsl 32) + 1, (1 bsl 32) - 1}, {3037000499, 3037000499}, {3037000500, 3037000500},
             {-3037000500, 3037000500}, {1 bsl 59, 8}, {(1 bsl 59) - 1, -8}, {4294967296, -4294967296}],
    [io:format("~p ~p: add=~p sub=~p mul=~p div=~p rem=~p band=~p bor=~p bxor=~p~n",
               [A, B, id(A) + id(B), id(A) - id(B), id(A) * id(B), id(A) div id(B), id(A) rem id(B),
                id(A) band id(B), id(A) bor id(B), id(A) bxor id(B)])
     || {A, B} <- Pairs],
    io:format("min64 div -1: ~p rem: ~p~n", [id(-(1 bsl 63)) div id(-1), id(-(1 bsl 63)) rem id(-1)]),
    [io:format("shift ~p by ~p: bsl=~p bsr=~p~n", [X, S, id(X) bsl id(S), id(X) bsr id(S)])
     || X <- [1, -1, 3, -3, (1 bsl 63) - 1, -(1 bsl 63)], S <- [0, 1, 31, 32, 58, 59, 60, 62, 63, 64, 65, 127]],
    [io:format("float edge ~p: ~p ~p~n", [X, float(X), trunc(float(X))])
     || X <- [(1 bsl 53) - 1, 1 bsl 53, (1 bsl 53) + 1, (1 bsl 63) - 1, 1 bsl 63, (1 bsl 64) - 1]],
    io:format("sum_over: ~p~n", [lists:foldl(fun(X, A) -> A + X end, 0, lists:duplicate(10, (1 bsl 62)))]),
    io:format("product_over: ~p~n", [lists:foldl(fun(X, A) -> A * X end, 1, lists:duplicate(5, 1 bsl 20))]),
    io:format("counter_cross: ~p~n", [count_up((1 bsl 63) - 5, 10)]),
    io:format("counter_cross_down: ~p~n", [count_down(-(1 bsl 63) + 5, 10)]),
    io:format("literal_edges: ~p~n", [[9223372036854775807, 9223372036854775808, -9223372036854775808,
                                       -9223372036854775809, 576460752303423487, 576460752303423488]]),
    io:format("guards: ~p~n", [[g(X) || X <- Edges]]),
    ok.

bits(0) -> 0;
bits(N) when N < 0 -> bits(-N);
bits(N) -> 1 + bits(N bsr 1).

count_up(X, 0) -> X;
count_up(X, N) -> count_up(X + 1, N - 1).

count_down(X, 0) -> X;
count_down(X, N) -> count_down(X - 1, N - 1).

g(X) when X > 16#7FFFFFFFFFFFFFFF -> above64;
g(X) when X >= 16#7FFFFFFFFFFFFFFF -> max64;
g(X) when X < -16#8000000000000000 -> below64;
g(X) when X =:= -16#8000000000000000 -> min64;
g(X) when is_integer(X), X band 1 =:= 0 -> even;
g(_) -> odd.
