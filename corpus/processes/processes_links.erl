-module(processes_links).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% A process that waits for one message and then exits with it as the reason.
waiter(Trap) ->
    spawn(fun() -> process_flag(trap_exit, Trap), receive {exit, R} -> exit(R); stop -> ok end end).

%% The exit reason of Pid, via a monitor.
reason(Pid) ->
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, R} -> R after 5000 -> timeout end.

%% Whether Pid is alive once the signals sent to it have surely been handled.
alive_later(Pid) ->
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, R} -> {dead, R} after 100 -> demonitor(Ref, [flush]), alive end.

dead_pid() ->
    P = spawn(fun() -> ok end),
    reason(P),
    P.

flush() ->
    receive M -> [M | flush()] after 50 -> [] end.

main() ->
    Self = self(),
    %% exit/2 on a process that does not trap
    A = waiter(false), exit(A, normal), ?T(exit_normal_ignored, alive_later(A)),
    exit(A, bye), ?T(exit_reason_kills, reason(A)),
    B = waiter(false), exit(B, kill), ?T(exit_kill, reason(B)),
    %% exit/2 on a process that traps: a message, except kill
    C = spawn(fun() -> process_flag(trap_exit, true),
                       receive M -> Self ! {c_got, M} end,
                       receive M2 -> Self ! {c_got, M2} end,
                       receive stop -> ok end end),
    exit(C, normal), exit(C, {some, reason}),
    ?T(trapped_normal, receive {c_got, {'EXIT', Self, normal}} -> ok after 5000 -> timeout end),
    ?T(trapped_reason, receive {c_got, {'EXIT', Self, R1}} -> R1 after 5000 -> timeout end),
    exit(C, kill), ?T(trapped_kill, reason(C)),
    ?T(exit_bad_pid, exit(id(not_a_pid), x)),
    ?T(exit_dead_pid, exit(dead_pid(), x)),
    ?T(exit_tuple_dest, exit(id({a, b}), x)),
    %% links: a non-trapping linked process dies with the reason, but not for normal
    D1 = waiter(false), D2 = waiter(false),
    spawn(fun() -> link(D1), link(D2), exit(crash) end),
    ?T(linked_dies_with_reason, {reason(D1), reason(D2)}),
    E1 = waiter(false),
    spawn(fun() -> link(E1) end),
    ?T(linked_survives_normal, alive_later(E1)),
    E1 ! stop,
    %% kill as an exit reason travels along links as plain kill; kill via exit/2 is killed
    F1 = waiter(false),
    F2 = spawn(fun() -> link(F1), receive go -> exit(kill) end end),
    reason(spawn(fun() -> ok end)),
    F2 ! go,
    ?T(kill_reason_along_link, {reason(F2), reason(F1)}),
    G1 = waiter(false),
    G2 = spawn(fun() -> link(G1), receive _ -> ok end end),
    timer:sleep(10),
    exit(G2, kill),
    ?T(killed_along_link, {reason(G2), reason(G1)}),
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
    ?T(unlink_not_linked, unlink(waiter(false))),
    %% unlink stops the exit signal
    process_flag(trap_exit, true),
    I = spawn(fun() -> receive go -> exit(late) end end),
    link(I), unlink(I), I ! go,
    ?T(unlinked_no_exit, {reason(I), flush()}),
    %% link is idempotent: one exit message only
    J = spawn(fun() -> receive go -> exit(once) end end),
    link(J), link(J), J ! go,
    ?T(double_link_one_exit, {reason(J), flush()}),
    %% exit/2 to oneself
    ?T(exit_self_normal_trapping, begin exit(self(), normal),
                                   receive {'EXIT', Self, normal} -> message after 1000 -> none end end),
    process_flag(trap_exit, false),
    K = spawn(fun() -> exit(self(), normal), Self ! still_here end),
    ?T(exit_self_normal, {reason(K), flush()}),
    L = spawn(fun() -> process_flag(trap_exit, true), exit(self(), kill), Self ! still_here end),
    ?T(exit_self_kill_trapping, {reason(L), flush()}),
    M = spawn(fun() -> exit(self(), my_reason), Self ! still_here end),
    ?T(exit_self_reason, {reason(M), flush()}),
    %% links appear in process_info
    N = waiter(false),
    link(N),
    ?T(links_info, {process_info(self(), links) =:= {links, [N]},
                    element(2, process_info(N, links)) =:= [self()]}),
    unlink(N),
    timer:sleep(10),
    ?T(links_after_unlink, {process_info(self(), links), element(2, process_info(N, links))}),
    N ! stop,
    %% a chain: exit propagates through non-trapping links, stops at a trapping one
    Top = self(),
    process_flag(trap_exit, true),
    Chain = spawn_link(fun() ->
                               P1 = spawn_link(fun() ->
                                                       P2 = spawn_link(fun() -> receive go -> exit(deep) end end),
                                                       Top ! {p2, P2},
                                                       receive never -> ok end
                                               end),
                               Top ! {p1, P1},
                               receive never -> ok end
                       end),
    P1 = receive {p1, X1} -> X1 end,
    P2 = receive {p2, X2} -> X2 end,
    P2 ! go,
    ?T(chain, {receive {'EXIT', Chain, RC} -> RC after 5000 -> timeout end,
               reason(P1), reason(P2)}),
    ok.
