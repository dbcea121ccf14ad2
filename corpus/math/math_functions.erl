-module(math_functions).
-export([main/0, id/1]).

id(X) -> X.

%% The math module: every function over a grid of arguments, with domain errors.
main() ->
    Xs = [0, 0.5, 1, -1, 2, 10, -0.5, 100.0, 1.0e-10, 1 bsl 70, 3.141592653589793, 1.0e300],
    One = [{sin, fun math:sin/1}, {cos, fun math:cos/1}, {tan, fun math:tan/1},
           {asin, fun math:asin/1}, {acos, fun math:acos/1}, {atan, fun math:atan/1},
           {sinh, fun math:sinh/1}, {cosh, fun math:cosh/1}, {tanh, fun math:tanh/1},
           {asinh, fun math:asinh/1}, {acosh, fun math:acosh/1}, {atanh, fun math:atanh/1},
           {exp, fun math:exp/1}, {log, fun math:log/1}, {log2, fun math:log2/1},
           {log10, fun math:log10/1}, {sqrt, fun math:sqrt/1}, {erf, fun math:erf/1},
           {erfc, fun math:erfc/1}, {ceil, fun math:ceil/1}, {floor, fun math:floor/1}],
    [io:format("~p(~p) = ~p~n", [N, X, try F(id(X)) catch C:R -> {C, R} end]) || {N, F} <- One, X <- Xs],
    Two = [{pow, fun math:pow/2}, {atan2, fun math:atan2/2}, {fmod, fun math:fmod/2}],
    Ys = [0, 1, -1, 0.5, 2, 3, 1024, -0.0],
    [io:format("~p(~p, ~p) = ~p~n", [N, X, Y, try F(id(X), id(Y)) catch C:R -> {C, R} end])
     || {N, F} <- Two, X <- [0, 2, -2, 0.5, 10], Y <- Ys],
    io:format("pi: ~p~n", [math:pi()]),
    io:format("atom_arg: ~p~n", [try math:sin(id(a)) catch C:R -> {C, R} end]),
    io:format("identities: ~p~n", [[abs(math:sin(X) * math:sin(X) + math:cos(X) * math:cos(X) - 1) < 1.0e-15
                                     || X <- [0.1, 1.0, 2.0, 100.0]]]),
    ok.
