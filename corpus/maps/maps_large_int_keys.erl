-module(maps_large_int_keys).
-export([main/0, id/1]).

id(X) -> X.

%% Maps over 32 keys are hash maps: their to_list/keys/fold order and printing follow
%% OTP's map hash for integer, tuple and binary keys.
main() ->
    M = maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]),
    io:format("printed: ~w~n", [M]),
    io:format("to_list: ~w~n", [maps:to_list(M)]),
    io:format("keys: ~w~n", [maps:keys(M)]),
    io:format("values: ~w~n", [maps:values(M)]),
    io:format("fold: ~w~n", [maps:fold(fun(K, _, A) -> [K | A] end, [], M)]),
    io:format("size: ~p~n", [map_size(M)]),
    M2 = maps:without(lists:seq(1, 10), M),
    io:format("without_to_list: ~w~n", [maps:to_list(M2)]),
    io:format("shrunk_size: ~p~n", [map_size(M2)]),
    M3 = maps:without(lists:seq(11, 35), M2),
    io:format("small_again: ~w ~w~n", [M3, maps:to_list(M3)]),
    Big = maps:from_list([{I * 7919, I} || I <- lists:seq(1, 1000)]),
    io:format("big_size: ~p~n", [map_size(Big)]),
    io:format("big_first_keys: ~w~n", [lists:sublist(maps:keys(Big), 25)]),
    io:format("big_get: ~p~n", [[maps:get(K * 7919, Big) || K <- [1, 500, 1000]]]),
    io:format("big_sum: ~p~n", [lists:sum(maps:values(Big))]),
    io:format("big_eq: ~p~n", [Big =:= maps:from_list(lists:reverse(maps:to_list(Big)))]),
    Neg = maps:from_list([{-I, I} || I <- lists:seq(1, 40)] ++ [{1 bsl 70, big}, {-(1 bsl 70), nbig}]),
    io:format("neg_keys: ~w~n", [maps:keys(Neg)]),
    Tup = maps:from_list([{{I, I rem 3}, I} || I <- lists:seq(1, 36)]),
    io:format("tuple_keys: ~w~n", [maps:keys(Tup)]),
    Bin = maps:from_list([{integer_to_binary(I), I} || I <- lists:seq(1, 36)]),
    io:format("binary_keys: ~w~n", [maps:keys(Bin)]),
    Str = maps:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 36)]),
    io:format("string_keys: ~w~n", [maps:keys(Str)]),
    Flt = maps:from_list([{I / 4, I} || I <- lists:seq(1, 36)]),
    io:format("float_keys: ~w~n", [maps:keys(Flt)]),
    Upd = lists:foldl(fun(I, Acc) -> Acc#{I => updated} end, M, lists:seq(35, 45)),
    io:format("updated: ~w~n", [Upd]),
    io:format("merged: ~w~n", [maps:keys(maps:merge(M, Bin))]),
    io:format("filter: ~w~n", [maps:filter(fun(K, _) -> K rem 2 =:= 0 end, M)]),
    io:format("map: ~w~n", [maps:map(fun(K, V) -> V - K end, M)]),
    io:format("iterator: ~w~n", [iter(maps:iterator(M), 5)]),
    io:format("pretty: ~p~n", [maps:from_list([{I, x} || I <- lists:seq(1, 33)])]),
    io:format("sorted: ~w~n", [lists:sort(maps:to_list(Upd)) =:= maps:to_list(maps:from_list(lists:sort(maps:to_list(Upd))))]),
    ok.

iter(_, 0) -> [];
iter(I, N) ->
    case maps:next(I) of
        none -> [];
        {K, V, I2} -> [{K, V} | iter(I2, N - 1)]
    end.
