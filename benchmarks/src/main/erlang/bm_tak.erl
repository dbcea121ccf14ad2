%% Call-heavy integer code: the Takeuchi function, repeated.
-module(bm_tak).
-export([size/1, run/1]).

size(tiny) -> {12, 8, 4, 1};
size(bench) -> {24, 16, 8, 4}.

run({X, Y, Z, Times}) -> repeat(X, Y, Z, Times, 0).

repeat(_, _, _, 0, Acc) -> Acc;
repeat(X, Y, Z, N, Acc) -> repeat(X, Y, Z, N - 1, Acc + tak(X, Y, Z)).

tak(X, Y, Z) when Y < X -> tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.
