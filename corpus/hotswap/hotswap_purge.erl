%% Purging the old version of a module: code:soft_purge/1 refuses while a process runs
%% it; code:purge/1 kills such processes (links and monitors see `killed') and then
%% removes it; a process that only holds a fun of it lives on, and calling that fun
%% raises badfun. Also erlang:purge_module/1 and delete. Versions are hotswap_base's
%% object code with its tag atom replaced (see hotswap_base.erl).
-module(hotswap_purge).
-export([main/0]).

-define(S, hotswap_base).

main() ->
    clean(),
    process_flag(trap_exit, true),
    show("purge, nothing loaded", code:purge(?S)),
    show("soft_purge, nothing loaded", code:soft_purge(?S)),
    show("purge_module, nothing loaded", catch_error(fun() -> erlang:purge_module(?S) end)),
    show("delete_module, never loaded", erlang:delete_module(hotswap_no_such_module)),

    {module, ?S} = code:load_binary(?S, "v1.beam", version(<<"hsv_tag_one">>)),
    show("purge, no old code", code:purge(?S)),
    show("soft_purge, no old code", code:soft_purge(?S)),
    show("purge_module, no old code", catch_error(fun() -> erlang:purge_module(?S) end)),
    Linked = spawn_link(?S, server, [0]),
    Monitored = spawn(?S, wait, []),
    MonRef = monitor(process, Monitored),
    Fun = ?S:make_fun(),
    Holder = spawn(fun() -> receive {From, call} -> From ! {self(), catch_error(Fun)} end end),
    show("linked", ask(Linked, tag)),

    {module, ?S} = erlang:load_module(?S, version(<<"hsv_tag_two">>)),
    show("old code", erlang:check_old_code(?S)),
    show("soft_purge refused", code:soft_purge(?S)),
    show("still old code", erlang:check_old_code(?S)),
    show("linked alive", is_process_alive(Linked)),
    show("monitored alive", is_process_alive(Monitored)),
    show("old fun before purge", Fun()),
    show("purge kills", code:purge(?S)),
    show("old code", erlang:check_old_code(?S)),
    show("linked alive", is_process_alive(Linked)),
    show("monitored alive", is_process_alive(Monitored)),
    receive {'EXIT', Linked, Why1} -> show("linked exit", Why1) end,
    receive {'DOWN', MonRef, process, Monitored, Why2} -> show("monitored down", Why2) end,
    show("fun holder alive", is_process_alive(Holder)),
    show("fun holder calls", ask(Holder, call)),
    show("old fun after purge", catch_error(Fun)),
    show("badfun names the fun", try Fun() catch error:{badfun, F} -> F =:= Fun end),
    show("current version", ?S:tag()),
    show("purge again", code:purge(?S)),

    %% A process that moves to the new version before the purge is left alone.
    Mover = spawn(?S, server, [0]),
    show("mover", ask(Mover, tag)),
    {module, ?S} = erlang:load_module(?S, version(<<"hsv_tag_new">>)),
    show("soft_purge refused", code:soft_purge(?S)),
    show("mover upgrade", ask(Mover, upgrade)),
    show("soft_purge", code:soft_purge(?S)),
    show("mover", ask(Mover, tag)),
    show("mover alive", is_process_alive(Mover)),

    %% erlang:purge_module/1 purges through the same purger: it kills too.
    MoverRef = monitor(process, Mover),
    {module, ?S} = erlang:load_module(?S, version(<<"hsv_tag_one">>)),
    show("purge_module", erlang:purge_module(?S)),
    receive {'DOWN', MoverRef, process, Mover, Why3} -> show("mover down", Why3) end,
    show("purge_module again", catch_error(fun() -> erlang:purge_module(?S) end)),
    show("purge_module bad", catch_error(fun() -> erlang:purge_module("m") end)),

    %% delete makes the current version old; the module is then not loaded.
    Last = spawn(?S, wait, []),
    show("delete", code:delete(?S)),
    show("loaded", erlang:module_loaded(?S)),
    show("old code", erlang:check_old_code(?S)),
    show("waiter in deleted code", erlang:check_process_code(Last, ?S)),
    show("purge kills waiter", code:purge(?S)),
    show("waiter alive", is_process_alive(Last)),
    show("delete_module, nothing left", erlang:delete_module(?S)),
    show("delete_module bad", catch_error(fun() -> erlang:delete_module("m") end)),
    flush(),
    clean(),
    ok.

version(Tag) ->
    {?S, Bin, _File} = code:get_object_code(?S),
    binary:replace(Bin, <<"hsv_tag_one">>, Tag, [global]).

ask(Pid, Request) ->
    Pid ! {self(), Request},
    receive {Pid, Reply} -> Reply end.

catch_error(F) ->
    try F() of
        V -> {value, V}
    catch
        error:{badfun, _} -> {error, badfun};
        Class:Reason -> {Class, Reason}
    end.

flush() ->
    receive _ -> flush() after 0 -> ok end.

clean() ->
    code:purge(?S),
    code:delete(?S),
    code:purge(?S).

show(Label, Value) ->
    io:format("~s: ~p~n", [Label, Value]).
