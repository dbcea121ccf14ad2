-module(bits_utf).
-export([main/0, id/1]).

id(X) -> X.

%% utf8/utf16/utf32 segments: construction of every length class, matching, invalid
%% code points (surrogates, > 16#10FFFF, negatives) and invalid encodings.
main() ->
    Cps = [0, $a, 16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000, 16#10FFFF, 16#D7FF,
           16#E000, 16#FFFE, 16#D800, 16#DFFF, 16#110000, -1, 1 bsl 40, a, 1.0],
    [io:format("~p: ~w ~w ~w ~w ~w~n",
               [C, enc(fun(X) -> <<X/utf8>> end, C), enc(fun(X) -> <<X/utf16>> end, C),
                enc(fun(X) -> <<X/utf16-little>> end, C), enc(fun(X) -> <<X/utf32>> end, C),
                enc(fun(X) -> <<X/utf32-little>> end, C)])
     || C <- Cps],
    Inputs = [<<"a">>, <<16#C3, 16#A9>>, <<16#E2, 16#82, 16#AC>>, <<16#F0, 16#9F, 16#98, 16#80>>,
              <<16#C0, 16#80>>, <<16#ED, 16#A0, 16#80>>, <<16#F4, 16#90, 16#80, 16#80>>,
              <<16#80>>, <<16#E2, 16#82>>, <<16#FF>>, <<16#F8, 16#88, 16#80, 16#80, 16#80>>,
              <<16#E0, 16#80, 16#80>>, <<16#D8, 16#3D, 16#DE, 16#00>>, <<16#DE, 16#00>>,
              <<0, 0, 16#D8, 0>>, <<0, 16#11, 0, 0>>, <<0, 0, 0, 65>>, <<65, 0, 0, 0>>, <<>>],
    [io:format("decode ~w: ~w~n", [B, dec(id(B))]) || B <- Inputs],
    io:format("literal: ~w~n", [<<"€"/utf8, "€"/utf16, "€"/utf32-little>>]),
    io:format("string_utf8: ~w~n", [<<"añ"/utf8>>]),
    io:format("comprehension: ~w~n", [[C || <<C/utf8>> <= id(<<"h€llo"/utf8>>)]]),
    io:format("to_utf16: ~w~n", [<< <<C/utf16>> || <<C/utf8>> <= id(<<"a😀"/utf8>>) >>]),
    io:format("count: ~p~n", [count(id(<<"日本語テキスト"/utf8>>), 0)]),
    io:format("unaligned: ~w~n", [case id(<<1:1, "é"/utf8, 0:7>>) of <<_:1, C:8/bits, D/utf8, _/bits>> -> {C, D}; _ -> no end]),
    io:format("unaligned2: ~w~n", [case id(<<1:1, "é"/utf8, 0:7>>) of <<_:1, D2/utf8, _/bits>> -> D2; _ -> no end]),
    ok.

enc(F, C) -> try F(id(C)) catch E:R -> {E, R} end.

dec(B) ->
    [case B of <<X/utf8, R/binary>> -> {X, R}; _ -> no end,
     case B of <<X/utf16, R/binary>> -> {X, R}; _ -> no end,
     case B of <<X/utf16-little, R/binary>> -> {X, R}; _ -> no end,
     case B of <<X/utf32, R/binary>> -> {X, R}; _ -> no end,
     case B of <<X/utf32-little, R/binary>> -> {X, R}; _ -> no end].

count(<<>>, N) -> N;
count(<<_/utf8, R/binary>>, N) -> count(R, N + 1).
