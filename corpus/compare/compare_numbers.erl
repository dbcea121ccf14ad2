-module(compare_numbers).
-export([main/0, id/1]).

id(X) -> X.

%% All comparison operators over numbers of every kind.
main() ->
    Vals = [0, 0.0, -0.0, 1, 1.0, -1, 2, 2.5, -2.5, 1 bsl 64, float(1 bsl 64),
            (1 bsl 64) + 1, -(1 bsl 64), 9007199254740993, 9007199254740992.0,
            1.0e300, -1.0e300, 1 bsl 1100],
    Ops = [{'==', fun(A, B) -> A == B end}, {'/=', fun(A, B) -> A /= B end},
           {'=:=', fun(A, B) -> A =:= B end}, {'=/=', fun(A, B) -> A =/= B end},
           {'<', fun(A, B) -> A < B end}, {'>', fun(A, B) -> A > B end},
           {'=<', fun(A, B) -> A =< B end}, {'>=', fun(A, B) -> A >= B end}],
    [io:format("~p ~p: ~w~n", [A, B, [F(id(A), id(B)) || {_, F} <- Ops]])
     || A <- Vals, B <- Vals],
    io:format("ops: ~w~n", [[Op || {Op, _} <- Ops]]),
    io:format("sorted: ~p~n", [lists:sort(Vals)]),
    io:format("rsorted: ~p~n", [lists:reverse(lists:sort(Vals))]),
    io:format("max: ~p min: ~p~n", [lists:max(Vals), lists:min(Vals)]),
    io:format("usort: ~p~n", [lists:usort(Vals)]),
    ok.
