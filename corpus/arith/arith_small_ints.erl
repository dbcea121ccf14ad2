-module(arith_small_ints).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    ?T(add, id(1) + id(2)),
    ?T(add_neg, id(-7) + id(3)),
    ?T(sub, id(10) - id(25)),
    ?T(mul, id(12) * id(-11)),
    ?T(mul_zero, id(0) * id(-5)),
    ?T(div_pos, id(17) div id(5)),
    ?T(div_neg_num, id(-17) div id(5)),
    ?T(div_neg_den, id(17) div id(-5)),
    ?T(div_both_neg, id(-17) div id(-5)),
    ?T(rem_pos, id(17) rem id(5)),
    ?T(rem_neg_num, id(-17) rem id(5)),
    ?T(rem_neg_den, id(17) rem id(-5)),
    ?T(rem_both_neg, id(-17) rem id(-5)),
    ?T(unary_minus, -id(42)),
    ?T(unary_plus, +id(-42)),
    ?T(unary_minus_zero, -id(0)),
    ?T(slash_exact, id(10) / id(2)),
    ?T(slash_inexact, id(10) / id(3)),
    ?T(slash_neg, id(-1) / id(8)),
    ?T(precedence, id(2) + id(3) * id(4) - id(10) div id(3)),
    ?T(parens, (id(2) + id(3)) * (id(4) - id(10)) rem id(7)),
    ?T(chain, lists:foldl(fun(X, A) -> A * 3 + X end, 0, lists:seq(1, 20))),
    ?T(max_small_60, id(1 bsl 59) - 1 + id(1 bsl 59)),
    ?T(int_div_one, id(123456789) div 1),
    ?T(rem_one, id(123456789) rem 1),
    ?T(div_self, id(-99) div id(-99)),
    ?T(abs_pos, abs(id(5))),
    ?T(abs_neg, abs(id(-5))),
    ?T(abs_zero, abs(id(0))),
    ?T(mixed_ops, [X * X - X div 2 + X rem 3 || X <- lists:seq(-6, 6)]),
    ?T(sum_1_to_1000, lists:sum(lists:seq(1, 1000))),
    ?T(product_1_to_15, lists:foldl(fun erlang:'*'/2, 1, lists:seq(1, 15))),
    ?T(div_zero, id(1) div id(0)),
    ?T(rem_zero, id(1) rem id(0)),
    ?T(slash_zero, id(1) / id(0)),
    ?T(add_atom, id(1) + id(a)),
    ?T(sub_list, id(1) - id([1])),
    ?T(mul_tuple, id({}) * id(2)),
    ?T(div_float, id(5) div id(2.0)),
    ?T(rem_float, id(5.0) rem id(2)),
    ?T(neg_atom, -id(foo)),
    ?T(plus_atom, +id(foo)),
    ?T(bsl_small, id(1) bsl id(10)),
    ?T(inc_loop, inc(0, 1000)),
    ?T(dec_loop, dec(1000, 0)),
    ?T(erlang_plus, erlang:'+'(id(3), id(4))),
    ?T(erlang_minus, erlang:'-'(id(3), id(4))),
    ?T(erlang_times, erlang:'*'(id(3), id(4))),
    ?T(erlang_div, erlang:'div'(id(30), id(4))),
    ?T(erlang_rem, erlang:'rem'(id(30), id(4))),
    ?T(erlang_neg, erlang:'-'(id(3))),
    ?T(apply_plus, apply(erlang, '+', [id(1), id(2)])),
    ?T(literal_ops, 7 * 6),
    ?T(hex_literal, 16#FF + 8#17 + 2#1010 + 36#ZZ),
    ?T(char_literal, $a + $\n + $\s),
    ?T(underscore_lit, 1_000_000 + 1_000),
    ok.

inc(N, 0) -> N;
inc(N, K) -> inc(N + 1, K - 1).

dec(N, N) -> N;
dec(N, M) -> dec(N - 1, M).
