-module(processes_priority).
-export([main/0, id/1]).

%% Process priorities: the flag and its errors, what spawned processes start with, and that each
%% level makes progress beside busy processes of the others (max, high, normal and low, whose
%% processes still get their turns among busy normal ones).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% Counts down from N, then reports to Parent.
count(Parent, Tag, 0) -> Parent ! {done, Tag};
count(Parent, Tag, N) -> count(Parent, Tag, N - 1).

%% Spawns a counter at Priority.
counter(Priority, Tag, N) ->
    Self = self(),
    spawn_opt(fun() -> count(Self, Tag, N) end, [{priority, Priority}]).

collect(Tags) ->
    lists:sort([receive {done, T} -> T after 20000 -> {timeout, T} end || T <- Tags]).

pong() ->
    receive {From, I} -> From ! I, pong(); stop -> ok end.

ping(_Pong, 0) -> done;
ping(Pong, I) ->
    Pong ! {self(), I},
    receive I -> ping(Pong, I - 1) end.

%% The priority a fresh process reports for itself after Fun sets its flags.
in_child(Opts, Fun) ->
    Self = self(),
    spawn_opt(fun() -> Self ! {child, Fun()} end, Opts),
    receive {child, R} -> R after 5000 -> timeout end.

main() ->
    Self = self(),
    %% the flag
    ?T(default, process_info(self(), priority)),
    ?T(set_each, in_child([], fun() ->
                                  [process_flag(priority, P) || P <- [low, high, max, normal, low]]
                              end)),
    ?T(reported_after_set, in_child([], fun() -> process_flag(priority, high), process_info(self(), priority) end)),
    ?T(bad_level, process_flag(priority, id(urgent))),
    ?T(bad_type, process_flag(priority, id("high"))),
    ?T(bad_integer, process_flag(priority, id(3))),
    ?T(unchanged_after_bad, process_info(self(), priority)),
    %% spawned processes start at normal whatever the parent runs at, unless spawn_opt says
    ?T(child_of_high_parent, in_child([], fun() ->
                                              process_flag(priority, high),
                                              P = self(),
                                              spawn(fun() -> P ! {prio, process_info(self(), priority)} end),
                                              receive {prio, R} -> R end
                                          end)),
    [?T({spawn_opt, L}, in_child([{priority, L}], fun() -> process_info(self(), priority) end))
     || L <- [low, normal, high, max]],
    ?T(spawn_opt_bad, spawn_opt(fun() -> ok end, [{priority, id(highest)}])),
    %% another process's priority, read from outside
    W = spawn_opt(fun() -> receive stop -> ok end end, [{priority, low}]),
    ?T(other_low, process_info(W, priority)),
    ?T(other_in_list, process_info(W, [priority, trap_exit])),
    W ! stop,
    %% every level finishes its work while normal processes keep the schedulers busy
    Busy = [counter(normal, {busy, I}, 3000000) || I <- lists:seq(1, 6)],
    _ = [counter(L, L, 300000) || L <- [low, high, max]],
    ?T(levels_finish, collect([low, high, max])),
    ?T(busy_finish, length(collect([{busy, I} || I <- lists:seq(1, 6)]))),
    ?T(busy_were_pids, lists:all(fun is_pid/1, Busy)),
    %% low-priority processes among busy normal ones all get their turns
    _ = [counter(normal, {spin, I}, 2000000) || I <- lists:seq(1, 4)],
    _ = [counter(low, {low, I}, 100000) || I <- lists:seq(1, 8)],
    ?T(low_ones_finish, length(collect([{low, I} || I <- lists:seq(1, 8)]))),
    ?T(spinners_finish, length(collect([{spin, I} || I <- lists:seq(1, 4)]))),
    %% a high-priority ping-pong pair beside busy normal processes
    _ = [counter(normal, {bg, I}, 2000000) || I <- lists:seq(1, 4)],
    Pong = spawn_opt(fun pong/0, [{priority, high}]),
    ?T(high_ping_pong, in_child([{priority, high}], fun() -> ping(Pong, 500) end)),
    Pong ! stop,
    ?T(background_finish, length(collect([{bg, I} || I <- lists:seq(1, 4)]))),
    %% one sender's messages keep their order whatever the priorities of the two ends
    Sink = spawn_opt(fun() -> receive go -> ok end, Self ! {got, drain([])} end, [{priority, low}]),
    spawn_opt(fun() -> [Sink ! I || I <- lists:seq(1, 50)], Sink ! go end, [{priority, max}]),
    ?T(order_max_to_low, receive {got, L1} -> L1 =:= lists:seq(1, 50) after 5000 -> timeout end),
    Sink2 = spawn_opt(fun() -> receive go -> ok end, Self ! {got, drain([])} end, [{priority, max}]),
    spawn_opt(fun() -> [Sink2 ! I || I <- lists:seq(1, 50)], Sink2 ! go end, [{priority, low}]),
    ?T(order_low_to_max, receive {got, L2} -> L2 =:= lists:seq(1, 50) after 5000 -> timeout end),
    ok.

drain(Acc) ->
    receive I when is_integer(I) -> drain([I | Acc]) after 0 -> lists:reverse(Acc) end.
