-module(re_replace).
-export([main/0]).

%% re:replace/3,4 (Erlang code in re.beam over re:run): replacement syntax, global, return types.
main() ->
    Cases = [
        {"abcd", "c", "[&]", []},
        {"abcd", "c", "[\\&]", []},
        {"abcd", "c", "[\\\\]", []},
        {"abcd", "(b)(c)", "\\2\\1", []},
        {"abcd", "(b)(c)", "\\g2\\g1", []},
        {"abcd", "(b)(c)", "\\g{2}x", []},
        {"abcd", "(b)(c)", "\\0", []},
        {"abcd", "(b)(c)", "\\3", []},
        {"abcd", "(?<n>b)", "<\\g{n}>", []},
        {"abcd", "b", "x", [{return, list}]},
        {"abcd", "b", "x", [{return, binary}]},
        {"abcd", "b", "x", [{return, iodata}]},
        {"abcd", "z", "x", [{return, list}]},
        {"abcd", "z", "x", []},
        {"aaaa", "a", "b", [global, {return, list}]},
        {"aaaa", "a", "b", [{return, list}]},
        {"abc", "", "-", [global, {return, list}]},
        {"abc", "x*", "-", [global, {return, list}]},
        {"abc", "b*", "-", [global, {return, list}]},
        {"hello world", "o", "0", [global, {return, binary}]},
        {"Hello World", "o", "0", [global, caseless, {return, binary}]},
        {"Hello World", "O", "0", [global, caseless, {return, binary}]},
        {"a.b.c", "\\.", "", [global, {return, list}]},
        {"a\nb\nc", "^", "> ", [global, multiline, {return, list}]},
        {"a\nb\nc", "$", ";", [global, multiline, {return, list}]},
        {"a\r\nb\r\nc", "$", ";", [global, multiline, {newline, crlf}, {return, list}]},
        {"2024-06-01", "(\\d+)-(\\d+)-(\\d+)", "\\3/\\2/\\1", [{return, list}]},
        {<<"abc">>, <<"b">>, <<"B">>, [{return, binary}]},
        {["a", <<"b">>, "c"], "b", ["x", <<"y">>], [{return, list}]},
        {"abcabc", "b", "\\&\\&", [global, {return, list}]},
        {"abc", "b", "x", [{offset, 2}, {return, list}]},
        {"abcb", "b", "x", [{offset, 2}, global, {return, list}]},
        {"abc", "B", "x", [anchored, {return, list}]},
        {"abc", "a", "x", [anchored, {return, list}]},
        {"aaa", "a+?", "x", [ungreedy, {return, list}]},
        {"a b c", "\\s+", "", [global, {return, list}]},
        {"abc", "(?=b)", "^", [global, {return, list}]},
        {"abc", "\\b", "|", [global, {return, list}]},
        {"caf\x{E9} au lait", "\\w+", "<&>", [global, {return, list}]},
        {"abc", "(a)|z", "[\\1]", [global, {return, list}]}
    ],
    lists:foreach(fun({S, R, Rep, O}) -> t(S, R, Rep, O) end, Cases),
    Errors = [
        {abc, "b", "x", []},
        {"abc", "(", "x", []},
        {"abc", "b", x, []},
        {"abc", "b", "x", [bogus]},
        {"abc", "b", "x", [{return, bogus}]},
        {"abc", "b", "x", [{capture, all}]},
        {"abc", "b", "x", [report_errors]},
        {"abc", "b", "x", foo}
    ],
    lists:foreach(fun({S, R, Rep, O}) -> t(S, R, Rep, O) end, Errors),
    io:format("replace/3 ~p~n", [iolist_to_binary(re:replace("abc", "b", "x"))]),
    io:format("replace/3 bad ~p~n", [try re:replace("abc", "(", "x") catch C:E -> {C, E} end]),
    {ok, MP} = re:compile("(b)"),
    io:format("compiled ~p~n", [re:replace("abcb", MP, "[\\1]", [global, {return, list}])]),
    ok.

t(S, R, Rep, O) ->
    Res = try re:replace(S, R, Rep, O) of
              Out when is_list(Out) -> Out;
              Out -> Out
          catch C:E -> {C, E} end,
    io:format("~p ~p ~p ~p -> ~p~n", [S, R, Rep, O, flat(O, Res)]).

%% iodata results are compared flattened: the exact nesting is re.erl's own business.
flat(O, Res) when is_list(Res) ->
    case lists:keyfind(return, 1, O) of
        {return, list} -> Res;
        _ -> {iodata, iolist_to_binary(Res)}
    end;
flat(_, Res) -> Res.
