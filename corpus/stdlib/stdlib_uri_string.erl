-module(stdlib_uri_string).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    ?T(parse, uri_string:parse("https://user@example.com:8080/path/to?q=1&r=2#frag")),
    ?T(parse_bin, uri_string:parse(<<"http://example.com/a%20b">>)),
    ?T(parse_relative, uri_string:parse("../x/y?z")),
    ?T(parse_urn, uri_string:parse("urn:isbn:0451450523")),
    ?T(parse_ipv6, uri_string:parse("http://[::1]:80/")),
    ?T(parse_error, uri_string:parse("http://exa mple.com")),
    ?T(recompose, uri_string:recompose(#{scheme => "ftp", host => "h.org", path => "/f", port => 21})),
    ?T(normalize, uri_string:normalize("HTTP://Example.COM:80/a/./b/../c")),
    ?T(normalize_map, uri_string:normalize("https://x.org:443/%7euser", [return_map])),
    ?T(resolve, uri_string:resolve("../d?q", "http://a/b/c/e")),
    ?T(resolve_abs, uri_string:resolve("//other/x", "https://a/b")),
    ?T(transcode, uri_string:transcode(<<"foo%00%00%00%F6bar"/utf32>>, [{in_encoding, utf32}, {out_encoding, utf8}])),
    ?T(compose_query, uri_string:compose_query([{"foo bar", "1"}, {"city", "örebro"}])),
    ?T(compose_query_bin, uri_string:compose_query([{<<"a">>, <<"b c">>}, {<<"flag">>, true}])),
    ?T(dissect_query, uri_string:dissect_query("foo+bar=1&city=%C3%B6rebro&x")),
    ?T(dissect_query_bad, uri_string:dissect_query("a=%zz")),
    ?T(quote, uri_string:quote("a b/c?d")),
    ?T(unquote, uri_string:unquote("a%20b%2Fc")),
    ?T(allowed_characters_len, length(uri_string:allowed_characters())),
    ?T(percent_decode, uri_string:percent_decode("%41%42%43")),
    ok.
