-module(ets_random_match_specs).
-export([main/0]).

%% Random match specifications (fixed seed) of every form, valid or not, run on random terms
%% with ets:test_ms/2: the results, and the error messages of the invalid ones, must be erl's.

main() ->
    rand:seed(exsss, {3, 14, 15}),
    lists:foreach(fun(I) ->
        MS = spec(),
        Rs = [ets:test_ms(term(3), MS) || _ <- lists:seq(1, 3)],
        io:format("~p: ~w~n   ~w~n", [I, MS, Rs])
    end, lists:seq(1, 300)),
    ok.

pick(L) -> lists:nth(rand:uniform(length(L)), L).

var() -> list_to_atom("$" ++ integer_to_list(rand:uniform(4))).

term(0) -> pick([a, b, 0, 1, 2, -3, 1.0, 2.5, [], <<"ab">>, "s", {}]);
term(D) ->
    case rand:uniform(6) of
        1 -> list_to_tuple([term(D - 1) || _ <- lists:seq(1, rand:uniform(3))]);
        2 -> [term(D - 1) || _ <- lists:seq(1, rand:uniform(3))];
        3 -> #{pick([k, 1, x]) => term(D - 1)};
        _ -> term(0)
    end.

head(0) -> pick(['_', var(), var(), term(0)]);
head(D) ->
    case rand:uniform(7) of
        1 -> list_to_tuple([head(D - 1) || _ <- lists:seq(1, rand:uniform(3))]);
        2 -> [head(D - 1) | pick([[], '_', var()])];
        3 -> #{pick([k, 1, x]) => head(D - 1)};
        4 -> {head(D - 1), head(D - 1)};
        _ -> head(0)
    end.

funs() ->
    [{is_atom, 1}, {is_integer, 1}, {is_float, 1}, {is_list, 1}, {is_tuple, 1}, {is_map, 1}, {is_binary, 1},
     {is_number, 1}, {abs, 1}, {element, 2}, {hd, 1}, {tl, 1}, {length, 1}, {size, 1}, {map_size, 1},
     {map_get, 2}, {is_map_key, 2}, {round, 1}, {trunc, 1}, {float, 1}, {byte_size, 1}, {bit_size, 1},
     {binary_part, 3}, {'+', 2}, {'-', 2}, {'*', 2}, {'/', 2}, {'div', 2}, {'rem', 2}, {'-', 1},
     {'band', 2}, {'bor', 2}, {'bsl', 2}, {'bnot', 1}, {'>', 2}, {'<', 2}, {'==', 2}, {'=:=', 2},
     {'/=', 2}, {'not', 1}, {'xor', 2}, {node, 0}, {is_record, 3}].

expr(0) -> pick([var(), var(), '$_', '$$', term(0), {const, term(1)}]);
expr(D) ->
    case rand:uniform(12) of
        1 -> list_to_tuple([list_to_tuple([expr(D - 1) || _ <- lists:seq(1, rand:uniform(3) - 1)])]);
        2 -> [expr(D - 1) | pick([[], expr(0)])];
        3 -> #{pick([k, x]) => expr(D - 1)};
        4 -> list_to_tuple([pick(['andalso', 'orelse', 'and', 'or']) | [expr(D - 1) || _ <- lists:seq(1, rand:uniform(3))]]);
        5 -> pick([{foo, expr(0)}, {1, expr(0)}, {'$1', expr(0)}, {}, {const}, {self, x}, {message, x},
                   {element, 1}, {'andalso'}]);
        _ ->
            {F, A} = pick(funs()),
            list_to_tuple([F | [expr(D - 1) || _ <- lists:seq(1, A)]])
    end.

clause() ->
    {head(2), [expr(2) || _ <- lists:seq(1, rand:uniform(3) - 1)], [expr(2) || _ <- lists:seq(1, rand:uniform(2))]}.

spec() ->
    case rand:uniform(20) of
        1 -> pick([not_a_list, [x], [{a, b}], [{'_', [], []}], [{'_', x, [y]}]]);
        _ -> [clause() || _ <- lists:seq(1, rand:uniform(2))]
    end.
