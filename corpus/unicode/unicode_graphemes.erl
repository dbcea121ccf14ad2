-module(unicode_graphemes).
-export([main/0, id/1]).

id(X) -> X.

%% unicode_util (OTP's table-driven Unicode module): grapheme clusters, case mapping,
%% character classes and normalisation on a spread of scripts; code points printed as ~w.
main() ->
    Texts = ["abc", "e\x{301}\x{302}x", "\r\n\n\r", "👩\x{200D}👩\x{200D}👧", "🇫🇷🇩🇪", "한국어",
             "\x{1100}\x{1161}\x{11A8}", "ก\x{E33}", "नमस्ते", "👍🏽", "a\x{200B}b", "\x{0}\x{7F}"],
    [io:format("~w: gcs=~w len=~w~n", [T, gcs(id(T)), string:length(T)]) || T <- Texts],
    Chars = [$a, $Z, $ß, 16#1E9E, 16#130, 16#131, 16#3A3, 16#3C2, 16#1C5, 16#FB01, 16#10400, $5, 16#0661],
    [io:format("~w: upper=~w lower=~w title=~w fold=~w~n",
               [C, unicode_util:uppercase([C]), unicode_util:lowercase([C]), unicode_util:titlecase([C]),
                unicode_util:casefold([C])]) || C <- Chars],
    [io:format("~w: ws=~w~n", [C, unicode_util:is_whitespace(C)]) || C <- [$\s, $\t, 16#A0, 16#2028, 16#3000, $a]],
    [io:format("nf ~w: nfc=~w nfd=~w nfkc=~w nfkd=~w~n",
               [S, unicode:characters_to_nfc_list(S), unicode:characters_to_nfd_list(S),
                unicode:characters_to_nfkc_list(S), unicode:characters_to_nfkd_list(S)])
     || S <- ["é", "e\x{301}", "Å", "ﬀ", "①", "ｶ", "\x{1E9B}\x{323}", "한"]],
    ok.

gcs([]) -> [];
gcs(S) ->
    case unicode_util:gc(S) of
        [G | Rest] -> [G | gcs(Rest)];
        [] -> []
    end.
