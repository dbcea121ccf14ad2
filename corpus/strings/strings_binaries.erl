-module(strings_binaries).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~w~n", [Label, R]).

%% The string module on binaries and mixed chardata: results keep binary form where OTP
%% does, and unicode is handled by grapheme cluster.
main() ->
    B = id(<<"  Grüße, Welt!  "/utf8>>),
    ?T(trim, string:trim(B)),
    ?T(trim_mixed, string:trim([<<"  a">>, " b  "])),
    ?T(uppercase, string:uppercase(B)),
    ?T(lowercase, string:lowercase(<<"ÅÄÖ"/utf8>>)),
    ?T(length, string:length(B)),
    ?T(slice, string:slice(B, 2, 5)),
    ?T(split_all, string:split(<<"a;b;;c"/utf8>>, ";", all)),
    ?T(split_trailing, string:split(<<"a;b;c">>, <<";">>, trailing)),
    ?T(lexemes, string:lexemes(<<" a  b c ">>, " ")),
    ?T(find, string:find(B, "Welt")),
    ?T(find_trailing, string:find(<<"a.b.c">>, ".", trailing)),
    ?T(replace, string:replace(B, "ü", "ue", all)),
    ?T(pad, string:pad(<<"x">>, 4, both, $-)),
    ?T(reverse, string:reverse(<<"abc€"/utf8>>)),
    ?T(to_graphemes, string:to_graphemes(<<"e\x{301}x"/utf8>>)),
    ?T(equal_bin_list, string:equal(<<"abc">>, "abc")),
    ?T(prefix, string:prefix(<<"prefix-rest">>, "prefix-")),
    ?T(take, string:take(<<"123abc">>, "0123456789")),
    ?T(chomp, string:chomp(<<"text\r\n">>)),
    ?T(is_empty, [string:is_empty(X) || X <- [<<>>, [<<>>, []], <<" ">>]]),
    ?T(casefold, string:casefold(<<"ΣΑΣ"/utf8>>)),
    ?T(titlecase, string:titlecase(<<"élan"/utf8>>)),
    ?T(nth_lexeme, string:nth_lexeme(<<"a,b,c">>, 2, ",")),
    ?T(next_grapheme, string:next_grapheme(<<"\r\nx">>)),
    ?T(deep_chardata, string:uppercase([<<"a">>, [$b, <<"c">>], "d"])),
    ?T(to_integer, string:to_integer(<<"42 rest">>)),
    ?T(to_float, string:to_float(<<"-1.5e2x">>)),
    ?T(jaro, string:jaro_similarity(<<"DIXON">>, <<"DICKSONX">>)),
    ?T(latin1_bin_invalid_utf8, string:length(<<"caf", 233>>)),
    ok.
