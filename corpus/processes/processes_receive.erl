-module(processes_receive).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.

send_all(Pid, Ms) -> [Pid ! M || M <- Ms], ok.

%% Takes the messages in the order the patterns ask for.
selective() ->
    receive {b, X} -> X end.

elapsed(F) ->
    T0 = erlang:monotonic_time(millisecond),
    R = F(),
    {R, erlang:monotonic_time(millisecond) - T0}.

main() ->
    Self = self(),
    send_all(Self, [{a, 1}, {b, 2}, {c, 3}, {b, 4}, {a, 5}]),
    ?T(selective_first_b, selective()),
    ?T(selective_second_b, selective()),
    ?T(rest_in_order, flush()),
    send_all(Self, [1, 2, 3, 4, 5, 6]),
    ?T(guarded, receive X when X > 3, X rem 2 =:= 0 -> X end),
    ?T(guarded_rest, flush()),
    ?T(after_0_empty, receive _ -> got after 0 -> timeout end),
    Self ! here,
    ?T(after_0_message, receive here -> got after 0 -> timeout end),
    ?T(after_infinity_var, begin Self ! x, receive x -> got after id(infinity) -> timeout end end),
    ?T(after_var_zero, receive _ -> got after id(0) -> timeout end),
    {R1, Ms1} = elapsed(fun() -> receive never -> got after 50 -> timeout end end),
    ?T(after_50, {R1, Ms1 >= 50, Ms1 < 1000}),
    ?T(after_negative, receive never -> got after id(-1) -> timeout end),
    ?T(after_atom, receive never -> got after id(soon) -> timeout end),
    ?T(after_float, receive never -> got after id(1.0) -> timeout end),
    ?T(after_bignum, receive never -> got after id(1 bsl 70) -> timeout end),
    %% a timeout is not extended by messages that do not match
    %% (three queued before the wait, so a loaded machine's slow feeder still leaves more than 3)
    [Self ! noise || _ <- [1, 2, 3]],
    Feeder = spawn(fun F() -> Self ! noise, receive stop -> ok after 10 -> F() end end),
    {R2, Ms2} = elapsed(fun() -> receive wanted -> got after 150 -> timeout end end),
    Feeder ! stop,
    timer:sleep(20),
    Noise = flush(),
    ?T(timeout_not_extended, {R2, Ms2 >= 150, Ms2 < 1000, length(Noise) > 3, lists:usort(Noise)}),
    %% messages from one sender arrive in the order sent
    P = spawn(fun() -> [Self ! {seq, N} || N <- lists:seq(1, 1000)] end),
    Seq = [receive {seq, N} -> N end || _ <- lists:seq(1, 1000)],
    ?T(fifo_per_sender, Seq =:= lists:seq(1, 1000)),
    ?T(sender_done, is_pid(P)),
    %% a receive for a fresh reference skips old messages
    [Self ! {old, N} || N <- lists:seq(1, 100)],
    Ref = make_ref(),
    Self ! {Ref, reply},
    ?T(ref_receive, receive {Ref, M} -> M end),
    ?T(old_ones_kept, length(flush())),
    %% nested receive inside a handler
    send_all(Self, [outer, inner]),
    ?T(nested, receive outer -> receive inner -> {outer, inner} end end),
    %% receive in a recursive loop collecting until a marker
    send_all(Self, [{item, 1}, {item, 2}, other, {item, 3}, done]),
    ?T(loop_collect, collect([])),
    ?T(leftover, flush()),
    %% message_queue_len and messages
    send_all(Self, [m1, m2, m3]),
    ?T(queue_len, process_info(self(), message_queue_len)),
    ?T(queue_messages, process_info(self(), messages)),
    flush(),
    %% big messages are shared, not lost
    Big = lists:seq(1, 100000),
    Self ! {big, Big},
    ?T(big_message, receive {big, B} -> {length(B), lists:sum(B)} end),
    %% sending to a dead pid is fine
    {DP, DR} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DR, _, _, _} -> ok end,
    ?T(send_to_dead, DP ! hello),
    ?T(send_returns_msg, Self ! {a, b}),
    flush(),
    ?T(send_bad_dest, id(42) ! hello),
    ?T(send_bad_dest_tuple, id({a, b, c}) ! hello),
    ?T(erlang_send, erlang:send(Self, via_send)),
    ?T(erlang_send_opts, erlang:send(Self, via_send_3, [noconnect])),
    ?T(erlang_send_bad_opts, erlang:send(Self, x, [id(bogus)])),
    ?T(sent, flush()),
    ok.

collect(Acc) ->
    receive
        {item, N} -> collect([N | Acc]);
        done -> lists:reverse(Acc)
    end.
