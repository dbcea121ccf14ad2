-module(tuples).
-export([main/0]).

main() ->
    T = {a, b, c, d},
    erlang:display({element(1, T), element(4, T), tuple_size(T), setelement(2, T, x)}),
    erlang:display(erlang:make_tuple(3, z)),
    erlang:display(erlang:make_tuple(5, 0, [{2, a}, {4, b}])),
    erlang:display(erlang:append_element(T, e)),
    erlang:display(erlang:delete_element(2, T)),
    erlang:display(erlang:insert_element(2, T, new)),
    erlang:display(tuple_to_list(T)),
    erlang:display(list_to_tuple([1, 2, 3])),
    erlang:display({}),
    erlang:display({{}, {{}}, {1, {2, {3}}}}),
    erlang:display(show(fun() -> element(0, T) end)),
    erlang:display(show(fun() -> element(5, T) end)),
    erlang:display(show(fun() -> element(1, id(notatuple)) end)),
    erlang:display(show(fun() -> setelement(9, T, x) end)),
    erlang:display(show(fun() -> tuple_size(id([])) end)),
    erlang:display([size(T), size(<<1, 2, 3>>)]),
    {A, B, _, _} = T,
    erlang:display({A, B}),
    erlang:display(show(fun() -> {_, _} = id(T) end)),
    erlang:display([X || {X, _} <- [{1, a}, {2, b}, c, {3}]]),
    erlang:display(lists:keyfind(b, 1, [{a, 1}, {b, 2}])),
    erlang:display(lists:keystore(c, 1, [{a, 1}], {c, 3})),
    erlang:display(lists:keydelete(a, 1, [{a, 1}, {b, 2}])),
    erlang:display(lists:keyreplace(a, 1, [{a, 1}, {b, 2}], {a, 9})),
    ok.

show(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.
