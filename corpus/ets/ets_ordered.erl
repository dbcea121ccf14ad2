-module(ets_ordered).
-export([main/0]).

%% ordered_set: term order over every kind of key, == keys (1 and 1.0 are one key),
%% first/last/next/prev from keys in or out of the table, slot, and ordered selects.

main() ->
    T = ets:new(ord, [ordered_set]),
    Keys = [{t, 2}, "abc", <<"bin">>, atom, 3, 1.5, -7, [], {}, {t, 1}, [1, 2], #{a => 1},
            zebra, 100000000000000000000, -0.5, <<>>, "ab", {a, b, c}],
    ets:insert(T, [{K, ord} || K <- Keys]),
    p(tab2list_order, [K || {K, _} <- ets:tab2list(T)]),
    p(first_last, {ets:first(T), ets:last(T)}),
    p(walk_forward, walk(T, ets:first(T), fun ets:next/2)),
    p(walk_backward, walk(T, ets:last(T), fun ets:prev/2)),
    p(next_of_absent, [ets:next(T, K) || K <- [0, 2, 1.6, aardvark, zz, "b", {s}, {}, <<"c">>]]),
    p(prev_of_absent, [ets:prev(T, K) || K <- [0, -100, 2, aardvark, zz, "b", {s}, [], <<"c">>]]),
    p(next_of_last, ets:next(T, ets:last(T))),
    p(prev_of_first, ets:prev(T, ets:first(T))),
    %% 1 and 1.0 are the same key in an ordered_set
    N = ets:new(nums, [ordered_set]),
    ets:insert(N, {1, int}),
    p(float_finds_int, ets:lookup(N, 1.0)),
    ets:insert(N, {1.0, float}),
    p(float_replaces_int, {ets:lookup(N, 1), ets:info(N, size)}),
    p(member_both, {ets:member(N, 1), ets:member(N, 1.0)}),
    p(insert_new_eq, ets:insert_new(N, {1, again})),
    ets:insert(N, [{2, a}, {2.5, b}, {3, c}, {-1, d}, {0.0, e}]),
    p(num_order, ets:tab2list(N)),
    p(minus_zero, {ets:lookup(N, -0.0), ets:lookup(N, 0)}),
    p(delete_eq, {ets:delete(N, 2.0), ets:member(N, 2)}),
    p(delete_object_exact, {ets:delete_object(N, {1, float}), ets:lookup(N, 1)}),
    p(delete_object_exact2, {ets:delete_object(N, {1.0, float}), ets:lookup(N, 1)}),
    p(take_eq, ets:take(N, 3.0)),
    p(lookup_element_eq, ets:lookup_element(N, 2.5, 2)),
    p(bignum_keys, begin
                       ets:insert(N, [{1 bsl 64, big}, {-(1 bsl 64), negbig}, {1.0e30, fbig}]),
                       [K || {K, _} <- ets:tab2list(N)]
                   end),
    %% slot
    p(slots, [ets:slot(N, I) || I <- lists:seq(0, ets:info(N, size))]),
    p(slot_beyond, catch_error(fun() -> ets:slot(N, ets:info(N, size) + 1) end)),
    p(slot_negative, catch_error(fun() -> ets:slot(N, -1) end)),
    %% ordered select and match results come in key order
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{I, I * I, I rem 3} || I <- lists:seq(1, 30)]),
    p(select_all, ets:select(O, [{{'$1', '_', '_'}, [], ['$1']}])),
    p(select_reverse, ets:select_reverse(O, [{{'$1', '_', '_'}, [{'<', '$1', 8}], ['$1']}])),
    p(select_guarded, ets:select(O, [{{'$1', '$2', 0}, [{'>', '$2', 100}], [{{'$1', '$2'}}]}])),
    p(match_rem, ets:match(O, {'$1', '_', 2})),
    p(match_object, ets:match_object(O, {'_', '_', 1})),
    p(bound_keys, ets:select(O, [{{7, '_', '_'}, [], ['$_']}, {{3, '_', '_'}, [], ['$_']},
                                 {{25, '$1', '_'}, [], ['$1']}])),
    p(bound_float_key, ets:select(O, [{{7.0, '_', '_'}, [], ['$_']}])),
    p(bound_keys_reverse, ets:select_reverse(O, [{{K, '_', '_'}, [], [K]} || K <- [4, 9, 2, 30, 31]])),
    p(chunks, chunks(ets:select(O, [{{'$1', '_', '_'}, [{'=<', '$1', 10}], ['$1']}], 3))),
    p(chunks_reverse, chunks(ets:select_reverse(O, [{{'$1', '_', '_'}, [{'>', '$1', 22}], ['$1']}], 3))),
    p(chunks_exact, chunks(ets:select(O, [{{'$1', '_', '_'}, [{'=<', '$1', 6}], ['$1']}], 3))),
    p(chunks_none, ets:select(O, [{{'$1', '_', '_'}, [{'>', '$1', 100}], ['$1']}], 3)),
    p(chunks_bigger, chunks(ets:select(O, [{{'$1', '_', '_'}, [{'<', '$1', 4}], ['$1']}], 10))),
    p(match_chunks, chunks_match(ets:match(O, {'$1', '$2', 0}, 4))),
    p(match_object_chunks, chunks_match_object(ets:match_object(O, {'_', '_', 0}, 5))),
    p(select_count, ets:select_count(O, [{{'_', '_', 1}, [], [true]}])),
    %% traversal while deleting
    D = ets:new(d, [ordered_set]),
    ets:insert(D, [{I} || I <- lists:seq(1, 10)]),
    p(next_after_delete, begin ets:delete(D, 5), ets:next(D, 5) end),
    p(prev_after_delete, ets:prev(D, 5)),
    p(delete_during_walk, delete_walk(D, ets:first(D), [])),
    p(empty_after, {ets:first(D), ets:last(D), ets:next(D, 1), ets:prev(D, 1)}),
    %% keys that are tuples: a head with a tuple key visits only the tuples of its arity and prefix
    K = ets:new(k, [ordered_set]),
    ets:insert(K, [{{user, I}, u} || I <- [3, 1, 2.0, a, "s"]] ++ [{{group, I}, g} || I <- [1, 2]] ++
                  [{{user, I, x}, u3} || I <- [1, 2]] ++ [{{user}, u1}, {user, atom}, {{users, 1}, us},
                                                           {{1, 2}, num}, {[user, 1], list}]),
    p(prefix_select, ets:select(K, [{{{user, '$1'}, '_'}, [], ['$1']}])),
    p(prefix_select_reverse, ets:select_reverse(K, [{{{user, '$1'}, '_'}, [], ['$1']}])),
    p(prefix_match_object, ets:match_object(K, {{user, '_', x}, '_'})),
    p(prefix_none, ets:match(K, {{nobody, '$1'}, '_'})),
    p(prefix_arity_only, ets:select(K, [{{{'$1', '$2'}, '_'}, [{is_atom, '$1'}], [{{'$1', '$2'}}]}])),
    p(prefix_guarded, ets:select(K, [{{{user, '$1'}, '$2'}, [{is_number, '$1'}], [{{'$1', '$2'}}]}])),
    p(prefix_chunks, chunks(ets:select(K, [{{{user, '$1'}, '_'}, [], ['$1']}], 2))),
    p(prefix_chunks_reverse, chunks(ets:select_reverse(K, [{{{user, '$1'}, '_'}, [], ['$1']}], 2))),
    p(prefix_count, ets:select_count(K, [{{{user, '_'}, '_'}, [], [true]}])),
    p(prefix_delete, {ets:select_delete(K, [{{{group, '_'}, '_'}, [], [true]}]), ets:info(K, size)}),
    p(prefix_int_float, ets:select(K, [{{{user, 2}, '$1'}, [], ['$1']}])),
    p(prefix_two_clauses, ets:select(K, [{{{user, '$1'}, '_'}, [], ['$1']}, {{{1, '$1'}, '_'}, [], ['$1']}])),
    %% mixed-type keys in tuples compare by ==
    M = ets:new(m, [ordered_set]),
    ets:insert(M, [{{1, a}, x}, {{1.0, b}, y}, {{2, a}, z}]),
    p(tuple_keys, ets:lookup(M, {1.0, a})),
    p(tuple_keys_all, ets:tab2list(M)),
    ok.

walk(_T, '$end_of_table', _Step) -> [];
walk(T, K, Step) -> [K | walk(T, Step(T, K), Step)].

delete_walk(_T, '$end_of_table', Acc) -> lists:reverse(Acc);
delete_walk(T, K, Acc) ->
    ets:delete(T, K),
    delete_walk(T, ets:next(T, K), [K | Acc]).

chunks('$end_of_table') -> ['$end_of_table'];
chunks({L, '$end_of_table'}) -> [L, last];
chunks({L, C}) -> [L | chunks(ets:select(C))].

chunks_match('$end_of_table') -> ['$end_of_table'];
chunks_match({L, '$end_of_table'}) -> [L, last];
chunks_match({L, C}) -> [L | chunks_match(ets:match(C))].

chunks_match_object('$end_of_table') -> ['$end_of_table'];
chunks_match_object({L, '$end_of_table'}) -> [L, last];
chunks_match_object({L, C}) -> [L | chunks_match_object(ets:match_object(C))].

catch_error(F) ->
    try F() catch C:R -> {C, R} end.

p(Label, Value) ->
    io:format("~p: ~p~n", [Label, Value]).
