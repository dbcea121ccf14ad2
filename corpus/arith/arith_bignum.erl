-module(arith_bignum).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

main() ->
    Max64 = id(16#7FFFFFFFFFFFFFFF),
    Min64 = id(-16#8000000000000000),
    ?T(max64, Max64),
    ?T(max64_plus_1, Max64 + 1),
    ?T(min64_minus_1, Min64 - 1),
    ?T(min64_neg, -Min64),
    ?T(max64_times_2, Max64 * 2),
    ?T(max64_sq, Max64 * Max64),
    ?T(min64_sq, Min64 * Min64),
    ?T(back_to_small, (Max64 + 1) - 1),
    ?T(back_to_small_is_int, is_integer((Max64 + 10) - 10)),
    ?T(u64_max, id(16#FFFFFFFFFFFFFFFF)),
    ?T(u64_plus_1, id(16#FFFFFFFFFFFFFFFF) + 1),
    ?T(small60_edge, id(1 bsl 59) * 2),
    ?T(small60_neg_edge, -id(1 bsl 59) * 2 - 1),
    ?T(fact_20, fact(id(20))),
    ?T(fact_21, fact(id(21))),
    ?T(fact_30, fact(id(30))),
    ?T(fact_100, fact(id(100))),
    ?T(fact_100_div_fact_98, fact(id(100)) div fact(id(98))),
    ?T(pow_2_64, pow(id(2), 64)),
    ?T(pow_2_128, pow(id(2), 128)),
    ?T(pow_3_100, pow(id(3), 100)),
    ?T(pow_neg3_101, pow(id(-3), 101)),
    ?T(pow_10_50, pow(id(10), 50)),
    ?T(fib_100, fib(id(100))),
    ?T(fib_300, fib(id(300))),
    ?T(big_add, pow(2, 100) + pow(2, 99)),
    ?T(big_sub_neg, pow(2, 99) - pow(2, 100)),
    ?T(big_sub_zero, pow(7, 40) - pow(7, 40)),
    ?T(big_mul_small, pow(10, 30) * id(-7)),
    ?T(big_mul_big, pow(10, 30) * pow(10, 30)),
    ?T(big_div_small, pow(10, 30) div id(7)),
    ?T(big_rem_small, pow(10, 30) rem id(7)),
    ?T(big_div_neg, pow(10, 30) div id(-7)),
    ?T(big_rem_neg, -pow(10, 30) rem id(7)),
    ?T(neg_big_div, -pow(10, 30) div id(7)),
    ?T(big_div_big, pow(10, 40) div pow(3, 30)),
    ?T(big_rem_big, pow(10, 40) rem pow(3, 30)),
    ?T(neg_big_div_big, -pow(10, 40) div pow(3, 30)),
    ?T(neg_big_rem_big, -pow(10, 40) rem pow(3, 30)),
    ?T(big_div_bigger, pow(3, 30) div pow(10, 40)),
    ?T(big_div_zero, pow(10, 30) div id(0)),
    ?T(big_rem_zero, pow(10, 30) rem id(0)),
    ?T(big_abs, abs(-pow(5, 50))),
    ?T(big_neg, -pow(5, 50)),
    ?T(big_eq, pow(2, 70) =:= pow(2, 70)),
    ?T(big_lt, pow(2, 70) < pow(2, 71)),
    ?T(big_neg_lt, -pow(2, 71) < -pow(2, 70)),
    ?T(big_vs_small, pow(2, 70) > id(5)),
    ?T(big_to_float, float(pow(2, 70))),
    ?T(big_plus_float, pow(2, 70) + 0.5),
    ?T(big_times_float, pow(10, 20) * 1.5),
    ?T(big_slash, pow(10, 30) / pow(10, 10)),
    ?T(big_eq_float, pow(2, 70) == float(pow(2, 70))),
    ?T(big_exact_float, pow(2, 70) =:= float(pow(2, 70))),
    ?T(big_list, integer_to_list(pow(17, 33))),
    ?T(big_hex, integer_to_list(pow(17, 33), 16)),
    ?T(big_from_list, list_to_integer("123456789012345678901234567890") * 2),
    ?T(big_sum_list, lists:sum([pow(2, N) || N <- lists:seq(0, 100)])),
    ?T(big_is_integer, is_integer(pow(2, 200))),
    ?T(big_add_atom, pow(2, 100) + id(x)),
    ?T(big_float_overflow, float(pow(10, 400))),
    ?T(big_slash_overflow, pow(10, 400) / 1),
    ?T(big_mul_float_overflow, pow(10, 300) * 1.0e300),
    ?T(big_trunc, trunc(1.0e30)),
    ?T(big_round, round(-1.5e25)),
    ?T(big_max, max(pow(2, 80), pow(3, 50))),
    ?T(big_min, min(-pow(2, 80), -pow(3, 50))),
    ?T(mersenne_127, pow(2, 127) - 1),
    ?T(digits_of_fact_200, length(integer_to_list(fact(200)))),
    ok.
