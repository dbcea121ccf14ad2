-module(etf_options).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~w~n", [Label, R]).

%% term_to_binary options, binary_to_term options and malformed input.
main() ->
    T = id({data, lists:duplicate(50, $x), <<0:400>>, [1.5, 2.5]}),
    ?T(minor_0_float, term_to_binary(1.5, [{minor_version, 0}])),
    ?T(minor_1_float, term_to_binary(1.5, [{minor_version, 1}])),
    ?T(minor_2_atom, term_to_binary('é', [{minor_version, 2}])),
    ?T(minor_1_atom, term_to_binary('é', [{minor_version, 1}])),
    ?T(compressed, term_to_binary(T, [compressed])),
    ?T(compressed_roundtrip, binary_to_term(term_to_binary(T, [compressed])) =:= T),
    ?T(compressed_1, term_to_binary(T, [{compressed, 1}])),
    ?T(compressed_9_size, byte_size(term_to_binary(T, [{compressed, 9}]))),
    ?T(compressed_small_not, term_to_binary(a, [compressed])),
    ?T(deterministic_map, term_to_binary(#{b => 1, a => 2}, [deterministic])),
    ?T(deterministic_big_map, term_to_binary(maps:from_list([{I, I} || I <- lists:seq(1, 40)]), [deterministic])),
    ?T(local_ignored_for_plain, term_to_binary(abc, [local]) =:= term_to_binary(abc)),
    ?T(used, binary_to_term(<<(term_to_binary(hello))/binary, "extra">>, [used])),
    ?T(safe_existing, binary_to_term(term_to_binary(hello), [safe])),
    ?T(safe_new_atom, binary_to_term(<<131, 119, 12, "zz_new_atom9">>, [safe])),
    ?T(unsafe_new_atom, binary_to_term(<<131, 119, 12, "zz_new_atom8">>)),
    ?T(bad_version, binary_to_term(<<130, 97, 1>>)),
    ?T(truncated, binary_to_term(<<131, 107, 0, 5, "ab">>)),
    ?T(trailing_garbage, binary_to_term(<<131, 97, 1, 0>>)),
    ?T(empty, binary_to_term(<<>>)),
    ?T(not_binary, binary_to_term(id(abc))),
    ?T(small_int, binary_to_term(<<131, 97, 200>>)),
    ?T(integer_ext, binary_to_term(<<131, 98, 255, 255, 255, 255>>)),
    ?T(small_big, binary_to_term(<<131, 110, 2, 1, 0, 1>>)),
    ?T(small_big_zero_len, binary_to_term(<<131, 110, 0, 0>>)),
    ?T(non_normal_big, binary_to_term(<<131, 110, 8, 0, 1, 0, 0, 0, 0, 0, 0, 0>>)),
    ?T(old_float, binary_to_term(<<131, 99, "1.50000000000000000000e+00", 0:(31 - 26)/unit:8>>)),
    ?T(string_ext, binary_to_term(<<131, 107, 0, 3, 1, 2, 3>>)),
    ?T(list_ext_improper, binary_to_term(<<131, 108, 0, 0, 0, 1, 97, 1, 97, 2>>)),
    ?T(atom_ext_latin1, binary_to_term(<<131, 100, 0, 1, 233>>)),
    ?T(small_atom_utf8, binary_to_term(<<131, 119, 2, 195, 169>>)),
    ?T(bad_utf8_atom, binary_to_term(<<131, 119, 1, 255>>)),
    ?T(bit_binary, binary_to_term(<<131, 77, 0, 0, 0, 1, 3, 255>>)),
    ?T(bit_binary_zero_bits, binary_to_term(<<131, 77, 0, 0, 0, 1, 0, 255>>)),
    ?T(map_ext, binary_to_term(<<131, 116, 0, 0, 0, 1, 97, 1, 97, 2>>)),
    ?T(map_dup_keys, binary_to_term(<<131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 1, 97, 3>>)),
    ?T(export_ext, erlang:fun_info(binary_to_term(<<131, 113, 100, 0, 5, "lists", 100, 0, 3, "map", 97, 2>>), arity)),
    ?T(external_size, [erlang:external_size(X) || X <- [a, 1, 1 bsl 64, "abc", T]]),
    ?T(external_size_compressed, erlang:external_size(T, [compressed])),
    ?T(iovec, erlang:term_to_iovec(abc)),
    ?T(bad_option, term_to_binary(a, [{minor_version, 9}])),
    ?T(bad_compress_level, term_to_binary(a, [{compressed, 10}])),
    ?T(b2t_bad_option, binary_to_term(term_to_binary(a), [bogus])),
    ok.
