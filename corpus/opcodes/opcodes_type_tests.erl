-module(opcodes_type_tests).
-export([main/0, id/1]).

id(X) -> X.

%% Type-test and comparison instructions in every position: is_* tests on each term kind,
%% is_function2 with a variable arity, is_eq/is_ne/is_lt/is_ge on mixed types, and
%% is_eq_exact against literals of each type.
main() ->
    Terms = [0, -1, 1 bsl 64, 1.0, atom, true, [], [a], {}, {a, b}, #{}, <<>>, <<1:1>>,
             fun() -> ok end, fun(_) -> ok end, self(), make_ref()],
    [io:format("~w: ~w~n", [I, tests(id(T))]) || {I, T} <- lists:zip(lists:seq(1, length(Terms)), Terms)],
    [io:format("arity ~p: ~w~n", [A, [is_function(id(F), id(A)) || F <- [fun() -> ok end, fun(_) -> ok end, fun(_, _) -> ok end]]])
     || A <- [0, 1, 2, 3]],
    io:format("bad_arity: ~p~n", [try is_function(id(fun() -> ok end), id(-1)) catch C:R -> {C, R} end]),
    Mixed = [1, 1.0, 2, a, "a", {1}, [1], <<1>>, #{1 => 1}],
    [io:format("cmp ~w: ~w~n", [A, [{A == B, A /= B, A < B, A >= B, A =:= B, A =/= B} || B <- Mixed]]) || A <- Mixed],
    io:format("literals: ~w~n", [[lits(id(X)) || X <- [0, 1.0, -1, a, "abc", [], {}, {1, 2}, <<"ab">>, #{}, 1 bsl 65, x]]]),
    ok.

tests(X) ->
    [is_integer(X), is_float(X), is_number(X), is_atom(X), is_boolean(X), is_list(X),
     is_tuple(X), is_map(X), is_binary(X), is_bitstring(X), is_function(X), is_pid(X),
     is_reference(X), is_port(X), guard(X)].

guard(X) when is_list(X), X =/= [] -> nonempty_list;
guard(X) when is_tuple(X), tuple_size(X) =:= 2 -> pair;
guard(X) when is_integer(X), X < 0 -> negative;
guard(X) when is_function(X, 0) -> fun0;
guard(_) -> other.

lits(0) -> zero;
lits(1.0) -> float_one;
lits(-1) -> minus_one;
lits(a) -> atom_a;
lits("abc") -> string;
lits([]) -> nil;
lits({}) -> empty_tuple;
lits({1, 2}) -> pair;
lits(<<"ab">>) -> bin;
lits(#{}) -> map;
lits(36893488147419103232) -> big;
lits(_) -> none.
