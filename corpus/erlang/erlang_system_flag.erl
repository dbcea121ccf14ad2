%% erlang:system_flag/2: every flag erl accepts, its answers and its badargs; the settings read
%% back through system_info/1 and seen by new processes; backtrace_depth bounding stack traces;
%% scheduler_wall_time and statistics; erlang:memory/0,1.
-module(erlang_system_flag).
-export([main/0, deep/1]).

-define(T(E), show(??E, fun() -> E end)).

show(Text, F) ->
    R = try {ok, F()} catch C:E -> {C, E} end,
    io:format("~s -> ~0p~n", [Text, R]).

main() ->
    backtrace(),
    schedulers(),
    multi_scheduling(),
    memory_defaults(),
    misc_flags(),
    wall_time(),
    microstate(),
    memory(),
    items(),
    ok.

deep(0) -> erlang:error(bottom);
deep(N) -> [deep(N - 1)].

%% The frames of this module (erl's trace goes on into init's boot frames).
trace_length() ->
    try deep(100) catch error:bottom:S -> length([F || F <- S, element(1, F) =:= ?MODULE]) end.

backtrace() ->
    ?T(erlang:system_flag(backtrace_depth, 3)),
    ?T(trace_length()),
    ?T(erlang:system_flag(backtrace_depth, 20)),
    ?T(trace_length()),
    ?T(erlang:system_flag(backtrace_depth, 1000)),
    ?T(trace_length()),
    ?T(erlang:system_flag(backtrace_depth, 1 bsl 40)),
    ?T(erlang:system_flag(backtrace_depth, 1)),
    ?T(trace_length()),
    ?T(erlang:system_flag(backtrace_depth, 8)),
    ?T(trace_length()),
    ?T(erlang:system_flag(backtrace_depth, -1)),
    ?T(erlang:system_flag(backtrace_depth, 1 bsl 70)),
    ?T(erlang:system_flag(backtrace_depth, x)),
    ?T(erlang:system_flag(backtrace_depth, 8)),
    ?T(erlang:system_info(backtrace_depth)).

schedulers() ->
    N = erlang:system_info(schedulers),
    D = erlang:system_info(dirty_cpu_schedulers),
    ?T(erlang:system_flag(schedulers_online, 1) =:= N),
    ?T(erlang:system_info(schedulers_online)),
    ?T(element(2, erlang:system_info(schedulers_state))),
    ?T(erlang:system_flag(schedulers_online, 0)),
    ?T(erlang:system_flag(schedulers_online, N + 1)),
    ?T(erlang:system_flag(schedulers_online, one)),
    ?T(erlang:system_flag(schedulers_online, N)),
    ?T(erlang:system_info(schedulers_online) =:= N),
    ?T(erlang:system_flag(dirty_cpu_schedulers_online, 1) =:= D),
    ?T(erlang:system_flag(dirty_cpu_schedulers_online, 0)),
    ?T(erlang:system_flag(dirty_cpu_schedulers_online, D + 1)),
    ?T(erlang:system_flag(dirty_cpu_schedulers_online, D)).

