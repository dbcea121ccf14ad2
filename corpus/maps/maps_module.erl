-module(maps_module).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    M = id(#{a => 1, b => 2, c => 3}),
    ?T(get, maps:get(a, M)),
    ?T(get_missing, maps:get(z, M)),
    ?T(get_default, maps:get(z, M, def)),
    ?T(get_not_map, maps:get(a, id(x))),
    ?T(find, {maps:find(b, M), maps:find(z, M)}),
    ?T(put, maps:put(d, 4, M)),
    ?T(put_not_map, maps:put(d, 4, id(x))),
    ?T(update, maps:update(a, 0, M)),
    ?T(update_missing, maps:update(z, 0, M)),
    ?T(update_with, maps:update_with(a, fun(V) -> V * 100 end, M)),
    ?T(update_with_missing, maps:update_with(z, fun(V) -> V end, M)),
    ?T(update_with_init, maps:update_with(z, fun(V) -> V end, init, M)),
    ?T(remove, maps:remove(b, M)),
    ?T(remove_missing, maps:remove(z, M)),
    ?T(take, {maps:take(a, M), maps:take(z, M)}),
    ?T(keys_values, {maps:keys(M), maps:values(M)}),
    ?T(to_list, maps:to_list(M)),
    ?T(from_list, maps:from_list(id([{x, 1}, {y, 2}, {x, 3}]))),
    ?T(from_list_bad, maps:from_list(id([{x, 1}, notpair]))),
    ?T(from_keys, maps:from_keys([a, b], 0)),
    ?T(merge, maps:merge(M, #{c => 30, d => 40})),
    ?T(merge_with, maps:merge_with(fun(_K, V1, V2) -> V1 + V2 end, M, #{c => 30, d => 40})),
    ?T(merge_bad, maps:merge(M, id(x))),
    ?T(map, maps:map(fun(K, V) -> {K, V * 2} end, M)),
    ?T(filter, maps:filter(fun(_K, V) -> V > 1 end, M)),
    ?T(filtermap, maps:filtermap(fun(a, _) -> false; (b, V) -> {true, V * 10}; (_, _) -> true end, M)),
    ?T(fold, maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M)),
    ?T(foreach, begin put(fe, []), maps:foreach(fun(K, V) -> put(fe, [K, V | get(fe)]) end, M), get(fe) end),
    ?T(with, maps:with([a, c, z], M)),
    ?T(without, maps:without([a, z], M)),
    ?T(is_key, {maps:is_key(a, M), maps:is_key(z, M)}),
    ?T(size, maps:size(M)),
    ?T(new, maps:new()),
    ?T(groups_from_list, maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10))),
    ?T(groups_from_list_3, maps:groups_from_list(fun(X) -> X rem 2 end, fun(X) -> X * X end, [1, 2, 3, 4])),
    ?T(intersect, maps:intersect(#{a => 1, b => 2}, #{b => 20, c => 30})),
    ?T(intersect_with, maps:intersect_with(fun(_K, A, B) -> A + B end, #{a => 1, b => 2}, #{b => 20})),
    ?T(iterator, iter(maps:iterator(M), [])),
    ?T(next_none, maps:next(maps:next(element(3, maps:next(maps:iterator(#{x => 1})))) =:= none)),
    ?T(fold_badfun, maps:fold(id(notfun), 0, M)),
    ?T(map_bad, maps:map(fun(_, V) -> V end, id([]))),
    ?T(get_badkey_reason, try maps:get(zz, M) catch error:R -> R end),
    ?T(update_badkey_reason, try maps:update(zz, 1, M) catch error:R -> R end),
    ok.

iter(I, Acc) ->
    case maps:next(I) of
        none -> lists:reverse(Acc);
        {K, V, I2} -> iter(I2, [{K, V} | Acc])
    end.
