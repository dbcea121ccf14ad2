-module(ets_counters).
-export([main/0]).

%% update_counter in all its forms (increment, {Pos, Incr}, threshold and set value, lists,
%% default objects, bignums) and update_element, with their errors; counters updated by many
%% processes at once lose no increment.

main() ->
    [run(Type) || Type <- [set, ordered_set]],
    %% many processes incrementing the same counters
    T = ets:new(shared, [public, {write_concurrency, true}]),
    ets:insert(T, [{c, 0, 0}, {d, 0}]),
    Me = self(),
    Procs = 8,
    Per = 2000,
    Pids = [spawn_link(fun() ->
                [begin
                     ets:update_counter(T, c, [{2, 1}, {3, 2}]),
                     ets:update_counter(T, d, 1),
                     ets:update_counter(T, {p, N}, 1, {{p, N}, 0})
                 end || _ <- lists:seq(1, Per)],
                Me ! {done, self()}
            end) || N <- lists:seq(1, Procs)],
    [receive {done, P} -> ok end || P <- Pids],
    p(concurrent_c, ets:lookup(T, c)),
    p(concurrent_d, ets:lookup(T, d)),
    p(per_process, lists:sort(ets:select(T, [{{{p, '$1'}, '$2'}, [], [{{'$1', '$2'}}]}]))),
    %% wrapping counters: each process adds, the threshold wraps at 10
    W = ets:new(wrap, [public, ordered_set]),
    ets:insert(W, {w, 0}),
    Wrappers = [spawn_link(fun() ->
                    [ets:update_counter(W, w, {2, 1, 9, 0}) || _ <- lists:seq(1, 100)],
                    Me ! {done, self()}
                end) || _ <- lists:seq(1, 4)],
    [receive {done, P} -> ok end || P <- Wrappers],
    p(wrapped, ets:lookup(W, w)),
    ok.

run(Type) ->
    io:format("--- ~p~n", [Type]),
    T = ets:new(t, [Type]),
    ets:insert(T, {k, 0, 10, x, 1.5}),
    p(incr, ets:update_counter(T, k, 1)),
    p(incr_neg, ets:update_counter(T, k, -5)),
    p(pos_incr, ets:update_counter(T, k, {3, 7})),
    p(list, ets:update_counter(T, k, [{2, 1}, {3, 1}, {2, 1}])),
    p(list_one, ets:update_counter(T, k, [{2, 0}])),
    p(object, ets:lookup(T, k)),
    %% thresholds: above it (positive increments) or below it (negative) the counter is set
    ets:insert(T, {t, 5}),
    p(threshold_up, [ets:update_counter(T, t, {2, 3, 10, 0}) || _ <- lists:seq(1, 5)]),
    p(threshold_down, [ets:update_counter(T, t, {2, -4, 0, 100}) || _ <- lists:seq(1, 5)]),
    p(threshold_equal, {ets:update_counter(T, t, {2, 0, 0, 7}), ets:insert(T, {t, 10}),
                        ets:update_counter(T, t, {2, 0, 10, 7})}),
    p(threshold_zero_incr_above, ets:update_counter(T, t, {2, 0, 5, 42})),
    p(threshold_bignum, ets:update_counter(T, t, {2, 1 bsl 70, 1 bsl 71, -1})),
    %% bignums
    ets:insert(T, {b, (1 bsl 62) - 1}),
    p(to_bignum, ets:update_counter(T, b, 1)),
    p(bignum_incr, ets:update_counter(T, b, 1 bsl 100)),
    p(back_to_small, ets:update_counter(T, b, -(1 bsl 100) - (1 bsl 62))),
    p(negative_big, ets:update_counter(T, b, -(1 bsl 64))),
    %% default objects
    p(default_new, {ets:update_counter(T, new1, 5, {new1, 100}), ets:lookup(T, new1)}),
    p(default_key_replaced, {ets:update_counter(T, new2, {3, 1}, {whatever, 0, 0}), ets:lookup(T, new2)}),
    p(default_unused, {ets:update_counter(T, new1, 1, {new1, 0}), ets:lookup(T, new1)}),
    p(default_list, {ets:update_counter(T, new3, [{2, 1}, {3, -1}], {new3, 0, 0}), ets:lookup(T, new3)}),
    p(default_bad_pos, {catch_error(fun() -> ets:update_counter(T, new4, {3, 1}, {new4, 0}) end),
                        ets:lookup(T, new4)}),
    p(default_not_tuple, catch_error(fun() -> ets:update_counter(T, new5, 1, [x]) end)),
    %% errors
    ets:insert(T, {e, 1, notint, 2.0}),
    p(err_missing, catch_error(fun() -> ets:update_counter(T, missing, 1) end)),
    p(err_not_int, catch_error(fun() -> ets:update_counter(T, e, {3, 1}) end)),
    p(err_float_elem, catch_error(fun() -> ets:update_counter(T, e, {4, 1}) end)),
    p(err_keypos, catch_error(fun() -> ets:update_counter(T, e, {1, 1}) end)),
    p(err_pos_zero, catch_error(fun() -> ets:update_counter(T, e, {0, 1}) end)),
    p(err_pos_big, catch_error(fun() -> ets:update_counter(T, e, {9, 1}) end)),
    p(err_float_incr, catch_error(fun() -> ets:update_counter(T, e, {2, 1.0}) end)),
    p(err_op_arity, catch_error(fun() -> ets:update_counter(T, e, {2, 1, 2}) end)),
    p(err_threshold_atom, catch_error(fun() -> ets:update_counter(T, e, {2, 1, a, 2}) end)),
    p(err_atom_op, catch_error(fun() -> ets:update_counter(T, e, foo) end)),
    p(err_improper, catch_error(fun() -> ets:update_counter(T, e, [{2, 1} | foo]) end)),
    p(err_second_op, catch_error(fun() -> ets:update_counter(T, e, [{2, 1}, {1, 1}]) end)),
    p(err_first_elem_then_pos, catch_error(fun() -> ets:update_counter(T, e, [{3, 1}, {9, 1}]) end)),
    p(unchanged_after_errors, ets:lookup(T, e)),
    %% update_element
    ets:insert(T, {u, 1, 2, 3}),
    p(ue_one, {ets:update_element(T, u, {2, a}), ets:lookup(T, u)}),
    p(ue_list, {ets:update_element(T, u, [{3, b}, {4, c}, {3, bb}]), ets:lookup(T, u)}),
    p(ue_empty, ets:update_element(T, u, [])),
    p(ue_missing, ets:update_element(T, nope, {2, x})),
    p(ue_missing_bad_spec, ets:update_element(T, nope, foo)),
    p(ue_keypos, catch_error(fun() -> ets:update_element(T, u, {1, x}) end)),
    p(ue_pos_big, catch_error(fun() -> ets:update_element(T, u, {5, x}) end)),
    p(ue_pos_zero, catch_error(fun() -> ets:update_element(T, u, {0, x}) end)),
    p(ue_bad_spec, catch_error(fun() -> ets:update_element(T, u, [{2, x}, bad]) end)),
    p(ue_atomic, {catch_error(fun() -> ets:update_element(T, u, [{2, new}, {7, x}]) end), ets:lookup(T, u)}),
    p(ue_float_key, ets:update_element(T, 1.0, {2, x})),
    ets:delete(T).

catch_error(F) ->
    try F()
    catch error:R:S ->
        case S of
            [{ets, _, _, [{error_info, Info}]} | _] -> {R, maps:get(cause, Info, none)};
            _ -> R
        end
    end.

p(Label, Value) ->
    io:format("~p: ~p~n", [Label, Value]).
