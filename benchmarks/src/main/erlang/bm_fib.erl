%% Call-heavy integer code: naive doubly recursive Fibonacci.
-module(bm_fib).
-export([size/1, run/1]).

size(tiny) -> 15;
size(bench) -> 33.

run(N) -> fib(N).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
