-module(boot_application_phases).
-behaviour(application).
-behaviour(supervisor).
-export([main/0, start/2, start_phase/3, prep_stop/1, stop/1, config_change/3, init/1]).
-include("boot_log.hrl").

%% application with this module as the callback of applications given as spec terms: start
%% results ({ok, Pid, State}, bad returns), start phases of a primary application and of its
%% inside, config_change through application_controller, and permanent vs temporary restarts
%% when start fails.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

note(E) -> case whereis(bap_main) of undefined -> ok; P -> P ! {bap, E} end.

notes() -> receive {bap, E} -> [E | notes()] after 100 -> [] end.

start(Type, Arg) ->
    note({start, Type, Arg, application:get_application()}),
    case Arg of
        with_state -> {ok, Pid} = supervisor:start_link(?MODULE, []), {ok, Pid, my_state};
        bad_return -> not_ok;
        {error, R} -> {error, R};
        _ -> supervisor:start_link(?MODULE, [])
    end.

start_phase(Phase, Type, Args) ->
    note({phase, Phase, Type, Args, application:get_application()}),
    case Args of
        fail -> {error, phase_failed};
        _ -> ok
    end.

prep_stop(State) -> note({prep_stop, State}), State.
stop(State) -> note({stop, State}), ok.
config_change(Changed, New, Removed) -> note({config_change, Changed, New, Removed}), ok.

init([]) -> {ok, {#{strategy => one_for_one}, []}}.

app(Name, Arg, Extra) ->
    {application, Name, [{description, atom_to_list(Name)}, {vsn, "1"}, {modules, [?MODULE]},
                         {registered, []}, {applications, [kernel, stdlib]},
                         {mod, {?MODULE, Arg}} | Extra]}.

main() ->
    log_to_me(),
    register(bap_main, self()),
    ok = application:load(app(bap_plain, plain, [{env, [{k, 1}]}])),
    p("start", application:start(bap_plain)),
    p("callbacks", notes()),
    p("config_change", application_controller:config_change([{bap_plain, [{k, 1}]}])),
    p("callbacks", notes()),
    p("stop", application:stop(bap_plain)),
    p("callbacks", notes()),
    ok = application:load(app(bap_state, with_state, [])),
    p("start with state", application:start(bap_state)),
    p("stop", application:stop(bap_state)),
    p("callbacks", notes()),
    ok = application:load(app(bap_bad, bad_return, [])),
    p("start bad return", application:start(bap_bad)),
    p("callbacks", notes()),
    ok = application:load(app(bap_err, {error, nope}, [])),
    p("start error", application:start(bap_err)),
    p("callbacks", notes()),
    logs(),
    ok = application:load(app(bap_inc, inc_arg, [{start_phases, [{init, [a]}, {go, [b]}]}])),
    ok = application:load(app(bap_prim, {application_starter, [?MODULE, prim_arg]},
                              [{included_applications, [bap_inc]}, {start_phases, [{init, [x]}, {go, [y]}]}])),
    p("start primary with an included application", application:start(bap_prim)),
    p("phases", notes()),
    p("which", lists:sort([A || {A, _, _} <- application:which_applications(), lists:member(A, [bap_prim, bap_inc])])),
    p("included is loaded, not started", lists:member(bap_inc, [A || {A, _, _} <- application:loaded_applications()])),
    p("start the included one alone", application:start(bap_inc)),
    p("stop primary", application:stop(bap_prim)),
    p("callbacks", notes()),
    ok = application:load(app(bap_phasefail, phasefail_arg, [{start_phases, [{one, fail}]}])),
    p("start phase fails", application:start(bap_phasefail)),
    p("callbacks", notes()),
    p("which", lists:sort([A || {A, _, _} <- application:which_applications(), lists:prefix("bap", atom_to_list(A))])),
    logs(),
    [application:stop(A) || A <- [bap_phasefail, bap_inc]],
    [application:unload(A) || A <- [bap_plain, bap_state, bap_bad, bap_err, bap_prim, bap_inc, bap_phasefail]],
    notes(),
    logs(),
    unregister(bap_main),
    log_restore().
