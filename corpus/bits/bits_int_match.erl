-module(bits_int_match).
-export([main/0, id/1]).

id(X) -> X.

%% Matching integer segments of many sizes out of fixed byte patterns.
main() ->
    Src = id(<<16#F1, 16#23, 16#45, 16#67, 16#89, 16#AB, 16#CD, 16#EF, 16#01, 16#80,
               16#FF, 16#00, 16#7F, 16#55, 16#AA, 16#C3, 16#3C, 16#99>>),
    [io:format("size ~p: ~w~n", [S, m(Src, S)]) || S <- lists:seq(1, 72) ++ [100, 128, 140]],
    io:format("dynamic: ~w~n", [dyn(id(<<3, 1, 2, 3, 0, 2, 9, 9>>))]),
    io:format("size_expr: ~w~n", [begin <<N:4, V:(N * 2), _/bits>> = id(<<16#3F, 16#FF>>), {N, V} end]),
    io:format("signed_bytes: ~w~n", [[X || <<X:8/signed>> <= id(<<0, 1, 127, 128, 255>>)]]),
    io:format("little16: ~w~n", [[X || <<X:16/little>> <= id(<<1, 0, 0, 1, 255, 255>>)]]),
    io:format("little_signed16: ~w~n", [[X || <<X:16/little-signed>> <= id(<<1, 0, 0, 128, 255, 255>>)]]),
    io:format("native32: ~w~n", [[X || <<X:32/native>> <= id(<<1, 0, 0, 0>>)] =:=
                                    [X || <<X:32/little>> <= id(<<1, 0, 0, 0>>)]]),
    io:format("too_short: ~p~n", [case id(<<1, 2>>) of <<_:24>> -> yes; _ -> no end]),
    io:format("exact_value: ~p~n", [case id(<<300:16>>) of <<300:16>> -> yes; _ -> no end]),
    io:format("neg_literal: ~p~n", [case id(<<-1:16>>) of <<-1:16/signed>> -> yes; _ -> no end]),
    io:format("unit_match: ~p~n", [case id(<<1, 2, 3, 4>>) of <<A:2/unit:8, B:2/unit:8>> -> {A, B} end]),
    io:format("var_reuse: ~p~n", [[case id(Bx) of <<L, P:L/binary, R/binary>> -> {P, R}; _ -> nomatch end
                                   || Bx <- [<<2, "abcd">>, <<9, "ab">>]]]),
    ok.

m(Bin, S) ->
    <<A:S, _/bits>> = Bin,
    <<B:S/signed, _/bits>> = Bin,
    <<C:S/little, _/bits>> = Bin,
    <<D:S/little-signed, _/bits>> = Bin,
    <<_:3, E:S, _/bits>> = Bin,
    [A, B, C, D, E].

dyn(<<N, Rest/binary>>) ->
    <<Bytes:N/binary, M, More/binary>> = Rest,
    <<Val:M/unit:8, Tail/binary>> = More,
    {N, Bytes, M, Val, Tail}.
