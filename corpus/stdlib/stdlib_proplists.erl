-module(stdlib_proplists).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    P = id([{a, 1}, b, {c, 3}, {a, 2}, {d}, "str", {e, x, y}]),
    ?T(get_value, proplists:get_value(a, P)),
    ?T(get_value_atom, proplists:get_value(b, P)),
    ?T(get_value_missing, proplists:get_value(z, P)),
    ?T(get_value_default, proplists:get_value(z, P, def)),
    ?T(get_all_values, proplists:get_all_values(a, P)),
    ?T(get_bool, {proplists:get_bool(b, P), proplists:get_bool(a, P), proplists:get_bool(z, P)}),
    ?T(lookup, {proplists:lookup(c, P), proplists:lookup(b, P), proplists:lookup(z, P)}),
    ?T(lookup_all, proplists:lookup_all(a, P)),
    ?T(is_defined, {proplists:is_defined(d, P), proplists:is_defined(z, P)}),
    ?T(delete, proplists:delete(a, P)),
    ?T(get_keys, lists:sort(proplists:get_keys(P))),
    ?T(append_values, proplists:append_values(a, [{a, [1]}, {a, [2, 3]}, {a, 4}])),
    ?T(compact, proplists:compact([{a, true}, {b, false}, c])),
    ?T(unfold, proplists:unfold([a, {b, 1}])),
    ?T(property, {proplists:property(a, true), proplists:property({b, 1})}),
    ?T(substitute_aliases, proplists:substitute_aliases([{colour, color}], [{colour, red}, size])),
    ?T(substitute_negations, proplists:substitute_negations([{no_debug, debug}], [no_debug, x])),
    ?T(expand, proplists:expand([{foo, [bar, baz]}], [fie, foo, fum])),
    ?T(normalize, proplists:normalize([a, {b, true}, {no_c, true}], [{negations, [{no_c, c}]}])),
    ?T(split, proplists:split([{c, 2}, {e, 1}, a, {c, 3, 4}, d, {b, 5}, b], [a, b, c])),
    ?T(to_map, proplists:to_map([a, {b, 1}, {a, 2}])),
    ?T(from_map, lists:sort(proplists:from_map(#{x => 1, y => 2}))),
    ok.
