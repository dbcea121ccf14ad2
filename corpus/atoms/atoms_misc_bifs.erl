-module(atoms_misc_bifs).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% Conversions between lists, tuples, binaries and iolists.
main() ->
    ?T(tuple_to_list, tuple_to_list(id({a, 1, "s"}))),
    ?T(list_to_tuple, list_to_tuple(id([x, y]))),
    ?T(list_to_tuple_bad, list_to_tuple(id([x | y]))),
    ?T(list_to_binary, list_to_binary(id([1, 2, <<3, 4>>, [5, [6]], "ab"]))),
    ?T(list_to_binary_bad, list_to_binary(id([256]))),
    ?T(list_to_binary_neg, list_to_binary(id([-1]))),
    ?T(list_to_binary_tail, list_to_binary(id([1 | <<2>>]))),
    ?T(list_to_binary_bad_tail, list_to_binary(id([1 | 2]))),
    ?T(binary_to_list, binary_to_list(id(<<"hi", 0, 255>>))),
    ?T(binary_to_list_bits, binary_to_list(id(<<1:9>>))),
    ?T(binary_to_list_3, binary_to_list(id(<<"abcdef">>), 2, 4)),
    ?T(binary_to_list_3_bad, binary_to_list(id(<<"abc">>), 2, 9)),
    ?T(bitstring_to_list, bitstring_to_list(id(<<1, 2:3>>))),
    ?T(list_to_bitstring, list_to_bitstring(id([<<1:3>>, <<7:5>>, 9]))),
    ?T(iolist_to_binary, iolist_to_binary(id([[], "a", [<<"b">> | <<"c">>], $d]))),
    ?T(iolist_to_binary_bin, iolist_to_binary(id(<<"x">>))),
    ?T(iolist_to_binary_bad, iolist_to_binary(id([a]))),
    ?T(iolist_size, iolist_size(id([<<1, 2>>, [3, [4]], "xyz"]))),
    ?T(iolist_size_bad, iolist_size(id([1.0]))),
    ?T(iolist_to_iovec, erlang:iolist_to_iovec(id([<<"ab">>, "cd"]))),
    ?T(term_to_list_int, integer_to_list(id(-1234))),
    ?T(char_list_printed, [id("abc"), id([97, 98, 0]), id([1000]), id("a\nb\t\"q\"")]),
    ?T(size_tuple, size(id({1, 2, 3}))),
    ?T(size_binary, size(id(<<1, 2>>))),
    ?T(size_bad, size(id([1]))),
    ?T(byte_size_bits, byte_size(id(<<1:17>>))),
    ?T(bit_size, bit_size(id(<<1:17>>))),
    ?T(length_ok, length(id([1, 2, 3]))),
    ?T(length_improper, length(id([1 | 2]))),
    ?T(length_atom, length(id(a))),
    ?T(hd_ok, hd(id([x, y]))),
    ?T(hd_nil, hd(id([]))),
    ?T(tl_ok, tl(id([x, y]))),
    ?T(tl_improper, tl(id([x | y]))),
    ?T(tl_nil, tl(id([]))),
    ?T(setelement_ok, setelement(2, id({a, b, c}), z)),
    ?T(make_tuple, erlang:make_tuple(3, id(q))),
    ?T(integer_to_binary, integer_to_binary(id(255), 16)),
    ?T(binary_to_integer, binary_to_integer(id(<<"-ff">>), 16)),
    ?T(float_to_binary, float_to_binary(id(0.1))),
    ?T(binary_to_float, binary_to_float(id(<<"2.5e3">>))),
    ?T(list_to_pid_shape, is_pid(list_to_pid("<0.0.0>"))),
    ok.
