-module(processes_hibernate).
-export([main/0, wake/1, wake_more/1, wake_state/1, report/1, wake_exit/1, id/1, cycle_wake/2]).

cycle_wake(Parent, Count) -> cycle(Parent, Count).

id(X) -> X.

wake(Parent) ->
    receive Msg -> Parent ! {woke, Msg} end,
    erlang:hibernate(?MODULE, wake_more, [Parent]).

wake_more(Parent) ->
    receive Msg -> Parent ! {woke_again, Msg, process_info(self(), message_queue_len)} end.

%% Reports the state that hibernation keeps: dictionary, flags, name.
wake_state(Parent) ->
    receive M ->
        Parent ! {state, M, get(key), process_flag(trap_exit, false), process_info(self(), registered_name)}
    end.

%% Woken, reports what is queued (the message that woke it stays queued).
report(Parent) ->
    Parent ! {report, process_info(self(), [message_queue_len, status])}.

wake_exit(Parent) ->
    receive M -> Parent ! {got, M}, exit(M) end.

main() ->
    Self = self(),
    P = spawn(fun() -> erlang:hibernate(?MODULE, wake, [Self]) end),
    timer:sleep(20),
    io:format("alive while hibernating: ~p~n", [is_process_alive(P)]),
    P ! hello,
    io:format("~p~n", [receive M -> M after 2000 -> timeout end]),
    P ! again,
    io:format("~p~n", [receive M2 -> M2 after 2000 -> timeout end]),
    %% a message already queued wakes it at once
    Q = spawn(fun() -> Self ! ready, receive go -> ok end,
                       erlang:hibernate(?MODULE, wake, [Self]) end),
    receive ready -> ok end,
    Q ! go, Q ! queued,
    io:format("~p~n", [receive M3 -> M3 after 2000 -> timeout end]),
    Q ! stop,
    %% bad arguments raise before anything is dropped
    spawn(fun() -> Self ! {bad_args, catch erlang:hibernate(?MODULE, wake, not_a_list)} end),
    io:format("~p~n", [receive {bad_args, {'EXIT', {Why, _}}} -> Why after 2000 -> timeout end]),
    %% hibernate drops the stack: the catch around it is gone when the process wakes
    {H, HR} = spawn_monitor(fun() -> catch erlang:hibernate(erlang, exit, [woken]), exit(not_here) end),
    timer:sleep(20),
    H ! wake_up,
    io:format("~p~n", [receive {'DOWN', HR, process, H, W} -> W after 2000 -> timeout end]),
    %% while hibernating: waiting in erlang:hibernate/3
    I = spawn(fun() -> erlang:hibernate(?MODULE, wake, [Self]) end),
    timer:sleep(20),
    io:format("info: ~p~n", [process_info(I, [current_function, status, message_queue_len])]),
    I ! done,
    receive {woke, done} -> ok end,
    %% bad module, function or arguments
    [io:format("bad ~p: ~p~n", [Args, try apply(erlang, hibernate, Args) catch C:E -> {C, E} end])
     || Args <- [[1, a, []], [a, 1, []], [a, b, [x | y]], [a, b, id(c)], ["m", f, []]]],
    %% the dictionary, flags and name survive; the stack does not
    S = spawn(fun() ->
                  put(key, kept),
                  process_flag(trap_exit, true),
                  register(processes_hibernate_s, self()),
                  erlang:hibernate(?MODULE, wake_state, [Self])
              end),
    timer:sleep(20),
    processes_hibernate_s ! by_name,
    io:format("state: ~p~n", [receive {state, _, _, _, _} = St -> St after 2000 -> timeout end]),
    io:format("name gone: ~p~n", [begin timer:sleep(20), whereis(processes_hibernate_s) end]),
    _ = S,
    %% woken into a function that does not receive: the message stays queued
    {R, RR} = spawn_monitor(fun() -> erlang:hibernate(?MODULE, report, [Self]) end),
    timer:sleep(20),
    R ! poke,
    io:format("~p~n", [receive {report, Rep} -> Rep after 2000 -> timeout end]),
    io:format("report exit: ~p~n", [receive {'DOWN', RR, process, R, W1} -> W1 after 2000 -> timeout end]),
    %% exit signals reach a hibernating process as any other
    {X, XR} = spawn_monitor(fun() -> erlang:hibernate(?MODULE, wake_exit, [Self]) end),
    timer:sleep(20),
    exit(X, normal),
    X ! bye,
    io:format("normal signal ignored: ~p~n", [receive {got, G} -> G after 2000 -> timeout end]),
    io:format("then: ~p~n", [receive {'DOWN', XR, process, X, W2} -> W2 after 2000 -> timeout end]),
    {Y, YR} = spawn_monitor(fun() -> erlang:hibernate(?MODULE, wake_exit, [Self]) end),
    timer:sleep(20),
    exit(Y, stopped),
    io:format("exit signal: ~p~n", [receive {'DOWN', YR, process, Y, W3} -> W3 after 2000 -> timeout end]),
    {K, KR} = spawn_monitor(fun() -> process_flag(trap_exit, true), erlang:hibernate(?MODULE, wake_exit, [Self]) end),
    timer:sleep(20),
    exit(K, kill),
    io:format("kill: ~p~n", [receive {'DOWN', KR, process, K, W4} -> W4 after 2000 -> timeout end]),
    %% a trapped exit, a 'DOWN' and a timer message each wake it
    T = spawn(fun() -> process_flag(trap_exit, true), erlang:hibernate(?MODULE, wake, [Self]) end),
    timer:sleep(20),
    exit(T, please),
    io:format("trapped exit wakes: ~p~n", [receive {woke, {'EXIT', Self, TW}} -> TW after 2000 -> timeout end]),
    Target = spawn(fun() -> receive stop -> ok end end),
    D = spawn(fun() -> monitor(process, Target), erlang:hibernate(?MODULE, wake, [Self]) end),
    timer:sleep(20),
    Target ! stop,
    io:format("down wakes: ~p~n", [receive {woke, {'DOWN', _, process, Target, DW}} -> DW after 2000 -> timeout end]),
    _ = D,
    spawn(fun() -> erlang:send_after(30, self(), tick), erlang:hibernate(?MODULE, wake, [Self]) end),
    io:format("timer wakes: ~p~n", [receive {woke, tick} -> tick after 2000 -> timeout end]),
    %% many hibernate/wake cycles in one process
    C = spawn(fun() -> cycle(Self, 0) end),
    [begin C ! {n, N}, receive {cycled, N} -> ok end end || N <- lists:seq(1, 200)],
    C ! stop,
    io:format("cycles: ~p~n", [receive {cycle_done, Cn} -> Cn after 2000 -> timeout end]),
    ok.

cycle(Parent, Count) ->
    receive
        {n, N} -> Parent ! {cycled, N}, erlang:hibernate(?MODULE, cycle_wake, [Parent, Count + 1]);
        stop -> Parent ! {cycle_done, Count}
    end.
