-module(behaviours_gen_server).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2,
         terminate/2, code_change/3]).
-export([register_name/2, unregister_name/1, whereis_name/1, send/2]).

%% gen_server in depth: init results, call/cast/info, timeouts and hibernation, continue,
%% stop and terminate, code_change through sys, requests, a via registry, and the exit
%% reasons a caller gets from a dead, missing or slow server. Every stop reason is normal,
%% shutdown or {shutdown, _}, so no crash report is printed.

init({ok, S}) -> {ok, S};
init({timeout, S}) -> {ok, S, 30};
init(hibernate) -> {ok, hib, hibernate};
init({continue, S}) -> {ok, S, {continue, init_cont}};
init(ignore) -> ignore;
init({stop, R}) -> {stop, R};
init({sleep, Ms}) -> timer:sleep(Ms), {ok, slept};
init(trap) -> process_flag(trap_exit, true), {ok, trap}.

handle_call(get, _From, S) -> {reply, S, S};
handle_call({set, V}, _From, _S) -> {reply, ok, V};
handle_call({timeout_after, Ms}, _From, S) -> {reply, armed, S, Ms};
handle_call(hibernate, _From, S) -> {reply, hibernating, S, hibernate};
handle_call({continue, C}, _From, S) -> {reply, continuing, S, {continue, C}};
handle_call(noreply_then_reply, From, S) -> gen_server:reply(From, {early, S}), {noreply, S};
handle_call({stop, R}, _From, S) -> {stop, R, {stopping, R}, S};
handle_call({stop_noreply, R}, _From, S) -> {stop, R, S};
handle_call({sleep, Ms}, _From, S) -> timer:sleep(Ms), {reply, woke, S};
handle_call(from_shape, {Pid, Tag} = _From, S) -> {reply, {is_pid(Pid), is_reference(Tag) orelse is_list(Tag)}, S};
handle_call(Other, _From, S) -> {reply, {unknown_call, Other}, S}.

handle_cast({set, V}, _S) -> {noreply, V};
handle_cast({stop, R}, S) -> {stop, R, S};
handle_cast({timeout_after, Ms}, S) -> {noreply, S, Ms};
handle_cast({report, To}, S) -> To ! {state, S}, {noreply, S};
handle_cast(_, S) -> {noreply, S}.

handle_info(timeout, S) -> report({timeout_in, S}), {noreply, {timed_out, S}};
handle_info({'EXIT', _, R}, S) -> report({exit_signal, R}), {noreply, S};
handle_info({stop, R}, S) -> {stop, R, S};
handle_info(Msg, S) -> report({info, Msg}), {noreply, S}.

handle_continue(init_cont, S) -> {noreply, {continued, S}};
handle_continue({chain, 0}, S) -> {noreply, S};
handle_continue({chain, N}, S) -> {noreply, [N | S], {continue, {chain, N - 1}}};
handle_continue(C, S) -> {noreply, {cont, C, S}}.

terminate(Reason, S) -> report({terminate, Reason, S}).

code_change(OldVsn, S, Extra) ->
    case Extra of
        fail -> {error, refused};
        crash -> exit(bad_change);
        _ -> {ok, {changed, OldVsn, Extra, S}}
    end.

report(M) ->
    case whereis(bgs_main) of
        undefined -> ok;
        P -> P ! {report, M}
    end.

%% A via registry kept in the process dictionary of a registry process.
register_name(Name, Pid) -> call_reg({register, Name, Pid}).
unregister_name(Name) -> call_reg({unregister, Name}).
whereis_name(Name) -> call_reg({whereis, Name}).
send(Name, Msg) ->
    case whereis_name(Name) of
        undefined -> exit({badarg, {Name, Msg}});
        Pid -> Pid ! Msg, Pid
    end.

call_reg(Req) ->
    bgs_reg ! {self(), Req},
    receive {bgs_reg, R} -> R end.

