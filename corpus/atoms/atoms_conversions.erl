-module(atoms_conversions).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    ?T(atom_to_list, atom_to_list(id(hello))),
    ?T(atom_to_list_quoted, atom_to_list(id('Hello World'))),
    ?T(atom_to_list_empty, atom_to_list(id(''))),
    ?T(atom_to_list_unicode, atom_to_list(id('héllo€'))),
    ?T(atom_to_list_bad, atom_to_list(id("str"))),
    ?T(list_to_atom, list_to_atom(id("abc"))),
    ?T(list_to_atom_spaces, list_to_atom(id("a b c"))),
    ?T(list_to_atom_unicode, list_to_atom(id([1024, 8364]))),
    ?T(list_to_atom_empty, list_to_atom(id([]))),
    ?T(list_to_atom_bad_elem, list_to_atom(id([a]))),
    ?T(list_to_atom_improper, list_to_atom(id([$a | $b]))),
    ?T(list_to_atom_too_long, list_to_atom(lists:duplicate(id(256), $x))),
    ?T(list_to_atom_255, length(atom_to_list(list_to_atom(lists:duplicate(id(255), $x))))),
    ?T(list_to_atom_255_unicode, length(atom_to_list(list_to_atom(lists:duplicate(id(255), 8364))))),
    ?T(list_to_atom_neg_char, list_to_atom(id([-1]))),
    ?T(list_to_atom_big_char, list_to_atom(id([16#110000]))),
    ?T(list_to_existing_ok, list_to_existing_atom(id("hello"))),
    ?T(list_to_existing_missing, list_to_existing_atom(id("surely_not_an_atom_zq9x"))),
    ?T(atom_to_binary_1, atom_to_binary(id(hello))),
    ?T(atom_to_binary_utf8, atom_to_binary(id('é€'), utf8)),
    ?T(atom_to_binary_latin1, atom_to_binary(id('é'), latin1)),
    ?T(atom_to_binary_latin1_bad, atom_to_binary(id('€'), latin1)),
    ?T(atom_to_binary_unicode, atom_to_binary(id(abc), unicode)),
    ?T(atom_to_binary_bad_enc, atom_to_binary(id(abc), utf16)),
    ?T(binary_to_atom_1, binary_to_atom(id(<<"xyz">>))),
    ?T(binary_to_atom_utf8, binary_to_atom(id(<<"é"/utf8>>), utf8)),
    ?T(binary_to_atom_latin1, binary_to_atom(id(<<233>>), latin1)),
    ?T(binary_to_atom_bad_utf8, binary_to_atom(id(<<233>>), utf8)),
    ?T(binary_to_atom_too_long, binary_to_atom(binary:copy(id(<<"y">>), 256), utf8)),
    ?T(binary_to_atom_not_bin, binary_to_atom(id("abc"), utf8)),
    ?T(binary_to_atom_bits, binary_to_atom(id(<<1:3>>), utf8)),
    ?T(binary_to_existing_ok, binary_to_existing_atom(id(<<"hello">>), utf8)),
    ?T(binary_to_existing_missing, binary_to_existing_atom(id(<<"no_such_atom_qq7">>), utf8)),
    ?T(binary_to_existing_1, binary_to_existing_atom(id(<<"ok">>))),
    ?T(is_atom_true, is_atom(id(true))),
    ?T(atom_length, length(atom_to_list(id(a_rather_long_atom_name)))),
    ?T(atom_compare, id(abc) < id(abd)),
    ?T(atom_eq_from_list, list_to_atom("ok") =:= ok),
    ?T(atom_roundtrip, [list_to_atom(atom_to_list(A)) || A <- ['', a, 'A', '1', 'a.b', '[]', '$']]),
    ?T(atoms_printed, ['', 'A', 'a b', 'a.b', '1x', 'x1', 'é', 'ok', '[]', '{}', 'true', 'a@b',
                       'Ünïcode', '\n', 'it\'s', '\\']),
    ?T(reserved_words, ['after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl', 'bsr',
                        'bxor', 'case', 'catch', 'cond', 'div', 'end', 'fun', 'if', 'let', 'not',
                        'of', 'or', 'orelse', 'receive', 'rem', 'try', 'when', 'xor', 'maybe',
                        'else']),
    ?T(atom_w, lists:flatten(io_lib:format("~w", [['a b', 'é', '€', 'Q', q]]))),
    ?T(atom_tp, lists:flatten(io_lib:format("~tp", [['é', '€']]))),
    ?T(atom_s, lists:flatten(io_lib:format("~s|~s", [hello, 'with space']))),
    ?T(atom_ts, lists:flatten(io_lib:format("~ts", ['€uro']))),
    ?T(atom_s_unicode_error, lists:flatten(io_lib:format("~s", ['€']))),
    ok.
