-module(stdlib_sets).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% sets (v1 hash-based and v2 map-based), ordsets and gb_sets.
main() ->
    A = sets:from_list(id([3, 1, 4, 1, 5, 9, 2, 6])),
    B = sets:from_list(id([2, 7, 1, 8, 2, 8])),
    ?T(to_list_raw, sets:to_list(A)),
    ?T(size, sets:size(A)),
    ?T(union, lists:sort(sets:to_list(sets:union(A, B)))),
    ?T(union_raw, sets:to_list(sets:union(A, B))),
    ?T(intersection, lists:sort(sets:to_list(sets:intersection(A, B)))),
    ?T(subtract, lists:sort(sets:to_list(sets:subtract(A, B)))),
    ?T(is_element, {sets:is_element(4, A), sets:is_element(7, A)}),
    ?T(add_del, lists:sort(sets:to_list(sets:del_element(1, sets:add_element(100, A))))),
    ?T(is_subset, {sets:is_subset(sets:from_list([1, 2]), A), sets:is_subset(B, A)}),
    ?T(is_disjoint, sets:is_disjoint(A, sets:from_list([100]))),
    ?T(fold, sets:fold(fun(X, Acc) -> X + Acc end, 0, A)),
    ?T(filter, lists:sort(sets:to_list(sets:filter(fun(X) -> X > 3 end, A)))),
    ?T(is_set, {sets:is_set(A), sets:is_set([1])}),
    ?T(big_set_raw, sets:to_list(sets:from_list(lists:seq(1, 100)))),
    ?T(v2, sets:to_list(sets:from_list([c, a, b], [{version, 2}]))),
    ?T(v2_union, lists:sort(sets:to_list(sets:union(sets:from_list([1, 2], [{version, 2}]),
                                                     sets:from_list([2, 3], [{version, 2}]))))),
    ?T(v2_is_map, is_map(sets:new([{version, 2}]))),
    ?T(empty, {sets:is_empty(sets:new()), sets:is_empty(A)}),
    ?T(map_set_undef_in_otp25, lists:sort(sets:to_list(sets:map(fun(X) -> X rem 3 end, A)))),
    ?T(ordsets, ordsets:from_list([c, a, b, a])),
    ?T(ordsets_ops, {ordsets:union([1, 3], [2, 3]), ordsets:intersection([1, 2, 3], [2, 3, 4]),
                     ordsets:subtract([1, 2, 3], [2]), ordsets:is_element(2, [1, 2]),
                     ordsets:add_element(0, [1]), ordsets:del_element(1, [1, 2])}),
    ?T(ordsets_union_list, ordsets:union([[3, 4], [1, 2], [2, 5]])),
    ?T(gb_sets, gb_sets:to_list(gb_sets:from_list([5, 3, 8, 1, 3]))),
    ?T(gb_sets_ops, begin
                        G = gb_sets:from_list(lists:seq(1, 20)),
                        {gb_sets:size(G), gb_sets:smallest(G), gb_sets:largest(G),
                         gb_sets:is_member(7, G), gb_sets:to_list(gb_sets:filter(fun(X) -> X rem 5 =:= 0 end, G))}
                    end),
    ?T(gb_sets_take, begin
                         G = gb_sets:from_list([4, 2, 6]),
                         {S, G2} = gb_sets:take_smallest(G),
                         {L, G3} = gb_sets:take_largest(G2),
                         {S, L, gb_sets:to_list(G3)}
                     end),
    ?T(gb_sets_iter, begin
                         It = gb_sets:iterator_from(5, gb_sets:from_list(lists:seq(1, 10, 2))),
                         {X1, It2} = gb_sets:next(It),
                         {X2, _} = gb_sets:next(It2),
                         [X1, X2]
                     end),
    ?T(gb_sets_balance, gb_sets:to_list(gb_sets:balance(gb_sets:from_list([3, 2, 1])))),
    ?T(gb_sets_add_existing, gb_sets:insert(1, gb_sets:from_list([1]))),
    ok.
