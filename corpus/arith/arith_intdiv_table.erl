-module(arith_intdiv_table).
-export([main/0, id/1]).

id(X) -> X.

%% div/rem of every sign combination, small and big operands, checked against the
%% identity A = B * (A div B) + A rem B.
main() ->
    Vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 100, -100,
            16#7FFFFFFFFFFFFFFF, -16#8000000000000000, 16#FFFFFFFFFFFFFFFF,
            1 bsl 100, -(1 bsl 100), (1 bsl 100) + 12345, 3 bsl 64],
    lists:foreach(
      fun(A) ->
              lists:foreach(
                fun(B) ->
                        R = try
                                Q = id(A) div id(B),
                                M = id(A) rem id(B),
                                {Q, M, B * Q + M =:= A}
                            catch C:E -> {C, E}
                            end,
                        io:format("~p div/rem ~p: ~p~n", [A, B, R])
                end, Vals)
      end, [0, 1, -1, 7, -7, 1000, -1000, 16#7FFFFFFFFFFFFFFF, -16#8000000000000000,
            1 bsl 100, -(1 bsl 100)]),
    ok.
