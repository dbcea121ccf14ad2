-module(funs_nested_scopes).
-export([main/0, id/1]).

id(X) -> X.

%% Funs inside funs, shadowing in fun heads, funs in guards of list comprehensions,
%% funs created in loops and called later, funs stored and fetched from data structures,
%% and named funs recursing through closures.
main() ->
    X = id(1),
    F1 = fun(Y) -> fun(Z) -> fun(W) -> X + Y + Z + W end end end,
    io:format("nested3: ~p~n", [((F1(10))(100))(1000)]),
    F2 = fun(X2) -> X2 * 2 end,
    io:format("param_not_outer: ~p ~p~n", [F2(id(21)), X]),
    Acc = lists:foldl(fun(I, A) -> [fun() -> I * X end | A] end, [], lists:seq(1, 5)),
    io:format("created_in_loop: ~p~n", [[F() || F <- Acc]]),
    Table = #{double => fun(V) -> V * 2 end, square => fun(V) -> V * V end, neg => fun(V) -> -V end},
    io:format("dispatch: ~p~n", [[(maps:get(Op, Table))(id(7)) || Op <- [double, square, neg]]]),
    io:format("lc_fun_filter: ~p~n", [[E || E <- lists:seq(1, 20), (fun(V) -> V rem 3 =:= 0 end)(E)]]),
    Counter = make_counter(),
    io:format("counter_via_pd: ~p~n", [[Counter() || _ <- lists:seq(1, 5)]]),
    io:format("named_closure: ~p~n", [(fun Loop(0, A) -> A; Loop(N, A) -> Loop(N - 1, [N * X | A]) end)(id(5), [])]),
    io:format("fun_returning_funs: ~p~n", [[G(3) || G <- make_ops([1, 2, 3])]]),
    io:format("apply_stored: ~p~n", [apply(element(2, lists:keyfind(sq, 1, [{sq, fun(V) -> V * V end}])), [id(9)])]),
    io:format("fun_in_record_like_tuple: ~p~n", [run_handler({handler, fun(Msg) -> {handled, Msg} end}, hello)]),
    io:format("deep_composition: ~p~n", [(lists:foldl(fun(F, G) -> fun(V) -> F(G(V)) end end, fun(V) -> V end,
                                                      lists:duplicate(100, fun(V) -> V + 1 end)))(0)]),
    io:format("fun_equality_of_equal_closures: ~p~n", [mk(1) =:= mk(1)]),
    io:format("fun_inequality_env: ~p~n", [mk(1) =:= mk(2)]),
    io:format("funs_sortable: ~p~n", [length(lists:usort([mk(1), mk(1), mk(2)]))]),
    ok.

make_counter() ->
    Key = {counter, id(make_ref())},
    put(Key, 0),
    fun() -> N = get(Key) + 1, put(Key, N), N end.

make_ops(Ns) -> [fun(V) -> V * N end || N <- Ns].

run_handler({handler, F}, Msg) -> F(Msg).

mk(N) -> fun() -> N end.
