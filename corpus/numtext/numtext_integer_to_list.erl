-module(numtext_integer_to_list).
-export([main/0, id/1]).

id(X) -> X.

%% integer_to_list/binary in every base, and back.
main() ->
    Ints = [0, 1, -1, 7, 35, 36, -36, 255, 256, 1000, -65535, 16#7FFFFFFFFFFFFFFF,
            -16#8000000000000000, 1 bsl 64, -(1 bsl 100), 123456789012345678901234567890],
    [begin
         L = integer_to_list(id(I), id(B)),
         Bin = integer_to_binary(id(I), id(B)),
         Back = list_to_integer(L, B),
         BackB = binary_to_integer(Bin, B),
         io:format("~p base ~p: ~s ~p ~p~n", [I, B, L, Back =:= I, BackB =:= I andalso
                                               list_to_binary(L) =:= Bin])
     end || I <- Ints, B <- [2, 3, 8, 10, 16, 36]],
    [io:format("~p: ~p~n", [Name, try F() catch C:E -> {C, E} end]) || {Name, F} <- errors()],
    ok.

errors() ->
    [{base_1, fun() -> integer_to_list(id(5), id(1)) end},
     {base_37, fun() -> integer_to_list(id(5), id(37)) end},
     {base_atom, fun() -> integer_to_list(id(5), id(ten)) end},
     {not_int, fun() -> integer_to_list(id(5.0)) end},
     {not_int_base, fun() -> integer_to_list(id(5.0), 16) end},
     {bin_base_0, fun() -> integer_to_binary(id(5), id(0)) end},
     {integer_to_list_1, fun() -> integer_to_list(id(-987654321)) end},
     {integer_to_binary_1, fun() -> integer_to_binary(id(1 bsl 70)) end},
     {lower_hex_parse, fun() -> list_to_integer(id("ff"), 16) end},
     {upper_hex_parse, fun() -> list_to_integer(id("FF"), 16) end},
     {plus_sign, fun() -> list_to_integer(id("+12")) end},
     {minus_sign, fun() -> list_to_integer(id("-0")) end},
     {leading_zeros, fun() -> list_to_integer(id("000123")) end},
     {empty, fun() -> list_to_integer(id("")) end},
     {only_sign, fun() -> list_to_integer(id("-")) end},
     {space, fun() -> list_to_integer(id(" 1")) end},
     {trailing, fun() -> list_to_integer(id("12a")) end},
     {digit_out_of_base, fun() -> list_to_integer(id("129"), 8) end},
     {base_36_z, fun() -> list_to_integer(id("zz"), 36) end},
     {float_text, fun() -> list_to_integer(id("1.0")) end},
     {underscore, fun() -> list_to_integer(id("1_000")) end},
     {not_list, fun() -> list_to_integer(id(<<"1">>)) end},
     {bin_empty, fun() -> binary_to_integer(id(<<>>)) end},
     {bin_bad, fun() -> binary_to_integer(id(<<"x">>)) end},
     {bin_huge, fun() -> binary_to_integer(binary:copy(id(<<"9">>), 60)) end},
     {bin_base_bad, fun() -> binary_to_integer(id(<<"1">>), id(99)) end},
     {list_unicode_digit, fun() -> list_to_integer(id([16#0661])) end},
     {list_improper, fun() -> list_to_integer(id([$1 | $2])) end},
     {string_to_integer_ok, fun() -> string:to_integer(id("123abc")) end},
     {string_to_integer_neg, fun() -> string:to_integer(id("-45 ")) end},
     {string_to_integer_none, fun() -> string:to_integer(id("abc")) end},
     {string_to_integer_bin, fun() -> string:to_integer(id(<<"77z">>)) end},
     {string_to_integer_bad, fun() -> string:to_integer(id(12)) end}].
