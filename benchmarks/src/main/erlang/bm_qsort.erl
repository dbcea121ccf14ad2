%% List code: quicksort (list comprehensions) of pseudo-random integers, then a checksum.
-module(bm_qsort).
-export([size/1, run/1]).

size(tiny) -> 200;
size(bench) -> 150000.

run(N) ->
    Sorted = qsort(random_list(N, 42, [])),
    checksum(Sorted, 1, 0).

%% A linear congruential generator (31-bit, so it stays a small integer on every VM).
random_list(0, _, Acc) -> Acc;
random_list(N, Seed, Acc) ->
    Next = (Seed * 1103515245 + 12345) band 16#7FFFFFFF,
    random_list(N - 1, Next, [Next bsr 8 | Acc]).

qsort([]) -> [];
qsort([Pivot | T]) ->
    qsort([X || X <- T, X < Pivot]) ++ [Pivot] ++ qsort([X || X <- T, X >= Pivot]).

checksum([], _, Acc) -> Acc;
checksum([X | T], I, Acc) -> checksum(T, I + 1, (Acc + X * I) band 16#FFFFFFF).
