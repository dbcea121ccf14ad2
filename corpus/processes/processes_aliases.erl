-module(processes_aliases).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

flush() ->
    receive M -> [M | flush()] after 50 -> [] end.

%% Sends Msg to Dest from another process, and waits until it was sent.
send_from_other(Dest, Msg) ->
    {P, R} = spawn_monitor(fun() -> Dest ! Msg end),
    receive {'DOWN', R, process, P, _} -> ok end.

main() ->
    A = alias(),
    ?T(alias_is_ref, is_reference(A)),
    send_from_other(A, one),
    send_from_other(A, two),
    ?T(through_alias, flush()),
    ?T(unalias, unalias(A)),
    ?T(unalias_again, unalias(A)),
    send_from_other(A, three),
    ?T(after_unalias, flush()),
    R = alias([reply]),
    send_from_other(R, first), send_from_other(R, second),
    ?T(reply_alias_once, flush()),
    ?T(unalias_reply_used, unalias(R)),
    E = alias([explicit_unalias]),
    send_from_other(E, explicit),
    ?T(explicit, flush()),
    ?T(unalias_explicit, unalias(E)),
    ?T(alias_bad_option, alias([id(bogus)])),
    ?T(alias_bad_list, alias(id(notalist))),
    ?T(unalias_bad, unalias(id(notaref))),
    ?T(unalias_plain_ref, unalias(make_ref())),
    ?T(send_to_plain_ref, make_ref() ! dropped),
    ?T(nothing_from_plain_ref, flush()),
    %% another process cannot unalias it
    B = alias(),
    Self = self(),
    spawn(fun() -> Self ! {other_unalias, unalias(B)} end),
    ?T(other_unalias, receive {other_unalias, U} -> U end),
    send_from_other(B, still),
    ?T(still_active, flush()),
    unalias(B),
    %% an alias dies with its process
    Owner = spawn(fun() -> Self ! {alias, alias()}, receive stop -> ok end end),
    OA = receive {alias, X} -> X end,
    send_from_other(OA, {to_owner, Self}),
    Mon = monitor(process, Owner),
    Owner ! stop,
    receive {'DOWN', Mon, _, _, _} -> ok end,
    ?T(dead_owner_alias, OA ! after_death),
    ?T(nothing_back, flush()),
    %% the request/reply pattern of gen: monitor with an alias, reply to the alias
    Server = spawn(fun Loop() ->
                           receive
                               {call, ReplyTo, Req} -> ReplyTo ! {ReplyTo, {reply, Req}}, Loop();
                               stop -> ok
                           end
                   end),
    Calls = [begin
                 M = monitor(process, Server, [{alias, demonitor}]),
                 Server ! {call, M, N},
                 receive {M, Reply} -> demonitor(M, [flush]), Reply end
             end || N <- lists:seq(1, 5)],
    ?T(gen_style_calls, Calls),
    Server ! stop,
    ok.
