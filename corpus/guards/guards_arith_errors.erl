-module(guards_arith_errors).
-export([main/0, id/1]).

id(X) -> X.

%% Arithmetic that raises in a guard makes that guard false (the next clause is tried),
%% including inside orelse/andalso and guard sequences, while the same expression in a
%% body raises.
main() ->
    Inputs = [0, 1, 2, 2.0, -1, a, [1], 1 bsl 70, 0.0],
    [io:format("~p: ~p~n", [X, [f1(id(X)), f2(id(X)), f3(id(X)), f4(id(X)), f5(id(X))]]) || X <- Inputs],
    [io:format("body ~p: ~p~n", [X, try 10 div id(X) catch C:R -> {C, R} end]) || X <- Inputs],
    ok.

f1(X) when 10 div X > 2 -> big_quotient;
f1(X) when 10 / X > 0 -> positive_ratio;
f1(_) -> f1_none.

f2(X) when X + 1 > 1; X == a -> pos_or_a;
f2(_) -> f2_none.

f3(X) when (1 / X > 0.5) orelse is_atom(X) -> orelse_true;
f3(X) when is_number(X) andalso (X * X > 1) -> square_big;
f3(_) -> f3_none.

f4(X) when X bsl 1 > 2 -> shifted;
f4(X) when abs(X) >= 0 -> has_abs;
f4(_) -> f4_none.

f5(X) when (X rem 2) == 0, X > 0 -> even_positive;
f5(X) when float(X) < 1.0 -> float_small;
f5(_) -> f5_none.
