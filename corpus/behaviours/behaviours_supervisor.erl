-module(behaviours_supervisor).
-behaviour(supervisor).
-export([main/0, init/1, worker/2, worker_loop/2]).

%% supervisor without restarts after crashes (each of those logs a supervisor report; they are in
%% corpus/boot/boot_supervisor): child specs and their checks, start_child results and errors,
%% which_children/count_children/get_childspec, terminate/restart/delete_child, transient and
%% temporary children exiting normally, simple_one_for_one, significant children with
%% auto_shutdown, and the shutdown order. Workers report to main/0 by name.

init({flags, Flags, Specs}) -> {ok, {Flags, Specs}};
init(ignore) -> ignore.

%% A worker: proc_lib-started, traps exits, answers {do, Fun} and reports its end.
worker(Id, Mode) ->
    case Mode of
        ignore -> ignore;
        {error, R} -> {error, R};
        bad -> not_a_start_result;
        _ -> proc_lib:start_link(?MODULE, worker_loop, [Id, {init, self()}])
    end.

worker_loop(Id, {init, Parent}) ->
    process_flag(trap_exit, true),
    proc_lib:init_ack(Parent, {ok, self()}),
    report({started, Id}),
    worker_loop(Id, Parent);
worker_loop(Id, Parent) ->
    receive
        {'EXIT', Parent, R} -> report({stopped, Id, R}), exit(R);
        {do, F} -> F(), worker_loop(Id, Parent);
        {exit_with, R} -> report({exiting, Id, R}), exit(R)
    end.

report(M) ->
    case whereis(bsup_main) of
        undefined -> ok;
        P -> P ! {report, M}
    end.

reports() -> receive {report, M} -> [M | reports()] after 50 -> [] end.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

strip({Err, [{M, F, A, L} | _]}) when is_atom(M), is_atom(F), is_list(L) -> {Err, {stack, M, F, strip(A)}};
strip(T) when is_pid(T) -> pid;
strip(T) when is_reference(T) -> ref;
strip(T) when is_function(T) -> 'fun';
strip(T) when is_tuple(T) -> list_to_tuple(strip(tuple_to_list(T)));
strip(T) when is_list(T) -> [strip(E) || E <- T];
strip(T) -> T.

caught(F) ->
    try F() of V -> {value, strip(V)}
    catch C:R -> {C, strip(R)}
    end.

spec(Id) -> spec(Id, permanent).
spec(Id, Restart) -> #{id => Id, start => {?MODULE, worker, [Id, ok]}, restart => Restart, shutdown => 1000}.

children(S) -> strip(supervisor:which_children(S)).

main() ->
    register(bsup_main, self()),
    process_flag(trap_exit, true),
    childspecs(),
    static(),
    exits(),
    simple(),
    significant(),
    unregister(bsup_main),
    p("leftover", strip(element(2, process_info(self(), messages)))),
    ok.

