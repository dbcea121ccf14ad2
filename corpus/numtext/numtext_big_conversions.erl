-module(numtext_big_conversions).
-export([main/0, id/1]).

id(X) -> X.

%% Text conversions of very large integers and of floats near the integer limits.
main() ->
    Nums = [pow(10, 100), pow(10, 100) - 1, -pow(10, 100), pow(2, 1000), pow(3, 500), pow(7, 300) + 1],
    [io:format("~p~n b2=~s~n b16=~s~n b36=~s~n", [N, integer_to_list(N, 2), integer_to_list(N, 16), integer_to_list(N, 36)])
     || N <- Nums],
    [io:format("parse ~p: ~p~n", [B, list_to_integer(integer_to_list(N, B), B) =:= N]) || N <- Nums, B <- [2, 7, 10, 16, 36]],
    Floats = [1.0e15, 1.0e16, 9007199254740992.0, 9007199254740993.0, 1.0e22, 1.0e23, 1.7976931348623157e308,
              123456789012345678901234567890.0],
    [io:format("float ~p: trunc=~p list=~s decimals0=~s~n", [F, trunc(F), float_to_list(F), try float_to_list(F, [{decimals, 0}]) catch C:R -> io_lib:format("~p", [{C, R}]) end])
     || F <- Floats],
    io:format("huge_decimal_string: ~p~n", [try length(float_to_list(1.0e308, [{decimals, 10}])) catch C:R -> {C, R} end]),
    io:format("decimals_limit: ~p~n", [[try length(float_to_list(F, [{decimals, 0}])) catch C2:R2 -> {C2, R2} end
                                       || F <- [1.0e250, 1.0e252, 1.0e253, 1.0e254, 1.0e300]]]),
    io:format("binary_big: ~p~n", [binary_to_integer(integer_to_binary(pow(10, 500) + 3)) rem 1000]),
    io:format("leading_zeros_big: ~p~n", [list_to_integer(lists:duplicate(100, $0) ++ "1" ++ lists:duplicate(50, $0))]),
    io:format("signs: ~p~n", [[list_to_integer(S) || S <- ["+" ++ lists:duplicate(30, $9), "-" ++ lists:duplicate(30, $9)]]]),
    ok.

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
