-module(numtext_float_sweep).
-export([main/0, id/1]).

id(X) -> X.

%% float_to_list/float_to_binary with decimals/scientific/compact/short on pseudo-random
%% floats of all magnitudes; every text is parsed back and checked.
main() ->
    sweep(1, 987654321, 150),
    ok.

sweep(_, _, 0) -> ok;
sweep(I, Seed, N) ->
    S1 = (Seed * 6364136223846793005 + 1442695040888963407) band 16#FFFFFFFFFFFFFFFF,
    Exp = (S1 bsr 40) rem 600 - 300,
    Mant = (S1 band 16#FFFFFFFFFF) / 16#FFFFFFFFFF + 1.0,
    F = case I rem 2 of 0 -> Mant * math:pow(10, Exp); 1 -> -Mant * math:pow(10, Exp) end,
    D = I rem 12,
    Short = float_to_list(F, [short]),
    Dec = text(F, [{decimals, D}]),
    Sci = float_to_list(F, [{scientific, D}]),
    Compact = text(F, [{decimals, D}, compact]),
    io:format("~p ~s | ~s | ~s | ~s | ~s | ~p~n",
              [D, Short, float_to_list(F), shorten(Dec), Sci, shorten(Compact), list_to_float(Short) =:= F]),
    sweep(I + 1, S1, N - 1).

text(F, Opts) ->
    try float_to_list(F, Opts) catch C:R -> lists:flatten(io_lib:format("~p", [{C, R}])) end.

%% Decimal expansions of large floats run to hundreds of digits: keep both ends.
shorten(S) when length(S) > 60 -> lists:sublist(S, 25) ++ "..." ++ lists:nthtail(length(S) - 25, S) ++ "(" ++ integer_to_list(length(S)) ++ ")";
shorten(S) -> S.
