-module(processes_fairness).
-export([main/0]).

%% More spinners than schedulers (8; erl here has 2): they count in a tail-recursive loop with no
%% receive, each answering a query only by checking its mailbox every 100,000 iterations. A
%% ping-pong pair must still get its turns and finish its round trips, and every spinner advance.
%% (Each hop of the pair waits for the spinners queued ahead of it to spend a time slice each: on
%% a loaded machine the interpreter's slices take milliseconds, hence the modest counts.)
spin(N) when N rem 100000 =:= 0 ->
    receive
        {count, From} -> From ! {self(), N}, spin(N + 1);
        stop -> ok
    after 0 -> spin(N + 1)
    end;
spin(N) ->
    spin(N + 1).

pong() ->
    receive {From, I} -> From ! I, pong(); stop -> ok end.

ping(_Pong, 0) -> done;
ping(Pong, I) ->
    Pong ! {self(), I},
    receive I -> ping(Pong, I - 1) end.

main() ->
    Spinners = [spawn(fun() -> spin(1) end) || _ <- lists:seq(1, 8)],
    timer:sleep(50),
    Pong = spawn(fun pong/0),
    %% the pair keeps answering while more processes spin than there are schedulers
    io:format("ping-pong: ~p~n", [ping(Pong, 100)]),
    %% asked all at once: each answers at its next look at its mailbox
    [S ! {count, self()} || S <- Spinners],
    Counts = [receive {S, C} -> C end || S <- Spinners],
    io:format("every spinner advanced: ~p~n", [lists:all(fun(C) -> C > 100000 end, Counts)]),
    [S ! stop || S <- Spinners],
    Pong ! stop,
    ok.
