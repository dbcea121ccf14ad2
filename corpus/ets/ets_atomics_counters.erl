-module(ets_atomics_counters).
-export([main/0]).

%% atomics (signed and unsigned words, wrap-around, exchange, compare_exchange, info) and
%% counters (atomics and write_concurrency kinds), their errors, and concurrent updates.

main() ->
    A = atomics:new(3, []),
    p(info_signed, maps:without([memory], atomics:info(A))),
    p(memory_int, is_integer(maps:get(memory, atomics:info(A)))),
    U = atomics:new(2, [{signed, false}]),
    p(info_unsigned, maps:without([memory], atomics:info(U))),
    p(signed_new_opt, maps:get(min, atomics:info(atomics:new(1, [{signed, false}, {signed, true}])))),
    p(ops, [atomics:get(A, 1), atomics:add_get(A, 1, 5), atomics:sub_get(A, 1, 7), atomics:exchange(A, 1, 100),
            atomics:compare_exchange(A, 1, 100, 5), atomics:compare_exchange(A, 1, 100, 6), atomics:get(A, 1)]),
    p(add_sub, [atomics:add(A, 2, 10), atomics:sub(A, 2, 3), atomics:get(A, 2), atomics:put(A, 3, -9), atomics:get(A, 3)]),
    p(signed_min, {atomics:put(A, 1, -(1 bsl 63)), atomics:get(A, 1)}),
    p(signed_wrap_down, {atomics:add(A, 1, -1), atomics:get(A, 1)}),
    p(signed_wrap_up, {atomics:add(A, 1, 1), atomics:get(A, 1)}),
    p(signed_add_unsigned_range, {atomics:add(A, 1, 1 bsl 63), atomics:get(A, 1)}),
    p(signed_add_all_ones, {atomics:add(A, 1, (1 bsl 64) - 1), atomics:get(A, 1)}),
    p(signed_put_too_big, err(fun() -> atomics:put(A, 1, 1 bsl 63) end)),
    p(unsigned_max, {atomics:put(U, 1, (1 bsl 64) - 1), atomics:get(U, 1)}),
    p(unsigned_wrap, {atomics:add(U, 1, 1), atomics:get(U, 1)}),
    p(unsigned_neg_incr, {atomics:add(U, 1, -1), atomics:get(U, 1)}),
    p(unsigned_add_get_big, atomics:add_get(U, 2, 1 bsl 63)),
    p(unsigned_sub, {atomics:sub(U, 2, 1), atomics:get(U, 2)}),
    p(unsigned_exchange, atomics:exchange(U, 2, 7)),
    p(unsigned_cmpxchg, {atomics:compare_exchange(U, 2, 8, 9), atomics:compare_exchange(U, 2, 7, (1 bsl 64) - 1),
                         atomics:get(U, 2)}),
    p(unsigned_put_neg, err(fun() -> atomics:put(U, 1, -1) end)),
    p(unsigned_exchange_neg, err(fun() -> atomics:exchange(U, 1, -1) end)),
    p(unsigned_cmpxchg_neg, err(fun() -> atomics:compare_exchange(U, 1, -1, 0) end)),
    p(incr_too_small, err(fun() -> atomics:add(U, 1, -(1 bsl 63) - 1) end)),
    p(incr_too_big, err(fun() -> atomics:add(U, 1, 1 bsl 64) end)),
    p(index_errors, [err(fun() -> atomics:get(A, I) end) || I <- [0, 4, -1, a, 1.0]]),
    p(ref_errors, [err(fun() -> atomics:get(R, 1) end) || R <- [make_ref(), foo, {atomics, A}]]),
    p(new_errors, [err(fun() -> atomics:new(N, O) end)
                   || {N, O} <- [{0, []}, {-1, []}, {a, []}, {1, [foo]}, {1, foo}, {1, [{signed, maybe}]}]]),
    p(sub_errors, [err(fun() -> atomics:sub(A, 1, a) end), err(fun() -> atomics:sub_get(A, 9, 1) end)]),
    p(info_error, err(fun() -> atomics:info(foo) end)),
    p(float_value, err(fun() -> atomics:put(A, 1, 1.0) end)),
    %% counters
    C = counters:new(2, []),
    p(counters_info, maps:without([memory], counters:info(C))),
    p(counters_ops, [counters:get(C, 1), counters:add(C, 1, 5), counters:sub(C, 1, 2), counters:get(C, 1),
                     counters:put(C, 2, -7), counters:get(C, 2)]),
    W = counters:new(3, [write_concurrency]),
    p(wc_info, maps:without([memory], counters:info(W))),
    p(wc_ops, [counters:get(W, 1), counters:add(W, 1, 5), counters:sub(W, 1, 2), counters:get(W, 1),
               counters:put(W, 2, -7), counters:get(W, 2), counters:put(W, 2, 11), counters:get(W, 2)]),
    p(wc_wrap, {counters:put(W, 3, (1 bsl 63) - 1), counters:add(W, 3, 1), counters:get(W, 3)}),
    p(wc_big_incr, {counters:add(W, 3, (1 bsl 64) - 1), counters:get(W, 3)}),
    p(atomics_counter_wrap, {counters:put(C, 1, (1 bsl 63) - 1), counters:add(C, 1, 1), counters:get(C, 1)}),
    p(counter_errors, [err(fun() -> counters:put(W, 1, 1 bsl 63) end),
                       err(fun() -> counters:get(W, 4) end),
                       err(fun() -> counters:get(foo, 1) end),
                       err(fun() -> counters:get({atomics, foo}, 1) end),
                       err(fun() -> counters:get({write_concurrency, foo}, 1) end),
                       err(fun() -> counters:new(0, []) end),
                       err(fun() -> counters:new(1, [atomics, write_concurrency]) end),
                       err(fun() -> counters:new(1, foo) end),
                       err(fun() -> counters:add(C, 1, 1.0) end),
                       err(fun() -> counters:sub(C, 1, a) end),
                       err(fun() -> counters:info(foo) end)]),
    %% concurrent updates lose nothing
    Me = self(),
    CA = counters:new(1, [atomics]),
    CW = counters:new(1, [write_concurrency]),
    AT = atomics:new(1, []),
    Pids = [spawn_link(fun() ->
                [begin counters:add(CA, 1, 1), counters:add(CW, 1, 2), atomics:add(AT, 1, 3) end
                 || _ <- lists:seq(1, 5000)],
                Me ! {done, self()}
            end) || _ <- lists:seq(1, 6)],
    [receive {done, P} -> ok end || P <- Pids],
    p(concurrent, {counters:get(CA, 1), counters:get(CW, 1), atomics:get(AT, 1)}),
    %% compare_exchange as a lock-free increment from several processes
    CX = atomics:new(1, []),
    Pids2 = [spawn_link(fun() -> [cas_incr(CX) || _ <- lists:seq(1, 2000)], Me ! {done, self()} end)
             || _ <- lists:seq(1, 4)],
    [receive {done, P} -> ok end || P <- Pids2],
    p(cas_increments, atomics:get(CX, 1)),
    ok.

cas_incr(A) ->
    V = atomics:get(A, 1),
    case atomics:compare_exchange(A, 1, V, V + 1) of
        ok -> ok;
        _ -> cas_incr(A)
    end.

err(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:S ->
            case S of
                [{M, Fn, Args, Info} | _] ->
                    EI = case lists:keyfind(error_info, 1, Info) of
                             {error_info, Map} -> maps:get(cause, Map, none);
                             false -> no_error_info
                         end,
                    {C, R, {M, Fn, length(Args)}, EI};
                _ ->
                    {C, R}
            end
    end.

p(Label, Value) ->
    io:format("~p: ~p~n", [Label, Value]).
