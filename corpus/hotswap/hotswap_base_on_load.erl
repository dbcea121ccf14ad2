%% The module with an -on_load function that hotswap_on_load loads: what its on_load
%% function does is chosen by the loading program through a persistent term (by default
%% it succeeds). Run as a program, it is loaded on demand, its on_load function first.
-module(hotswap_base_on_load).
-on_load(init/0).
-export([main/0, f/0]).

main() ->
    io:format("hotswap_base_on_load: ~p~n", [f()]).

init() ->
    case persistent_term:get({?MODULE, on_load}, ok) of
        ok ->
            ok;
        {return, Value} ->
            Value;
        {report_to, Pid} ->
            Pid ! {on_load_ran, self(), erlang:module_loaded(?MODULE)},
            ok;
        {call_own_export, Pid} ->
            Pid ! {own_export, case catch ?MODULE:f() of
                                   {'EXIT', {Reason, [Frame | _]}} -> {'EXIT', Reason, Frame};
                                   Other -> Other
                               end},
            ok;
        {wait_for_go, Pid} ->
            Pid ! {on_load_waits, self()},
            receive go -> ok end
    end.

f() -> f_called.
