-module(recursion_deep).
-export([main/0]).

main() ->
    out(len(lists:seq(1, 100000))),
    out(sum(10000000)),
    out(length(build(1000000))),
    out(count(20000000, 0)),
    out(mutual_even(1000001)),
    ok.

%% Body recursion, 10,000,000 deep.
sum(0) -> 0;
sum(N) -> N + sum(N - 1).

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

build(0) -> [];
build(N) -> [N | build(N - 1)].

%% Tail recursion: constant space.
count(0, A) -> A;
count(N, A) -> count(N - 1, A + 1).

mutual_even(0) -> true;
mutual_even(N) -> mutual_odd(N - 1).
mutual_odd(0) -> false;
mutual_odd(N) -> mutual_even(N - 1).

out(T) -> io:format("~w~n", [T]).
