-module(lists_errors).
-export([main/0, id/1]).

id(X) -> X.

%% Bad input to lists functions: the error class, reason and the function at the top of
%% the stack (lists or erlang, with its arguments).
main() ->
    Cases = [
        {map_not_list, fun() -> lists:map(fun(X) -> X end, id(a)) end},
        {map_improper, fun() -> lists:map(fun(X) -> X end, id([1 | a])) end},
        {foldl_not_fun, fun() -> lists:foldl(id(nofun), 0, [1]) end},
        {foldr_improper, fun() -> lists:foldr(fun(X, A) -> [X | A] end, [], id([1 | b])) end},
        {filter_not_bool, fun() -> lists:filter(fun(_) -> maybe end, id([1])) end},
        {nth_zero, fun() -> lists:nth(0, id([a])) end},
        {nth_past, fun() -> lists:nth(3, id([a])) end},
        {nthtail_past, fun() -> lists:nthtail(3, id([a])) end},
        {sublist_neg, fun() -> lists:sublist(id([a]), -1) end},
        {sublist3_zero_start, fun() -> lists:sublist(id([a]), 0, 1) end},
        {split_neg, fun() -> lists:split(-1, id([a])) end},
        {seq_backwards, fun() -> lists:seq(id(10), 1) end},
        {seq_float, fun() -> lists:seq(id(1.0), 3) end},
        {duplicate_neg, fun() -> lists:duplicate(id(-1), x) end},
        {last_empty, fun() -> lists:last(id([])) end},
        {max_empty, fun() -> lists:max(id([])) end},
        {sum_atom, fun() -> lists:sum(id([1, x])) end},
        {zip_unequal, fun() -> lists:zip(id([1, 2]), id([a])) end},
        {unzip_bad, fun() -> lists:unzip(id([{1, 2}, x])) end},
        {keysort_short_tuple, fun() -> lists:keysort(2, id([{a, 1}, {b}])) end},
        {keyfind_bad_pos, fun() -> lists:keyfind(x, id(0), []) end},
        {keystore_bad, fun() -> lists:keystore(k, 1, id([{a, 1}]), notuple) end},
        {append_bad, fun() -> lists:append(id([[1], a])) end},
        {flatten_improper, fun() -> lists:flatten(id([1 | 2])) end},
        {reverse_improper, fun() -> lists:reverse(id([1 | 2])) end},
        {member_improper, fun() -> lists:member(x, id([1 | 2])) end},
        {delete_improper, fun() -> lists:delete(x, id([1 | 2])) end},
        {sort_fun_bad, fun() -> lists:sort(fun(A) -> A end, id([2, 1])) end},
        {usort_improper, fun() -> lists:usort(id([3, 1 | 2])) end},
        {merge_unsorted_ok, fun() -> lists:merge(id([3, 1]), id([2])) end},
        {takewhile_nonbool, fun() -> lists:takewhile(fun(_) -> 1 end, id([a])) end},
        {all_improper, fun() -> lists:all(fun(_) -> true end, id([1 | 2])) end},
        {concat_bad, fun() -> lists:concat(id([{a}])) end},
        {join_improper, fun() -> lists:join(x, id(a)) end},
        {enumerate_bad, fun() -> lists:enumerate(id(a)) end},
        {subtract_improper, fun() -> id([1 | 2]) -- [1] end},
        {append_op_improper, fun() -> id([1 | 2]) ++ [3] end}
    ],
    [report(N, F) || {N, F} <- Cases],
    ok.

report(Name, F) ->
    R = try F() of V -> {ok, V}
        catch C:E:S ->
                case S of
                    [{M, Fn, A, _} | _] when M =/= ?MODULE -> {C, E, {M, Fn, A}};
                    _ -> {C, E}
                end
        end,
    io:format("~p: ~p~n", [Name, clean(R)]).

%% Local funs print with machine-specific ids: show them as their arity.
clean(F) when is_function(F) -> {'fun', element(2, erlang:fun_info(F, arity))};
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean([H | T]) -> [clean(H) | clean(T)];
clean(X) -> X.
