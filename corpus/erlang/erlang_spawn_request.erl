%% erlang:spawn_request/1..5 and spawn_request_abandon/1: the reply message and its options,
%% monitors whose reference is the request id, links, spawn options, errors raised and errors
%% replied. (A request to another node is left out: erl then lists that node in nodes(known).)
-module(erlang_spawn_request).
-export([main/0, f/1, add/2]).

-define(T(E), show(??E, fun() -> E end)).

show(Text, F) ->
    R = try {ok, norm(F())} catch C:E -> {C, E} end,
    io:format("~s -> ~0p~n", [Text, R]).

f(X) -> receive go -> exit(X) end.
add(A, B) -> exit(A + B).

%% What the messages hold, with pids and references named.
norm(L) when is_list(L) -> [norm(M) || M <- L];
norm(R) when is_reference(R) -> ref;
norm(P) when is_pid(P) -> pid;
norm(T) when is_tuple(T) -> list_to_tuple(norm(tuple_to_list(T)));
norm(X) -> X.

flush() -> receive M -> [M | flush()] after 50 -> [] end.

main() ->
    process_flag(trap_exit, true),
    basics(),
    options(),
    errors(),
    ok.

basics() ->
    R1 = erlang:spawn_request(?MODULE, add, [1, 2]),
    ?T(is_reference(R1)),
    ?T(receive {spawn_reply, R1, ok, P} when is_pid(P) -> ok after 1000 -> none end),
    ?T(erlang:spawn_request_abandon(R1)),
    ?T(flush()),
    R2 = erlang:spawn_request(?MODULE, f, [bye], [monitor]),
    receive {spawn_reply, R2, ok, P2} -> P2 ! go end,
    ?T(receive {'DOWN', R2, process, _, W} -> W after 1000 -> none end),
    R3 = erlang:spawn_request(?MODULE, f, [bye3], [link, {reply_tag, mytag}]),
    P3 = receive {mytag, R3, ok, Pid3} -> Pid3 ! go, Pid3 end,
    ?T(receive {'EXIT', P3, W3} -> W3 after 1000 -> none end),
    R4 = erlang:spawn_request(fun() -> exit(fun_ran) end, [monitor]),
    ?T(flush()),
    ?T(receive {'DOWN', R4, _, _, _} -> late after 0 -> already_flushed end),
    ?T(erlang:spawn_request(node(), fun() -> ok end, [monitor])),
    ?T(flush()),
    ?T(erlang:spawn_request(node(), ?MODULE, add, [2, 3], [monitor])),
    ?T(flush()),
    ?T(erlang:spawn_request(node(), ?MODULE, add, [2, 3])),
    ?T(flush()),
    ?T(erlang:spawn_request(node(), fun() -> ok end)),
    ?T(flush()).

options() ->
    ?T(erlang:spawn_request(?MODULE, add, [1, 1], [{reply, no}])),
    ?T(flush()),
    ?T(erlang:spawn_request(?MODULE, add, [1, 1], [{reply, error_only}])),
    ?T(flush()),
    ?T(erlang:spawn_request(?MODULE, add, [1, 1], [{reply, success_only}])),
    ?T(flush()),
    ?T(erlang:spawn_request(?MODULE, add, [1, 1], [{reply, yes}, {reply_tag, t}])),
    ?T(flush()),
    ?T(erlang:spawn_request(?MODULE, add, [1, 1], [{reply, error_only}, bad])),
    ?T(flush()),
    ?T(erlang:spawn_request(?MODULE, add, [1, 1], [{reply, success_only}, bad])),
    ?T(flush()),
    R = erlang:spawn_request(?MODULE, f, [x], [{monitor, [{tag, mon}]}]),
    receive {spawn_reply, R, ok, P} -> exit(P, kill) end,
    ?T(receive {mon, R, process, _, Why} -> Why after 1000 -> none end),
    R2 = erlang:spawn_request(?MODULE, f, [x], [{priority, high}, {min_heap_size, 1000},
                                                 {fullsweep_after, 3}, {message_queue_data, off_heap}]),
    receive {spawn_reply, R2, ok, P2} -> ok end,
    ?T(process_info(P2, [priority, min_heap_size, fullsweep_after, message_queue_data])),
    exit(P2, kill),
    ?T(erlang:spawn_request(fun() -> ok end, [{reply_tag, t}, {priority, low}])),
    ?T(flush()).

errors() ->
    ?T(erlang:spawn_request(?MODULE, f, [x], [bad])),
    ?T(erlang:spawn_request(?MODULE, f, [x], [{reply, maybe}])),
    ?T(erlang:spawn_request(?MODULE, f, [x], [{min_heap_size, -1}])),
    ?T(erlang:spawn_request(?MODULE, f, [x], [{priority, urgent}])),
    ?T(erlang:spawn_request(?MODULE, f, 42, [])),
    ?T(erlang:spawn_request(?MODULE, f, [x | y], [])),
    ?T(erlang:spawn_request(node(), ?MODULE, f, 42, [])),
    ?T(flush()),
    ?T(erlang:spawn_request(?MODULE, f, [x], bad)),
    ?T(erlang:spawn_request(?MODULE, f, [x], [link | bad])),
    ?T(erlang:spawn_request(?MODULE, "f", [], [])),
    ?T(erlang:spawn_request("m", f, [], [])),
    ?T(erlang:spawn_request(notafun)),
    ?T(erlang:spawn_request(fun(_) -> ok end)),
    ?T(erlang:spawn_request(fun(_) -> ok end, [])),
    ?T(flush()),
    ?T(erlang:spawn_request_abandon(make_ref())),
    ?T(erlang:spawn_request_abandon(foo)),
    ?T(flush()).
