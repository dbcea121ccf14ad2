-module(boot_application).
-export([main/0]).
-include("boot_log.hrl").

%% application on the real kernel with the samples' kv application (samples/kv-app): load,
%% start, stop and unload with their errors, the env (get/set/unset, get_all_env, get_key),
%% which_applications, start phases and types, ensure_started/ensure_all_started, dependencies
%% given as an application spec term, restart types, and applications whose start fails.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

strip(T) when is_pid(T) -> pid;
strip(T) when is_reference(T) -> ref;
strip({file, F}) when is_list(F) -> {file, filename:basename(F)};
strip(T) when is_tuple(T) -> list_to_tuple(strip(tuple_to_list(T)));
strip([H | T]) -> [strip(H) | strip(T)];
strip(T) -> T.

mine(Apps) -> [A || A <- Apps, lists:member(element(1, A), [kv, kv_dep, kv_lib])].

observed() ->
    receive {kv_app, E} -> [E | observed()] after 100 -> [] end.

main() ->
    log_to_me(),
    register(kv_observer, self()),
    loading(),
    env(),
    starting(),
    dependencies(),
    failures(),
    unregister(kv_observer),
    log_restore().

loading() ->
    p("kernel and stdlib running", [A || {A, _, _} <- application:which_applications(), A =:= kernel orelse A =:= stdlib]),
    p("not loaded", mine(application:loaded_applications())),
    p("get_key not loaded", application:get_key(kv, vsn)),
    p("load", application:load(kv)),
    p("load again", application:load(kv)),
    p("loaded", mine(application:loaded_applications())),
    p("load missing", application:load(kv_nosuch)),
    p("load bad spec", application:load({application, kv_bad, not_a_list})),
    p("get_key vsn", application:get_key(kv, vsn)),
    p("get_key modules", application:get_key(kv, modules)),
    p("get_key mod", application:get_key(kv, mod)),
    p("get_key start_phases", application:get_key(kv, start_phases)),
    p("get_key registered", application:get_key(kv, registered)),
    p("get_key applications", application:get_key(kv, applications)),
    p("get_key unknown", application:get_key(kv, nonsense)),
    p("get_all_key", lists:sort([K || {K, _} <- element(2, application:get_all_key(kv))])),
    p("unload", application:unload(kv)),
    p("unload again", application:unload(kv)),
    p("unload kernel", application:unload(kernel)).

env() ->
    ok = application:load(kv),
    p("get_env", application:get_env(kv, max_keys)),
    p("get_env missing", application:get_env(kv, nope)),
    p("get_env default", application:get_env(kv, nope, fallback)),
    p("get_all_env", lists:sort(application:get_all_env(kv))),
    p("set_env", application:set_env(kv, max_keys, 3)),
    p("get_env after set", application:get_env(kv, max_keys)),
    p("set_env new key", application:set_env(kv, extra, [1, 2])),
    p("unset_env", application:unset_env(kv, extra)),
    p("get_env after unset", application:get_env(kv, extra)),
    p("set_env list", application:set_env([{kv, [{a_key, 1}, {b_key, 2}]}])),
    p("get_all_env", lists:sort(application:get_all_env(kv))),
    p("set_env bad config", try application:set_env([{kv, not_a_list}]) catch C:R -> {C, R} end),
    p("unset_env", [application:unset_env(kv, K) || K <- [a_key, b_key]]),
    p("get_env of not loaded app", application:get_env(kv_nosuch, x)),
    p("set_env of not loaded app", application:set_env(kv_nosuch, x, 1)),
    p("get_env kernel", application:get_env(kernel, kv_nonexistent_key)),
    p("get_env/1 outside an application", application:get_env(max_keys)),
    p("get_application outside", application:get_application()).

