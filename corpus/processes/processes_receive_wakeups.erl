-module(processes_receive_wakeups).
-export([main/0, id/1]).

%% A process waiting in receive is woken by every message (and signal) that arrives, matching or
%% not, and looks again: whatever the receive loop keeps in registers, its timeout included, must
%% survive the wait.

id(X) -> X.

%% Waits for {go, Tag} and keeps its arguments live across the waits.
wait_for(Tag, Acc, Timeout) ->
    receive
        {go, Tag} -> {Tag, lists:reverse(Acc)}
    after Timeout -> {timeout, Tag, lists:reverse(Acc)}
    end.

noise(Pid, N) -> [Pid ! {noise, I} || I <- lists:seq(1, N)], ok.

main() ->
    Self = self(),
    %% timer:sleep keeps its time in a register while unrelated messages arrive
    spawn(fun() -> noise(Self, 5) end),
    timer:sleep(id(50)),
    io:format("sleep with messages arriving: ~p~n", [length([M || {noise, _} = M <- flush()])]),
    %% a receive loop woken by non-matching messages keeps its state
    spawn(fun() -> timer:sleep(10), noise(Self, 3), Self ! {go, id(tag1)} end),
    io:format("loop state: ~p~n", [wait_for(id(tag1), id([a, b]), id(5000))]),
    io:format("leftover noise: ~p~n", [length(flush())]),
    %% the after fires on time even though messages keep waking the process
    Feeder = spawn(fun F() -> Self ! {noise, x}, receive stop -> ok after 5 -> F() end end),
    io:format("timeout with noise: ~p~n", [wait_for(id(tag2), id([c]), id(60))]),
    Feeder ! stop,
    timer:sleep(20),
    flush(),
    %% signals wake it too: links and monitors of others come and go
    W = spawn(fun() -> io:format("waiter: ~p~n", [wait_for(id(tag3), id([d]), id(5000))]), Self ! waited end),
    [begin link(W), unlink(W), M = monitor(process, W), demonitor(M) end || _ <- lists:seq(1, 20)],
    W ! {go, tag3},
    receive waited -> ok end,
    ok.

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.
