-module(numtext_parse_floats).
-export([main/0, id/1]).

id(X) -> X.

%% list_to_float / binary_to_float / string:to_float accept exactly Erlang float syntax.
main() ->
    Texts = ["1.0", "-1.0", "+1.0", "0.0", "-0.0", "1.5e3", "1.5E3", "1.5e+3", "1.5e-3",
             "1e3", "1.", ".5", "1", "1.0e", "1.0e+", "abc", "", " 1.0", "1.0 ", "1.0x",
             "3.14159265358979323846264338327950288", "1.7976931348623157e308",
             "1.8e308", "4.9e-324", "2.0e-324", "1.0e-400", "123456789012345678901234567890.0",
             "0.1e1", "00001.5", "1_000.0", "1.0e1_0", "-.5", "1..0", "1.0.0", "infinity",
             "nan", "0.30000000000000004", "9007199254740993.0", "2.2250738585072011e-308"],
    [io:format("~p: ~p ~p ~p~n",
               [T, try list_to_float(id(T)) catch C:E -> {C, E} end,
                try binary_to_float(list_to_binary(id(T))) catch C2:E2 -> {C2, E2} end,
                try string:to_float(id(T)) catch C3:E3 -> {C3, E3} end])
     || T <- Texts],
    Others = [{not_list, fun() -> list_to_float(id(<<"1.0">>)) end},
              {atom, fun() -> list_to_float(id('1.0')) end},
              {improper, fun() -> list_to_float(id([$1, $. | $0])) end},
              {bin_bits, fun() -> binary_to_float(id(<<"1.0", 1:1>>)) end},
              {string_to_float_bin, fun() -> string:to_float(id(<<"2.5rest">>)) end},
              {string_to_float_int_text, fun() -> string:to_float(id("25")) end},
              {string_to_float_no_frac, fun() -> string:to_float(id("25.e3")) end},
              {io_lib_fread, fun() -> io_lib:fread("~f", id("2.5 x")) end},
              {io_lib_fread_int, fun() -> io_lib:fread("~d~d", id("12 34")) end}],
    [io:format("~p: ~p~n", [N, try F() catch C:E -> {C, E} end]) || {N, F} <- Others],
    ok.
