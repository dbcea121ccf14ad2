-module(bits_float).
-export([main/0, id/1]).

id(X) -> X.

%% Float segments: 16, 32 and 64 bits, both endiannesses, construction and matching,
%% infinity/NaN bit patterns that do not match as floats.
main() ->
    Fs = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.141592653589793, 65504.0, 65520.0, 1.0e10,
          6.0e-8, 1.0e-40, 3.4028234663852886e38, 3.5e38, 1.0e300, 5.0e-324, 2, -3,
          1 bsl 64, 100000],
    [io:format("~p: ~w ~w ~w ~w ~w~n",
               [F, try <<(id(F)):16/float>> catch C:E -> {C, E} end,
                try <<(id(F)):32/float>> catch C2:E2 -> {C2, E2} end,
                try <<(id(F)):64/float>> catch C3:E3 -> {C3, E3} end,
                try <<(id(F)):32/float-little>> catch C4:E4 -> {C4, E4} end,
                try <<(id(F)):64/float-little>> catch C5:E5 -> {C5, E5} end])
     || F <- Fs],
    [io:format("roundtrip ~p: ~p~n", [F, rt(F)]) || F <- Fs, is_float(F), abs(F) < 1.0e38],
    Patterns = [<<16#7F800000:32>>, <<16#FF800000:32>>, <<16#7FC00000:32>>, <<16#7C00:16>>,
                <<16#7E00:16>>, <<16#7FF0000000000000:64>>, <<16#7FF8000000000000:64>>,
                <<16#3C00:16>>, <<16#0001:16>>, <<16#8001:16>>, <<16#3F800000:32>>,
                <<16#00000001:32>>, <<16#3FF0000000000000:64>>, <<1:64>>],
    [io:format("match ~w: ~p~n", [P, mf(id(P))]) || P <- Patterns],
    io:format("bad_size: ~p~n", [try <<(id(1.0)):(id(24))/float>> catch C:E -> {C, E} end]),
    io:format("match_bad_size: ~p~n", [begin S24 = id(24), case id(<<0:24>>) of <<X:S24/float>> -> X; _ -> nomatch end end]),
    io:format("atom_float: ~p~n", [try <<(id(a)):64/float>> catch C2:E2 -> {C2, E2} end]),
    io:format("unit_float: ~w~n", [<<(id(1.5)):4/float-unit:16>>]),
    io:format("literal: ~w~n", [[<<1.5:16/float>>, <<1.5:32/float>>, <<1.5:64/float>>, <<2.5/float>>]]),
    ok.

rt(F) ->
    [case <<F:16/float>> of <<A:16/float>> -> A; Bin16 -> {nomatch, Bin16} end,
     case <<F:32/float>> of <<B:32/float>> -> B; Bin32 -> {nomatch, Bin32} end,
     case <<F:64/float>> of <<C:64/float>> -> C end,
     case <<F:32/float-little>> of <<D:32/float-little>> -> D; Bin32L -> {nomatch, Bin32L} end].

mf(Bin) ->
    S = bit_size(Bin),
    case Bin of
        <<F:S/float>> -> {float, F};
        _ -> not_a_float
    end.
