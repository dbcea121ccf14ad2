-module(arith_float).
-export([main/0]).

main() ->
    Fs = [0.0, 1.0, -1.5, 0.1, 3.141592653589793, 1.0e10, -2.5e-5, 1.0e300, 123456789.0],
    out([A + B || A <- Fs, B <- Fs]),
    out([A - B || A <- Fs, B <- Fs]),
    out([show(fun() -> A * B end) || A <- Fs, B <- Fs]),
    out([show(fun() -> A / B end) || A <- Fs, B <- Fs]),
    out([{A < B, A == B, A =:= B} || A <- Fs, B <- Fs]),
    Mixed = [1, 2.0, -3, 1 bsl 70, 0.5],
    out([A + B || A <- Mixed, B <- Mixed]),
    out([A * B || A <- Mixed, B <- Mixed]),
    out([A / B || A <- Mixed, B <- Mixed]),
    out([{A == B, A =:= B, A < B} || A <- Mixed, B <- Mixed]),
    out([{trunc(F), round(F), floor(F), ceil(F), abs(F)} || F <- Fs]),
    out([float(N) || N <- [0, 1, -1, 1 bsl 53, 1 bsl 70]]),
    out(show(fun() -> id(1.0e308) * 10 end)),
    out(show(fun() -> id(1.0) / 0 end)),
    out(show(fun() -> id(1.0) / 0.0 end)),
    out(show(fun() -> float(1 bsl 1100) end)),
    out(1 == 1.0),
    out(1 =:= 1.0),
    out(0.0 == -0.0),
    out([math:sqrt(2.0), math:pow(2, 10), math:sin(0.5), math:log(10), math:exp(1)]),
    out(show(fun() -> math:sqrt(-1) end)),
    ok.

show(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.

out(T) -> io:format("~w~n", [T]).
