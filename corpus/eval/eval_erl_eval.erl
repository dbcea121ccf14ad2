-module(eval_erl_eval).
-export([main/0, local_handler/2, nonlocal_handler/2, value_handler/2]).

%% erl_eval beyond single expressions: bindings in and out, funs made by the evaluator and
%% called from compiled code, local and non-local function handlers, value handlers,
%% expr/exprs/expr_list, the errors the evaluator raises, and erl_scan/erl_parse round trips
%% (text -> tokens -> forms -> text).

p(Label, V) -> io:format("~ts: ~p~n", [Label, V]).

parse(S) ->
    {ok, Toks, _} = erl_scan:string(S),
    {ok, Es} = erl_parse:parse_exprs(Toks),
    Es.

%% What an evaluation gave: the value and the sorted bindings, or the exception without
%% the evaluator's own frames.
run(S, B) -> run(S, B, none).
run(S, B, LFH) -> run(S, B, LFH, none).
run(S, B, LFH, NLFH) ->
    try erl_eval:exprs(parse(S), B, LFH, NLFH) of
        {value, V, B2} -> {value, show(V), show(lists:sort(erl_eval:bindings(B2)))}
    catch C:R -> {C, show(R)}
    end.

show(F) when is_function(F) -> {'fun', element(2, erlang:fun_info(F, arity))};
show(T) when is_tuple(T) -> list_to_tuple([show(E) || E <- tuple_to_list(T)]);
show([H | T]) -> [show(H) | show(T)];
show(M) when is_map(M) -> maps:from_list([{show(K), show(V)} || {K, V} <- maps:to_list(M)]);
show(X) -> X.

local_handler(double, [X]) -> 2 * X;
local_handler(add, [X, Y]) -> X + Y;
local_handler(boom, []) -> error(local_boom);
local_handler(Name, Args) -> {no_local, Name, length(Args)}.

nonlocal_handler({lists, reverse}, [L]) -> {intercepted, lists:reverse(L)};
nonlocal_handler({erlang, F}, Args) -> apply(erlang, F, Args);
nonlocal_handler(Fun, Args) when is_function(Fun) -> {fun_call, apply(Fun, Args)};
nonlocal_handler({M, F}, Args) -> {denied, M, F, length(Args)}.

value_handler(Name, Args) -> {value_handler, Name, Args}.

