-module(processes_registry).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

server() ->
    receive
        {From, Msg} -> From ! {echo, Msg}, server();
        stop -> ok
    end.

mine() ->
    lists:sort([N || N <- registered(), lists:prefix("preg_", atom_to_list(N))]).

main() ->
    Self = self(),
    {S, R} = spawn_monitor(fun server/0),
    ?T(register, register(preg_server, S)),
    ?T(whereis, whereis(preg_server) =:= S),
    ?T(registered_name, process_info(S, registered_name)),
    ?T(send_by_name, begin preg_server ! {Self, hi}, receive {echo, M} -> M end end),
    ?T(send_by_name_node, begin {preg_server, node()} ! {Self, ho}, receive {echo, M} -> M end end),
    ?T(erlang_send_by_name, begin erlang:send(preg_server, {Self, hu}), receive {echo, M} -> M end end),
    ?T(registered, mine()),
    ?T(register_taken, register(preg_server, self())),
    ?T(register_second_name, register(preg_other, S)),
    ?T(register_undefined, register(undefined, self())),
    ?T(register_not_atom, register(id("preg_x"), self())),
    ?T(register_not_pid, register(preg_x, id(self_atom))),
    ?T(register_self, register(preg_main, self())),
    ?T(self_name, process_info(self(), registered_name)),
    ?T(registered_both, mine()),
    ?T(unregister_self, unregister(preg_main)),
    ?T(unregister_again, unregister(preg_main)),
    ?T(unregister_not_atom, unregister(id(1))),
    ?T(no_name, process_info(self(), registered_name)),
    ?T(whereis_none, whereis(preg_nobody)),
    ?T(whereis_not_atom, whereis(id(1))),
    ?T(send_unregistered, preg_nobody ! x),
    ?T(send_unregistered_node, {preg_nobody, node()} ! x),
    ?T(send_unregistered_erlang, erlang:send(preg_nobody, x)),
    %% the name goes with the process
    S ! stop,
    receive {'DOWN', R, process, S, _} -> ok end,
    ?T(whereis_after_exit, whereis(preg_server)),
    ?T(registered_after_exit, mine()),
    ?T(send_after_exit, preg_server ! x),
    %% a dead process cannot be registered
    {D, DR} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DR, process, D, _} -> ok end,
    ?T(register_dead, register(preg_dead, D)),
    %% the name can be reused after unregister
    {A, AR} = spawn_monitor(fun server/0),
    register(preg_reuse, A),
    unregister(preg_reuse),
    ?T(reregister, register(preg_reuse, A)),
    ?T(info_after_reregister, process_info(A, registered_name)),
    preg_reuse ! stop,
    receive {'DOWN', AR, process, A, _} -> ok end,
    ?T(final, mine()),
    ok.
