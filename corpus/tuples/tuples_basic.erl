-module(tuples_basic).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    T = id({a, b, c}),
    ?T(element_1, element(1, T)),
    ?T(element_3, element(3, T)),
    ?T(element_0, element(0, T)),
    ?T(element_4, element(4, T)),
    ?T(element_neg, element(-1, T)),
    ?T(element_big_index, element(1 bsl 70, T)),
    ?T(element_float_index, element(1.0, T)),
    ?T(element_not_tuple, element(1, id([a]))),
    ?T(setelement_1, setelement(1, T, x)),
    ?T(setelement_3, setelement(3, T, x)),
    ?T(setelement_0, setelement(0, T, x)),
    ?T(setelement_4, setelement(4, T, x)),
    ?T(setelement_orig_unchanged, begin _ = setelement(1, T, x), T end),
    ?T(setelement_chain, setelement(2, setelement(1, T, 1), 2)),
    ?T(tuple_size, tuple_size(T)),
    ?T(tuple_size_empty, tuple_size(id({}))),
    ?T(tuple_size_bad, tuple_size(id([]))),
    ?T(make_tuple_2, erlang:make_tuple(4, id(z))),
    ?T(make_tuple_0, erlang:make_tuple(0, id(z))),
    ?T(make_tuple_neg, erlang:make_tuple(-1, id(z))),
    ?T(make_tuple_3, erlang:make_tuple(5, id(d), [{2, x}, {4, y}, {2, z}])),
    ?T(make_tuple_3_bad, erlang:make_tuple(2, id(d), [{3, x}])),
    ?T(append_element, erlang:append_element(T, d)),
    ?T(append_element_empty, erlang:append_element(id({}), d)),
    ?T(append_element_bad, erlang:append_element(id([]), d)),
    ?T(delete_element, erlang:delete_element(2, T)),
    ?T(delete_element_bad, erlang:delete_element(4, T)),
    ?T(insert_element, erlang:insert_element(2, T, new)),
    ?T(insert_element_end, erlang:insert_element(4, T, new)),
    ?T(insert_element_bad, erlang:insert_element(5, T, new)),
    ?T(tuple_to_list, tuple_to_list(T)),
    ?T(list_to_tuple, list_to_tuple(id([1, [2], {3}]))),
    ?T(nested, element(2, element(2, id({x, {y, z}})))),
    ?T(tuple_eq, {id({1, 2}) =:= {1, 2}, id({1, 2}) == {1.0, 2}, id({1, 2}) =:= {1.0, 2}}),
    ?T(tuple_compare, lists:sort(id([{b}, {a, a}, {a}, {}, {a, b, c}]))),
    ?T(tuple_in_guard, [if tuple_size(X) > 1 -> big; true -> small end || X <- [{}, {1}, {1, 2}]]),
    ?T(tuple_pattern_size, [case X of {_} -> one; {_, _} -> two; _ -> many end
                            || X <- [{1}, {1, 2}, {1, 2, 3}]]),
    ?T(size_bif, size(T)),
    ?T(erlang_element, erlang:element(2, T)),
    ?T(apply_element, apply(erlang, element, [2, T])),
    ok.
