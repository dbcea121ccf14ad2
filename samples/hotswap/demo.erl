%% The hot upgrade demo's node (samples/hotswap-demo runs it): demo_server serves a
%% steady stream of greetings to client processes; when a new version of demo_server
%% is loaded from outside (`jbeamjit reload'), the upgrader here migrates the server's
%% state with code_change/3, as a release handler would, while the clients go on. At
%% the end it prints how many requests were served before, during and after the
%% upgrade, and how many failed.
-module(demo).
-export([main/0]).
-export([client/2, collector/1, upgrader/2]).

-define(CLIENTS, [ann, bob, cem, dua, eli, fay, gus, hal]).
-define(WAIT_FOR_UPGRADE_S, 120).
-define(AFTER_UPGRADE_S, 3).

main() ->
    {ok, Server} = demo_server:start(),
    persistent_term:put(demo_phase, before),
    Collector = spawn_link(?MODULE, collector, [#{}]),
    Clients = [spawn_link(?MODULE, client, [Name, Collector]) || Name <- ?CLIENTS],
    spawn_link(?MODULE, upgrader, [self(), demo_server:module_info(md5)]),
    io:format("demo: demo_server (vsn ~p, pid ~p) started; ~b clients are calling it~n",
              [vsn(), Server, length(Clients)]),
    Result = watch(Collector, 0),
    [C ! stop || C <- Clients],
    Counts = report(Collector),
    io:format("demo: served ~b requests before the upgrade, ~b during, ~b after; ~b failed~n",
              [count(before, Counts), count(during, Counts), count('after', Counts),
               maps:get(failed, Counts, 0)]),
    persistent_term:erase(demo_phase),
    case Result of
        upgraded -> ok;
        timeout -> halt(1)
    end.

%% Prints what the clients get, once a second, until ?AFTER_UPGRADE_S seconds after
%% the upgrade.
watch(Collector, Seconds) ->
    receive
        upgraded -> watch_after(Collector, ?AFTER_UPGRADE_S)
    after 1000 ->
        status(Collector),
        if
            Seconds >= ?WAIT_FOR_UPGRADE_S ->
                io:format("demo: no new version came in ~b s~n", [Seconds]),
                timeout;
            true ->
                watch(Collector, Seconds + 1)
        end
    end.

watch_after(_Collector, 0) ->
    upgraded;
watch_after(Collector, N) ->
    receive after 1000 -> ok end,
    status(Collector),
    watch_after(Collector, N - 1).

status(Collector) ->
    Counts = report(Collector),
    io:format("demo: ~b requests served so far (~b failed); last reply: ~s~n",
              [count(before, Counts) + count(during, Counts) + count('after', Counts),
               maps:get(failed, Counts, 0), maps:get(last, Counts, "none yet")]).

report(Collector) ->
    Collector ! {report, self()},
    receive {Collector, Counts} -> Counts end.

count(Phase, Counts) ->
    maps:get(Phase, Counts, 0).

vsn() ->
    [V] = proplists:get_value(vsn, demo_server:module_info(attributes)),
    V.

%% A client: one greeting every two milliseconds. A request counts as served before the
%% upgrade if version 1 answered it, during it if version 2 answered it before the
%% upgrader had finished, and after it otherwise.
client(Name, Collector) ->
    Asked = persistent_term:get(demo_phase),
    Collector ! try demo_server:greet(Name) of
                    {vsn1, Text} -> {served, before, Text};
                    {vsn2, Text} when Asked =/= 'after' -> {served, during, Text};
                    {vsn2, Text} -> {served, 'after', Text}
                catch
                    Class:Reason -> {failed, Asked, {Class, Reason}}
                end,
    receive
        stop -> ok
    after 2 ->
        client(Name, Collector)
    end.

collector(Counts) ->
    receive
        {served, Phase, Text} ->
            collector(Counts#{Phase => count(Phase, Counts) + 1, last => Text});
        {failed, _Phase, Why} ->
            io:format("demo: a request failed: ~p~n", [Why]),
            collector(Counts#{failed => maps:get(failed, Counts, 0) + 1});
        {report, From} ->
            From ! {self(), Counts},
            collector(Counts)
    end.

%% Waits for a new version of demo_server to be loaded, then migrates the server's
%% state to it: suspend, code_change/3, resume (what OTP's release handler does for an
%% {update, demo_server, {advanced, []}} instruction), and purges the old version.
upgrader(Main, Md5) ->
    receive after 50 -> ok end,
    case demo_server:module_info(md5) of
        Md5 ->
            upgrader(Main, Md5);
        _ ->
            persistent_term:put(demo_phase, during),
            io:format("demo: demo_server vsn ~p loaded; migrating its state with code_change/3~n", [vsn()]),
            ok = sys:suspend(demo_server),
            Old = sys:get_state(demo_server),
            ok = sys:change_code(demo_server, demo_server, 1, []),
            New = sys:get_state(demo_server),
            ok = sys:resume(demo_server),
            persistent_term:put(demo_phase, 'after'),
            case Old =:= New of
                true -> io:format("demo: sys:change_code/4: the state is vsn 2's already:~n  ~p~n", [New]);
                false -> io:format("demo: sys:change_code/4 (code_change/3) took the state from~n  ~p~nto~n  ~p~n", [Old, New])
            end,
            io:format("demo: old version purged: ~p~n", [code:soft_purge(demo_server)]),
            Main ! upgraded
    end.
