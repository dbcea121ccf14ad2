-module(fmt_terms).
-export([main/0, id/1]).

-record(rec, {name, value = 0, children = []}).

id(X) -> X.

%% ~p ~w ~P ~W ~tp on every term type, including line breaking of large terms.
main() ->
    Terms = [
        atom, 'Quoted', 'with space', '', 42, -1, 1 bsl 100, 1.5, -0.0, 1.0e-20,
        "string", "", [1, 2, 3], [a | b], [[]], "with\nnewline", "tab\there", [7, 8, 9, 10, 11, 12, 13, 27],
        {}, {a}, {a, {b, {c}}}, #{}, #{a => 1, "b" => [2], {c} => #{d => e}},
        <<>>, <<1, 2, 3>>, <<"text">>, <<"text with\nnewline">>, <<1:3>>, <<255, 1:1>>,
        <<"é"/utf8>>, [<<"a">>, "b"], {rec, "name", 1, []},
        lists:seq(1, 40), [lists:seq(1, 10) || _ <- lists:seq(1, 5)],
        list_to_tuple(lists:seq(1, 30)), maps:from_list([{I, I * I} || I <- lists:seq(1, 20)]),
        #{list => lists:seq(1, 30), tuple => {a, b, c}, nested => #{x => [1, 2, 3]}},
        [{key, "value"}, {other, <<"bin">>}, {num, 3.14}],
        "a long string that is definitely longer than eighty characters so that it might need wrapping",
        [a_long_atom_name_number_one, a_long_atom_name_number_two, a_long_atom_name_number_three],
        [1.0, 2.5, 1.0e10, 3.0e-5], [$a, 300, $b], [255, 256], [0], [8, 9, 10, 11, 12, 13]
    ],
    [io:format("p: ~p~nw: ~w~n", [T, T]) || T <- Terms],
    [io:format("P3: ~P~nW3: ~W~n", [T, 3, T, 3]) || T <- Terms],
    [io:format("P8: ~P~n", [T, 8]) || T <- Terms],
    io:format("tp: ~tp~n", [["é€", <<"é€"/utf8>>, 'é']]),
    io:format("p_latin1: ~p~n", [["é", <<"é">>, <<"é"/utf8>>]]),
    io:format("p_width40: ~40p~n", [lists:seq(1, 30)]),
    io:format("p_width10: ~10p~n", [{aaa, bbb, ccc, ddd}]),
    io:format("p_col: ~p~n", [#rec{name = "x", children = [#rec{}, #rec{value = 1 bsl 65}]}]),
    io:format("tuple_of_lists: ~p~n", [{lists:seq(1, 25), lists:seq(26, 50)}]),
    io:format("deep: ~p~n", [deep(12)]),
    io:format("deep_W: ~W~n", [deep(12), 5]),
    io:format("lp: ~lp~n", [[65, 66, 67]]),
    io:format("w_float: ~w ~w ~w~n", [0.1, 1.0e23, 123456789.0]),
    io:format("prefix text ~p suffix~n", [lists:seq(1, 30)]),
    io:format("~p~p~n", [a, b]),
    io:format("~s~p~n", [lists:duplicate(70, $x), {some, tuple, here}]),
    ok.

deep(0) -> leaf;
deep(N) -> {N, [deep(N - 1)]}.
