%% The kv store: a gen_server holding a map, bounded by the application's max_keys.
-module(kv_server).
-behaviour(gen_server).
-export([start_link/0, init/1, handle_call/3, handle_cast/2, terminate/2]).

start_link() -> gen_server:start_link({local, kv_server}, ?MODULE, [], []).

init([]) ->
    process_flag(trap_exit, true),
    case application:get_env(kv, crash_on_init) of
        {ok, true} -> error(told_to_crash_on_init);
        _ -> {ok, #{}}
    end.

handle_call({put, K, V}, _From, S) ->
    case maps:is_key(K, S) orelse map_size(S) < max_keys() of
        true -> {reply, ok, S#{K => V}};
        false -> {reply, {error, full}, S}
    end;
handle_call({get, K}, _From, S) ->
    {reply, maps:find(K, S), S};
handle_call({delete, K}, _From, S) ->
    {reply, ok, maps:remove(K, S)};
handle_call(size, _From, S) ->
    {reply, map_size(S), S};
handle_call(keys, _From, S) ->
    {reply, lists:sort(maps:keys(S)), S}.

handle_cast(crash, _S) ->
    error(asked_to_crash).

terminate(_Reason, _S) -> ok.

max_keys() ->
    {ok, N} = application:get_env(kv, max_keys),
    N.
