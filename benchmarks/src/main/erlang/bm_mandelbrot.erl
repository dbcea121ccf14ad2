%% Float code: the Mandelbrot set on an N x N grid (50 iterations, escape radius 2), as in the
%% Computer Language Benchmarks Game. The result is the number of points in the set and a
%% checksum of the bitmap.
-module(bm_mandelbrot).
-export([size/1, run/1]).

-define(ITER, 50).

size(tiny) -> 16;
size(bench) -> 400.

run(N) -> rows(0, N, 0, 0).

rows(Y, N, Count, Sum) when Y =:= N -> {Count, Sum};
rows(Y, N, Count, Sum) ->
    Ci = 2.0 * Y / N - 1.0,
    {C, Bits} = cols(0, N, Ci, 0, 0),
    rows(Y + 1, N, Count + C, (Sum * 31 + Bits) band 16#FFFFFFF).

cols(X, N, _, Count, Bits) when X =:= N -> {Count, Bits};
cols(X, N, Ci, Count, Bits) ->
    Cr = 2.0 * X / N - 1.5,
    case escapes(0.0, 0.0, Cr, Ci, ?ITER) of
        true -> cols(X + 1, N, Ci, Count, (Bits * 2) band 16#FFFFFFF);
        false -> cols(X + 1, N, Ci, Count + 1, (Bits * 2 + 1) band 16#FFFFFFF)
    end.

escapes(_, _, _, _, 0) -> false;
escapes(Zr, Zi, Cr, Ci, K) ->
    Tr = Zr * Zr - Zi * Zi + Cr,
    Ti = 2.0 * Zr * Zi + Ci,
    case Tr * Tr + Ti * Ti > 4.0 of
        true -> true;
        false -> escapes(Tr, Ti, Cr, Ci, K - 1)
    end.
