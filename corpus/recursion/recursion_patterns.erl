-module(recursion_patterns).
-export([main/0, id/1, remote_count/2]).

id(X) -> X.

%% Ordinary recursion shapes at moderate depth: body, tail, mutual, accumulator,
%% recursion through funs and through lists functions, Ackermann, Hanoi.
main() ->
    io:format("fact_tail: ~p~n", [fact(id(50), 1)]),
    io:format("fact_body: ~p~n", [fact_b(id(50))]),
    io:format("fib_tail: ~p~n", [fib(id(200), 0, 1)]),
    io:format("fib_tree: ~p~n", [fib_t(id(20))]),
    io:format("ackermann: ~p~n", [[ack(M, N) || M <- [0, 1, 2, 3], N <- [0, 1, 2, 3]]]),
    io:format("hanoi_moves: ~p~n", [length(hanoi(id(12), a, b, c))]),
    io:format("hanoi_small: ~p~n", [hanoi(id(3), a, b, c)]),
    io:format("mutual: ~p~n", [[is_even(X) || X <- [0, 1, 10, 11, 100001]]]),
    io:format("remote_tail: ~p~n", [?MODULE:remote_count(id(1000000), 0)]),
    io:format("fun_recursion: ~p~n", [(fun Loop(0, A) -> A; Loop(N, A) -> Loop(N - 1, A + N) end)(id(100000), 0)]),
    io:format("body_100k: ~p~n", [length(body(id(100000)))]),
    io:format("gcd: ~p~n", [[gcd(A, B) || {A, B} <- [{12, 18}, {17, 5}, {1 bsl 70, 1 bsl 40 * 3}]]]),
    io:format("power_set: ~p~n", [power_set(id([a, b, c]))]),
    io:format("flatten_rec: ~p~n", [my_flatten(id([1, [2, [3, [4, [5]]]], [[6]]]))]),
    io:format("tree_sum: ~p~n", [tree_sum(make_tree(id(15)))]),
    io:format("collatz_max: ~p~n", [lists:max([{collatz(N, 0), N} || N <- lists:seq(1, 3000)])]),
    io:format("count_down_to_list: ~p~n", [count_down(id(10), [])]),
    io:format("binary_rec: ~p~n", [sum_bytes(list_to_binary(lists:seq(1, 255)), 0)]),
    ok.

fact(0, A) -> A;
fact(N, A) -> fact(N - 1, N * A).

fact_b(0) -> 1;
fact_b(N) -> N * fact_b(N - 1).

fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

fib_t(N) when N < 2 -> N;
fib_t(N) -> fib_t(N - 1) + fib_t(N - 2).

ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).

hanoi(0, _, _, _) -> [];
hanoi(N, From, To, Via) -> hanoi(N - 1, From, Via, To) ++ [{From, To}] ++ hanoi(N - 1, Via, To, From).

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

remote_count(0, A) -> A;
remote_count(N, A) -> ?MODULE:remote_count(N - 1, A + 1).

body(0) -> [];
body(N) -> [N | body(N - 1)].

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

power_set([]) -> [[]];
power_set([H | T]) -> P = power_set(T), [[H | S] || S <- P] ++ P.

my_flatten([]) -> [];
my_flatten([H | T]) when is_list(H) -> my_flatten(H) ++ my_flatten(T);
my_flatten([H | T]) -> [H | my_flatten(T)].

make_tree(0) -> leaf;
make_tree(N) -> {node, N, make_tree(N - 1), make_tree(N div 2)}.
tree_sum(leaf) -> 0;
tree_sum({node, V, L, R}) -> V + tree_sum(L) + tree_sum(R).

collatz(1, S) -> S;
collatz(N, S) when N rem 2 =:= 0 -> collatz(N div 2, S + 1);
collatz(N, S) -> collatz(3 * N + 1, S + 1).

count_down(0, Acc) -> Acc;
count_down(N, Acc) -> count_down(N - 1, [N | Acc]).

sum_bytes(<<>>, A) -> A;
sum_bytes(<<B, R/binary>>, A) -> sum_bytes(R, A + B).
