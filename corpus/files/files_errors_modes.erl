%% file: the {error, Posix} answers of directory and file operations (eexist, enoent, enotdir,
%% eisdir, enotempty, ebadf, einval), file:format_error, operations on closed and wrong-mode
%% handles, file names as binaries/atoms/deep lists, write_file modes, read_line/pread/pwrite
%% with lists, consult/eval/script forms; in a temp dir under the cwd, deleted afterwards.
-module(files_errors_modes).
-export([main/0]).
-include_lib("kernel/include/file.hrl").

main() ->
    Dir = "jbeamjit_files_errors_" ++ os:getpid() ++ "_" ++ integer_to_list(erlang:unique_integer([positive])),
    ok = file:make_dir(Dir),
    F = fun(Name) -> filename:join(Dir, Name) end,
    try
        dir_errors(F),
        file_errors(F),
        handles(F),
        names(F, Dir),
        contents(F),
        format_errors()
    after
        ok = file:del_dir_r(Dir)
    end.

show(Label, Value) -> io:format("~s: ~p~n", [Label, Value]).

%% An opened handle (a pid or a raw descriptor), read from and closed.
opened({ok, H}) -> R = file:read(H, 1), {opened, R, file:close(H)};
opened(Other) -> Other.

dir_errors(F) ->
    show("make_dir", file:make_dir(F("d"))),
    show("make_dir eexist", file:make_dir(F("d"))),
    show("make_dir no parent", file:make_dir(F("no/such"))),
    ok = file:write_file(F("plain"), <<"x">>),
    show("make_dir under a file", file:make_dir(F("plain/sub"))),
    show("make_dir on a file", file:make_dir(F("plain"))),
    ok = file:write_file(F("d/inner"), <<"y">>),
    show("del_dir not empty", file:del_dir(F("d"))),
    show("del_dir a file", file:del_dir(F("plain"))),
    show("del_dir missing", file:del_dir(F("nope"))),
    show("delete a dir", file:delete(F("d"))),
    show("delete missing", file:delete(F("nope"))),
    show("delete under a file", file:delete(F("plain/x"))),
    show("list_dir", file:list_dir(F("d"))),
    show("list_dir a file", file:list_dir(F("plain"))),
    show("list_dir missing", file:list_dir(F("nope"))),
    show("list_dir_all", file:list_dir_all(F("d"))),
    show("rename missing", file:rename(F("nope"), F("nope2"))),
    show("rename into missing dir", file:rename(F("plain"), F("no/such/plain"))),
    show("rename dir over file", file:rename(F("d"), F("plain"))),
    ok = file:make_dir(F("e")),
    show("rename file over empty dir", file:rename(F("plain"), F("e"))),
    show("rename dir over empty dir", file:rename(F("e"), F("d2"))),
    show("rename dir into itself", file:rename(F("d"), F("d/sub"))),
    show("del_dir_r missing", file:del_dir_r(F("nope"))),
    show("del_dir_r file", file:del_dir_r(F("plain"))),
    ok = file:write_file(F("plain"), <<"x">>),
    show("del_dir_r tree", file:del_dir_r(F("d"))),
    show("gone", file:read_file_info(F("d"))),
    show("set_cwd missing", file:set_cwd(F("nope"))),
    show("set_cwd a file", file:set_cwd(F("plain"))),
    ok = file:del_dir(F("d2")).

