-module(bits_bifs).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~w~n", [Label, R]).

%% erlang BIFs on binaries and bitstrings.
main() ->
    B = id(<<"0123456789">>),
    ?T(byte_size, [byte_size(X) || X <- [<<>>, B, <<1:1>>, <<1:15>>]]),
    ?T(bit_size, [bit_size(X) || X <- [<<>>, B, <<1:1>>, <<1:15>>]]),
    ?T(binary_part_2, binary_part(B, {2, 3})),
    ?T(binary_part_3, binary_part(B, 7, -3)),
    ?T(binary_part_full, binary_part(B, 0, 10)),
    ?T(binary_part_empty_end, binary_part(B, 10, 0)),
    ?T(binary_part_out, binary_part(B, 9, 2)),
    ?T(binary_part_neg_out, binary_part(B, 2, -3)),
    ?T(binary_part_bits, binary_part(id(<<1, 2, 3:4>>), 0, 2)),
    ?T(split_binary_0, split_binary(B, 0)),
    ?T(split_binary_end, split_binary(B, 10)),
    ?T(split_binary_bits, split_binary(id(<<1, 2, 3:4>>), 1)),
    ?T(split_binary_neg, split_binary(B, -1)),
    ?T(list_to_binary_deep, list_to_binary([[1, [2, [3, <<4>>]]], <<>>, [], 5])),
    ?T(list_to_binary_bits, list_to_binary(id([<<1:1>>]))),
    ?T(list_to_bitstring_deep, list_to_bitstring([[<<1:1>>, [<<0:1>>]], <<1:6>>])),
    ?T(binary_to_list_bits_error, binary_to_list(id(<<1:1>>))),
    ?T(bitstring_to_list, bitstring_to_list(id(<<255, 1:1>>))),
    ?T(iolist_to_binary_nested, iolist_to_binary([<<"a">>, [[<<"b">>, $c] | <<"d">>]])),
    ?T(iolist_to_binary_bits, iolist_to_binary(id([<<1:1>>]))),
    ?T(iolist_size, iolist_size([<<"ab">>, [$c, [<<"de">>]]])),
    ?T(term_to_binary_size, byte_size(term_to_binary(B))),
    ?T(binary_to_list_range, binary_to_list(B, 3, 5)),
    ?T(binary_to_list_range_bad, binary_to_list(B, 5, 3)),
    ?T(erlang_md5_size, byte_size(erlang:md5(B))),
    ?T(is_binary_guard, [case X of _ when is_binary(X) -> bin; _ when is_bitstring(X) -> bits; _ -> other end
                          || X <- [<<>>, <<1:1>>, B, "s"]]),
    ?T(size_guard, [case X of _ when size(X) > 5 -> big; _ -> small end || X <- [B, <<1>>, {1, 2, 3, 4, 5, 6}]]),
    ?T(binary_eq_across_construction, <<"ab">> =:= list_to_binary([$a, $b])),
    ?T(sub_binary_compare, begin <<_, Sub:3/binary, _/binary>> = B, Sub =:= <<"123">> end),
    ?T(binary_compare_order, lists:sort([<<"b">>, <<"a">>, <<"ab">>, <<>>, <<0>>, <<"a", 0>>])),
    ?T(split_binary_roundtrip, begin {X, Y} = split_binary(B, 4), <<X/binary, Y/binary>> =:= B end),
    ?T(list_to_binary_big, byte_size(list_to_binary(lists:duplicate(100000, $x)))),
    ?T(binary_to_term_sub, binary_to_term(binary_part(<<0, (term_to_binary({a, 1}))/binary>>, 1, byte_size(term_to_binary({a, 1}))))),
    ok.
