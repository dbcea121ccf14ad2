-module(boot_behaviour_reports).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, format_status/1]).
-export([callback_mode/0, crashing/3]).
-export([handle_event/2]).
-include("boot_log.hrl").

%% The reports OTP's behaviours log when their processes fail, as logger hands them to this
%% program's handler: gen_server (crash in a call, with the client, in terminate, bad return,
%% format_status), gen_statem, a gen_event handler crashing, proc_lib processes, and plain
%% processes (the emulator's report); calls to {global, Name} servers.

init(statem) -> {ok, crashing, data};
init(S) -> {ok, S}.
handle_call(crash, _From, _S) -> error(call_crash);
handle_call(bad_return, _From, _S) -> what_is_this;
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(crash_in_terminate, S) -> {stop, {shutdown, t}, {terminate_crash, S}};
handle_cast({exit, R}, S) -> {stop, R, S}.
handle_info(_, S) -> {noreply, S}.
terminate(_R, {terminate_crash, _}) -> error(in_terminate);
terminate(_R, _S) -> ok.
format_status(Status = #{state := S}) -> Status#{state := {formatted, S}}.

callback_mode() -> state_functions.
crashing({call, _From}, crash, _D) -> error(statem_crash);
crashing(cast, {stop, R}, _D) -> {stop, R}.

handle_event(crash, _S) -> error(handler_crash);
handle_event(_, S) -> {ok, S}.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

caught(F) ->
    try F() of V -> {value, log_strip(V)}
    catch C:R -> {C, log_strip(R)}
    end.

main() ->
    log_to_me(),
    {ok, S1} = gen_server:start(?MODULE, secret1, []),
    p("crash in call", caught(fun() -> gen_server:call(S1, crash) end)),
    logs(),
    {ok, S2} = gen_server:start(?MODULE, secret2, []),
    p("bad return", caught(fun() -> gen_server:call(S2, bad_return) end)),
    logs(),
    {ok, S3} = gen_server:start(?MODULE, secret3, []),
    M3 = monitor(process, S3),
    gen_server:cast(S3, crash_in_terminate),
    p("crash in terminate", receive {'DOWN', M3, _, _, R3} -> log_strip(R3) after 1000 -> none end),
    logs(),
    {ok, S4} = gen_server:start(?MODULE, secret4, []),
    M4 = monitor(process, S4),
    gen_server:cast(S4, {exit, {some, reason}}),
    p("stop with a reason", receive {'DOWN', M4, _, _, R4} -> R4 after 1000 -> none end),
    logs(),
    {ok, S5} = gen_server:start(?MODULE, secret5, []),
    M5 = monitor(process, S5),
    gen_server:cast(S5, {exit, {shutdown, quiet}}),
    p("stop with shutdown: no report", receive {'DOWN', M5, _, _, R5} -> R5 after 1000 -> none end),
    logs(),
    {ok, Sm} = gen_statem:start(?MODULE, statem, []),
    p("gen_statem crash", caught(fun() -> gen_statem:call(Sm, crash) end)),
    logs(),
    {ok, Em} = gen_event:start(),
    ok = gen_event:add_handler(Em, ?MODULE, state0),
    gen_event:sync_notify(Em, crash),
    p("handler removed after crash", gen_event:which_handlers(Em)),
    logs(),
    gen_event:stop(Em),
    {ok, G} = gen_server:start({global, boot_behaviour_reports_g}, ?MODULE, global_state, []),
    p("global call", gen_server:call({global, boot_behaviour_reports_g}, get)),
    p("global whereis", global:whereis_name(boot_behaviour_reports_g) =:= G),
    p("global already", log_strip(gen_server:start({global, boot_behaviour_reports_g}, ?MODULE, x, []))),
    ok = gen_server:stop({global, boot_behaviour_reports_g}),
    p("global gone", global:whereis_name(boot_behaviour_reports_g)),
    p("global call nobody", caught(fun() -> gen_server:call({global, boot_behaviour_reports_g}, get) end)),
    P1 = proc_lib:spawn(fun() -> exit(proc_lib_exit) end),
    wait_down(P1),
    p("proc_lib exit", logged),
    logs(),
    P2 = proc_lib:spawn(fun() -> exit(normal) end),
    wait_down(P2),
    P3 = proc_lib:spawn(fun() -> exit({shutdown, x}) end),
    wait_down(P3),
    p("proc_lib normal and shutdown exits: no report", logged),
    logs(),
    P4 = spawn(fun() -> throw(plain_throw) end),
    wait_down(P4),
    timer:sleep(200),
    p("plain process throw", logged),
    logs(),
    P5 = spawn(fun() -> exit(plain_exit) end),
    wait_down(P5),
    timer:sleep(200),
    p("plain process exit: no report", logged),
    logs(),
    log_restore().

wait_down(P) ->
    M = monitor(process, P),
    receive {'DOWN', M, _, _, _} -> ok end.
