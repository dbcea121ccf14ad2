%% The kv application's API.
-module(kv).
-export([put/2, get/1, delete/1, size/0, keys/0, crash/0]).

put(K, V) -> gen_server:call(kv_server, {put, K, V}).
get(K) -> gen_server:call(kv_server, {get, K}).
delete(K) -> gen_server:call(kv_server, {delete, K}).
size() -> gen_server:call(kv_server, size).
keys() -> gen_server:call(kv_server, keys).
%% Makes the server crash (for the supervisor and logger programs).
crash() -> gen_server:cast(kv_server, crash).
