-module(funs_higher_order).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    ?T(map_reduce, mr(fun(X) -> X * X end, fun erlang:'+'/2, 0, lists:seq(1, 10))),
    ?T(church_numerals, unchurch(mul(church(6), church(7)))),
    ?T(church_add, unchurch(add(church(20), church(22)))),
    ?T(memo_fib, element(1, memo_fib(60, #{}))),
    ?T(cps_fact, cps_fact(id(15), fun(X) -> X end)),
    ?T(cps_deep, cps_sum(id(100000), fun(X) -> X end)),
    ?T(iterate, iterate(fun(X) -> X * 2 end, 1, 20)),
    ?T(until, until(fun(X) -> X > 1000 end, fun(X) -> X * 3 end, 1)),
    ?T(partial, (partial(fun lists:seq/3, [1, 20]))([4])),
    ?T(flip, (flip(fun erlang:'-'/2))(1, 10)),
    ?T(pipeline, pipe(id(5), [fun(X) -> X + 1 end, fun(X) -> X * X end, fun integer_to_list/1])),
    ?T(lazy_stream, take(10, nat(1))),
    ?T(lazy_primes, take(15, sieve(nat(2)))),
    ?T(zipwith_funs, lists:zipwith(fun(F, X) -> F(X) end, [fun abs/1, fun float/1, fun trunc/1], [-3, 4, 5.9])),
    ?T(state_machine, run_sm([a, b, b, a, c, a], fun idle/1, [])),
    ?T(fun_from_mfa, (fun_from(lists, reverse))([1, 2, 3])),
    ok.

mr(Map, Red, Acc, L) -> lists:foldl(Red, Acc, lists:map(Map, L)).

church(0) -> fun(_F) -> fun(X) -> X end end;
church(N) -> fun(F) -> fun(X) -> F(((church(N - 1))(F))(X)) end end.
unchurch(C) -> (C(fun(X) -> X + 1 end))(0).
add(M, N) -> fun(F) -> fun(X) -> (M(F))((N(F))(X)) end end.
mul(M, N) -> fun(F) -> M(N(F)) end.

memo_fib(N, Memo) when N < 2 -> {N, Memo};
memo_fib(N, Memo) ->
    case Memo of
        #{N := V} -> {V, Memo};
        _ ->
            {A, M1} = memo_fib(N - 1, Memo),
            {B, M2} = memo_fib(N - 2, M1),
            {A + B, M2#{N => A + B}}
    end.

cps_fact(0, K) -> K(1);
cps_fact(N, K) -> cps_fact(N - 1, fun(V) -> K(N * V) end).

cps_sum(0, K) -> K(0);
cps_sum(N, K) -> cps_sum(N - 1, fun(V) -> K(N + V) end).

iterate(_, X, 0) -> [X];
iterate(F, X, N) -> [X | iterate(F, F(X), N - 1)].

until(P, F, X) -> case P(X) of true -> X; false -> until(P, F, F(X)) end.

partial(F, Args) -> fun(More) -> apply(F, Args ++ More) end.

flip(F) -> fun(A, B) -> F(B, A) end.

pipe(X, Fs) -> lists:foldl(fun(F, A) -> F(A) end, X, Fs).

nat(N) -> fun() -> {N, nat(N + 1)} end.
take(0, _) -> [];
take(N, S) -> {H, T} = S(), [H | take(N - 1, T)].
sieve(S) ->
    fun() ->
            {P, T} = S(),
            {P, sieve(filter(fun(X) -> X rem P =/= 0 end, T))}
    end.
filter(P, S) ->
    fun() ->
            {H, T} = S(),
            case P(H) of true -> {H, filter(P, T)}; false -> (filter(P, T))() end
    end.

idle(a) -> {fun busy/1, started};
idle(_) -> {fun idle/1, ignored}.
busy(b) -> {fun busy/1, working};
busy(a) -> {fun idle/1, stopped};
busy(_) -> {fun busy/1, unknown}.
run_sm([], _, Acc) -> lists:reverse(Acc);
run_sm([E | Es], State, Acc) -> {Next, Out} = State(E), run_sm(Es, Next, [Out | Acc]).

fun_from(M, F) -> fun M:F/1.
