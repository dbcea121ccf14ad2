%% filelib over a tree the program makes: wildcard patterns (absolute, relative to a directory,
%% **, braces, character classes), ensure_dir/ensure_path, is_dir/is_file/is_regular, file_size,
%% last_modified, and file:path_* lookups (fold_files is in files_filelib_fold).
-module(files_filelib).
-export([main/0]).

main() ->
    Dir = tmp_dir(),
    F = fun(Name) -> filename:join(Dir, Name) end,
    try
        make_tree(F),
        wildcards(F, Dir),
        predicates(F, Dir),
        ensure(F),
        paths(F, Dir)
    after
        ok = file:del_dir_r(Dir)
    end.

tmp_dir() ->
    Dir = filename:join("/tmp", "jbeamjit_corpus_files_filelib_" ++ os:getpid() ++ "_"
                        ++ integer_to_list(erlang:unique_integer([positive]))),
    ok = file:make_dir(Dir),
    Dir.

show(Label, Value) -> io:format("~s: ~p~n", [Label, Value]).

make_tree(F) ->
    Dirs = ["src", "src/sub", "src/sub/deep", "include", "ebin", "empty"],
    [ok = file:make_dir(F(D)) || D <- Dirs],
    Files = ["src/a.erl", "src/b.erl", "src/c.hrl", "src/README", "src/sub/d.erl",
             "src/sub/deep/e.erl", "src/sub/deep/f.txt", "include/x.hrl", "ebin/a.beam",
             "top.txt", "Top.TXT", "a1", "a2", "b1", ".dot"],
    [ok = file:write_file(F(N), N) || N <- Files],
    ok.

relative(Dir, Paths) -> [P -- (Dir ++ "/") || P <- Paths].

wildcards(F, Dir) ->
    W = fun(Pattern) -> relative(Dir, filelib:wildcard(F(Pattern))) end,
    show("*", W("*")),
    show("*.txt", W("*.txt")),
    show("*.TXT", W("*.TXT")),
    show("?1", W("?1")),
    show("[ab]1", W("[ab]1")),
    show("[a-b]?", W("[a-b]?")),
    show("{a,b}*", W("{a,b}*")),
    show("src/*.erl", W("src/*.erl")),
    show("src/*.{erl,hrl}", W("src/*.{erl,hrl}")),
    show("*/*.hrl", W("*/*.hrl")),
    show("**/*.erl", W("**/*.erl")),
    show("src/**/*.erl", W("src/**/*.erl")),
    show("src/**", W("src/**")),
    show("*/sub/*", W("*/sub/*")),
    show("no match", W("*.nothing")),
    show("literal", W("top.txt")),
    show("literal missing", W("nosuch")),
    show(".*", W(".*")),
    show("empty dir", W("empty/*")),
    show("relative to dir", filelib:wildcard("*.erl", F("src"))),
    show("relative ** to dir", filelib:wildcard("**/*.erl", F("src"))),
    show("relative dirs", filelib:wildcard("*/", Dir)),
    show("bad pattern", catch filelib:wildcard(F("[a"))),
    show("wildcard bad cwd", catch filelib:wildcard("*", F("nosuch"))).

predicates(F, Dir) ->
    show("is_dir dir", filelib:is_dir(Dir)),
    show("is_dir file", filelib:is_dir(F("top.txt"))),
    show("is_dir missing", filelib:is_dir(F("nosuch"))),
    show("is_file file", filelib:is_file(F("top.txt"))),
    show("is_file dir", filelib:is_file(F("src"))),
    show("is_file missing", filelib:is_file(F("nosuch"))),
    show("is_regular file", filelib:is_regular(F("top.txt"))),
    show("is_regular dir", filelib:is_regular(F("src"))),
    show("file_size", filelib:file_size(F("src/sub/deep/e.erl"))),
    show("file_size missing", filelib:file_size(F("nosuch"))),
    ok = file:change_time(F("top.txt"), {{2019, 6, 15}, {8, 30, 0}}),
    show("last_modified", filelib:last_modified(F("top.txt"))),
    show("last_modified missing", filelib:last_modified(F("nosuch"))),
    show("safe_relative_path", filelib:safe_relative_path("a/../b", F("src"))),
    show("safe_relative_path outside", filelib:safe_relative_path("../x", F("src"))).

ensure(F) ->
    show("ensure_dir", filelib:ensure_dir(F("n1/n2/n3/file"))),
    show("made", {filelib:is_dir(F("n1/n2/n3")), filelib:is_dir(F("n1/n2/n3/file"))}),
    show("ensure_dir again", filelib:ensure_dir(F("n1/n2/n3/file"))),
    show("ensure_dir under a file", filelib:ensure_dir(F("top.txt/x/y"))),
    show("ensure_path", filelib:ensure_path(F("p1/p2"))),
    show("ensure_path made", filelib:is_dir(F("p1/p2"))).

paths(F, Dir) ->
    show("path_open", case file:path_open([F("nosuch"), F("src")], "a.erl", [read]) of
                          {ok, D, Full} -> file:close(D), Full -- (Dir ++ "/");
                          E -> E
                      end),
    show("path_open missing", file:path_open([F("src")], "zz", [read])),
    ok = file:write_file(F("src/terms"), "{x, 1}.\n"),
    show("path_consult", case file:path_consult([F("include"), F("src")], "terms") of
                             {ok, T, Full2} -> {T, Full2 -- (Dir ++ "/")};
                             E2 -> E2
                         end),
    show("path_consult missing", file:path_consult([F("include")], "terms")),
    ok = file:write_file(F("src/s.script"), "A = 1, A + 1.\n"),
    show("path_script", case file:path_script([F("src")], "s.script") of
                            {ok, V, Full3} -> {V, Full3 -- (Dir ++ "/")};
                            E3 -> E3
                        end).
