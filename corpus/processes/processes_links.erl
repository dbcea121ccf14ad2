-module(processes_links).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% Spawns Fun in a process that first sets trap_exit to Trap, and returns {Pid, MonitorRef} once
%% the flag is set.
start(Trap, Fun) ->
    Self = self(),
    {Pid, Ref} = spawn_monitor(fun() -> process_flag(trap_exit, Trap), Self ! {ready, self()}, Fun() end),
    receive {ready, Pid} -> {Pid, Ref} end.

%% A process that waits for one message, then exits with {exit, R}'s R or normally.
waiter(Trap) ->
    start(Trap, fun() -> receive {exit, R} -> exit(R); stop -> ok end end).

reason({Pid, Ref}) ->
    receive {'DOWN', Ref, process, Pid, R} -> R after 5000 -> timeout end.

%% Whether the process is still alive once the signals sent to it have surely been handled.
alive_later({Pid, Ref}) ->
    receive {'DOWN', Ref, process, Pid, R} -> {dead, R} after 100 -> alive end.

dead_pid() ->
    {P, R} = spawn_monitor(fun() -> ok end),
    reason({P, R}),
    P.

flush() ->
    receive M -> [M | flush()] after 50 -> [] end.

main() ->
    Self = self(),
    %% exit/2 on a process that does not trap
    {A, _} = WA = waiter(false), exit(A, normal), ?T(exit_normal_ignored, alive_later(WA)),
    exit(A, bye), ?T(exit_reason_kills, reason(WA)),
    {B, _} = WB = waiter(false), exit(B, kill), ?T(exit_kill, reason(WB)),
    %% exit/2 on a process that traps: a message, except kill
    {C, _} = WC = start(true, fun() ->
                                      receive M -> Self ! {c_got, M} end,
                                      receive M2 -> Self ! {c_got, M2} end,
                                      receive stop -> ok end
                              end),
    exit(C, normal), exit(C, {some, reason}),
    ?T(trapped_normal, receive {c_got, {'EXIT', Self, normal}} -> ok after 5000 -> timeout end),
    ?T(trapped_reason, receive {c_got, {'EXIT', Self, R1}} -> R1 after 5000 -> timeout end),
    exit(C, kill), ?T(trapped_kill, reason(WC)),
    ?T(exit_bad_pid, exit(id(not_a_pid), x)),
    ?T(exit_dead_pid, exit(dead_pid(), x)),
    ?T(exit_tuple_dest, exit(id({a, b}), x)),
    %% links: a non-trapping linked process dies with the reason, but not for normal
    {D1, _} = WD1 = waiter(false), {D2, _} = WD2 = waiter(false),
    spawn(fun() -> link(D1), link(D2), exit(crash) end),
    ?T(linked_dies_with_reason, {reason(WD1), reason(WD2)}),
    {E1, _} = WE1 = waiter(false),
    spawn(fun() -> link(E1) end),
    ?T(linked_survives_normal, alive_later(WE1)),
    E1 ! stop,
    ?T(stopped, reason(WE1)),
    %% kill as an exit reason travels along links as plain kill; kill by exit/2 is killed
    {F1, _} = WF1 = waiter(false),
    WF2 = start(false, fun() -> link(F1), Self ! linked, receive go -> exit(kill) end end),
    receive linked -> ok end,
    element(1, WF2) ! go,
    ?T(kill_reason_along_link, {reason(WF2), reason(WF1)}),
    {G1, _} = WG1 = waiter(false),
    {G2, _} = WG2 = start(false, fun() -> link(G1), Self ! linked, receive _ -> ok end end),
    receive linked -> ok end,
    exit(G2, kill),
    ?T(killed_along_link, {reason(WG2), reason(WG1)}),
    %% trapping: exits from links arrive as messages
    process_flag(trap_exit, true),
    H = spawn_link(fun() -> exit(going) end),
    ?T(trap_link_exit, receive {'EXIT', H, R2} -> R2 after 5000 -> timeout end),
    H2 = spawn_link(fun() -> ok end),
    ?T(trap_link_normal, receive {'EXIT', H2, R3} -> R3 after 5000 -> timeout end),
    H3 = spawn_link(fun() -> receive _ -> ok end end),
    exit(H3, kill),
    ?T(trap_link_killed, receive {'EXIT', H3, R4} -> R4 after 5000 -> timeout end),
    %% link to a process that does not exist
    Dead = dead_pid(),
    ?T(link_dead_trapping, link(Dead)),
    ?T(link_dead_message, receive {'EXIT', Dead, R5} -> R5 after 5000 -> timeout end),
    process_flag(trap_exit, false),
    ?T(link_dead_not_trapping, link(Dead)),
    ?T(link_self, link(self())),
    ?T(link_bad, link(id(not_a_pid))),
    ?T(unlink_bad, unlink(id(not_a_pid))),
    ?T(unlink_dead, unlink(Dead)),
    {NL, _} = WNL = waiter(false),
    ?T(unlink_not_linked, unlink(NL)),
    NL ! stop,
    ?T(stopped, reason(WNL)),
    %% unlink stops the exit signal
    process_flag(trap_exit, true),
    {I, _} = WI = start(false, fun() -> receive go -> exit(late) end end),
    link(I), unlink(I), I ! go,
    ?T(unlinked_no_exit, {reason(WI), flush()}),
    %% link is idempotent: one exit message only
    {J, _} = WJ = start(false, fun() -> receive go -> exit(once) end end),
    link(J), link(J), J ! go,
    ?T(double_link_one_exit, {reason(WJ), [R || {'EXIT', P, R} <- flush(), P =:= J]}),
    %% exit/2 to oneself
    ?T(exit_self_normal_trapping, begin exit(self(), normal),
                                   receive {'EXIT', Self, normal} -> message after 1000 -> none end end),
    process_flag(trap_exit, false),
    WK = start(false, fun() -> exit(self(), normal), Self ! still_here end),
    ?T(exit_self_normal, {reason(WK), flush()}),
    WL = start(true, fun() -> exit(self(), kill), Self ! still_here end),
    ?T(exit_self_kill_trapping, {reason(WL), flush()}),
    WM = start(false, fun() -> exit(self(), my_reason), Self ! still_here end),
    ?T(exit_self_reason, {reason(WM), flush()}),
    %% links appear in process_info
    {N, _} = waiter(false),
    link(N),
    {links, Mine} = process_info(self(), links),
    ?T(links_info, {lists:member(N, Mine), process_info(N, links) =:= {links, [self()]}}),
    unlink(N),
    timer:sleep(10),
    {links, Mine2} = process_info(self(), links),
    ?T(links_after_unlink, {lists:member(N, Mine2), process_info(N, links)}),
    N ! stop,
    %% a chain: an exit travels through non-trapping links and stops at a trapping one
    process_flag(trap_exit, true),
    Chain = spawn_link(fun() ->
                               P1 = spawn_link(fun() ->
                                                       P2 = spawn_link(fun() -> receive go -> exit(deep) end end),
                                                       Self ! {p2, P2, monitor(process, P2)},
                                                       receive never -> ok end
                                               end),
                               Self ! {p1, P1},
                               receive never -> ok end
                       end),
    P1 = receive {p1, X1} -> X1 end,
    M1 = monitor(process, P1),
    P2 = receive {p2, X2, _} -> X2 end,
    M2 = monitor(process, P2),
    P2 ! go,
    ?T(chain, {receive {'EXIT', Chain, RC} -> RC after 5000 -> timeout end,
               reason({P1, M1}), reason({P2, M2})}),
    ok.
