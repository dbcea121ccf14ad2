%% Runs corpus programs one after another in one erl node, each in its own
%% process, printing a marker line before each; the differential test splits
%% erl's output at the markers.
-module(corpus_driver).
-export([run/1]).

run(Modules) ->
    lists:foreach(fun run_one/1, Modules),
    halt().

run_one(M) ->
    io:format("<<<corpus:~s>>>~n", [M]),
    {Pid, Ref} = spawn_monitor(M, main, []),
    receive
        {'DOWN', Ref, process, Pid, _} -> ok
    after 120000 ->
        exit(Pid, kill)
    end.