main() ->
    B0 = erl_eval:new_bindings(),
    B1 = erl_eval:add_binding('X', 10, erl_eval:add_binding('Y', [a, b], B0)),
    p("bindings", lists:sort(erl_eval:bindings(B1))),
    p("binding", {erl_eval:binding('X', B1), erl_eval:binding('Z', B1)}),
    p("del_binding", erl_eval:bindings(erl_eval:del_binding('X', B1))),
    Cases = ["X + 1.", "Z = X * 2, {Z, Y}.", "[H | _] = Y, H.", "X = 10.", "X = 11.",
             "{A, B} = {1, 2}, A + B.", "F = fun(N) -> N + X end, F(5).",
             "F = fun G(0) -> []; G(N) -> [N | G(N - 1)] end, F(3).",
             "lists:map(fun(E) -> {E} end, Y).", "<<V:16>> = <<1, 2>>, V.",
             "case Y of [a | R] -> R; _ -> no end.", "#{k := K} = #{k => X}, K.",
             "M = #{X => Y}, M#{X := z}.", "try throw(t) catch throw:T -> {caught, T} after ok end.",
             "receive M -> M after 0 -> empty end.", "fun erlang:abs/1(-3).",
             "[{I, J} || I <- [1, 2], J <- Y, I > 1].", "<< <<B>> || <<B>> <= <<1, 2, 3>>, B > 1 >>.",
             "begin Q = 1, Q end + 1.", "Q.", "_ = X, ok.", "1 + a.", "error(my_error).",
             "exit(my_exit).", "throw(my_throw).", "{1, 2} = {1, 3}.", "case 5 of 1 -> a end.",
             "if X > 100 -> big end.", "F = fun(0) -> zero end, F(1).", "(fun(A) -> A end)(1, 2).",
             "nosuch:fn().", "X(1).", "Y ++ X.", "erlang:element(5, {1}).", "try error(e) of _ -> ok catch error:e -> caught end.",
             "maybe_undefined_local(1).", "[X || X <- Y].", "fun(X) -> X end(3).",
             "A = 1, fun() -> A = 2 end().", "lists:sum([X, 1.5]).", "float(X) / 4.",
             "binary_to_list(<<\"abc\">>) ++ \"d\".", "<<X/utf8, \"€\"/utf8>>.", "'and'(true, false)."],
    [p(S, run(S, B1)) || S <- Cases],
    p("fun out of the evaluator", begin
                                        {value, F, _} = erl_eval:exprs(parse("fun(A, B) -> A * B + X end."), B1),
                                        {erlang:fun_info(F, arity), F(3, 4), try F(1) catch C:R -> {C, show(R)} end}
                                    end),
    p("fun with closure over bindings", begin
                                            {value, G, _} = erl_eval:exprs(parse("fun() -> {X, Y} end."), B1),
                                            G()
                                        end),
    LFH = {value, fun ?MODULE:local_handler/2},
    p("local handler", run("double(X) + add(1, 2).", B1, LFH)),
    p("local handler unknown", run("foo(1, 2, 3).", B1, LFH)),
    p("local handler raises", run("boom().", B1, LFH)),
    p("local handler eval", run("f(1).", B1, {eval, fun(Name, Args, Bs) -> {value, {eval, Name, length(Args)}, Bs} end})),
    p("no local handler", run("double(X).", B1)),
    NLFH = {value, fun ?MODULE:nonlocal_handler/2},
    p("non-local handler", run("lists:reverse(Y).", B1, none, NLFH)),
    p("non-local denied", run("os:cmd(\"ls\").", B1, none, NLFH)),
    p("non-local erlang", run("length(Y).", B1, none, NLFH)),
    p("non-local operator", run("X + 1.", B1, none, NLFH)),
    p("non-local fun call", run("F = fun(A) -> A end, F(9).", B1, none, NLFH)),
    p("value handler", run("g(1, 2).", B1, {value, fun ?MODULE:value_handler/2})),
    p("expr", element(2, erl_eval:expr(hd(parse("X * X.")), B1))),
    p("expr_list", element(1, erl_eval:expr_list(parse("1, X, [Y]."), B1))),
    p("exprs as value", erl_eval:exprs(parse("1, 2."), [])),
    p("orddict bindings", element(2, erl_eval:exprs(parse("A = 1, A + 1."), orddict:new()))),
    p("map bindings", begin {value, V, MB} = erl_eval:exprs(parse("A = 1, A + X."), #{'X' => 5}), {V, lists:sort(erl_eval:bindings(MB))} end),
    p("is_constant_expr", [erl_eval:is_constant_expr(hd(parse(S))) || S <- ["1 + 2.", "{a, [1.0]}.", "X.", "f(1)."]]),
    p("partial_eval", erl_pp:expr(erl_eval:partial_eval(hd(parse("1 + 2 * 3."))))),
    round_trips(),
    ok.

round_trips() ->
    Forms = "-module(rt).\n-export([f/1]).\n-record(r, {a = 1, b}).\n"
            "f(X) when is_integer(X), X > 0 -> #r{b = X};\n"
            "f(<<A:8, Rest/binary>>) -> {A, Rest};\n"
            "f(L) -> [E || E <- L, E =/= 0].\n"
            "g() -> try x() of V -> V catch _:_ -> ok after done end.\n"
            "h(M) -> M#{a := 1}.\n",
    {ok, Toks, End} = erl_scan:string(Forms),
    p("tokens", length(Toks)),
    p("end location", End),
    Parsed = split_forms(Toks),
    p("forms", length(Parsed)),
    Printed = lists:flatten([erl_pp:form(F) || F <- Parsed]),
    io:format("printed:~n~s", [Printed]),
    {ok, Toks2, _} = erl_scan:string(Printed),
    Parsed2 = split_forms(Toks2),
    p("reparse equal (modulo lines)", strip_lines(Parsed) =:= strip_lines(Parsed2)),
    p("text column tokens", element(2, erl_scan:string("foo(Bar)", {1, 1}, [text]))),
    p("tokens to text", erl_scan:text(hd(element(2, erl_scan:string("foo", 1, [text]))))),
    p("scan comments", element(2, erl_scan:string("a % c\nb", 1, [return_comments]))),
    p("scan white", length(element(2, erl_scan:string("a  b\n", 1, [return_white_spaces])))),
    p("tokens continuation", tokens_by_pieces(["f(", "X) -", "> X", ". g() -> ok", "."])),
    p("parse_term", erl_parse:parse_term(element(2, erl_scan:string("{a, [1, 2.5, \"s\"], #{k => <<\"v\">>}}.")))),
    p("parse_term error", element(1, erl_parse:parse_term(element(2, erl_scan:string("{a, X}."))))),
    p("parse_exprs error", erl_parse:parse_exprs(element(2, erl_scan:string("1 + .")))),
    p("parse_form error", erl_parse:parse_form(element(2, erl_scan:string("f( -> 1.")))),
    p("format_error", lists:flatten(erl_parse:format_error(element(3, element(2, erl_parse:parse_exprs(element(2, erl_scan:string("1 + ."))))))) ),
    p("scan format_error", lists:flatten(erl_scan:format_error({string, $", "abc"}))),
    p("abstract round trip", [erl_parse:normalise(erl_parse:abstract(T)) =:= T || T <- [1, -1, 2.5, atom, "str", <<"bin">>, [a | b], {1, [2]}, #{a => [b]}, <<1:3>>]]),
    p("tokens of abstract", erl_parse:tokens(erl_parse:abstract({a, 1}))),
    p("anno", [erl_anno:line(erl_anno:new(5)), erl_anno:location(erl_anno:new({3, 7})), erl_anno:column(erl_anno:new({3, 7}))]),
    p("map_anno", erl_parse:map_anno(fun(_) -> erl_anno:new(0) end, hd(element(2, erl_parse:parse_exprs(element(2, erl_scan:string("{x, Y}."))))))),
    p("fold_anno", erl_parse:fold_anno(fun(A, Acc) -> [erl_anno:line(A) | Acc] end, [], hd(element(2, erl_parse:parse_exprs(element(2, erl_scan:string("{x,\nY,\n\nz}.")))))) ).

split_forms(Toks) ->
    {Form, Rest} = lists:splitwith(fun({dot, _}) -> false; (_) -> true end, Toks),
    case Rest of
        [Dot | More] ->
            {ok, F} = erl_parse:parse_form(Form ++ [Dot]),
            [F | split_forms(More)];
        [] -> []
    end.

strip_lines(T) -> erl_parse:map_anno(fun(_) -> erl_anno:new(0) end, T).

tokens_by_pieces(Pieces) ->
    {Done, _} = lists:foldl(fun(P, {Acc, Cont}) ->
                                    case erl_scan:tokens(Cont, P, 1) of
                                        {done, {ok, Ts, _}, Left} -> {[length(Ts) | Acc], tokens_left(Left)};
                                        {more, C} -> {Acc, C}
                                    end
                            end, {[], []}, Pieces),
    lists:reverse(Done).

tokens_left(eof) -> [];
tokens_left(Left) -> case erl_scan:tokens([], Left, 1) of {more, C} -> C; _ -> [] end.
