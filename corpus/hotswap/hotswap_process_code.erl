%% erlang:check_process_code/2,3: a process runs old code while the function it is
%% suspended in, or a caller it will return to, belongs to the old version; holding a
%% fun of the old version does not count (OTP 25). Versions are hotswap_base's object
%% code with its tag atom replaced (see hotswap_base.erl).
-module(hotswap_process_code).
-export([main/0, nested/1]).

-define(S, hotswap_base).

main() ->
    clean(),
    {module, ?S} = code:load_binary(?S, "v1.beam", version(<<"hsv_tag_one">>)),
    show("no old code", erlang:check_process_code(self(), ?S)),
    Server = spawn(?S, server, [0]),
    Waiter = spawn(?S, wait, []),
    Nested = spawn(?MODULE, nested, [self()]),
    receive {Nested, ready} -> ok end,
    Fun = ?S:make_fun(),
    Holder = spawn(fun() -> receive {From, call} -> From ! {self(), Fun()} end end),
    show("server", ask(Server, tag)),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, process, Dead, _} -> ok end,

    {module, ?S} = erlang:load_module(?S, version(<<"hsv_tag_two">>)),
    show("server in old code", erlang:check_process_code(Server, ?S)),
    show("waiter in old code", erlang:check_process_code(Waiter, ?S)),
    show("old code only as a caller", erlang:check_process_code(Nested, ?S)),
    show("fun holder", erlang:check_process_code(Holder, ?S)),
    show("self", erlang:check_process_code(self(), ?S)),
    show("dead process", erlang:check_process_code(Dead, ?S)),
    show("other module", erlang:check_process_code(Server, lists)),
    show("module never loaded", erlang:check_process_code(Server, hotswap_no_such_module)),
    show("options []", erlang:check_process_code(Server, ?S, [])),
    show("allow_gc", erlang:check_process_code(Server, ?S, [{allow_gc, false}])),
    show("async", erlang:check_process_code(Server, ?S, [{async, req1}])),
    receive {check_process_code, req1, R1} -> show("async reply", R1) end,
    show("async dead", erlang:check_process_code(Dead, ?S, [{async, req2}])),
    receive {check_process_code, req2, R2} -> show("async reply", R2) end,
    show("checks itself from old code", ask(Server, check_self)),
    show("server upgrade", ask(Server, upgrade)),
    show("server in new code", erlang:check_process_code(Server, ?S)),
    show("checks itself from new code", ask(Server, check_self)),
    show("fun holder calls", ask(Holder, call)),

    show("bad pid", catch_error(fun() -> erlang:check_process_code(self, ?S) end)),
    show("bad module", catch_error(fun() -> erlang:check_process_code(Server, "m") end)),
    show("bad option", catch_error(fun() -> erlang:check_process_code(Server, ?S, [bad]) end)),
    show("bad allow_gc", catch_error(fun() -> erlang:check_process_code(Server, ?S, [{allow_gc, 1}]) end)),
    show("bad option list", catch_error(fun() -> erlang:check_process_code(Server, ?S, foo) end)),
    show("check_old_code bad", catch_error(fun() -> erlang:check_old_code("m") end)),

    [P ! stop || P <- [Server, Waiter, Nested]],
    clean(),
    ok.

%% Calls into the old version and waits there: the old code is the caller's caller.
nested(Parent) ->
    Result = ?S:wait_in(fun() -> Parent ! {self(), ready}, receive stop -> ok end end),
    {done, Result}.

version(Tag) ->
    {?S, Bin, _File} = code:get_object_code(?S),
    binary:replace(Bin, <<"hsv_tag_one">>, Tag, [global]).

ask(Pid, Request) ->
    Pid ! {self(), Request},
    receive {Pid, Reply} -> Reply end.

catch_error(F) ->
    try F() of
        V -> {value, V}
    catch
        Class:Reason -> {Class, Reason}
    end.

clean() ->
    code:purge(?S),
    code:delete(?S),
    code:purge(?S).

show(Label, Value) ->
    io:format("~s: ~p~n", [Label, Value]).
