%% Process benchmarks, run on erl (erl_main/1 prints the figures) and on jbeamjit (driven from
%% Java by ProcessBenchmarks, which measures the heap itself): memory per idle process, spawn
%% rate, message ring. Both VMs time spawning (until every new process waits in receive) and the
%% ring with the same code here.
%% main/1 is for `jbeamjit run +P ... proc_bench.erl live N': N processes alive at once.
-module(proc_bench).
-export([spawn_idle_timed/1, spawn_idle_micros/1, idle/0, stop_all/1, ring/2, ring_timed/2, erl_main/1, main/1]).

%% Spawns N processes that each wait in receive, and waits until no process is left to run
%% (every new one has reached its receive): returns {Microseconds, Pids}.
spawn_idle_timed(N) ->
    timer:tc(fun() -> Pids = spawn_idle(N, []), wait_run_queues_empty(), Pids end).

wait_run_queues_empty() ->
    case erlang:statistics(total_run_queue_lengths_all) of
        0 -> ok;
        _ -> timer:sleep(1), wait_run_queues_empty()
    end.

%% As spawn_idle_timed/1, returning only the time (the caller measures memory: no list of pids).
spawn_idle_micros(N) ->
    {Us, _} = spawn_idle_timed(N),
    Us.

spawn_idle(0, Acc) -> Acc;
spawn_idle(N, Acc) -> spawn_idle(N - 1, [spawn(?MODULE, idle, []) | Acc]).

idle() ->
    receive stop -> ok end.

stop_all(Pids) -> [P ! stop || P <- Pids], ok.

%% A ring of N processes; a token goes round Laps times (N * Laps messages). Returns when done.
ring(N, Laps) ->
    Self = self(),
    Nodes = [spawn(fun() -> receive {next, Next} -> ring_node(Next, Self) end end) || _ <- lists:seq(1, N)],
    [First | Rest] = Nodes,
    link_ring(Nodes, Rest ++ [First]),
    First ! {token, N * Laps},
    receive done -> ok end,
    stop_all(Nodes).

%% The ring, timed: returns its messages per second.
ring_timed(N, Laps) ->
    {Us, ok} = timer:tc(fun() -> ring(N, Laps) end),
    round(N * Laps / (Us / 1.0e6)).

link_ring([], []) -> ok;
link_ring([P | Ps], [Next | Nexts]) -> P ! {next, Next}, link_ring(Ps, Nexts).

ring_node(Next, Starter) ->
    receive
        {token, 1} -> Starter ! done, ring_node(Next, Starter);
        {token, C} -> Next ! {token, C - 1}, ring_node(Next, Starter);
        stop -> ok
    end.

erl_main(N) ->
    erlang:garbage_collect(),
    M0 = erlang:memory(processes),
    {SpawnUs, Pids} = spawn_idle_timed(N),
    wait_idle(Pids),
    M1 = erlang:memory(processes),
    io:format("idle processes: ~p, bytes per process: ~.1f, spawn rate: ~w per second~n",
              [N, (M1 - M0) / N, round(N / (SpawnUs / 1.0e6))]),
    stop_all(Pids),
    io:format("ring 1000 x 1000: ~w messages per second~n", [ring_timed(1000, 1000)]).

wait_idle(Pids) ->
    case lists:all(fun(P) -> process_info(P, status) =:= {status, waiting} end, lists:sublist(Pids, 1000)) of
        true -> ok;
        false -> timer:sleep(10), wait_idle(Pids)
    end.

%% `live N': N processes alive at once, each waiting in receive; every one is asked for its
%% number and answers, then all stop. Prints the counts and the time taken.
main(["live", NText]) ->
    N = list_to_integer(NText),
    T0 = erlang:monotonic_time(millisecond),
    Pids = [spawn(fun() -> receive {ask, From} -> From ! {answer, I} end end) || I <- lists:seq(1, N)],
    T1 = erlang:monotonic_time(millisecond),
    Live = erlang:system_info(process_count),
    io:format("~w processes spawned in ~w ms; ~w alive at once~n", [N, T1 - T0, Live]),
    Self = self(),
    [P ! {ask, Self} || P <- Pids],
    Sum = collect(N, 0),
    T2 = erlang:monotonic_time(millisecond),
    io:format("all answered: ~w (sum ~w) in ~w ms~n", [Sum =:= N * (N + 1) div 2, Sum, T2 - T1]).

collect(0, Sum) -> Sum;
collect(K, Sum) -> receive {answer, I} -> collect(K - 1, Sum + I) end.
