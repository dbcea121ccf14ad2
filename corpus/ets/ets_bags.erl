-module(ets_bags).
-export([main/0]).

%% bag and duplicate_bag: objects per key in insertion order, duplicates (exact), list inserts,
%% delete_object, take, lookup_element, insert_new, select and match on several objects per key.

main() ->
    [run(Type) || Type <- [bag, duplicate_bag]],
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, I} || I <- lists:seq(1, 5)]),
    p(bag_list_order, ets:lookup(B, k)),
    ets:insert(B, [{k, 6}, {k, 3}, {k, 7}]),
    p(bag_second_list, ets:lookup(B, k)),
    D = ets:new(d, [duplicate_bag]),
    ets:insert(D, [{k, I} || I <- lists:seq(1, 5)]),
    p(dbag_list_order, ets:lookup(D, k)),
    ets:insert(D, [{k, 6}, {k, 3}, {k, 7}]),
    p(dbag_second_list, ets:lookup(D, k)),
    %% keypos 2 bags
    K = ets:new(k, [bag, {keypos, 2}]),
    ets:insert(K, [{a, 1}, {b, 1}, {a, 1}, {c, 2}]),
    p(keypos2_lookup, ets:lookup(K, 1)),
    p(keypos2_element, ets:lookup_element(K, 1, 1)),
    ok.

run(Type) ->
    io:format("--- ~p~n", [Type]),
    T = ets:new(t, [Type]),
    [ets:insert(T, O) || O <- [{a, 1}, {a, 2}, {a, 1}, {a, 1.0}, {b, 1}, {a, 3, extra}, {c, x}]],
    p(lookup_a, ets:lookup(T, a)),
    p(size, ets:info(T, size)),
    p(member, {ets:member(T, a), ets:member(T, z)}),
    p(sorted, xsort(ets:tab2list(T))),
    p(keys, xsort(walk(T, ets:first(T)))),
    p(lookup_element_2, ets:lookup_element(T, a, 2)),
    p(lookup_element_3, catch_error(fun() -> ets:lookup_element(T, a, 3) end)),
    p(lookup_element_c, ets:lookup_element(T, c, 1)),
    p(insert_new_existing_key, ets:insert_new(T, {a, 9})),
    p(insert_new_fresh, {ets:insert_new(T, {n, 1}), ets:lookup(T, n)}),
    p(delete_object_one, {ets:delete_object(T, {a, 1}), ets:lookup(T, a)}),
    p(delete_object_float, {ets:delete_object(T, {a, 1.0}), ets:lookup(T, a)}),
    p(delete_object_absent, {ets:delete_object(T, {a, 42}), ets:lookup(T, a)}),
    p(size_after, ets:info(T, size)),
    p(match_a, xsort(ets:match(T, {a, '$1'}))),
    p(match_object_any, xsort(ets:match_object(T, {'_', '_'}))),
    p(select_keys, xsort(ets:select(T, [{{'$1', '_'}, [], ['$1']}]))),
    p(select_bound, ets:select(T, [{{a, '$1'}, [], ['$1']}])),
    p(select_count, ets:select_count(T, [{{'_', '_'}, [], [true]}])),
    p(take, {ets:take(T, a), ets:lookup(T, a), ets:info(T, size)}),
    ets:insert(T, [{m, I} || I <- [1, 2, 2, 3, 3, 3]]),
    p(many_m, ets:lookup(T, m)),
    p(select_delete_m2, {ets:select_delete(T, [{{m, 2}, [], [true]}]), ets:lookup(T, m)}),
    p(match_delete_m, {ets:match_delete(T, {m, 3}), ets:lookup(T, m)}),
    p(delete_key, {ets:delete(T, m), ets:lookup(T, m)}),
    ets:insert(T, [{q, I} || I <- lists:seq(1, 7)]),
    %% Within one key, OTP hands chunks out in an order of its own: compare the sizes and contents.
    Chunks = chunked(ets:select(T, [{{q, '$1'}, [], ['$1']}], 3)),
    p(chunked_q, {[length(C) || C <- Chunks], xsort(lists:append(Chunks))}),
    p(chunked_all, xsort(lists:append(chunked(ets:match_object(T, '_', 4))))),
    p(update_counter, catch_error(fun() -> ets:update_counter(T, q, 1) end)),
    p(select_replace, catch_error(fun() -> ets:select_replace(T, [{{q, 1}, [], [{const, {q, 100}}]}]) end)),
    p(delete_all, {ets:delete_all_objects(T), ets:info(T, size)}),
    ets:delete(T).

chunked('$end_of_table') -> [];
chunked({L, '$end_of_table'}) -> [L];
chunked({L, C}) -> [L | chunked(ets:select(C))].

walk(_T, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].

catch_error(F) ->
    try F() catch C:R -> {C, R} end.

%% Sorts by term order, telling apart terms that compare equal but are not exactly equal
%% ({a, 1} and {a, 1.0}), so that the result does not depend on the order the table gave them in.
xsort(L) ->
    [X || {X, _} <- lists:sort([{X, term_to_binary(X)} || X <- L])].

p(Label, Value) ->
    io:format("~p: ~p~n", [Label, Value]).
