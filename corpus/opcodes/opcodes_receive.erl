-module(opcodes_receive).
-export([main/0, id/1]).

id(X) -> X.

%% Receive instructions: loop_rec/loop_rec_end/remove_message/wait/wait_timeout/timeout,
%% and the receive-marker optimisation for a fresh reference (the reply must be found even
%% behind many older messages, which stay in order).
main() ->
    Self = self(),
    [Self ! {old, I} || I <- lists:seq(1, 500)],
    Ref = make_ref(),
    Self ! {Ref, answer},
    io:format("ref_behind_500: ~p~n", [receive {Ref, A} -> A end]),
    Ref2 = monitor(process, spawn(fun() -> ok end)),
    io:format("down_behind_500: ~p~n", [receive {'DOWN', Ref2, process, _, R} -> R end]),
    io:format("old_first: ~p~n", [receive {old, X} -> X end]),
    io:format("old_count: ~p~n", [count_old(0)]),
    io:format("call_pattern: ~p~n", [[call(id(I)) || I <- [1, 2, 3]]]),
    io:format("two_refs: ~p~n", [two_refs()]),
    io:format("timeout_loop: ~p~n", [timeout_loop(5, [])]),
    io:format("guarded_receive: ~p~n", [guarded()]),
    ok.

count_old(N) -> receive {old, _} -> count_old(N + 1) after 0 -> N end.

call(I) ->
    Self = self(),
    Ref = make_ref(),
    self() ! {noise, I},
    spawn(fun() -> Self ! {Ref, I * I} end),
    R = receive {Ref, V} -> V end,
    receive {noise, I} -> ok end,
    R.

two_refs() ->
    R1 = make_ref(), R2 = make_ref(),
    self() ! {R2, second}, self() ! {R1, first},
    A = receive {R1, X} -> X end,
    B = receive {R2, Y} -> Y end,
    {A, B}.

timeout_loop(0, Acc) -> lists:reverse(Acc);
timeout_loop(N, Acc) ->
    R = receive never -> never after 1 -> {timeout, N} end,
    timeout_loop(N - 1, [R | Acc]).

guarded() ->
    [self() ! X || X <- [5, 1, 8, 3, 9, 2]],
    Big = [receive X when X > 4 -> X end || _ <- [1, 2, 3]],
    Small = [receive X -> X end || _ <- [1, 2, 3]],
    {Big, Small}.
