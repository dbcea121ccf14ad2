-module(maps_basic).
-export([main/0]).

main() ->
    M = #{a => 1, b => 2, "c" => [3]},
    out(M),
    out(M#{a := 10, d => 4}),
    #{a := A, b := B} = M,
    out({A, B}),
    out(maps:get(a, M)),
    out(maps:get(z, M, default)),
    out(maps:find(b, M)),
    out(maps:find(zz, M)),
    out(maps:keys(M)),
    out(maps:values(M)),
    out(maps:to_list(M)),
    out(maps:from_list([{x, 1}, {y, 2}, {x, 3}])),
    out(maps:put(k, v, M)),
    out(maps:remove(a, M)),
    out(maps:is_key(a, M)),
    out(map_size(M)),
    out(maps:merge(M, #{a => merged, e => 5})),
    out(maps:map(fun(_K, V) -> {V} end, #{p => 1, q => 2})),
    out(maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], #{p => 1, q => 2})),
    out(maps:filter(fun(_K, V) -> V > 1 end, #{p => 1, q => 2, r => 3})),
    out(maps:update_with(a, fun(V) -> V + 100 end, M)),
    out(maps:with([a, b], M)),
    out(maps:without([a, b], M)),
    out(maps:size(#{})),
    out(#{1 => a, 1.0 => b}),
    out(#{{1, 2} => x, [1] => y, <<"bin">> => z, 2 => w, atom => v}),
    Big = maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]),
    out(maps:get(33, Big)),
    out(lists:sort(maps:to_list(Big))),
    out(show(fun() -> maps:get(nokey, M) end)),
    out(show(fun() -> (id(notmap))#{a => 1} end)),
    out(show(fun() -> (id(M))#{nokey := 1} end)),
    out(show(fun() -> #{a := _} = id(#{b => 1}) end)),
    out(case M of #{a := 1, b := X} -> {matched, X}; _ -> nomatch end),
    out(case M of #{q := _} -> yes; #{} -> empty_pattern end),
    out(is_map(M)),
    ok.

show(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.

out(T) -> io:format("~w~n", [T]).
