-module(lists_zip_misc).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    ?T(zip, lists:zip(id([1, 2, 3]), id([a, b, c]))),
    ?T(zip_uneven, lists:zip(id([1, 2, 3]), id([a, b]))),
    ?T(zip3, lists:zip3([1, 2], [a, b], ["x", "y"])),
    ?T(unzip, lists:unzip(id([{1, a}, {2, b}]))),
    ?T(unzip3, lists:unzip3(id([{1, a, x}, {2, b, y}]))),
    ?T(zipwith, lists:zipwith(fun(X, Y) -> X * Y end, [1, 2, 3], [4, 5, 6])),
    ?T(zipwith3, lists:zipwith3(fun(X, Y, Z) -> X + Y + Z end, [1, 2], [3, 4], [5, 6])),
    ?T(zip_empty, lists:zip([], [])),
    ?T(sublist_zero, lists:sublist([1, 2], 0)),
    ?T(split_zero, lists:split(0, [1, 2])),
    ?T(min_max_tuples, {lists:min([{2}, {1, 1}]), lists:max([{2}, {1, 1}])}),
    ?T(nth_1, lists:nth(1, [only])),
    ?T(flatten_deep, lists:flatten(deep(50))),
    ?T(duplicate_nested, lists:duplicate(2, [x])),
    ?T(append_many, lists:append([[I] || I <- lists:seq(1, 20)])),
    ?T(concat_nums, lists:concat([1, 2.0, -3])),
    ?T(reverse_long, lists:sum(lists:reverse(lists:seq(1, 10000)))),
    ?T(seq_big, lists:seq(1 bsl 64, (1 bsl 64) + 3)),
    ?T(seq_neg, lists:seq(-3, 3)),
    ?T(keyfind_big_tuples, lists:keyfind(x, 300, [erlang:make_tuple(300, x)]) =/= false),
    ?T(string_is_list, lists:reverse("stressed")),
    ?T(lists_map_2_index, lists:zip(lists:seq(1, 5), "abcde")),
    ?T(sort_by_second, lists:sort(fun({_, A}, {_, B}) -> A =< B end,
                                  lists:zip("hello", [3, 1, 4, 1, 5]))),
    ?T(foldl_max, lists:foldl(fun erlang:max/2, 0, [3, 9, 2])),
    ?T(subtract_large, length(lists:seq(1, 2000) -- lists:seq(1, 2000, 2))),
    ?T(member_large, lists:member(99999, lists:seq(1, 100000))),
    ?T(usort_large, length(lists:usort([X rem 1000 || X <- lists:seq(1, 20000)]))),
    ok.

deep(0) -> [];
deep(N) -> [N, deep(N - 1)].
