-module(exc_stdlib_bif_errors).
-export([main/0, id/1]).

id(X) -> X.

%% Every BIF of binary, lists, maps, math and unicode (and the Erlang functions of binary and
%% unicode that wrap them) failing: class, reason, the first stack frame with its arguments, and
%% the error_info that erl_stdlib_errors formats; then erl_error's message for each.
main() ->
    Cases = [
        {binary_at, fun() -> binary:at(id(<<"ab">>), 2) end},
        {binary_bin_to_list, fun() -> binary:bin_to_list(id(<<"ab">>), 1, 5) end},
        {binary_bin_to_list_1, fun() -> binary:bin_to_list(id(a)) end},
        {binary_bin_to_list_2, fun() -> binary:bin_to_list(id(<<"ab">>), {3, -4}) end},
        {binary_compile_pattern, fun() -> binary:compile_pattern(id(<<>>)) end},
        {binary_copy, fun() -> binary:copy(id(<<"ab">>), -1) end},
        {binary_copy_1, fun() -> binary:copy(id(a)) end},
        {binary_decode_hex, fun() -> binary:decode_hex(id(<<"abc">>)) end},
        {binary_decode_unsigned, fun() -> binary:decode_unsigned(id(<<1>>), middle) end},
        {binary_encode_hex, fun() -> binary:encode_hex(id(a)) end},
        {binary_encode_unsigned, fun() -> binary:encode_unsigned(id(-1)) end},
        {binary_first, fun() -> binary:first(id(<<>>)) end},
        {binary_last, fun() -> binary:last(id(<<>>)) end},
        {binary_list_to_bin, fun() -> binary:list_to_bin(id([256])) end},
        {binary_longest_common_prefix, fun() -> binary:longest_common_prefix(id([])) end},
        {binary_longest_common_suffix, fun() -> binary:longest_common_suffix(id([a])) end},
        {binary_match, fun() -> binary:match(id(<<"abc">>), <<>>) end},
        {binary_match_3, fun() -> binary:match(id(<<"abc">>), <<"a">>, [{scope, {2, 2}}]) end},
        {binary_matches, fun() -> binary:matches(id(<<"abc">>), [<<"a">>, b]) end},
        {binary_part, fun() -> binary:part(id(<<"abc">>), 2, 2) end},
        {binary_part_2, fun() -> binary:part(id(<<"abc">>), {a, 1}) end},
        {binary_referenced_byte_size, fun() -> binary:referenced_byte_size(id(a)) end},
        {binary_replace, fun() -> binary:replace(id(<<"abc">>), <<>>, <<"x">>) end},
        {binary_replace_4, fun() -> binary:replace(id(<<"abc">>), <<"a">>, <<"x">>, [bogus]) end},
        {binary_replace_insert, fun() -> binary:replace(id(<<"abc">>), <<"a">>, <<"x">>, [{insert_replaced, 5}]) end},
        {binary_split, fun() -> binary:split(id(<<"abc">>), <<"b">>, [bogus]) end},
        {lists_keyfind, fun() -> lists:keyfind(a, id(0), [{a}]) end},
        {lists_keymember, fun() -> lists:keymember(a, 1, id(x)) end},
        {lists_keysearch, fun() -> lists:keysearch(a, id(-1), []) end},
        {lists_member, fun() -> lists:member(a, id([b | c])) end},
        {lists_reverse, fun() -> lists:reverse(id([a | b]), []) end},
        {maps_find, fun() -> maps:find(k, id(x)) end},
        {maps_from_keys, fun() -> maps:from_keys(id(x), v) end},
        {maps_from_list, fun() -> maps:from_list(id([{a, 1}, b])) end},
        {maps_get, fun() -> maps:get(k, id(x)) end},
        {maps_get_badkey, fun() -> maps:get(k, id(#{a => 1})) end},
        {maps_is_key, fun() -> maps:is_key(k, id(x)) end},
        {maps_keys, fun() -> maps:keys(id(x)) end},
        {maps_merge, fun() -> maps:merge(#{}, id(x)) end},
        {maps_put, fun() -> maps:put(k, v, id(x)) end},
        {maps_remove, fun() -> maps:remove(k, id(x)) end},
        {maps_take, fun() -> maps:take(k, id(x)) end},
        {maps_update, fun() -> maps:update(k, v, id(x)) end},
        {maps_update_badkey, fun() -> maps:update(k, v, id(#{})) end},
        {maps_values, fun() -> maps:values(id(x)) end},
        {math_acos, fun() -> math:acos(id(2)) end},
        {math_acosh, fun() -> math:acosh(id(0.5)) end},
        {math_asin, fun() -> math:asin(id(a)) end},
        {math_asinh, fun() -> math:asinh(id(a)) end},
        {math_atan, fun() -> math:atan(id("1")) end},
        {math_atan2, fun() -> math:atan2(id(a), 1) end},
        {math_atanh, fun() -> math:atanh(id(1)) end},
        {math_ceil, fun() -> math:ceil(id(a)) end},
        {math_cos, fun() -> math:cos(id(a)) end},
        {math_cosh, fun() -> math:cosh(id(1000)) end},
        {math_erf, fun() -> math:erf(id(a)) end},
        {math_erfc, fun() -> math:erfc(id(a)) end},
        {math_exp, fun() -> math:exp(id(1000)) end},
        {math_floor, fun() -> math:floor(id(a)) end},
        {math_fmod, fun() -> math:fmod(id(1), 0) end},
        {math_log, fun() -> math:log(id(0)) end},
        {math_log10, fun() -> math:log10(id(-1)) end},
        {math_log2, fun() -> math:log2(id(a)) end},
        {math_pow, fun() -> math:pow(id(10), 400) end},
        {math_sin, fun() -> math:sin(id(1 bsl 1024)) end},
        {math_sinh, fun() -> math:sinh(id(1000)) end},
        {math_sqrt, fun() -> math:sqrt(id(-1)) end},
        {math_tan, fun() -> math:tan(id(a)) end},
        {math_tanh, fun() -> math:tanh(id(a)) end},
        {unicode_characters_to_binary_1, fun() -> unicode:characters_to_binary(id([a])) end},
        {unicode_characters_to_binary_2, fun() -> unicode:characters_to_binary("a", id(bogus)) end},
        {unicode_characters_to_binary_3, fun() -> unicode:characters_to_binary("a", unicode, id(bogus)) end},
        {unicode_characters_to_list_1, fun() -> unicode:characters_to_list(id(1.0)) end},
        {unicode_characters_to_list_2, fun() -> unicode:characters_to_list(<<"a">>, id(bogus)) end},
        {unicode_characters_to_nfc_list, fun() -> unicode:characters_to_nfc_list(id(a)) end}
    ],
    [report(Name, F) || {Name, F} <- Cases],
    ok.

report(Name, F) ->
    try F() of
        V -> io:format("~p: returned ~p~n", [Name, V])
    catch
        C:E:S ->
            [{M, Fn, A, Loc} | _] = S,
            io:format("~p: ~p~n", [Name, {C, E, {M, Fn, A}, proplists:get_value(error_info, Loc, no_error_info)}]),
            Message = erl_error:format_exception(C, E, [hd(S)]),
            io:format("    ~ts~n", [string:trim(lists:flatten(io_lib:format("~ts", [Message])))])
    end.