file_errors(F) ->
    show("read_file missing", file:read_file(F("nope"))),
    ok = file:make_dir(F("dir")),
    show("read_file a dir", file:read_file(F("dir"))),
    show("write_file a dir", file:write_file(F("dir"), <<"x">>)),
    show("write_file missing dir", file:write_file(F("no/x"), <<"x">>)),
    show("write_file exclusive new", file:write_file(F("ex"), <<"1">>, [exclusive])),
    show("write_file exclusive existing", file:write_file(F("ex"), <<"2">>, [exclusive])),
    show("write_file append", {file:write_file(F("ex"), <<"3">>, [append]), file:read_file(F("ex"))}),
    show("write_file iolist", {file:write_file(F("io"), [<<"a">>, "b", [$c, [<<"d">>]]]), file:read_file(F("io"))}),
    show("write_file bad data", catch file:write_file(F("io"), [foo])),
    show("write_file bad data no create", file:read_file(F("io"))),
    show("write_file bad mode", catch file:write_file(F("io"), <<>>, [bogus])),
    show("open missing", file:open(F("nope"), [read])),
    show("open dir for write", file:open(F("dir"), [write])),
    show("open dir for read", case file:open(F("dir"), [read]) of {ok, D} -> R = file:read(D, 1), file:close(D), {opened, R}; E -> E end),
    show("open bad mode", opened(file:open(F("ex"), [read, bogus]))),
    show("open bad mode raw", opened(file:open(F("ex"), [raw, bogus]))),
    show("open not a list", opened(catch file:open(F("ex"), read))),
    show("open bad name", catch file:open({bad, name}, [read])),
    show("read_file_info missing", file:read_file_info(F("nope"))),
    show("read_file_info under file", file:read_file_info(F("ex/sub"))),
    {ok, #file_info{type = T1, size = S1}} = file:read_file_info(F("ex")),
    show("file info", {T1, S1}),
    {ok, #file_info{type = T2}} = file:read_file_info(F("dir")),
    show("dir info", T2),
    {ok, #file_info{mtime = M}} = file:read_file_info(F("ex"), [{time, posix}]),
    show("posix mtime", is_integer(M)),
    {ok, #file_info{mtime = MU}} = file:read_file_info(F("ex"), [{time, universal}]),
    show("universal mtime", element(1, MU) =/= undefined),
    show("read_file_info bad opt", catch file:read_file_info(F("ex"), [{time, never}])),
    show("read_link not a link", file:read_link(F("ex"))),
    show("read_link missing", file:read_link(F("nope"))),
    show("copy to a dir", file:copy(F("ex"), F("dir"))),
    show("copy from missing", file:copy(F("nope"), F("c"))).

handles(F) ->
    ok = file:write_file(F("h"), <<"line one\nline two\nlast">>),
    {ok, R} = file:open(F("h"), [read]),
    show("read_line", file:read_line(R)),
    show("read_line", file:read_line(R)),
    show("read_line last", file:read_line(R)),
    show("read_line eof", file:read_line(R)),
    show("read eof", file:read(R, 5)),
    show("position bof", file:position(R, bof)),
    show("position cur", file:position(R, {cur, 5})),
    show("position eof", file:position(R, eof)),
    show("position eof-4", file:position(R, {eof, -4})),
    show("read after", file:read(R, 10)),
    show("position negative", file:position(R, {bof, -1})),
    show("position bad", catch file:position(R, {nowhere, 1})),
    show("pread", file:pread(R, 5, 3)),
    show("pread list", file:pread(R, [{0, 4}, {9, 4}, {100, 2}])),
    show("pread past end", file:pread(R, 100, 3)),
    show("pread negative", file:pread(R, -1, 3)),
    show("position after pread", file:position(R, cur)),
    show("write on read-only", file:write(R, "x")),
    show("after a failed write", file:read(R, 1)),
    show("close", file:close(R)),
    show("close again", file:close(R)),
    show("read closed", file:read(R, 1)),
    show("write closed", file:write(R, "x")),
    show("position closed", file:position(R, bof)),
    {ok, W} = file:open(F("w"), [write]),
    show("pwrite list", file:pwrite(W, [{0, "abc"}, {10, <<"xyz">>}])),
    show("pwrite negative", file:pwrite(W, -2, "q")),
    show("write", file:write(W, ["12", <<"34">>])),
    show("truncate", {file:position(W, 5), file:truncate(W)}),
    show("read on write-only", file:read(W, 1)),
    show("after a failed read", file:write(W, "z")),
    file:close(W),
    show("result", file:read_file(F("w"))),
    {ok, B} = file:open(F("h"), [read, binary]),
    show("binary read", file:read(B, 4)),
    show("binary read_line", file:read_line(B)),
    ok = file:close(B),
    {ok, RAW} = file:open(F("h"), [read, raw, binary]),
    show("raw read_line", file:read_line(RAW)),
    show("raw pread list", file:pread(RAW, [{0, 2}, {5, 3}])),
    show("raw position bad", catch file:position(RAW, {bof, -5})),
    ok = file:close(RAW),
    show("raw read closed", catch file:read(RAW, 1)),
    {ok, RW} = file:open(F("rw"), [read, write, binary]),
    show("rw write", file:write(RW, <<"hello world">>)),
    show("rw read at end", file:read(RW, 3)),
    show("rw pread", file:pread(RW, 6, 5)),
    show("rw position + overwrite", {file:position(RW, 0), file:write(RW, <<"J">>)}),
    show("rw read rest", file:read(RW, 100)),
    ok = file:close(RW),
    show("io:get_line on file", begin {ok, G} = file:open(F("h"), [read]), L = io:get_line(G, ''), file:close(G), L end),
    show("io:fwrite to file", begin {ok, G2} = file:open(F("fw"), [write]), ok = io:fwrite(G2, "~p ~s~n", [{a, 1}, "str"]), file:close(G2), file:read_file(F("fw")) end).

names(F, Dir) ->
    ok = file:write_file(list_to_binary(F("bin_name")), <<"b">>),
    show("binary name", file:read_file(F("bin_name"))),
    show("deep list name", file:read_file([Dir, "/", ["bin", "_name"]])),
    show("atom name", file:read_file(list_to_atom(F("bin_name")))),
    show("mixed deep name", file:read_file([list_to_binary(Dir), $/, 'bin_name'])),
    show("name with nul", catch file:read_file(F("a\0b"))),
    show("unicode name", {file:write_file(F("ünï"), <<"u">>), file:read_file(F("ünï"))}),
    show("list_dir sorted", {ok, lists:sort(element(2, file:list_dir(Dir)))}),
    show("empty name", file:read_file("")),
    show("relative dot dot", file:read_file(filename:join([Dir, "..", Dir, "bin_name"]))).

contents(F) ->
    ok = file:write_file(F("terms"), "{a, 1}.\n[x, \"y\"].\n%% comment\n#{k => v}.\n"),
    show("consult", file:consult(F("terms"))),
    ok = file:write_file(F("terms2"), "{a, 1}.\n{b,\n"),
    show("consult truncated", file:consult(F("terms2"))),
    ok = file:write_file(F("terms3"), "{a, X}.\n"),
    show("consult variable", file:consult(F("terms3"))),
    ok = file:write_file(F("terms4"), ""),
    show("consult empty", file:consult(F("terms4"))),
    ok = file:write_file(F("scr"), "A = 2,\nB = A * 21,\n{A, B}.\n"),
    show("script", file:script(F("scr"))),
    show("script bindings", file:script(F("scr"), [{'C', 0}])),
    ok = file:write_file(F("scr2"), "A = 1, A = 2.\n"),
    show("script badmatch", case file:script(F("scr2")) of
                                {error, {L, file, {error, Why, Stack}}} -> {L, Why, is_list(Stack)};
                                Other -> Other
                            end),
    ok = file:write_file(F("scr3"), "1 + .\n"),
    show("script syntax error", file:script(F("scr3"))),
    ok = file:write_file(F("ev"), "put(files_errors_modes_key, 7).\nput(files_errors_modes_key, 8).\n"),
    show("eval", file:eval(F("ev"))),
    show("eval effect", erase(files_errors_modes_key)),
    show("eval missing", file:eval(F("nope"))),
    show("consult missing", file:consult(F("nope"))),
    show("script missing", file:script(F("nope"))).

format_errors() ->
    Errors = [enoent, eexist, enotdir, eisdir, enotempty, eacces, ebadf, einval, enospc, eperm,
              emfile, exdev, terminated, badarg, system_limit, unknown_reason_x,
              {1, erl_parse, ["syntax error before: ", "'.'"]}, {1, file, unknown},
              "a string", 42],
    [show("format_error", catch lists:flatten(file:format_error(E))) || E <- Errors].
