-module(boot_timer).
-export([main/0, note/1]).

%% timer's timer_server functions on the real kernel: apply_after, apply_interval,
%% send_after to names, send_interval (and its end when the linked process
%% dies), cancel of each, exit_after and kill_after, and their badarg answers.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

shape({ok, {Kind, Ref}}) when is_reference(Ref) -> {ok, {Kind, ref}};
shape({ok, {Kind, {Ref, _}}}) when is_reference(Ref) -> {ok, {Kind, ref}};
shape({ok, Tref}) -> {ok, element(1, Tref)};
shape(Other) -> Other.

note(X) -> bt_main ! {noted, X}.

%% What was noted within the next Ms milliseconds.
notes(Ms) -> notes_until(erlang:monotonic_time(millisecond) + Ms).

notes_until(Deadline) ->
    Left = max(0, Deadline - erlang:monotonic_time(millisecond)),
    receive {noted, X} -> [X | notes_until(Deadline)] after Left -> [] end.

forward() ->
    receive
        stop -> ok;
        M -> bt_main ! M, forward()
    end.

main() ->
    register(bt_main, self()),
    Self = self(),
    p("apply_after", shape(timer:apply_after(20, ?MODULE, note, [after20]))),
    p("applied", notes(200)),
    {ok, T1} = timer:apply_after(5000, ?MODULE, note, [never]),
    p("cancel apply_after", timer:cancel(T1)),
    p("cancel again", timer:cancel(T1)),
    p("nothing", notes(50)),
    p("send_after to name", shape(timer:send_after(10, bt_main, {noted, by_name}))),
    p("arrives", notes(200)),
    p("send_after to {name, node}", shape(timer:send_after(10, {bt_main, node()}, {noted, by_remote_form}))),
    p("arrives", notes(200)),
    p("send_after to unregistered name", shape(timer:send_after(10, bt_nobody, x))),
    {ok, I1} = timer:send_interval(20, {noted, tick}),
    Ticks = notes(110),
    p("send_interval ticks (4 or 5)", length(Ticks) >= 4 andalso length(Ticks) =< 6),
    p("cancel interval", timer:cancel(I1)),
    notes(40),
    p("no ticks after cancel", notes(60)),
    {ok, I2} = timer:apply_interval(20, ?MODULE, note, [itick]),
    Ticks2 = notes(110),
    p("apply_interval ticks", length(Ticks2) >= 4 andalso length(Ticks2) =< 6),
    p("cancel apply_interval", timer:cancel(I2)),
    notes(40),
    p("no ticks after cancel", notes(60)),
    Owner = spawn(fun() -> {ok, _} = timer:send_interval(10, {noted, owned}), forward() end),
    timer:sleep(45),
    Owner ! stop,
    notes(30),
    p("interval ends with its linked process", notes(60)),
    p("interval to a dead pid", shape(timer:send_interval(10, Owner, x))),
    {ok, I4} = timer:send_interval(1000, bt_main, x),
    p("send_interval to name", {shape({ok, I4}), timer:cancel(I4)}),
    {ok, I5} = timer:send_interval(1000, x),
    p("send_interval/2", {shape({ok, I5}), timer:cancel(I5)}),
    Victim = spawn(fun() -> process_flag(trap_exit, true), receive {'EXIT', _, R} -> bt_main ! {noted, {victim_got, R}} end end),
    p("exit_after", shape(timer:exit_after(10, Victim, bye))),
    p("exit signal", notes(200)),
    Victim2 = spawn(fun() -> process_flag(trap_exit, true), receive _ -> ok end end),
    Mon = monitor(process, Victim2),
    p("kill_after", shape(timer:kill_after(10, Victim2))),
    p("killed", receive {'DOWN', Mon, _, _, R2} -> R2 after 1000 -> none end),
    Victim3 = spawn(fun() -> receive _ -> ok end end),
    Mon3 = monitor(process, Victim3),
    {ok, K} = timer:kill_after(50, Victim3),
    p("cancel kill_after", timer:cancel(K)),
    p("survives", receive {'DOWN', Mon3, _, _, _} -> died after 100 -> alive end),
    exit(Victim3, kill),
    p("exit_after/2 from a process", begin
        P = spawn(fun() -> timer:exit_after(10, self_exit), receive after 1000 -> ok end end),
        M = monitor(process, P),
        receive {'DOWN', M, _, _, R3} -> R3 after 1000 -> none end
    end),
    p("apply_after bad args", [timer:apply_after(10, m, f, x), timer:apply_after(-1, m, f, []), timer:apply_after(a, m, f, [])]),
    p("send_interval bad", [timer:send_interval(-1, Self, x), timer:send_interval(10, "x", x)]),
    p("cancel bad", timer:cancel(not_a_tref)),
    p("cancel bad interval tref", timer:cancel({interval, make_ref()})),
    p("apply_after 0 through timer", shape(timer:apply_after(0, ?MODULE, note, [zero]))),
    p("applied", notes(200)),
    p("timer_server running", is_pid(whereis(timer_server))),
    unregister(bt_main),
    ok.
