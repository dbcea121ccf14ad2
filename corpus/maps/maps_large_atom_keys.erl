-module(maps_large_atom_keys).
-export([main/0, id/1]).

id(X) -> X.

%% Maps with over 32 atom keys: their internal order is not portable, so everything
%% order-dependent is sorted before printing.
main() ->
    Keys = [list_to_atom("key_" ++ integer_to_list(I)) || I <- lists:seq(1, 50)],
    M = maps:from_list(lists:zip(Keys, lists:seq(1, 50))),
    io:format("size: ~p~n", [map_size(M)]),
    io:format("sorted: ~w~n", [lists:sort(maps:to_list(M))]),
    io:format("sorted_keys: ~w~n", [lists:sort(maps:keys(M))]),
    io:format("sum: ~p~n", [maps:fold(fun(_, V, A) -> V + A end, 0, M)]),
    io:format("get: ~p~n", [[maps:get(K, M) || K <- [key_1, key_25, key_50]]]),
    io:format("find_missing: ~p~n", [maps:find(key_51, M)]),
    M2 = M#{key_1 := one, key_51 => fifty_one},
    io:format("updated: ~w~n", [lists:sort(maps:to_list(M2))]),
    io:format("match: ~p~n", [case M2 of #{key_1 := V, key_51 := W} -> {V, W} end]),
    M3 = maps:with([key_1, key_2, key_3], M2),
    io:format("small_again: ~w~n", [M3]),
    io:format("eq: ~p~n", [M =:= maps:from_list(lists:reverse(maps:to_list(M)))]),
    io:format("cmp: ~p~n", [{M < M2, M == maps:merge(M, #{})}]),
    io:format("phash2: ~p~n", [erlang:phash2(M) =:= erlang:phash2(maps:from_list(lists:sort(maps:to_list(M))))]),
    io:format("badkey: ~p~n", [try maps:get(nokey, M) catch error:R -> R end]),
    io:format("exact_badkey: ~p~n", [try (id(M))#{nokey := 1} catch error:R2 -> R2 end]),
    io:format("mixed_sorted: ~w~n", [lists:sort(maps:to_list(maps:merge(M3, maps:from_list([{I, I} || I <- lists:seq(1, 40)]))))]),
    ok.
