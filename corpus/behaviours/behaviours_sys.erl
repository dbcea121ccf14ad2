-module(behaviours_sys).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2, handle_info/2, format_status/2, dbg_fun/3]).
-export([loop/1, system_continue/3, system_terminate/4, system_get_state/1, system_replace_state/2, system_code_change/4]).

%% sys on OTP's behaviours and on a hand-written special process: get_status (with
%% format_status/2), suspend/resume, installed debug functions, log and log_to_file off,
%% no_debug, get_state/replace_state, and the errors of each on a plain process and a dead one.

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S};
handle_call({set, V}, _From, _S) -> {reply, ok, V}.
handle_cast({set, V}, _S) -> {noreply, V}.
handle_info(_Msg, S) -> {noreply, S}.
format_status(normal, [_PDict, _SysState, _Parent, _Dbg, S]) -> {special_status, S};
format_status(normal, [_PDict, S]) -> [{data, [{"State", {formatted, S}}]}];
format_status(terminate, [_PDict, S]) -> S.

dbg_fun(Acc, Event, ProcState) -> [{strip(Event), ProcState} | Acc].

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

strip(T) when is_pid(T) -> pid;
strip(T) when is_reference(T) -> ref;
strip(T) when is_function(T) -> 'fun';
strip(T) when is_tuple(T) -> list_to_tuple(strip(tuple_to_list(T)));
strip(T) when is_list(T) -> [strip(E) || E <- T];
strip(T) -> T.

t(Label, F) -> p(Label, try strip(F()) catch C:R -> {C, strip(R)} end).

%% A special process of its own, following sys's protocol.
loop(S) ->
    receive
        {system, From, Req} -> sys:handle_system_msg(Req, From, self(), ?MODULE, [], S);
        {get, From} -> From ! {state, S}, loop(S);
        stop -> ok
    end.

system_continue(_Parent, _Deb, S) -> loop(S).
system_terminate(Reason, _Parent, _Deb, _S) -> exit(Reason).
system_get_state(S) -> {ok, {special, S}}.
system_replace_state(F, S) -> NS = F(S), {ok, NS, NS}.
system_code_change(S, _Module, Vsn, Extra) -> {ok, {S, Vsn, Extra}}.

main() ->
    {ok, P} = gen_server:start(?MODULE, s0, []),
    {status, Pid, Mod, [PDict, SysState, Parent, Dbg, Misc]} = sys:get_status(P),
    p("get_status", {Pid =:= P, Mod, lists:sort(strip(PDict)), SysState, is_pid(Parent), Dbg}),
    p("status misc", strip([M || M <- Misc, element(1, M) =/= header])),
    t("suspend", fun() -> sys:suspend(P) end),
    {status, _, _, [_, SysState2 | _]} = sys:get_status(P),
    p("suspended status", SysState2),
    t("resume", fun() -> sys:resume(P) end),
    t("install", fun() -> sys:install(P, {fun ?MODULE:dbg_fun/3, []}) end),
    gen_server:call(P, {set, s1}),
    gen_server:cast(P, {set, s2}),
    P ! info_msg,
    t("get_state", fun() -> sys:get_state(P) end),
    t("install twice", fun() -> sys:install(P, {fun ?MODULE:dbg_fun/3, []}) end),
    t("remove", fun() -> sys:remove(P, fun ?MODULE:dbg_fun/3) end),
    t("log on", fun() -> sys:log(P, {true, 3}) end),
    [gen_server:cast(P, {set, N}) || N <- [a, b, c, d]],
    t("log get (last 3)", fun() -> sys:log(P, get) end),
    t("no_debug", fun() -> sys:no_debug(P) end),
    t("log after no_debug", fun() -> sys:log(P, get) end),
    t("debug_options", fun() -> sys:debug_options([log, {log, 2}]) end),
    t("statistics off", fun() -> sys:statistics(P, get) end),
    t("trace off", fun() -> sys:trace(P, false) end),
    t("replace_state", fun() -> sys:replace_state(P, fun(S) -> {replaced, S} end) end),
    PRef = monitor(process, P),
    t("terminate", fun() -> sys:terminate(P, normal) end),
    %% sys replies before the process runs system_terminate: wait for its end.
    receive {'DOWN', PRef, process, P, _} -> ok end,
    t("get_state dead", fun() -> sys:get_state(P) end),
    t("get_status dead", fun() -> sys:get_status(P, 100) end),
    Plain = spawn(fun() -> receive stop -> ok end end),
    t("get_state plain process", fun() -> sys:get_state(Plain, 50) end),
    Plain ! stop,
    S = proc_lib:spawn(?MODULE, loop, [started]),
    t("special get_state", fun() -> sys:get_state(S) end),
    t("special replace_state", fun() -> sys:replace_state(S, fun(X) -> {x, X} end) end),
    t("special suspend", fun() -> sys:suspend(S) end),
    t("special change_code", fun() -> sys:change_code(S, ?MODULE, "2", extra) end),
    t("special resume", fun() -> sys:resume(S) end),
    S ! {get, self()},
    t("special state", fun() -> receive {state, X} -> X after 1000 -> none end end),
    t("special get_status", fun() -> {status, _, M, [_, St | _]} = sys:get_status(S), {M, St} end),
    SRef = monitor(process, S),
    t("special terminate", fun() -> sys:terminate(S, {shutdown, done}) end),
    receive {'DOWN', SRef, process, S, _} -> ok end,
    t("special alive", fun() -> is_process_alive(S) end),
    ok.
