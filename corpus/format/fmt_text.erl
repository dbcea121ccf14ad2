-module(fmt_text).
-export([main/0, id/1]).

id(X) -> X.

%% ~s ~ts ~c ~i ~n ~~ and friends with widths, precisions, pad characters, adjustment.
main() ->
    Cases = [
        {"~s", ["hello"]}, {"~s", [<<"bin">>]}, {"~s", [hello]}, {"~s", [["deep", [$l, "ist"]]]},
        {"~10s|", ["abc"]}, {"~-10s|", ["abc"]}, {"~.2s|", ["abcdef"]}, {"~10.2s|", ["abcdef"]},
        {"~-10.2s|", ["abcdef"]}, {"~10.2.*s|", ["abcdef"]}, {"~3s|", ["abcdef"]},
        {"~10.3.xs|", ["abcdef"]}, {"~.0s|", ["abc"]}, {"~s", [""]}, {"~10s|", [<<"bin">>]},
        {"~ts", ["héllo"]}, {"~ts", [[8364, 97]]}, {"~ts", [<<"€"/utf8>>]}, {"~10ts|", [[8364]]},
        {"~s", [[8364]]}, {"~s", [<<"€"/utf8>>]}, {"~ts", [<<255>>]}, {"~s", [<<255>>]},
        {"~c", [$a]}, {"~5c|", [$a]}, {"~-5c|", [$a]}, {"~.3c|", [$z]}, {"~5.3c|", [$z]},
        {"~c", [233]}, {"~tc", [8364]}, {"~c", [8364]}, {"~c", [a]},
        {"~i|~s", [ignored, "shown"]}, {"a~nb", []}, {"~~", []}, {"~5~|", []},
        {"~s ~s", ["one"]}, {"~s", ["a", "b"]}, {"~z", [1]}, {"~", []}, {"~s", [1]},
        {"~s", [[a]]}, {"~s", [[-1]]}, {"~s", [[1 | 2]]}, {"~p~n~p", [a, b]},
        {"~*s|", [6, "ab"]}, {"~-*s|", [6, "ab"]}, {"~.*s|", [1, "ab"]},
        {"~*.*.*s|", [6, 1, $., "ab"]}, {"~*s", [-3, "ab"]},
        {"tab:~s:end", ["\t"]}, {"nl:~s:end", ["a\nb"]}, {"ctrl:~s", [[0, 1, 127]]},
        {"~-12.5.#s|", ["xy"]}, {"~12.5.#s|", ["xy"]}
    ],
    [io:format("~p ~w => ~ts~n", [F, A, fmt(F, A)]) || {F, A} <- Cases],
    io:format("direct_s: ~s, ~10s|~-10s|~n", ["abc", "right", "left"]),
    io:format("direct_c: ~c~c~c~n", [$x, $y, $z]),
    io:fwrite("fwrite: ~p~n", [fwrite]),
    io:put_chars("put_chars\n"),
    io:put_chars(["put_chars ", <<"iolist">>, $\n]),
    io:nl(),
    io:write({write, [1, 2]}),
    io:nl(),
    io:format("no args~n"),
    io:format(<<"binary format ~p~n">>, [ok]),
    io:format(fmt_atom_format, []),
    io:nl(),
    io:format(standard_io, "to standard_io ~p~n", [1]),
    io:format(user, "to user ~p~n", [2]),
    ok.

fmt(F, A) ->
    try lists:flatten(io_lib:format(F, A))
    catch C:R -> lists:flatten(io_lib:format("~p", [{C, R}]))
    end.
