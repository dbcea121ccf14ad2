-module(exc_try).
-export([main/0, id/1]).

id(X) -> X.

log(X) -> put(log, [X | get(log)]).

%% try ... of ... catch ... after: which clause runs, in which order, with which value.
main() ->
    Cases = [
        {body_value, fun() -> try id(1) catch _:_ -> caught end end},
        {of_clause, fun() -> try id(2) of 2 -> two; _ -> other catch _:_ -> caught end end},
        {catch_throw, fun() -> try throw(id(t)) catch throw:X -> {thrown, X} end end},
        {catch_error, fun() -> try error(id(e)) catch error:X -> {error, X} end end},
        {catch_exit, fun() -> try exit(id(x)) catch exit:X -> {exit, X} end end},
        {default_class_throw, fun() -> try throw(id(t)) catch X -> {default, X} end end},
        {default_class_no_error, fun() -> catch_default(fun() -> error(id(e)) end) end},
        {class_var, fun() -> [try F() catch C:R -> {C, R} end
                               || F <- [fun() -> throw(1) end, fun() -> error(2) end,
                                        fun() -> exit(3) end]] end},
        {catch_guard, fun() -> [try throw(id(N)) catch throw:X when X > 1 -> big; throw:X -> {small, X} end
                                 || N <- [1, 2]] end},
        {catch_pattern, fun() -> try error(id({my, 5})) catch error:{my, V} -> V end end},
        {unmatched_class_propagates, fun() -> try try exit(id(x)) catch error:_ -> wrong end
                                             catch exit:X -> {outer, X} end end},
        {after_runs_normal, fun() -> put(log, []), R = try id(v) after log(after1) end, {R, get(log)} end},
        {after_runs_throw, fun() -> put(log, []),
                                    R = (catch try throw(id(t)) after log(after2) end),
                                    {R, get(log)} end},
        {after_runs_caught, fun() -> put(log, []),
                                     R = try throw(id(t)) catch throw:_ -> log(in_catch), c after log(after3) end,
                                     {R, lists:reverse(get(log))} end},
        {after_value_ignored, fun() -> try id(body) after id(after_value) end end},
        {after_in_of, fun() -> put(log, []),
                               R = try id(1) of 1 -> log(in_of), of_result after log('after') end,
                               {R, lists:reverse(get(log))} end},
        {after_raises_replaces, fun() -> try try throw(id(first)) after error(id(second)) end
                                         catch C:R -> {C, R} end end},
        {catch_raises, fun() -> try try throw(id(a)) catch throw:_ -> error(id(from_catch)) end
                                catch C:R -> {C, R} end end},
        {of_raises_not_caught_locally, fun() ->
                                               try try id(1) of 1 -> throw(id(from_of)) catch throw:_ -> local end
                                               catch throw:X -> {outer, X} end end},
        {stacktrace_var, fun() -> try error(id(st)) catch error:st:S -> is_list(S) end end},
        {stacktrace_frames, fun() -> try fail_here(id(1)) catch error:R:S -> {R, frames(S)} end end},
        {try_in_loop, fun() -> loop(id(5), []) end},
        {try_returns_tuple, fun() -> try {id(a), id(b)} of {A, B} -> [B, A] catch _:_ -> x end end},
        {try_no_of_multiple_exprs, fun() -> try X = id(1), Y = id(2), X + Y catch _:_ -> x end end},
        {try_vars_in_after, fun() -> put(log, []), try id(1) after log(seen) end, get(log) end},
        {throw_from_deep, fun() -> try deep_throw(id(50)) catch throw:{depth, N} -> N end end},
        {error_value_types, fun() -> [try error(id(V)) catch error:R -> R end
                                      || V <- [1, 2.5, "s", <<"b">>, [], {}, #{k => v}]] end}
    ],
    [io:format("~p: ~p~n", [Name, try F() catch C:R -> {escaped, C, R} end]) || {Name, F} <- Cases],
    ok.

catch_default(F) ->
    try try F() catch X -> {default, X} end catch C:R -> {not_caught_by_default, C, R} end.

fail_here(X) ->
    Y = X + 1,
    error({failed, Y}).

frames(S) -> [{M, F, A, proplists:get_value(line, L)} || {M, F, A, L} <- S, M =:= ?MODULE].

loop(0, Acc) -> lists:reverse(Acc);
loop(N, Acc) ->
    R = try case N rem 2 of 0 -> throw(N); 1 -> N end of V -> {ok, V} catch throw:T -> {thrown, T} end,
    loop(N - 1, [R | Acc]).

deep_throw(0) -> throw({depth, bottom});
deep_throw(N) -> 1 + deep_throw(N - 1).
