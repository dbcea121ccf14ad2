-module(fmt_numbers).
-export([main/0, id/1]).

id(X) -> X.

%% Integer and float directives with field widths, precisions and pad characters.
%% Each format is run through io_lib:format so a bad one prints its error instead.
main() ->
    Ints = [0, 7, -7, 255, -255, 65535, 1 bsl 70, -(1 bsl 70)],
    IntFormats = ["~b", "~8b", "~-8b|", "~.2b", "~.16b", "~.36b", "~8.16b", "~-8.16b|",
                  "~8.16.0b", "~8..0b", "~8.2.*b", "~B", "~.16B", "~x", "~.16x", "~.16X",
                  "~10.16.0x", "~#", "~.2#", "~.16#", "~+", "~.16+", "~w", "~10w", "~-10w|",
                  "~p", "~10p|", "~c"],
    [io:format("~s ~p => ~ts~n", [F, I, fmt(F, args(F, I))]) || I <- Ints, F <- IntFormats],
    Floats = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 0.000123456, 123456789.125, 1.0e-10,
              1.0e100, 2.5, 0.5, 1.5e308, 5.0e-324, 100.0, 0.1],
    FloatFormats = ["~f", "~.0f", "~.1f", "~.3f", "~10.3f", "~-10.3f|", "~10.3.*f", "~.10f",
                    "~e", "~.1e", "~.2e", "~.3e", "~15.4e", "~-15.4e|", "~g", "~.2g", "~.3g",
                    "~.10g", "~12.5g", "~w", "~p", "~20p|", "~.15f"],
    [io:format("~s ~p => ~ts~n", [F, X, fmt(F, fargs(F, X))]) || X <- Floats, F <- FloatFormats],
    Extra = [{"~f int", "~f", [1]}, {"~e atom", "~e", [a]}, {"~b float", "~b", [1.0]},
             {"~.1b", "~.1b", [5]}, {"~.37b", "~.37b", [5]}, {"~.0e", "~.0e", [1.5]},
             {"~.1e big", "~.1e", [9.99]}, {"~5f narrow", "~5f", [123456.0]},
             {"~3b narrow", "~3b", [123456]}, {"~0f", "~0f", [1.0]},
             {"~f bignum", "~f", [1 bsl 70]}, {"~.2f rounding", "~.2f ~.2f ~.2f ~.2f", [0.125, 0.375, 2.675, 1.005]},
             {"~.0f halves", "~.0f ~.0f ~.0f ~.0f", [0.5, 1.5, 2.5, -0.5]},
             {"~e exponents", "~e ~e ~e", [1.0e-300, 1.0e300, 9.999999e99]},
             {"~g boundaries", "~g ~g ~g ~g ~g", [0.1, 0.09999, 1.0e4, 99999.9, 1.0e6]}],
    [io:format("~s => ~ts~n", [L, fmt(F, A)]) || {L, F, A} <- Extra],
    ok.

args(F, I) ->
    case lists:member($*, F) of
        true -> [$_, I];
        false -> [I]
    end.

fargs(F, X) ->
    case lists:member($*, F) of
        true -> [$#, X];
        false -> [X]
    end.

fmt(F, A) ->
    try lists:flatten(io_lib:format(F, A))
    catch C:R -> lists:flatten(io_lib:format("~p", [{C, R}]))
    end.
