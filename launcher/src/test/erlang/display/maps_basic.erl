-module(maps_basic).
-export([main/0]).

main() ->
    M = #{a => 1, b => 2, "c" => [3]},
    erlang:display(M),
    erlang:display(M#{a := 10, d => 4}),
    #{a := A, b := B} = M,
    erlang:display({A, B}),
    erlang:display(maps:get(a, M)),
    erlang:display(maps:get(z, M, default)),
    erlang:display(maps:find(b, M)),
    erlang:display(maps:find(zz, M)),
    erlang:display(maps:keys(M)),
    erlang:display(maps:values(M)),
    erlang:display(maps:to_list(M)),
    erlang:display(maps:from_list([{x, 1}, {y, 2}, {x, 3}])),
    erlang:display(maps:put(k, v, M)),
    erlang:display(maps:remove(a, M)),
    erlang:display(maps:is_key(a, M)),
    erlang:display(map_size(M)),
    erlang:display(maps:merge(M, #{a => merged, e => 5})),
    erlang:display(maps:map(fun(_K, V) -> {V} end, #{p => 1, q => 2})),
    erlang:display(maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], #{p => 1, q => 2})),
    erlang:display(maps:filter(fun(_K, V) -> V > 1 end, #{p => 1, q => 2, r => 3})),
    erlang:display(maps:update_with(a, fun(V) -> V + 100 end, M)),
    erlang:display(maps:with([a, b], M)),
    erlang:display(maps:without([a, b], M)),
    erlang:display(maps:size(#{})),
    erlang:display(#{1 => a, 1.0 => b}),
    erlang:display(#{{1, 2} => x, [1] => y, <<"bin">> => z, 2 => w, atom => v}),
    Big = maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]),
    erlang:display(maps:get(33, Big)),
    erlang:display(lists:sort(maps:to_list(Big))),
    erlang:display(show(fun() -> maps:get(nokey, M) end)),
    erlang:display(show(fun() -> (id(notmap))#{a => 1} end)),
    erlang:display(show(fun() -> (id(M))#{nokey := 1} end)),
    erlang:display(show(fun() -> #{a := _} = id(#{b => 1}) end)),
    erlang:display(case M of #{a := 1, b := X} -> {matched, X}; _ -> nomatch end),
    erlang:display(case M of #{q := _} -> yes; #{} -> empty_pattern end),
    erlang:display(is_map(M)),
    ok.

show(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.
