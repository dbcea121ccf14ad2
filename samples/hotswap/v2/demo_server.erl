%% The server of the hot upgrade demo, version 2: it greets each caller with how many
%% times it has seen them, so its state is a map with a count per name. code_change/3
%% turns version 1's state, {greetings, N}, into version 2's.
%%
%% A reload makes this version current at once, so a request can reach it before the
%% demo's upgrader has suspended the server and called code_change/3 through
%% sys:change_code/4 (OTP's release handler suspends the server before it loads the new
%% code; a reload from outside cannot): such a request finds version 1's state and
%% converts it first, with the same code_change/3, and says so.
-module(demo_server).
-behaviour(gen_server).
-vsn(2).

-export([start/0, greet/1]).
-export([init/1, handle_call/3, handle_cast/2, code_change/3]).

start() ->
    gen_server:start({local, ?MODULE}, ?MODULE, [], []).

greet(Name) ->
    gen_server:call(?MODULE, {greet, Name}).

init([]) ->
    {ok, #{greetings => 0, seen => #{}}}.

handle_call(Request, From, {greetings, _} = OldState) ->
    {ok, State} = code_change(1, OldState, []),
    io:format("demo_server vsn 2: the first request found vsn 1's state ~p and converted it:~n  ~p~n",
              [OldState, State]),
    handle_call(Request, From, State);
handle_call({greet, Name}, _From, #{greetings := N, seen := Seen} = State) ->
    Times = maps:get(Name, Seen, 0) + 1,
    Text = lists:flatten(io_lib:format("Welcome back, ~s (visit ~b since the upgrade, greeting ~b)",
                                       [Name, Times, N + 1])),
    {reply, {vsn2, Text}, State#{greetings := N + 1, seen := Seen#{Name => Times}}}.

handle_cast(_Message, State) ->
    {noreply, State}.

code_change(1, {greetings, N}, _Extra) ->
    {ok, #{greetings => N, seen => #{}}};
code_change(_OldVsn, State, _Extra) ->
    {ok, State}.
