-module(records).
-export([main/0]).

-record(point, {x = 0, y = 0, label}).
-record(box, {tl = #point{}, br = #point{x = 1, y = 1}, tags = []}).

main() ->
    P = #point{x = 3, y = 4},
    erlang:display(P),
    erlang:display(P#point.x + P#point.y),
    erlang:display(P#point{label = origin}),
    erlang:display(#box{}),
    B = #box{tags = [a]},
    erlang:display(B#box.br#point.x),
    erlang:display((B#box.tl)#point{y = 9}),
    erlang:display(record_info(fields, point)),
    erlang:display(record_info(size, box)),
    erlang:display(is_record(P, point)),
    erlang:display(is_record(P, box)),
    erlang:display(is_record(P, point, 4)),
    erlang:display(match(P)),
    erlang:display(match(#point{x = 1})),
    erlang:display(show(fun() -> (id(notarecord))#point.x end)),
    erlang:display(show(fun() -> (id(B))#point.x end)),
    erlang:display(show(fun() -> (id(B))#point{x = 1} end)),
    erlang:display([X || #point{x = X} <- [P, #point{x = 7}, other]]),
    ok.

match(#point{x = 3, y = Y}) -> {three, Y};
match(#point{x = X}) -> {other, X}.

show(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.