childspecs() ->
    Specs = [[spec(a)],
             [{a, {?MODULE, worker, [a, ok]}, permanent, 1000, worker, [?MODULE]}],
             [#{id => a, start => {?MODULE, worker, [a, ok]}, restart => sometimes}],
             [#{id => a, start => {?MODULE, worker, [a, ok]}, shutdown => -1}],
             [#{id => a, start => {?MODULE, worker, [a, ok]}, type => manager}],
             [#{id => a, start => {?MODULE, worker, [a, ok]}, modules => dynamic}],
             [#{id => a, start => {?MODULE, worker, [a, ok]}, modules => [1]}],
             [#{id => a, start => not_mfa}],
             [#{start => {?MODULE, worker, [a, ok]}}],
             [#{id => a}],
             [#{id => a, start => {?MODULE, worker, [a, ok]}, significant => true}],
             [#{id => a, start => {?MODULE, worker, [a, ok]}, significant => maybe}],
             [spec(a), spec(a)],
             [{a, {m, f, []}, permanent, 1000, worker}],
             [not_a_spec], not_a_list],
    [p("check_childspecs", caught(fun() -> supervisor:check_childspecs(S) end)) || S <- Specs],
    [p("check_childspecs auto_shutdown", caught(fun() -> supervisor:check_childspecs(S, A) end))
     || {S, A} <- [{[#{id => a, start => {m, f, []}, significant => true, restart => transient}], any_significant},
                   {[#{id => a, start => {m, f, []}, significant => true}], any_significant},
                   {[#{id => a, start => {m, f, []}, significant => true, restart => temporary}], never}]].

static() ->
    p("start ignore", supervisor:start_link(?MODULE, ignore)),
    p("ignored supervisor's exit", receive {'EXIT', _, R0} -> R0 after 2000 -> none end),
    {ok, S} = supervisor:start_link({local, bsup_sup}, ?MODULE,
                                    {flags, #{strategy => one_for_one}, [spec(a), spec(b, transient), spec(c, temporary)]}),
    p("children started in order", reports()),
    p("which_children", children(S)),
    p("count_children", supervisor:count_children(S)),
    p("get_childspec", supervisor:get_childspec(S, b)),
    p("get_childspec missing", supervisor:get_childspec(S, zz)),
    p("start_child", strip(supervisor:start_child(S, spec(d)))),
    p("started", reports()),
    p("start_child already started", strip(supervisor:start_child(S, spec(d)))),
    p("start_child ignore", supervisor:start_child(S, #{id => e, start => {?MODULE, worker, [e, ignore]}})),
    p("ignored child kept", children(S)),
    p("start_child error", supervisor:start_child(S, #{id => f, start => {?MODULE, worker, [f, {error, nope}]}})),
    p("start_child bad return", supervisor:start_child(S, #{id => g, start => {?MODULE, worker, [g, bad]}})),
    p("start_child undef", strip(supervisor:start_child(S, #{id => h, start => {bsup_nomod, start, []}}))),
    p("start_child bad spec", supervisor:start_child(S, #{id => i, start => nope})),
    p("start_child old tuple", strip(supervisor:start_child(S, {j, {?MODULE, worker, [j, ok]}, temporary, brutal_kill, worker, []}))),
    p("started", reports()),
    p("terminate_child", supervisor:terminate_child(S, d)),
    p("stopped", reports()),
    p("which_children", children(S)),
    p("start_child already_present", supervisor:start_child(S, spec(d))),
    p("restart_child", strip(supervisor:restart_child(S, d))),
    p("restarted", reports()),
    p("restart_child running", strip(supervisor:restart_child(S, d))),
    p("delete_child running", supervisor:delete_child(S, d)),
    p("terminate_child", supervisor:terminate_child(S, d)),
    p("delete_child", supervisor:delete_child(S, d)),
    p("stopped", reports()),
    p("delete_child missing", supervisor:delete_child(S, d)),
    p("restart_child missing", supervisor:restart_child(S, d)),
    p("terminate_child missing", supervisor:terminate_child(S, d)),
    p("terminate_child temporary", supervisor:terminate_child(S, c)),
    p("temporary child is gone", children(S)),
    p("stopped", reports()),
    p("terminate_child by pid of no child", supervisor:terminate_child(S, self())),
    p("count_children", supervisor:count_children(S)),
    p("restart ignored child", supervisor:restart_child(S, e)),
    p("call nobody", caught(fun() -> supervisor:which_children(bsup_nobody) end)),
    exit(S, shutdown),
    p("exit", receive {'EXIT', S, R} -> R after 2000 -> none end),
    p("children stopped in reverse order", reports()).

exits() ->
    {ok, S} = supervisor:start_link(?MODULE, {flags, #{strategy => rest_for_one, intensity => 0},
                                              [spec(t1, transient), spec(t2, transient), spec(t3, temporary), spec(t4, temporary)]}),
    reports(),
    Pid = fun(Id) -> hd([P || {I, P, _, _} <- supervisor:which_children(S), I =:= Id]) end,
    Pid(t1) ! {exit_with, normal},
    Pid(t2) ! {exit_with, {shutdown, done}},
    Pid(t3) ! {exit_with, normal},
    Pid(t4) ! {exit_with, shutdown},
    p("exits", reports()),
    p("transient kept, not restarted; temporary removed", children(S)),
    p("count_children", supervisor:count_children(S)),
    p("restart transient", strip(supervisor:restart_child(S, t1))),
    p("restarted", reports()),
    p("still alive with intensity 0", is_process_alive(S)),
    exit(S, shutdown),
    p("exit", receive {'EXIT', S, R} -> R after 2000 -> none end),
    p("stopped", reports()).

simple() ->
    Spec = #{id => w, start => {?MODULE, worker, []}, restart => transient},
    {ok, S} = supervisor:start_link(?MODULE, {flags, #{strategy => simple_one_for_one}, [Spec]}),
    p("no children yet", supervisor:which_children(S)),
    {ok, P1} = supervisor:start_child(S, [one, ok]),
    {ok, P2} = supervisor:start_child(S, [two, ok]),
    p("start ignore", supervisor:start_child(S, [three, ignore])),
    p("start error", supervisor:start_child(S, [four, {error, why}])),
    p("start bad args", strip(supervisor:start_child(S, [only_one]))),
    p("started", reports()),
    p("which_children", children(S)),
    p("count_children", supervisor:count_children(S)),
    p("get_childspec", supervisor:get_childspec(S, w)),
    p("terminate_child pid", supervisor:terminate_child(S, P1)),
    p("stopped", reports()),
    p("terminate_child again", supervisor:terminate_child(S, P1)),
    p("terminate_child id", supervisor:terminate_child(S, w)),
    p("restart_child", supervisor:restart_child(S, w)),
    p("delete_child", supervisor:delete_child(S, w)),
    P2 ! {exit_with, normal},
    p("transient normal exit", reports()),
    p("count_children", supervisor:count_children(S)),
    {ok, _} = supervisor:start_child(S, [five, ok]),
    {ok, _} = supervisor:start_child(S, [six, ok]),
    reports(),
    exit(S, shutdown),
    p("exit", receive {'EXIT', S, R} -> R after 2000 -> none end),
    p("stopped", lists:sort(reports())).

significant() ->
    Sig = #{id => s, start => {?MODULE, worker, [s, ok]}, restart => transient, significant => true},
    {ok, S} = supervisor:start_link(?MODULE, {flags, #{strategy => one_for_one, auto_shutdown => any_significant},
                                              [spec(a), Sig]}),
    reports(),
    [P] = [P || {s, P, _, _} <- supervisor:which_children(S)],
    P ! {exit_with, normal},
    p("significant child exits: supervisor shuts down", receive {'EXIT', S, R} -> R after 2000 -> none end),
    p("reports", reports()),
    {ok, S2} = supervisor:start_link(?MODULE, {flags, #{strategy => one_for_all, auto_shutdown => all_significant},
                                               [Sig, Sig#{id => s2, start => {?MODULE, worker, [s2, ok]}}]}),
    reports(),
    p("terminate_child significant", supervisor:terminate_child(S2, s)),
    p("no auto shutdown on terminate_child", is_process_alive(S2)),
    [P2] = [Q || {s2, Q, _, _} <- supervisor:which_children(S2)],
    P2 ! {exit_with, shutdown},
    p("last significant exits", receive {'EXIT', S2, R2} -> R2 after 2000 -> none end),
    p("reports", reports()).
