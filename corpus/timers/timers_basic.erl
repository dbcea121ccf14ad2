-module(timers_basic).
-export([main/0, id/1, note/1]).

%% The timer module's parts that need no timer_server (send_after to a local pid, the instant
%% forms for time 0, cancel of those, tc, sleep, conversions, badarg answers) and erlang's
%% timers to registered names, absolute times and in order; timer_server's functions
%% (apply_after, send_interval, exit_after...) are in corpus/boot/boot_timer.

id(X) -> X.

note(X) -> tb_name ! {noted, X}.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

t(Label, F) -> p(Label, try F() catch C:R -> {C, R} end).

shape({ok, {Kind, Ref}}) when is_reference(Ref) -> {ok, {Kind, ref}};
shape(Other) -> Other.

flush() -> receive M -> [M | flush()] after 0 -> [] end.

main() ->
    Self = self(),
    t("send_after pid", fun() -> shape(timer:send_after(20, Self, tick)) end),
    t("arrives", fun() -> receive tick -> tick after 1000 -> none end end),
    t("send_after/2", fun() -> shape(timer:send_after(10, tock)) end),
    t("arrives", fun() -> receive tock -> tock after 1000 -> none end end),
    t("send_after 0 pid", fun() -> shape(timer:send_after(0, Self, zero)) end),
    t("already there", fun() -> receive zero -> zero after 0 -> none end end),
    register(tb_name, Self),
    t("send_after 0 name", fun() -> shape(timer:send_after(0, tb_name, named)) end),
    t("already there", fun() -> receive named -> named after 0 -> none end end),
    t("send_after 0 {name, node}", fun() -> shape(timer:send_after(0, {tb_name, node()}, remote_form)) end),
    t("already there", fun() -> receive remote_form -> remote_form after 0 -> none end end),
    t("send_after 0 unregistered name", fun() -> timer:send_after(0, tb_nobody, x) end),
    {ok, T1} = timer:send_after(5000, Self, never),
    t("cancel send_local", fun() -> timer:cancel(T1) end),
    t("cancel again", fun() -> timer:cancel(T1) end),
    {ok, T2} = timer:send_after(0, Self, instant),
    t("cancel instant", fun() -> timer:cancel(T2) end),
    t("instant delivered anyway", fun() -> receive instant -> instant after 0 -> none end end),
    t("cancel bad", fun() -> timer:cancel(not_a_tref) end),
    t("cancel bad ref", fun() -> timer:cancel({send_local, not_a_ref}) end),
    t("send_after negative", fun() -> timer:send_after(-1, Self, x) end),
    t("send_after float", fun() -> timer:send_after(1.5, Self, x) end),
    t("send_after bad dest", fun() -> timer:send_after(10, "pid", x) end),
    t("send_after 0 bad dest", fun() -> timer:send_after(0, 42, x) end),
    t("apply_after 0", fun() -> shape(timer:apply_after(0, ?MODULE, note, [now])) end),
    t("applied in another process", fun() -> receive {noted, X} -> X after 1000 -> none end end),
    t("apply_after bad mfa", fun() -> timer:apply_after(10, ?MODULE, note, not_a_list) end),
    t("apply_after bad time", fun() -> timer:apply_after(-5, ?MODULE, note, []) end),
    t("send_interval bad", fun() -> timer:send_interval(-1, Self, x) end),
    t("apply_interval bad", fun() -> timer:apply_interval(10, m, f, x) end),
    t("tc/1", fun() -> {T, V} = timer:tc(fun() -> lists:seq(1, 5) end), {is_integer(T) andalso T >= 0, V} end),
    t("tc/2", fun() -> {_, V} = timer:tc(fun lists:seq/2, [1, 3]), V end),
    t("tc/3", fun() -> {_, V} = timer:tc(lists, max, [[3, 9, 2]]), V end),
    t("tc raises", fun() -> timer:tc(fun() -> error(inner) end) end),
    t("tc sleeps at least", fun() -> {T, ok} = timer:tc(timer, sleep, [20]), T >= 20000 end),
    t("sleep 0", fun() -> timer:sleep(0) end),
    t("sleep bad", fun() -> timer:sleep(-1) end),
    t("sleep atom", fun() -> timer:sleep(forever_not) end),
    t("conversions", fun() -> [timer:hms(0, 0, 1), timer:hours(1), timer:minutes(2), timer:seconds(3)] end),
    t("conversion bad", fun() -> timer:minutes(x) end),
    erlang_timers(Self),
    unregister(tb_name),
    p("leftover", flush()),
    ok.