multi_scheduling() ->
    Self = self(),
    ?T(erlang:system_info(multi_scheduling)),
    ?T(erlang:system_flag(multi_scheduling, block)),
    ?T(erlang:system_info(multi_scheduling)),
    ?T(erlang:system_info(multi_scheduling_blockers) =:= [Self]),
    ?T(erlang:system_flag(multi_scheduling, block)),
    ?T(erlang:system_info(multi_scheduling_blockers) =:= [Self]),
    ?T(erlang:system_flag(multi_scheduling, unblock)),
    ?T(erlang:system_flag(multi_scheduling, unblock)),
    ?T(erlang:system_flag(multi_scheduling, unblock)),
    ?T(erlang:system_info(multi_scheduling_blockers)),
    ?T(erlang:system_flag(multi_scheduling, block_normal)),
    ?T(erlang:system_info(normal_multi_scheduling_blockers) =:= [Self]),
    ?T(erlang:system_flag(multi_scheduling, unblock_normal)),
    ?T(erlang:system_info(normal_multi_scheduling_blockers)),
    ?T(erlang:system_flag(multi_scheduling, foo)),
    %% A blocker's blocks end with it.
    {P, R} = spawn_monitor(fun() ->
                                   blocked = erlang:system_flag(multi_scheduling, block),
                                   receive stop -> ok end
                           end),
    wait_until(fun() -> erlang:system_info(multi_scheduling) =:= blocked end),
    ?T(erlang:system_info(multi_scheduling_blockers) =:= [P]),
    P ! stop,
    receive {'DOWN', R, process, P, normal} -> ok end,
    wait_until(fun() -> erlang:system_info(multi_scheduling) =:= enabled end),
    ?T(erlang:system_info(multi_scheduling_blockers)).

