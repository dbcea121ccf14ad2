-module(stdlib_erl_eval).
-export([main/0, id/1]).

id(X) -> X.

%% Scanning, parsing and evaluating Erlang text with erl_scan, erl_parse and erl_eval
%% (large pure-Erlang programs of OTP's own).
main() ->
    Exprs = ["1 + 2 * 3.", "[X * X || X <- lists:seq(1, 5)].", "{a, \"b\", <<\"c\">>, 1.5e3}.",
             "case 3 of 1 -> one; N when N > 2 -> {big, N} end.", "fun(X) -> X + 1 end(41).",
             "#{a => 1, b => [2]}.", "lists:foldl(fun(X, A) -> X + A end, 0, [1, 2, 3]).",
             "try 1 / 0 catch error:R -> R end.", "begin A = 5, B = A * 2, {A, B} end.",
             "<< <<(C + 1)>> || <<C>> <= <<\"HAL\">> >>.", "2#1010 + 16#ff + $a.",
             "X = 3, Y = X + 1, [X, Y].", "erlang:atom_to_list(hello).",
             "[H | T] = [1, 2, 3], {H, T}.", "receive after 0 -> timeout end.",
             "(fun F(0) -> 1; F(N) -> N * F(N - 1) end)(20).", "1 bsl 70 div 3.",
             "\"str\" ++ [$s].", "not (true andalso false).", "element(2, {a, b, c}).",
             "[A || {A, 1} <- [{x, 1}, {y, 2}, {z, 1}]].", "maps:get(k, #{k => v}).",
             "if 1 > 2 -> a; true -> b end.", "catch throw(x).", "1 / 0.", "undefined_fun().",
             "a = b.", "lists:nth(0, []).", "1 +.", "\"unterminated."],
    [io:format("~s => ~p~n", [S, eval(S)]) || S <- Exprs],
    io:format("tokens: ~p~n", [element(2, erl_scan:string("f(X) -> X + 1. % comment"))]),
    io:format("tokens_loc: ~p~n", [element(2, erl_scan:string("a\n  b", {1, 1}))]),
    io:format("scan_error: ~p~n", [erl_scan:string("a 'b")]),
    io:format("reserved: ~p~n", [[erl_scan:reserved_word(W) || W <- ['case', foo, 'maybe']]]),
    {ok, Toks, _} = erl_scan:string("-module(m). f(X) -> {ok, X}."),
    io:format("forms: ~p~n", [parse_forms(Toks)]),
    io:format("pp_expr: ~s~n", [erl_pp:expr(hd(element(2, erl_parse:parse_exprs(element(2, erl_scan:string("case X of {a, B} -> B; _ -> [1, 2] end."))))))]),
    io:format("abstract: ~p~n", [erl_parse:abstract({a, [1, "s"], 2.5})]),
    io:format("normalise: ~p~n", [erl_parse:normalise(erl_parse:abstract(#{k => [v]}))]),
    ok.

eval(S) ->
    case erl_scan:string(S) of
        {ok, Toks, _} ->
            case erl_parse:parse_exprs(Toks) of
                {ok, Es} ->
                    try erl_eval:exprs(Es, erl_eval:new_bindings()) of
                        {value, V, _} -> {value, V}
                    catch C:R -> {C, strip(R)}
                    end;
                {error, {_, Mod, Msg}} -> {parse_error, lists:flatten(Mod:format_error(Msg))}
            end;
        {error, {_, Mod, Msg}, _} -> {scan_error, lists:flatten(Mod:format_error(Msg))}
    end.

strip({undef, _}) -> undef_with_info;
strip(R) -> R.

parse_forms([]) -> [];
parse_forms(Toks) ->
    {Form, Rest} = split_dot(Toks, []),
    {ok, F} = erl_parse:parse_form(Form),
    [F | parse_forms(Rest)].

split_dot([{dot, _} = D | Rest], Acc) -> {lists:reverse([D | Acc]), Rest};
split_dot([T | Rest], Acc) -> split_dot(Rest, [T | Acc]).
