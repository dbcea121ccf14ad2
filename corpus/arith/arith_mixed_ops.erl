-module(arith_mixed_ops).
-export([main/0, id/1]).

id(X) -> X.

%% Every binary arithmetic operator over a grid of operand types.
main() ->
    Vals = [0, 3, -3, 0.5, -2.0, 1 bsl 70, -(1 bsl 65), a, "x"],
    Ops = [{'+', fun(A, B) -> A + B end},
           {'-', fun(A, B) -> A - B end},
           {'*', fun(A, B) -> A * B end},
           {'/', fun(A, B) -> A / B end},
           {'div', fun(A, B) -> A div B end},
           {'rem', fun(A, B) -> A rem B end},
           {'band', fun(A, B) -> A band B end},
           {'bor', fun(A, B) -> A bor B end},
           {'bxor', fun(A, B) -> A bxor B end}],
    [io:format("~p ~p ~p = ~p~n", [A, Op, B, try F(id(A), id(B)) catch C:E -> {C, E} end])
     || {Op, F} <- Ops, A <- Vals, B <- Vals],
    Unary = [{'-', fun(A) -> -A end}, {'+', fun(A) -> +A end}, {'bnot', fun(A) -> bnot A end},
             {abs, fun erlang:abs/1}, {float, fun erlang:float/1}, {trunc, fun erlang:trunc/1}],
    [io:format("~p ~p = ~p~n", [Op, A, try F(id(A)) catch C:E -> {C, E} end])
     || {Op, F} <- Unary, A <- Vals],
    ok.
