%% filelib:fold_files over a tree the program makes: recursive and flat, regular expressions,
%% a missing directory.
-module(files_filelib_fold).
-export([main/0]).

main() ->
    Dir = filename:join("/tmp", "jbeamjit_corpus_files_fold_" ++ os:getpid() ++ "_"
                        ++ integer_to_list(erlang:unique_integer([positive]))),
    ok = file:make_dir(Dir),
    F = fun(Name) -> filename:join(Dir, Name) end,
    try
        [ok = file:make_dir(F(D)) || D <- ["src", "src/sub", "src/sub/deep", "include", "empty"]],
        [ok = file:write_file(F(N), N) || N <- ["src/a.erl", "src/b.erl", "src/c.hrl", "src/sub/d.erl",
                                               "src/sub/deep/e.erl", "src/sub/deep/f.txt", "include/x.hrl",
                                               "top.txt", "a1", "b1", ".dot"]],
        folds(F, Dir)
    after
        ok = file:del_dir_r(Dir)
    end.

show(Label, Value) -> io:format("~s: ~p~n", [Label, Value]).

folds(F, Dir) ->
    Collect = fun(Name, Acc) -> [Name -- (Dir ++ "/") | Acc] end,
    show("fold_files erl recursive", lists:sort(filelib:fold_files(Dir, "\\.erl$", true, Collect, []))),
    show("fold_files erl flat", lists:sort(filelib:fold_files(F("src"), "\\.erl$", false, Collect, []))),
    show("fold_files all", length(filelib:fold_files(Dir, "", true, Collect, []))),
    show("fold_files missing", filelib:fold_files(F("nosuch"), "", true, Collect, [])),
    show("fold_files count", filelib:fold_files(Dir, "^[a-c]", true, fun(_, N) -> N + 1 end, 0)),
    show("fold_files anchored", lists:sort(filelib:fold_files(Dir, "^.\\.hrl$", true, Collect, []))),
    show("fold_files bad regexp", try filelib:fold_files(Dir, "(", true, Collect, []) catch error:R -> R end).
