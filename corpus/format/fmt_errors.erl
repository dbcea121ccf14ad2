-module(fmt_errors).
-export([main/0, id/1]).

id(X) -> X.

%% Malformed format strings and argument mismatches: io_lib:format raises badarg, and
%% io:format reports it from the io module.
main() ->
    Cases = [{"~", []}, {"~q", [1]}, {"~p", []}, {"~p", [1, 2]}, {"~d", [1]}, {"~s", [1]},
             {"~s", [{a}]}, {"~c", [-1]}, {"~c", [1.5]}, {"~b", [a]}, {"~.1b", [1]}, {"~.37b", [1]},
             {"~e", [1]}, {"~f", ["1.0"]}, {"~g", [a]}, {"~10.-2f", [1.0]}, {"~*p", [a, x]},
             {"~*p", [1]}, {"~.*p", [-1, x]}, {"~P", [x]}, {"~P", [x, a]}, {"~W", [x, -1]},
             {"~i", []}, {"~x", [1, 2]}, {"~X", [1, "pre"]}, {"~#", [a]}, {"~+", [1.0]},
             {"~ts", [[-1]]}, {"~ts", [<<255, 255>>]}, {"~a", [1]}, {"~10.5.5s", ["x"]},
             {"~lp", [x]}, {"~kp", [x]}, {"~tlp", [x]}, {"~n~n", []}, {"abc", [extra]},
             {id(notastring), []}, {["nested", ["~p"]], [1]}, {<<"~p bin">>, [1]}, {'~p atom', [1]}],
    [io:format("~p ~w => ~p~n", [F, A, run(F, A)]) || {F, A} <- Cases],
    io:format("io_format_badarg: ~p~n", [try io:format(id("~p ~p"), [only_one]) catch C:R:S -> {C, R, element(1, hd(S)), element(2, hd(S))} end]),
    io:format("io_fwrite_bad_format: ~p~n", [try io:fwrite(id(123), []) catch C2:R2 -> {C2, R2} end]),
    ok.

run(F, A) ->
    try lists:flatten(io_lib:format(F, A))
    catch C:R -> {C, R}
    end.
