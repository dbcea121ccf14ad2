-module(maps_nested_keys).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% Keys of every type (maps, tuples, lists, binaries, floats, bignums, funs never printed),
%% nested maps updated in depth, and maps as accumulators.
main() ->
    K = id(#{
             #{inner => 1} => map_key,
             {1, 2} => tuple_key,
             [1, 2] => list_key,
             <<"bin">> => binary_key,
             2.5 => float_key,
             -0.0 => neg_zero_key,
             (1 bsl 80) => big_key,
             [] => nil_key,
             {} => empty_tuple_key,
             'atom' => atom_key
           }),
    ?T(lookups, [maps:get(Key, K) || Key <- [#{inner => 1}, {1, 2}, [1, 2], <<"bin">>, 2.5, 1 bsl 80, [], {}, atom]]),
    ?T(neg_zero_vs_zero, {maps:find(0.0, K), maps:find(-0.0, K)}),
    ?T(map_key_other_value, maps:find(#{inner => 2}, K)),
    ?T(map_key_int_float, maps:find(#{inner => 1.0}, K)),
    ?T(keys_sorted, lists:sort(maps:keys(K))),
    ?T(printed, K),
    ?T(match_map_key, case K of #{#{inner => 1} := V} -> V end),
    ?T(match_tuple_key, case K of #{{1, 2} := V} -> V end),
    Deep = id(#{a => #{b => #{c => #{d => 1}}}}),
    ?T(deep_get, maps:get(d, maps:get(c, maps:get(b, maps:get(a, Deep))))),
    ?T(deep_update, put_in([a, b, c, d], 2, Deep)),
    ?T(deep_insert, put_in([a, b, x, y], new, Deep)),
    ?T(deep_match, case Deep of #{a := #{b := #{c := #{d := D}}}} -> D end),
    ?T(counter, lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{},
                            string:lexemes(id("the cat and the hat and the bat"), " "))),
    ?T(group, lists:foldl(fun(X, M) -> Kx = X rem 3, M#{Kx => [X | maps:get(Kx, M, [])]} end, #{}, lists:seq(1, 10))),
    ?T(map_of_funs_count, map_size(#{add => fun erlang:'+'/2, sub => fun erlang:'-'/2})),
    ?T(fun_key_lookup, begin F = fun lists:reverse/1, (maps:get(F, #{F => found})) end),
    ?T(size_33_boundary, [map_size(maps:from_list([{I, I} || I <- lists:seq(1, N)])) || N <- [31, 32, 33, 34]]),
    ?T(to_list_32, maps:to_list(maps:from_list([{I, I} || I <- lists:seq(32, 1, -1)]))),
    ?T(update_many_keys, maps:to_list(lists:foldl(fun(I, M) -> M#{I rem 5 := I} end,
                                                  maps:from_list([{I, 0} || I <- lists:seq(0, 4)]), lists:seq(1, 20)))),
    ?T(remove_all, maps:size(lists:foldl(fun maps:remove/2, maps:from_list([{I, I} || I <- lists:seq(1, 50)]), lists:seq(1, 50)))),
    ok.

put_in([Key], V, M) -> M#{Key => V};
put_in([Key | Rest], V, M) -> M#{Key => put_in(Rest, V, maps:get(Key, M, #{}))}.
