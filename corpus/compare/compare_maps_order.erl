-module(compare_maps_order).
-export([main/0, id/1]).

id(X) -> X.

%% Term order between maps: by size, then by keys in term order, then by values in key
%% order — for small (flat) and large (hash) maps alike, and mixed with other types.
main() ->
    Base = maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
    Cases = [{#{a => 1}, #{b => 0}}, {#{b => 1}, #{a => 1, c => 0}}, {#{1 => a}, #{1.0 => a}},
             {#{1.0 => a}, #{2 => a}}, {#{a => 2}, #{a => 1}}, {#{a => 1, b => 2}, #{a => 1, b => 3}},
             {#{a => 1, b => 2}, #{a => 2, b => 1}}, {Base, Base#{40 := 41}}, {Base#{1 := 0}, Base},
             {Base, maps:remove(40, Base)}, {maps:remove(1, Base), maps:remove(40, Base)},
             {Base#{41 => x}, Base#{0 => x}}, {Base#{a => 1}, Base#{b => 1}}, {Base, Base},
             {#{}, []}, {#{}, {}}, {#{k => v}, <<>>}, {Base#{1 := 1.0}, Base}],
    [io:format("~w: lt=~p eq=~p exact=~p~n", [N, id(A) < id(B), id(A) == id(B), id(A) =:= id(B)])
     || {N, {A, B}} <- lists:zip(lists:seq(1, length(Cases)), Cases)],
    Sorted = lists:sort([#{b => 1}, #{a => 2}, #{a => 1}, #{a => 1, b => 1}, #{}, #{1 => x}, #{1.0 => x},
                         #{"s" => 1}, #{[] => 1}, #{{} => 1}]),
    io:format("sorted_small: ~p~n", [Sorted]),
    Larges = [Base#{K => V} || {K, V} <- [{41, a}, {0, a}, {41, b}, {x, 1}, {1.5, 1}]],
    io:format("sorted_large_extra_keys: ~p~n", [[lists:sort(maps:keys(M)) -- lists:seq(1, 40) || M <- lists:sort(Larges)]]),
    ok.
