-module(receive_deep).
-export([main/0]).

%% Receives that wait at depth (the process unwinds into heap frames and is
%% resumed by a message), selective receive order, timeouts.
main() ->
    Self = self(),
    P = spawn(fun() -> Self ! {result, deep_wait(2000)} end),
    [P ! {n, I} || I <- lists:seq(1, 5)],
    receive {result, R} -> out(R) end,
    Self ! b, Self ! a, Self ! c,
    out(receive a -> got_a end),
    out(receive X -> X end),
    out(receive X2 -> X2 end),
    out(receive _ -> unexpected after 0 -> empty end),
    out(receive _ -> unexpected after 10 -> timed_out end),
    Q = spawn(fun() -> Self ! {sum, sum_msgs(1000, 0)} end),
    [Q ! I || I <- lists:seq(1, 1000)],
    receive {sum, S} -> out(S) end,
    ok.

deep_wait(0) -> [receive {n, I} -> I end || _ <- lists:seq(1, 5)];
deep_wait(N) -> [N | deep_wait(N - 1)] -- lists:seq(1, 2000).

sum_msgs(0, Acc) -> Acc;
sum_msgs(N, Acc) -> receive I when is_integer(I) -> sum_msgs(N - 1, Acc + I) end.

out(T) -> io:format("~p~n", [T]).
