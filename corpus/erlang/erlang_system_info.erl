-module(erlang_system_info).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    io:format("~p: ~p~n", [Label, c(F)]).

c(F) ->
    try F() catch C:E -> {C, E} end.

%% system_info/1, os:type/0 and the node's view of distribution: the items whose values are facts
%% of the release and the machine, the shapes of the measured ones, and unknown items.
main() ->
    Fixed = [wordsize, {wordsize, internal}, {wordsize, external}, otp_release, version, machine, compat_rel,
             driver_version, nif_version, emu_type, build_type, debug_compiled, lock_checking, lock_counting,
             smp_support, threads, thread_pool_size, heap_type, min_heap_size, min_bin_vheap_size, max_heap_size,
             fullsweep_after, garbage_collection, message_queue_data, time_offset, time_warp_mode, time_correction,
             tolerant_timeofday, creation, dist_ctrl, trace_control_word, sequential_tracer, multi_scheduling,
             multi_scheduling_blockers, scheduler_bind_type, context_reductions, atom_limit, port_limit,
             process_limit, dirty_io_schedulers, hipe_architecture, dynamic_trace, dynamic_trace_probes,
             outstanding_system_requests_limit, delayed_node_table_gc, dist_buf_busy_limit],
    [?T(I, erlang:system_info(id(I))) || I <- Fixed],
    ?T(schedulers_agree, begin
                             S = erlang:system_info(schedulers),
                             {S =:= erlang:system_info(schedulers_online), erlang:system_info(schedulers_state) =:= {S, S, S},
                              S =:= erlang:system_info(dirty_cpu_schedulers), tuple_size(erlang:system_info(scheduler_bindings)) =:= S}
                         end),
    ?T(logical_processors, begin
                               L = erlang:system_info(logical_processors),
                               {is_integer(L) andalso L > 0, L =:= erlang:system_info(logical_processors_online)}
                           end),
    ?T(counts, begin
                   P = erlang:system_info(process_count),
                   A = erlang:system_info(atom_count),
                   {is_integer(P) andalso P > 0 andalso P < erlang:system_info(process_limit),
                    is_integer(A) andalso A > 1000}
               end),
    ?T(process_count_grows, begin
                                Before = erlang:system_info(process_count),
                                Self = self(),
                                Pids = [spawn(fun() -> Self ! {up, self()}, receive stop -> ok end end) || _ <- lists:seq(1, 5)],
                                [receive {up, P} -> ok end || P <- Pids],
                                During = erlang:system_info(process_count),
                                [begin Ref = monitor(process, P), P ! stop, receive {'DOWN', Ref, _, _, _} -> ok end end || P <- Pids],
                                During - Before
                            end),
    ?T(atom_count_grows, begin
                             Name = "erlang_system_info_new_atom_" ++ integer_to_list(erlang:unique_integer([positive])),
                             Count = fun() -> erlang:system_info(atom_count) end,
                             _ = Count(),
                             Before = Count(),
                             _ = list_to_atom(Name),
                             Count() - Before
                         end),
    ?T(system_version_shape, begin V = erlang:system_info(system_version), lists:prefix("Erlang/OTP 25 [erts-13.1.5]", V) andalso lists:last(V) =:= $\n end),
    ?T(system_architecture_is_string, io_lib:printable_list(erlang:system_info(system_architecture))),
    ?T(os_type, os:type()),
    ?T(os_version_shape, begin {A, B, C} = os:version(), is_integer(A) andalso is_integer(B) andalso is_integer(C) end),
    ?T(cpu_topology_shape, begin [{processor, Cores}] = erlang:system_info(cpu_topology), length(Cores) =:= erlang:system_info(logical_processors) end),
    ?T(os_monotonic_time_source, [K || {K, _} <- erlang:system_info(os_monotonic_time_source)]),
    ?T(os_monotonic_time_source_values, lists:keydelete(time, 1, erlang:system_info(os_monotonic_time_source))),
    ?T(os_system_time_source, lists:keydelete(time, 1, erlang:system_info(os_system_time_source))),
    ?T(os_system_time_source_time, begin
                                       {time, T} = lists:keyfind(time, 1, erlang:system_info(os_system_time_source)),
                                       abs(T div 1000000000 - os:system_time(second)) =< 2
                                   end),
    ?T(unknown_items, [c(fun() -> erlang:system_info(id(I)) end) || I <- [bogus, filename_encoding, "version", 42, {wordsize, other},
                                                                        {bogus, 1}, {wordsize, internal, x}]]),
    ?T(filename_encoding, file:native_name_encoding()),
    ?T(nodes, {nodes(), nodes(visible), nodes(hidden), nodes(connected), nodes(this), nodes(known), nodes([this, known])}),
    ?T(nodes_info, {nodes(this, #{}), nodes(this, #{node_type => true, connection_id => true}), nodes(visible, #{node_type => true})}),
    ?T(nodes_bad, [c(fun() -> erlang:nodes(id(A)) end) || A <- [x, [x], [this | x], "this"]]),
    ?T(nodes_info_bad, [c(fun() -> erlang:nodes(this, id(O)) end) || O <- [#{x => true}, #{node_type => 1}, x]]),
    ?T(monitor_node_self, {monitor_node(node(), true), monitor_node(node(), false)}),
    ?T(monitor_node_other, c(fun() -> monitor_node(id(foo@bar), true) end)),
    ?T(monitor_node_bad, [c(fun() -> erlang:monitor_node(N, F) end) || {N, F} <- [{id(1), true}, {node(), id(x)}, {id(foo@bar), id(x)}]]),
    ?T(monitor_node_3, [c(fun() -> erlang:monitor_node(N, true, O) end) || {N, O} <- [{node(), [allow_passive_connect]}, {node(), id([x])},
                                                                                   {id(foo@bar), [allow_passive_connect]}, {node(), id(x)}]]),
    ?T(no_nodedown_message, receive M -> M after 10 -> none end),
    ?T(is_alive, is_alive()),
    ok.
