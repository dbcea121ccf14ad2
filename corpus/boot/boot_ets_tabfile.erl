-module(boot_ets_tabfile).
-export([main/0]).

%% ets:tab2file/file2tab/tabfile_info, which write and read through disk_log (it needs the
%% kernel's kernel_safe_sup): options, checks, and the errors of missing, garbage and truncated
%% files; in files under the cwd, deleted afterwards.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

unnamed(Name, Name) -> file_name;
unnamed(T, Name) when is_tuple(T) -> list_to_tuple([unnamed(E, Name) || E <- tuple_to_list(T)]);
unnamed(T, Name) when is_list(T) -> [unnamed(E, Name) || E <- T];
unnamed(T, _) -> T.

main() ->
    Name = "boot_ets_tabfile_" ++ os:getpid() ++ "_" ++ integer_to_list(erlang:unique_integer([positive])) ++ ".tab",
    try run(Name) after file:delete(Name) end.

run(Name) ->
    T = ets:new(boot_ets_tabfile_t, [ordered_set, named_table, {keypos, 2}]),
    ets:insert(T, [{r, K, K * K} || K <- lists:seq(1, 20)]),
    p("tab2file", ets:tab2file(T, Name)),
    {ok, Info} = ets:tabfile_info(Name),
    p("tabfile_info", [lists:keyfind(K, 1, Info) || K <- [name, type, protection, named_table, keypos, size, extended_info, version]]),
    ets:delete(T),
    {ok, T2} = ets:file2tab(Name),
    p("file2tab", {T2, ets:info(T2, type), ets:info(T2, size), ets:info(T2, keypos), ets:lookup(T2, 7)}),
    p("file2tab again, name taken", unnamed(ets:file2tab(Name), Name)),
    ets:delete(T2),
    B = ets:new(boot_ets_tabfile_b, [bag, public]),
    ets:insert(B, [{k, N} || N <- lists:seq(1, 50)] ++ [{j, <<"bin">>}, {i, #{m => [1.5]}}]),
    p("tab2file extended", ets:tab2file(B, Name, [{extended_info, [md5sum, object_count]}, {sync, true}])),
    {ok, Info2} = ets:tabfile_info(Name),
    p("extended_info", lists:keyfind(extended_info, 1, Info2)),
    ets:delete(B),
    {ok, B2} = ets:file2tab(Name, [{verify, true}]),
    p("verified", {ets:info(B2, type), ets:info(B2, protection), ets:info(B2, size), lists:sort(ets:lookup(B2, i))}),
    ets:delete(B2),
    {ok, Bin} = file:read_file(Name),
    ok = file:write_file(Name, binary:part(Bin, 0, byte_size(Bin) - 20)),
    p("file2tab truncated verify", unnamed(ets:file2tab(Name, [{verify, true}]), Name)),
    p("tabfile_info truncated", element(1, ets:tabfile_info(Name))),
    ok = file:write_file(Name, <<"garbage">>),
    p("file2tab garbage", unnamed(ets:file2tab(Name), Name)),
    p("tabfile_info garbage", unnamed(ets:tabfile_info(Name), Name)),
    ok = file:delete(Name),
    p("file2tab missing", unnamed(ets:file2tab(Name), Name)),
    p("tab2file bad table", catch ets:tab2file(no_such_table, Name)),
    p("tab2file bad option", try ets:tab2file(ets:new(x, []), Name, [bogus]) catch C:R -> {C, R} end),
    p("file2tab bad option", try ets:file2tab(Name, [bogus]) catch C2:R2 -> {C2, R2} end),
    p("disk_log running", is_pid(whereis(disk_log_sup))).
