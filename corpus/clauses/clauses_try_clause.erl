-module(clauses_try_clause).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    ?T(of_match, try id(1) of 1 -> one catch throw:never -> never end),
    ?T(of_no_match, try id(2) of 1 -> one catch throw:never -> never end),
    ?T(of_guard, try id(5) of X when X > 10 -> big after ok end),
    ?T(of_tuple, try id({ok, 1}) of {error, _} -> e catch error:_ -> caught_wrongly end),
    ?T(of_not_caught_by_own_catch, try id(3) of 1 -> one catch _:_ -> caught end),
    ?T(of_exception_in_body_not_caught, try id(1) of 1 -> error(inner) catch error:_ -> caught end),
    ?T(of_throw_in_of, try id(1) of 1 -> throw(t) catch throw:X -> {own, X} end),
    ?T(of_after_order, begin
                           put(log, []),
                           R = try try id(7) of 1 -> one after put(log, [after_ran | get(log)]) end
                               catch C:E -> {C, E} end,
                           {R, get(log)}
                       end),
    ?T(nested_try_clause, try try id(a) of b -> b after ok end catch error:E -> {outer, E} end),
    ?T(try_clause_big_value, try id(lists:seq(1, 5)) of [] -> empty catch exit:_ -> exit end),
    ok.
