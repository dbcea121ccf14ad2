-module(unicode_roundtrips).
-export([main/0, id/1]).

id(X) -> X.

%% Pseudo-random code points from every plane through every encoding and back, with
%% byte counts, and decoding of random byte soup (error/incomplete tuples' positions).
main() ->
    Cps = cps(2000, 12345, []),
    Encs = [utf8, utf16, {utf16, little}, utf32, {utf32, little}],
    [begin
         B = unicode:characters_to_binary(Cps, unicode, E),
         Back = unicode:characters_to_list(B, E),
         io:format("~p: bytes=~p back=~p~n", [E, byte_size(B), Back =:= Cps])
     end || E <- Encs],
    io:format("utf8_bit_syntax_agrees: ~p~n", [<< <<C/utf8>> || C <- Cps >> =:= unicode:characters_to_binary(Cps)]),
    io:format("utf16_bit_syntax_agrees: ~p~n", [<< <<C/utf16>> || C <- Cps >> =:= unicode:characters_to_binary(Cps, unicode, utf16)]),
    Soups = soup(20, 777),
    [io:format("soup ~w: ~w~n", [S, summarize(unicode:characters_to_list(S))]) || S <- Soups],
    ok.

cps(0, _, Acc) -> Acc;
cps(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) band 16#7FFFFFFF,
    C = case S1 rem 4 of
            0 -> S1 rem 16#80;
            1 -> 16#80 + S1 rem (16#800 - 16#80);
            2 -> case 16#800 + S1 rem (16#10000 - 16#800) of X when X >= 16#D800, X =< 16#DFFF -> X - 16#1000; X -> X end;
            3 -> 16#10000 + S1 rem (16#110000 - 16#10000)
        end,
    cps(N - 1, S1, [C | Acc]).

soup(0, _) -> [];
soup(N, S) ->
    S1 = (S * 69069 + 1) band 16#FFFFFFFF,
    Len = S1 rem 7 + 1,
    Bytes = list_to_binary([(S1 bsr (I * 4)) band 16#FF || I <- lists:seq(1, Len)]),
    [Bytes | soup(N - 1, S1)].

summarize({error, Ok, Rest}) -> {error, Ok, Rest};
summarize({incomplete, Ok, Rest}) -> {incomplete, Ok, Rest};
summarize(L) when is_list(L) -> {ok, L}.
