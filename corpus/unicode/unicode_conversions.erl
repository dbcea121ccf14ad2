-module(unicode_conversions).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~w~n", [Label, R]).

%% unicode:characters_to_list/binary between every encoding, with incomplete and error
%% results, and the BOM helpers.
main() ->
    S = id([$a, 16#E9, 16#20AC, 16#1F600]),
    U8 = id(<<"aé€😀"/utf8>>),
    ?T(to_list_from_list, unicode:characters_to_list(S)),
    ?T(to_list_from_utf8, unicode:characters_to_list(U8)),
    ?T(to_list_mixed, unicode:characters_to_list([<<"ab"/utf8>>, $c, [<<"é"/utf8>>]])),
    ?T(to_binary, unicode:characters_to_binary(S)),
    ?T(to_binary_same, unicode:characters_to_binary(U8) =:= U8),
    [?T({to_binary, Enc}, unicode:characters_to_binary(S, unicode, Enc))
     || Enc <- [utf8, utf16, {utf16, little}, {utf16, big}, utf32, {utf32, little}, latin1]],
    [?T({roundtrip, Enc}, unicode:characters_to_list(unicode:characters_to_binary(S, unicode, Enc), Enc))
     || Enc <- [utf8, utf16, {utf16, little}, utf32, {utf32, little}]],
    ?T(latin1_in, unicode:characters_to_binary(<<233, 65>>, latin1)),
    ?T(latin1_to_latin1, unicode:characters_to_binary(<<233, 65>>, latin1, latin1)),
    ?T(latin1_list_in, unicode:characters_to_list(<<233, 255>>, latin1)),
    ?T(latin1_out_error, unicode:characters_to_binary([$a, 16#20AC, $b], unicode, latin1)),
    ?T(incomplete_utf8, unicode:characters_to_list(<<"ab", 16#E2, 16#82>>)),
    ?T(incomplete_utf8_bin, unicode:characters_to_binary(<<"ab", 16#E2, 16#82>>)),
    ?T(invalid_utf8, unicode:characters_to_list(<<"ab", 16#FF, "cd">>)),
    ?T(invalid_utf8_bin, unicode:characters_to_binary(<<"ab", 16#C0, 16#80>>)),
    ?T(surrogate_utf8, unicode:characters_to_list(<<16#ED, 16#A0, 16#80>>)),
    ?T(incomplete_utf16, unicode:characters_to_list(<<0, 97, 16#D8>>, utf16)),
    ?T(lone_surrogate_utf16, unicode:characters_to_list(<<16#DC, 0, 0, 97>>, utf16)),
    ?T(incomplete_utf32, unicode:characters_to_list(<<0, 0, 0, 97, 0, 0>>, utf32)),
    ?T(invalid_utf32, unicode:characters_to_list(<<0, 17, 0, 0>>, utf32)),
    ?T(invalid_codepoint_in_list, unicode:characters_to_binary([$a, 16#110000])),
    ?T(surrogate_in_list, unicode:characters_to_binary([$a, 16#D800, $b])),
    ?T(negative_in_list, unicode:characters_to_binary([$a, -1])),
    ?T(atom_in_list, unicode:characters_to_binary([$a, b])),
    ?T(not_chardata, unicode:characters_to_binary(id(atom))),
    ?T(bad_encoding, unicode:characters_to_binary("a", id(bogus))),
    ?T(deep_error_rest, unicode:characters_to_list([<<"ok">>, [<<16#FF>>, "rest"]])),
    ?T(empty, {unicode:characters_to_list(<<>>), unicode:characters_to_binary([])}),
    ?T(bom_to_encoding, [unicode:bom_to_encoding(B) || B <- [<<16#EF, 16#BB, 16#BF>>, <<16#FE, 16#FF>>,
                                                           <<16#FF, 16#FE>>, <<0, 0, 16#FE, 16#FF>>,
                                                           <<16#FF, 16#FE, 0, 0>>, <<"x">>]]),
    ?T(encoding_to_bom, [unicode:encoding_to_bom(E) || E <- [utf8, {utf16, big}, {utf16, little},
                                                             {utf32, big}, {utf32, little}, latin1]]),
    ?T(utf8_long_text, byte_size(unicode:characters_to_binary(lists:seq(0, 16#D7FF, 97)))),
    ?T(utf16_long_text, byte_size(unicode:characters_to_binary(lists:seq(16#10000, 16#10FFFF, 4099), unicode, utf16))),
    ?T(characters_to_nfc_binary, unicode:characters_to_nfc_binary([$a, 16#30A, $e, 16#301])),
    ?T(characters_to_nfd_binary, unicode:characters_to_nfd_binary(<<"Å"/utf8>>)),
    ?T(nfkc_list, unicode:characters_to_nfkc_list([16#FB01, 16#2460, 16#FF21])),
    ok.
