%% file: directories, renames, links, file info (types, sizes, access, modes, times), the working
%% directory and names relative to it; each case on erl's own results and errors.
-module(files_dirs_info).
-export([main/0]).
-include_lib("kernel/include/file.hrl").

main() ->
    Dir = tmp_dir(),
    F = fun(Name) -> filename:join(Dir, Name) end,
    {ok, Cwd} = file:get_cwd(),
    try
        directories(F, Dir),
        renames(F),
        links(F),
        info(F, Dir),
        working_directory(F, Dir, Cwd)
    after
        ok = file:set_cwd(Cwd),
        ok = file:del_dir_r(Dir)
    end.

tmp_dir() ->
    Dir = filename:join("/tmp", "jbeamjit_corpus_files_dirs_" ++ os:getpid() ++ "_"
                        ++ integer_to_list(erlang:unique_integer([positive]))),
    ok = file:make_dir(Dir),
    Dir.

show(Label, Value) -> io:format("~s: ~p~n", [Label, Value]).

sorted({ok, L}) -> {ok, lists:sort(L)};
sorted(Other) -> Other.

directories(F, Dir) ->
    show("list empty", file:list_dir(Dir)),
    show("make_dir", file:make_dir(F("d1"))),
    show("make_dir again", file:make_dir(F("d1"))),
    show("make_dir nested missing parent", file:make_dir(F("no/such"))),
    show("make_dir under a file", begin ok = file:write_file(F("plain"), "x"), file:make_dir(F("plain/sub")) end),
    show("make_dir binary name", file:make_dir(list_to_binary(F("d2")))),
    [ok = file:write_file(F("d1/" ++ N), N) || N <- ["c", "a", "b", ".hidden"]],
    ok = file:make_dir(F("d1/sub")),
    show("list_dir", sorted(file:list_dir(F("d1")))),
    show("list_dir binary name", sorted(file:list_dir(list_to_binary(F("d1"))))),
    show("list_dir_all", sorted(file:list_dir_all(F("d1")))),
    show("list_dir missing", file:list_dir(F("nosuch"))),
    show("list_dir of a file", file:list_dir(F("plain"))),
    show("del_dir non-empty", file:del_dir(F("d1"))),
    show("del_dir of a file", file:del_dir(F("plain"))),
    show("del_dir missing", file:del_dir(F("nosuch"))),
    show("del_dir empty", file:del_dir(F("d1/sub"))),
    show("delete a directory", file:delete(F("d1"))),
    show("delete a file", file:delete(F("d1/c"))),
    show("delete again", file:delete(F("d1/c"))),
    show("delete under a file", file:delete(F("plain/x"))),
    show("list after deletes", sorted(file:list_dir(F("d1")))),
    ok = file:make_dir(F("tree")),
    ok = file:make_dir(F("tree/a")),
    ok = file:make_dir(F("tree/a/b")),
    ok = file:write_file(F("tree/a/b/f"), "deep"),
    show("del_dir_r", file:del_dir_r(F("tree"))),
    show("del_dir_r missing", file:del_dir_r(F("tree"))),
    show("del_dir_r of a file", file:del_dir_r(F("plain"))),
    show("exists after del_dir_r", filelib:is_file(F("plain"))).

renames(F) ->
    ok = file:write_file(F("r1"), "one"),
    ok = file:write_file(F("r2"), "two"),
    show("rename", file:rename(F("r1"), F("r3"))),
    show("old gone", file:read_file(F("r1"))),
    show("new there", file:read_file(F("r3"))),
    show("rename over a file", file:rename(F("r3"), F("r2"))),
    show("replaced", file:read_file(F("r2"))),
    show("rename missing", file:rename(F("nosuch"), F("r4"))),
    show("rename into missing dir", file:rename(F("r2"), F("nodir/r2"))),
    ok = file:make_dir(F("rd1")),
    ok = file:make_dir(F("rd2")),
    ok = file:write_file(F("rd2/x"), "x"),
    show("rename dir over non-empty dir", file:rename(F("rd1"), F("rd2"))),
    show("rename file over dir", file:rename(F("r2"), F("rd1"))),
    show("rename dir over file", file:rename(F("rd1"), F("r2"))),
    show("rename dir over empty dir", file:rename(F("rd2"), F("rd1"))),
    show("moved contents", file:read_file(F("rd1/x"))),
    show("rename dir into itself", file:rename(F("rd1"), F("rd1/inner"))).

