-module(stdlib_gb_trees).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    T0 = gb_trees:empty(),
    T = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, K * K, Acc) end, T0, id([5, 2, 8, 1, 9, 3])),
    ?T(to_list, gb_trees:to_list(T)),
    ?T(raw_structure, T),
    ?T(size, gb_trees:size(T)),
    ?T(lookup, {gb_trees:lookup(8, T), gb_trees:lookup(7, T)}),
    ?T(get, gb_trees:get(3, T)),
    ?T(get_missing, gb_trees:get(4, T)),
    ?T(insert_existing, gb_trees:insert(5, x, T)),
    ?T(enter, gb_trees:to_list(gb_trees:enter(5, x, gb_trees:enter(6, y, T)))),
    ?T(update, gb_trees:to_list(gb_trees:update(1, one, T))),
    ?T(delete, gb_trees:to_list(gb_trees:delete(8, T))),
    ?T(delete_any, gb_trees:to_list(gb_trees:delete_any(100, T))),
    ?T(delete_missing, gb_trees:delete(100, T)),
    ?T(keys_values, {gb_trees:keys(T), gb_trees:values(T)}),
    ?T(smallest_largest, {gb_trees:smallest(T), gb_trees:largest(T)}),
    ?T(take_smallest, element(1, {gb_trees:take_smallest(T)})),
    ?T(take, gb_trees:take(2, T)),
    ?T(is_defined, {gb_trees:is_defined(9, T), gb_trees:is_defined(10, T)}),
    ?T(map, gb_trees:to_list(gb_trees:map(fun(K, V) -> K + V end, T))),
    ?T(iterator, iter(gb_trees:iterator(T))),
    ?T(iterator_from, iter(gb_trees:iterator_from(4, T))),
    ?T(from_orddict, gb_trees:to_list(gb_trees:from_orddict([{a, 1}, {b, 2}]))),
    ?T(balance, gb_trees:balance(gb_trees:from_orddict([{I, I} || I <- lists:seq(1, 7)]))),
    ?T(big, begin
                Big = lists:foldl(fun(K, Acc) -> gb_trees:enter(K rem 997, K, Acc) end, T0, lists:seq(1, 5000)),
                {gb_trees:size(Big), gb_trees:get(500, Big), gb_trees:smallest(Big), gb_trees:largest(Big)}
            end),
    ?T(is_empty, {gb_trees:is_empty(T0), gb_trees:is_empty(T)}),
    ok.

iter(I) ->
    case gb_trees:next(I) of
        none -> [];
        {K, V, I2} -> [{K, V} | iter(I2)]
    end.
