-module(lists_higher_order).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    L = id(lists:seq(1, 12)),
    ?T(map, lists:map(fun(X) -> X * X end, L)),
    ?T(map_empty, lists:map(fun(X) -> X end, [])),
    ?T(flatmap, lists:flatmap(fun(X) -> lists:duplicate(X rem 3, X) end, L)),
    ?T(foldl, lists:foldl(fun(X, Acc) -> [X | Acc] end, [], L)),
    ?T(foldr, lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)),
    ?T(foldl_sub, lists:foldl(fun(X, Acc) -> X - Acc end, 0, L)),
    ?T(foldr_sub, lists:foldr(fun(X, Acc) -> X - Acc end, 0, L)),
    ?T(filter, lists:filter(fun(X) -> X rem 2 =:= 0 end, L)),
    ?T(filtermap, lists:filtermap(fun(X) when X rem 3 =:= 0 -> {true, X div 3};
                                     (X) -> X > 10 end, L)),
    ?T(partition, lists:partition(fun(X) -> X > 5 end, L)),
    ?T(mapfoldl, lists:mapfoldl(fun(X, S) -> {X * 2, S + X} end, 0, L)),
    ?T(mapfoldr, lists:mapfoldr(fun(X, S) -> {S, S + X} end, 0, L)),
    ?T(foreach, begin
                    put(acc, []),
                    lists:foreach(fun(X) -> put(acc, [X | get(acc)]) end, L),
                    get(acc)
                end),
    ?T(takewhile, lists:takewhile(fun(X) -> X < 5 end, L)),
    ?T(dropwhile, lists:dropwhile(fun(X) -> X < 5 end, L)),
    ?T(splitwith, lists:splitwith(fun(X) -> X rem 4 =/= 0 end, L)),
    ?T(search, {lists:search(fun(X) -> X > 7 end, L), lists:search(fun(X) -> X > 70 end, L)}),
    ?T(zf, lists:zf(fun(X) -> X < 3 end, L)),
    ?T(sort_fun, lists:sort(fun(A, B) -> A >= B end, L)),
    ?T(usort_fun, lists:usort(fun(A, B) -> A rem 5 =< B rem 5 end, L)),
    ?T(merge_fun, lists:merge(fun(A, B) -> A >= B end, [9, 5, 1], [8, 4, 2])),
    ?T(keymap, lists:keymap(fun(X) -> X * 10 end, 2, [{a, 1}, {b, 2}])),
    ?T(map_badfun, lists:map(id(notfun), L)),
    ?T(map_badarity, catch_arity(fun() -> lists:map(fun(A, B) -> A + B end, [1]) end)),
    ?T(map_throw, catch lists:map(fun(3) -> throw(three); (X) -> X end, L)),
    ?T(foldl_improper, lists:foldl(fun(X, A) -> X + A end, 0, id([1, 2 | 3]))),
    ?T(filter_nonbool, lists:filter(fun(X) -> X end, id([1]))),
    ?T(all_nonbool, lists:all(fun(X) -> X end, id([1]))),
    ?T(nested, lists:map(fun(X) -> lists:foldl(fun erlang:'+'/2, 0, lists:seq(1, X)) end, L)),
    ?T(closure_counter, lists:foldl(fun(F, Acc) -> F(Acc) end, 1,
                                    [fun(X) -> X + N end || N <- L])),
    ?T(compose, (compose([fun(X) -> X + 1 end, fun(X) -> X * 2 end, fun(X) -> X - 3 end]))(10)),
    ok.

compose(Fs) -> lists:foldr(fun(F, G) -> fun(X) -> F(G(X)) end end, fun(X) -> X end, Fs).

catch_arity(F) ->
    try F() catch error:{badarity, {Fun, Args}} -> {badarity, is_function(Fun), Args} end.
