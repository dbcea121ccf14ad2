-module(behaviours_gen_event).
-behaviour(gen_event).
-export([main/0]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2, code_change/3]).

%% gen_event: handlers added (plain, with ids, supervised) and deleted, notify/sync_notify,
%% call, info, swap_handler/swap_sup_handler, handlers removing themselves, init failures,
%% which_handlers, and stop. Handlers never crash (a crash logs an error report).

init({Name, fail}) -> {error, {no, Name}};
init({Name, ignore_me}) -> ignore_me(Name);
init({Name, {swapped, Old}}) -> report({init, Name, from, Old}), {ok, {Name, [{swapped_from, Old}]}};
init({Name, Arg}) -> report({init, Name, Arg}), {ok, {Name, []}};
init(Name) -> report({init, Name}), {ok, {Name, []}}.

ignore_me(Name) -> {ok, {Name, [ignored]}}.

handle_event(remove_me, {Name, _}) -> report({removing, Name}), remove_handler;
handle_event({swap, Name, New}, {Name, Evs}) -> {swap_handler, {swap_args, Name}, {Name, Evs}, ?MODULE, {New, {swapped, Name}}};
handle_event(Ev, {Name, Evs}) -> report({event, Name, Ev}), {ok, {Name, [Ev | Evs]}}.

handle_call(events, {Name, Evs}) -> {ok, lists:reverse(Evs), {Name, Evs}};
handle_call(remove, {Name, Evs}) -> {remove_handler, {removed, Name, length(Evs)}};
handle_call({swap, New}, {Name, Evs}) -> {swap_handler, swapped, {swap_args, Name}, {Name, Evs}, ?MODULE, {New, {swapped, Name}}};
handle_call(Req, S) -> {ok, {unknown, Req}, S}.

handle_info(Info, {Name, Evs}) -> report({info, Name, Info}), {ok, {Name, Evs}}.

terminate(Arg, {Name, Evs}) ->
    report({terminate, Name, strip(Arg), length(Evs)}),
    {final, Name}.

code_change(_Old, S, _Extra) -> {ok, S}.

report(M) ->
    case whereis(bge_main) of
        undefined -> ok;
        P -> P ! {report, M}
    end.

reports() -> lists:sort(receive_all()).
receive_all() -> receive {report, M} -> [M | receive_all()] after 30 -> [] end.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

strip({Err, [{M, F, A, L} | _]}) when is_atom(M), is_atom(F), is_list(L) -> {Err, {stack, M, F, strip(A)}};
strip(T) when is_pid(T) -> pid;
strip(T) when is_reference(T) -> ref;
strip(T) when is_tuple(T) -> list_to_tuple(strip(tuple_to_list(T)));
strip(T) when is_list(T) -> [strip(E) || E <- T];
strip(T) -> T.

caught(F) ->
    try F() of V -> {value, strip(V)}
    catch C:R -> {C, strip(R)}
    end.

h(Id) -> {?MODULE, Id}.

