%% The file and zlib layers together, as OTP's own modules use them: compressed files
%% (file:open with compressed), erl_tar (plain and gzipped, from files and from memory) and zip
%% (to and from files and memory), in a directory the program makes.
-module(files_archives).
-export([main/0]).

main() ->
    Dir = filename:join("/tmp", "jbeamjit_corpus_files_archives_" ++ os:getpid() ++ "_"
                        ++ integer_to_list(erlang:unique_integer([positive]))),
    ok = file:make_dir(Dir),
    F = fun(Name) -> filename:join(Dir, Name) end,
    try
        ok = file:write_file(F("a.txt"), "hello archives\n"),
        ok = file:write_file(F("b.bin"), binary:copy(<<0, 1, 2, 3>>, 4000)),
        ok = file:make_dir(F("sub")),
        ok = file:write_file(F("sub/c.txt"), "in a subdirectory\n"),
        compressed_files(F),
        tar(F),
        zip(F, Dir)
    after
        ok = file:del_dir_r(Dir)
    end.

show(Label, Value) -> io:format("~s: ~p~n", [Label, Value]).

compressed_files(F) ->
    {ok, W} = file:open(F("c.gz"), [write, compressed]),
    show("compressed write", [file:write(W, "line one\n"), io:format(W, "line ~p~n", [two])]),
    show("compressed close", file:close(W)),
    show("is gzip", binary:part(element(2, file:read_file(F("c.gz"))), 0, 2)),
    show("gunzip it", zlib:gunzip(element(2, file:read_file(F("c.gz"))))),
    {ok, R} = file:open(F("c.gz"), [read, compressed, binary]),
    show("compressed read_line", file:read_line(R)),
    show("compressed read", file:read(R, 100)),
    show("compressed eof", file:read(R, 1)),
    file:close(R),
    {ok, P} = file:open(F("a.txt"), [read, compressed]),
    show("compressed open of a plain file", file:read(P, 100)),
    file:close(P),
    {ok, W2} = file:open(F("d.gz"), [write, {compressed, 9}]),
    ok = file:write(W2, binary:copy(<<"level nine ">>, 100)),
    ok = file:close(W2),
    {ok, R2} = file:open(F("d.gz"), [read, compressed, binary]),
    show("compressed level 9 round trip", byte_size(element(2, file:read(R2, 10000)))),
    file:close(R2).

tar(F) ->
    Files = [{"a.txt", F("a.txt")}, {"b.bin", F("b.bin")}, {"sub/c.txt", F("sub/c.txt")}],
    show("tar create", erl_tar:create(F("t.tar"), Files)),
    show("tar table", erl_tar:table(F("t.tar"))),
    show("tgz create", erl_tar:create(F("t.tgz"), Files, [compressed])),
    show("tgz table", erl_tar:table(F("t.tgz"), [compressed])),
    show("tgz is gzip", binary:part(element(2, file:read_file(F("t.tgz"))), 0, 2)),
    ok = file:make_dir(F("out")),
    show("tar extract", erl_tar:extract(F("t.tar"), [{cwd, F("out")}])),
    show("extracted", [file:read_file(F("out/a.txt")), file:read_file(F("out/sub/c.txt")),
                       filelib:file_size(F("out/b.bin"))]),
    {ok, InMemory} = erl_tar:extract(F("t.tgz"), [compressed, memory]),
    show("tgz extract to memory", lists:sort([{N, byte_size(B)} || {N, B} <- InMemory])),
    show("extract only some", erl_tar:extract(F("t.tgz"), [compressed, memory, {files, ["a.txt"]}])),
    show("tar from binaries", erl_tar:create(F("m.tar"), [{"x.txt", <<"from memory">>}, {"y.txt", <<>>}])),
    show("tar of binaries", erl_tar:extract(F("m.tar"), [memory])),
    show("tar missing file", base(erl_tar:create(F("bad.tar"), [{"n", F("nosuch")}]))),
    show("tar bad archive", erl_tar:table(F("a.txt"))),
    show("tar missing archive", base(erl_tar:table(F("nosuch.tar")))).

%% An error naming a file by its absolute name, by its base name.
base({error, {Name, Reason}}) when is_list(Name) -> {error, {filename:basename(Name), Reason}};
base(Other) -> Other.

zip(F, Dir) ->
    show("zip create", element(1, zip:create(F("z.zip"), ["a.txt", "b.bin", "sub/c.txt"], [{cwd, Dir}]))),
    {ok, Entries} = zip:list_dir(F("z.zip")),
    show("zip list", [{element(2, E), element(4, E), element(5, E)} || E <- Entries, element(1, E) =:= zip_file]),
    {ok, Out} = zip:extract(F("z.zip"), [memory]),
    show("zip extract to memory", [{N, byte_size(B)} || {N, B} <- Out]),
    ok = file:make_dir(F("zout")),
    show("zip extract to files", element(1, zip:extract(F("z.zip"), [{cwd, F("zout")}]))),
    show("zip extracted", file:read_file(F("zout/sub/c.txt"))),
    {ok, {_, ZipBin}} = zip:create("mem.zip", [{"m.txt", <<"zipped in memory">>}], [memory]),
    show("zip in memory", zip:unzip(ZipBin, [memory])),
    show("zip stored only", begin
                                {ok, {_, Stored}} = zip:create("s.zip", [{"s.txt", <<"stored">>}],
                                                               [memory, {compress, []}]),
                                zip:unzip(Stored, [memory])
                            end),
    show("zip table", [element(2, E) || E <- element(2, zip:table(F("z.zip"))), element(1, E) =:= zip_file]),
    show("unzip bad archive", zip:unzip(F("a.txt"))).
