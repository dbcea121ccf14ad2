-module(fmt_float_shortest).
-export([main/0, id/1]).

id(X) -> X.

%% Shortest round-trip float printing (~p, ~w, io_lib:format, float_to_list([short]))
%% over awkward values: powers of two and ten, boundaries, halfway cases, subnormals,
%% and a deterministic sweep of bit patterns.
main() ->
    Special = [0.1, 0.2, 0.3, 1/3, 2/3, 1.0e23, 9.007199254740993e15, 5.0e-324, 1.0e-323,
               2.2250738585072009e-308, 2.2250738585072014e-308, 1.7976931348623157e308,
               4.35, 0.000001, 0.0000001, 123456789012345680.0, 1.0e15, 1.0e16, 1.0e17,
               9.999999999999999e22, 1.2345678901234567e-7, 100.0, 1000000.0, 1.0e21,
               1.0e22, 5.0e-7, 0.5e-6, 8.41e21, 5.5e-311, 2.0e-7, 3.0e-6, 29.0, 1.5e-5],
    [io:format("~w ~p ~s ~s~n", [F, F, float_to_list(F, [short]), io_lib:format("~p", [-F])])
     || F <- Special],
    [io:format("2^~p: ~w 2^-~p: ~w~n", [E, math:pow(2, E), E, math:pow(2, -E)])
     || E <- lists:seq(0, 1023, 31)],
    [io:format("10^~p: ~w 10^-~p: ~w~n", [E, math:pow(10, E), E, math:pow(10, -E)])
     || E <- lists:seq(0, 308, 11)],
    sweep(id(16#3FF0000000000000), 0, 120),
    sweep(id(16#0000000000000001), 0, 20),
    sweep(id(16#7FEFFFFFFFFFFFFF), 0, 10),
    ok.

%% Floats from bit patterns stepping by a large odd stride (no NaN or infinity).
sweep(_, N, N) -> ok;
sweep(Bits, I, N) ->
    B = Bits + I * 16#00123456789ABCDF,
    Exp = (B bsr 52) band 16#7FF,
    case Exp of
        16#7FF -> ok;
        _ ->
            <<F/float>> = <<B:64>>,
            io:format("bits ~.16b: ~w ~w~n", [B, F, list_to_float(float_to_list(F, [short])) =:= F])
    end,
    sweep(Bits, I + 1, N).
