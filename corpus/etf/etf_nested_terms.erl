-module(etf_nested_terms).
-export([main/0, id/1]).

id(X) -> X.

%% External term format for deep and wide structures: sizes, round trips, the bytes of
%% small nested terms, and binary_to_term of sub-binaries and of terms with shared parts.
main() ->
    Deep = nest(id(10000)),
    DB = term_to_binary(Deep),
    io:format("deep_size: ~p ~p~n", [byte_size(DB), erlang:external_size(Deep)]),
    io:format("deep_roundtrip: ~p~n", [binary_to_term(DB) =:= Deep]),
    Wide = list_to_tuple([{I, integer_to_list(I), <<I:16>>} || I <- lists:seq(1, 2000)]),
    WB = term_to_binary(Wide),
    io:format("wide_size: ~p~n", [byte_size(WB)]),
    io:format("wide_roundtrip: ~p~n", [binary_to_term(WB) =:= Wide]),
    Shared = lists:duplicate(100, {shared, lists:seq(1, 50)}),
    io:format("shared_size: ~p~n", [byte_size(term_to_binary(Shared))]),
    io:format("small_nested: ~w~n", [term_to_binary({[{a, 1}], #{k => [<<"v">>]}, "str", [1 | 2]})]),
    io:format("deep_list_bytes: ~w~n", [term_to_binary(nest(id(5)))]),
    io:format("string_vs_list: ~w ~w~n", [term_to_binary("abc"), term_to_binary([1000, 2000])]),
    io:format("long_string: ~p~n", [binary:part(term_to_binary(lists:duplicate(70000, $a)), 0, 6)]),
    io:format("big_tuple_header: ~w~n", [binary:part(term_to_binary(erlang:make_tuple(300, x)), 0, 6)]),
    io:format("bignum_bytes: ~w~n", [term_to_binary(1 bsl 300)]),
    io:format("neg_bignum_bytes: ~w~n", [term_to_binary(-(1 bsl 70))]),
    io:format("utf8_atom_bytes: ~w~n", [term_to_binary('日本')]),
    io:format("float_bytes: ~w~n", [term_to_binary(-2.5e-10)]),
    Embedded = <<1, 2, (term_to_binary({x, y}))/binary, 3>>,
    io:format("from_sub_binary: ~p~n", [binary_to_term(binary:part(Embedded, 2, byte_size(Embedded) - 3))]),
    io:format("used_option: ~p~n", [binary_to_term(binary:part(Embedded, 2, byte_size(Embedded) - 2), [used])]),
    io:format("map_nested: ~p~n", [binary_to_term(term_to_binary(#{a => #{b => #{c => [1, 2, 3]}}}))]),
    ok.

nest(0) -> [];
nest(N) -> [N, nest(N - 1)].
