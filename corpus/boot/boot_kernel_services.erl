-module(boot_kernel_services).
-export([main/0, echo/1, slow/1]).

%% Kernel services on one node: global names (register, re_register, whereis, send,
%% unregister, a name dying with its process), global locks and trans, pg scopes and groups
%% (join/leave, members, monitor_scope), rpc and erpc to the local node (results, exceptions,
%% timeouts, multicall, cast), and the errors of each.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

strip(T) when is_pid(T) -> pid;
strip(T) when is_reference(T) -> ref;
strip({file, F}) when is_list(F) -> {file, filename:basename(F)};
strip(T) when is_tuple(T) -> list_to_tuple(strip(tuple_to_list(T)));
strip(T) when is_list(T) -> [strip(E) || E <- T];
strip(T) -> T.

t(Label, F) -> p(Label, try strip(F()) catch C:R -> {C, strip(R)} end).

echo(X) -> X.
slow(Ms) -> timer:sleep(Ms), done.

waiter() -> receive {From, ping} -> From ! pong, waiter(); stop -> ok end.

main() ->
    global_names(),
    global_locks(),
    pgs(),
    rpcs(),
    ok.

global_names() ->
    W = spawn(fun waiter/0),
    t("register_name", fun() -> global:register_name(bks_name, W) end),
    t("register again", fun() -> global:register_name(bks_name, self()) end),
    t("whereis", fun() -> global:whereis_name(bks_name) =:= W end),
    t("registered_names has it", fun() -> lists:member(bks_name, global:registered_names()) end),
    t("send", fun() -> global:send(bks_name, {self(), ping}), receive pong -> pong after 1000 -> none end end),
    t("send unknown", fun() -> global:send(bks_nobody, x) end),
    W2 = spawn(fun waiter/0),
    t("re_register_name", fun() -> global:re_register_name(bks_name, W2) end),
    t("now the other", fun() -> global:whereis_name(bks_name) =:= W2 end),
    t("unregister_name", fun() -> global:unregister_name(bks_name) end),
    t("whereis after", fun() -> global:whereis_name(bks_name) end),
    t("register dead pid", fun() -> D = spawn(fun() -> ok end), timer:sleep(10), global:register_name(bks_dead, D) end),
    yes = global:register_name(bks_dies, W2),
    W2 ! stop,
    timer:sleep(50),
    t("name dies with its process", fun() -> global:whereis_name(bks_dies) end),
    W ! stop.

global_locks() ->
    Id = {bks_lock, self()},
    t("set_lock", fun() -> global:set_lock(Id, [node()], 0) end),
    t("set_lock again (same owner)", fun() -> global:set_lock(Id, [node()], 0) end),
    Self = self(),
    spawn(fun() -> Self ! {other_lock, global:set_lock({bks_lock, self()}, [node()], 0)} end),
    t("other requester, same resource", fun() -> receive {other_lock, R} -> R after 1000 -> none end end),
    t("del_lock", fun() -> global:del_lock(Id) end),
    t("trans", fun() -> global:trans({bks_trans, self()}, fun() -> in_trans end) end),
    t("trans raises", fun() -> global:trans({bks_trans, self()}, fun() -> error(inside) end) end),
    t("trans bad retries", fun() -> global:trans({bks_trans, self()}, fun() -> x end, [node()], -1) end).

