%% -on_load functions run as OTP runs them: in a process of their own when the code
%% server loads the module (code:load_binary/3, code:ensure_loaded/1, a call to a
%% module not yet loaded), the module's exports invisible until the function returns
%% ok, the load failing otherwise; and the BIFs under that: erlang:load_module/2's
%% {error, on_load}, call_on_load_function/1, finish_after_on_load/2, finish_loading/1
%% and has_prepared_code_on_load/1. The module is hotswap_base_on_load; what its on_load
%% function does is set here through a persistent term.
-module(hotswap_on_load).
-export([main/0, load/1, call_f/1]).

-define(M, hotswap_base_on_load).
-define(KEY, {?M, on_load}).

main() ->
    clean(),
    {?M, Bin, _} = code:get_object_code(?M),
    Self = self(),

    set({report_to, Self}),
    show("load_binary", code:load_binary(?M, "m.beam", Bin)),
    receive {on_load_ran, Runner, LoadedThen} ->
        show("on_load ran in another process", Runner =/= Self),
        show("module loaded while it ran", LoadedThen)
    end,
    show("loaded", erlang:module_loaded(?M)),
    show("call", ?M:f()),
    clean(),

    set({return, failed}),
    show("failing load_binary", code:load_binary(?M, "m.beam", Bin)),
    show("loaded", erlang:module_loaded(?M)),
    show("in loaded()", lists:member(?M, erlang:loaded())),
    show("old code", erlang:check_old_code(?M)),
    show("is_loaded", code:is_loaded(?M)),
    set({return, {error, some_reason}}),
    clean(),

    set({call_own_export, Self}),
    show("load_binary", code:load_binary(?M, "m.beam", Bin)),
    receive {own_export, Own} -> show("own export during on_load", Own) end,
    clean(),

    %% The BIFs: the loader's process runs the on_load function itself.
    set(ok),
    show("load_module", erlang:load_module(?M, Bin)),
    show("loaded", erlang:module_loaded(?M)),
    show("in loaded()", lists:member(?M, erlang:loaded())),
    show("load_module again", erlang:load_module(?M, Bin)),
    show("call_on_load_function", erlang:call_on_load_function(?M)),
    show("finish_after_on_load", erlang:finish_after_on_load(?M, true)),
    show("loaded", erlang:module_loaded(?M)),
    show("call", ?M:f()),
    show("finish again", catch_error(fun() -> erlang:finish_after_on_load(?M, true) end)),
    show("call_on_load_function again", catch_error(fun() -> erlang:call_on_load_function(?M) end)),
    show("finish bad flag", catch_error(fun() -> erlang:finish_after_on_load(?M, maybe) end)),
    show("finish bad module", catch_error(fun() -> erlang:finish_after_on_load("m", true) end)),
    Prepared = erlang:prepare_loading(?M, Bin),
    show("has_prepared_code_on_load", erlang:has_prepared_code_on_load(Prepared)),
    show("has_prepared_code_on_load bad", catch_error(fun() -> erlang:has_prepared_code_on_load(x) end)),
    show("finish two with on_load", catch_error(fun() -> erlang:finish_loading([Prepared, Prepared]) end)),
    show("finish_loading", erlang:finish_loading([Prepared])),
    show("loaded (current version kept)", erlang:module_loaded(?M)),
    show("drop the waiting version", erlang:finish_after_on_load(?M, false)),
    show("loaded", erlang:module_loaded(?M)),
    show("call", ?M:f()),
    clean(),

    %% Loaded on demand by a call: the on_load function runs first, elsewhere.
    set({report_to, Self}),
    show("call, module not loaded", ?M:f()),
    receive {on_load_ran, Runner2, _} -> show("on_load ran in another process", Runner2 =/= Self) end,
    clean(),
    show("ensure_loaded", code:ensure_loaded(?M)),
    receive {on_load_ran, _, _} -> ok end,
    clean(),

    %% While the on_load function runs, other callers of the module wait for it.
    set({wait_for_go, Self}),
    Loader = spawn(?MODULE, load, [Self]),
    OnLoad = receive {on_load_waits, Pid} -> Pid end,
    Caller = spawn(?MODULE, call_f, [Self]),
    show("caller waits", receive {Caller, R0} -> {answered, R0} after 200 -> waiting end),
    show("loaded while on_load runs", erlang:module_loaded(?M)),
    OnLoad ! go,
    receive {Loader, R1} -> show("loader", R1) end,
    receive {Caller, R2} -> show("caller", R2) end,
    show("loaded", erlang:module_loaded(?M)),

    persistent_term:erase(?KEY),
    clean(),
    ok.

load(Parent) ->
    {?M, Bin, _} = code:get_object_code(?M),
    Parent ! {self(), code:load_binary(?M, "m.beam", Bin)}.

call_f(Parent) ->
    Parent ! {self(), ?M:f()}.

set(Mode) ->
    persistent_term:put(?KEY, Mode).

catch_error(F) ->
    try F() of
        V -> {value, V}
    catch
        Class:Reason -> {Class, Reason}
    end.

clean() ->
    code:purge(?M),
    code:delete(?M),
    code:purge(?M).

show(Label, Value) ->
    io:format("~s: ~p~n", [Label, Value]).
