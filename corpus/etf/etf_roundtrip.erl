-module(etf_roundtrip).
-export([main/0, id/1]).

id(X) -> X.

%% term_to_binary bytes for non-pid terms, and binary_to_term back.
main() ->
    Terms = [0, 1, 255, 256, -1, 16#7FFFFFF, 16#8000000, -16#8000000, -16#8000001,
             1 bsl 31, 1 bsl 32, 1 bsl 64, -(1 bsl 64), 1 bsl 2100, 1.0, -0.0, 0.1, 1.0e300,
             a, '', 'é', '€', true, list_to_atom(lists:duplicate(255, $a)),
             [], [1, 2, 3], "abc", [256], [1 | 2], [a, [b, [c]]], lists:seq(1, 300),
             {}, {a}, list_to_tuple(lists:seq(1, 256)), #{}, #{a => 1, b => [2]},
             maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
             <<>>, <<1, 2, 3>>, <<1:1>>, <<255, 7:3>>, fun lists:map/2,
             {tag, "str", <<"bin">>, 1.5, -7, [], #{k => {v}}}],
    [begin
         B = term_to_binary(T),
         io:format("~w~n  => ~w ~w~n", [T, B, binary_to_term(B) =:= T])
     end || T <- Terms],
    ok.
