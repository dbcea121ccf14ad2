%% garbage_collect/0,1,2 (sync and async, with its reply message), erlang:process_flag/3,
%% erts_internal:is_process_alive/1, system_monitor/0,1,2, trace_delivered/1, and where another
%% process runs (process_info current_function, current_location, current_stacktrace).
-module(erlang_system_requests).
-export([main/0]).

-define(T(E), show(??E, fun() -> E end)).

show(Text, F) ->
    R = try {ok, norm(F())} catch C:E -> {C, E} end,
    io:format("~s -> ~0p~n", [Text, R]).

norm(L) when is_list(L) -> [norm(M) || M <- L];
norm(R) when is_reference(R) -> ref;
norm(P) when is_pid(P) -> pid;
norm({file, F}) -> {file, filename:basename(F)};
norm(T) when is_tuple(T) -> list_to_tuple(norm(tuple_to_list(T)));
norm(X) -> X.

main() ->
    gc(),
    flags(),
    monitor(),
    locations(),
    ok.

sleeper() -> spawn(fun() -> receive stop -> ok end end).

dead() ->
    P = sleeper(),
    R = monitor(process, P),
    exit(P, kill),
    receive {'DOWN', R, _, _, _} -> P end.

gc() ->
    P = sleeper(),
    ?T(garbage_collect()),
    ?T(garbage_collect(self())),
    ?T(garbage_collect(P)),
    ?T(garbage_collect(P, [{async, r1}])),
    ?T(receive M -> M after 1000 -> none end),
    ?T(garbage_collect(P, [{type, minor}])),
    ?T(garbage_collect(P, [{type, major}, {async, r2}])),
    ?T(receive M2 -> M2 after 1000 -> none end),
    ?T(garbage_collect(self(), [{async, r3}, {type, minor}])),
    ?T(receive M3 -> M3 after 1000 -> none end),
    ?T(garbage_collect(P, [{type, bad}])),
    ?T(garbage_collect(self(), [{type, bad}])),
    ?T(garbage_collect(P, [bad])),
    ?T(garbage_collect(P, bad)),
    ?T(garbage_collect(foo)),
    ?T(garbage_collect(foo, [])),
    D = dead(),
    ?T(garbage_collect(D)),
    ?T(garbage_collect(D, [{async, r4}])),
    ?T(receive M4 -> M4 after 1000 -> none end),
    P ! stop.

flags() ->
    P = sleeper(),
    ?T(erlang:process_flag(self(), save_calls, 5)),
    ?T(erlang:process_flag(self(), save_calls, 0)),
    ?T(erlang:process_flag(P, save_calls, 7)),
    ?T(erlang:process_flag(P, save_calls, 10000)),
    ?T(erlang:process_flag(P, save_calls, 10001)),
    ?T(erlang:process_flag(self(), trap_exit, true)),
    ?T(erlang:process_flag(foo, save_calls, 1)),
    ?T(erlang:process_flag(self(), save_calls, -1)),
    ?T(erlang:process_flag(dead(), save_calls, 1)),
    ?T(erts_internal:is_process_alive(P)),
    ?T(erts_internal:is_process_alive(dead())),
    ?T(erts_internal:is_process_alive(foo)),
    ?T(erlang:trace_delivered(self())),
    ?T(receive {trace_delivered, _, _} = M -> M after 1000 -> none end),
    ?T(erlang:trace_delivered(all)),
    ?T(receive {trace_delivered, _, _} = M2 -> M2 after 1000 -> none end),
    ?T(erlang:trace_delivered(foo)),
    P ! stop.

monitor() ->
    Self = self(),
    ?T(erlang:system_monitor()),
    ?T(erlang:system_monitor(self(), [busy_port, {long_gc, 100}, {long_schedule, 10},
                                      {large_heap, 1000}, busy_dist_port])),
    ?T(erlang:system_monitor()),
    ?T(erlang:system_monitor(undefined)),
    ?T(erlang:system_monitor({self(), [busy_port, busy_port]})),
    ?T(erlang:system_monitor(self(), [{large_heap, 20000}, {long_gc, 0}, {long_schedule, 1 bsl 40}])),
    ?T(erlang:system_monitor(self(), [])),
    ?T(erlang:system_monitor()),
    ?T(erlang:system_monitor(self(), [bad])),
    ?T(erlang:system_monitor(self(), [{long_gc, -1}])),
    ?T(erlang:system_monitor(self(), [busy_port | x])),
    ?T(erlang:system_monitor(self(), x)),
    ?T(erlang:system_monitor(foo, [])),
    ?T(erlang:system_monitor(foo, [busy_port])),
    ?T(erlang:system_monitor(foo)),
    ?T(erlang:system_monitor({foo, bar})),
    P = sleeper(),
    ?T(erlang:system_monitor(P, [busy_port])),
    ?T(element(1, erlang:system_monitor()) =:= P),
    R = monitor(process, P),
    exit(P, kill),
    receive {'DOWN', R, _, _, _} -> ok end,
    ?T(erlang:system_monitor()),
    ?T(Self =:= self()).

outer(N) -> R = middle(N), {done, R}.
middle(N) -> R = inner(N), [R].
inner(N) -> receive go -> N end.

spin(0) -> receive go -> ok end;
spin(N) -> spin(N - 1).

locations() ->
    P = spawn(fun() -> outer(1) end),
    Q = spawn(fun() -> timer:sleep(infinity) end),
    S = spawn(fun() -> spin(1000) end),
    [wait_until(fun() -> process_info(X, status) =:= {status, waiting} end) || X <- [P, Q, S]],
    ?T(process_info(P, [current_function, current_location, current_stacktrace, initial_call])),
    ?T(process_info(Q, [current_function, current_location, current_stacktrace])),
    ?T(process_info(S, [current_function, current_location])),
    ?T(erlang:system_flag(backtrace_depth, 2)),
    ?T(process_info(P, current_stacktrace)),
    ?T(erlang:system_flag(backtrace_depth, 8)),
    [X ! go || X <- [P, S]],
    exit(Q, kill).

wait_until(F) ->
    case F() of
        true -> ok;
        false -> timer:sleep(5), wait_until(F)
    end.
