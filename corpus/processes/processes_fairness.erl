-module(processes_fairness).
-export([main/0]).

%% Spinners count in a tail-recursive loop with no receive; each answers a query only by checking
%% its mailbox every 100,000 iterations.
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
    Spinners = [spawn(fun() -> spin(1) end) || _ <- lists:seq(1, 16)],
    timer:sleep(50),
    Pong = spawn(fun pong/0),
    %% the pair keeps answering while more processes spin than there are schedulers
    io:format("ping-pong: ~p~n", [ping(Pong, 300)]),
    Counts = [begin S ! {count, self()}, receive {S, C} -> C end end || S <- Spinners],
    io:format("every spinner advanced: ~p~n", [lists:all(fun(C) -> C > 100000 end, Counts)]),
    [S ! stop || S <- Spinners],
    Pong ! stop,
    ok.
