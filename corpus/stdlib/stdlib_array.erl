-module(stdlib_array).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    A = array:from_list(id([a, b, c, d, e])),
    ?T(size, array:size(A)),
    ?T(get, {array:get(0, A), array:get(4, A)}),
    ?T(get_out_of_range, array:get(5, A)),
    ?T(set, array:to_list(array:set(2, x, A))),
    ?T(set_grows, begin G = array:set(10, z, A), {array:size(G), array:to_list(G)} end),
    ?T(set_fixed_out, array:set(10, z, array:fix(A))),
    ?T(default, array:to_list(array:new(4, {default, 0}))),
    ?T(new_fixed, {array:size(array:new(3)), array:is_fix(array:new(3)), array:is_fix(array:new())}),
    ?T(sparse, begin S = array:set(100, x, array:new()), {array:size(S), array:sparse_to_orddict(S)} end),
    ?T(reset, array:to_list(array:reset(1, A))),
    ?T(map, array:to_list(array:map(fun(I, V) -> {I, V} end, A))),
    ?T(sparse_map, array:sparse_to_list(array:sparse_map(fun(_, V) -> V * 2 end,
                                                         array:set(50, 1, array:set(5, 2, array:new()))))),
    ?T(foldl, array:foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A)),
    ?T(foldr, array:foldr(fun(_, V, Acc) -> [V | Acc] end, [], A)),
    ?T(to_orddict, array:to_orddict(A)),
    ?T(from_orddict, array:to_list(array:from_orddict([{0, a}, {3, d}]))),
    ?T(resize, array:to_list(array:resize(3, A))),
    ?T(relax_fix, array:size(array:set(20, y, array:relax(array:fix(A))))),
    ?T(big, begin
                B = lists:foldl(fun(I, Acc) -> array:set(I, I * I, Acc) end, array:new(), lists:seq(0, 2000)),
                {array:size(B), array:get(1999, B), array:foldl(fun(_, V, S) -> V + S end, 0, B)}
            end),
    ?T(is_array, {array:is_array(A), array:is_array([])}),
    ?T(bad_index, array:get(-1, A)),
    ?T(default_value, array:default(array:new({default, q}))),
    ok.
