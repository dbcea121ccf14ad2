-module(arith_rounding).
-export([main/0, id/1]).

id(X) -> X.

%% trunc/round/floor/ceil/float/abs and min/max on a grid of values.
main() ->
    Vals = [0.0, -0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.4, -0.5, -0.6, -1.5, -2.5, 0.49999999999999994,
            4503599627370495.5, 4503599627370496.0, 9007199254740991.0, 1.0e20, -1.0e20, 1.0e300,
            1.5e-300, 7, -7, 1 bsl 70, -(1 bsl 70)],
    [io:format("~p: trunc=~p round=~p floor=~p ceil=~p float=~p abs=~p~n",
               [V, trunc(id(V)), round(id(V)), floor(id(V)), ceil(id(V)), float(id(V)), abs(id(V))])
     || V <- Vals],
    [io:format("min/max ~p ~p: ~p ~p~n", [A, B, min(id(A), id(B)), max(id(A), id(B))])
     || A <- [1, 1.0, -0.0, 0, a, "s"], B <- [1.0, 1, 0.0, 0, b]],
    io:format("guard_round: ~p~n", [[r(X) || X <- [0.5, 1.5, 2.4, 3, a]]]),
    ok.

r(X) when round(X) =:= 2 -> two;
r(X) when trunc(X) >= 1 -> at_least_one;
r(X) when is_number(X) -> small;
r(_) -> nan.
