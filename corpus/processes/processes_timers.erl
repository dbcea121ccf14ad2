-module(processes_timers).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.

%% Milliseconds left, shown as whether they are in [Lo, Hi].
within(T, Lo, Hi) when is_integer(T) -> T >= Lo andalso T =< Hi;
within(T, _, _) -> T.

main() ->
    Self = self(),
    T1 = erlang:send_after(30, Self, first),
    ?T(send_after_ref, is_reference(T1)),
    ?T(send_after_arrives, receive first -> got after 2000 -> timeout end),
    T2 = erlang:start_timer(20, Self, second),
    ?T(start_timer_arrives, receive {timeout, T2, second} -> got after 2000 -> timeout end),
    %% order: timers expire in deadline order
    erlang:send_after(60, Self, c), erlang:send_after(20, Self, a), erlang:send_after(40, Self, b),
    ?T(deadline_order, [receive M -> M after 2000 -> timeout end || _ <- [1, 2, 3]]),
    %% cancel and read
    T3 = erlang:send_after(10000, Self, never),
    ?T(read_timer, within(erlang:read_timer(T3), 9000, 10000)),
    ?T(cancel_timer, within(erlang:cancel_timer(T3), 9000, 10000)),
    ?T(cancel_again, erlang:cancel_timer(T3)),
    ?T(read_cancelled, erlang:read_timer(T3)),
    T4 = erlang:send_after(10, Self, fired),
    receive fired -> ok end,
    ?T(cancel_fired, erlang:cancel_timer(T4)),
    ?T(read_fired, erlang:read_timer(T4)),
    ?T(cancel_unknown, erlang:cancel_timer(make_ref())),
    ?T(cancel_bad, erlang:cancel_timer(id(not_a_ref))),
    ?T(read_bad, erlang:read_timer(id(not_a_ref))),
    %% async cancel and read, with and without info
    T5 = erlang:send_after(10000, Self, never),
    ?T(cancel_async, erlang:cancel_timer(T5, [{async, true}])),
    ?T(cancel_async_msg, receive {cancel_timer, T5, Left} -> within(Left, 9000, 10000) after 2000 -> timeout end),
    T6 = erlang:send_after(10000, Self, never),
    ?T(cancel_async_noinfo, erlang:cancel_timer(T6, [{async, true}, {info, false}])),
    ?T(cancel_noinfo, erlang:cancel_timer(T6, [{info, false}])),
    ?T(read_async, erlang:read_timer(T6, [{async, true}])),
    ?T(read_async_msg, receive {read_timer, T6, R6} -> R6 after 2000 -> timeout end),
    ?T(cancel_bad_option, erlang:cancel_timer(T6, [id(bogus)])),
    ?T(cancel_bad_async, erlang:cancel_timer(T6, [{async, id(maybe)}])),
    %% argument checks
    ?T(negative_time, erlang:send_after(id(-1), Self, x)),
    ?T(float_time, erlang:send_after(id(1.5), Self, x)),
    ?T(huge_time, erlang:send_after(id(1 bsl 60), Self, x)),
    ?T(bad_dest, erlang:send_after(10, id({a, b}), x)),
    ?T(bad_dest_int, erlang:start_timer(10, id(1), x)),
    ?T(bad_option, erlang:send_after(10, Self, x, [id(bogus)])),
    %% to a registered name, looked up when the timer expires
    erlang:send_after(30, preg_timer_target, late_name),
    register(preg_timer_target, Self),
    ?T(to_name, receive late_name -> got after 2000 -> timeout end),
    unregister(preg_timer_target),
    erlang:send_after(10, preg_timer_target, nobody),
    timer:sleep(40),
    ?T(to_missing_name, flush()),
    %% to a dead process: nothing, and no error
    {D, DR} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DR, _, _, _} -> ok end,
    ?T(to_dead, is_reference(erlang:send_after(10, D, x))),
    %% a timer to a process is cancelled when the process exits; one it made for others is not
    {V, VR} = spawn_monitor(fun() -> Self ! {made, erlang:send_after(10000, Self, kept)}, receive _ -> ok end end),
    Made = receive {made, MT} -> MT end,
    TV = erlang:send_after(10000, V, lost),
    exit(V, kill),
    receive {'DOWN', VR, _, _, _} -> ok end,
    ?T(cancelled_with_target, {erlang:read_timer(TV), erlang:cancel_timer(TV)}),
    ?T(kept_after_maker, is_integer(erlang:cancel_timer(Made))),
    %% absolute time
    Now = erlang:monotonic_time(millisecond),
    erlang:send_after(Now + 30, Self, absolute, [{abs, true}]),
    ?T(abs, receive absolute -> got after 2000 -> timeout end),
    erlang:start_timer(Now - 10, Self, past, [{abs, true}]),
    ?T(abs_past, receive {timeout, _, past} -> got after 2000 -> timeout end),
    ?T(zero, begin erlang:send_after(0, Self, zero), receive zero -> got after 2000 -> timeout end end),
    %% many timers, all cancelled but one
    Ts = [erlang:send_after(5000 + N, Self, {t, N}) || N <- lists:seq(1, 1000)],
    ?T(cancel_many, length([ok || T <- tl(Ts), is_integer(erlang:cancel_timer(T))])),
    erlang:cancel_timer(hd(Ts)),
    ?T(nothing_left, flush()),
    %% a process that sleeps with timer:sleep and receive after
    {P, PR} = spawn_monitor(fun() -> timer:sleep(20), receive after 20 -> exit(slept) end end),
    ?T(sleeper, receive {'DOWN', PR, process, P, W} -> W after 2000 -> timeout end),
    ok.
