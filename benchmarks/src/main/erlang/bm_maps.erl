%% Maps: a large map built, updated and read by key (hash maps), and a small record-like map
%% updated in a loop (flat maps). The result is sizes and sums.
-module(bm_maps).
-export([size/1, run/1]).

size(tiny) -> 100;
size(bench) -> 40000.

run(N) ->
    Keys = lists:seq(1, N),
    Big = lists:foldl(fun(K, M) -> M#{K => K * K} end, #{}, Keys),
    Updated = lists:foldl(fun(K, M) -> #{K := V} = M, M#{K := V + K} end, Big, Keys),
    Lookups = lookups(Keys, Updated, 0),
    Folded = maps:fold(fun(K, V, Acc) -> (Acc + K * V) band 16#FFFFFFF end, 0, Updated),
    Small = small(N * 4, #{count => 0, sum => 0, last => none}),
    {map_size(Updated), Lookups, Folded, Small}.

lookups([], _, Acc) -> Acc;
lookups([K | Ks], M, Acc) ->
    case M of
        #{K := V} -> lookups(Ks, M, (Acc + V) band 16#FFFFFFF);
        #{} -> lookups(Ks, M, Acc)
    end.

small(0, M) -> M;
small(I, #{count := C, sum := S} = M) -> small(I - 1, M#{count := C + 1, sum := S + I, last := I}).
