-module(processes_spawn).
-export([main/0, id/1, child/2, echo/0]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% Reports its arguments and whether self() is a fresh pid, then returns.
child(Parent, Tag) ->
    Parent ! {Tag, self(), is_pid(self()), self() =/= Parent}.

echo() ->
    receive
        {From, Msg} -> From ! {self(), Msg}, echo();
        stop -> ok
    end.

await(Pid) ->
    receive {'DOWN', _, process, Pid, Reason} -> Reason after 5000 -> timeout end.

main() ->
    Self = self(),
    P1 = spawn(?MODULE, child, [Self, mfa]),
    ?T(spawn_mfa, receive {mfa, P1, IsPid, Fresh} -> {IsPid, Fresh} after 5000 -> timeout end),
    P2 = spawn(fun() -> Self ! {fun0, self()} end),
    ?T(spawn_fun, receive {fun0, P2} -> ok after 5000 -> timeout end),
    ?T(spawn_not_fun, spawn(id(not_a_fun))),
    ?T(spawn_bad_module, spawn(id("m"), f, [])),
    ?T(spawn_bad_args, spawn(?MODULE, child, id(not_a_list))),
    ?T(spawn_improper_args, spawn(?MODULE, child, id([a | b]))),
    E = spawn(?MODULE, echo, []),
    E ! {self(), hello},
    ?T(echo, receive {E, M} -> M after 5000 -> timeout end),
    Ms = [begin E ! {self(), N}, receive {E, R} -> R end end || N <- lists:seq(1, 100)],
    ?T(echo_order, Ms =:= lists:seq(1, 100)),
    ?T(alive_before, is_process_alive(E)),
    Ref = monitor(process, E),
    E ! stop,
    ?T(echo_exit, await(E)),
    demonitor(Ref, [flush]),
    ?T(alive_after, is_process_alive(E)),
    ?T(alive_bad, is_process_alive(id(self_atom))),
    ?T(alive_self, is_process_alive(self())),
    {P3, R3} = spawn_monitor(fun() -> exit(done) end),
    ?T(spawn_monitor, receive {'DOWN', R3, process, P3, Why} -> Why after 5000 -> timeout end),
    {P4, R4} = spawn_monitor(?MODULE, child, [Self, sm]),
    ?T(spawn_monitor_mfa, {receive {sm, P4, _, _} -> got end, await(P4) =:= normal, is_reference(R4)}),
    ?T(spawn_monitor_bad, spawn_monitor(id(notfun))),
    ?T(spawn_monitor_arity, spawn_monitor(id(fun(_) -> ok end))),
    P5 = spawn_opt(fun() -> Self ! {opt, process_flag(priority, normal)} end, [{priority, high}]),
    ?T(spawn_opt_priority, receive {opt, Prio} -> {P5 =/= self(), Prio} after 5000 -> timeout end),
    {P6, R6} = spawn_opt(fun() -> exit(bye) end, [monitor]),
    ?T(spawn_opt_monitor, receive {'DOWN', R6, process, P6, W6} -> W6 after 5000 -> timeout end),
    {P7, R7} = spawn_opt(?MODULE, child, [Self, opt7], [monitor, {min_heap_size, 1000},
                                                         {fullsweep_after, 10},
                                                         {message_queue_data, off_heap}]),
    ?T(spawn_opt_mfa, {receive {opt7, P7, _, _} -> got end, await(P7)}),
    demonitor(R7, [flush]),
    ?T(spawn_opt_bad_option, spawn_opt(fun() -> ok end, [id(bogus)])),
    ?T(spawn_opt_bad_priority, spawn_opt(fun() -> ok end, [{priority, id(urgent)}])),
    ?T(spawn_opt_improper, spawn_opt(fun() -> ok end, id([link | monitor]))),
    process_flag(trap_exit, true),
    P8 = spawn_opt(fun() -> exit(linked_bye) end, [link]),
    ?T(spawn_opt_link, receive {'EXIT', P8, W8} -> W8 after 5000 -> timeout end),
    P9 = spawn_link(fun() -> ok end),
    ?T(spawn_link_normal, receive {'EXIT', P9, W9} -> W9 after 5000 -> timeout end),
    P10 = spawn_link(?MODULE, child, [Self, sl]),
    ?T(spawn_link_mfa, {receive {sl, P10, _, _} -> got end,
                        receive {'EXIT', P10, W10} -> W10 after 5000 -> timeout end}),
    %% (Processes that die of an error print a crash report, at a time erl does not fix: the
    %% crash_reports tests cover those; here the errors are caught or the exits are exit/1.)
    P11 = spawn_link(fun() -> exit(element(1, element(2, catch 1 = id(2)))) end),
    ?T(spawn_link_crash, receive {'EXIT', P11, W11} -> W11 after 5000 -> timeout end),
    spawn(fun() -> Self ! {undef, catch nonexistent_module_xyz:f()} end),
    ?T(spawn_undef, receive {undef, {'EXIT', {W12, [{M12, F12, A12, _} | _]}}} -> {W12, M12, F12, A12}
                    after 5000 -> timeout end),
    ?T(self_is_pid, is_pid(self())),
    ?T(node_of_pid, node(self()) =:= node()),
    Many = [spawn(fun() -> receive go -> Self ! {done, N} end end) || N <- lists:seq(1, 1000)],
    [P ! go || P <- Many],
    Done = [receive {done, N} -> N end || N <- lists:seq(1, 1000)],
    ?T(thousand, {length(Many), lists:sum(Done), length(lists:usort(Many))}),
    ok.
