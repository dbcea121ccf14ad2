-module(compare_int_float_exact).
-export([main/0, id/1]).

id(X) -> X.

%% Integer/float comparison is exact in Erlang: integers beyond 2^53 and huge bignums are
%% compared with floats by value, not by converting the integer to a float.
main() ->
    Pairs = [{(1 bsl 53) + 1, float(1 bsl 53)}, {(1 bsl 53) + 1, float((1 bsl 53) + 2)},
             {1 bsl 53, float(1 bsl 53)}, {(1 bsl 63) - 1, 9.223372036854775807e18},
             {1 bsl 63, 9.223372036854775807e18}, {(1 bsl 64) + 1, 1.8446744073709552e19},
             {1 bsl 1023, 8.98846567431158e307}, {(1 bsl 1023) + 1, 8.98846567431158e307},
             {1 bsl 1024, 1.7976931348623157e308}, {1 bsl 2000, 1.7976931348623157e308},
             {-(1 bsl 2000), -1.7976931348623157e308}, {0, -0.0}, {0, 0.0}, {-1, -1.0},
             {123456789012345678, 123456789012345678.0}, {123456789012345680, 123456789012345678.0},
             {3, 2.9999999999999996}, {-3, -2.9999999999999996}, {1, 1.0000000000000002}],
    [io:format("~p vs ~p: lt=~p eq=~p gt=~p exact=~p cmp=~p~n",
               [I, F, id(I) < id(F), id(I) == id(F), id(I) > id(F), id(I) =:= id(F), sortpos(I, F)])
     || {I, F} <- Pairs],
    io:format("sorted: ~p~n", [lists:sort([1 bsl 60, float(1 bsl 60), (1 bsl 60) + 1, (1 bsl 60) - 1,
                                           float((1 bsl 60) + 256), 1 bsl 61, 1.0e18])]),
    io:format("max_min: ~p~n", [[max(id((1 bsl 53) + 1), id(float(1 bsl 53))), min(id(1 bsl 70), id(1.0e21))]]),
    io:format("usort_equal_pairs: ~p~n", [lists:usort([float(1 bsl 60), 1 bsl 60])]),
    io:format("map_keys_distinct: ~p~n", [map_size(#{id(1 bsl 60) => a, id(float(1 bsl 60)) => b})]),
    io:format("guards: ~p~n", [[g(id(X)) || X <- [(1 bsl 53) + 1, 1 bsl 1024, 1.0e300, 9007199254740992.0]]]),
    ok.

sortpos(A, B) -> lists:sort([B, A]) =:= [A, B].

g(X) when X > 1.7976931348623157e308 -> above_max_float;
g(X) when X == 9007199254740992 -> equal_2_53;
g(X) when X > 9007199254740992.0 -> above_2_53;
g(_) -> other.
