-module(recursion_tail_100m).
-export([main/0, id/1, loop/3, ping/2, pong/2]).

id(X) -> X.

%% LONG: 100,000,000 iterations of a fully qualified (export-table) tail-recursive loop,
%% which must run in constant memory, plus a 10,000,000-step mutual remote tail recursion.
main() ->
    io:format("loop: ~p~n", [?MODULE:loop(id(100000000), 0, 0)]),
    io:format("ping_pong: ~p~n", [?MODULE:ping(id(10000000), 0)]),
    ok.

loop(0, Acc, X) -> {Acc, X};
loop(N, Acc, X) -> ?MODULE:loop(N - 1, (Acc + N) band 16#FFFFFFF, X bxor N).

ping(0, Acc) -> {ping, Acc};
ping(N, Acc) -> ?MODULE:pong(N - 1, Acc + 1).

pong(0, Acc) -> {pong, Acc};
pong(N, Acc) -> ?MODULE:ping(N - 1, Acc + 2).
