-module(lc_patterns).
-export([main/0, id/1]).

-record(p, {name, age}).

id(X) -> X.

%% Generator patterns that filter silently (records, maps, tuples, binaries, nested),
%% comprehensions over strings and binaries, and nested comprehensions building matrices.
main() ->
    People = id([#p{name = "ann", age = 30}, {other}, #p{name = "bob", age = 17}, #p{name = "cy", age = 45}]),
    io:format("records: ~p~n", [[N || #p{name = N, age = A} <- People, A >= 18]]),
    io:format("maps: ~p~n", [[V || #{k := V} <- id([#{k => 1}, #{j => 2}, #{k => 3, j => 4}, notmap])]]),
    io:format("nested_tuples: ~p~n", [[{A, C} || {A, {_, C}} <- id([{1, {x, y}}, {2, z}, {3, {p, q}}])]]),
    io:format("binary_in_list: ~p~n", [[X || <<X:8, _/binary>> <- id([<<1, 2>>, <<>>, <<3>>, notbin])]]),
    io:format("cons_pattern: ~p~n", [[H || [H | _] <- id([[1, 2], [], [3], x])]]),
    io:format("literal_pattern: ~p~n", [[ok || ok <- id([ok, error, ok, ok])]]),
    io:format("transpose: ~p~n", [transpose(id([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))]),
    io:format("matrix_mult: ~p~n", [mult(id([[1, 2], [3, 4]]), id([[5, 6], [7, 8]]))]),
    io:format("identity: ~p~n", [[[case I of J -> 1; _ -> 0 end || J <- lists:seq(1, 4)] || I <- lists:seq(1, 4)]]),
    io:format("string_words: ~p~n", [[W || W <- string:lexemes(id("a bb ccc dddd"), " "), length(W) > 1]]),
    io:format("chars_upper: ~s~n", [[C - 32 || C <- id("hello"), C >= $a, C =< $z]]),
    io:format("cartesian_3: ~p~n", [length([{A, B, C} || A <- lists:seq(1, 10), B <- lists:seq(1, 10), C <- lists:seq(1, 10)])]),
    io:format("generator_of_lc: ~p~n", [[Y * 2 || Y <- [X + 1 || X <- lists:seq(1, 5)]]]),
    io:format("side_effect_order: ~p~n", [order()]),
    io:format("lc_in_lc_filter: ~p~n", [[X || X <- lists:seq(1, 30), X > 1, [] =:= [D || D <- lists:seq(2, X - 1), X rem D =:= 0]]]),
    io:format("bin_comp_from_lc: ~p~n", [<< <<X>> || X <- [C || C <- "abc"] >>]),
    ok.

transpose([[] | _]) -> [];
transpose(M) -> [[H || [H | _] <- M] | transpose([T || [_ | T] <- M])].

mult(A, B) ->
    BT = transpose(B),
    [[lists:sum([X * Y || {X, Y} <- lists:zip(Row, Col)]) || Col <- BT] || Row <- A].

order() ->
    put(o, []),
    _ = [put(o, [{X, Y} | get(o)]) || X <- [1, 2], Y <- [a, b]],
    lists:reverse(get(o)).