reg_loop(M) ->
    receive
        {From, {register, N, P}} ->
            case M of
                #{N := _} -> From ! {bgs_reg, no}, reg_loop(M);
                _ -> From ! {bgs_reg, yes}, reg_loop(M#{N => P})
            end;
        {From, {unregister, N}} -> From ! {bgs_reg, ok}, reg_loop(maps:remove(N, M));
        {From, {whereis, N}} -> From ! {bgs_reg, maps:get(N, M, undefined)}, reg_loop(M);
        stop -> ok
    end.

reports() ->
    receive {report, M} -> [M | reports()] after 0 -> [] end.

await_report() ->
    receive {report, M} -> M after 2000 -> no_report end.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

strip_pid({Err, [{M, F, A, L} | _]}) when is_atom(M), is_atom(F), is_list(L) -> {Err, {stack, M, F, strip_pid(A)}};
strip_pid(T) when is_pid(T) -> pid;
strip_pid(T) when is_function(T) -> 'fun';
strip_pid(T) when is_reference(T) -> ref;
strip_pid(T) when is_tuple(T) -> list_to_tuple(strip_pid(tuple_to_list(T)));
strip_pid(T) when is_list(T) -> [strip_pid(E) || E <- T];
strip_pid(T) -> T.

caught(F) ->
    try F() of V -> {value, strip_pid(V)}
    catch C:R -> {C, strip_pid(R)}
    end.

main() ->
    register(bgs_main, self()),
    process_flag(trap_exit, true),
    starts(),
    calls(),
    timeouts(),
    continues(),
    stops(),
    sys_ops(),
    requests(),
    via(),
    dead_servers(),
    unregister(bgs_main),
    p("leftover reports", reports()),
    p("leftover messages", strip_pid(element(2, process_info(self(), messages)))),
    ok.

starts() ->
    {ok, P1} = gen_server:start(?MODULE, {ok, one}, []),
    p("start ok", {is_pid(P1), gen_server:call(P1, get)}),
    p("start ignore", gen_server:start(?MODULE, ignore, [])),
    p("start stop normal", gen_server:start(?MODULE, {stop, normal}, [])),
    p("start stop shutdown", gen_server:start(?MODULE, {stop, {shutdown, nope}}, [])),
    p("start_link stop shutdown", gen_server:start_link(?MODULE, {stop, shutdown}, [])),
    p("exit from failed start_link", receive {'EXIT', _, R0} -> R0 after 1000 -> none end),
    p("start timeout", gen_server:start(?MODULE, {sleep, 500}, [{timeout, 50}])),
    {ok, P2} = gen_server:start({local, bgs_named}, ?MODULE, {ok, named}, []),
    p("named", {whereis(bgs_named) =:= P2, gen_server:call(bgs_named, get)}),
    p("already started", strip_pid(gen_server:start({local, bgs_named}, ?MODULE, {ok, x}, []))),
    p("already started is that pid", gen_server:start({local, bgs_named}, ?MODULE, {ok, x}, []) =:= {error, {already_started, P2}}),
    p("start bad name", caught(fun() -> gen_server:start({local, "str"}, ?MODULE, {ok, x}, []) end)),
    p("start bad option", caught(fun() -> gen_server:start(?MODULE, {ok, x}, [{spawn_opt, [{priority, bogus}]}]) end)),
    {ok, P3} = gen_server:start(?MODULE, hibernate, []),
    p("hibernated at start", erlang:process_info(P3, current_function)),
    p("call wakes it", gen_server:call(P3, get)),
    {ok, P4} = gen_server:start_link(?MODULE, {ok, linked}, [{hibernate_after, 10}]),
    timer:sleep(60),
    p("hibernate_after", erlang:process_info(P4, current_function)),
    p("still answers", gen_server:call(P4, get)),
    [ok = gen_server:stop(P) || P <- [P1, P2, P3, P4]],
    p("terminates", [await_report() || _ <- [1, 2, 3, 4]]),
    p("linked exit", receive {'EXIT', P4, R4} -> R4 after 1000 -> none end).

calls() ->
    {ok, P} = gen_server:start(?MODULE, {ok, 0}, []),
    p("call set", gen_server:call(P, {set, 1})),
    p("call get", gen_server:call(P, get)),
    p("cast", gen_server:cast(P, {set, 2})),
    p("after cast", gen_server:call(P, get)),
    p("cast to pid of nobody", gen_server:cast(bgs_nobody, anything)),
    p("cast to remote name", gen_server:cast({bgs_nobody, nonode@nohost}, anything)),
    P ! hello,
    p("info", await_report()),
    p("unknown call", gen_server:call(P, what)),
    p("early reply", gen_server:call(P, noreply_then_reply)),
    p("from shape", gen_server:call(P, from_shape)),
    p("call infinity", gen_server:call(P, get, infinity)),
    p("call timeout", caught(fun() -> gen_server:call(P, {sleep, 200}, 20) end)),
    timer:sleep(250),
    p("late reply dropped", strip_pid(element(2, process_info(self(), messages)))),
    p("bad timeout", caught(fun() -> gen_server:call(P, get, -1) end)),
    p("abcast", gen_server:abcast([node()], bgs_nobody, x)),
    ok = gen_server:stop(P),
    p("terminate", await_report()).

timeouts() ->
    {ok, P} = gen_server:start(?MODULE, {timeout, t0}, []),
    p("init timeout", await_report()),
    p("state after init timeout", gen_server:call(P, get)),
    p("call timeout", gen_server:call(P, {timeout_after, 20})),
    p("fires", await_report()),
    gen_server:cast(P, {timeout_after, 200}),
    p("cancelled by a message", gen_server:call(P, get)),
    receive {report, _} = M -> p("unexpected", M) after 250 -> p("no timeout after message", ok) end,
    gen_server:cast(P, {timeout_after, 0}),
    p("zero timeout", await_report()),
    p("hibernate reply", gen_server:call(P, hibernate)),
    timer:sleep(10),
    p("hibernating", erlang:process_info(P, current_function)),
    p("wakes", gen_server:call(P, get)),
    ok = gen_server:stop(P),
    p("terminate", await_report()).

continues() ->
    {ok, P} = gen_server:start(?MODULE, {continue, s}, []),
    p("init continue", gen_server:call(P, get)),
    p("reply continue", gen_server:call(P, {continue, c1})),
    p("after continue", gen_server:call(P, get)),
    gen_server:call(P, {set, []}),
    p("chain", gen_server:call(P, {continue, {chain, 4}})),
    p("after chain", gen_server:call(P, get)),
    ok = gen_server:stop(P),
    p("terminate", await_report()).

stops() ->
    {ok, P1} = gen_server:start(?MODULE, {ok, s1}, []),
    M1 = monitor(process, P1),
    p("stop from call", gen_server:call(P1, {stop, normal})),
    p("terminate", await_report()),
    p("down", receive {'DOWN', M1, _, _, R1} -> R1 after 1000 -> none end),
    {ok, P2} = gen_server:start(?MODULE, {ok, s2}, []),
    p("stop without reply", caught(fun() -> gen_server:call(P2, {stop_noreply, {shutdown, why}}) end)),
    p("terminate", await_report()),
    {ok, P3} = gen_server:start(?MODULE, {ok, s3}, []),
    M3 = monitor(process, P3),
    gen_server:cast(P3, {stop, shutdown}),
    p("cast stop terminate", await_report()),
    p("down", receive {'DOWN', M3, _, _, R3} -> R3 after 1000 -> none end),
    {ok, P4} = gen_server:start(?MODULE, {ok, s4}, []),
    P4 ! {stop, {shutdown, info}},
    p("info stop terminate", await_report()),
    {ok, P5} = gen_server:start(?MODULE, {ok, s5}, []),
    p("stop with reason", gen_server:stop(P5, {shutdown, custom}, infinity)),
    p("terminate", await_report()),
    p("stop a dead one", caught(fun() -> gen_server:stop(P5) end)),
    p("stop nobody", caught(fun() -> gen_server:stop(bgs_nobody) end)),
    {ok, P6} = gen_server:start(?MODULE, trap, []),
    exit(P6, {shutdown, from_parent_not}),
    p("exit signal from non-parent while trapping", await_report()),
    p("alive", is_process_alive(P6)),
    {ok, P7} = gen_server:start_link(?MODULE, trap, []),
    exit(P7, shutdown),
    p("exit from parent", await_report()),
    p("linked exit", receive {'EXIT', P7, R7} -> R7 after 1000 -> none end),
    ok = gen_server:stop(P6),
    p("terminate", await_report()),
    {ok, P8} = gen_server:start(?MODULE, {ok, s8}, []),
    p("stop timeout", caught(fun() -> gen_server:stop(P8, normal, 0) end)),
    p("terminate anyway", await_report()).

sys_ops() ->
    {ok, P} = gen_server:start(?MODULE, {ok, v1}, []),
    p("get_state", sys:get_state(P)),
    p("replace_state", sys:replace_state(P, fun(S) -> {replaced, S} end)),
    p("get_state", sys:get_state(P)),
    p("suspend", sys:suspend(P)),
    gen_server:cast(P, {report, self()}),
    p("suspended: no answer", receive {state, _} = S0 -> S0 after 50 -> none end),
    p("change_code", sys:change_code(P, ?MODULE, "1.0", extra)),
    p("change_code refused", sys:change_code(P, ?MODULE, "1.0", fail)),
    p("change_code crash", strip_pid(sys:change_code(P, ?MODULE, "1.0", crash))),
    p("resume", sys:resume(P)),
    p("queued cast runs", receive {state, S1} -> S1 after 1000 -> none end),
    p("statistics off", sys:statistics(P, get)),
    p("log", sys:log(P, true)),
    gen_server:cast(P, ping),
    {ok, Log} = sys:log(P, get),
    p("logged events", strip_pid(Log)),
    p("log off", sys:log(P, false)),
    p("replace_state crash", caught(fun() -> sys:replace_state(P, fun(_) -> error(oops) end) end)),
    p("state kept", sys:get_state(P)),
    p("get_state timeout", caught(fun() -> sys:get_state(bgs_nobody, 10) end)),
    ok = gen_server:stop(P),
    p("terminate", await_report()).

requests() ->
    {ok, P} = gen_server:start(?MODULE, {ok, r}, []),
    R1 = gen_server:send_request(P, get),
    p("wait_response", gen_server:wait_response(R1, 1000)),
    R2 = gen_server:send_request(P, {sleep, 100}),
    p("wait_response timeout", gen_server:wait_response(R2, 10)),
    p("receive_response", gen_server:receive_response(R2, 1000)),
    R3 = gen_server:send_request(P, get),
    timer:sleep(20),
    p("check_response", receive M -> gen_server:check_response(M, R3) after 1000 -> none end),
    p("check_response no_reply", gen_server:check_response(other_msg, R3)),
    ok = gen_server:stop(P),
    p("terminate", await_report()),
    R4 = gen_server:send_request(P, get),
    p("wait_response dead", strip_pid(gen_server:wait_response(R4, 1000))).

via() ->
    Reg = spawn(fun() -> reg_loop(#{}) end),
    register(bgs_reg, Reg),
    {ok, P} = gen_server:start({via, ?MODULE, alpha}, ?MODULE, {ok, via}, []),
    p("via call", gen_server:call({via, ?MODULE, alpha}, get)),
    p("via cast", gen_server:cast({via, ?MODULE, alpha}, {set, via2})),
    p("via is pid", whereis_name(alpha) =:= P),
    p("via already", strip_pid(gen_server:start({via, ?MODULE, alpha}, ?MODULE, {ok, x}, []))),
    p("via call after cast", gen_server:call({via, ?MODULE, alpha}, get)),
    ok = gen_server:stop({via, ?MODULE, alpha}),
    p("terminate", await_report()),
    timer:sleep(10),
    p("via name left to the registry", is_pid(whereis_name(alpha))),
    p("via call nobody", caught(fun() -> gen_server:call({via, ?MODULE, alpha}, get) end)),
    Reg ! stop,
    unregister(bgs_reg).

dead_servers() ->
    {ok, P} = gen_server:start(?MODULE, {ok, d}, []),
    ok = gen_server:stop(P),
    p("terminate", await_report()),
    p("call dead pid", caught(fun() -> gen_server:call(P, get) end)),
    p("call unregistered", caught(fun() -> gen_server:call(bgs_nobody, get) end)),
    p("call unregistered timeout", caught(fun() -> gen_server:call(bgs_nobody, get, 100) end)),
    p("call remote name", caught(fun() -> gen_server:call({bgs_nobody, node()}, get) end)),
    {ok, P2} = gen_server:start(?MODULE, {ok, d2}, []),
    spawn(fun() -> timer:sleep(30), gen_server:cast(P2, {stop, {shutdown, mid_call}}) end),
    p("server stops during call", caught(fun() -> gen_server:call(P2, {sleep, 60}) end)),
    p("terminate", await_report()),
    {ok, P3} = gen_server:start(?MODULE, {ok, d3}, []),
    spawn(fun() -> timer:sleep(30), exit(P3, kill) end),
    p("server killed during call", caught(fun() -> gen_server:call(P3, {sleep, 100}) end)),
    p("call non-pid", caught(fun() -> gen_server:call(42, get) end)).
