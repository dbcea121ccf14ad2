-module(stdlib_erl_scan_unicode).
-export([main/0, id/1]).

id(X) -> X.

%% erl_scan on text with unicode strings, quoted atoms and character literals, numbers in
%% every notation, and its error tuples; tokens printed with ~w.
main() ->
    Inputs = ["\"grüße\" 'é' $€ $\\x{1F600}.", "16#FF 2#101 36#zz 1_000 1.5e-3 $a $\\n.",
              "'quoted atom' 'a\\'b' \"esc\\t\\\\\" .", "X_1 _Y Var@x.", "<< >> =:= =/= -> => := ... ..",
              "1e10", "'unterminated", "$", "0.5e", "16#", "\"\\x{110000}\"", "#{} #r{a = 1}."],
    [io:format("~p => ~w~n", [I, scan(id(I))]) || I <- Inputs],
    io:format("text_option: ~w~n", [erl_scan:string("foo(Bar)", 1, [text])]),
    io:format("return_comments: ~w~n", [erl_scan:string("a % c\nb", 1, [return_comments])]),
    io:format("category: ~w~n", [[erl_scan:category(T) || T <- element(2, erl_scan:string("a 1 \"s\" X ."))]]),
    ok.

scan(S) ->
    case erl_scan:string(S) of
        {ok, Toks, End} -> {ok, Toks, End};
        {error, {Loc, Mod, Desc}, End} -> {error, Loc, lists:flatten(Mod:format_error(Desc)), End}
    end.
