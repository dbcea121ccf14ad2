-module(maps_large_ops).
-export([main/0, id/1]).

id(X) -> X.

%% Maps with thousands of integer keys: builds, updates, removals, merges, equality and
%% folds; printed through sums and sorted samples.
main() ->
    N = id(20000),
    M = maps:from_list([{K, K * 3} || K <- keys(N, 5)]),
    io:format("size: ~p~n", [map_size(M)]),
    io:format("sum_values: ~p~n", [lists:sum(maps:values(M))]),
    io:format("sorted_keys_sample: ~p~n", [lists:sublist(lists:sort(maps:keys(M)), 10)]),
    M2 = lists:foldl(fun(K, Acc) -> Acc#{K => updated} end, M, lists:seq(1, 1000)),
    io:format("after_update: ~p~n", [map_size(M2)]),
    M3 = maps:without(lists:seq(1, 100000, 2), M2),
    io:format("after_without: ~p~n", [map_size(M3)]),
    io:format("fold_sum: ~p~n", [maps:fold(fun(K, V, A) when is_integer(V) -> A + K + V; (K, _, A) -> A + K end, 0, M3)]),
    Merged = maps:merge(M, maps:from_list([{K, other} || K <- lists:seq(1, 5000)])),
    io:format("merged: ~p~n", [map_size(Merged)]),
    io:format("eq_rebuilt: ~p~n", [M =:= maps:from_list(lists:reverse(maps:to_list(M)))]),
    io:format("eq_by_update: ~p~n", [M =:= maps:fold(fun(K, V, A) -> A#{K => V} end, #{}, M)]),
    io:format("filter: ~p~n", [map_size(maps:filter(fun(K, _) -> K rem 10 =:= 0 end, M))]),
    io:format("take_all: ~p~n", [take_all(maps:from_list([{K, K} || K <- lists:seq(1, 2000)]), 2000)]),
    io:format("compare: ~p~n", [{M < M2, M2 < M, M == M}]),
    io:format("iterator_sum: ~p~n", [iter_sum(maps:iterator(M), 0)]),
    io:format("keys_match_to_list: ~p~n", [lists:sort(maps:keys(M)) =:= lists:sort([K || {K, _} <- maps:to_list(M)])]),
    io:format("to_list_order_consistent: ~p~n", [[K || {K, _} <- maps:to_list(M)] =:= maps:keys(M)]),
    ok.

keys(0, _) -> [];
keys(N, S) ->
    S1 = (S * 69069 + 1) band 16#FFFFFFFF,
    [S1 rem 100000 | keys(N - 1, S1)].

take_all(M, 0) -> map_size(M);
take_all(M, K) -> {K, M2} = maps:take(K, M), take_all(M2, K - 1).

iter_sum(I, A) ->
    case maps:next(I) of
        none -> A;
        {K, V, I2} -> iter_sum(I2, A + K + V)
    end.
