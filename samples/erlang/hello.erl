%% The smallest sample: `./jbeamjit disasm samples/erlang/hello.erl` shows its BEAM code.
-module(hello).
-export([main/1, greet/1]).

main(Args) ->
    [io:format("~s~n", [greet(A)]) || A <- ["world" | Args]],
    ok.

greet(Name) when is_list(Name) ->
    "Hello, " ++ Name ++ "!";
greet(Name) when is_binary(Name) ->
    greet(binary_to_list(Name)).
