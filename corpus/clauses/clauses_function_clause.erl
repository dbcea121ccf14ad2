-module(clauses_function_clause).
-export([main/0, id/1, exported/2]).

id(X) -> X.

%% function_clause errors: the reason, and the top stack frame carries the arguments.
main() ->
    Cases = [
        {local_1, fun() -> one(id(2)) end},
        {local_2, fun() -> two(id(a), id(b)) end},
        {local_guard, fun() -> guarded(id(-1)) end},
        {exported_remote, fun() -> ?MODULE:exported(id(x), id([1, 2])) end},
        {exported_local, fun() -> exported(id(1), id(2)) end},
        {fun_clause, fun() -> (fun(1) -> one; (2) -> two end)(id(3)) end},
        {fun_clause_2, fun() -> (fun(a, b) -> ab end)(id(b), id(a)) end},
        {lists_map_badlist, fun() -> lists:map(fun(X) -> X end, id(notalist)) end},
        {lists_foldl_bad, fun() -> lists:foldl(fun(X, A) -> X + A end, 0, id(bad)) end},
        {lists_nth_zero, fun() -> lists:nth(0, id([a])) end},
        {lists_seq_bad, fun() -> lists:seq(id(1), id(a)) end},
        {big_arg, fun() -> one(id(1 bsl 80)) end},
        {many_args, fun() -> many(id(1), 2, 3, 4, 5, 6, 7, 8) end},
        {record_arg, fun() -> rec(id({r, 1})) end}
    ],
    [run(L, F) || {L, F} <- Cases],
    ok.

run(Label, F) ->
    R = try F() of V -> {ok, V}
        catch C:E:S ->
                [{M, Fn, A, _} | _] = S,
                {C, E, {M, Fn, A}}
        end,
    io:format("~p: ~p~n", [Label, R]).

one(1) -> one.
two(a, a) -> aa.
guarded(X) when X > 0 -> pos.
exported(x, []) -> ok.
many(_, _, _, _, _, _, _, 9) -> nine.
rec({r, 2}) -> two.
