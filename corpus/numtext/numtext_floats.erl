-module(numtext_floats).
-export([main/0, id/1]).

id(X) -> X.

%% float_to_list / float_to_binary with every option form.
main() ->
    Floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 3.14159265358979, 100.0,
              1.0e10, 1.0e15, 1.0e16, 1.0e21, 1.0e22, 1.0e23, 123456.789, 1.0e-5, 1.0e-7,
              5.0e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.3, 2/3,
              9007199254740993.0, 0.000123, 1.0e100, 0.05, 0.15, 0.25, 0.35, 1.005],
    Opts = [[], [short], [{decimals, 0}], [{decimals, 2}], [{decimals, 5}, compact],
            [{decimals, 20}], [{scientific, 0}], [{scientific, 3}], [{scientific, 20}],
            [{decimals, 3}, compact], [{decimals, 4}, {scientific, 2}],
            [{scientific, 2}, {decimals, 4}], [compact]],
    [io:format("~p ~w: ~s~n", [F, O, try float_to_list(id(F), O) catch C:E -> io_lib:format("~p", [{C, E}]) end])
     || F <- Floats, O <- Opts],
    [io:format("default ~p: ~s / ~s~n", [F, float_to_list(F), float_to_binary(F)]) || F <- Floats],
    Bad = [{neg_decimals, fun() -> float_to_list(1.0, [{decimals, -1}]) end},
           {big_decimals, fun() -> float_to_list(1.0, [{decimals, 254}]) end},
           {max_decimals, fun() -> length(float_to_list(1.0, [{decimals, 253}])) end},
           {big_scientific, fun() -> float_to_list(1.0, [{scientific, 250}]) end},
           {max_scientific, fun() -> length(float_to_list(1.0, [{scientific, 249}])) end},
           {bad_option, fun() -> float_to_list(1.0, [bogus]) end},
           {improper_opts, fun() -> float_to_list(1.0, [compact | x]) end},
           {int_arg, fun() -> float_to_list(id(1)) end},
           {int_arg_opts, fun() -> float_to_binary(id(1), [short]) end},
           {huge_decimals_value, fun() -> float_to_list(1.0e300, [{decimals, 2}]) end},
           {bin_decimals, fun() -> float_to_binary(1.23456, [{decimals, 3}]) end},
           {bin_scientific, fun() -> float_to_binary(-1.23456, [{scientific, 1}]) end}],
    [io:format("~p: ~p~n", [N, try F() catch C:E -> {C, E} end]) || {N, F} <- Bad],
    ok.