pgs() ->
    {ok, Scope} = pg:start(bks_scope),
    t("scope started", fun() -> is_pid(Scope) end),
    t("start again", fun() -> pg:start(bks_scope) end),
    Ws = [spawn(fun waiter/0) || _ <- [1, 2, 3]],
    [W1, W2, W3] = Ws,
    t("join one", fun() -> pg:join(bks_scope, g1, W1) end),
    t("join list", fun() -> pg:join(bks_scope, g1, [W2, W3]) end),
    t("join twice", fun() -> pg:join(bks_scope, g2, [W1, W1]) end),
    t("members g1", fun() -> length(pg:get_members(bks_scope, g1)) end),
    t("members g2 (twice)", fun() -> length(pg:get_members(bks_scope, g2)) end),
    t("local members", fun() -> length(pg:get_local_members(bks_scope, g1)) end),
    t("which_groups", fun() -> lists:sort(pg:which_groups(bks_scope)) end),
    t("leave", fun() -> pg:leave(bks_scope, g1, W2) end),
    t("leave not joined", fun() -> pg:leave(bks_scope, g1, W2) end),
    t("members after leave", fun() -> lists:sort(pg:get_members(bks_scope, g1)) =:= lists:sort([W1, W3]) end),
    {Ref, Groups} = pg:monitor_scope(bks_scope),
    t("monitor_scope", fun() -> lists:sort([{G, length(Ps)} || {G, Ps} <- maps:to_list(Groups)]) end),
    W3 ! stop,
    t("exit leaves the groups", fun() -> receive {Ref, leave, G, Ps} -> {leave, G, length(Ps)} after 1000 -> none end end),
    pg:join(bks_scope, g3, W1),
    t("join notification", fun() -> receive {Ref, join, G, Ps} -> {join, G, length(Ps)} after 1000 -> none end end),
    t("demonitor", fun() -> pg:demonitor(bks_scope, Ref) end),
    t("join not a pid", fun() -> pg:join(bks_scope, g1, not_a_pid) end),
    t("members unknown group", fun() -> pg:get_members(bks_scope, nope) end),
    t("members unknown scope", fun() -> pg:get_members(bks_noscope, g1) end),
    [W ! stop || W <- [W1, W2]],
    exit(Scope, kill).

rpcs() ->
    t("rpc:call", fun() -> rpc:call(node(), ?MODULE, echo, [hi]) end),
    t("rpc:call raises", fun() -> rpc:call(node(), erlang, error, [oops]) end),
    t("rpc:call exit", fun() -> rpc:call(node(), erlang, exit, [bye]) end),
    t("rpc:call throw", fun() -> rpc:call(node(), erlang, throw, [ball]) end),
    t("rpc:call undef", fun() -> rpc:call(node(), bks_nomod, f, []) end),
    t("rpc:call timeout", fun() -> rpc:call(node(), ?MODULE, slow, [300], 20) end),
    t("rpc:call bad node", fun() -> rpc:call('nobody@nowhere', ?MODULE, echo, [x]) end),
    t("rpc:multicall", fun() -> rpc:multicall([node()], ?MODULE, echo, [m]) end),
    t("rpc:cast", fun() -> rpc:cast(node(), ?MODULE, echo, [c]) end),
    t("rpc:block_call", fun() -> rpc:block_call(node(), ?MODULE, echo, [b]) end),
    t("rpc:pmap", fun() -> rpc:pmap({?MODULE, echo}, [], [1, 2, 3]) end),
    t("erpc:call", fun() -> erpc:call(node(), ?MODULE, echo, [e]) end),
    t("erpc:call fun", fun() -> erpc:call(node(), fun() -> 6 * 7 end) end),
    t("erpc:call error", fun() -> erpc:call(node(), erlang, error, [eee]) end),
    t("erpc:call exit", fun() -> erpc:call(node(), erlang, exit, [xxx]) end),
    t("erpc:call throw", fun() -> erpc:call(node(), erlang, throw, [ttt]) end),
    t("erpc:call timeout", fun() -> erpc:call(node(), ?MODULE, slow, [300], 20) end),
    t("erpc:call bad node", fun() -> erpc:call('nobody@nowhere', ?MODULE, echo, [x]) end),
    t("erpc:multicall", fun() -> erpc:multicall([node(), node()], ?MODULE, echo, [mm]) end),
    t("erpc:cast", fun() -> erpc:cast(node(), ?MODULE, echo, [ec]) end),
    t("erpc:send_request", fun() -> R = erpc:send_request(node(), ?MODULE, echo, [sr]), erpc:receive_response(R, 1000) end),
    t("erpc:send_request wait_response", fun() -> R = erpc:send_request(node(), ?MODULE, slow, [100]), {erpc:wait_response(R, 0), erpc:receive_response(R, 1000)} end),
    timer:sleep(350),
    t("leftover", fun() -> element(2, process_info(self(), messages)) end).
