%% erlang:suspend_process/1,2 and resume_process/1: a suspended process runs no code until every
%% suspension is undone; suspensions nest per suspender; options, errors, exits while suspended,
%% and a suspender's suspensions ending with it.
-module(erlang_suspend).
-export([main/0]).

-define(T(E), show(??E, fun() -> E end)).

show(Text, F) ->
    R = try {ok, F()} catch C:E -> {C, E} end,
    io:format("~s -> ~0p~n", [Text, R]).

main() ->
    errors(),
    nesting(),
    does_not_run(),
    asynchronous(),
    exits(),
    suspender_exits(),
    stress(),
    ok.

sleeper() -> spawn(fun() -> receive stop -> ok end end).

errors() ->
    P = sleeper(),
    ?T(erlang:suspend_process(self())),
    ?T(erlang:suspend_process(self(), [])),
    ?T(erlang:suspend_process(foo)),
    ?T(erlang:suspend_process(P, [bad])),
    ?T(erlang:suspend_process(P, bad)),
    ?T(erlang:suspend_process(P, [unless_suspending | x])),
    ?T(erlang:suspend_process(P, [{asynchronous}])),
    ?T(erlang:resume_process(P)),
    ?T(erlang:resume_process(self())),
    ?T(erlang:resume_process(foo)),
    ?T(erlang:resume_process(list_to_pid("<0." ++ "9999.0>"))),
    exit(P, kill).

nesting() ->
    P = sleeper(),
    timer:sleep(10),
    ?T(process_info(P, status)),
    ?T(erlang:suspend_process(P)),
    ?T(process_info(P, status)),
    ?T(erlang:suspend_process(P, [unless_suspending])),
    ?T(erlang:suspend_process(P, [])),
    ?T(erlang:resume_process(P)),
    ?T(process_info(P, status)),
    ?T(erlang:resume_process(P)),
    ?T(process_info(P, status)),
    ?T(erlang:resume_process(P)),
    ?T(erlang:suspend_process(P, [unless_suspending])),
    ?T(erlang:resume_process(P)),
    P ! stop,
    ok.

%% A counter process that reports when asked, and counts forever otherwise.
counter(N) ->
    receive
        {get, From} -> From ! {count, N}, counter(N + 1)
    after 0 -> counter(N + 1)
    end.

does_not_run() ->
    Me = self(),
    P = spawn(fun() -> counter(0) end),
    timer:sleep(10),
    ?T(erlang:suspend_process(P)),
    ?T(process_info(P, status)),
    P ! {get, Me},
    ?T(receive {count, _} -> ran after 100 -> suspended end),
    ?T(process_info(P, message_queue_len)),
    {reductions, R1} = process_info(P, reductions),
    timer:sleep(30),
    {reductions, R2} = process_info(P, reductions),
    ?T(R1 =:= R2),
    ?T(erlang:resume_process(P)),
    ?T(receive {count, C} when is_integer(C) -> ran after 1000 -> suspended end),
    %% A receive with a timeout that expires while suspended: the message that came first wins.
    Q = spawn(fun() -> receive M -> Me ! {got, M} after 50 -> Me ! timeout end end),
    ?T(erlang:suspend_process(Q)),
    Q ! hello,
    timer:sleep(100),
    ?T(erlang:resume_process(Q)),
    ?T(receive X -> X after 1000 -> none end),
    exit(P, kill).

asynchronous() ->
    P = sleeper(),
    ?T(erlang:suspend_process(P, [asynchronous])),
    ?T(erlang:suspend_process(P, [{asynchronous, tag}])),
    ?T(receive {tag, _} = M -> M after 1000 -> none end),
    ?T(process_info(P, status)),
    ?T(erlang:resume_process(P)),
    ?T(erlang:resume_process(P)),
    ?T(erlang:resume_process(P)),
    exit(P, kill),
    timer:sleep(10),
    ?T(erlang:suspend_process(P, [{asynchronous, t2}])),
    ?T(receive {t2, _} = M2 -> M2 after 1000 -> none end),
    ?T(erlang:suspend_process(P, [asynchronous])),
    ?T(erlang:suspend_process(P)),
    ?T(erlang:suspend_process(P, [])),
    ?T(erlang:resume_process(P)).

exits() ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive stop -> ok end end),
    ?T(erlang:suspend_process(P)),
    P ! stop,
    ?T(process_info(P, [status, message_queue_len])),
    exit(P, shutdown),
    ?T(receive {'EXIT', P, R} -> R after 1000 -> none end),
    ?T(is_process_alive(P)),
    ?T(erlang:resume_process(P)),
    Q = spawn(fun() -> receive stop -> ok end end),
    ?T(erlang:suspend_process(Q)),
    Ref = monitor(process, Q),
    exit(Q, kill),
    ?T(receive {'DOWN', Ref, process, Q, R2} -> R2 after 1000 -> none end),
    process_flag(trap_exit, false).

suspender_exits() ->
    Me = self(),
    P = sleeper(),
    S = spawn(fun() ->
                      true = erlang:suspend_process(P),
                      true = erlang:suspend_process(P),
                      Me ! suspended,
                      receive stop -> ok end
              end),
    receive suspended -> ok end,
    ?T(process_info(P, status)),
    ?T(erlang:resume_process(P)),
    Ref = monitor(process, S),
    S ! stop,
    receive {'DOWN', Ref, process, S, normal} -> ok end,
    wait_until(fun() -> process_info(P, status) =:= {status, waiting} end),
    ?T(process_info(P, status)),
    P ! stop.

wait_until(F) ->
    case F() of
        true -> ok;
        false -> timer:sleep(5), wait_until(F)
    end.

%% Many rounds against a process that never stops running: once suspend_process/1 has
%% answered, it runs no more (its reductions stand still), and several suspenders nest.
stress() ->
    Me = self(),
    C = spawn(fun() -> counter(0) end),
    Rounds = [begin
                  true = erlang:suspend_process(C),
                  {reductions, R1} = process_info(C, reductions),
                  [erlang:yield() || _ <- lists:seq(1, 5)],
                  {reductions, R2} = process_info(C, reductions),
                  true = erlang:resume_process(C),
                  R1 =:= R2
              end || _ <- lists:seq(1, 300)],
    ?T(lists:usort(Rounds)),
    Suspenders = [spawn(fun() ->
                                true = erlang:suspend_process(C),
                                Me ! {suspended, self()},
                                receive resume -> true = erlang:resume_process(C) end,
                                Me ! {resumed, self()}
                        end) || _ <- lists:seq(1, 5)],
    [receive {suspended, S} -> ok end || S <- Suspenders],
    ?T(process_info(C, status)),
    [begin S ! resume, receive {resumed, S} -> ok end end || S <- lists:droplast(Suspenders)],
    ?T(process_info(C, status)),
    lists:last(Suspenders) ! resume,
    receive {resumed, _} -> ok end,
    C ! {get, Me},
    ?T(receive {count, N} when is_integer(N) -> ran after 1000 -> suspended end),
    exit(C, kill).
