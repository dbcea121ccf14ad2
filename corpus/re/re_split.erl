-module(re_split).
-export([main/0]).

%% re:split/2,3: parts, trim, group, return types, empty matches.
main() ->
    Cases = [
        {"a,b,c", ",", []},
        {"a,b,c", ",", [{return, list}]},
        {"a,b,c", ",", [{return, binary}]},
        {"a,b,,c,,", ",", [{return, list}]},
        {"a,b,,c,,", ",", [trim, {return, list}]},
        {"a,b,,c,,", ",", [{parts, 2}, {return, list}]},
        {"a,b,,c,,", ",", [{parts, 0}, {return, list}]},
        {"a,b,,c,,", ",", [{parts, infinity}, {return, list}]},
        {"a,b,,c,,", ",", [{parts, 10}, {return, list}]},
        {"a1b2c3", "\\d", [{return, list}]},
        {"a1b2c3", "(\\d)", [{return, list}]},
        {"a1b2c3", "(\\d)", [group, {return, list}]},
        {"a1b2c3", "(\\d)(x)?", [{return, list}]},
        {"abc", "", [{return, list}]},
        {"abc", "x*", [{return, list}]},
        {"abc", "b*", [{return, list}]},
        {"", ",", [{return, list}]},
        {"", ",", [trim, {return, list}]},
        {",,,", ",", [{return, list}]},
        {",,,", ",", [trim, {return, list}]},
        {"line1\nline2\r\nline3", "\\R", [{return, list}]},
        {"a b\tc  d", "\\s+", [{return, binary}]},
        {"CamelCaseWord", "(?=[A-Z])", [{return, list}]},
        {"aXbxc", "x", [caseless, {return, list}]},
        {"a.b", ".", [{return, list}]},
        {"a.b", "\\.", [{return, list}]},
        {<<"k1=v1;k2=v2">>, <<"[=;]">>, [{return, binary}]},
        {"one  two", " ", [{return, list}, trim]},
        {"abc", "b", [{return, list}, {parts, 1}]},
        {"a\r\nb", "", [{newline, crlf}, {return, list}]},
        {"a,b;c", "[,;]", [group, {return, list}]},
        {"x", "(a)|x", [{return, list}]}
    ],
    lists:foreach(fun({S, R, O}) -> t(S, R, O) end, Cases),
    Errors = [
        {abc, ",", []},
        {"a,b", "(", []},
        {"a,b", ",", [global]},
        {"a,b", ",", [{parts, -1}]},
        {"a,b", ",", [{capture, all}]},
        {"a,b", ",", [{return, foo}]},
        {"a,b", ",", [bogus]},
        {"a,b", ",", nolist}
    ],
    lists:foreach(fun({S, R, O}) -> t(S, R, O) end, Errors),
    io:format("split/2 ~p~n", [[iolist_to_binary(P) || P <- re:split("a b c", " ")]]),
    {ok, MP} = re:compile(";"),
    io:format("compiled ~p~n", [re:split("x;y;z", MP, [{return, list}])]),
    ok.

t(S, R, O) ->
    Res = try [flat(O, P) || P <- re:split(S, R, O)] catch C:E -> {C, E} end,
    io:format("~p ~p ~p -> ~p~n", [S, R, O, Res]).

flat(O, P) when is_list(P) ->
    case lists:member(group, O) of
        true -> [flat(lists:delete(group, O), Q) || Q <- P];
        false ->
            case lists:keyfind(return, 1, O) of
                {return, list} -> P;
                _ -> {iodata, iolist_to_binary(P)}
            end
    end;
flat(_, P) -> P.