links(F) ->
    ok = file:write_file(F("target"), "linked"),
    show("make_symlink", file:make_symlink("target", F("sym"))),
    show("make_symlink again", file:make_symlink("target", F("sym"))),
    show("read through symlink", file:read_file(F("sym"))),
    show("read_link", file:read_link(F("sym"))),
    show("read_link_all", file:read_link_all(F("sym"))),
    show("read_link of a file", file:read_link(F("target"))),
    show("read_link missing", file:read_link(F("nosuch"))),
    show("dangling symlink", file:make_symlink("nowhere", F("dangling"))),
    show("read dangling", file:read_file(F("dangling"))),
    show("info dangling", file:read_file_info(F("dangling"))),
    show("link info dangling type", (element(2, file:read_link_info(F("dangling"))))#file_info.type),
    show("link info type", (element(2, file:read_link_info(F("sym"))))#file_info.type),
    show("file info through link type", (element(2, file:read_file_info(F("sym"))))#file_info.type),
    show("link info of a file", (element(2, file:read_link_info(F("target"))))#file_info.type),
    show("make_link", file:make_link(F("target"), F("hard"))),
    show("hard link count", (element(2, file:read_file_info(F("target"))))#file_info.links),
    show("make_link existing", file:make_link(F("target"), F("hard"))),
    show("make_link missing", file:make_link(F("nosuch"), F("hard2"))),
    show("delete symlink", file:delete(F("sym"))),
    show("target kept", file:read_file(F("target"))),
    ok = file:make_dir(F("ldir")),
    show("symlink to dir", file:make_symlink(F("ldir"), F("ldirlink"))),
    show("list through link", file:list_dir(F("ldirlink"))),
    show("del_dir of a symlink", file:del_dir(F("ldirlink"))),
    show("delete symlink to dir", file:delete(F("ldirlink"))).

info(F, Dir) ->
    ok = file:write_file(F("info"), <<"12345">>),
    {ok, I} = file:read_file_info(F("info")),
    show("size", I#file_info.size),
    show("type", I#file_info.type),
    show("access", I#file_info.access),
    show("links", I#file_info.links),
    show("regular mode bits", I#file_info.mode band 8#170000),
    {ok, D} = file:read_file_info(Dir),
    show("dir type", D#file_info.type),
    show("dir mode bits", D#file_info.mode band 8#170000),
    show("missing info", file:read_file_info(F("nosuch"))),
    show("info under a file", file:read_file_info(F("info/x"))),
    show("set mode", file:write_file_info(F("info"), #file_info{mode = 8#640})),
    show("mode now", (element(2, file:read_file_info(F("info"))))#file_info.mode band 8#7777),
    show("change_mode", file:change_mode(F("info"), 8#400)),
    show("access read-only", (element(2, file:read_file_info(F("info"))))#file_info.access),
    show("change_mode 200", file:change_mode(F("info"), 8#200)),
    show("access write-only", (element(2, file:read_file_info(F("info"))))#file_info.access),
    show("change_mode 0", file:change_mode(F("info"), 0)),
    show("access none", (element(2, file:read_file_info(F("info"))))#file_info.access),
    ok = file:change_mode(F("info"), 8#644),
    Time = {{2020, 2, 29}, {12, 34, 56}},
    show("change_time", file:change_time(F("info"), Time)),
    {ok, T} = file:read_file_info(F("info")),
    show("mtime local", T#file_info.mtime),
    show("mtime universal", (element(2, file:read_file_info(F("info"), [{time, universal}])))#file_info.mtime),
    show("mtime posix", (element(2, file:read_file_info(F("info"), [{time, posix}])))#file_info.mtime),
    show("change_time two", file:change_time(F("info"), {{2001, 1, 1}, {0, 0, 0}}, {{2002, 2, 2}, {1, 2, 3}})),
    {ok, T2} = file:read_file_info(F("info"), [{time, universal}]),
    show("atime, mtime", {T2#file_info.atime, T2#file_info.mtime}),
    show("write_file_info posix times", file:write_file_info(F("info"), #file_info{atime = 1000000000, mtime = 1234567890},
                                                             [{time, posix}])),
    {ok, T3} = file:read_file_info(F("info"), [{time, posix}]),
    show("posix times", {T3#file_info.atime, T3#file_info.mtime}),
    show("pre-1970 time", begin
                             ok = file:write_file_info(F("info"), #file_info{mtime = -86400}, [{time, posix}]),
                             (element(2, file:read_file_info(F("info"), [{time, posix}])))#file_info.mtime
                         end),
    show("bad time", file:change_time(F("info"), {{2020, 13, 1}, {0, 0, 0}})),
    show("write_file_info missing", file:write_file_info(F("nosuch"), #file_info{mode = 8#600})),
    show("read_file_info bad opt", file:read_file_info(F("info"), [{time, sideways}])),
    show("handle info", begin
                           {ok, H} = file:open(F("info"), [read, raw]),
                           {ok, HI} = file:read_file_info(H),
                           file:close(H),
                           {HI#file_info.size, HI#file_info.type, HI#file_info.access}
                       end),
    show("io server handle info", begin
                                     {ok, H2} = file:open(F("info"), [read]),
                                     {ok, HI2} = file:read_file_info(H2),
                                     file:close(H2),
                                     {HI2#file_info.size, HI2#file_info.type}
                                 end),
    show("device", (element(2, file:read_file_info("/dev/null")))#file_info.type).

working_directory(F, Dir, Cwd) ->
    show("set_cwd", file:set_cwd(Dir)),
    {ok, Here} = file:get_cwd(),
    show("get_cwd is the dir", Here =:= Dir),
    show("relative write", file:write_file("rel", "relative")),
    show("relative read", file:read_file("rel")),
    show("relative through absolute", file:read_file(F("rel"))),
    show("relative list has it", lists:member("rel", element(2, file:list_dir(".")))),
    show("dot dot", file:read_file("../" ++ filename:basename(Dir) ++ "/rel")),
    show("absname", filename:absname("rel") =:= F("rel")),
    show("relative make_dir", file:make_dir("rsub")),
    show("set_cwd relative", file:set_cwd("rsub")),
    {ok, Sub} = file:get_cwd(),
    show("cwd now", Sub =:= F("rsub")),
    show("set_cwd ..", file:set_cwd("..")),
    {ok, Up} = file:get_cwd(),
    show("cwd back", Up =:= Dir),
    show("del_dir of cwd child", file:del_dir("rsub")),
    show("set_cwd missing", file:set_cwd("nosuch")),
    show("set_cwd a file", file:set_cwd("rel")),
    show("set_cwd bad name", file:set_cwd({x})),
    show("get_cwd drive", file:get_cwd("c:")),
    show("restore", file:set_cwd(Cwd)),
    show("restored", file:get_cwd() =:= {ok, Cwd}).
