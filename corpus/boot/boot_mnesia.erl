-module(boot_mnesia).
-export([main/0]).
-include_lib("stdlib/include/ms_transform.hrl").
-include("boot_log.hrl").

%% OTP's mnesia (ram copies only) as a workload of gen_servers, ETS tables, match specs and
%% transactions: tables of every type with an index, writes/reads/deletes in transactions and
%% dirty, aborts and their reasons, nested transactions, select/match_object/index_read,
%% folds, counters, table_info, and the errors of missing tables and bad records.

-record(person, {id, name, age, team}).
-record(score, {team, points}).

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

id(X) -> X.

main() ->
    log_to_me(),
    Dir = "boot_mnesia_" ++ os:getpid() ++ "_" ++ integer_to_list(erlang:unique_integer([positive])),
    ok = application:set_env(mnesia, dir, Dir),
    try run() after
        %% A schema transaction's coordinator answers before it unlinks from mnesia_tm: stopping
        %% mnesia at once can kill mnesia_tm before (unlink(undefined), a badarg in mnesia itself).
        timer:sleep(100),
        stopped = mnesia:stop(),
        logs(),
        _ = file:del_dir_r(Dir),
        application:unset_env(mnesia, dir),
        log_restore()
    end.

run() ->
    p("start", mnesia:start()),
    p("schema on ram", mnesia:table_info(schema, storage_type)),
    p("create person", mnesia:create_table(person, [{attributes, record_info(fields, person)}, {index, [#person.team]}])),
    p("create score (bag)", mnesia:create_table(score, [{type, bag}, {attributes, record_info(fields, score)}])),
    p("create log (ordered_set)", mnesia:create_table(log, [{type, ordered_set}, {attributes, [seq, text]}])),
    p("create again", mnesia:create_table(person, [{attributes, record_info(fields, person)}])),
    p("create bad attributes", mnesia:create_table(bad, [{attributes, [only_key_is_not_enough]}])),
    p("wait_for_tables", mnesia:wait_for_tables([person, score, log], 5000)),
    People = [#person{id = I, name = N, age = A, team = T}
              || {I, N, A, T} <- [{1, "ann", 31, red}, {2, "bob", 25, blue}, {3, "cid", 47, red}, {4, "dee", 38, green}, {5, "eve", 29, blue}]],
    p("write all", mnesia:transaction(fun() -> [mnesia:write(P) || P <- People], ok end)),
    p("read", mnesia:transaction(fun() -> mnesia:read(person, 3) end)),
    p("read missing", mnesia:transaction(fun() -> mnesia:read(person, 99) end)),
    p("wread", mnesia:transaction(fun() -> mnesia:wread({person, 1}) end)),
    p("index_read", mnesia:transaction(fun() -> lists:sort(mnesia:index_read(person, blue, #person.team)) end)),
    p("dirty_index_read", lists:sort([N || #person{name = N} <- mnesia:dirty_index_read(person, red, #person.team)])),
    p("match_object", mnesia:transaction(fun() -> lists:sort(mnesia:match_object(#person{team = red, _ = '_'})) end)),
    MS = ets:fun2ms(fun(#person{name = Nm, age = Ag}) when Ag > 30 -> {Nm, Ag} end),
    p("select fun2ms", mnesia:transaction(fun() -> lists:sort(mnesia:select(person, MS)) end)),
    p("dirty_select", lists:sort(mnesia:dirty_select(person, MS))),
    p("select with limit", mnesia:transaction(fun() -> {R, _Cont} = mnesia:select(person, MS, 2, read), length(R) end)),
    p("foldl", mnesia:transaction(fun() -> mnesia:foldl(fun(#person{age = A}, S) -> S + A end, 0, person) end)),
    p("all_keys", mnesia:transaction(fun() -> lists:sort(mnesia:all_keys(person)) end)),
    p("update", mnesia:transaction(fun() -> [P] = mnesia:read(person, 2), mnesia:write(P#person{age = 26}) end)),
    p("after update", mnesia:dirty_read(person, 2)),
    p("delete", mnesia:transaction(fun() -> mnesia:delete({person, 5}) end)),
    p("delete_object", mnesia:transaction(fun() -> mnesia:delete_object(#person{id = 4, name = "dee", age = 38, team = green}) end)),
    p("keys left", lists:sort(mnesia:dirty_all_keys(person))),
    p("abort", mnesia:transaction(fun() -> mnesia:write(#person{id = 9, name = "tmp"}), mnesia:abort(changed_my_mind) end)),
    p("aborted write rolled back", mnesia:dirty_read(person, 9)),
    p("error in a transaction", element(1, mnesia:transaction(fun() -> 1 = id(2) end))),
    p("throw in a transaction", mnesia:transaction(fun() -> throw(thrown) end)),
    p("write bad record", mnesia:transaction(fun() -> mnesia:write({person, 1}) end)),
    p("write to missing table", mnesia:transaction(fun() -> mnesia:write({nope, 1, 2}) end)),
    p("read missing table", mnesia:transaction(fun() -> mnesia:read(nope, 1) end)),
    p("dirty_read missing table", catch mnesia:dirty_read(nope, 1)),
    p("nested", mnesia:transaction(fun() ->
                                           mnesia:write(#person{id = 10, name = "outer"}),
                                           Inner = mnesia:transaction(fun() -> mnesia:write(#person{id = 11, name = "inner"}), mnesia:abort(inner_abort) end),
                                           {Inner, mnesia:read(person, 11)}
                                   end)),
    p("outer committed, inner not", {mnesia:dirty_read(person, 10) =/= [], mnesia:dirty_read(person, 11)}),
    [ok = mnesia:dirty_write(#score{team = T, points = Pt}) || {T, Pt} <- [{red, 3}, {red, 5}, {blue, 1}, {red, 3}]],
    p("bag read", lists:sort(mnesia:dirty_read(score, red))),
    p("bag delete_object", mnesia:transaction(fun() -> mnesia:delete_object(#score{team = red, points = 3}) end)),
    p("bag after", lists:sort(mnesia:dirty_read(score, red))),
    [mnesia:dirty_write({log, N, lists:concat(["entry ", N])}) || N <- [5, 1, 3]],
    p("ordered first/next/last", {mnesia:dirty_first(log), mnesia:dirty_next(log, 1), mnesia:dirty_last(log), mnesia:dirty_next(log, 5)}),
    p("dirty_update_counter", [mnesia:dirty_update_counter(log, 7, 2), mnesia:dirty_update_counter(log, 7, 3)]),
    p("activity async_dirty", mnesia:activity(async_dirty, fun() -> mnesia:read(log, 3) end)),
    p("activity transaction", mnesia:activity(transaction, fun() -> length(mnesia:all_keys(log)) end)),
    p("activity raises", try mnesia:activity(transaction, fun() -> mnesia:abort(why) end) catch C:R -> {C, R} end),
    p("sync_transaction", mnesia:sync_transaction(fun() -> mnesia:write({log, 0, "zero"}) end)),
    p("table_info", [mnesia:table_info(person, K) || K <- [type, size, attributes, record_name, arity, index, storage_type]]),
    p("table_info missing", catch mnesia:table_info(nope, size)),
    p("system_info tables", lists:sort(mnesia:system_info(tables))),
    p("is_transaction", {mnesia:is_transaction(), element(2, mnesia:transaction(fun() -> mnesia:is_transaction() end))}),
    p("add_table_index", mnesia:add_table_index(person, name)),
    p("index_read by name", mnesia:dirty_index_read(person, "cid", #person.name)),
    p("clear_table", mnesia:clear_table(score)),
    p("cleared", mnesia:table_info(score, size)),
    p("delete_table", mnesia:delete_table(score)),
    p("delete_table again", mnesia:delete_table(score)),
    p("transform_table", mnesia:transform_table(log, fun({log, S, T}) when is_list(T) -> {log, S, length(T)}; (R) -> R end, [seq, text])),
    p("transformed", mnesia:dirty_read(log, 5)).
