%% Float code: the Computer Language Benchmarks Game's spectral-norm, vectors as lists.
-module(bm_spectral_norm).
-export([size/1, run/1]).

size(tiny) -> 10;
size(bench) -> 300.

run(N) ->
    U0 = lists:duplicate(N, 1.0),
    {U, V} = iterate(10, U0, []),
    round(math:sqrt(dot(U, V) / dot(V, V)) * 1.0e9).

%% Ten rounds of v = AtA u, u = AtA v.
iterate(0, U, V) -> {U, V};
iterate(K, U, _) ->
    N = length(U),
    V = times_atav(U, N),
    iterate(K - 1, times_atav(V, N), V).

%% A(i, j) of the infinite matrix, indices from 0.
a(I, J) -> 1.0 / ((I + J) * (I + J + 1) div 2 + I + 1).

times(U, N) -> [row(I, U, 0, 0.0) || I <- lists:seq(0, N - 1)].
times_transposed(U, N) -> [column(I, U, 0, 0.0) || I <- lists:seq(0, N - 1)].

row(_, [], _, Acc) -> Acc;
row(I, [Uj | Rest], J, Acc) -> row(I, Rest, J + 1, Acc + a(I, J) * Uj).

column(_, [], _, Acc) -> Acc;
column(I, [Uj | Rest], J, Acc) -> column(I, Rest, J + 1, Acc + a(J, I) * Uj).

times_atav(U, N) -> times_transposed(times(U, N), N).

dot(A, B) -> dot(A, B, 0.0).
dot([], [], Acc) -> Acc;
dot([X | Xs], [Y | Ys], Acc) -> dot(Xs, Ys, Acc + X * Y).
