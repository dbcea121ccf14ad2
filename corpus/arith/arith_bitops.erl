-module(arith_bitops).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

big() -> id(16#123456789ABCDEF0123456789ABCDEF).

main() ->
    ?T(op_band, id(2#1100) band id(2#1010)),
    ?T(op_bor, id(2#1100) bor id(2#1010)),
    ?T(op_bxor, id(2#1100) bxor id(2#1010)),
    ?T(op_bnot_pos, bnot id(5)),
    ?T(op_bnot_neg, bnot id(-6)),
    ?T(op_bnot_zero, bnot id(0)),
    ?T(op_band_neg, id(-1) band id(255)),
    ?T(op_band_neg_neg, id(-16) band id(-3)),
    ?T(op_bor_neg, id(-16) bor id(5)),
    ?T(op_bxor_neg, id(-16) bxor id(5)),
    ?T(op_bsl_1, id(1) bsl id(1)),
    ?T(op_bsl_63, id(1) bsl id(63)),
    ?T(op_bsl_64, id(1) bsl id(64)),
    ?T(op_bsl_200, id(1) bsl id(200)),
    ?T(op_bsl_neg_shift, id(1024) bsl id(-3)),
    ?T(op_bsr_1, id(1024) bsr id(3)),
    ?T(op_bsr_neg_value, id(-1024) bsr id(3)),
    ?T(op_bsr_neg_odd, id(-7) bsr id(1)),
    ?T(op_bsr_all, id(12345) bsr id(100)),
    ?T(op_bsr_neg_all, id(-12345) bsr id(100)),
    ?T(op_bsr_neg_shift, id(3) bsr id(-4)),
    ?T(op_bsl_neg_value, id(-3) bsl id(70)),
    ?T(op_bsl_zero, id(0) bsl id(1000)),
    ?T(big_band, big() band id(16#FFFF)),
    ?T(big_band_big, big() band (big() bsr 8)),
    ?T(big_bor, big() bor id(1)),
    ?T(big_bxor_self, big() bxor big()),
    ?T(big_bnot, bnot big()),
    ?T(big_bnot_bnot, bnot bnot big()),
    ?T(big_bsr, big() bsr id(64)),
    ?T(big_bsr_to_small, big() bsr id(100)),
    ?T(big_bsl, big() bsl id(17)),
    ?T(neg_big_band, (-big()) band id(16#FFFFFFFF)),
    ?T(neg_big_bor, (-big()) bor id(16#FF)),
    ?T(neg_big_bxor, (-big()) bxor big()),
    ?T(neg_big_bsr, (-big()) bsr id(60)),
    ?T(neg_big_band_neg_big, (-big()) band -(big() bsr 4)),
    ?T(mask_64, (id(1) bsl 64) - 1),
    ?T(op_band_float, id(1.0) band id(1)),
    ?T(op_bor_atom, id(a) bor id(1)),
    ?T(op_bsl_float, id(1) bsl id(1.0)),
    ?T(op_bnot_float, bnot id(1.0)),
    ?T(op_bsl_huge, id(1) bsl id(1 bsl 40)),
    ?T(op_bsl_huge_zero, id(0) bsl id(1 bsl 40)),
    ?T(op_bsr_huge, id(1) bsr id(1 bsl 40)),
    ?T(op_bsl_bignum_shift, id(1) bsl id(1 bsl 70)),
    ?T(op_bsr_bignum_shift, id(5) bsr id(1 bsl 70)),
    ?T(op_bsr_bignum_shift_neg, id(-5) bsr id(1 bsl 70)),
    ?T(popcount, popcount(id(16#F0F0F0F0F0F0F0F0F0F0), 0)),
    ?T(bits_table, [{N, N band 3, N bor 8, N bxor 5, N bsl 2, N bsr 1} || N <- lists:seq(-4, 4)]),
    ?T(erlang_band, erlang:'band'(id(12), id(10))),
    ?T(erlang_bsl, erlang:'bsl'(id(3), id(4))),
    ?T(erlang_bnot, erlang:'bnot'(id(3))),
    ok.

popcount(0, N) -> N;
popcount(X, N) -> popcount(X bsr 1, N + (X band 1)).
