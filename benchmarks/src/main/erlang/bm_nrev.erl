%% List code: naive reverse (append-based, quadratic) of a list, repeated.
-module(bm_nrev).
-export([size/1, run/1]).

size(tiny) -> {30, 10};
size(bench) -> {500, 200}.

run({Length, Times}) ->
    L = lists:seq(1, Length),
    repeat(L, Times, 0).

repeat(_, 0, Acc) -> Acc;
repeat(L, N, Acc) ->
    [H | _] = nrev(L),
    repeat(L, N - 1, Acc + H).

nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).

app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].
