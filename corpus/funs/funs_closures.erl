-module(funs_closures).
-export([main/0, id/1, add/2]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.
add(A, B) -> A + B.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    ?T(simple, (fun(X) -> X + 1 end)(id(1))),
    ?T(capture_one, begin N = id(10), F = fun(X) -> X + N end, F(5) end),
    ?T(capture_many, begin
                         A = id(1), B = id(2), C = id(3), D = id(4), E = id(5), F = id(6),
                         G = id(7), H = id(8), I = id(9), J = id(10), K = id(11), L = id(12),
                         Fn = fun(X) -> [X, A, B, C, D, E, F, G, H, I, J, K, L] end,
                         Fn(0)
                     end),
    ?T(capture_terms, begin
                          T = id({tuple, [list], #{map => 1}, <<"bin">>, 1.5, 1 bsl 70}),
                          (fun() -> T end)()
                      end),
    ?T(counter_gen, begin Adders = [fun(X) -> X + N end || N <- lists:seq(1, 5)],
                          [F(100) || F <- Adders] end),
    ?T(curried, (((fun(A) -> fun(B) -> fun(C) -> A * 100 + B * 10 + C end end end)(1))(2))(3)),
    ?T(returns_fun_arity, erlang:fun_info(make_adder(3), arity)),
    ?T(make_adder, (make_adder(3))(4)),
    ?T(fun_local_ref, lists:map(fun double/1, [1, 2, 3])),
    ?T(fun_remote_ref, lists:map(fun ?MODULE:id/1, [a, b])),
    ?T(fun_remote_bif, lists:map(fun erlang:abs/1, [-1, 2, -3])),
    ?T(fun_remote_dynamic, begin M = id(lists), F = id(reverse), (fun M:F/1)([1, 2, 3]) end),
    ?T(fun_multi_clause, [(fun(0) -> zero; (N) when N > 0 -> pos; (_) -> neg end)(X) || X <- [0, 5, -5]]),
    ?T(named_fun_fact, (fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end)(id(20))),
    ?T(named_fun_fib, (fun Fib(N) when N < 2 -> N; Fib(N) -> Fib(N - 1) + Fib(N - 2) end)(id(20))),
    ?T(y_combinator, (y(fun(Self) -> fun(0) -> 1; (N) -> N * Self(N - 1) end end))(id(10))),
    ?T(fun_in_map, (maps:get(op, id(#{op => fun(A, B) -> A - B end})))(10, 3)),
    ?T(fun_in_tuple, (element(2, {x, fun() -> from_tuple end}))()),
    ?T(fun_equality_same, begin F = id(fun double/1), F =:= fun double/1 end),
    ?T(fun_equality_remote, fun lists:map/2 =:= fun lists:map/2),
    ?T(fun_equality_closure, begin X = id(1), F1 = fun() -> X end, F2 = F1, F1 =:= F2 end),
    ?T(is_function, [is_function(fun double/1), is_function(fun double/1, 1),
                     is_function(fun double/1, 2), is_function(double)]),
    ?T(fun_info_module, erlang:fun_info(fun double/1, module)),
    ?T(fun_info_name_remote, erlang:fun_info(fun lists:map/2, name)),
    ?T(fun_info_arity_remote, erlang:fun_info(fun lists:map/2, arity)),
    ?T(fun_info_type, {erlang:fun_info(fun lists:map/2, type), erlang:fun_info(fun double/1, type)}),
    ?T(fun_info_env_count, length(element(2, erlang:fun_info(capture(1, 2, 3), env)))),
    ?T(fun_info_remote_env, erlang:fun_info(fun lists:map/2, env)),
    ?T(fun_to_list_remote, erlang:fun_to_list(fun lists:map/2)),
    ?T(apply_fun, apply(fun add/2, [1, 2])),
    ?T(apply_remote_fun, apply(fun ?MODULE:add/2, [3, 4])),
    ?T(compose, (compose(fun double/1, fun(X) -> X + 1 end))(5)),
    ?T(fold_funs, lists:foldl(fun(F, Acc) -> F(Acc) end, 1, [fun double/1, fun double/1, fun(X) -> X - 1 end])),
    ?T(deep_closure_chain, (chain(100))(0)),
    ?T(fun_as_data, lists:sort([element(1, P) || P <- [{b, fun double/1}, {a, fun double/1}]])),
    ?T(closure_over_loop_var, [F() || F <- [fun() -> I * I end || I <- [1, 2, 3]]]),
    ok.

double(X) -> X * 2.

make_adder(N) -> fun(X) -> X + N end.

capture(A, B, C) -> fun() -> A + B + C end.

y(F) -> (fun(X) -> F(fun(V) -> (X(X))(V) end) end)(fun(X) -> F(fun(V) -> (X(X))(V) end) end).

compose(F, G) -> fun(X) -> F(G(X)) end.

chain(0) -> fun(X) -> X end;
chain(N) -> G = chain(N - 1), fun(X) -> G(X + N) end.
