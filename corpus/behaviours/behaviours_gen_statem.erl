-module(behaviours_gen_statem).
-behaviour(gen_statem).
-export([main/0]).
-export([callback_mode/0, init/1, terminate/3, code_change/4]).
-export([locked/3, open/3, handle_event/4]).

%% gen_statem: a code lock in state_functions mode with state enter calls, and a
%% handle_event_function machine exercising every action: postpone, state/event/generic
%% timeouts (set, cancelled, updated), next_event, replies, hibernate, stop and stop_and_reply.
%% Stop reasons are normal/shutdown/{shutdown,_}: no crash report.

callback_mode() ->
    case get(bgsm_mode) of
        undefined -> [state_functions, state_enter];
        M -> M
    end.

init({lock, Code}) ->
    {ok, locked, #{code => Code, input => [], log => []}};
init({events, Mode}) ->
    put(bgsm_mode, Mode),
    {ok, idle, []};
init({stop, R}) -> {stop, R};
init(ignore) -> ignore;
init({next, Ev}) ->
    put(bgsm_mode, handle_event_function),
    {ok, idle, [], [{next_event, internal, Ev}]}.

report(M) ->
    case whereis(bgsm_main) of
        undefined -> ok;
        P -> P ! {report, M}
    end.

%% --- state_functions with state_enter ---
locked(enter, Old, D) ->
    report({enter, locked, from, Old}),
    {keep_state, D#{input := []}};
locked(cast, {button, B}, D = #{code := Code, input := In}) ->
    case In ++ [B] of
        Code -> {next_state, open, D};
        New when length(New) < length(Code) -> {keep_state, D#{input := New}, [{state_timeout, 200, clear}]};
        _ -> {keep_state, D#{input := []}}
    end;
locked(state_timeout, clear, D) ->
    report(cleared), {keep_state, D#{input := []}};
locked({call, From}, state, D) -> {keep_state, D, [{reply, From, {locked, maps:get(input, D)}}]};
locked({call, From}, Other, _D) -> {keep_state_and_data, [{reply, From, {locked_ignores, Other}}]};
locked(info, Msg, _D) -> report({locked_info, Msg}), keep_state_and_data.

open(enter, Old, _D) ->
    report({enter, open, from, Old}),
    {keep_state_and_data, [{state_timeout, 30, lock}]};
open(state_timeout, lock, D) -> {next_state, locked, D};
open(cast, {button, _}, _D) -> {keep_state_and_data, [postpone]};
open({call, From}, state, _D) -> {keep_state_and_data, [{reply, From, open}]};
open({call, From}, lock_now, D) -> {next_state, locked, D, [{reply, From, locking}]};
open({call, From}, stop, _D) -> {stop_and_reply, normal, [{reply, From, bye}]};
open(info, Msg, _D) -> report({open_info, Msg}), keep_state_and_data.

%% --- handle_event_function ---
handle_event(enter, Old, S, _D) ->
    report({enter, S, from, Old}), keep_state_and_data;
handle_event(internal, Ev, S, D) ->
    report({internal, Ev, in, S}), {keep_state, [Ev | D]};
handle_event({call, From}, get, S, D) -> {keep_state_and_data, {reply, From, {S, lists:reverse(D)}}};
handle_event({call, From}, {goto, S2}, _S, D) -> {next_state, S2, D, {reply, From, ok}};
handle_event({call, From}, {goto_repeat, S2}, _S, D) -> {next_state, S2, D, [{reply, From, ok}, postpone]};
handle_event({call, From}, {next_events, Evs}, _S, _D) ->
    {keep_state_and_data, [{reply, From, queued} | [{next_event, T, E} || {T, E} <- Evs]]};
handle_event({call, From}, {timeouts, Ts}, _S, _D) -> {keep_state_and_data, [{reply, From, set} | Ts]};
handle_event({call, From}, two_replies, _S, _D) ->
    {keep_state_and_data, [{reply, From, first}, {reply, From, second}]};
handle_event({call, From}, {later, N}, _S, D) ->
    self() ! {reply_later, From, N}, {keep_state, D};
handle_event({call, From}, repeat, _S, _D) -> {repeat_state_and_data, {reply, From, repeated}};
handle_event({call, From}, hibernate, _S, _D) -> {keep_state_and_data, [{reply, From, zzz}, hibernate]};
handle_event({call, From}, {stop, R}, _S, D) -> {stop_and_reply, R, {reply, From, stopping}, D};
handle_event({call, From}, {sleep, Ms}, _S, _D) -> timer:sleep(Ms), {keep_state_and_data, {reply, From, woke}};
handle_event({call, From}, Req, S, _D) -> {keep_state_and_data, {reply, From, {unhandled, Req, S}}};
handle_event(info, {reply_later, From, N}, _S, _D) -> gen_statem:reply(From, {later, N}), keep_state_and_data;
handle_event(info, {stop, R}, _S, _D) -> {stop, R};
handle_event(cast, {postpone_in, S}, S, _D) -> report({postponing, S}), {keep_state_and_data, postpone};
handle_event(cast, Msg, S, D) -> report({cast, Msg, in, S}), {keep_state, [Msg | D]};
handle_event(T, Content, S, D) when T =:= state_timeout; T =:= timeout; element(1, T) =:= timeout ->
    report({T, Content, in, S}), {keep_state, [{T, Content} | D]};
handle_event(Type, Content, S, _D) ->
    report({other, Type, Content, in, S}), keep_state_and_data.

terminate(Reason, State, Data) -> report({terminate, Reason, State, Data}).

code_change(OldVsn, State, Data, Extra) -> {ok, State, {changed, OldVsn, Extra, Data}}.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

reports() -> receive {report, M} -> [M | reports()] after 0 -> [] end.
await(N) -> [receive {report, M} -> M after 2000 -> no_report end || _ <- lists:seq(1, N)].

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

main() ->
    register(bgsm_main, self()),
    lock(),
    events(handle_event_function),
    events([handle_event_function, state_enter]),
    timeouts(),
    errors(),
    unregister(bgsm_main),
    p("leftover reports", reports()),
    p("leftover messages", strip(element(2, process_info(self(), messages)))),
    ok.

lock() ->
    {ok, P} = gen_statem:start({local, bgsm_lock}, ?MODULE, {lock, [1, 2, 3]}, []),
    p("initial enter", await(1)),
    p("state", gen_statem:call(bgsm_lock, state)),
    gen_statem:cast(bgsm_lock, {button, 1}),
    gen_statem:cast(bgsm_lock, {button, 2}),
    p("partial", gen_statem:call(bgsm_lock, state)),
    p("state timeout clears", await(1)),
    p("after clear", gen_statem:call(bgsm_lock, state)),
    [gen_statem:cast(bgsm_lock, {button, B}) || B <- [1, 2, 3]],
    p("unlocked", await(1)),
    p("state", gen_statem:call(bgsm_lock, state)),
    gen_statem:cast(bgsm_lock, {button, 9}),
    p("auto lock, postponed button replayed", await(1)),
    p("state", gen_statem:call(bgsm_lock, state)),
    p("cleared again", await(1)),
    [gen_statem:cast(bgsm_lock, {button, B}) || B <- [1, 2, 3]],
    p("unlocked again", await(1)),
    p("lock_now", gen_statem:call(bgsm_lock, lock_now)),
    p("enter", await(1)),
    p("ignored call", gen_statem:call(bgsm_lock, whatever)),
    bgsm_lock ! hello,
    p("info", await(1)),
    p("get_state", strip(sys:get_state(bgsm_lock))),
    p("suspend", sys:suspend(P)),
    p("change_code", sys:change_code(P, ?MODULE, old, extra)),
    p("resume", sys:resume(P)),
    p("changed data", sys:get_state(P)),
    p("replace_state", sys:replace_state(P, fun({S, {changed, _, _, D}}) -> {S, D#{log := [replaced]}} end)),
    [gen_statem:cast(bgsm_lock, {button, B}) || B <- [1, 2]],
    p("state after replace", gen_statem:call(bgsm_lock, state, 1000)),
    p("stop", gen_statem:stop(P)),
    p("terminate", await(1)).

events(Mode) ->
    p("mode", Mode),
    {ok, P} = gen_statem:start(?MODULE, {events, Mode}, []),
    case Mode of
        [_, state_enter] -> p("enter", await(1));
        _ -> ok
    end,
    p("get", gen_statem:call(P, get)),
    p("next_events", gen_statem:call(P, {next_events, [{internal, a}, {cast, b}, {info, c}, {{timeout, g}, d}]})),
    p("handled in order", await(4)),
    p("data", gen_statem:call(P, get)),
    gen_statem:cast(P, {postpone_in, idle}),
    p("postponed", await(1)),
    p("goto busy", gen_statem:call(P, {goto, busy})),
    case Mode of
        [_, state_enter] -> p("enter", await(1));
        _ -> ok
    end,
    p("postponed event replays after state change", await(1)),
    p("same state: no enter", gen_statem:call(P, {goto, busy})),
    p("repeat", gen_statem:call(P, repeat)),
    p("repeat enter", reports()),
    p("two replies", gen_statem:call(P, two_replies)),
    timer:sleep(10),
    p("second reply is delivered", strip(element(2, process_info(self(), messages)))),
    receive {_, second} -> ok after 0 -> ok end,
    p("reply later", gen_statem:call(P, {later, 7})),
    p("hibernate", gen_statem:call(P, hibernate)),
    timer:sleep(10),
    p("hibernating", erlang:process_info(P, current_function)),
    p("unhandled", gen_statem:call(P, foo)),
    p("call timeout", caught(fun() -> gen_statem:call(P, {sleep, 100}, 10) end)),
    timer:sleep(120),
    p("late reply dropped", strip(element(2, process_info(self(), messages)))),
    p("call dirty_timeout", gen_statem:call(P, {sleep, 10}, {dirty_timeout, 1000})),
    p("call clean_timeout", gen_statem:call(P, {sleep, 10}, {clean_timeout, 1000})),
    R = gen_statem:send_request(P, get),
    p("send_request", gen_statem:wait_response(R, 1000)),
    p("stop_and_reply", gen_statem:call(P, {stop, {shutdown, done}})),
    p("terminate", await(1)).

timeouts() ->
    {ok, P} = gen_statem:start(?MODULE, {events, handle_event_function}, []),
    gen_statem:call(P, {timeouts, [{timeout, 20, ev_to}]}),
    p("event timeout", await(1)),
    gen_statem:call(P, {timeouts, [{timeout, 50, ev_to2}]}),
    gen_statem:cast(P, cancel_by_event),
    p("event timeout cancelled by an event", await(1)),
    receive {report, X} -> p("unexpected", X) after 80 -> p("no event timeout", ok) end,
    gen_statem:call(P, {timeouts, [{state_timeout, 20, st}]}),
    p("state timeout", await(1)),
    gen_statem:call(P, {timeouts, [{state_timeout, 40, st2}]}),
    gen_statem:call(P, {goto, elsewhere}),
    receive {report, Y} -> p("unexpected", Y) after 70 -> p("state timeout cancelled by state change", ok) end,
    gen_statem:call(P, {timeouts, [{state_timeout, 30, st3}]}),
    gen_statem:call(P, {timeouts, [{state_timeout, cancel}]}),
    receive {report, Z} -> p("unexpected", Z) after 60 -> p("state timeout cancel", ok) end,
    gen_statem:call(P, {timeouts, [{{timeout, a}, 40, ga}, {{timeout, b}, 10, gb}]}),
    p("generic timeouts in time order", await(2)),
    gen_statem:call(P, {timeouts, [{{timeout, c}, 20, gc}]}),
    gen_statem:call(P, {timeouts, [{{timeout, c}, update, gc2}]}),
    p("generic timeout update", await(1)),
    gen_statem:call(P, {timeouts, [{{timeout, d}, 20, gd}]}),
    gen_statem:call(P, {goto, other}),
    p("generic timeout survives state change", await(1)),
    gen_statem:call(P, {timeouts, [{{timeout, e}, 30, ge}, {{timeout, e}, cancel}]}),
    receive {report, W} -> p("unexpected", W) after 60 -> p("generic timeout cancel", ok) end,
    gen_statem:call(P, {timeouts, [{timeout, 0, zero}]}),
    p("zero event timeout", await(1)),
    gen_statem:call(P, {timeouts, [{state_timeout, 0, zero_st}]}),
    p("zero state timeout", await(1)),
    gen_statem:call(P, {timeouts, [{{timeout, f}, infinity, never}]}),
    gen_statem:call(P, {timeouts, [{{timeout, abs}, erlang:monotonic_time(millisecond) + 20, absolute, [{abs, true}]}]}),
    p("absolute generic timeout", await(1)),
    gen_statem:call(P, {timeouts, [{timeout, 10, first}, {timeout, 20, second}]}),
    p("last event timeout wins", await(1)),
    p("data", gen_statem:call(P, get)),
    P ! {stop, normal},
    p("terminate", await(1)).

errors() ->
    p("start ignore", gen_statem:start(?MODULE, ignore, [])),
    p("start stop", gen_statem:start(?MODULE, {stop, {shutdown, no}}, [])),
    {ok, P} = gen_statem:start(?MODULE, {next, boot_event}, []),
    p("init next_event", await(1)),
    p("data", gen_statem:call(P, get)),
    p("already started", strip(gen_statem:start({local, bgsm_main}, ?MODULE, ignore, []))),
    ok = gen_statem:stop(P, {shutdown, bye}, 1000),
    p("terminate", await(1)),
    p("call dead", caught(fun() -> gen_statem:call(P, get) end)),
    p("call nobody", caught(fun() -> gen_statem:call(bgsm_nobody, get) end)),
    p("stop nobody", caught(fun() -> gen_statem:stop(bgsm_nobody) end)),
    p("cast nobody", gen_statem:cast(bgsm_nobody, x)),
    p("bad call timeout", caught(fun() -> gen_statem:call(bgsm_main, get, bad) end)).
