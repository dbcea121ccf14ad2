-module(compare_term_order).
-export([main/0, id/1]).

id(X) -> X.

%% number < atom < reference < fun < port < pid < tuple < map < nil < list < bit string;
%% refs, funs and pids are compared only by type rank here (never printed).
main() ->
    Ref = make_ref(),
    Fun = fun() -> ok end,
    Pid = self(),
    Special = [{ref, Ref}, {'fun', Fun}, {pid, Pid}],
    Plain = [1, 2.0, a, zz, '', {}, {a}, {a, b}, {b}, #{}, #{a => 1}, #{b => 0},
             #{a => 1, b => 2}, [], [a], [a, b], [b], "abc", <<>>, <<1>>, <<1, 2>>,
             <<2>>, <<1:1>>, <<0:7>>, {1, 2, 3}, [[]], [1 | 2], -1, 1 bsl 80],
    Ranks = [{Name, [{P, rank(X, T)} || {P, X} <- [{plain_a, a}, {plain_tuple, {}},
                                                     {plain_num, 1}]]}
             || {Name, T} <- Special],
    io:format("special_vs_plain: ~p~n", [Ranks]),
    Between = [{N1, N2, T1 < T2} || {N1, T1} <- Special, {N2, T2} <- Special],
    io:format("special_order: ~p~n", [Between]),
    io:format("sorted_plain: ~p~n", [lists:sort(Plain)]),
    [io:format("~w vs all: ~w~n", [A, [cmp(id(A), id(B)) || B <- Plain]]) || A <- Plain],
    io:format("nested: ~p~n", [lists:sort([{a, [1, 2]}, {a, [1]}, {a, [1, 2.0]}, {b, []},
                                           {a, [0, 5]}, [{a}], [{}]])]),
    io:format("tuple_size_first: ~p~n", [{9, 9} < {1, 1, 1}]),
    io:format("map_size_first: ~p~n", [#{z => 1} < #{a => 1, b => 1}]),
    io:format("map_keys_order: ~p~n", [#{1 => a} < #{1.0 => a}]),
    io:format("map_keys_order2: ~p~n", [#{a => 2} < #{b => 1}]),
    io:format("map_values_order: ~p~n", [#{a => 1, b => 2} < #{a => 2, b => 1}]),
    io:format("map_int_float_eq: ~p~n", [#{1 => a} == #{1.0 => a}]),
    io:format("list_vs_improper: ~p~n", [[1 | 2] < [1, 2]]),
    io:format("bin_bits: ~p~n", [lists:sort([<<1:1>>, <<0:1>>, <<0>>, <<>>, <<0:2>>,
                                              <<128>>, <<1:1, 0:7>>])]),
    io:format("exact_list: ~p~n", [[1, 2.0] =:= [1, 2]]),
    io:format("eq_list: ~p~n", [[1, 2.0] == [1, 2]]),
    io:format("eq_tuple: ~p~n", [{1, 2.0} == {1.0, 2}]),
    io:format("atom_order: ~p~n", [lists:sort(['B', b, 'a b', aa, a, 'Z', '1', '$'])]),
    io:format("unicode_atoms: ~p~n", [lists:sort(['é', e, 'ü', z, '€'])]),
    io:format("string_order: ~p~n", [lists:sort(["b", "a", "ab", "", "B", [256], [0]])]),
    ok.

rank(X, T) -> {X < T, X > T, X == T}.
cmp(A, B) when A < B -> lt;
cmp(A, B) when A > B -> gt;
cmp(A, B) when A == B, A =:= B -> exact;
cmp(_, _) -> eq.
