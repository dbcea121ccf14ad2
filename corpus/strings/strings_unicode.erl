-module(strings_unicode).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~w~n", [Label, R]).

%% Unicode strings: printed with ~w so output bytes do not depend on the io encoding.
main() ->
    U = id("añb€c😀"),
    UB = id(<<"añb€c😀"/utf8>>),
    ?T(list_codepoints, U),
    ?T(bin_bytes, UB),
    ?T(length, {string:length(U), string:length(UB), length(U), byte_size(UB)}),
    ?T(upper, string:uppercase(U)),
    ?T(upper_bin, string:uppercase(UB)),
    ?T(lower_greek, string:lowercase("ΑΒΓΔ")),
    ?T(upper_sharp_s, string:uppercase("straße")),
    ?T(casefold_sharp_s, string:casefold("Straße")),
    ?T(titlecase_ij, string:titlecase("ǆemal")),
    ?T(reverse, string:reverse(U)),
    ?T(slice, string:slice(UB, 2, 3)),
    ?T(graphemes_combining, string:to_graphemes("e\x{301}a")),
    ?T(length_combining, string:length("e\x{301}a")),
    ?T(length_emoji_zwj, string:length("👩\x{200D}💻")),
    ?T(length_flag, string:length("🇸🇪")),
    ?T(length_crlf, string:length("a\r\nb")),
    ?T(equal_norm, string:equal("é", "e\x{301}")),
    ?T(nfc, unicode:characters_to_nfc_list("e\x{301}")),
    ?T(nfd, unicode:characters_to_nfd_list("é")),
    ?T(nfkc, unicode:characters_to_nfkc_list("ﬁ")),
    ?T(nfkd_bin, unicode:characters_to_nfkd_binary("①")),
    ?T(pad_unicode, string:pad(U, 10, trailing, $*)),
    ?T(split_unicode, string:split(UB, "€")),
    ?T(find_unicode, string:find(U, "€")),
    ?T(trim_unicode_ws, string:trim("\x{3000}x\x{00A0}")),
    ?T(lexemes_unicode, string:lexemes("a€b€€c", "€")),
    ?T(to_upper_old, string:to_upper("åäö")),
    ?T(next_grapheme_bin, string:next_grapheme(<<"é"/utf8, "x">>)),
    ?T(invalid_utf8_length, string:length(<<255, 97>>)),
    ?T(invalid_utf8_next, string:next_codepoint(<<255, 97>>)),
    ?T(chars_to_list, unicode:characters_to_list(UB)),
    ?T(chars_to_bin, unicode:characters_to_binary(U)),
    ?T(list_to_binary_unicode_fails, list_to_binary(U)),
    ?T(io_lib_ts, lists:flatten(io_lib:format("~ts", [U]))),
    ?T(io_lib_tp, lists:flatten(io_lib:format("~tp", [U]))),
    ?T(io_lib_p, lists:flatten(io_lib:format("~p", [U]))),
    ?T(io_lib_s_latin1, lists:flatten(io_lib:format("~s", ["añb"]))),
    ?T(io_lib_s_bad, lists:flatten(io_lib:format("~s", [U]))),
    ?T(io_lib_tp_bin, lists:flatten(io_lib:format("~tp", [UB]))),
    ?T(io_lib_p_bin, lists:flatten(io_lib:format("~p", [UB]))),
    ?T(printable, {io_lib:printable_list(U), io_lib:printable_latin1_list(U),
                   io_lib:printable_unicode_list(U), io_lib:printable_list("añb")}),
    ok.
