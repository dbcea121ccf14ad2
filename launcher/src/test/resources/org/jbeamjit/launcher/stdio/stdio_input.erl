%% Reads standard input through `user' (the test pipes the same bytes to erl and to jbeamjit).
-module(stdio_input).
-export([main/0]).

main() ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(io:get_line("prompt> ")),
    P(io:get_chars("", 3)),
    P(io:read("term: ")),
    P(io:get_line('')),
    P(io:fread("nums> ", "~d ~d")),
    P(io:get_line("")),
    P(io:setopts([{encoding, unicode}])),
    P(io:get_line("")),
    P(io:setopts([{encoding, latin1}])),
    P(io:get_line("")),
    P(io:get_line("")),
    P(io:get_chars("", 10)),
    P(io:read("")),
    ok.