starting() ->
    p("start", application:start(kv)),
    p("phases and prep", observed()),
    p("which_applications", mine(application:which_applications())),
    p("start again", application:start(kv)),
    p("ensure_started", application:ensure_started(kv)),
    p("ensure_all_started", application:ensure_all_started(kv)),
    p("kv_sup running", is_pid(whereis(kv_sup))),
    p("keys", kv:keys()),
    p("put", [kv:put(K, K) || K <- [a, b, c]]),
    p("size", kv:size()),
    p("get_application of server", application:get_application(whereis(kv_server))),
    p("get_application of module", application:get_application(kv_server)),
    p("get_env inside", rpc_in_app(fun() -> application:get_env(max_keys) end)),
    p("get_application inside", rpc_in_app(fun() -> application:get_application() end)),
    p("info running", [{A, is_pid(P)} || {A, P} <- proplists:get_value(running, application:info()), A =:= kv]),
    p("stop", application:stop(kv)),
    p("prep_stop and stop", observed()),
    p("kv_sup gone", whereis(kv_sup)),
    p("stop again", application:stop(kv)),
    p("still loaded", [A || {A, _, _} <- mine(application:loaded_applications())]),
    p("env kept", application:get_env(kv, max_keys)),
    p("start temporary", application:start(kv, temporary)),
    observed(),
    p("which", [{A, V} || {A, _, V} <- mine(application:which_applications())]),
    p("crashes", [crash_and_wait() || _ <- [1, 2, 3, 4]]),
    p("after too many crashes: kv stopped", mine(application:which_applications())),
    p("stop callbacks", observed()),
    logs(),
    p("start transient", application:start(kv, transient)),
    observed(),
    p("stop transient", application:stop(kv)),
    observed(),
    logs(),
    p("start bad type", try application:start(kv, forever) catch C:R -> {C, R} end),
    p("unload", application:unload(kv)),
    p("ensure_all_started from unloaded", application:ensure_all_started(kv)),
    observed(),
    p("ensure_all_started loads it", mine(application:which_applications())),
    p("ensure_all_started again", application:ensure_all_started(kv)),
    p("stop", application:stop(kv)),
    observed(),
    p("ensure_started missing", application:ensure_started(kv_nosuch)),
    p("ensure_all_started missing", application:ensure_all_started(kv_nosuch)),
    p("start missing", application:start(kv_nosuch)),
    p("stop missing", application:stop(kv_nosuch)),
    logs().

%% Crashes kv_server and waits for its restart (or for its supervisor to give up).
crash_and_wait() ->
    Old = whereis(kv_server),
    kv:crash(),
    wait_restart(Old, 50).

wait_restart(_, 0) -> gave_up;
wait_restart(Old, N) ->
    timer:sleep(10),
    case whereis(kv_server) of
        Old -> wait_restart(Old, N - 1);
        undefined when N > 1 -> wait_restart(Old, N - 1);
        undefined -> gone;
        _ -> restarted
    end.

%% Runs F in a process of the kv application (its group leader is kv's application master).
rpc_in_app(F) ->
    {ok, Gl} = {ok, group_leader()},
    Self = self(),
    Server = whereis(kv_server),
    {group_leader, AppGl} = process_info(Server, group_leader),
    P = spawn(fun() -> group_leader(AppGl, self()), Self ! {in_app, F()}, group_leader(Gl, self()) end),
    receive {in_app, R} -> _ = P, R after 1000 -> timeout end.

dependencies() ->
    Dep = {application, kv_dep, [{description, "depends on kv"}, {vsn, "0.1"}, {modules, []},
                                 {registered, []}, {applications, [kernel, stdlib, kv]},
                                 {env, [{dep_key, 1}]}]},
    p("load spec", application:load(Dep)),
    p("get_env of spec", application:get_env(kv_dep, dep_key)),
    p("start without its dependency", application:start(kv_dep)),
    p("ensure_all_started", application:ensure_all_started(kv_dep)),
    observed(),
    p("running", [A || {A, _, _} <- mine(application:which_applications())]),
    p("stop kv under kv_dep", application:stop(kv)),
    observed(),
    p("running", [A || {A, _, _} <- mine(application:which_applications())]),
    p("stop kv_dep", application:stop(kv_dep)),
    p("unload kv_dep", application:unload(kv_dep)),
    Lib = {application, kv_lib, [{vsn, "1"}, {modules, []}, {registered, []}, {applications, [kernel, stdlib]}]},
    p("library application", {application:load(Lib), application:start(kv_lib), mine(application:which_applications())}),
    p("stop library", application:stop(kv_lib)),
    p("unload library", application:unload(kv_lib)),
    logs().

failures() ->
    ok = application:set_env(kv, fail_start, true),
    p("start fails in start/2", strip(application:start(kv))),
    logs(),
    ok = application:unset_env(kv, fail_start),
    ok = application:set_env(kv, crash_on_init, true),
    p("start fails: supervisor child crashes", strip(application:start(kv))),
    p("which", mine(application:which_applications())),
    logs(),
    ok = application:unset_env(kv, crash_on_init),
    Bad = {application, kv_badmod, [{vsn, "1"}, {modules, []}, {registered, []},
                                    {applications, [kernel, stdlib]}, {mod, {kv_no_such_module, []}}]},
    ok = application:load(Bad),
    p("start with missing callback module", strip(application:start(kv_badmod))),
    logs(),
    application:unload(kv_badmod),
    p("start after fixing env", application:start(kv)),
    observed(),
    p("stop", application:stop(kv)),
    observed(),
    p("unload", application:unload(kv)),
    logs().
