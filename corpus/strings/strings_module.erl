-module(strings_module).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~tp: ~tp~n", [Label, R]).

%% The `string` module on lists and binaries.
main() ->
    S = id("  Hello, World!  "),
    B = id(<<"  Hello, World!  ">>),
    ?T(length, {string:length(S), string:length(B)}),
    ?T(trim, {string:trim(S), string:trim(B)}),
    ?T(trim_leading, string:trim(S, leading)),
    ?T(trim_trailing, string:trim(B, trailing)),
    ?T(trim_chars, string:trim(id("xxabcxx"), both, "x")),
    ?T(uppercase, {string:uppercase(S), string:uppercase(B)}),
    ?T(lowercase, string:lowercase(id("MiXeD 123"))),
    ?T(titlecase, string:titlecase(id("hello world"))),
    ?T(casefold, string:casefold(id("ÄBC"))),
    ?T(equal, {string:equal("abc", <<"abc">>), string:equal("abc", "ABC", true),
               string:equal("abc", "abd")}),
    ?T(is_empty, {string:is_empty(""), string:is_empty([[], <<>>]), string:is_empty(" ")}),
    ?T(reverse, string:reverse(id("abc"))),
    ?T(slice, {string:slice("Hello", 1, 3), string:slice(<<"Hello">>, 2)}),
    ?T(pad, {string:pad("ab", 5), string:pad("ab", 5, leading, $.), string:pad("ab", 6, both, "*")}),
    ?T(chomp, {string:chomp("line\n"), string:chomp(<<"line\r\n">>), string:chomp("x")}),
    ?T(split, {string:split("a,b,c", ","), string:split("a,b,c", ",", all),
               string:split(<<"a,b,c">>, ",", trailing)}),
    ?T(split_leading_empty, string:split(",a,", ",", all)),
    ?T(lexemes, string:lexemes(id("  a  b,c  "), " ,")),
    ?T(nth_lexeme, string:nth_lexeme("a b c d", 3, " ")),
    ?T(find, {string:find("hello world", "o"), string:find("hello world", "o", trailing),
              string:find("hello", "z")}),
    ?T(replace, {string:replace("a-b-c", "-", "+"), string:replace("a-b-c", "-", "+", all)}),
    ?T(prefix, {string:prefix("prefix_rest", "prefix_"), string:prefix("abc", "x")}),
    ?T(take, {string:take("aaabbb", "a"), string:take("aaabbb", "a", true),
              string:take("abc", "c", true, trailing)}),
    ?T(to_graphemes, string:to_graphemes(id("ab\r\nc"))),
    ?T(next_grapheme, string:next_grapheme(id(<<"abc">>))),
    ?T(next_codepoint, string:next_codepoint(id("xyz"))),
    ?T(jaro, string:jaro_similarity("martha", "marhta")),
    ?T(old_tokens, string:tokens("a b  c", " ")),
    ?T(old_join, string:join(["a", "b", "c"], ", ")),
    ?T(old_substr, {string:substr("Hello World", 7), string:substr("Hello World", 1, 5)}),
    ?T(old_str, {string:str("Hello", "ll"), string:rstr("hello hello", "ll"), string:str("x", "y")}),
    ?T(old_chr, {string:chr("hello", $l), string:rchr("hello", $l)}),
    ?T(old_strip, {string:strip("  x  "), string:strip("..x..", both, $.), string:left("ab", 4),
                   string:right("ab", 4, $0), string:centre("ab", 6)}),
    ?T(old_copies, string:copies("ab", 3)),
    ?T(old_words, {string:words("a b c"), string:sub_word("a b c", 2)}),
    ?T(old_to_upper, {string:to_upper("abc"), string:to_lower("ABC"), string:to_upper($a)}),
    ?T(old_span, {string:span("aabbcc", "ab"), string:cspan("aabbcc", "c")}),
    ?T(old_len, string:len("four")),
    ?T(concat, string:concat("ab", "cd")),
    ?T(list_deep_input, string:uppercase(id(["ab", <<"cd">>, $e]))),
    ?T(bad_input, string:length(id(atom))),
    ?T(bad_split, string:split(id(1), ",")),
    ok.
