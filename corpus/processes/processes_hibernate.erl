-module(processes_hibernate).
-export([main/0, wake/1, wake_more/1]).

wake(Parent) ->
    receive Msg -> Parent ! {woke, Msg} end,
    erlang:hibernate(?MODULE, wake_more, [Parent]).

wake_more(Parent) ->
    receive Msg -> Parent ! {woke_again, Msg, process_info(self(), message_queue_len)} end.

main() ->
    Self = self(),
    P = spawn(fun() -> erlang:hibernate(?MODULE, wake, [Self]) end),
    timer:sleep(20),
    io:format("alive while hibernating: ~p~n", [is_process_alive(P)]),
    P ! hello,
    io:format("~p~n", [receive M -> M after 2000 -> timeout end]),
    P ! again,
    io:format("~p~n", [receive M2 -> M2 after 2000 -> timeout end]),
    %% a message already queued wakes it at once
    Q = spawn(fun() -> Self ! ready, receive go -> ok end,
                       erlang:hibernate(?MODULE, wake, [Self]) end),
    receive ready -> ok end,
    Q ! go, Q ! queued,
    io:format("~p~n", [receive M3 -> M3 after 2000 -> timeout end]),
    Q ! stop,
    %% bad arguments raise before anything is dropped
    spawn(fun() -> Self ! {bad_args, catch erlang:hibernate(?MODULE, wake, not_a_list)} end),
    io:format("~p~n", [receive {bad_args, {'EXIT', {Why, _}}} -> Why after 2000 -> timeout end]),
    %% hibernate drops the stack: the catch around it is gone when the process wakes
    {H, HR} = spawn_monitor(fun() -> catch erlang:hibernate(erlang, exit, [woken]), exit(not_here) end),
    timer:sleep(20),
    H ! wake_up,
    io:format("~p~n", [receive {'DOWN', HR, process, H, W} -> W after 2000 -> timeout end]),
    ok.
