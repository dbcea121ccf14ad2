%% The server of the hot upgrade demo (samples/hotswap-demo), version 1: a gen_server
%% that greets callers and counts its greetings. Version 2 is v2/demo_server.erl.
-module(demo_server).
-behaviour(gen_server).
-vsn(1).

-export([start/0, greet/1]).
-export([init/1, handle_call/3, handle_cast/2, code_change/3]).

start() ->
    gen_server:start({local, ?MODULE}, ?MODULE, [], []).

greet(Name) ->
    gen_server:call(?MODULE, {greet, Name}).

init([]) ->
    {ok, {greetings, 0}}.

handle_call({greet, Name}, _From, {greetings, N}) ->
    {reply, {vsn1, lists:flatten(io_lib:format("Hello, ~s!", [Name]))}, {greetings, N + 1}}.

handle_cast(_Message, State) ->
    {noreply, State}.

code_change(_OldVsn, State, _Extra) ->
    {ok, State}.
