-module(exc_raise).
-export([main/0, id/1]).

id(X) -> X.

%% erlang:raise/3: rethrowing with the original or a made-up stack; invalid arguments.
main() ->
    Cases = [
        {rethrow_error, fun() ->
                                try
                                    try error(id(orig)) catch error:R:S -> erlang:raise(error, R, S) end
                                catch error:R2:S2 -> {R2, frames(S2)}
                                end end},
        {rethrow_throw, fun() -> try try throw(id(t)) catch C:R:S -> erlang:raise(C, R, S) end
                                 catch throw:X -> {thrown, X} end end},
        {rethrow_exit, fun() -> try try exit(id(x)) catch C:R:S -> erlang:raise(C, R, S) end
                                catch exit:X -> {exited, X} end end},
        {custom_stack, fun() -> try erlang:raise(error, id(custom), [{mod, fn, 2, [{file, "f.erl"}, {line, 10}]},
                                                                      {mod2, fn2, [a], []}])
                                catch error:custom:S -> S end end},
        {empty_stack, fun() -> try erlang:raise(error, id(e), []) catch error:e:S -> S end end},
        {stack_with_arity_only, fun() -> try erlang:raise(throw, id(t), [{m, f, 0}]) catch throw:t:S -> S end end},
        {bad_class, fun() -> erlang:raise(id(bad), r, []) end},
        {bad_stack_not_list, fun() -> erlang:raise(error, r, id(notalist)) end},
        {bad_stack_entry, fun() -> erlang:raise(error, r, id([bad_entry])) end},
        {bad_stack_improper, fun() -> erlang:raise(error, r, id([{m, f, 1, []} | x])) end},
        {bad_stack_location, fun() -> erlang:raise(error, r, id([{m, f, 1, notlist}])) end},
        {raise_returns_badarg_value, fun() -> try erlang:raise(id(bad), r, []) catch C:R -> {C, R} end end},
        {rethrow_keeps_frames, fun() ->
                                       try wrapper(id(3)) catch error:R:S -> {R, frames(S)} end end},
        {catch_after_raise, fun() -> V = (catch erlang:raise(throw, id(val), [])), V end},
        {raise_in_after, fun() -> try try id(1) after erlang:raise(exit, id(in_after), []) end
                                  catch exit:X -> X end end}
    ],
    [io:format("~p: ~p~n", [Name, try F() catch C:R -> {escaped, C, R} end]) || {Name, F} <- Cases],
    ok.

wrapper(N) ->
    try inner(N)
    catch error:R:S -> erlang:raise(error, {wrapped, R}, S)
    end.

inner(N) -> N + id(undefined).

frames(S) -> [{M, F, A, proplists:get_value(line, L)} || {M, F, A, L} <- S, M =:= ?MODULE].
