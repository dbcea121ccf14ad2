-module(atoms_printing).
-export([main/0, id/1]).

id(X) -> X.

%% When ~p, ~w and io_lib:write_atom quote an atom, and how they escape its characters.
main() ->
    Names = ["a", "A", "_a", "a_b", "a@b", "a.b", "a-b", "a b", "1a", "a1", "", "[]", "{}",
             "ok", "true", "undefined", "é", "ñandú", "Émile", "ÿ", "\x{100}", "€", "日本",
             "\n", "\t", "\\", "'", "\"", "a'b", "\0", "\x7f", "\x80", "\xa0", "\xad",
             "end", "receive", "maybe", "else", "cond", "let", "catch", "spawn", "self",
             "a\x{301}", "AbC", "zZ", "a_", "a__b", "_"],
    [begin
         A = list_to_atom(N),
         io:format("~w ~w ~w => ~s | ~ts~n", [length(N), quoted(A), io_lib:quote_atom(A, false),
                                               esc(io_lib:format("~w", [A])), esc(io_lib:format("~tp", [A]))])
     end || N <- Names],
    ok.

quoted(A) -> lists:flatten(io_lib:write_atom(A)) =/= atom_to_list(A).

%% Show non-ASCII output as code points so this listing is pure ASCII.
esc(IoList) ->
    lists:flatten([if C < 32; C > 126 -> io_lib:format("\\{~.16b}", [C]); true -> C end
                   || C <- lists:flatten(IoList)]).
