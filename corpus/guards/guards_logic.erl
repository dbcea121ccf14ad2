-module(guards_logic).
-export([main/0, id/1]).

id(X) -> X.

%% orelse/andalso/and/or/xor/not in guards and in bodies, with failing sub-expressions.
main() ->
    Vals = [true, false, 0, 5, a, [], {x}],
    [io:format("~p ~p: ~w~n", [A, B, guards(id(A), id(B))]) || A <- Vals, B <- Vals],
    [io:format("body ~p ~p: ~w~n", [A, B, bodies(id(A), id(B))])
     || A <- [true, false, 3], B <- [true, false, 3]],
    io:format("short_andalso: ~p~n", [id(false) andalso id(not_bool)]),
    io:format("short_orelse: ~p~n", [id(true) orelse id(not_bool)]),
    io:format("tail_andalso: ~p~n", [id(true) andalso id(not_bool)]),
    io:format("tail_orelse: ~p~n", [id(false) orelse id(not_bool)]),
    io:format("nested: ~p~n", [[nested(X) || X <- [-5, 0, 5, 50, 500, a, 2.0]]]),
    ok.

guards(A, B) ->
    [
     if A andalso B -> y; true -> n end,
     if A orelse B -> y; true -> n end,
     if A and B -> y; true -> n end,
     if A or B -> y; true -> n end,
     if A xor B -> y; true -> n end,
     if not A -> y; true -> n end,
     if A; B -> y; true -> n end,
     if A, B -> y; true -> n end,
     if (A > 0) orelse (B > 0) -> y; true -> n end,
     if (A == true) or (length(B) > 0) -> y; true -> n end,
     if (A == true) orelse (length(B) > 0) -> y; true -> n end,
     if length(B) > 0; A == true -> y; true -> n end,
     if not (A =:= B) -> y; true -> n end,
     if is_atom(A) andalso not is_boolean(A) -> y; true -> n end
    ].

bodies(A, B) ->
    [try A and B catch error:E1 -> E1 end,
     try A or B catch error:E2 -> E2 end,
     try A xor B catch error:E3 -> E3 end,
     try not A catch error:E4 -> E4 end,
     try A andalso B catch error:E5 -> E5 end,
     try A orelse B catch error:E6 -> E6 end].

nested(X) when is_integer(X), (X < 0 orelse X > 100) andalso X =/= 500 -> out_of_range;
nested(X) when is_integer(X) andalso (X =:= 0 orelse X =:= 5) -> special;
nested(X) when is_number(X), not is_integer(X) -> non_integer;
nested(X) when is_integer(X) -> plain;
nested(_) -> other.
