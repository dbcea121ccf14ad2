-module(processes_ring).
-export([main/0]).

%% A ring of N processes passing a counter around M times; each adds one.
ring(N, M) ->
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> node_loop(Next) end) end, Self, lists:seq(1, N)),
    First ! {token, 0},
    Result = laps(First, M),
    First ! stop,
    Result.

node_loop(Next) ->
    receive
        {token, C} -> Next ! {token, C + 1}, node_loop(Next);
        stop -> Next ! stop
    end.

laps(_First, 0) ->
    receive {token, C} -> C end;
laps(First, M) ->
    receive {token, C} ->
            case M of
                1 -> C;
                _ -> First ! {token, C}, laps(First, M - 1)
            end
    end.

main() ->
    io:format("ring 10x10: ~p~n", [ring(10, 10)]),
    io:format("ring 1000x20: ~p~n", [ring(1000, 20)]),
    receive stop -> ok end,
    receive stop -> ok end,
    io:format("stops came back: ok~n"),
    %% a star: one process receives from many concurrent senders
    Self = self(),
    Senders = [spawn(fun() -> [Self ! {n, I} || I <- lists:seq(1, 200)] end) || _ <- lists:seq(1, 50)],
    Sum = lists:sum([receive {n, I} -> I end || _ <- lists:seq(1, 50 * 200)]),
    io:format("star: ~p senders, sum ~p~n", [length(Senders), Sum]),
    ok.
