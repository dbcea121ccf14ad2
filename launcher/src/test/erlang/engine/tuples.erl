-module(tuples).
-export([main/0]).

main() ->
    T = {a, b, c, d},
    out({element(1, T), element(4, T), tuple_size(T), setelement(2, T, x)}),
    out(erlang:make_tuple(3, z)),
    out(erlang:make_tuple(5, 0, [{2, a}, {4, b}])),
    out(erlang:append_element(T, e)),
    out(erlang:delete_element(2, T)),
    out(erlang:insert_element(2, T, new)),
    out(tuple_to_list(T)),
    out(list_to_tuple([1, 2, 3])),
    out({}),
    out({{}, {{}}, {1, {2, {3}}}}),
    out(show(fun() -> element(0, T) end)),
    out(show(fun() -> element(5, T) end)),
    out(show(fun() -> element(1, id(notatuple)) end)),
    out(show(fun() -> setelement(9, T, x) end)),
    out(show(fun() -> tuple_size(id([])) end)),
    out([size(T), size(<<1, 2, 3>>)]),
    {A, B, _, _} = T,
    out({A, B}),
    out(show(fun() -> {_, _} = id(T) end)),
    out([X || {X, _} <- [{1, a}, {2, b}, c, {3}]]),
    out(lists:keyfind(b, 1, [{a, 1}, {b, 2}])),
    out(lists:keystore(c, 1, [{a, 1}], {c, 3})),
    out(lists:keydelete(a, 1, [{a, 1}, {b, 2}])),
    out(lists:keyreplace(a, 1, [{a, 1}, {b, 2}], {a, 9})),
    ok.

show(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.

out(T) -> io:format("~w~n", [T]).
