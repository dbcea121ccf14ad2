-module(lists_sort_merge).
-export([main/0, id/1]).

id(X) -> X.

%% sort/usort/merge family on deterministic pseudo-random data, checking stability.
main() ->
    R = rand_list(200, 7),
    io:format("sorted: ~w~n", [lists:sort(R)]),
    io:format("usorted: ~w~n", [lists:usort(R)]),
    io:format("rsorted: ~w~n", [lists:reverse(lists:sort(R))]),
    io:format("sort_desc_fun: ~w~n", [lists:sort(fun(A, B) -> A >= B end, R)]),
    Pairs = lists:zip(R, lists:seq(1, 200)),
    Stable = lists:sort(fun({A, _}, {B, _}) -> A =< B end, Pairs),
    io:format("stable_fun: ~w~n", [Stable]),
    io:format("stable_keysort: ~w~n", [lists:keysort(1, Pairs) =:= Stable]),
    io:format("merge: ~w~n", [lists:merge(lists:sort(lists:sublist(R, 50)),
                                          lists:sort(lists:nthtail(150, R)))]),
    io:format("merge3: ~w~n", [lists:merge3([1, 4, 7], [2, 5, 8], [3, 6, 9])]),
    io:format("umerge3: ~w~n", [lists:umerge3([1, 4, 7], [1, 5, 7], [4, 6, 9])]),
    io:format("merge_list: ~w~n", [lists:merge([[1, 5], [2, 3], [], [0, 9]])]),
    io:format("umerge_list: ~w~n", [lists:umerge([[1, 5], [1, 3], [5], [0, 9]])]),
    io:format("umerge: ~w~n", [lists:umerge([1, 2, 3], [2, 3, 4])]),
    io:format("rmerge: ~w~n", [lists:rmerge([9, 5, 1], [8, 5, 2])]),
    io:format("rumerge: ~w~n", [lists:rumerge([9, 5, 1], [8, 5, 2])]),
    io:format("usort_fun: ~w~n", [lists:usort(fun(A, B) -> A div 10 =< B div 10 end, R)]),
    Mixed = id([b, 3, "str", {1}, 2.0, [a], <<"bin">>, a, 1, 1.0, #{}, [], {0, 0}, -5]),
    io:format("sort_mixed: ~w~n", [lists:sort(Mixed)]),
    io:format("usort_mixed: ~w~n", [lists:usort(Mixed)]),
    io:format("sort_int_float: ~w~n", [lists:sort([1.0, 1, 2, 2.0, 1, 1.0])]),
    io:format("usort_int_float: ~w~n", [lists:usort([1.0, 1, 2, 2.0, 1, 1.0])]),
    io:format("usort_int_float2: ~w~n", [lists:usort([1, 1.0, 2.0, 2])]),
    io:format("sort_strings: ~p~n", [lists:sort(["banana", "apple", "cherry", "app", "", "b"])]),
    io:format("sort_tuples: ~w~n", [lists:sort([{2, a}, {1, b}, {2}, {1, a, x}, {1, a}])]),
    io:format("sort_empty_single: ~w ~w~n", [lists:sort([]), lists:sort([x])]),
    io:format("sort_already: ~w~n", [lists:sort(lists:seq(1, 30))]),
    io:format("sort_reverse: ~w~n", [lists:sort(lists:seq(30, 1, -1))]),
    io:format("sort_bad: ~p~n", [try lists:sort(id(x)) catch C:E -> {C, E} end]),
    io:format("sort_improper: ~p~n", [try lists:sort(id([3, 2 | 1])) catch C2:E2 -> {C2, E2} end]),
    ok.

rand_list(0, _) -> [];
rand_list(N, S) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    [S1 rem 60 | rand_list(N - 1, S1)].