erlang_timers(Self) ->
    t("send_after to name", fun() -> is_reference(erlang:send_after(10, tb_name, by_name)) end),
    t("arrives", fun() -> receive by_name -> by_name after 1000 -> none end end),
    t("send_after to unregistered name", fun() -> is_reference(erlang:send_after(10, tb_nobody, lost)) end),
    t("start_timer to name", fun() -> is_reference(erlang:start_timer(10, tb_name, st)) end),
    t("arrives", fun() -> receive {timeout, R, st} when is_reference(R) -> st after 1000 -> none end end),
    Now = erlang:monotonic_time(millisecond),
    t("absolute", fun() -> is_reference(erlang:send_after(Now + 20, Self, abs, [{abs, true}])) end),
    t("arrives", fun() -> receive abs -> erlang:monotonic_time(millisecond) >= Now + 20 after 1000 -> none end end),
    t("absolute false", fun() -> is_reference(erlang:start_timer(10, Self, rel, [{abs, false}])) end),
    t("arrives", fun() -> receive {timeout, _, rel} -> rel after 1000 -> none end end),
    t("negative relative", fun() -> erlang:send_after(-1, Self, x, [{abs, false}]) end),
    %% 20 ms apart: a timer set later but due less than the setting delay before could fire first.
    [erlang:send_after(T, Self, {order, T}) || T <- [100, 20, 60, 0, 40, 80]],
    t("fire in time order", fun() -> [receive {order, _} = M -> M after 1000 -> none end || _ <- lists:seq(1, 6)] end),
    [erlang:send_after(10, Self, {same, N}) || N <- lists:seq(1, 5)],
    t("same time: set order", fun() -> [receive {same, _} = M -> M after 1000 -> none end || _ <- lists:seq(1, 5)] end),
    Dead = spawn(fun() -> ok end),
    MonRef = monitor(process, Dead),
    receive {'DOWN', MonRef, _, _, _} -> ok end,
    TDead = erlang:send_after(5000, Dead, x),
    t("timer to dead pid is cancelled", fun() -> erlang:read_timer(TDead) end),
    Owner = spawn(fun() -> receive {set, From} -> From ! {tref, erlang:send_after(5000, From, from_dead_owner)} end end),
    Owner ! {set, Self},
    TOwned = receive {tref, R} -> R end,
    timer:sleep(10),
    t("timer outlives its setter", fun() -> is_integer(erlang:read_timer(TOwned)) end),
    t("cancel it", fun() -> is_integer(erlang:cancel_timer(TOwned)) end),
    t("receive after 0", fun() -> receive nothing -> x after 0 -> timeout end end),
    t("receive after bad", fun() -> receive nothing -> x after id(-1) -> timeout end end),
    t("receive after atom", fun() -> receive nothing -> x after id(soon) -> timeout end end),
    t("receive after infinity with message", fun() -> Self ! here, receive here -> here after infinity -> timeout end end),
    t("time units", fun() -> [erlang:convert_time_unit(1, second, U) || U <- [millisecond, microsecond, nanosecond, native]] =/= [] end),
    t("convert bad unit", fun() -> erlang:convert_time_unit(1, second, fortnight) end),
    t("monotonic never goes back", fun() -> A = erlang:monotonic_time(), B = erlang:monotonic_time(), B >= A end),
    t("system_time consistent", fun() -> abs(erlang:system_time(second) - os:system_time(second)) =< 1 end),
    t("time_offset unit", fun() -> is_integer(erlang:time_offset(millisecond)) end).
