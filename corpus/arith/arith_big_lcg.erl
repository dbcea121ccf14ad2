-module(arith_big_lcg).
-export([main/0]).

%% Bignum arithmetic on pseudo-random operands of growing size (a fixed LCG, so the
%% operands are the same on every run): products, quotients, remainders and shifts.
main() ->
    loop(1, 12345, 40),
    ok.

loop(_, _, 0) -> ok;
loop(I, Seed, N) ->
    {A, S1} = rand_big(Seed, I),
    {B0, S2} = rand_big(S1, (I * 7) rem 23 + 1),
    B = case B0 of 0 -> 1; _ -> B0 end,
    Sign = case I rem 4 of 0 -> -1; 1 -> 1; 2 -> -1; 3 -> 1 end,
    SA = Sign * A,
    io:format("~p: a=~p b=~p~n", [I, SA, B]),
    io:format("~p: add=~p sub=~p~n", [I, SA + B, SA - B]),
    io:format("~p: mul=~p~n", [I, SA * B]),
    io:format("~p: div=~p rem=~p~n", [I, SA div B, SA rem B]),
    io:format("~p: bsr13=~p band=~p bxor=~p~n", [I, SA bsr 13, SA band B, SA bxor B]),
    io:format("~p: cmp=~p eq=~p~n", [I, SA < B, SA * B div B =:= SA]),
    loop(I + 1, S2, N - 1).

rand_big(Seed, Words) -> rand_big(Seed, Words, 0).
rand_big(Seed, 0, Acc) -> {Acc, Seed};
rand_big(Seed, W, Acc) ->
    S = (Seed * 6364136223846793005 + 1442695040888963407) band 16#FFFFFFFFFFFFFFFF,
    rand_big(S, W - 1, (Acc bsl 64) bor (S bsr 3)).
