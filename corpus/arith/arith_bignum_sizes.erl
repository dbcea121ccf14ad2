-module(arith_bignum_sizes).
-export([main/0, id/1]).

id(X) -> X.

%% Bignum multiplication, division and text conversion for operands from one word to
%% thousands of bits (crossing every algorithm threshold an implementation may switch at),
%% printed as bit lengths, residues and leading/trailing digits.
main() ->
    P = 1000000007,
    [begin
         A = num(Bits, 17),
         B = num(Bits * 2 div 3 + 1, 29),
         Prod = A * B,
         Q = Prod div (B + 1),
         R = Prod rem (B + 1),
         S = integer_to_list(Prod),
         io:format("~p: a_len=~p prod_len=~p prod_mod=~p q_mod=~p r_mod=~p check=~p digits=~p head=~s tail=~s~n",
                   [Bits, bitlen(A), bitlen(Prod), Prod rem P, Q rem P, R rem P,
                    Q * (B + 1) + R =:= Prod andalso R < B + 1, length(S),
                    lists:sublist(S, 12), lists:nthtail(length(S) - 12, S)])
     end || Bits <- [64, 65, 128, 500, 1000, 2000, 2561, 3000, 4000, 8000, 16000, 32000]],
    Big = num(50000, 3),
    io:format("square_mod: ~p~n", [(Big * Big) rem P]),
    io:format("text_roundtrip: ~p~n", [list_to_integer(integer_to_list(Big)) =:= Big]),
    io:format("hex_roundtrip: ~p~n", [list_to_integer(integer_to_list(Big, 16), 16) =:= Big]),
    io:format("pow_mod: ~p~n", [pow_mod(3, Big, P)]),
    io:format("fact_1000_digits: ~p~n", [length(integer_to_list(fact(1000)))]),
    io:format("fact_1000_mod: ~p~n", [fact(1000) rem (P * P)]),
    io:format("div_small_by_big: ~p~n", [7 div Big]),
    io:format("neg_div: ~p~n", [(-Big) div (Big - 1)]),
    io:format("neg_rem_mod: ~p~n", [((-Big) rem (1 bsl 100 + 7)) rem P]),
    ok.

num(Bits, Seed) -> num(Bits, Seed, 1).
num(Bits, _, Acc) when Bits =< 0 -> Acc;
num(Bits, Seed, Acc) ->
    S = (Seed * 6364136223846793005 + 1442695040888963407) band 16#FFFFFFFFFFFFFFFF,
    num(Bits - 32, S, (Acc bsl 32) bor (S bsr 32)).

bitlen(0) -> 0;
bitlen(N) -> bitlen(N bsr 1) + 1.

pow_mod(_, 0, _) -> 1;
pow_mod(B, E, M) when E band 1 =:= 1 -> (B * pow_mod(B, E - 1, M)) rem M;
pow_mod(B, E, M) -> H = pow_mod(B, E bsr 1, M), (H * H) rem M.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).
