%% Message passing: a token sent around a ring of processes, many laps.
-module(bm_ring).
-export([size/1, run/1]).

size(tiny) -> {10, 10};
size(bench) -> {1000, 300}.

%% The result is the number of hops the token made, counted by the token itself.
run({N, Laps}) ->
    Self = self(),
    Nodes = [spawn(fun() -> receive {next, Next} -> ring_node(Next, Self) end end) || _ <- lists:seq(1, N)],
    [First | Rest] = Nodes,
    lists:zipwith(fun(P, Next) -> P ! {next, Next} end, Nodes, Rest ++ [First]),
    First ! {token, N * Laps, 0},
    Hops = receive {done, H} -> H end,
    [P ! stop || P <- Nodes],
    Hops.

ring_node(Next, Starter) ->
    receive
        {token, 0, Hops} -> Starter ! {done, Hops}, ring_node(Next, Starter);
        {token, C, Hops} -> Next ! {token, C - 1, Hops + 1}, ring_node(Next, Starter);
        stop -> ok
    end.
