%% Process benchmarks, run on erl (erl_main/1 prints the figures) and on jbeamjit (driven and
%% timed from Java by ProcessBenchmarks): memory per idle process, spawn rate, message ring.
-module(proc_bench).
-export([spawn_idle/1, idle/0, stop_all/1, ring/2, erl_main/1]).

%% Spawns N processes that each wait in receive; returns their pids.
spawn_idle(N) -> spawn_idle(N, []).

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
    {SpawnUs, Pids} = timer:tc(fun() -> spawn_idle(N) end),
    wait_idle(Pids),
    M1 = erlang:memory(processes),
    io:format("idle processes: ~p, bytes per process: ~.1f, spawn rate: ~w per second~n",
              [N, (M1 - M0) / N, round(N / (SpawnUs / 1.0e6))]),
    stop_all(Pids),
    RingN = 1000, Laps = 1000,
    {RingUs, ok} = timer:tc(fun() -> ring(RingN, Laps) end),
    io:format("ring ~p x ~p: ~w messages per second~n", [RingN, Laps, round(RingN * Laps / (RingUs / 1.0e6))]).

wait_idle(Pids) ->
    case lists:all(fun(P) -> process_info(P, status) =:= {status, waiting} end, lists:sublist(Pids, 1000)) of
        true -> ok;
        false -> timer:sleep(10), wait_idle(Pids)
    end.
