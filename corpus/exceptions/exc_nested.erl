-module(exc_nested).
-export([main/0, id/1]).

id(X) -> X.

log(X) -> put(log, [X | get(log)]).

%% Nested try/catch/after: order of after clauses, exceptions replacing exceptions,
%% catch inside after, exceptions inside guards (which just fail the guard).
main() ->
    Cases = [
        {three_levels, fun() ->
                               try
                                   try
                                       try throw(id(inner))
                                       after log(a1)
                                       end
                                   catch throw:X -> log({caught, X}), error({rethrown, X})
                                   after log(a2)
                                   end
                               catch error:Y -> log({outer, Y}), done
                               after log(a3)
                               end
                       end},
        {after_throws_inside_catch, fun() ->
                                            try
                                                try error(id(first))
                                                catch error:first -> throw(from_catch)
                                                after log(after_inner)
                                                end
                                            catch C:R -> {C, R}
                                            end
                                    end},
        {catch_in_after, fun() -> try id(value) after _ = (catch error(ignored)), log(after_ok) end end},
        {try_in_after, fun() -> try id(v2) after try throw(x) catch throw:x -> log(inner_handled) end end end},
        {deep_unwind, fun() -> try unwind(id(10)) catch throw:{bottom, N} -> {bottom, N} end end},
        {exit_through_layers, fun() -> try layer(id(exit), 3) catch exit:R -> {exit, R} end end},
        {error_through_layers, fun() -> try layer(id(error), 3) catch error:R -> {error, R} end end},
        {class_mismatch_passes, fun() -> try try exit(id(e)) catch throw:_ -> wrong end catch exit:e -> right end end},
        {guard_exception_is_false, fun() -> [g(id(X)) || X <- [[1], [], {a}, 3, #{k => 1}]] end},
        {catch_returns_from_loop, fun() -> find_first(fun(X) -> X > 3 end, id([1, 2, 5, 7])) end},
        {nested_catch_exprs, fun() -> catch catch catch throw(id(deep)) end},
        {rethrow_counts, fun() -> rethrow(id(5)) end},
        {after_sees_bindings, fun() -> X = id(1), try X + 1 after log({after_x, X}) end end},
        {error_in_of_clause_body, fun() -> try id(1) of 1 -> 1 / id(0) catch error:badarith -> not_here end end}
    ],
    [begin
         put(log, []),
         R = try F() catch C:E -> {escaped, C, E} end,
         io:format("~p: ~p log=~p~n", [Name, R, lists:reverse(get(log))])
     end || {Name, F} <- Cases],
    ok.

unwind(0) -> throw({bottom, 0});
unwind(N) -> try [unwind(N - 1)] after log({unwound, N}) end.

layer(How, 0) -> erlang:How(reached_bottom);
layer(How, N) -> try layer(How, N - 1) catch throw:_ -> never after log({layer, N}) end.

g(X) when hd(X) > 0 -> hd_positive;
g(X) when element(1, X) =:= a -> first_a;
g(X) when map_get(k, X) =:= 1 -> k_is_1;
g(X) when length(X) =:= 0 -> empty_list;
g(_) -> none.

find_first(P, L) ->
    try
        lists:foreach(fun(X) -> case P(X) of true -> throw({found, X}); false -> ok end end, L),
        not_found
    catch throw:{found, X} -> X
    end.

rethrow(0) -> throw(base);
rethrow(N) ->
    try rethrow(N - 1)
    catch throw:T -> log({rethrow, N}), throw(T)
    end.
