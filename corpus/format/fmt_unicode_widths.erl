-module(fmt_unicode_widths).
-export([main/0, id/1]).

id(X) -> X.

%% Field widths, precisions and padding with ~ts, ~tp, ~tc and unicode pad characters;
%% output is shown as code points so the listing itself is ASCII.
main() ->
    Cases = [{"~10ts|", ["aé€"]}, {"~-10ts|", ["aé€"]}, {"~.2ts|", ["€€€"]}, {"~5.2ts|", [<<"é€x"/utf8>>]},
             {"~10.3.€ts|", ["ab"]}, {"~-8.2.·ts|", ["xyz"]}, {"~3tc|", [8364]}, {"~5.3.-tc|", [$x]},
             {"~20tp|", [["€", <<"é"/utf8>>]]}, {"~tp", ['€uro']}, {"~tw", ["€"]}, {"~tp", [[8364, 955]]},
             {"~ts", [[<<"a">>, [8364], <<"€"/utf8>>]]}, {"~12.4ts|", ["日本語テキスト"]},
             {"~-12ts|", ["日本"]}, {"~ts~ts", ["é", <<"é"/utf8>>]}, {"~.10tp", [lists:seq(945, 960)]},
             {"~tp", [{"λ", 'λ', <<"λ"/utf8>>}]}, {"~p", [{"λ", 'λ', <<"λ"/utf8>>}]},
             {"~w", [{"λ", 'λ', <<"λ"/utf8>>}]}],
    [io:format("~p => ~w~n", [F, run(F, A)]) || {F, A} <- Cases],
    ok.

run(F, A) ->
    try lists:flatten(io_lib:format(F, A))
    catch C:R -> {C, R}
    end.
