-module(comprehensions).
-export([main/0]).

main() ->
    out([X * X || X <- lists:seq(1, 10)]),
    out([{X, Y} || X <- [1, 2, 3], Y <- [a, b], X =/= 2]),
    out([X || X <- [1, a, 2.0, "s", {t}], is_number(X)]),
    out([{I, J} || I <- lists:seq(1, 4), J <- lists:seq(I, 4), I + J =:= 5]),
    out(pythag(30)),
    out(qsort([5, 3, 8, 1, 9, 2, 7])),
    out(perms([a, b, c])),
    out([X || {X, true} <- [{1, true}, {2, false}, {3, true}]]),
    out(<< <<X>> || X <- lists:seq($a, $e) >>),
    out([B || <<B:2>> <= <<2#11100100>>]),
    out(<< <<(X * 2):16>> || <<X:8>> <= <<1, 2, 3>>, X > 1 >>),
    out([[Y || Y <- lists:seq(1, X)] || X <- lists:seq(1, 4)]),
    out(length([x || _ <- lists:seq(1, 100000)])),
    ok.

pythag(N) ->
    [{A, B, C} || A <- lists:seq(1, N), B <- lists:seq(A, N), C <- lists:seq(B, N), A * A + B * B =:= C * C].

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

out(T) -> io:format("~w~n", [T]).
