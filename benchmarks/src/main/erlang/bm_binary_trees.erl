%% Allocation-heavy code: the Computer Language Benchmarks Game's binary-trees, in one process.
%% The result is the list of check values the game's output prints.
-module(bm_binary_trees).
-export([size/1, run/1]).

size(tiny) -> 6;
size(bench) -> 16.

run(MaxDepth) ->
    Stretch = MaxDepth + 1,
    StretchCheck = check(make(Stretch)),
    LongLived = make(MaxDepth),
    Iterations = [{1 bsl (MaxDepth - D + 4), D} || D <- lists:seq(4, MaxDepth, 2)],
    Checks = [{N, D, sum_checks(N, D, 0)} || {N, D} <- Iterations],
    {StretchCheck, Checks, check(LongLived)}.

sum_checks(0, _, Acc) -> Acc;
sum_checks(N, D, Acc) -> sum_checks(N - 1, D, Acc + check(make(D))).

make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.

check({nil, _}) -> 1;
check({L, R}) -> 1 + check(L) + check(R).
