-module(behaviours_proc_lib).
-export([main/0, starter/2, hib/1]).

%% proc_lib without crashes: spawn/spawn_link/spawn_opt of funs and MFAs (initial_call and
%% translate_initial_call, from erlang:fun_info_mfa for funs), start/start_link with init_ack
%% and their timeouts, hibernate, stop, and the '$ancestors'/'$initial_call' they keep.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

strip(T) when is_pid(T) -> pid;
strip(T) when is_tuple(T) -> list_to_tuple(strip(tuple_to_list(T)));
strip(T) when is_list(T) -> [strip(E) || E <- T];
strip(T) -> T.

starter(Parent, Mode) ->
    case Mode of
        ack -> proc_lib:init_ack(Parent, {ok, self()}), wait();
        ack_value -> proc_lib:init_ack({custom, ack}), wait();
        slow -> timer:sleep(300), proc_lib:init_ack(Parent, late);
        exit_normal -> exit(normal);
        no_ack -> wait()
    end.

wait() ->
    receive
        {From, info} ->
            From ! {info, proc_lib:initial_call(self()), proc_lib:translate_initial_call(self()),
                    [strip(X) || X <- get('$ancestors')], get('$initial_call')},
            wait();
        stop -> ok
    end.

hib(From) -> From ! {woke, self()}, wait().

ask(P) ->
    P ! {self(), info},
    receive {info, A, B, C, D} -> {A, B, C, D} after 1000 -> none end.

main() ->
    process_flag(trap_exit, true),
    Self = self(),
    X = 42,
    F = fun() -> _ = X, wait() end,
    p("fun_info_mfa", [erlang:fun_info_mfa(G) || G <- [F, fun(_, _) -> X end, fun lists:map/2, fun main/0]]),
    p("fun_info_mfa bad", try erlang:fun_info_mfa(not_a_fun) catch C:R -> {C, R} end),
    P1 = proc_lib:spawn(F),
    p("spawn fun", ask(P1)),
    P1 ! stop,
    P2 = proc_lib:spawn_link(?MODULE, starter, [Self, no_ack]),
    p("spawn_link mfa", ask(P2)),
    P2 ! stop,
    p("linked exit", receive {'EXIT', P2, R2} -> R2 after 1000 -> none end),
    P3 = proc_lib:spawn_opt(fun() -> wait() end, [link, {priority, low}]),
    p("spawn_opt", {ask(P3), process_info(P3, priority)}),
    P3 ! stop,
    receive {'EXIT', P3, _} -> ok end,
    {P4, M4} = proc_lib:spawn_opt(?MODULE, starter, [Self, no_ack], [monitor]),
    P4 ! stop,
    p("spawn_opt monitor", receive {'DOWN', M4, process, P4, R4} -> R4 after 1000 -> none end),
    p("start_link ack", strip(proc_lib:start_link(?MODULE, starter, [Self, ack]))),
    p("start ack value", proc_lib:start(?MODULE, starter, [Self, ack_value])),
    p("start timeout", proc_lib:start(?MODULE, starter, [Self, slow], 50)),
    p("start_link exits normal", proc_lib:start_link(?MODULE, starter, [Self, exit_normal])),
    {ok, P6} = proc_lib:start_link(?MODULE, starter, [Self, ack]),
    p("started info", ask(P6)),
    p("stop of a process that ignores system messages", try proc_lib:stop(P6, normal, 100) catch C6:R6 -> {C6, R6} end),
    P6 ! stop,
    p("exit", receive {'EXIT', P6, R7} -> R7 after 1000 -> none end),
    p("stop dead", try proc_lib:stop(P6) catch C8:R8 -> {C8, R8} end),
    P9 = proc_lib:spawn(fun() -> proc_lib:hibernate(?MODULE, hib, [Self]) end),
    timer:sleep(20),
    p("hibernating", process_info(P9, current_function)),
    P9 ! wake_up,
    p("woke", receive {woke, P9} -> yes after 1000 -> no end),
    P9 ! stop,
    p("initial_call of a plain process", proc_lib:initial_call(spawn(fun() -> ok end))),
    p("translate_initial_call of a dead one", proc_lib:translate_initial_call(P1)),
    p("leftover", strip(element(2, process_info(self(), messages)))),
    ok.
