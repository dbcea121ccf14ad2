%% Spawning: processes spawned side by side that each answer and exit, then a chain in which
%% each process spawns the next. The result is a checksum of the answers and the chain's length.
-module(bm_spawn).
-export([size/1, run/1]).

size(tiny) -> 50;
size(bench) -> 20000.

run(N) ->
    Self = self(),
    [spawn(fun() -> Self ! {done, I * 2} end) || I <- lists:seq(1, N)],
    Sum = collect(N, 0),
    spawn(fun() -> chain(N, Self) end),
    Length = receive {chain, L} -> L end,
    {Sum, Length}.

collect(0, Acc) -> Acc;
collect(N, Acc) -> receive {done, X} -> collect(N - 1, Acc + X) end.

chain(0, Starter) -> Starter ! {chain, 0};
chain(N, Starter) ->
    Self = self(),
    spawn(fun() -> chain(N - 1, Self) end),
    receive {chain, L} -> Starter ! {chain, L + 1} end.
