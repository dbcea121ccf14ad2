-module(apply_dynamic).
-export([main/0, id/1, f0/0, f1/1, f3/3]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.
f0() -> zero_args.
f1(X) -> {one, X}.
f3(A, B, C) -> {three, A, B, C}.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% apply/2,3 and M:F(Args) with run-time module and function names; undef errors.
main() ->
    M = id(?MODULE),
    ?T(apply3_0, apply(M, f0, [])),
    ?T(apply3_1, apply(M, f1, [x])),
    ?T(apply3_3, apply(M, f3, [a, b, c])),
    ?T(dynamic_call, M:f1(y)),
    ?T(dynamic_fun_name, begin F = id(f3), M:F(1, 2, 3) end),
    ?T(dynamic_both, begin Mod = id(lists), Fn = id(seq), Mod:Fn(1, 3) end),
    ?T(apply_bif, apply(erlang, length, [[1, 2, 3]])),
    ?T(apply_bif_dynamic, begin Mod = id(erlang), Mod:element(1, {a}) end),
    ?T(apply_operator, apply(erlang, '++', [[1], [2]])),
    ?T(apply_lists, apply(lists, reverse, [[1, 2, 3]])),
    ?T(apply2_fun, apply(fun(X, Y) -> X * Y end, [6, 7])),
    ?T(apply2_tuple_fun, apply(id({?MODULE, f1}), [tup])),
    ?T(undef_module, apply(id(no_such_module_xyz), f, [1])),
    ?T(undef_function, apply(M, no_such_fun, [])),
    ?T(undef_arity, apply(M, f1, [])),
    ?T(undef_dynamic_call, begin Mod = id(nomod_abc), Mod:go() end),
    ?T(undef_local_unexported, apply(M, t, [1, 2])),
    ?T(badarg_module_not_atom, apply(id("lists"), reverse, [[]])),
    ?T(badarg_fun_not_atom, apply(lists, id("reverse"), [[]])),
    ?T(badarg_args_not_list, apply(lists, reverse, id(notlist))),
    ?T(badarg_args_improper, apply(lists, reverse, id([[] | x]))),
    ?T(call_module_int, begin Mod = id(42), Mod:f() end),
    ?T(call_fun_int, begin Fn = id(42), lists:Fn() end),
    ?T(erlang_apply_3, erlang:apply(lists, sum, [[1, 2]])),
    ?T(function_exported, [erlang:function_exported(M, f1, 1), erlang:function_exported(M, f1, 2),
                           erlang:function_exported(M, t, 2), erlang:function_exported(lists, map, 2)]),
    ?T(module_info_exports, lists:sort(M:module_info(exports))),
    ?T(module_info_module, M:module_info(module)),
    ?T(is_builtin, [erlang:is_builtin(erlang, length, 1), erlang:is_builtin(lists, map, 2),
                    erlang:is_builtin(erlang, apply, 3)]),
    ?T(undef_stack_top, try apply(M, nope, [1, 2]) catch error:undef:S -> hd(S) end),
    ?T(undef_stack_top_mod, try (id(zz_missing)):f(a) catch error:undef:S -> hd(S) end),
    ok.
