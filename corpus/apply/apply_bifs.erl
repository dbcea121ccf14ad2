-module(apply_bifs).
-export([main/0, id/1]).

id(X) -> X.

%% erlang BIFs and operators called through apply/3 and fun erlang:F/A with run-time
%% names: the same results and errors as direct calls.
main() ->
    Calls = [{'+', [1, 2]}, {'-', [5]}, {'*', [3, 1.5]}, {'/', [1, 4]}, {'div', [7, 2]}, {'rem', [-7, 2]},
             {'band', [12, 10]}, {'bsl', [1, 65]}, {'bnot', [0]}, {'==', [1, 1.0]}, {'=:=', [1, 1.0]},
             {'<', [a, 1]}, {'>=', [{}, []]}, {'++', ["ab", "c"]}, {'--', ["abca", "a"]},
             {'not', [true]}, {'and', [true, false]}, {'or', [false, false]}, {'xor', [true, true]},
             {'!', [id(self), x]},
             {abs, [-3]}, {element, [2, {a, b}]}, {hd, [[x]]}, {tl, [[x, y]]}, {length, [[1, 2]]},
             {tuple_size, [{1, 2}]}, {map_size, [#{a => 1}]}, {atom_to_list, [abc]},
             {list_to_atom, ["xyz"]}, {integer_to_list, [255, 16]}, {float, [3]}, {round, [2.5]},
             {max, [1, 2]}, {min, ["a", a]}, {is_atom, [a]}, {is_function, [fun ?MODULE:id/1, 1]},
             {make_tuple, [2, z]}, {setelement, [1, {a}, b]}, {binary_to_list, [<<"hi">>]},
             {list_to_tuple, [[1, 2]]}, {term_to_binary, [ok]}, {phash2, [x, 100]},
             {'+', [1, a]}, {element, [5, {}]}, {hd, [[]]}, {'div', [1, 0]}, {atom_to_list, ["s"]},
             {no_such_bif, []}, {length, [a, b]}],
    [io:format("~p ~p => ~p | ~p~n", [F, A, via_apply(F, A), via_fun(F, A)]) || {F, A} <- Calls],
    ok.

via_apply('!', [self, M]) -> via_apply('!', [self(), M]);
via_apply(F, A) ->
    try apply(erlang, id(F), id(A)) of
        V when is_pid(V) -> pid;
        V when is_binary(V) -> V;
        V -> V
    catch C:R -> {C, R}
    end.

via_fun('!', [self, M]) -> via_fun('!', [self(), M]);
via_fun(F, A) ->
    Fun = erlang:make_fun(erlang, id(F), length(A)),
    try apply(Fun, id(A)) of
        V when is_pid(V) -> pid;
        V -> V
    catch C:R -> {C, R}
    end.
