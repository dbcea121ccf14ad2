%% Runs OTP's compiler as erlc does, for CompilerOnJbeamjitTest: main/1 takes erlc command
%% lines separated by "-next-" and compiles each through erl_compile:compile/2, the function
%% erlc's own erl_compile:compile_cmdline/0 calls, so options, output file names and
%% messages are erlc's. Around each job it writes a marker line, so that the messages of
%% each compilation can be told apart:
%%   "%%% compile_driver begin"
%%   ...the compiler's messages...
%%   "%%% compile_driver end ok|error|crash WallMilliseconds CpuMilliseconds"
-module(compile_driver).
-export([main/1]).

main(Args) ->
    {ok, Cwd} = file:get_cwd(),
    lists:foreach(fun(Job) -> compile(Job, Cwd) end, jobs(Args, [], [])).

jobs([], [], Jobs) -> lists:reverse(Jobs);
jobs([], Job, Jobs) -> jobs([], [], [lists:reverse(Job) | Jobs]);
jobs(["-next-" | T], Job, Jobs) -> jobs(T, [], [lists:reverse(Job) | Jobs]);
jobs([A | T], Job, Jobs) -> jobs(T, [A | Job], Jobs).

compile(Args, Cwd) ->
    io:put_chars("%%% compile_driver begin\n"),
    Start = erlang:monotonic_time(millisecond),
    {Cpu0, _} = statistics(runtime),
    Result = erl_compile:compile(Args, Cwd),
    {Cpu1, _} = statistics(runtime),
    Millis = erlang:monotonic_time(millisecond) - Start,
    %% What erlc writes to standard error for these two (erl_compile:compile_cmdline1/1).
    Kind = case Result of
               ok ->
                   ok;
               {error, Output} ->
                   io:put_chars(Output),
                   error;
               {crash, {C, E, Stk}} ->
                   io:format("Crash: ~p:~tp\n~tp\n", [C, E, Stk]),
                   crash
           end,
    io:format("%%% compile_driver end ~p ~p ~p~n", [Kind, Millis, Cpu1 - Cpu0]).
