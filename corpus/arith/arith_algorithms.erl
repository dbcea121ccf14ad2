-module(arith_algorithms).
-export([main/0, id/1]).

id(X) -> X.

%% Integer algorithms as a mixed workload: sieve, integer square roots of bignums,
%% binary GCD, Fibonacci by matrix powers, modular inverse, digit sums, base conversion.
main() ->
    io:format("primes_below_200: ~p~n", [sieve(lists:seq(2, id(200)))]),
    io:format("isqrt: ~p~n", [[{N, isqrt(N)} || N <- [0, 1, 15, 16, 17, 1 bsl 64, (1 bsl 100) + 12345, pow(10, 60)]]]),
    io:format("isqrt_check: ~p~n", [lists:all(fun(N) -> R = isqrt(N), R * R =< N andalso (R + 1) * (R + 1) > N end,
                                              [pow(7, K) + K || K <- lists:seq(1, 80)])]),
    io:format("bgcd: ~p~n", [[bgcd(A, B) || {A, B} <- [{48, 18}, {17, 13}, {0, 5}, {1 bsl 80, 6 bsl 40}, {pow(3, 50), pow(6, 30)}]]]),
    io:format("fib_matrix: ~p~n", [[fib(N) || N <- [0, 1, 2, 10, 50, 100, 300]]]),
    io:format("modinv: ~p~n", [[modinv(A, M) || {A, M} <- [{3, 11}, {10, 17}, {7, 1000000007}, {6, 9}]]]),
    io:format("digit_sum_2_1000: ~p~n", [lists:sum([C - $0 || C <- integer_to_list(pow(2, 1000))])]),
    io:format("to_base: ~p~n", [[to_base(id(N), B) || {N, B} <- [{255, 2}, {255, 16}, {1295, 36}, {pow(10, 30), 7}]]]),
    io:format("perfect_numbers: ~p~n", [[N || N <- lists:seq(2, 10000), divisor_sum(N) =:= N]]),
    io:format("catalan: ~p~n", [[catalan(N) || N <- lists:seq(0, 30, 5)]]),
    io:format("binomial: ~p~n", [[binom(100, K) || K <- [0, 1, 50, 99, 100]]]),
    io:format("pi_digits: ~s~n", [pi_digits(60)]),
    ok.

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).

sieve([]) -> [];
sieve([P | T]) -> [P | sieve([X || X <- T, X rem P =/= 0])].

isqrt(0) -> 0;
isqrt(N) -> isqrt(N, N).
isqrt(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X; true -> isqrt(N, Y) end.

bgcd(A, 0) -> A;
bgcd(0, B) -> B;
bgcd(A, B) when A band 1 =:= 0, B band 1 =:= 0 -> 2 * bgcd(A bsr 1, B bsr 1);
bgcd(A, B) when A band 1 =:= 0 -> bgcd(A bsr 1, B);
bgcd(A, B) when B band 1 =:= 0 -> bgcd(A, B bsr 1);
bgcd(A, B) when A >= B -> bgcd((A - B) bsr 1, B);
bgcd(A, B) -> bgcd((B - A) bsr 1, A).

fib(N) -> {_, F, _, _} = mpow({1, 1, 1, 0}, N), F.
mpow(_, 0) -> {1, 0, 0, 1};
mpow(M, N) when N rem 2 =:= 0 -> H = mpow(M, N div 2), mmul(H, H);
mpow(M, N) -> mmul(M, mpow(M, N - 1)).
mmul({A, B, C, D}, {E, F, G, H}) -> {A * E + B * G, A * F + B * H, C * E + D * G, C * F + D * H}.

modinv(A, M) ->
    case egcd(A, M) of
        {1, X, _} -> (X rem M + M) rem M;
        {G, _, _} -> {no_inverse, G}
    end.
egcd(A, 0) -> {A, 1, 0};
egcd(A, B) -> {G, X, Y} = egcd(B, A rem B), {G, Y, X - (A div B) * Y}.

to_base(0, _) -> "0";
to_base(N, B) -> to_base(N, B, []).
to_base(0, _, Acc) -> Acc;
to_base(N, B, Acc) -> D = N rem B, to_base(N div B, B, [if D < 10 -> $0 + D; true -> $a + D - 10 end | Acc]).

divisor_sum(N) -> lists:sum([D || D <- lists:seq(1, N div 2), N rem D =:= 0]).

catalan(N) -> binom(2 * N, N) div (N + 1).

binom(N, K) -> binom(N, K, 1, 1).
binom(_, 0, Num, Den) -> Num div Den;
binom(N, K, Num, Den) -> binom(N - 1, K - 1, Num * N, Den * K).

%% Spigot for pi's digits (integer arithmetic only).
pi_digits(N) -> pi(1, 0, 1, 1, 3, 3, N, []).
pi(_, _, _, _, _, _, 0, Acc) -> lists:reverse(Acc);
pi(Q, R, T, K, M, X, N, Acc) ->
    if 4 * Q + R - T < M * T ->
            pi(10 * Q, 10 * (R - M * T), T, K, (10 * (3 * Q + R)) div T - 10 * M, X, N - 1, [$0 + M | Acc]);
       true ->
            pi(Q * K, (2 * Q + R) * X, T * X, K + 1, (Q * (7 * K + 2) + R * X) div (T * X), X + 2, N, Acc)
    end.
