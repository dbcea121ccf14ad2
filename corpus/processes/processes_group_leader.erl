-module(processes_group_leader).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% A tiny io server that upper-cases what it is asked to print and passes it to Out.
shouting(Out) ->
    receive
        {io_request, From, ReplyAs, {put_chars, Enc, M, F, A}} ->
            Chars = apply(M, F, A),
            io:put_chars(Out, string:uppercase(unicode:characters_to_list(Chars, Enc))),
            From ! {io_reply, ReplyAs, ok},
            shouting(Out);
        {io_request, From, ReplyAs, {put_chars, Enc, Chars}} ->
            io:put_chars(Out, string:uppercase(unicode:characters_to_list(Chars, Enc))),
            From ! {io_reply, ReplyAs, ok},
            shouting(Out);
        {io_request, From, ReplyAs, _Other} ->
            From ! {io_reply, ReplyAs, {error, enotsup}},
            shouting(Out);
        stop -> ok
    end.

main() ->
    GL = group_leader(),
    Self = self(),
    ?T(is_pid, is_pid(GL)),
    C = spawn(fun() -> Self ! {gl, group_leader()}, receive stop -> ok end end),
    ?T(inherited, receive {gl, G} -> G =:= GL end),
    Shout = spawn(fun() -> shouting(GL) end),
    ?T(set_other, group_leader(Shout, C)),
    ?T(info_other, process_info(C, group_leader) =:= {group_leader, Shout}),
    C ! stop,
    %% a child whose group leader shouts
    {P, R} = spawn_monitor(fun() ->
                                   group_leader(Shout, self()),
                                   io:format("hello from ~s~n", ["the child"]),
                                   io:put_chars("put chars too\n"),
                                   Self ! {child_gl, group_leader() =:= Shout}
                           end),
    ?T(child_used_it, receive {child_gl, B} -> B end),
    receive {'DOWN', R, process, P, _} -> ok end,
    ?T(own_unchanged, group_leader() =:= GL),
    ?T(explicit_device, io:format(Shout, "to the device ~p~n", [directly])),
    ?T(getopts_unsupported, io:getopts(Shout)),
    ?T(bad_leader, group_leader(id(not_a_pid), self())),
    ?T(bad_target, group_leader(GL, id(not_a_pid))),
    {D, DR} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DR, _, _, _} -> ok end,
    ?T(dead_target, group_leader(GL, D)),
    Shout ! stop,
    ok.
