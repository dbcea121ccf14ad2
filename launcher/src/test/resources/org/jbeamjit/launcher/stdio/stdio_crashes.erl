%% Processes that die of errors and throws: each prints the emulator's crash report, as the
%% logger of erl -noshell prints it; exits (exit/1, kill) print nothing.
-module(stdio_crashes).
-export([main/0, id/1]).

id(X) -> X.

crash(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, _} -> ok end,
    timer:sleep(400). % the report is printed by another process: let it come before the next one

main() ->
    crash(fun() -> 1 = id(2) end),
    crash(fun() -> throw(id(ball)) end),
    crash(fun() -> erlang:error({some, "text", <<1, 2>>}, [a]) end),
    crash(fun() -> exit(id(quietly)) end),
    crash(fun() -> id(a) + 1 end),
    crash(fun() -> lists:nth(id(5), [1]) end),
    crash(fun() -> exit(self(), kill) end),
    crash(fun() -> erlang:error(lists:seq(1, 60)) end),
    crash(fun() -> erlang:error([8364, 233]) end),
    io:format("done~n").
