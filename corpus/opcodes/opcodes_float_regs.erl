-module(opcodes_float_regs).
-export([main/0, id/1]).

id(X) -> X.

%% Float arithmetic the compiler keeps in float registers (fmove/fconv/fadd/fsub/fmul/fdiv/
%% fnegate) once it knows the operands are floats, including overflow inside such a block.
main() ->
    io:format("poly: ~p~n", [[poly(id(X)) || X <- [0.0, 1.0, -2.5, 1.0e10]]]),
    io:format("dot: ~p~n", [dot(id([1.0, 2.0, 3.0]), id([4.0, 5.0, 6.0]), 0.0)]),
    io:format("mixed_conv: ~p~n", [[conv(id(X)) || X <- [1, 2.0, 1 bsl 70, -3]]]),
    io:format("norm: ~p~n", [norm(id({3.0, 4.0, 12.0}))]),
    io:format("neg: ~p~n", [[neg(id(X)) || X <- [0.0, 1.5, -2.0]]]),
    io:format("mandelbrot: ~p~n", [[[mandel(id(X / 10), id(Y / 10)) || X <- lists:seq(-20, 5, 5)] || Y <- lists:seq(-10, 10, 5)]]),
    io:format("overflow_in_block: ~p~n", [try poly(id(1.0e200)) catch C:R -> {C, R} end]),
    io:format("div_zero_in_block: ~p~n", [try ratio(id(1.0), id(0.0)) catch C2:R2 -> {C2, R2} end]),
    io:format("bad_operand: ~p~n", [try conv(id(atom)) catch C3:R3 -> {C3, R3} end]),
    io:format("newton_sqrt: ~p~n", [[newton(id(X), 1.0, 30) || X <- [2.0, 10.0, 1.0e6]]]),
    io:format("sum_series: ~p~n", [series(id(1000), 0.0)]),
    io:format("float_guard: ~p~n", [[fg(id(X)) || X <- [0.5, 1.5, -1.0, 2]]]),
    ok.

poly(X) when is_float(X) -> 3.0 * X * X * X - 2.0 * X * X + X / 4.0 - 7.5.

dot([A | As], [B | Bs], Acc) when is_float(A), is_float(B), is_float(Acc) -> dot(As, Bs, Acc + A * B);
dot([], [], Acc) -> Acc.

conv(X) -> Y = X * 1.5, Y + 0.25.

norm({X, Y, Z}) when is_float(X), is_float(Y), is_float(Z) -> math:sqrt(X * X + Y * Y + Z * Z).

neg(X) when is_float(X) -> -X * 2.0.

mandel(Cr, Ci) -> mandel(0.0, 0.0, Cr, Ci, 0).
mandel(_, _, _, _, 50) -> 50;
mandel(Zr, Zi, Cr, Ci, N) when is_float(Zr), is_float(Zi), is_float(Cr), is_float(Ci) ->
    Zr2 = Zr * Zr, Zi2 = Zi * Zi,
    if Zr2 + Zi2 > 4.0 -> N;
       true -> mandel(Zr2 - Zi2 + Cr, 2.0 * Zr * Zi + Ci, Cr, Ci, N + 1)
    end.

ratio(A, B) when is_float(A), is_float(B) -> A / B + 1.0.

newton(_, G, 0) -> G;
newton(X, G, N) when is_float(X), is_float(G) -> newton(X, (G + X / G) / 2.0, N - 1).

series(0, Acc) -> Acc;
series(N, Acc) when is_float(Acc) -> series(N - 1, Acc + 1.0 / (N * N)).

fg(X) when is_float(X), X * 2.0 > 1.5 -> big;
fg(X) when is_float(X) -> small;
fg(_) -> not_float.
