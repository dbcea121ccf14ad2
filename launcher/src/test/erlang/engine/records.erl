-module(records).
-export([main/0]).

-record(point, {x = 0, y = 0, label}).
-record(box, {tl = #point{}, br = #point{x = 1, y = 1}, tags = []}).

main() ->
    P = #point{x = 3, y = 4},
    out(P),
    out(P#point.x + P#point.y),
    out(P#point{label = origin}),
    out(#box{}),
    B = #box{tags = [a]},
    out(B#box.br#point.x),
    out((B#box.tl)#point{y = 9}),
    out(record_info(fields, point)),
    out(record_info(size, box)),
    out(is_record(P, point)),
    out(is_record(P, box)),
    out(is_record(P, point, 4)),
    out(match(P)),
    out(match(#point{x = 1})),
    out(show(fun() -> (id(notarecord))#point.x end)),
    out(show(fun() -> (id(B))#point.x end)),
    out(show(fun() -> (id(B))#point{x = 1} end)),
    out([X || #point{x = X} <- [P, #point{x = 7}, other]]),
    ok.

match(#point{x = 3, y = Y}) -> {three, Y};
match(#point{x = X}) -> {other, X}.

show(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.

out(T) -> io:format("~w~n", [T]).
