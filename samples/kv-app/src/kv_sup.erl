%% The kv application's top supervisor: one kv_server, restarted at most 3 times in 5 s.
-module(kv_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).

start_link() -> supervisor:start_link({local, kv_sup}, ?MODULE, []).

init([]) ->
    Flags = #{strategy => one_for_one, intensity => 3, period => 5},
    Server = #{id => kv_server, start => {kv_server, start_link, []},
               restart => permanent, shutdown => 1000, type => worker},
    {ok, {Flags, [Server]}}.
