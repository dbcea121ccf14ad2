-module(stdlib_filename).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% filename: pure string manipulation of Unix paths (no file system access).
main() ->
    ?T(join2, filename:join("a", "b")),
    ?T(join_list, filename:join(["a", "b", "c.txt"])),
    ?T(join_abs, filename:join("a", "/b")),
    ?T(join_bin, filename:join(<<"a">>, "b")),
    ?T(join_dots, filename:join(["a/", "./b", "../c"])),
    ?T(split, filename:split("/usr/local/lib/x.erl")),
    ?T(split_rel, filename:split("a//b/c/")),
    ?T(split_bin, filename:split(<<"/a/b">>)),
    ?T(basename, [filename:basename(P) || P <- ["/a/b.erl", "b", "/a/", "", <<"/x/y.z">>]]),
    ?T(basename_ext, filename:basename("/a/b.erl", ".erl")),
    ?T(basename_other_ext, filename:basename("/a/b.erl", ".beam")),
    ?T(dirname, [filename:dirname(P) || P <- ["/a/b/c", "a", "/a", "/", "a/b/", <<"x/y">>]]),
    ?T(extension, [filename:extension(P) || P <- ["a.erl", "a.tar.gz", "a", ".bashrc", "a.b/c", <<"f.txt">>]]),
    ?T(rootname, [filename:rootname(P) || P <- ["a.erl", "/x/a.tar.gz", "a", "a.b/c"]]),
    ?T(rootname_2, filename:rootname("a.erl", ".erl")),
    ?T(absname_join, filename:absname_join("/base", "rel/x")),
    ?T(pathtype, [filename:pathtype(P) || P <- ["/a", "a", "./a", <<"/">>]]),
    ?T(flatten, filename:flatten(["a", ['b', "/"], <<"c">>])),
    ?T(nativename, filename:nativename("/a//b/")),
    ?T(bad_arg, filename:join(id(1), "a")),
    ok.