main() ->
    register(bge_main, self()),
    process_flag(trap_exit, true),
    {ok, M} = gen_event:start_link({local, bge_mgr}),
    p("no handlers", gen_event:which_handlers(bge_mgr)),
    p("add", gen_event:add_handler(bge_mgr, h(a), a)),
    p("add with arg", gen_event:add_handler(bge_mgr, h(b), {b, 42})),
    p("add duplicate", gen_event:add_handler(bge_mgr, h(a), a)),
    p("add failing", gen_event:add_handler(bge_mgr, h(c), {c, fail})),
    p("add module handler", gen_event:add_handler(bge_mgr, ?MODULE, plain)),
    p("add module handler twice", gen_event:add_handler(bge_mgr, ?MODULE, plain)),
    p("add missing module", strip(gen_event:add_handler(bge_mgr, bge_nomod, x))),
    p("inits", reports()),
    p("which_handlers", gen_event:which_handlers(bge_mgr)),
    p("notify", gen_event:notify(bge_mgr, ev1)),
    p("sync_notify", gen_event:sync_notify(bge_mgr, ev2)),
    p("events", reports()),
    p("call a", gen_event:call(bge_mgr, h(a), events)),
    p("call module handler", gen_event:call(bge_mgr, ?MODULE, events)),
    p("call unknown req", gen_event:call(bge_mgr, h(b), what)),
    p("call missing handler", gen_event:call(bge_mgr, h(zz), events)),
    p("call timeout ok", gen_event:call(bge_mgr, h(b), events, 1000)),
    bge_mgr ! some_info,
    p("info to all", reports()),
    p("delete", gen_event:delete_handler(bge_mgr, ?MODULE, bye)),
    p("delete missing", gen_event:delete_handler(bge_mgr, ?MODULE, bye)),
    p("terminate", reports()),
    p("call remove", gen_event:call(bge_mgr, h(b), remove)),
    p("terminate", reports()),
    p("which_handlers", gen_event:which_handlers(bge_mgr)),
    p("swap", gen_event:swap_handler(bge_mgr, {h(a), swap_arg}, {h(d), d})),
    p("swapped", reports()),
    p("call new", gen_event:call(bge_mgr, h(d), events)),
    p("swap missing old", gen_event:swap_handler(bge_mgr, {h(nope), x}, {h(e), e})),
    p("swapped into", reports()),
    p("swap to failing", gen_event:swap_handler(bge_mgr, {h(e), x}, {h(f), {f, fail}})),
    p("swap from call", gen_event:call(bge_mgr, h(d), {swap, g})),
    p("swapped", reports()),
    gen_event:notify(bge_mgr, {swap, g, h}),
    timer:sleep(20),
    p("swap from event", reports()),
    p("which_handlers", gen_event:which_handlers(bge_mgr)),
    gen_event:notify(bge_mgr, remove_me),
    p("removed by event", reports()),
    p("which_handlers", gen_event:which_handlers(bge_mgr)),
    Sup = spawn_link(fun() -> sup_owner() end),
    Sup ! {add, self()},
    p("add_sup_handler", receive {added, R1} -> R1 after 1000 -> none end),
    p("sup handler init", reports()),
    Sup ! {swap, self()},
    p("swap_sup_handler", receive {swapped, R2} -> R2 after 1000 -> none end),
    p("swapped", reports()),
    Sup ! {delete, self()},
    p("delete_handler of sup handler", receive {deleted, R3} -> R3 after 1000 -> none end),
    p("gen_event_EXIT", receive {owner_got, G} -> strip(G) after 1000 -> none end),
    p("terminate", reports()),
    Sup ! {add, self()},
    receive {added, _} -> ok end,
    reports(),
    Sup ! stop,
    receive {'EXIT', Sup, normal} -> ok end,
    timer:sleep(20),
    p("owner exit removes sup handler", reports()),
    p("which_handlers", gen_event:which_handlers(bge_mgr)),
    gen_event:add_handler(bge_mgr, h(x), x),
    gen_event:add_handler(bge_mgr, h(y), y),
    reports(),
    p("stop", gen_event:stop(bge_mgr)),
    p("terminate all", reports()),
    p("exit", receive {'EXIT', M, R} -> R after 1000 -> none end),
    p("notify to nobody", caught(fun() -> gen_event:notify(bge_mgr, x) end)),
    p("sync_notify to nobody", caught(fun() -> gen_event:sync_notify(bge_mgr, x) end)),
    p("call to nobody", caught(fun() -> gen_event:call(bge_mgr, h(a), x) end)),
    p("which_handlers of nobody", caught(fun() -> gen_event:which_handlers(bge_mgr) end)),
    p("start named", element(1, gen_event:start({local, bge_mgr2}))),
    p("start named again", strip(gen_event:start({local, bge_mgr2}))),
    p("stop with reason", gen_event:stop(bge_mgr2, normal, 1000)),
    p("stop nobody", caught(fun() -> gen_event:stop(bge_mgr2) end)),
    unregister(bge_main),
    p("leftover", strip(element(2, process_info(self(), messages)))),
    ok.

sup_owner() ->
    receive
        {add, From} -> From ! {added, gen_event:add_sup_handler(bge_mgr, h(s), s)}, sup_owner();
        {swap, From} -> From ! {swapped, gen_event:swap_sup_handler(bge_mgr, {h(s), x}, {h(t), t})}, sup_owner();
        {delete, From} ->
            From ! {deleted, gen_event:delete_handler(bge_mgr, h(t), done)},
            receive {gen_event_EXIT, H, Why} -> From ! {owner_got, {H, Why}} after 1000 -> From ! {owner_got, none} end,
            sup_owner();
        stop -> ok
    end.
