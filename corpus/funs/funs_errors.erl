-module(funs_errors).
-export([main/0, id/1]).

id(X) -> X.

%% badfun and badarity: the fun inside the reason is reported as a shape, never printed.
main() ->
    Cases = [
        {call_atom, fun() -> (id(foo))() end},
        {call_int, fun() -> (id(42))(1) end},
        {call_tuple, fun() -> (id({m, f}))(1) end},
        {call_list, fun() -> (id([]))() end},
        {arity_0_given_1, fun() -> (id(fun() -> ok end))(1) end},
        {arity_2_given_1, fun() -> (id(fun(A, B) -> {A, B} end))(x) end},
        {arity_remote, fun() -> (id(fun lists:reverse/1))(a, b) end},
        {arity_local_ref, fun() -> (id(fun id/1))() end},
        {apply_badarity, fun() -> apply(id(fun(X) -> X end), [1, 2, 3]) end},
        {apply_badfun, fun() -> apply(id(notfun), [1]) end},
        {apply_bad_args, fun() -> apply(id(fun(X) -> X end), id(notlist)) end},
        {apply_improper_args, fun() -> apply(id(fun(X) -> X end), id([1 | 2])) end},
        {remote_fun_undef, fun() -> (id(fun nosuchmod:f/1))(1) end},
        {remote_fun_undef_fn, fun() -> (id(fun lists:nosuchfun/2))(1, 2) end},
        {fun_clause, fun() -> (id(fun(1) -> one end))(2) end},
        {fun_guard_clause, fun() -> (id(fun(X) when is_atom(X) -> X end))(1) end},
        {ok_control, fun() -> (id(fun(X) -> X * 2 end))(21) end},
        {make_fun_bad, fun() -> erlang:make_fun(id(lists), id(map), id(-1)) end},
        {make_fun_ok_arity, fun() -> erlang:fun_info(erlang:make_fun(lists, map, 2), arity) end},
        {fun_info_bad, fun() -> erlang:fun_info(id(notfun), arity) end},
        {fun_info_bad_item, fun() -> erlang:fun_info(fun id/1, bogus) end}
    ],
    [report(Name, F) || {Name, F} <- Cases],
    ok.

report(Name, F) ->
    R = try F() of V -> {ok, V} catch C:E -> {C, clean(E)} end,
    io:format("~p: ~p~n", [Name, R]).

clean({badarity, {Fun, Args}}) when is_function(Fun) ->
    {badarity, {fun_of_arity(Fun), Args}};
clean({badfun, X}) -> {badfun, X};
clean(E) -> E.

fun_of_arity(F) -> {'fun', element(2, erlang:fun_info(F, arity))}.
