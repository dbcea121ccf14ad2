-module(opcodes_exceptions).
-export([main/0, id/1]).

id(X) -> X.

%% catch/try in expression positions: as call arguments, list elements, tuple fields,
%% operands, match right-hand sides and guards of later clauses; build_stacktrace only when
%% the stack trace variable is used.
main() ->
    io:format("arg: ~p~n", [wrap(catch throw(id(a)), try error(id(b)) catch error:B -> B end)]),
    io:format("list: ~p~n", [[catch id(1), catch throw(id(2)), try id(3) catch _:_ -> x end]]),
    io:format("tuple: ~p~n", [{try id(1) / id(0) catch error:R -> R end, catch exit(id(e))}]),
    io:format("operand: ~p~n", [1 + (catch throw(id(41)))]),
    io:format("match_rhs: ~p~n", [begin X = (catch throw(id(v))), X end]),
    io:format("nested_in_case: ~p~n", [case catch throw(id(k)) of k -> got_k; _ -> other end]),
    io:format("loop_catch: ~p~n", [[catch may_throw(id(I)) || I <- lists:seq(1, 6)]]),
    io:format("loop_try: ~p~n", [[try may_throw(id(I)) catch throw:T -> {t, T} end || I <- lists:seq(1, 6)]]),
    io:format("stacktrace_used: ~p~n", [try error(id(s)) catch error:s:St -> is_list(St) end]),
    io:format("stacktrace_unused: ~p~n", [try error(id(s)) catch error:s:_ -> ok end]),
    io:format("raise_built: ~p~n", [try reraise(id(1)) catch C:R2 -> {C, R2} end]),
    io:format("try_value_in_arith: ~p~n", [lists:sum([try 10 div id(N) catch error:badarith -> 0 end || N <- [0, 1, 2, 5]])]),
    io:format("after_in_loop: ~p~n", [after_loop(5, 0)]),
    ok.

wrap(A, B) -> {wrapped, A, B}.

may_throw(I) when I rem 2 =:= 0 -> throw(I);
may_throw(I) -> I * 10.

reraise(X) ->
    try error({inner, X})
    catch error:R:S -> erlang:raise(exit, {outer, R}, S)
    end.

after_loop(0, Acc) -> Acc;
after_loop(N, Acc) ->
    V = try N * 2 after put(last_after, N) end,
    after_loop(N - 1, Acc + V + get(last_after)).
