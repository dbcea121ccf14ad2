-module(process_limit).
-export([main/0]).

%% The +P process limit, run under a small +P: the table fills to exactly the limit, every spawn
%% BIF then fails with system_limit (and the emulator logs "Too many processes" for each), nothing
%% is left half made, and room comes back as processes exit. Counts are printed as relations:
%% the VMs start different numbers of system processes.

try_it(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.

fill(Acc) ->
    try spawn(fun() -> receive stop -> ok end end) of
        P -> fill([P | Acc])
    catch
        error:system_limit -> Acc
    end.

stop_and_wait(Ps) ->
    Refs = [{P, monitor(process, P)} || P <- Ps],
    [P ! stop || P <- Ps],
    [receive {'DOWN', R, process, P, _} -> ok end || {P, R} <- Refs],
    ok.

main() ->
    Limit = erlang:system_info(process_limit),
    Before = erlang:system_info(process_count),
    io:format("limit: ~p~n", [Limit]),
    Ps = fill([]),
    Fun = fun() -> ok end,
    Tries = [{spawn, try_it(fun() -> spawn(Fun) end)},
             {spawn_mfa, try_it(fun() -> spawn(lists, seq, [1, 2]) end)},
             {spawn_link, try_it(fun() -> spawn_link(Fun) end)},
             {spawn_monitor, try_it(fun() -> spawn_monitor(Fun) end)},
             {spawn_opt, try_it(fun() -> spawn_opt(Fun, [link, monitor, {priority, high}]) end)},
             {spawn_opt_mfa, try_it(fun() -> spawn_opt(lists, seq, [1, 2], [monitor]) end)},
             %% a bad argument is still badarg at the limit
             {bad_fun, try_it(fun() -> spawn(not_a_fun) end)}],
    AtLimit = erlang:system_info(process_count),
    timer:sleep(300), % the reports of the refused spawns come from another process: let them print first
    io:format("filled to the limit: ~p~n", [length(Ps) + Before =:= Limit]),
    io:format("count is the limit: ~p~n", [AtLimit =:= Limit]),
    [io:format("~p: ~p~n", [What, Result]) || {What, Result} <- Tries],
    io:format("nothing half made: ~p~n", [{process_info(self(), links), process_info(self(), monitors)}]),
    {Ten, Rest} = lists:split(10, Ps),
    stop_and_wait(Ten),
    io:format("ten freed: ~p~n", [erlang:system_info(process_count) =:= Limit - 10]),
    More = fill([]),
    timer:sleep(300),
    io:format("refilled: ~p~n", [length(More)]),
    stop_and_wait(More ++ Rest),
    io:format("all freed: ~p~n", [erlang:system_info(process_count) =:= Before]),
    {P1, R1} = spawn_monitor(fun() -> exit(again) end),
    io:format("spawn works again: ~p~n", [receive {'DOWN', R1, process, P1, Why} -> Why end]),
    timer:sleep(300).
