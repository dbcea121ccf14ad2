-module(stdlib_dict_orddict).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    D = dict:from_list(id([{a, 1}, {b, 2}, {c, 3}])),
    ?T(dict_raw_to_list, dict:to_list(D)),
    ?T(dict_fetch, dict:fetch(b, D)),
    ?T(dict_fetch_missing, dict:fetch(z, D)),
    ?T(dict_find, {dict:find(a, D), dict:find(z, D)}),
    ?T(dict_store, lists:sort(dict:to_list(dict:store(d, 4, D)))),
    ?T(dict_erase, lists:sort(dict:to_list(dict:erase(a, D)))),
    ?T(dict_append, dict:fetch(l, dict:append(l, 2, dict:append(l, 1, D)))),
    ?T(dict_update, lists:sort(dict:to_list(dict:update(a, fun(V) -> V * 10 end, D)))),
    ?T(dict_update_missing, dict:update(z, fun(V) -> V end, D)),
    ?T(dict_update_counter, lists:sort(dict:to_list(dict:update_counter(a, 5, D)))),
    ?T(dict_fold, dict:fold(fun(_, V, A) -> V + A end, 0, D)),
    ?T(dict_map, lists:sort(dict:to_list(dict:map(fun(_, V) -> -V end, D)))),
    ?T(dict_filter, lists:sort(dict:fetch_keys(dict:filter(fun(_, V) -> V > 1 end, D)))),
    ?T(dict_merge, lists:sort(dict:to_list(dict:merge(fun(_, A, B) -> A + B end, D, dict:from_list([{a, 10}, {z, 26}]))))),
    ?T(dict_size, {dict:size(D), dict:is_empty(dict:new())}),
    ?T(dict_big_raw, dict:to_list(dict:from_list([{I, I} || I <- lists:seq(1, 50)]))),
    ?T(dict_keys_raw, dict:fetch_keys(dict:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 20)]))),
    O = orddict:from_list(id([{c, 3}, {a, 1}, {b, 2}, {a, 0}])),
    ?T(orddict, O),
    ?T(orddict_store, orddict:store(aa, x, O)),
    ?T(orddict_fetch, orddict:fetch(c, O)),
    ?T(orddict_fetch_missing, orddict:fetch(z, O)),
    ?T(orddict_find, orddict:find(b, O)),
    ?T(orddict_erase, orddict:erase(b, O)),
    ?T(orddict_append_list, orddict:append_list(l, [1, 2], O)),
    ?T(orddict_update_counter, orddict:update_counter(a, 1, O)),
    ?T(orddict_merge, orddict:merge(fun(_, X, Y) -> {X, Y} end, O, [{b, 20}, {d, 4}])),
    ?T(orddict_fold, orddict:fold(fun(K, V, A) -> [{V, K} | A] end, [], O)),
    ?T(orddict_take, orddict:take(a, O)),
    ok.
