-module(lists_basic).
-export([main/0]).

main() ->
    L = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
    erlang:display({hd(L), tl(L), length(L), lists:reverse(L)}),
    erlang:display(lists:sort(L)),
    erlang:display(lists:usort(L)),
    erlang:display(lists:map(fun(X) -> X * 2 end, L)),
    erlang:display(lists:filter(fun(X) -> X rem 2 =:= 0 end, L)),
    erlang:display(lists:foldl(fun(X, A) -> X + A end, 0, L)),
    erlang:display(lists:foldr(fun(X, A) -> [X | A] end, [], L)),
    erlang:display(lists:seq(1, 20)),
    erlang:display(lists:seq(10, 1, -3)),
    erlang:display(lists:zip([a, b, c], [1, 2, 3])),
    erlang:display(lists:unzip([{a, 1}, {b, 2}])),
    erlang:display(lists:nth(3, L)),
    erlang:display(lists:last(L)),
    erlang:display(lists:sum(L)),
    erlang:display(lists:max(L)),
    erlang:display(lists:min(L)),
    erlang:display(lists:member(9, L)),
    erlang:display(lists:append([[1, 2], [3], [], [4, 5]])),
    erlang:display(lists:flatten([1, [2, [3, [4]], 5], [[[]]]])),
    erlang:display(L ++ [a, b]),
    erlang:display(L -- [1, 5, 5, 42]),
    erlang:display(lists:keysort(2, [{a, 3}, {b, 1}, {c, 2}])),
    erlang:display(lists:split(4, L)),
    erlang:display(lists:sublist(L, 3, 4)),
    erlang:display(lists:duplicate(5, x)),
    erlang:display(lists:partition(fun(X) -> X > 3 end, L)),
    erlang:display(lists:all(fun is_integer/1, L)),
    erlang:display(lists:any(fun(X) -> X > 8 end, L)),
    erlang:display(lists:dropwhile(fun(X) -> X < 5 end, L)),
    erlang:display(lists:takewhile(fun(X) -> X < 5 end, L)),
    erlang:display(lists:mapfoldl(fun(X, A) -> {X * A, A + 1} end, 1, L)),
    erlang:display(lists:sort(fun(A, B) -> A > B end, L)),
    erlang:display(lists:merge([1, 3, 5], [2, 4, 6])),
    erlang:display(lists:subtract([1, 2, 3, 2], [2])),
    erlang:display(lists:enumerate([a, b, c])),
    erlang:display(lists:join(x, [1, 2, 3])),
    erlang:display(lists:droplast(L)),
    erlang:display(lists:concat([abc, "def", 12, 3.5])),
    erlang:display(show(fun() -> hd(id([])) end)),
    erlang:display(show(fun() -> tl(id(a)) end)),
    erlang:display(show(fun() -> length(id([1 | 2])) end)),
    erlang:display(show(fun() -> id([1 | 2]) ++ [3] end)),
    erlang:display(show(fun() -> lists:nth(20, L) end)),
    ok.

show(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.
