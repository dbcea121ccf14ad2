-module(re_compile_errors).
-export([main/0]).

%% re:compile/1,2: PCRE's error messages and offsets, the compiled-pattern tuple, bad arguments.
main() ->
    Patterns = [
        "(", ")", "a)", "(a", "((a)", "[a", "[", "[]", "[^]", "a{2,1}", "a{99999}", "a{1,99999}",
        "*", "+", "?", "x**", "a{3}{4}", "a|*", "(*)", "^*", "\\b*", "a?+", "a**?", "{3}",
        "(?<n>a)(?<n>b)", "(?P<n>a)(?'n'b)", "\\", "abc\\", "(?P<1a>x)", "(?<>a)", "(?<", "(?P<a",
        "(?'a", "(?P", "(?Px)", "[z-a]", "[a-\\d]", "[\\d-z]", "(?z)", "(?i", "(?i-", "(?i-i-)",
        "\\k<q>", "(a)\\k<zz>x", "\\k", "(a)\\2", "(a)\\g{2}", "\\g{0}", "\\g", "(?<n>a", "(?#abc",
        "(?#abc)x", "[[:foo:]]", "[[:alpha:]", "[[.a.]]", "[[=a=]]", "[:alpha:]", "\\c", "\\ca",
        "\\8", "\\9", "\\400", "\\o{400}", "\\o{}", "\\x{100}", "\\x{zz}", "\\xzz", "\\u", "\\U",
        "\\L", "\\l", "\\N{x}", "\\N", "(?<=a+)b", "(?<=a|bc)x", "(?<=a(b|cd))x", "(?<=a\\d{2})x",
        "(?<=a\\d{2,3})x", "(?<=\\1)(a)", "(?<=ab|c(?:d|e))x", "(?<!x*)y", "\\p{Foo}", "\\p{Greek}",
        "\\pL", "\\p{L&}", "\\p{^Lu}", "\\p", "\\p{Lu", "(*FOO)", "(*FAIL)", "(*F)", "(*UTF8)a",
        "(*CRLF)a", "(*LIMIT_MATCH=10)a", "a(?=b)*", "(?:)", "()", "(?|(a)|(b))", "(?|(a)|(b)(c))",
        "a{,3}", "a{", "a{1", "a{1,", "x{2}{", "[a-z", "[\\", "\\Q(", "\\Qa\\E*", "a\\E", "(?i)(?-i)a",
        "(?x) a b # c", "(?x)[ ]", "(?s).", "(?m)^", "(?U)a+", "(?J)(?<n>a)|(?<n>b)", "(?X)a"
    ],
    lists:foreach(fun(P) -> c(P, []) end, Patterns),
    WithOptions = [
        {"(?<n>a)(?<n>b)", [dupnames]},
        {"\\x{100}", [unicode]},
        {"\\x{110000}", [unicode]},
        {"\\x{d800}", [unicode]},
        {"\\400", [unicode]},
        {<<255>>, [unicode]},
        {<<"a", 16#C3>>, [unicode]},
        {[233], [unicode]},
        {[1000], [unicode]},
        {"a b", [extended]},
        {"a # x", [extended, {newline, crlf}]},
        {"a", [{newline, crlf}]},
        {"a", [{newline, any}]},
        {"a", [{newline, anycrlf}]},
        {"a", [{newline, cr}]},
        {"a", [{newline, lf}]},
        {"a", [anchored, bsr_anycrlf, bsr_unicode]},
        {"a", [caseless, multiline, dotall, extended, firstline, dollar_endonly, ungreedy,
               no_auto_capture, ucp, no_start_optimize, never_utf]},
        {"(a)(b)", [no_auto_capture]},
        {"(a)(?<x>b)", [no_auto_capture]},
        {"(*UTF8)a", []},
        {"(*ANYCRLF)a", []},
        {"(*CR)(*LF)a", []}
    ],
    lists:foreach(fun({P, O}) -> c(P, O) end, WithOptions),
    Bad = [
        {foo, []}, {"a", foo}, {"a", [foo]}, {"a", [global]}, {"a", [notbol]}, {"a", [{capture, all}]},
        {"a", [{offset, 1}]}, {"a", [report_errors]}, {"a", [{newline, foo}]}, {"a", [{newline, nul}]},
        {[1000], []}, {[-1], []}, {<<1:1>>, []}, {["a" | b], []}, {"a", [unicode | x]}, {1, [unicode]},
        {"a", {caseless}}
    ],
    lists:foreach(fun({P, O}) -> c(P, O) end, Bad),
    io:format("compile/1 ~p~n", [shape(re:compile("(a)(b)"))]),
    io:format("compile/1 error ~p~n", [re:compile("(a")]),
    io:format("compile/1 badarg ~p~n", [try re:compile(a) catch C:E -> {C, E} end]),
    {ok, MP} = re:compile("(?<year>\\d+)-(?<mon>\\d+)|(?<x>z)"),
    io:format("inspect ~p~n", [re:inspect(MP, namelist)]),
    io:format("inspect none ~p~n", [re:inspect(element(2, re:compile("a")), namelist)]),
    io:format("inspect dup ~p~n", [re:inspect(element(2, re:compile("(?<n>a)(?<n>b)(?<a>c)", [dupnames])), namelist)]),
    io:format("inspect bad item ~p~n", [try re:inspect(MP, foo) catch C2:E2 -> {C2, E2} end]),
    io:format("inspect bad mp ~p~n", [try re:inspect({re_pattern, 0, 0, 0, <<>>}, namelist) catch C3:E3 -> {C3, E3} end]),
    io:format("inspect not mp ~p~n", [try re:inspect("a", namelist) catch C4:E4 -> {C4, E4} end]),
    ok.

c(P, O) ->
    Res = try shape(re:compile(P, O)) catch C:E -> {C, E} end,
    io:format("~p ~p -> ~p~n", [P, O, Res]).

%% The compiled binary is PCRE's bytecode on erl: only the tuple's other fields are comparable.
shape({ok, {re_pattern, N, U, CRLF, Bin}}) when is_binary(Bin) -> {ok, N, U, CRLF};
shape(Other) -> Other.
