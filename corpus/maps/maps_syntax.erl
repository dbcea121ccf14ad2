-module(maps_syntax).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    M = id(#{a => 1, b => 2}),
    ?T(literal, M),
    ?T(empty, #{}),
    ?T(mixed_keys, id(#{1 => int, 1.0 => float, "s" => str, <<"b">> => bin, {t} => tuple,
                        [l] => list, a => atom, #{} => map})),
    ?T(insert, M#{c => 3}),
    ?T(assoc_existing, M#{a => 10}),
    ?T(exact_existing, M#{a := 10}),
    ?T(exact_missing, M#{z := 10}),
    ?T(exact_on_empty, (id(#{}))#{k := v}),
    ?T(update_not_map, (id(notmap))#{a => 1}),
    ?T(exact_not_map, (id([]))#{a := 1}),
    ?T(update_both_forms, M#{a := 0, new => 9}),
    ?T(update_dup_key, begin K1 = id(c), K2 = id(c), M#{K1 => 1, K2 => 2} end),
    ?T(key_int_float_distinct, (id(#{1 => a}))#{1.0 => b}),
    ?T(exact_int_vs_float, (id(#{1 => a}))#{1.0 := b}),
    ?T(match_key, case M of #{a := A} -> A end),
    ?T(match_two_keys, case M of #{a := A, b := B} -> A + B end),
    ?T(match_missing, case M of #{z := Z} -> Z; _ -> nomatch end),
    ?T(match_value, case M of #{a := 2} -> two; #{a := 1} -> one end),
    ?T(match_bound_key, begin K = id(b), case M of #{K := V} -> V end end),
    ?T(match_empty_pattern, case M of #{} -> any_map end),
    ?T(match_func_head, [f(X) || X <- [#{type => circle, r => 2}, #{type => sq, side => 3},
                                        #{other => 1}, not_a_map]]),
    ?T(badmatch_map, begin #{a := 5} = M, ok end),
    ?T(map_get, map_get(a, M)),
    ?T(map_get_missing, map_get(z, M)),
    ?T(map_get_not_map, map_get(a, id(x))),
    ?T(is_map_key, {is_map_key(a, M), is_map_key(z, M)}),
    ?T(is_map_key_bad, is_map_key(a, id(x))),
    ?T(map_size, map_size(M)),
    ?T(map_size_bad, map_size(id([]))),
    ?T(guard_map_size, [g(X) || X <- [#{}, #{a => 1}, #{a => 1, b => 2}, x]]),
    ?T(nested_map, (id(#{outer => #{inner => 1}}))),
    ?T(nested_update, begin N = id(#{o => #{i => 1}}), N#{o := (maps:get(o, N))#{i := 2}} end),
    ?T(map_eq, {#{a => 1} =:= #{a => 1}, #{a => 1} == #{a => 1.0}, #{a => 1} =:= #{a => 1.0}}),
    ?T(map_order, lists:sort([#{b => 1}, #{a => 2}, #{a => 1, b => 1}, #{}, #{a => 1}])),
    ?T(float_key_match, case id(#{1.0 => f}) of #{1 := _} -> int; #{1.0 := _} -> float end),
    ?T(var_key_expr, begin K = id(k), #{K => 1, {K} => 2} end),
    ?T(map_in_list_comp, [V || #{v := V} <- [#{v => 1}, #{w => 2}, #{v => 3}]]),
    ?T(printed_w, lists:flatten(io_lib:format("~w", [#{a => [1], "k" => {x}}]))),
    ok.

f(#{type := circle, r := R}) -> {circle, R * R * 3};
f(#{type := T}) -> {unknown_type, T};
f(#{}) -> untyped;
f(_) -> not_a_map.

g(M) when map_size(M) =:= 0 -> empty;
g(M) when is_map(M), map_size(M) > 1 -> many;
g(M) when is_map(M) -> one;
g(_) -> none.
