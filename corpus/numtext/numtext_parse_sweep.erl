-module(numtext_parse_sweep).
-export([main/0, id/1]).

id(X) -> X.

%% Parsing decimal texts of many lengths and exponents with list_to_float/binary_to_float
%% (correct rounding to the nearest double), and integers of many lengths.
main() ->
    sweep(120, 4242),
    Hard = ["2.2250738585072011e-308", "2.2250738585072012e-308", "4.9406564584124654e-324",
            "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
            "1.7976931348623158e308", "9007199254740993.0", "9007199254740992.9999999999",
            "0.1000000000000000055511151231257827", "0.1000000000000000055511151231257828",
            "123456789012345678901234567890.123456789", "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124", "7.2057594037927933e16"],
    [io:format("~s => ~p~n", [T, try list_to_float(T) catch C:R -> {C, R} end]) || T <- Hard],
    ok.

sweep(0, _) -> ok;
sweep(N, S) ->
    S1 = (S * 6364136223846793005 + 1442695040888963407) band 16#FFFFFFFFFFFFFFFF,
    Digits = 1 + (S1 bsr 58),
    IntPart = integer_to_list((S1 bsr 8) rem pow10(Digits rem 10 + 1)),
    Frac = integer_to_list(S1 rem pow10(Digits)),
    Exp = (S1 bsr 32) rem 640 - 320,
    Text = IntPart ++ "." ++ Frac ++ "e" ++ integer_to_list(Exp),
    R = try list_to_float(Text) catch C:Rs -> {C, Rs} end,
    RB = try binary_to_float(list_to_binary(Text)) catch C2:R2 -> {C2, R2} end,
    Int = list_to_integer(IntPart ++ Frac),
    io:format("~s => ~p ~p ~p~n", [Text, R, R =:= RB, Int rem 1000]),
    sweep(N - 1, S1).

pow10(0) -> 1;
pow10(N) -> 10 * pow10(N - 1).
