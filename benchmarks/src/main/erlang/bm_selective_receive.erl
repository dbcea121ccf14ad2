%% Selective receive: a mailbox of N messages taken out in reverse order (each receive skips the
%% rest), then request/reply calls with a fresh reference while unrelated messages wait in the
%% mailbox (OTP skips those for a reference made just before the receive).
-module(bm_selective_receive).
-export([size/1, run/1]).

size(tiny) -> {50, 20};
size(bench) -> {4000, 40000}.

run({N, Calls}) ->
    Self = self(),
    [Self ! {msg, I} || I <- lists:seq(1, N)],
    Reversed = take(N, 0),
    Server = spawn(fun server/0),
    [Self ! {unrelated, I} || I <- lists:seq(1, 500)],
    Answers = calls(Server, Calls, 0),
    Server ! stop,
    {Reversed, Answers, length(drain([]))}.

take(0, Acc) -> Acc;
take(I, Acc) -> receive {msg, I} -> take(I - 1, (Acc * 3 + I) band 16#FFFFFFF) end.

calls(_, 0, Acc) -> Acc;
calls(Server, I, Acc) ->
    Ref = make_ref(),
    Server ! {call, self(), Ref, I},
    receive {Ref, Reply} -> calls(Server, I - 1, (Acc + Reply) band 16#FFFFFFF) end.

server() ->
    receive
        {call, From, Ref, X} -> From ! {Ref, X * 3}, server();
        stop -> ok
    end.

drain(Acc) -> receive M -> drain([M | Acc]) after 0 -> Acc end.
