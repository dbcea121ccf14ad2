-module(boot_supervisor).
-behaviour(supervisor).
-export([main/0, init/1, worker/2, worker_loop/2]).
-include("boot_log.hrl").

%% supervisor restarts on the real kernel, with the supervisor reports logger delivers (to
%% this program's own handler): one_for_one, one_for_all and rest_for_one after a crash,
%% permanent/transient/temporary children crashing, restart intensity exceeded (the
%% supervisor exits with shutdown), simple_one_for_one restarts, shutdown timeouts and
%% brutal_kill, children that fail to start at init or at restart, and bad init results.

init({flags, Flags, Specs}) -> {ok, {Flags, Specs}};
init(bad_return) -> {ok, not_a_spec};
init(crash) -> error(init_crashed).

worker(Id, Mode) ->
    case Mode of
        fail -> {error, {cannot_start, Id}};
        {fail_after, N} ->
            case counters_get(Id) of
                C when C >= N -> {error, {cannot_restart, Id}};
                C -> counters_put(Id, C + 1), start_worker(Id, ok)
            end;
        _ -> start_worker(Id, Mode)
    end.

counters_get(Id) -> case ets:lookup(bsv_counts, Id) of [{_, C}] -> C; [] -> 0 end.
counters_put(Id, C) -> ets:insert(bsv_counts, {Id, C}).

start_worker(Id, Mode) -> proc_lib:start_link(?MODULE, worker_loop, [Id, {init, self(), Mode}]).

worker_loop(Id, {init, Parent, Mode}) ->
    process_flag(trap_exit, Mode =/= stubborn_no_trap),
    proc_lib:init_ack(Parent, {ok, self()}),
    report({started, Id}),
    worker_loop(Id, {Parent, Mode});
worker_loop(Id, {Parent, Mode} = St) ->
    receive
        {'EXIT', Parent, R} when Mode =:= stubborn -> report({ignoring, Id, R}), worker_loop(Id, St);
        {'EXIT', Parent, R} -> report({stopped, Id, R}), exit(R);
        {exit_with, R} -> exit(R);
        crash -> error({crashed, Id})
    end.

report(M) -> bsv_main ! {report, M}.

reports() -> lists:sort(collect()).
collect() -> receive {report, M} -> [M | collect()] after 100 -> [] end.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

strip(T) when is_pid(T) -> pid;
strip({file, F}) when is_list(F) -> {file, filename:basename(F)};
strip(T) when is_tuple(T) -> list_to_tuple(strip(tuple_to_list(T)));
strip(T) when is_list(T) -> [strip(E) || E <- T];
strip(T) -> T.

spec(Id) -> spec(Id, permanent).
spec(Id, Restart) -> spec(Id, Restart, ok).
spec(Id, Restart, Mode) -> #{id => Id, start => {?MODULE, worker, [Id, Mode]}, restart => Restart, shutdown => 500}.

pid_of(S, Id) -> hd([P || {I, P, _, _} <- supervisor:which_children(S), I =:= Id]).

ids(S) -> [{I, is_pid(P)} || {I, P, _, _} <- supervisor:which_children(S)].

%% Sends Msg to child Id and waits until the supervisor has dealt with its end.
poke(S, Id, Msg) ->
    P = pid_of(S, Id),
    M = monitor(process, P),
    P ! Msg,
    receive {'DOWN', M, _, _, _} -> ok end,
    _ = catch supervisor:count_children(S),
    ok.

main() ->
    register(bsv_main, self()),
    ets:new(bsv_counts, [named_table, public]),
    log_to_me(),
    process_flag(trap_exit, true),
    strategy(one_for_one),
    strategy(one_for_all),
    strategy(rest_for_one),
    restart_types(),
    intensity(),
    simple(),
    shutdowns(),
    start_failures(),
    log_restore().

strategy(Strategy) ->
    p("strategy", Strategy),
    {ok, S} = supervisor:start_link(?MODULE, {flags, #{strategy => Strategy, intensity => 5, period => 10},
                                              [spec(a), spec(b), spec(c)]}),
    p("started", reports()),
    poke(S, b, crash),
    p("after b crashes", reports()),
    p("children", ids(S)),
    logs(),
    poke(S, a, {exit_with, shutdown}),
    p("after a exits with shutdown", reports()),
    logs(),
    exit(S, shutdown),
    p("exit", receive {'EXIT', S, R} -> R after 2000 -> none end),
    p("stopped", reports()).

restart_types() ->
    {ok, S} = supervisor:start_link(?MODULE, {flags, #{strategy => one_for_one, intensity => 10, period => 10},
                                              [spec(p, permanent), spec(t, transient), spec(tmp, temporary)]}),
    reports(),
    poke(S, p, {exit_with, normal}),
    p("permanent exits normal: restarted", reports()),
    poke(S, t, {exit_with, abnormal}),
    p("transient exits abnormally: restarted", reports()),
    poke(S, tmp, crash),
    p("temporary crashes: removed", {reports(), ids(S)}),
    logs(),
    exit(S, shutdown),
    receive {'EXIT', S, _} -> ok end,
    reports().

intensity() ->
    {ok, S} = supervisor:start_link(?MODULE, {flags, #{strategy => one_for_one, intensity => 2, period => 10},
                                              [spec(x), spec(y)]}),
    reports(),
    poke(S, x, crash),
    poke(S, x, crash),
    p("two restarts", reports()),
    logs(),
    P = pid_of(S, x),
    P ! crash,
    p("third crash: supervisor exits", receive {'EXIT', S, R} -> R after 2000 -> none end),
    p("children stopped", reports()),
    logs(),
    {ok, S2} = supervisor:start_link(?MODULE, {flags, #{strategy => one_for_one, intensity => 0, period => 1},
                                               [spec(z)]}),
    reports(),
    pid_of(S2, z) ! crash,
    p("intensity 0", receive {'EXIT', S2, R2} -> R2 after 2000 -> none end),
    reports(),
    logs().

simple() ->
    {ok, S} = supervisor:start_link(?MODULE, {flags, #{strategy => simple_one_for_one, intensity => 5, period => 10},
                                              [#{id => w, start => {?MODULE, worker, []}, restart => permanent}]}),
    {ok, P1} = supervisor:start_child(S, [s1, ok]),
    {ok, _} = supervisor:start_child(S, [s2, ok]),
    reports(),
    M = monitor(process, P1),
    P1 ! crash,
    receive {'DOWN', M, _, _, _} -> ok end,
    p("count after crash", supervisor:count_children(S)),
    p("restarted with same args", reports()),
    logs(),
    exit(S, shutdown),
    receive {'EXIT', S, _} -> ok end,
    p("stopped", reports()).

shutdowns() ->
    Specs = [(spec(stubborn, permanent, stubborn))#{shutdown => 100},
             (spec(brutal, permanent, ok))#{shutdown => brutal_kill},
             (spec(inf, permanent, ok))#{shutdown => infinity}],
    {ok, S} = supervisor:start_link(?MODULE, {flags, #{strategy => one_for_one}, Specs}),
    reports(),
    p("terminate stubborn", supervisor:terminate_child(S, stubborn)),
    p("it ignored shutdown, was killed", reports()),
    logs(),
    p("terminate brutal", supervisor:terminate_child(S, brutal)),
    p("no stop report", reports()),
    logs(),
    p("restart both", [element(1, supervisor:restart_child(S, I)) || I <- [stubborn, brutal]]),
    reports(),
    exit(S, shutdown),
    p("exit", receive {'EXIT', S, R} -> R after 3000 -> none end),
    p("stopped", reports()),
    logs().

start_failures() ->
    p("child fails at init", strip(supervisor:start_link(?MODULE, {flags, #{strategy => one_for_one}, [spec(ok1), spec(bad, permanent, fail), spec(never)]}))),
    p("exit", strip(receive {'EXIT', _, R1} -> R1 after 2000 -> none end)),
    p("started then stopped", reports()),
    logs(),
    {ok, S} = supervisor:start_link(?MODULE, {flags, #{strategy => one_for_one, intensity => 5, period => 10},
                                              [spec(flaky, permanent, {fail_after, 1})]}),
    reports(),
    P = pid_of(S, flaky),
    P ! crash,
    p("restart fails: supervisor retries until intensity is exceeded", strip(receive {'EXIT', S, R2} -> R2 after 3000 -> none end)),
    reports(),
    logs(),
    p("bad init return", strip(supervisor:start_link(?MODULE, bad_return))),
    p("exit", strip(receive {'EXIT', _, R3} -> R3 after 2000 -> none end)),
    logs(),
    p("init crashes", strip(supervisor:start_link(?MODULE, crash))),
    p("exit", strip(receive {'EXIT', _, R4} -> R4 after 2000 -> none end)),
    logs(),
    p("bad child spec", strip(supervisor:start_link(?MODULE, {flags, #{}, [#{id => q, start => bad}]}))),
    p("exit", strip(receive {'EXIT', _, R5} -> R5 after 2000 -> none end)),
    logs(),
    p("bad flags", strip(supervisor:start_link(?MODULE, {flags, #{intensity => -1}, []}))),
    p("exit", strip(receive {'EXIT', _, R6} -> R6 after 2000 -> none end)),
    logs().
