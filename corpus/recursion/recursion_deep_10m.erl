-module(recursion_deep_10m).
-export([main/0, id/1]).

id(X) -> X.

%% LONG: body recursion 10,000,000 calls deep (the stack must grow far beyond any
%% native stack), then a deep non-tail map and a deep fold built the same way.
main() ->
    N = id(10000000),
    io:format("sum_body: ~p~n", [sum(N)]),
    io:format("len_body: ~p~n", [len(lists:seq(1, id(2000000)))]),
    io:format("build: ~p~n", [lists:sum(build(id(1000000)))]),
    io:format("mutual_even: ~p~n", [even(id(3000001))]),
    io:format("deep_error: ~p~n", [try fail_at_bottom(id(1000000)) catch error:R:S ->
                                                                           {R, [{F, A, proplists:get_value(line, L)} || {?MODULE, F, A, L} <- S]} end]),
    ok.

sum(0) -> 0;
sum(N) -> N + sum(N - 1).

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

build(0) -> [];
build(N) -> [N | build(N - 1)].

even(0) -> true;
even(N) -> not odd(N - 1).

odd(0) -> false;
odd(N) -> not even(N - 1).

fail_at_bottom(0) -> id(x) + 1;
fail_at_bottom(N) -> 1 + fail_at_bottom(N - 1).
