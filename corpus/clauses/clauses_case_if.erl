-module(clauses_case_if).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    ?T(case_first, case id(1) of 1 -> one; _ -> other end),
    ?T(case_fallthrough, case id(9) of 1 -> one; _ -> other end),
    ?T(case_clause, case id(9) of 1 -> one; 2 -> two end),
    ?T(case_clause_tuple, case id({a, b}) of {b, _} -> no end),
    ?T(case_clause_guard, case id(5) of X when X > 10 -> big end),
    ?T(case_clause_big, case id(1 bsl 70) of 0 -> zero end),
    ?T(case_clause_map, case id(#{k => v}) of #{k := w} -> w end),
    ?T(case_nested, case id(a) of a -> case id(b) of b -> ab; _ -> ax end; _ -> x end),
    ?T(case_nested_clause, case id(a) of a -> case id(c) of b -> ab end end),
    ?T(case_value_used, 1 + case id(x) of x -> 10; _ -> 20 end),
    ?T(case_binds, begin case id({1, 2}) of {A, B} -> ok end, A + B end),
    ?T(case_guard_seq, [case X of Y when Y < 0; Y > 100 -> out; _ -> in end
                        || X <- [-1, 50, 101]]),
    ?T(if_true, begin V = id(1), if V > 0 -> pos; true -> nonpos end end),
    ?T(if_second, begin V = id(-1), if V > 0 -> pos; V < 0 -> neg end end),
    ?T(if_clause, begin V = id(0), if V > 0 -> pos; V < 0 -> neg end end),
    ?T(if_guard_error_false, begin V = id([]), if hd(V) -> a; true -> fallback end end),
    ?T(if_only_failing, begin V = id({1}), if element(5, V) =:= 1 -> a end end),
    ?T(if_nested, begin V = id(1), W = id(2), if V > 0 -> if W > 5 -> big; true -> small end end end),
    ?T(if_multi_guard, [if X > 0, X < 10 -> digit; X >= 10 -> big; true -> neg end
                        || X <- [-5, 5, 50]]),
    ?T(if_in_fun, (fun(Z) -> if Z -> yes end end)(id(false))),
    ?T(case_in_fun_clause, (fun(Z) -> case Z of ok -> 1 end end)(id(nok))),
    ?T(case_string, case id("abc") of "ab" -> ab; "abc" -> abc end),
    ?T(case_binary, case id(<<"xy">>) of <<"x", R/binary>> -> R end),
    ?T(case_float_int, case id(1.0) of 1 -> int; 1.0 -> float end),
    ?T(case_returns_fun_result, case lists:member(id(3), [1, 2, 3]) of true -> y; false -> n end),
    ?T(case_bool_clause, case id(maybe) of true -> t; false -> f end),
    ok.
