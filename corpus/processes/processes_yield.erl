-module(processes_yield).
-export([main/0, id/1]).

%% erlang:yield/0 and erlang:bump_reductions/1: a process gives up its turn and carries on where
%% it was (stack, handlers, mailbox untouched); busy-waiting with yield lets others progress.

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

yield_n(0) -> done;
yield_n(N) -> true = erlang:yield(), yield_n(N - 1).

%% Body recursion that yields at every level: the stack must survive each yield.
deep(0) -> erlang:yield(), 0;
deep(N) -> erlang:yield(), 1 + deep(N - 1).

%% Busy-waits for stop, yielding between looks at the mailbox.
poll(Count) ->
    receive stop -> Count after 0 -> erlang:yield(), poll(Count + 1) end.

main() ->
    Self = self(),
    ?T(returns_true, erlang:yield()),
    ?T(many, yield_n(10000)),
    ?T(deep_stack, deep(2000)),
    ?T(inside_try, try erlang:yield(), throw(after_yield) catch throw:T -> {caught, T} end),
    ?T(inside_catch, element(1, element(2, catch begin erlang:yield(), error(boom) end))),
    self() ! kept,
    erlang:yield(),
    ?T(mailbox_untouched, receive kept -> kept after 0 -> lost end),
    ?T(in_guardless_receive, receive after 0 -> erlang:yield() end),
    %% yielding processes all finish, and a busy-waiting one lets the others run
    Ps = [spawn(fun() -> yield_n(2000), Self ! {yielded, I} end) || I <- lists:seq(1, 20)],
    ?T(all_yielders_finish, lists:sort([receive {yielded, I} -> I after 10000 -> timeout end
                                        || I <- lists:seq(1, 20)]) =:= lists:seq(1, 20)),
    ?T(yielders_were_pids, length(Ps)),
    Pollers = [spawn(fun() -> Self ! {polled, poll(0) > 0} end) || _ <- lists:seq(1, 4)],
    Worker = spawn(fun() -> Self ! {worked, lists:sum(lists:seq(1, 200000))} end),
    ?T(worker_beside_pollers, receive {worked, Sum} -> Sum after 10000 -> timeout end),
    [P ! stop || P <- Pollers],
    ?T(pollers_looked, [receive {polled, B} -> B after 10000 -> timeout end || _ <- Pollers]),
    _ = Worker,
    %% bump_reductions
    ?T(bump_returns_true, erlang:bump_reductions(10)),
    ?T(bump_then_run, begin erlang:bump_reductions(5000), lists:sum([4, 5]) end),
    ?T(bump_zero, erlang:bump_reductions(id(0))),
    ?T(bump_negative, erlang:bump_reductions(id(-1))),
    ?T(bump_atom, erlang:bump_reductions(id(many))),
    ?T(bump_huge, erlang:bump_reductions(id(1 bsl 40))),
    ?T(bump_bignum, erlang:bump_reductions(id(1 bsl 70))),
    ?T(still_runs, lists:sum([1, 2, 3])),
    ok.
