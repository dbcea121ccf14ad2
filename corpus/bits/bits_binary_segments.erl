-module(bits_binary_segments).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~w~n", [Label, R]).

main() ->
    B = id(<<"abcdefgh">>),
    Bits = id(<<1:1, 0:1, 1:1>>),
    ?T(binary_all, <<B/binary>>),
    ?T(binary_sized, <<B:3/binary>>),
    ?T(binary_sized_too_big, <<B:9/binary>>),
    ?T(binary_of_bits, <<Bits/binary>>),
    ?T(bitstring_of_bits, <<Bits/bitstring>>),
    ?T(bits_alias, <<Bits/bits, Bits/bits, Bits/bits>>),
    ?T(bytes_alias, <<B/bytes>>),
    ?T(bits_sized, <<B:12/bits>>),
    ?T(binary_unit8, <<B:2/binary-unit:8>>),
    ?T(binary_unit4, <<B:3/binary-unit:4>>),
    ?T(binary_unit16, <<B:2/binary-unit:16>>),
    ?T(concat_unaligned, <<1:3, B/binary, 5:5>>),
    ?T(nested_bins, <<<<1, 2>>/binary, <<3:4>>/bits, <<4:4>>/bits>>),
    ?T(empty_binary, <<(id(<<>>))/binary, (id(<<>>)):0/binary>>),
    ?T(integer_as_binary, <<(id(1))/binary>>),
    ?T(list_as_binary, <<(id([1, 2]))/binary>>),
    ?T(match_rest, begin <<H:2/binary, T/binary>> = B, {H, T} end),
    ?T(match_rest_bits, begin <<H:3/bits, T/bits>> = B, {H, T} end),
    ?T(match_binary_unaligned, case B of <<_:1, R/binary>> -> R; _ -> nomatch end),
    ?T(match_bitstring_unaligned, case B of <<_:1, R/bitstring>> -> R; _ -> nomatch end),
    ?T(match_unit, case B of <<X:3/binary-unit:16, _/binary>> -> X end),
    ?T(match_integer_unit, case B of <<X:5/integer-unit:3, _/bits>> -> X end),
    ?T(match_tail_unit, [case Bin of <<_:8, R/binary-unit:16>> -> R; _ -> no end
                         || Bin <- [<<1, 2, 3>>, <<1, 2, 3, 4>>]]),
    ?T(match_size_var, begin S = id(4), <<X:S/binary, _/binary>> = B, X end),
    ?T(match_size_from_seg, case id(<<3, "xyz!">>) of <<N, S:N/binary, R/binary>> -> {S, R} end),
    ?T(split_every_3, [X || <<X:3/binary>> <= B]),
    ?T(split_bits, [X || <<X:3/bits>> <= <<255, 0>>]),
    ?T(byte_size_bits, [{byte_size(X), bit_size(X)} || X <- [<<>>, <<1:1>>, <<1:8>>, <<1:9>>, B]]),
    ?T(is_binary_bitstring, [{is_binary(X), is_bitstring(X)} || X <- [<<>>, <<1:1>>, B, x]]),
    ?T(bit_string_compare, lists:sort([<<1:1>>, <<1>>, <<0:1>>, <<>>, <<128>>, <<2:2>>])),
    ?T(size_zero_binary, <<B:0/binary>>),
    ?T(huge_binary_size, <<B:(id(1 bsl 62))/binary>>),
    ?T(negative_size, <<B:(id(-1))/binary>>),
    ?T(atom_size, <<B:(id(a))/binary>>),
    ok.
