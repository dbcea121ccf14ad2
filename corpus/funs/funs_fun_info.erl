-module(funs_fun_info).
-export([main/0, id/1, ext/1]).

id(X) -> X.
ext(X) -> X.

%% erlang:fun_info/2 items that do not depend on the machine: module, name, arity, type,
%% the captured environment's values; plus funs compared and used as keys.
main() ->
    A = id(1), B = id("two"), C = id({three}),
    Funs = [{no_env, fun() -> ok end},
            {one_var, fun() -> A end},
            {three_vars, fun(X) -> {A, B, C, X} end},
            {local_ref, fun ext/1},
            {remote, fun ?MODULE:ext/1},
            {bif, fun erlang:length/1},
            {named, fun Self(0) -> 0; Self(N) -> Self(N - 1) end},
            {nested, (fun(Y) -> fun() -> Y end end)(id(inner))}],
    [io:format("~p: ~p~n", [Name, [erlang:fun_info(F, Item) || Item <- [module, name, arity, type, env]]])
     || {Name, F} <- Funs, is_local(F)],
    [io:format("~p: ~p~n", [Name, [erlang:fun_info(F, Item) || Item <- [module, name, arity, type, env]]])
     || {Name, F} <- Funs, not is_local(F)],
    io:format("is_function: ~p~n", [[{N, is_function(F), is_function(F, 0), is_function(F, 1)} || {N, F} <- Funs]]),
    io:format("to_list_remote: ~p~n", [erlang:fun_to_list(fun lists:sort/1)]),
    io:format("same_fun_equal: ~p~n", [fun ext/1 =:= fun ext/1]),
    io:format("closures_equal_env: ~p~n", [make(1) =:= make(1)]),
    io:format("closures_differ_env: ~p~n", [make(1) =:= make(2)]),
    io:format("map_with_fun_keys: ~p~n", [map_size(#{make(1) => a, make(1) => b, make(2) => c})]),
    io:format("fun_info_bad_item: ~p~n", [try erlang:fun_info(fun ext/1, id(bogus)) catch Cl:R -> {Cl, R} end]),
    ok.

is_local(F) -> element(2, erlang:fun_info(F, type)) =:= local.

make(N) -> fun() -> N end.
