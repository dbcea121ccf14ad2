-module(strings_old_api).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% The obsolete list-only string API (still in OTP 25) with edge cases.
main() ->
    ?T(len, [string:len(S) || S <- ["", "a", "hello"]]),
    ?T(concat, string:concat("abc", "")),
    ?T(chr_rchr, [{string:chr(S, $a), string:rchr(S, $a)} || S <- ["banana", "xyz", ""]]),
    ?T(str_rstr, [{string:str(S, "an"), string:rstr(S, "an")} || S <- ["banana", "an", "x"]]),
    ?T(str_empty_sub, string:str("abc", "")),
    ?T(span_cspan, [{string:span(S, "ab"), string:cspan(S, "ab")} || S <- ["abcab", "cab", ""]]),
    ?T(substr, [string:substr("Hello", 2), string:substr("Hello", 2, 3), string:substr("Hello", 6)]),
    ?T(substr_bad, string:substr("Hello", 7)),
    ?T(tokens, [string:tokens(S, " ,") || S <- ["a b,c", "  ", "", ",a,,b,"]]),
    ?T(join, [string:join(L, "-") || L <- [[], ["a"], ["a", "b", "c"]]]),
    ?T(chars, [string:chars($x, 3), string:chars($x, 0), string:chars($x, 2, "end")]),
    ?T(copies, [string:copies("ab", 0), string:copies("ab", 3)]),
    ?T(words, [string:words(S) || S <- ["", "one", " two  words ", "a b c d"]]),
    ?T(words_char, string:words("a,b,,c", $,)),
    ?T(sub_word, [string:sub_word(" a bb ccc ", N) || N <- [1, 2, 3, 4]]),
    ?T(strip, [string:strip("  x  "), string:strip("  x  ", left), string:strip("  x  ", right),
               string:strip("xxaxx", both, $x)]),
    ?T(left_right_centre, [string:left("abc", 5), string:left("abcdef", 3), string:right("abc", 5, $.),
                           string:right("abcdef", 3), string:centre("abc", 7, $*), string:centre("abcdef", 3)]),
    ?T(sub_string, [string:sub_string("Hello World", 7), string:sub_string("Hello World", 1, 5)]),
    ?T(to_integer, [string:to_integer(S) || S <- ["12", "-3x", "+4", "x", "", "1.5"]]),
    ?T(to_float, [string:to_float(S) || S <- ["1.5", "1.5e3rest", "-0.5", "1", "1.", "x"]]),
    ?T(to_upper_lower, [string:to_upper("abcÅé"), string:to_lower("ABCÅÉ"), string:to_upper($z), string:to_lower($Z)]),
    ok.
