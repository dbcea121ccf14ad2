-module(bits_binary_module_errors).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% The binary module's argument checking and edge cases.
main() ->
    B = id(<<"abcabc">>),
    ?T(match_empty_pattern, binary:match(B, <<>>)),
    ?T(match_empty_list, binary:match(B, [])),
    ?T(match_pattern_list_with_empty, binary:match(B, [<<"a">>, <<>>])),
    ?T(match_bad_scope, binary:match(B, <<"a">>, [{scope, {5, 5}}])),
    ?T(match_neg_scope, binary:match(B, <<"c">>, [{scope, {6, -3}}])),
    ?T(match_bad_option, binary:match(B, <<"a">>, [bogus])),
    ?T(matches_scope_end, binary:matches(B, <<"a">>, [{scope, {6, 0}}])),
    ?T(split_scope_neg, binary:split(B, <<"b">>, [{scope, {6, -6}}, global])),
    ?T(replace_bad_replacement, binary:replace(B, <<"a">>, id(notbin))),
    ?T(replace_fun_replacement_25, binary:replace(B, <<"a">>, id(fun(X) -> X end))),
    ?T(replace_insert_out_of_range, binary:replace(B, <<"a">>, <<"xy">>, [{insert_replaced, 5}])),
    ?T(part_neg_len_ok, binary:part(B, 3, -3)),
    ?T(part_neg_start, binary:part(B, -1, 1)),
    ?T(copy_neg, binary:copy(B, -1)),
    ?T(copy_bits, binary:copy(id(<<1:3>>), 2)),
    ?T(at_neg, binary:at(B, -1)),
    ?T(decode_unsigned_bad_endian, binary:decode_unsigned(B, middle)),
    ?T(encode_unsigned_float, binary:encode_unsigned(id(1.0))),
    ?T(bin_to_list_bad_range, binary:bin_to_list(B, {4, 5})),
    ?T(longest_common_prefix_empty_list, binary:longest_common_prefix([])),
    ?T(longest_common_suffix_one, binary:longest_common_suffix([<<"abc">>])),
    ?T(compile_pattern_empty, binary:compile_pattern(<<>>)),
    ?T(compile_pattern_bad, binary:compile_pattern(id(a))),
    ?T(split_not_binary, binary:split(id("abc"), <<"b">>)),
    ?T(matches_overlapping_alternatives, binary:matches(<<"abcd">>, [<<"bc">>, <<"abc">>, <<"cd">>, <<"d">>])),
    ?T(list_to_bin_bad, binary:list_to_bin(id([a]))),
    ?T(first_bits, binary:first(id(<<1:3>>))),
    ?T(referenced_bad, binary:referenced_byte_size(id(a))),
    ok.
