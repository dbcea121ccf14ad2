-module(opcodes_many_registers).
-export([main/0, id/1, wide/30]).

id(X) -> X.

%% Functions with many arguments and many live values across calls (high x and y register
%% numbers), large tuples built from variables, and closures capturing many values.
main() ->
    Args = lists:seq(1, 30),
    io:format("wide: ~p~n", [apply(?MODULE, wide, Args)]),
    io:format("wide_local: ~p~n", [wide(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                                        19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, id(30))]),
    io:format("live_across_calls: ~p~n", [live(id(1))]),
    io:format("big_tuple: ~p~n", [tuple_size(big_tuple(id(7)))]),
    io:format("big_tuple_sum: ~p~n", [lists:sum(tuple_to_list(big_tuple(id(7))))]),
    io:format("closure: ~p~n", [(closure(id(1)))(id(100))]),
    io:format("swap: ~p~n", [swap_loop(id(a), id(b), id(c), 10)]),
    ok.

wide(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20,
     A21, A22, A23, A24, A25, A26, A27, A28, A29, A30) ->
    L = [A30, A29, A28, A27, A26, A25, A24, A23, A22, A21, A20, A19, A18, A17, A16, A15, A14, A13,
         A12, A11, A10, A9, A8, A7, A6, A5, A4, A3, A2, A1],
    {lists:sum(L), hd(L), lists:last(L), A15 * A16}.

live(X) ->
    V1 = id(X + 1), V2 = id(V1 + 1), V3 = id(V2 + 1), V4 = id(V3 + 1), V5 = id(V4 + 1),
    V6 = id(V5 + 1), V7 = id(V6 + 1), V8 = id(V7 + 1), V9 = id(V8 + 1), V10 = id(V9 + 1),
    V11 = id(V10 + 1), V12 = id(V11 + 1), V13 = id(V12 + 1), V14 = id(V13 + 1), V15 = id(V14 + 1),
    V16 = id(V15 + 1), V17 = id(V16 + 1), V18 = id(V17 + 1), V19 = id(V18 + 1), V20 = id(V19 + 1),
    V21 = id(V20 + 1), V22 = id(V21 + 1), V23 = id(V22 + 1), V24 = id(V23 + 1), V25 = id(V24 + 1),
    [V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20,
     V21, V22, V23, V24, V25, id(X)].

big_tuple(X) ->
    {X, X + 1, X + 2, X + 3, X + 4, X + 5, X + 6, X + 7, X + 8, X + 9, X + 10, X + 11, X + 12,
     X + 13, X + 14, X + 15, X + 16, X + 17, X + 18, X + 19, X + 20, X + 21, X + 22, X + 23,
     X + 24, X + 25, X + 26, X + 27, X + 28, X + 29, X + 30, X + 31, X + 32, X + 33, X + 34,
     X + 35, X + 36, X + 37, X + 38, X + 39, X + 40}.

closure(X) ->
    A = X + 1, B = A + 1, C = B + 1, D = C + 1, E = D + 1, F = E + 1, G = F + 1, H = G + 1,
    I = H + 1, J = I + 1, K = J + 1, L = K + 1, M = L + 1, N = M + 1, O = N + 1, P = O + 1,
    fun(Y) -> Y + A + B + C + D + E + F + G + H + I + J + K + L + M + N + O + P end.

swap_loop(A, B, C, 0) -> {A, B, C};
swap_loop(A, B, C, N) -> swap_loop(B, C, A, N - 1).
