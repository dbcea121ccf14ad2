-module(clauses_multi_arg).
-export([main/0, id/1]).

id(X) -> X.

%% Functions whose clauses match on several arguments at once (the compiler builds decision
%% trees over argument positions), with overlapping and repeated-variable clauses.
main() ->
    Args = [{0, 0, 0}, {0, 1, x}, {1, 0, y}, {a, a, a}, {a, b, a}, {[], [1], {}}, {[1], [], {x}},
            {{t, 1}, {t, 1}, 3}, {{t, 1}, {t, 2}, 3}, {<<"k">>, #{k => 1}, 0}, {1.0, 1, 1}],
    [io:format("~p: ~p~n", [A, apply(fun f/3, tuple_to_list(id(A)))]) || A <- Args],
    Moves = [{rock, rock}, {rock, paper}, {rock, scissors}, {paper, rock}, {paper, paper},
             {paper, scissors}, {scissors, rock}, {scissors, paper}, {scissors, scissors}, {rock, lizard}],
    io:format("rps: ~p~n", [[rps(id(A), id(B)) || {A, B} <- Moves]]),
    io:format("fizzbuzz: ~p~n", [[fb(id(N) rem 3, N rem 5, N) || N <- lists:seq(1, 20)]]),
    io:format("merge_sorted: ~p~n", [merge(id([1, 4, 6, 9]), id([2, 3, 7, 10, 11]))]),
    io:format("ack_style: ~p~n", [[g(id(M), id(N)) || M <- [0, 1, 2], N <- [0, 1, 2]]]),
    ok.

f(0, 0, 0) -> all_zero;
f(0, _, _) -> first_zero;
f(_, 0, _) -> second_zero;
f(X, X, X) -> all_same;
f(X, _, X) -> first_third_same;
f([], [_ | _], {}) -> nil_cons_empty;
f([_ | _], [], {_}) -> cons_nil_one;
f({t, N}, {t, N}, _) -> same_tagged;
f({t, _}, {t, _}, _) -> diff_tagged;
f(K, #{}, _) when is_binary(K) -> bin_and_map;
f(A, B, _) when A == B -> equal_numbers;
f(_, _, _) -> other.

rps(Same, Same) when Same =:= rock; Same =:= paper; Same =:= scissors -> draw;
rps(rock, scissors) -> win;
rps(paper, rock) -> win;
rps(scissors, paper) -> win;
rps(A, B) when A =:= rock; A =:= paper; A =:= scissors, B =/= lizard -> lose;
rps(_, _) -> invalid.

fb(0, 0, _) -> fizzbuzz;
fb(0, _, _) -> fizz;
fb(_, 0, _) -> buzz;
fb(_, _, N) -> N.

merge([], B) -> B;
merge(A, []) -> A;
merge([X | Xs], [Y | _] = Ys) when X =< Y -> [X | merge(Xs, Ys)];
merge(Xs, [Y | Ys]) -> [Y | merge(Xs, Ys)].

g(0, N) -> {zero, N};
g(M, 0) -> {m_only, M};
g(M, M) -> {same, M};
g(M, N) -> {both, M, N}.
