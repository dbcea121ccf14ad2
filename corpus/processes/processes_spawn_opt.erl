-module(processes_spawn_opt).
-export([main/0, id/1, child/2]).

%% spawn_opt/2,3,4,5 and every option OTP 25 documents: link, monitor (with monitor options),
%% priority, fullsweep_after, min_heap_size, min_bin_vheap_size, max_heap_size and
%% message_queue_data, each accepted, visible where process_info shows it, and refused when bad.

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% Reports {Tag, self()} to Parent and waits for stop.
child(Parent, Tag) ->
    Parent ! {Tag, self()},
    receive stop -> ok end.

waiter() ->
    receive stop -> ok end.

%% Spawns a waiter with Opts, reads Items of its process_info, stops it.
info_of(Opts, Items) ->
    P = spawn_opt(fun waiter/0, Opts),
    R = process_info(P, Items),
    P ! stop,
    R.

down(P, Ref) ->
    receive {'DOWN', Ref, process, P, Why} -> Why after 5000 -> timeout end.

main() ->
    Self = self(),
    %% the plain forms
    ?T(no_options, is_pid(spawn_opt(fun() -> ok end, []))),
    P1 = spawn_opt(?MODULE, child, [Self, p1], []),
    ?T(mfa_form, receive {p1, P1} -> P1 ! stop, ok after 5000 -> timeout end),
    %% the forms with a node: a node that is not alive refuses even its own name
    ?T(node_form, spawn_opt(?MODULE, child, [Self, p2], node(), [])),
    ?T(fun_node_form, spawn_opt(fun() -> child(Self, p3) end, node(), [])),
    ?T(node_form_monitor, spawn_opt(erlang, exit, [z], node(), [monitor])),
    %% link and monitor
    {P4, R4} = spawn_opt(fun() -> exit(bye) end, [monitor]),
    ?T(monitor_down, down(P4, R4)),
    {P5, R5} = spawn_opt(?MODULE, child, [Self, p5], [monitor]),
    receive {p5, P5} -> P5 ! stop end,
    ?T(monitor_mfa_normal, down(P5, R5)),
    {P7, R7} = spawn_opt(fun() -> exit(tagged) end, [{monitor, [{tag, my_tag}]}]),
    ?T(monitor_tag, receive {my_tag, R7, process, P7, W7} -> W7 after 5000 -> timeout end),
    {P8, R8} = spawn_opt(fun() -> receive {To, M} -> To ! M end end, [{monitor, [{alias, demonitor}]}]),
    P8 ! {R8, via_alias},
    ?T(monitor_alias, receive via_alias -> got after 5000 -> timeout end),
    ?T(monitor_alias_down, receive {'DOWN', R8, process, P8, W8} -> W8 after 5000 -> no_down end),
    {P8b, R8b} = spawn_opt(fun() -> ok end, [{monitor, []}]),
    ?T(monitor_empty_options, down(P8b, R8b)),
    ?T(monitor_bad_options, spawn_opt(fun() -> ok end, [{monitor, id(bad)}])),
    ?T(monitor_bad_alias, spawn_opt(fun() -> ok end, [{monitor, [{alias, id(sometimes)}]}])),
    process_flag(trap_exit, true),
    {P9, R9} = spawn_opt(fun() -> exit(both) end, [link, monitor]),
    ?T(link_and_monitor, {down(P9, R9), receive {'EXIT', P9, W9} -> W9 after 5000 -> timeout end}),
    P10 = spawn_opt(fun() -> ok end, [link]),
    ?T(link_normal, receive {'EXIT', P10, W10} -> W10 after 5000 -> timeout end),
    P11 = spawn_opt(?MODULE, child, [Self, p11], [link, link]),
    receive {p11, P11} -> ok end,
    ?T(link_twice_one_link, length([x || L <- element(2, process_info(self(), links)), L =:= P11])),
    P11 ! stop,
    receive {'EXIT', P11, _} -> ok end,
    process_flag(trap_exit, false),
    %% priority
    [?T({priority, Pr}, info_of([{priority, Pr}], priority)) || Pr <- [low, normal, high, max]],
    ?T(priority_last_wins, info_of([{priority, high}, {priority, low}], priority)),
    ?T(priority_bad, spawn_opt(fun waiter/0, [{priority, id(urgent)}])),
    ?T(priority_not_atom, spawn_opt(fun waiter/0, [{priority, id(1)}])),
    %% heap options: accepted, and shown by process_info where OTP shows them
    ?T(min_heap_size, is_pid(spawn_opt(fun() -> ok end, [{min_heap_size, 1000}]))),
    ?T(min_heap_size_zero, is_pid(spawn_opt(fun() -> ok end, [{min_heap_size, 0}]))),
    ?T(min_heap_size_bad, spawn_opt(fun waiter/0, [{min_heap_size, id(-1)}])),
    ?T(min_heap_size_atom, spawn_opt(fun waiter/0, [{min_heap_size, id(big)}])),
    ?T(min_bin_vheap_size, is_pid(spawn_opt(fun() -> ok end, [{min_bin_vheap_size, 100000}]))),
    ?T(min_bin_vheap_size_bad, spawn_opt(fun waiter/0, [{min_bin_vheap_size, id(-5)}])),
    ?T(fullsweep_after, is_pid(spawn_opt(fun() -> ok end, [{fullsweep_after, 10}]))),
    ?T(fullsweep_after_zero, is_pid(spawn_opt(fun() -> ok end, [{fullsweep_after, 0}]))),
    ?T(fullsweep_after_bad, spawn_opt(fun waiter/0, [{fullsweep_after, id(-1)}])),
    ?T(max_heap_size, info_of([{max_heap_size, 100000}], max_heap_size)),
    ?T(max_heap_size_map, info_of([{max_heap_size, #{size => 200000, kill => false, error_logger => false}}],
                                  max_heap_size)),
    ?T(max_heap_size_partial_map, info_of([{max_heap_size, #{size => 300000}}], max_heap_size)),
    ?T(max_heap_size_zero, info_of([{max_heap_size, 0}], max_heap_size)),
    ?T(max_heap_size_bad, spawn_opt(fun waiter/0, [{max_heap_size, id(-1)}])),
    ?T(max_heap_size_unknown_key, info_of([{max_heap_size, id(#{size => 1000, bogus => 1})}], max_heap_size)),
    ?T(max_heap_size_bad_kill, spawn_opt(fun waiter/0, [{max_heap_size, id(#{size => 1000, kill => maybe})}])),
    ?T(message_queue_data_off, info_of([{message_queue_data, off_heap}], message_queue_data)),
    ?T(message_queue_data_on, info_of([{message_queue_data, on_heap}], message_queue_data)),
    ?T(message_queue_data_bad, spawn_opt(fun waiter/0, [{message_queue_data, id(bogus)}])),
    ?T(many_options, info_of([link, {priority, low}, {min_heap_size, 233}, {fullsweep_after, 5},
                              {message_queue_data, off_heap}],
                             [priority, message_queue_data])),
    %% bad option lists and bad functions
    ?T(unknown_option, spawn_opt(fun waiter/0, [id(bogus)])),
    ?T(unknown_tuple_option, spawn_opt(fun waiter/0, [{id(bogus), 1}])),
    ?T(short_tuple_option, spawn_opt(fun waiter/0, [{id(priority)}])),
    ?T(not_a_list, spawn_opt(fun waiter/0, id(link))),
    ?T(improper_list, spawn_opt(fun waiter/0, id([link | monitor]))),
    ?T(not_a_fun, spawn_opt(id(notfun), [])),
    ?T(mfa_bad_module, spawn_opt(id("m"), f, [], [])),
    ?T(mfa_bad_args, spawn_opt(?MODULE, child, id(notlist), [])),
    ?T(bad_node, spawn_opt(fun waiter/0, id(no_such@node), [])),
    %% the function is looked up in the new process, not by spawn_opt: a missing one is no error here
    ?T(missing_function_spawns, is_pid(spawn_opt(erlang, apply, [fun() -> catch no_such_module_xyz:f() end, []],
                                                 [{priority, low}]))),
    ok.
