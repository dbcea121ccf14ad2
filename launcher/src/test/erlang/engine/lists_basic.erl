-module(lists_basic).
-export([main/0]).

main() ->
    L = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
    out({hd(L), tl(L), length(L), lists:reverse(L)}),
    out(lists:sort(L)),
    out(lists:usort(L)),
    out(lists:map(fun(X) -> X * 2 end, L)),
    out(lists:filter(fun(X) -> X rem 2 =:= 0 end, L)),
    out(lists:foldl(fun(X, A) -> X + A end, 0, L)),
    out(lists:foldr(fun(X, A) -> [X | A] end, [], L)),
    out(lists:seq(1, 20)),
    out(lists:seq(10, 1, -3)),
    out(lists:zip([a, b, c], [1, 2, 3])),
    out(lists:unzip([{a, 1}, {b, 2}])),
    out(lists:nth(3, L)),
    out(lists:last(L)),
    out(lists:sum(L)),
    out(lists:max(L)),
    out(lists:min(L)),
    out(lists:member(9, L)),
    out(lists:append([[1, 2], [3], [], [4, 5]])),
    out(lists:flatten([1, [2, [3, [4]], 5], [[[]]]])),
    out(L ++ [a, b]),
    out(L -- [1, 5, 5, 42]),
    out(lists:keysort(2, [{a, 3}, {b, 1}, {c, 2}])),
    out(lists:split(4, L)),
    out(lists:sublist(L, 3, 4)),
    out(lists:duplicate(5, x)),
    out(lists:partition(fun(X) -> X > 3 end, L)),
    out(lists:all(fun is_integer/1, L)),
    out(lists:any(fun(X) -> X > 8 end, L)),
    out(lists:dropwhile(fun(X) -> X < 5 end, L)),
    out(lists:takewhile(fun(X) -> X < 5 end, L)),
    out(lists:mapfoldl(fun(X, A) -> {X * A, A + 1} end, 1, L)),
    out(lists:sort(fun(A, B) -> A > B end, L)),
    out(lists:merge([1, 3, 5], [2, 4, 6])),
    out(lists:subtract([1, 2, 3, 2], [2])),
    out(lists:enumerate([a, b, c])),
    out(lists:join(x, [1, 2, 3])),
    out(lists:droplast(L)),
    out(lists:concat([abc, "def", 12, 3.5])),
    out(show(fun() -> hd(id([])) end)),
    out(show(fun() -> tl(id(a)) end)),
    out(show(fun() -> length(id([1 | 2])) end)),
    out(show(fun() -> id([1 | 2]) ++ [3] end)),
    out(show(fun() -> lists:nth(20, L) end)),
    ok.

show(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.

out(T) -> io:format("~w~n", [T]).
