-module(arith_int).
-export([main/0]).

main() ->
    Ns = [0, 1, -1, 2, -7, 7, 255, -256, 1 bsl 27, (1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59),
          (1 bsl 63) - 1, -(1 bsl 63), 1 bsl 64, 12345678901234567890, -98765432109876543210],
    Ops = [fun(A, B) -> A + B end, fun(A, B) -> A - B end, fun(A, B) -> A * B end,
           fun(A, B) -> A div B end, fun(A, B) -> A rem B end, fun(A, B) -> A band B end,
           fun(A, B) -> A bor B end, fun(A, B) -> A bxor B end,
           fun(A, B) -> A bsl (B rem 70) end, fun(A, B) -> A bsr (B rem 70) end,
           fun(A, B) -> A < B end, fun(A, B) -> A >= B end, fun(A, B) -> A == B end,
           fun(A, B) -> A =:= B end, fun(A, B) -> max(A, B) end, fun(A, B) -> min(A, B) end],
    lists:foreach(fun(Op) ->
                          out([show(fun() -> Op(A, B) end) || A <- Ns, B <- Ns])
                  end, Ops),
    out([{-N, abs(N), bnot N, N * N * N} || N <- Ns]),
    out([show(fun() -> N div 0 end) || N <- [1, 1 bsl 70]]),
    out([show(fun() -> N rem 0 end) || N <- [1, 1 bsl 70]]),
    out(show(fun() -> id(a) + 1 end)),
    out(show(fun() -> 1 bsl id(a) end)),
    out(show(fun() -> - id(a) end)),
    out(show(fun() -> bnot id(1.0) end)),
    out([7 div 2, -7 div 2, 7 div -2, -7 div -2, 7 rem 2, -7 rem 2, 7 rem -2, -7 rem -2]),
    out([1 bsl 100 bsr 99, -1 bsr 5, -1 bsl 70, (-1 bsl 70) bsr 69]),
    ok.

show(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.

out(T) -> io:format("~w~n", [T]).
