-module(boot_files).
-export([main/0]).
-include_lib("kernel/include/file.hrl").

%% file on the real kernel, where the named-file operations go through kernel's file server
%% (file_server_2) and handles are file_io_server processes: read/write/consult/script/eval,
%% directories, renames and their errors, file info, the cwd, io on handles (get_line,
%% fwrite, read with encodings), file:pid2name, filelib over them, and logger_std_h writing to a
%% file. In a temp dir under the cwd, deleted afterwards.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

main() ->
    Dir = "boot_files_" ++ os:getpid() ++ "_" ++ integer_to_list(erlang:unique_integer([positive])),
    ok = file:make_dir(Dir),
    F = fun(Name) -> filename:join(Dir, Name) end,
    try
        named(F),
        handles(F),
        dirs(F, Dir),
        std_h(F)
    after
        ok = file:del_dir_r(Dir)
    end.

named(F) ->
    p("file_server_2 running", is_pid(whereis(file_server_2))),
    p("write_file", file:write_file(F("a.txt"), <<"line 1\nline 2\n">>)),
    p("read_file", file:read_file(F("a.txt"))),
    p("write_file append", file:write_file(F("a.txt"), "line 3\n", [append])),
    p("read_file", file:read_file(F("a.txt"))),
    p("read_file missing", file:read_file(F("nope"))),
    p("write_file into a missing dir", file:write_file(F("no/x"), <<>>)),
    ok = file:write_file(F("t.config"), "{a, 1}.\n{b, [x, \"y\"]}.\n"),
    p("consult", file:consult(F("t.config"))),
    ok = file:write_file(F("bad.config"), "{a, 1}.\n{b,\n"),
    p("consult error", file:consult(F("bad.config"))),
    ok = file:write_file(F("s.script"), "X = 6, X * 7.\n"),
    p("script", file:script(F("s.script"))),
    p("path_consult", case file:path_consult([F("nope"), filename:dirname(F("x"))], "t.config") of
                          {ok, Terms, Full} -> {ok, Terms, filename:basename(Full)};
                          E -> E
                      end),
    {ok, I} = file:read_file_info(F("a.txt")),
    p("read_file_info", {I#file_info.type, I#file_info.size, I#file_info.access}),
    p("read_link_info", element(1, file:read_link_info(F("a.txt")))),
    p("write_file_info", file:write_file_info(F("a.txt"), #file_info{mode = 8#600})),
    {ok, I2} = file:read_file_info(F("a.txt")),
    p("mode", I2#file_info.mode band 8#777),
    p("change_time", file:change_time(F("a.txt"), {{2020, 1, 2}, {3, 4, 5}})),
    {ok, I3} = file:read_file_info(F("a.txt")),
    p("mtime set", I3#file_info.mtime),
    p("copy", file:copy(F("a.txt"), F("b.txt"))),
    p("rename", file:rename(F("b.txt"), F("c.txt"))),
    p("rename missing", file:rename(F("b.txt"), F("d.txt"))),
    p("delete", file:delete(F("c.txt"))),
    p("delete missing", file:delete(F("c.txt"))),
    p("altname", file:altname(F("a.txt"))),
    p("native_name_encoding", file:native_name_encoding()).

handles(F) ->
    {ok, H} = file:open(F("h.txt"), [write, {encoding, utf8}]),
    p("pid2name", case file:pid2name(H) of {ok, N} -> {ok, filename:basename(N)}; E -> E end),
    p("fwrite utf8", io:fwrite(H, "~ts ~p~n", ["héllo", [1, 2]])),
    p("put_chars", io:put_chars(H, [<<"ünï"/utf8>>, "\n"])),
    p("close", file:close(H)),
    p("raw bytes", file:read_file(F("h.txt"))),
    {ok, R} = file:open(F("h.txt"), [read, {encoding, utf8}]),
    p("get_line utf8", io:get_line(R, '')),
    p("get_chars", io:get_chars(R, '', 2)),
    p("read utf8", file:read(R, 3)),
    p("getopts", lists:keyfind(encoding, 1, io:getopts(R))),
    p("setopts latin1", io:setopts(R, [{encoding, latin1}])),
    p("get_line latin1", io:get_line(R, '')),
    p("get_line eof", io:get_line(R, '')),
    ok = file:close(R),
    {ok, R2} = file:open(F("h.txt"), [read]),
    p("io:read term", io:read(R2, '')),
    ok = file:close(R2),
    ok = file:write_file(F("terms"), "{x, 1}. [y]. bad bad.\n"),
    {ok, R3} = file:open(F("terms"), [read]),
    p("io:read 1", io:read(R3, '')),
    p("io:read 2", io:read(R3, '')),
    p("io:read 3", io:read(R3, '')),
    p("io:read eof", io:read(R3, '')),
    ok = file:close(R3),
    {ok, R4} = file:open(F("h.txt"), [read]),
    Owner = self(),
    Other = spawn(fun() -> Owner ! {read_by_other, file:read(R4, 2)} end),
    _ = Other,
    p("another process reads the handle", receive {read_by_other, X} -> X after 1000 -> none end),
    ok = file:close(R4),
    Opener = spawn(fun() -> {ok, H6} = file:open(F("h.txt"), [read]), Owner ! {opened, H6}, receive go -> ok end end),
    R6 = receive {opened, H6} -> H6 end,
    M6 = monitor(process, R6),
    exit(Opener, kill),
    p("a handle dies with the process that opened it", receive {'DOWN', M6, _, _, Why} -> Why after 1000 -> alive end),
    p("read from it", file:read(R6, 1)).

dirs(F, Dir) ->
    p("make_dir", file:make_dir(F("sub"))),
    p("make_dir exists", file:make_dir(F("sub"))),
    [ok = file:write_file(F("sub/" ++ N), N) || N <- ["z", "a", "m"]],
    p("list_dir sorted", {ok, lists:sort(element(2, file:list_dir(F("sub"))))}),
    p("del_dir not empty", file:del_dir(F("sub"))),
    p("filelib:wildcard", lists:sort(filelib:wildcard("*", F("sub")))),
    p("filelib:is_dir", {filelib:is_dir(F("sub")), filelib:is_dir(F("sub/a"))}),
    p("filelib:file_size", filelib:file_size(F("sub/m"))),
    p("filelib:ensure_dir", filelib:ensure_dir(F("x/y/z/file"))),
    p("made", filelib:is_dir(F("x/y/z"))),
    {ok, Cwd} = file:get_cwd(),
    p("set_cwd", file:set_cwd(Dir)),
    p("relative read", file:read_file("sub/a")),
    p("get_cwd is the dir", element(2, file:get_cwd()) =:= filename:join(Cwd, Dir)),
    p("set_cwd back", file:set_cwd(Cwd)),
    p("set_cwd missing", file:set_cwd(F("nope"))),
    p("del_dir_r", file:del_dir_r(F("x"))),
    p("gone", filelib:is_dir(F("x"))).

std_h(F) ->
    Log = F("log.txt"),
    ok = logger:add_handler(boot_files_h, logger_std_h,
                            #{config => #{file => Log},
                              formatter => {logger_formatter, #{template => [level, ": ", msg, "\n"]}},
                              filter_default => stop,
                              filters => [{mine, {fun logger_filters:domain/2, {log, equal, [boot_files]}}}]}),
    logger:notice("to the file ~p", [1], #{domain => [boot_files]}),
    logger:error(#{what => report_to_file}, #{domain => [boot_files]}),
    ok = logger_std_h:filesync(boot_files_h),
    p("log file", file:read_file(Log)),
    ok = logger:remove_handler(boot_files_h).
