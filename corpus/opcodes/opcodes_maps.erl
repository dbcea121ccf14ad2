-module(opcodes_maps).
-export([main/0, id/1]).

id(X) -> X.

%% Map instructions: get_map_elements with several keys (literal and variable), has_map_fields,
%% put_map_assoc / put_map_exact on small and large maps, map patterns in heads and receives.
main() ->
    Small = id(#{a => 1, b => 2, c => 3}),
    Large = id(maps:from_list([{I, I * 2} || I <- lists:seq(1, 64)] ++ [{a, 1}, {b, 2}])),
    io:format("get_elems: ~p ~p~n", [get3(Small), get3(Large)]),
    io:format("var_keys: ~p~n", [[getk(id(K), Small) || K <- [a, b, z]]]),
    io:format("var_keys_large: ~p~n", [[getk(id(K), Large) || K <- [1, 64, 65, a]]]),
    io:format("has_fields: ~p~n", [[has(id(M)) || M <- [Small, Large, #{a => 1}, #{}, notmap]]]),
    io:format("assoc_small: ~p~n", [Small#{d => 4, a => 0}]),
    io:format("assoc_large_size: ~p~n", [map_size(Large#{x => 1, 1 => 0})]),
    io:format("exact_small: ~p~n", [Small#{a := 10, c := 30}]),
    io:format("exact_large: ~p~n", [maps:get(64, Large#{64 := big})]),
    io:format("exact_missing_large: ~p~n", [try (id(Large))#{9999 := x} catch C:R -> {C, R} end]),
    io:format("build_from_vars: ~p~n", [build(id(k1), id(v1), id(k2), id(v2))]),
    io:format("build_dup_vars: ~p~n", [build(id(k), id(first), id(k), id(second))]),
    io:format("receive_map: ~p~n", [recv()]),
    io:format("map_in_guard: ~p~n", [[mg(id(M)) || M <- [#{size => 1}, #{size => 10}, #{}, x]]]),
    io:format("update_chain: ~p~n", [chain(id(#{}), 40)]),
    io:format("match_literal_value: ~p~n", [[lit(id(M)) || M <- [#{t => 1}, #{t => <<"x">>}, #{t => [1]}, #{t => 2}]]]),
    ok.

get3(#{a := A, b := B, c := C}) -> A + B + C;
get3(#{a := A, b := B}) -> {no_c, A, B}.

getk(K, M) ->
    case M of
        #{K := V} -> {found, V};
        #{} -> missing
    end.

has(#{a := _, b := _}) -> ab;
has(#{a := _}) -> a;
has(#{}) -> empty_or_other;
has(_) -> not_map.

build(K1, V1, K2, V2) -> #{K1 => V1, K2 => V2}.

recv() ->
    self() ! #{type => other}, self() ! #{type => want, value => 42},
    R = receive #{type := want, value := V} -> V end,
    Rest = receive M -> M after 0 -> none end,
    {R, Rest}.

mg(M) when is_map_key(size, M), map_get(size, M) > 5 -> big;
mg(M) when is_map(M), map_size(M) > 0 -> small;
mg(M) when is_map(M) -> empty;
mg(_) -> not_map.

chain(M, 0) -> {map_size(M), maps:get(39, M), maps:get(0, M)};
chain(M, N) -> chain(M#{N - 1 => N}, N - 1).

lit(#{t := 1}) -> one;
lit(#{t := <<"x">>}) -> bin_x;
lit(#{t := [1]}) -> list_1;
lit(#{t := _}) -> other.
