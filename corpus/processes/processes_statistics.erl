-module(processes_statistics).
-export([main/0, id/1]).

%% erlang:statistics/1: the shape of every item, the relations between them that hold on any
%% node (counts cannot be compared across VMs), and the errors.

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

pair({A, B}) when is_integer(A), is_integer(B), A >= 0, B >= 0 -> pair;
pair(Other) -> {not_a_pair, Other}.

counts(L) when is_list(L) -> lists:all(fun(X) -> is_integer(X) andalso X >= 0 end, L);
counts(_) -> false.

work(0, Acc) -> Acc;
work(N, Acc) -> work(N - 1, Acc + N).

main() ->
    S = erlang:system_info(schedulers),
    [?T({pair, I}, pair(erlang:statistics(I))) || I <- [reductions, exact_reductions, runtime, wall_clock,
                                                          context_switches]],
    ?T(garbage_collection, case erlang:statistics(garbage_collection) of
                               {A, B, 0} when is_integer(A), is_integer(B) -> triple;
                               O -> O
                           end),
    ?T(io, case erlang:statistics(io) of
               {{input, I}, {output, O}} when is_integer(I), is_integer(O) -> io;
               Other -> Other
           end),
    ?T(run_queue_lengths, {counts(erlang:statistics(run_queue_lengths)),
                           length(erlang:statistics(run_queue_lengths)) - S}),
    ?T(run_queue_lengths_all, {counts(erlang:statistics(run_queue_lengths_all)),
                               length(erlang:statistics(run_queue_lengths_all)) - S}),
    ?T(active_tasks, {counts(erlang:statistics(active_tasks)), length(erlang:statistics(active_tasks)) - S}),
    ?T(active_tasks_all, {counts(erlang:statistics(active_tasks_all)),
                          length(erlang:statistics(active_tasks_all)) - S}),
    [?T(I, is_integer(erlang:statistics(I)) andalso erlang:statistics(I) >= 0)
     || I <- [run_queue, total_run_queue_lengths, total_run_queue_lengths_all]],
    %% this process is running: at least one active task
    ?T(total_active_tasks, erlang:statistics(total_active_tasks) >= 1),
    ?T(total_active_tasks_all, erlang:statistics(total_active_tasks_all) >= 1),
    ?T(scheduler_wall_time, erlang:statistics(scheduler_wall_time)),
    ?T(scheduler_wall_time_all, erlang:statistics(scheduler_wall_time_all)),
    %% the counters move forward
    {R0, _} = erlang:statistics(reductions),
    _ = work(200000, 0),
    erlang:yield(),
    {R1, _} = erlang:statistics(reductions),
    ?T(reductions_grow, R1 - R0 >= 100000),
    _ = erlang:statistics(wall_clock),
    timer:sleep(50),
    {W1, Since} = erlang:statistics(wall_clock),
    ?T(wall_clock_since_last, Since >= 50 andalso Since =< W1),
    {T0, _} = erlang:statistics(runtime),
    _ = work(300000, 0),
    {T1, _} = erlang:statistics(runtime),
    ?T(runtime_monotonic, T1 >= T0),
    {C0, _} = erlang:statistics(context_switches),
    [erlang:yield() || _ <- lists:seq(1, 20)],
    {C1, _} = erlang:statistics(context_switches),
    ?T(context_switches_grow, C1 > C0),
    %% errors
    ?T(bad_item, erlang:statistics(id(bogus))),
    ?T(bad_type, erlang:statistics(id("runtime"))),
    ?T(bad_tuple, erlang:statistics(id({runtime}))),
    ok.
