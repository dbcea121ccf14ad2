-module(lists_keys).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    L = id([{b, 2, x}, {a, 1, y}, {c, 3, z}, {a, 0, w}, {1, one}, {1.0, float_one}, notuple]),
    T = id([{b, 2}, {a, 1}, {c, 3}, {a, 0}, {d, 2}]),
    ?T(keyfind, lists:keyfind(a, 1, L)),
    ?T(keyfind_none, lists:keyfind(z, 1, L)),
    ?T(keyfind_pos2, lists:keyfind(3, 2, L)),
    ?T(keyfind_int_float, lists:keyfind(1.0, 1, L)),
    ?T(keyfind_float_int, lists:keyfind(1, 1, id([{1.0, f}, {1, i}]))),
    ?T(keyfind_bad_pos, lists:keyfind(a, 0, L)),
    ?T(keyfind_bad_list, lists:keyfind(a, 1, id(x))),
    ?T(keymember, {lists:keymember(c, 1, L), lists:keymember(q, 1, L)}),
    ?T(keysearch, lists:keysearch(b, 1, L)),
    ?T(keysearch_none, lists:keysearch(b, 9, L)),
    ?T(keydelete, lists:keydelete(a, 1, T)),
    ?T(keyreplace, lists:keyreplace(a, 1, T, {a, replaced})),
    ?T(keyreplace_none, lists:keyreplace(q, 1, T, {q, 0})),
    ?T(keystore_existing, lists:keystore(c, 1, T, {c, new})),
    ?T(keystore_new, lists:keystore(e, 1, T, {e, 5})),
    ?T(keytake, lists:keytake(a, 1, T)),
    ?T(keytake_none, lists:keytake(q, 1, T)),
    ?T(keysort_1, lists:keysort(1, T)),
    ?T(keysort_2, lists:keysort(2, T)),
    ?T(keysort_bad, lists:keysort(3, T)),
    ?T(ukeysort_1, lists:ukeysort(1, T)),
    ?T(ukeysort_2, lists:ukeysort(2, T)),
    ?T(keymerge, lists:keymerge(1, [{a, 1}, {c, 3}], [{b, 2}, {c, 0}])),
    ?T(ukeymerge, lists:ukeymerge(1, [{a, 1}, {c, 3}], [{b, 2}, {c, 0}])),
    ?T(keymap, lists:keymap(fun atom_to_list/1, 1, T)),
    ?T(proplist_style, [V || {K, V} <- T, K =:= a]),
    ?T(keyfind_long, lists:keyfind(500, 1, [{I, I * 2} || I <- lists:seq(1, 1000)])),
    ?T(keysort_stable, lists:keysort(2, [{I, I rem 3} || I <- lists:seq(1, 12)])),
    ?T(keysort_mixed_keys, lists:keysort(1, [{2, a}, {1.0, b}, {1, c}, {a, d}, {"s", e}, {1, f}])),
    ok.
