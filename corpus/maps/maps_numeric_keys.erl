-module(maps_numeric_keys).
-export([main/0, id/1]).

id(X) -> X.

%% Integer and float keys that compare equal (1 and 1.0) are distinct map keys, in flat and
%% hash maps; -0.0 and 0.0 as keys; bignum keys; printing order of numeric keys.
main() ->
    Small = maps:from_list([{1, int}, {1.0, float}, {2, int2}, {0.0, fzero}, {-0.0, nzero}, {1 bsl 64, big}]),
    io:format("small: ~p~n", [Small]),
    io:format("small_size: ~p~n", [map_size(Small)]),
    io:format("small_lookups: ~p~n", [[maps:find(K, Small) || K <- [1, 1.0, 0, 0.0, -0.0, 1 bsl 64, float(1 bsl 64)]]]),
    Large = maps:from_list([{I, {int, I}} || I <- lists:seq(1, 40)] ++ [{float(I), {float, I}} || I <- lists:seq(1, 40)]),
    io:format("large_size: ~p~n", [map_size(Large)]),
    io:format("large_lookups: ~p~n", [[maps:get(K, Large) || K <- [1, 1.0, 40, 40.0]]]),
    io:format("large_keys: ~w~n", [maps:keys(Large)]),
    io:format("large_sorted_head: ~w~n", [lists:sublist(lists:sort(maps:keys(Large)), 10)]),
    Upd = Large#{1 := changed, 1.0 := changed_float},
    io:format("updated: ~p~n", [{maps:get(1, Upd), maps:get(1.0, Upd)}]),
    io:format("match_int_float: ~p~n", [case id(Small) of #{1 := A, 1.0 := B} -> {A, B} end]),
    io:format("eq_maps: ~p~n", [{#{1 => a} == #{1.0 => a}, #{1 => a} =:= #{1.0 => a}}]),
    io:format("order: ~p~n", [lists:sort([#{1 => a}, #{1.0 => a}, #{2 => a}, #{0.5 => a}])]),
    io:format("neg_keys: ~w~n", [maps:keys(maps:from_list([{-I, I} || I <- lists:seq(1, 35)]))]),
    io:format("big_keys: ~w~n", [maps:keys(maps:from_list([{1 bsl I, I} || I <- lists:seq(60, 100)]))]),
    ok.
