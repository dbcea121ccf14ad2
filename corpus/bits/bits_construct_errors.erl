-module(bits_construct_errors).
-export([main/0, id/1]).

id(X) -> X.

%% Failing binary construction: the class, reason and the error_info cause that OTP 25
%% puts in the top stack frame.
main() ->
    Cases = [
        {int_atom, fun() -> <<(id(a)):8>> end},
        {int_float, fun() -> <<(id(1.5)):8>> end},
        {int_neg_size, fun() -> <<(id(1)):(id(-8))>> end},
        {int_atom_size, fun() -> <<(id(1)):(id(x))>> end},
        {int_huge_size, fun() -> <<(id(1)):(id(1 bsl 62))>> end},
        {float_atom, fun() -> <<(id(a)):64/float>> end},
        {float_bad_size, fun() -> <<(id(1.0)):(id(8))/float>> end},
        {binary_atom, fun() -> <<(id(a))/binary>> end},
        {binary_unaligned, fun() -> <<(id(<<1:3>>))/binary>> end},
        {binary_short, fun() -> <<(id(<<1, 2>>)):3/binary>> end},
        {bits_short, fun() -> <<(id(<<1, 2>>)):17/bits>> end},
        {binary_list, fun() -> <<(id("ab"))/binary>> end},
        {utf8_neg, fun() -> <<(id(-1))/utf8>> end},
        {utf8_surrogate, fun() -> <<(id(16#D800))/utf8>> end},
        {utf16_too_big, fun() -> <<(id(16#110000))/utf16>> end},
        {utf32_atom, fun() -> <<(id(a))/utf32>> end},
        {second_segment, fun() -> <<1, 2, (id(b)):8, 4>> end},
        {in_comprehension, fun() -> << <<X:8>> || X <- id([1, 2, c]) >> end},
        {append_to_non_binary, fun() -> <<(id(x))/binary, 1>> end},
        {append_bits_to_binary_unit, fun() -> X = id(<<1:1>>), <<X/binary, 2>> end},
        {size_float, fun() -> <<(id(1)):(id(8.0))>> end},
        {ok_control, fun() -> <<(id(1)):(id(8))>> end}
    ],
    [report(Name, F) || {Name, F} <- Cases],
    ok.

report(Name, F) ->
    R = try F() of V -> {ok, V}
        catch C:E:S ->
                [{M, Fn, A, Loc} | _] = S,
                {C, E, {M, Fn, arity(A)}, proplists:get_value(error_info, Loc)}
        end,
    io:format("~p: ~p~n", [Name, R]).

arity(A) when is_list(A) -> length(A);
arity(A) -> A.
