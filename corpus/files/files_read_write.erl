%% file: whole-file reads and writes, opened files in every mode (io server and raw), positions,
%% pread/pwrite, truncate, copy and consult; each case on erl's own results and errors.
-module(files_read_write).
-export([main/0]).

main() ->
    Dir = tmp_dir(),
    F = fun(Name) -> filename:join(Dir, Name) end,
    try
        whole_files(F),
        io_server_files(F),
        raw_files(F),
        positional(F),
        copy_and_consult(F),
        errors(F, Dir)
    after
        ok = file:del_dir_r(Dir)
    end.

tmp_dir() ->
    Dir = filename:join("/tmp", "jbeamjit_corpus_files_rw_" ++ os:getpid() ++ "_"
                        ++ integer_to_list(erlang:unique_integer([positive]))),
    ok = file:make_dir(Dir),
    Dir.

show(Label, Value) -> io:format("~s: ~p~n", [Label, norm(Value)]).

%% Pids of file io servers are the machine's, not the program's.
norm(P) when is_pid(P) -> pid;
norm(T) when is_tuple(T) -> list_to_tuple(norm(tuple_to_list(T)));
norm([H | T]) -> [norm(H) | norm(T)];
norm(X) -> X.

whole_files(F) ->
    show("write binary", file:write_file(F("a"), <<"hello\nworld\n">>)),
    show("read binary", file:read_file(F("a"))),
    show("write iolist", file:write_file(F("b"), ["ab", [$c, <<"de">>], [], $f])),
    show("read iolist", file:read_file(F("b"))),
    show("write empty", file:write_file(F("e"), <<>>)),
    show("read empty", file:read_file(F("e"))),
    show("overwrite", {file:write_file(F("a"), "x"), file:read_file(F("a"))}),
    show("append", {file:write_file(F("a"), "yz", [append]), file:read_file(F("a"))}),
    show("write atom name", {file:write_file(list_to_atom(F("atomname")), "q"), file:read_file(F("atomname"))}),
    show("binary name", {file:write_file(list_to_binary(F("binname")), "r"),
                         file:read_file(list_to_binary(F("binname")))}),
    show("deep list name", file:read_file([F(""), ["binname"]])),
    Big = list_to_binary([integer_to_list(I) || I <- lists:seq(1, 30000)]),
    show("big write", file:write_file(F("big"), Big)),
    {ok, Back} = file:read_file(F("big")),
    show("big read", {byte_size(Back), Back =:= Big}),
    show("latin1 chars", {file:write_file(F("l1"), [229, 228, 246]), binary_to_list(element(2, file:read_file(F("l1"))))}),
    show("unicode chars", file:write_file(F("u"), [16#3b1])),
    show("write_file bad data", file:write_file(F("bad"), [a])),
    show("read_file_info size", element(2, element(2, file:read_file_info(F("big"))))).

io_server_files(F) ->
    {ok, D} = file:open(F("io"), [write]),
    show("io:format to file", io:format(D, "~p ~s~n", [{1, two}, "three"])),
    show("io:put_chars", io:put_chars(D, ["more", $\n])),
    show("file:write", file:write(D, <<"bin\n">>)),
    show("io:write", io:write(D, [x, 1.5])),
    show("io:nl", io:nl(D)),
    show("read on write-only", file:read(D, 1)),
    show("close", file:close(D)),
    show("closed again", file:close(D)),
    show("contents", file:read_file(F("io"))),
    {ok, R} = file:open(F("io"), [read]),
    show("read 4", file:read(R, 4)),
    show("read_line", file:read_line(R)),
    show("io:get_line", io:get_line(R, '')),
    show("io:get_chars", io:get_chars(R, '', 3)),
    show("position cur", file:position(R, cur)),
    show("io:read", io:read(R, '')),
    show("rest", file:read(R, 1000)),
    show("at eof", file:read(R, 1)),
    show("read_line at eof", file:read_line(R)),
    show("position bof", file:position(R, bof)),
    show("io:fread", io:fread(R, '', "~d ~a")),
    show("write on read-only", file:write(R, "x")),
    file:close(R),
    {ok, B} = file:open(F("io"), [read, binary]),
    show("binary mode read", file:read(B, 5)),
    show("binary read_line", file:read_line(B)),
    file:close(B),
    {ok, RW} = file:open(F("rw"), [read, write]),
    show("rw write", file:write(RW, "0123456789")),
    show("rw position 3", file:position(RW, 3)),
    show("rw read", file:read(RW, 2)),
    show("rw overwrite", file:write(RW, "ab")),
    show("rw position eof", file:position(RW, eof)),
    show("rw position {eof,-2}", file:position(RW, {eof, -2})),
    show("rw read tail", file:read(RW, 10)),
    show("rw position {cur,-5}", file:position(RW, {cur, -5})),
    show("rw truncate", file:truncate(RW)),
    show("rw sync", file:sync(RW)),
    show("rw datasync", file:datasync(RW)),
    file:close(RW),
    show("rw contents", file:read_file(F("rw"))),
    {ok, A} = file:open(F("rw"), [append]),
    show("append write", file:write(A, "END")),
    file:close(A),
    show("append contents", file:read_file(F("rw"))),
    {ok, RA} = file:open(F("rw"), [read, append]),
    show("read+append read", file:read(RA, 3)),
    show("read+append write", file:write(RA, "!")),
    file:close(RA),
    show("read+append contents", file:read_file(F("rw"))),
    show("exclusive new", case file:open(F("excl"), [exclusive]) of
                               {ok, X} -> file:close(X);
                               Other -> Other
                           end),
    show("exclusive existing", file:open(F("excl"), [exclusive])),
    {ok, W} = file:open(F("rw"), [write]),
    file:close(W),
    show("write truncates", file:read_file(F("rw"))).

raw_files(F) ->
    ok = file:write_file(F("raw"), <<"line one\nline two\r\nline three">>),
    {ok, R} = file:open(F("raw"), [raw, read, binary]),
    show("raw read_line", file:read_line(R)),
    show("raw read_line crlf", file:read_line(R)),
    show("raw read_line last", file:read_line(R)),
    show("raw read_line eof", file:read_line(R)),
    show("raw position", file:position(R, {bof, 5})),
    show("raw read", file:read(R, 3)),
    show("raw position cur", file:position(R, {cur, 0})),
    show("raw negative position", file:position(R, {bof, -1})),
    show("raw close", file:close(R)),
    show("raw closed read", file:read(R, 1)),
    {ok, RA} = file:open(F("raw"), [raw, read, binary, {read_ahead, 4}]),
    show("read_ahead read 2", file:read(RA, 2)),
    show("read_ahead position", file:position(RA, cur)),
    show("read_ahead read 10", file:read(RA, 10)),
    show("read_ahead line", file:read_line(RA)),
    file:close(RA),
    {ok, RL} = file:open(F("raw"), [raw, read]),
    show("raw list mode", file:read(RL, 4)),
    file:close(RL),
    {ok, W} = file:open(F("raww"), [raw, write, delayed_write]),
    show("delayed write", file:write(W, "abc")),
    show("delayed write 2", file:write(W, [<<"def">>, "g"])),
    show("delayed close", file:close(W)),
    show("delayed contents", file:read_file(F("raww"))),
    {ok, RW} = file:open(F("raww"), [raw, read, write, binary]),
    show("raw allocate", file:allocate(RW, 0, 20)),
    show("raw advise", file:advise(RW, 0, 0, sequential)),
    show("raw bad advise", file:advise(RW, 0, 0, sideways)),
    show("raw truncate", {file:position(RW, 4), file:truncate(RW)}),
    file:close(RW),
    show("raw truncated", file:read_file(F("raww"))),
    {ok, RO} = file:open(F("raw"), [raw, read]),
    show("raw write on read-only", file:write(RO, "x")),
    show("raw truncate read-only", file:truncate(RO)),
    file:close(RO),
    {ok, WO} = file:open(F("raww"), [raw, write]),
    show("raw read on write-only", file:read(WO, 1)),
    file:close(WO).

positional(F) ->
    ok = file:write_file(F("pos"), <<"0123456789">>),
    {ok, D} = file:open(F("pos"), [read, write, binary]),
    show("pread", file:pread(D, 2, 3)),
    show("pread past end", file:pread(D, 20, 3)),
    show("pread across end", file:pread(D, 8, 5)),
    show("pread list", file:pread(D, [{0, 1}, {5, 2}, {50, 1}])),
    show("pwrite", file:pwrite(D, 4, "ab")),
    show("pwrite list", file:pwrite(D, [{0, "X"}, {9, "Y"}])),
    show("pwrite past end", file:pwrite(D, 12, "Z")),
    show("position kept", file:position(D, cur)),
    file:close(D),
    show("positional contents", file:read_file(F("pos"))),
    {ok, R} = file:open(F("pos"), [raw, read, binary]),
    show("raw pread", file:pread(R, 1, 2)),
    show("raw pread list", file:pread(R, [{0, 2}, {100, 2}])),
    show("raw pread zero", file:pread(R, 0, 0)),
    show("raw pread negative", file:pread(R, -1, 2)),
    file:close(R).

copy_and_consult(F) ->
    ok = file:write_file(F("src"), <<"copy me please">>),
    show("copy", file:copy(F("src"), F("dst"))),
    show("copied", file:read_file(F("dst"))),
    show("copy bytes", file:copy(F("src"), F("dst2"), 4)),
    show("copied bytes", file:read_file(F("dst2"))),
    show("copy missing", file:copy(F("nosuch"), F("dst3"))),
    ok = file:write_file(F("terms"), "{a, 1}.\n[b, \"c\"].\n%% comment\n#{k => v}.\n"),
    show("consult", file:consult(F("terms"))),
    ok = file:write_file(F("badterms"), "{a, 1}.\n{b.\n"),
    show("consult syntax error", file:consult(F("badterms"))),
    show("consult missing", file:consult(F("nosuch"))),
    ok = file:write_file(F("script"), "X = 20, Y = 22, X + Y.\n"),
    show("script", file:script(F("script"))),
    show("script bindings", file:script(F("script"), [{'Z', 1}])),
    ok = file:write_file(F("eval"), "put(files_rw_eval, yes).\n"),
    show("eval", {file:eval(F("eval")), erase(files_rw_eval)}),
    {ok, D} = file:open(F("terms"), [read]),
    show("io:read term", io:read(D, '')),
    show("io:read term 2", io:read(D, '')),
    file:close(D).

errors(F, Dir) ->
    show("read missing", file:read_file(F("nosuch"))),
    show("read a directory", file:read_file(Dir)),
    show("write into missing dir", file:write_file(F("nodir/x"), "a")),
    show("write under a file", file:write_file(F("src/x"), "a")),
    show("write to a directory", file:write_file(Dir, "a")),
    show("open missing", file:open(F("nosuch"), [read])),
    show("open directory", file:open(Dir, [read])),
    show("open raw missing", file:open(F("nosuch"), [read, raw])),
    show("open bad mode", file:open(F("src"), [sideways])),
    show("open bad modes", file:open(F("src"), read)),
    show("name with NUL", file:read_file("a\0b")),
    show("binary name with NUL", file:read_file(<<"a", 0, "b">>)),
    show("name not a name", file:read_file({a})),
    show("empty name", file:read_file("")),
    show("name of integers", file:read_file([1 bsl 30])),
    show("read bad size", catch file:read(element(2, file:open(F("src"), [read, raw])), -1)).
