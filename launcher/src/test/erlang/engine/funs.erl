-module(funs).
-export([main/0, add/2]).

main() ->
    Add = fun(A, B) -> A + B end,
    N = 10,
    AddN = fun(X) -> X + N end,
    out({Add(1, 2), AddN(5)}),
    out(lists:map(AddN, [1, 2, 3])),
    F = fun ?MODULE:add/2,
    out({F(3, 4), apply(F, [5, 6]), apply(?MODULE, add, [7, 8])}),
    G = fun lists:reverse/1,
    out(G([1, 2, 3])),
    out(erlang:fun_info(F, arity)),
    out({is_function(Add), is_function(Add, 2), is_function(Add, 3), is_function(x)}),
    Fact = fun Fact(0) -> 1; Fact(K) -> K * Fact(K - 1) end,
    out(Fact(20)),
    Compose = fun(P, Q) -> fun(X) -> P(Q(X)) end end,
    out((Compose(fun(X) -> X * 2 end, fun(X) -> X + 1 end))(5)),
    Counter = make_counter(0),
    out(Counter(Counter(Counter(1)))),
    out(show(fun() -> Add(1) end)),
    out(show(fun() -> (id(3))() end)),
    out(show(fun() -> apply(F, [1]) end)),
    out(show(fun() -> apply(?MODULE, nothere, []) end)),
    out([X(2) || X <- [fun(Y) -> Y * Y end, fun(Y) -> -Y end, AddN]]),
    Curried = fun(A) -> fun(B) -> fun(C) -> A + B * C end end end,
    out(((Curried(1))(2))(3)),
    out(lists:foldl(fun(Fn, Acc) -> Fn(Acc) end, 1, lists:duplicate(10, fun(V) -> V * 2 end))),
    out(F == fun ?MODULE:add/2),
    out(Add == Add),
    ok.

add(A, B) -> A + B.

make_counter(Step) -> fun(X) -> X + Step + 1 end.

show(Fun) ->
    try Fun() catch C:R -> {C, R} end.

id(X) -> X.

out(T) -> io:format("~w~n", [T]).
