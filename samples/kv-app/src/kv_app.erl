%% The kv application: starts kv_sup, and in its start phase warms the store up with the
%% application's `initial` environment.
-module(kv_app).
-behaviour(application).
-export([start/2, start_phase/3, prep_stop/1, stop/1, config_change/3]).

start(_Type, _Args) ->
    case application:get_env(kv, fail_start) of
        {ok, true} -> {error, told_to_fail};
        _ -> kv_sup:start_link()
    end.

start_phase(warm_up, _Type, Args) ->
    {ok, Initial} = application:get_env(kv, initial),
    [kv:put(K, V) || {K, V} <- Initial],
    kv:put(start_phase_args, Args),
    ok.

prep_stop(State) ->
    notify({prep_stop, kv:size()}),
    State.

stop(_State) ->
    notify(stopped),
    ok.

config_change(Changed, New, Removed) ->
    notify({config_change, Changed, New, Removed}),
    ok.

%% Whoever registered kv_observer (a test program) hears about the application's life.
notify(Event) ->
    case whereis(kv_observer) of
        undefined -> ok;
        Pid -> Pid ! {kv_app, Event}
    end.