memory_defaults() ->
    ?T(erlang:system_flag(min_heap_size, 1000)),
    ?T(erlang:system_info(min_heap_size)),
    ?T(erlang:system_flag(max_heap_size, 500)),
    ?T(erlang:system_flag(max_heap_size, 2000)),
    ?T(erlang:system_info(max_heap_size)),
    ?T(erlang:system_flag(fullsweep_after, 10)),
    ?T(erlang:system_info(fullsweep_after)),
    ?T(erlang:system_flag(min_bin_vheap_size, 100)),
    ?T(erlang:system_info(min_bin_vheap_size)),
    ?T(erlang:system_info(garbage_collection)),
    P = spawn(fun() -> receive _ -> ok end end),
    ?T(process_info(P, [min_heap_size, max_heap_size, fullsweep_after])),
    ?T(process_info(self(), [min_heap_size, max_heap_size, fullsweep_after])),
    exit(P, kill),
    ?T(erlang:system_flag(max_heap_size, #{size => 0, kill => false})),
    ?T(erlang:system_flag(max_heap_size, 0)),
    ?T(erlang:system_flag(max_heap_size, #{size => 0, error_logger => false})),
    ?T(erlang:system_flag(max_heap_size, #{size => 0, kill => true, error_logger => true})),
    ?T(erlang:system_flag(max_heap_size, #{kill => true})),
    ?T(erlang:system_flag(max_heap_size, #{size => 0, kill => maybe})),
    ?T(erlang:system_flag(max_heap_size, -1)),
    ?T(erlang:system_flag(min_heap_size, 233)),
    ?T(erlang:system_flag(min_heap_size, -1)),
    ?T(erlang:system_flag(min_heap_size, 1 bsl 59)),
    ?T(erlang:system_flag(min_bin_vheap_size, 46422)),
    ?T(erlang:system_flag(fullsweep_after, 65535)),
    ?T(erlang:system_flag(fullsweep_after, 1 bsl 59)),
    ?T(erlang:system_flag(fullsweep_after, -3)),
    ?T(erlang:system_info(garbage_collection)).

misc_flags() ->
    ?T(erlang:system_flag(trace_control_word, 42)),
    ?T(erlang:system_info(trace_control_word)),
    ?T(erlang:system_flag(trace_control_word, 1 bsl 32 - 1)),
    ?T(erlang:system_flag(trace_control_word, 0)),
    ?T(erlang:system_flag(trace_control_word, -1)),
    ?T(erlang:system_flag(trace_control_word, 1 bsl 32)),
    ?T(erlang:system_flag(time_offset, finalize)),
    ?T(erlang:system_flag(time_offset, foo)),
    ?T(erlang:system_info(time_offset)),
    ?T(erlang:system_flag(microstate_accounting, true)),
    ?T(erlang:system_flag(microstate_accounting, reset)),
    ?T(erlang:system_flag(microstate_accounting, false)),
    ?T(erlang:system_flag(microstate_accounting, reset)),
    ?T(erlang:system_flag(microstate_accounting, foo)),
    ?T(erlang:system_flag(outstanding_system_requests_limit, 10)),
    ?T(erlang:system_info(outstanding_system_requests_limit)),
    ?T(erlang:system_flag(outstanding_system_requests_limit, 134217727)),
    ?T(erlang:system_flag(outstanding_system_requests_limit, 134217728)),
    ?T(erlang:system_flag(outstanding_system_requests_limit, 0)),
    ?T(erlang:system_flag(outstanding_system_requests_limit, 4)),
    Old = erlang:system_flag(system_logger, self()),
    ?T(erlang:system_info(system_logger) =:= self()),
    ?T(erlang:system_flag(system_logger, undefined) =:= self()),
    ?T(erlang:system_info(system_logger)),
    ?T(erlang:system_flag(system_logger, logger)),
    ?T(erlang:system_info(system_logger)),
    ?T(erlang:system_flag(system_logger, foo)),
    ?T(erlang:system_flag(system_logger, "logger")),
    _ = erlang:system_flag(system_logger, Old),
    ?T(erlang:system_flag(erts_alloc, {binary_alloc, sbct, 1000})),
    ?T(erlang:system_flag(erts_alloc, foo)),
    ?T(erlang:system_flag(reset_seq_trace, true)),
    ?T(erlang:system_flag(sequential_tracer, self()) =:= false),
    ?T(erlang:system_info(sequential_tracer) =:= {sequential_tracer, self()}),
    ?T(erlang:system_flag(sequential_tracer, false) =:= self()),
    ?T(erlang:system_flag(sequential_tracer, {m, s})),
    ?T(erlang:system_flag(sequential_tracer, foo)),
    ?T(erlang:system_info(sequential_tracer)),
    ?T(erlang:system_flag(debug_flags, anything)),
    ?T(erlang:system_flag(foo, bar)),
    ?T(erlang:system_flag("backtrace_depth", 8)),
    ?T(erlang:system_flag(scheduler_wall_time, foo)).

wall_time() ->
    N = erlang:system_info(schedulers),
    ?T(statistics(scheduler_wall_time)),
    ?T(erlang:system_flag(scheduler_wall_time, true)),
    ?T(erlang:system_flag(scheduler_wall_time, true)),
    _ = lists:sum(lists:seq(1, 100000)),
    W = statistics(scheduler_wall_time),
    ?T(length(W) =:= N),
    ?T(lists:sort([I || {I, _, _} <- W]) =:= lists:seq(1, N)),
    ?T(lists:all(fun({_, A, T}) -> is_integer(A) andalso is_integer(T) andalso 0 =< A andalso A =< T end, W)),
    ?T(length(statistics(scheduler_wall_time_all)) =:= 2 * N + erlang:system_info(dirty_io_schedulers)),
    ?T(erlang:system_flag(scheduler_wall_time, false)),
    ?T(is_list(statistics(scheduler_wall_time))),
    ?T(erlang:system_flag(scheduler_wall_time, false)),
    ?T(statistics(scheduler_wall_time)),
    ?T(erlang:system_flag(scheduler_wall_time, false)),
    %% Another process's request lasts as long as it does.
    Me = self(),
    {P, R} = spawn_monitor(fun() ->
                                   Me ! {on, erlang:system_flag(scheduler_wall_time, true)},
                                   receive stop -> ok end
                           end),
    receive {on, Was} -> ?T(Was) end,
    ?T(is_list(statistics(scheduler_wall_time))),
    P ! stop,
    receive {'DOWN', R, process, P, normal} -> ok end,
    wait_until(fun() -> statistics(scheduler_wall_time) =:= undefined end),
    ?T(statistics(scheduler_wall_time)).

msacc() ->
    lists:sort([{T, I, C} || #{type := T, id := I, counters := C} <- statistics(microstate_accounting)]).

microstate() ->
    N = erlang:system_info(schedulers),
    ?T(erlang:system_flag(microstate_accounting, false)),
    ?T(erlang:system_flag(microstate_accounting, reset)),
    S0 = msacc(),
    ?T([{T, I} || {T, I, _} <- S0] =:= [{async, 0}, {aux, 1}]
           ++ [{dirty_cpu_scheduler, I} || I <- lists:seq(1, erlang:system_info(dirty_cpu_schedulers))]
           ++ [{dirty_io_scheduler, I} || I <- lists:seq(1, erlang:system_info(dirty_io_schedulers))]
           ++ [{poll, 0}] ++ [{scheduler, I} || I <- lists:seq(1, N)]),
    ?T(lists:usort([lists:sort(maps:keys(C)) || {_, _, C} <- S0])),
    ?T(lists:usort([V || {_, _, C} <- S0, V <- maps:values(C)])),
    ?T(erlang:system_flag(microstate_accounting, true)),
    _ = lists:sum(lists:seq(1, 200000)),
    timer:sleep(20),
    S1 = msacc(),
    ?T(lists:all(fun({_, _, C}) -> lists:all(fun(V) -> is_integer(V) andalso V >= 0 end, maps:values(C)) end, S1)),
    ?T(lists:sum([E || {scheduler, _, #{emulator := E}} <- S1]) > 0),
    ?T(lists:all(fun({scheduler, _, #{sleep := Sl, emulator := E}}) -> Sl + E > 0; (_) -> true end, S1)),
    ?T(erlang:system_flag(microstate_accounting, false)),
    S2 = msacc(),
    timer:sleep(20),
    ?T(msacc() =:= S2),
    ?T(erlang:system_flag(microstate_accounting, reset)),
    ?T(lists:usort([V || {_, _, C} <- msacc(), V <- maps:values(C)])),
    ?T(statistics(microstate_accounting_all)).

memory() ->
    M = erlang:memory(),
    ?T([K || {K, _} <- M]),
    ?T(lists:all(fun({_, V}) -> is_integer(V) andalso V >= 0 end, M)),
    Get = fun(K) -> proplists:get_value(K, M) end,
    ?T(Get(total) =:= Get(processes) + Get(system)),
    ?T(Get(processes_used) =< Get(processes)),
    ?T(Get(atom_used) =< Get(atom)),
    ?T(Get(atom) + Get(code) + Get(ets) + Get(binary) =< Get(system)),
    ?T(Get(total) > 0 andalso Get(atom) > 0 andalso Get(code) > 0),
    ?T(is_integer(erlang:memory(total))),
    ?T(is_integer(erlang:memory(ets))),
    ?T([K || {K, _} <- erlang:memory([ets, total, atom])]),
    ?T(erlang:memory([])),
    ?T(erlang:memory(foo)),
    ?T(erlang:memory([total, foo])),
    ?T(erlang:memory([total | ets])),
    ?T(erlang:memory("total")),
    ?T(erlang:memory(42)),
    T = ets:new(t, []),
    E0 = erlang:memory(ets),
    ets:insert(T, [{I, lists:seq(1, 20)} || I <- lists:seq(1, 1000)]),
    ?T(erlang:memory(ets) > E0),
    ets:delete(T).

%% system_info items about the node's state, checked against what they count.
items() ->
    ?T(erlang:system_info(start_time) < erlang:monotonic_time()),
    ?T(erlang:system_info(end_time) > erlang:monotonic_time()),
    T = ets:new(t, []),
    N = erlang:system_info(ets_count),
    ets:delete(T),
    ?T(N - erlang:system_info(ets_count)),
    ?T(erlang:system_info(ets_count) =:= length(ets:all())),
    ?T(erlang:system_info(port_count) =:= length(erlang:ports())),
    Id = erlang:system_info(scheduler_id),
    ?T(Id >= 1 andalso Id =< erlang:system_info(schedulers)).

wait_until(F) ->
    case F() of
        true -> ok;
        false -> timer:sleep(5), wait_until(F)
    end.
