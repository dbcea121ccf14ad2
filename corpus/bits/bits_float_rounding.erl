-module(bits_float_rounding).
-export([main/0, id/1]).

id(X) -> X.

%% Narrowing doubles to 16- and 32-bit float segments: round-to-nearest-even, ties,
%% subnormal results, overflow to infinity, on special values and a pseudo-random sweep.
main() ->
    Special = [1.0 + math:pow(2, -11), 1.0 + 3 * math:pow(2, -11), 1.0 + math:pow(2, -24),
               1.0 + 3 * math:pow(2, -24), 65504.0, 65519.99, 65520.0, math:pow(2, -24),
               math:pow(2, -25), 1.5 * math:pow(2, -25), math:pow(2, -14), 0.99999 * math:pow(2, -14),
               3.4028235e38, 3.4028235677973366e38, 3.402823669209385e38, 1.401298464324817e-45,
               7.006492321624085e-46, 7.006492321624087e-46, 1.1754943508222875e-38, 1.0e-39, -1.0e-39],
    [io:format("~p: ~w ~w~n", [F, half(F), single(F)]) || F <- Special],
    sweep(40, 31337),
    ok.

half(F) ->
    B = <<(id(F)):16/float>>,
    case B of <<V:16/float>> -> {B, V}; _ -> {B, not_finite} end.

single(F) ->
    B = <<(id(F)):32/float>>,
    case B of <<V:32/float>> -> {B, V}; _ -> {B, not_finite} end.

sweep(0, _) -> ok;
sweep(N, S) ->
    S1 = (S * 6364136223846793005 + 1442695040888963407) band 16#FFFFFFFFFFFFFFFF,
    E = (S1 bsr 50) rem 80 - 40,
    M = (S1 band 16#FFFFFFFFFFFF) / 16#1000000000000 + 1.0,
    F = M * math:pow(2, E),
    io:format("sweep ~p: ~w ~w~n", [F, half(F), single(F)]),
    sweep(N - 1, S1).
