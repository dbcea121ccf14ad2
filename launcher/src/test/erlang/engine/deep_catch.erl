-module(deep_catch).
-export([main/0, remote/2]).

%% Exceptions raised deep in body recursion (well past the JVM depth at which
%% the engines unwind into heap frames), caught at different depths, with the
%% program's own stack frames printed.
main() ->
    [out({N, t(fun() -> down(N, raise) end)}) || N <- [0, 1, 100, 511, 512, 513, 1025, 30000]],
    [out({N, caught_at(t(fun() -> down(N, {catch_at, N div 2}) end))}) || N <- [10, 1000, 30000]],
    [out({N, exit_frames(catch down(N, raise))}) || N <- [3, 5000]],
    out(t(fun() -> remote(20000, 0) end)),
    out(t(fun() -> nested(5000) end)),
    out(sum_with_try(100000, 0)),
    ok.

t(F) ->
    try F() of V -> {value, V}
    catch C:R:S -> {C, R, frames(S)}
    end.

frames(S) -> [{F, A, proplists:get_value(line, L)} || {M, F, A, L} <- S, M =:= ?MODULE].

caught_at({value, L}) -> {count(L, 0), last(L)}.

count([_ | T], N) -> count(T, N + 1);
count(_, N) -> N.

exit_frames({'EXIT', {R, S}}) -> {'EXIT', R, frames(S)}.

last([X]) -> X;
last([_ | T]) -> last(T);
last(T) -> T.

down(0, raise) -> error(bottom);
down(0, {catch_at, _}) -> error(bottom);
down(N, {catch_at, N} = How) -> try [N | down(N - 1, How)] catch error:bottom:S -> {caught_at, N, length(frames(S))} end;
down(N, How) -> [N | down(N - 1, How)].

remote(0, Acc) -> throw({done, Acc});
remote(N, Acc) -> 1 + ?MODULE:remote(N - 1, Acc + N).

nested(0) -> exit(deep_exit);
nested(N) ->
    try nested(N - 1)
    after put(last_after, N)
    end.

sum_with_try(0, Acc) -> Acc;
sum_with_try(N, Acc) ->
    V = try case N rem 1000 of 0 -> throw(N); _ -> N end catch throw:X -> -X end,
    sum_with_try(N - 1, Acc + V).

out(T) -> io:format("~p~n", [T]).
