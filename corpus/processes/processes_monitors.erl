-module(processes_monitors).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% A process that waits for {exit, R} (exits with R) or stop (exits normally).
waiter() ->
    spawn(fun() -> receive {exit, R} -> exit(R); stop -> ok end end).

dead_pid() ->
    {P, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, P, _} -> P end.

flush() ->
    receive M -> [M | flush()] after 50 -> [] end.

%% The DOWN message for Ref, with the ref and pid replaced by markers that print the same everywhere.
down(Ref, Pid) ->
    receive
        {'DOWN', Ref, Type, Pid, R} -> {'DOWN', ref, Type, pid, R};
        {'DOWN', Ref, Type, Item, R} -> {'DOWN', ref, Type, Item, R}
    after 5000 -> timeout
    end.

main() ->
    A = waiter(),
    RA = monitor(process, A),
    A ! {exit, {shutdown, 1}},
    ?T(down_reason, down(RA, A)),
    B = waiter(),
    RB = monitor(process, B),
    B ! stop,
    ?T(down_normal, down(RB, B)),
    C = waiter(),
    RC = monitor(process, C),
    exit(C, kill),
    ?T(down_killed, down(RC, C)),
    Dead = dead_pid(),
    RD = monitor(process, Dead),
    ?T(down_noproc, down(RD, Dead)),
    ?T(monitor_is_ref, is_reference(RD)),
    %% two monitors on one process: two DOWN messages
    E = waiter(),
    RE1 = monitor(process, E), RE2 = monitor(process, E),
    ?T(two_refs_differ, RE1 =/= RE2),
    E ! {exit, twice},
    ?T(two_downs, {down(RE1, E), down(RE2, E)}),
    %% demonitor: no DOWN afterwards
    F = waiter(),
    RF = monitor(process, F),
    ?T(demonitor, demonitor(RF)),
    F ! {exit, unseen},
    timer:sleep(20),
    ?T(no_down_after_demonitor, flush()),
    ?T(demonitor_again, demonitor(RF)),
    ?T(demonitor_unknown, demonitor(make_ref())),
    ?T(demonitor_bad, demonitor(id(not_a_ref))),
    %% demonitor with info and flush
    G = waiter(),
    RG = monitor(process, G),
    ?T(demonitor_info_active, demonitor(RG, [info])),
    ?T(demonitor_info_gone, demonitor(RG, [info])),
    G ! stop,
    H = waiter(),
    RH = monitor(process, H),
    H ! stop,
    timer:sleep(20),
    ?T(demonitor_flush_info, demonitor(RH, [flush, info])),
    ?T(flushed, flush()),
    I = waiter(),
    RI = monitor(process, I),
    I ! stop,
    timer:sleep(20),
    ?T(demonitor_flush, demonitor(RI, [flush])),
    ?T(flushed_again, flush()),
    ?T(demonitor_bad_option, demonitor(make_ref(), [id(bogus)])),
    ?T(demonitor_improper_options, demonitor(make_ref(), id([flush | info]))),
    %% by registered name
    J = waiter(),
    register(processes_monitors_j, J),
    RJ = monitor(process, processes_monitors_j),
    J ! {exit, named},
    ?T(down_by_name, down(RJ, J)),
    RN = monitor(process, processes_monitors_nobody),
    ?T(down_by_unknown_name, down(RN, none)),
    K = waiter(),
    register(processes_monitors_k, K),
    RK = monitor(process, {processes_monitors_k, node()}),
    K ! stop,
    ?T(down_by_name_node, down(RK, K)),
    ?T(monitor_bad_type, monitor(id(proc), self())),
    ?T(monitor_bad_item, monitor(process, id("name"))),
    ?T(monitor_bad_tuple, monitor(process, id({a, b, c}))),
    %% monitored_by and monitors in process_info
    L = waiter(),
    RL = monitor(process, L),
    {monitors, Ms} = process_info(self(), monitors),
    ?T(info_monitors, lists:member({process, L}, Ms)),
    ?T(info_monitored_by, process_info(L, monitored_by) =:= {monitored_by, [self()]}),
    demonitor(RL),
    timer:sleep(10),
    ?T(info_after_demonitor, process_info(L, monitored_by)),
    L ! stop,
    %% a process that exits tells its monitors and not the monitors it held
    Watcher = spawn(fun() -> monitor(process, self()), receive stop -> ok end end),
    ?T(self_monitor_no_down, begin Watcher ! stop, timer:sleep(20), flush() end),
    %% monitor options (OTP 24+): alias and tag
    {M1, R1} = spawn_monitor(fun() -> receive _ -> ok end end),
    exit(M1, kill),
    ?T(spawn_monitor_down, down(R1, M1)),
    N = waiter(),
    RT = monitor(process, N, [{tag, my_tag}]),
    N ! {exit, tagged},
    ?T(tagged_down, receive {my_tag, RT, process, N, Why} -> {my_tag, Why} after 5000 -> timeout end),
    ?T(monitor_bad_option, monitor(process, self(), [id(bogus)])),
    ?T(monitor_bad_alias, monitor(process, self(), [{alias, id(sometimes)}])),
    %% a monitor's alias: replies through it arrive until the monitor goes
    Srv = spawn(fun Loop() -> receive {req, From, X} -> From ! {X, done}, Loop(); stop -> ok end end),
    RS = monitor(process, Srv, [{alias, demonitor}]),
    Srv ! {req, RS, one},
    ?T(alias_reply, receive {one, done} -> got after 5000 -> timeout end),
    demonitor(RS, [flush]),
    Srv ! {req, RS, two},
    ?T(alias_after_demonitor, receive {two, done} -> got after 200 -> dropped end),
    RS2 = monitor(process, Srv, [{alias, reply_demonitor}]),
    Srv ! {req, RS2, three}, Srv ! {req, RS2, four},
    ?T(reply_demonitor, [X || {X, done} <- flush()]),
    Srv ! stop,
    ?T(reply_demonitor_no_down, receive {'DOWN', RS2, _, _, _} -> down after 200 -> none end),
    ok.
