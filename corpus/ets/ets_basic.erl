-module(ets_basic).
-export([main/0]).

%% Tables of every type: insert, lookup, member, delete, take, insert_new, lookup_element,
%% traversal, tab2list, foldl/foldr, info items, named tables, rename, whereis, all.
%% Hash tables' orders are not portable, so their listings are sorted.

main() ->
    T = ets:new(basic, []),
    p(new_is_ref, is_reference(T)),
    p(insert1, ets:insert(T, {a, 1})),
    p(insert_list, ets:insert(T, [{b, 2}, {c, 3}, {d, 4}])),
    p(insert_one_list, ets:insert(T, [{e, 5}])),
    p(insert_empty, ets:insert(T, [])),
    p(lookup_a, ets:lookup(T, a)),
    p(lookup_missing, ets:lookup(T, zz)),
    p(member, {ets:member(T, a), ets:member(T, zz)}),
    p(replace, {ets:insert(T, {a, 10}), ets:lookup(T, a)}),
    p(size, ets:info(T, size)),
    p(tab2list, lists:sort(ets:tab2list(T))),
    p(insert_new_existing, ets:insert_new(T, {a, 99})),
    p(insert_new_fresh, ets:insert_new(T, {f, 6})),
    p(insert_new_list_clash, ets:insert_new(T, [{g, 7}, {a, 0}])),
    p(after_clash, {ets:lookup(T, g), ets:lookup(T, a)}),
    p(insert_new_list_ok, ets:insert_new(T, [{g, 7}, {h, 8}])),
    p(insert_new_empty, ets:insert_new(T, [])),
    p(lookup_element, ets:lookup_element(T, b, 2)),
    p(lookup_element_key, ets:lookup_element(T, b, 1)),
    p(delete_key, {ets:delete(T, b), ets:lookup(T, b), ets:delete(T, nokey)}),
    p(take, {ets:take(T, c), ets:take(T, c), ets:member(T, c)}),
    p(delete_object_wrong, {ets:delete_object(T, {d, 5}), ets:lookup(T, d)}),
    p(delete_object_right, {ets:delete_object(T, {d, 4}), ets:lookup(T, d)}),
    p(size2, ets:info(T, size)),
    p(foldl, lists:sort(ets:foldl(fun({K, V}, Acc) -> [{V, K} | Acc] end, [], T))),
    p(foldr_sum, ets:foldr(fun({_, V}, Acc) -> V + Acc end, 0, T)),
    p(first_next_walk, lists:sort(walk(T, ets:first(T)))),
    p(delete_all, {ets:delete_all_objects(T), ets:info(T, size), ets:tab2list(T)}),
    p(first_empty, {ets:first(T), ets:last(T)}),
    %% Keys of every kind of term, compared exactly in a set.
    Keys = [1, 1.0, -0.0, 2.5, atom, "str", <<"bin">>, <<1:3>>, {t, 1}, [a | b], #{k => v}, [], {},
            123456789012345678901234567890, self()],
    [ets:insert(T, {K, n}) || K <- Keys],
    p(all_kinds_size, ets:info(T, size)),
    p(all_kinds_found, [ets:member(T, K) || K <- Keys]),
    p(zero_floats, {ets:lookup(T, 0.0), ets:member(T, 0)}),
    p(int_vs_float, {ets:lookup(T, 1), ets:lookup(T, 1.0)}),
    ets:delete(T, 1),
    p(int_deleted_float_kept, {ets:member(T, 1), ets:member(T, 1.0)}),
    %% keypos
    K2 = ets:new(kp, [{keypos, 2}]),
    ets:insert(K2, [{x, 1, a}, {y, 2, b}, {z, 1, c}]),
    p(keypos_lookup, ets:lookup(K2, 1)),
    p(keypos_size, ets:info(K2, size)),
    p(keypos_info, ets:info(K2, keypos)),
    p(keypos_short, catch_error(fun() -> ets:insert(K2, {only_one}) end)),
    p(keypos_lookup_element, ets:lookup_element(K2, 2, 3)),
    %% info
    Info = ets:info(K2),
    p(info_keys, [K || {K, _} <- Info]),
    p(info_values, [{K, V} || {K, V} <- Info, not lists:member(K, [id, memory, owner])]),
    p(info_owner, ets:info(K2, owner) =:= self()),
    p(info_id, ets:info(K2, id) =:= K2),
    p(info_memory_int, is_integer(ets:info(K2, memory))),
    p(info_items, [ets:info(K2, I) || I <- [type, protection, named_table, keypos, heir, node, compressed,
                                              fixed, safe_fixed, read_concurrency, write_concurrency]]),
    %% named tables, rename, whereis, all
    N = ets:new(ets_basic_named, [named_table, set, public]),
    p(named_new, N),
    p(named_insert, ets:insert(ets_basic_named, {k, v})),
    p(named_lookup, ets:lookup(ets_basic_named, k)),
    p(whereis, is_reference(ets:whereis(ets_basic_named))),
    p(whereis_none, ets:whereis(ets_basic_nonexistent)),
    p(whereis_lookup, ets:lookup(ets:whereis(ets_basic_named), k)),
    p(rename, ets:rename(ets_basic_named, ets_basic_renamed)),
    p(old_name_gone, ets:info(ets_basic_named)),
    p(new_name, {ets:info(ets_basic_renamed, name), ets:lookup(ets_basic_renamed, k)}),
    p(rename_unnamed, {ets:rename(K2, other_name) =:= K2, ets:info(K2, name), ets:info(K2, named_table)}),
    p(in_all, {lists:member(ets_basic_renamed, ets:all()), lists:member(T, ets:all()),
               lists:member(K2, ets:all())}),
    p(delete_table, ets:delete(ets_basic_renamed)),
    p(gone, {ets:info(ets_basic_renamed), ets:whereis(ets_basic_renamed),
             lists:member(ets_basic_renamed, ets:all())}),
    p(reuse_name, ets:new(ets_basic_renamed, [named_table])),
    p(reuse_ok, ets:insert(ets_basic_renamed, {x})),
    ets:delete(ets_basic_renamed),
    p(deleted_ref_info, {ets:delete(K2), ets:info(K2), ets:info(K2, size)}),
    %% duplicate keys inside one list: the last one wins in a set
    S = ets:new(dups, [set]),
    ets:insert(S, [{k, 1}, {k, 2}, {k, 3}]),
    p(set_list_last_wins, ets:lookup(S, k)),
    O = ets:new(dups_o, [ordered_set]),
    ets:insert(O, [{k, 1}, {k, 2}, {k, 3}]),
    p(oset_list_last_wins, ets:lookup(O, k)),
    p(insert_new_dups_in_list, {ets:insert_new(O, [{n, 1}, {n, 2}]), ets:lookup(O, n)}),
    %% big objects and big tables
    Big = ets:new(big, [set]),
    ets:insert(Big, [{I, I * I, integer_to_list(I)} || I <- lists:seq(1, 5000)]),
    p(big_size, ets:info(Big, size)),
    p(big_lookup, [ets:lookup(Big, I) || I <- [1, 2500, 5000, 5001]]),
    p(big_sum, ets:foldl(fun({_, Sq, _}, A) -> A + Sq end, 0, Big)),
    p(big_delete_half, begin [ets:delete(Big, I) || I <- lists:seq(1, 5000, 2)], ets:info(Big, size) end),
    p(big_walk_count, length(walk(Big, ets:first(Big)))),
    ok.

walk(_T, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].

catch_error(F) ->
    try F() catch C:R -> {C, R} end.

p(Label, Value) ->
    io:format("~p: ~p~n", [Label, Value]).
