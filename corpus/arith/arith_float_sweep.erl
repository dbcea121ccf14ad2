-module(arith_float_sweep).
-export([main/0, id/1]).

id(X) -> X.

%% IEEE double arithmetic on pseudo-random operands of all magnitudes: +, -, *, / and
%% comparisons, with badarith where a result would be infinite.
main() ->
    sweep(100, 2718281828),
    ok.

sweep(0, _) -> ok;
sweep(N, S) ->
    {A, S1} = rnd(S),
    {B, S2} = rnd(S1),
    io:format("~p ~p: ~p ~p ~p ~p ~p~n",
              [A, B, op(fun erlang:'+'/2, A, B), op(fun erlang:'-'/2, A, B), op(fun erlang:'*'/2, A, B),
               op(fun erlang:'/'/2, A, B), {A < B, A == B}]),
    sweep(N - 1, S2).

op(F, A, B) -> try F(id(A), id(B)) catch error:R -> R end.

rnd(S) ->
    S1 = (S * 6364136223846793005 + 1442695040888963407) band 16#FFFFFFFFFFFFFFFF,
    E = (S1 bsr 52) rem 1200 - 600,
    M = (S1 band 16#FFFFFFFFFFFFF) / 16#10000000000000 + 1.0,
    Sign = case (S1 bsr 51) band 1 of 0 -> 1; 1 -> -1 end,
    {Sign * M * math:pow(2, E), S1}.
