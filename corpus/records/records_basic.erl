-module(records_basic).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

-record(point, {x = 0, y = 0}).
-record(person, {name, age = 0 :: integer(), email = none, tags = []}).
-record(empty, {}).
-record(nested, {p = #point{}, inner = #person{name = "n"}}).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    P = id(#point{x = 1, y = 2}),
    Q = id(#person{name = "Ann"}),
    ?T(create, P),
    ?T(create_defaults, #point{}),
    ?T(create_partial, Q),
    ?T(create_underscore, #person{name = "B", _ = filled}),
    ?T(empty, #empty{}),
    ?T(access, {P#point.x, P#point.y}),
    ?T(access_person, {Q#person.name, Q#person.age, Q#person.email}),
    ?T(update, P#point{x = 10}),
    ?T(update_many, Q#person{age = 30, tags = [a]}),
    ?T(update_chain, (P#point{x = 5})#point{y = 6}),
    ?T(nested_default, #nested{}),
    ?T(nested_access, (id(#nested{}))#nested.p#point.x),
    ?T(nested_update, begin N = id(#nested{}), N#nested{p = (N#nested.p)#point{y = 9}} end),
    ?T(index, {#point.x, #point.y, #person.tags}),
    ?T(record_info_fields, {record_info(fields, point), record_info(fields, person),
                            record_info(fields, empty)}),
    ?T(record_info_size, {record_info(size, point), record_info(size, person),
                          record_info(size, empty)}),
    ?T(is_record_guard, [is_point(X) || X <- [P, Q, {point, 1}, {point, 1, 2}, point, {}]]),
    ?T(is_record_bif, [is_record(X, point) || X <- [P, Q, {point, a, b}]]),
    ?T(is_record_3, [is_record(X, point, 3) || X <- [P, {point, 1}]]),
    ?T(match_head, [area(X) || X <- [P, #point{x = 3, y = 4}]]),
    ?T(match_field_value, [origin(X) || X <- [#point{}, P]]),
    ?T(tuple_form, tuple_to_list(P)),
    ?T(equals_tuple, P =:= {point, 1, 2}),
    ?T(element_access, element(#point.y, P)),
    ?T(setelement_access, setelement(#point.y, P, 99)),
    ?T(in_list_comp, [X || #point{x = X} <- [P, #point{x = 7}, {other, 1}]]),
    ?T(record_in_map, #{p => P}),
    ?T(record_sort, lists:sort([#point{x = 2}, #point{x = 1, y = 5}, #point{x = 1}])),
    ?T(keyfind_record, lists:keyfind(3, #point.x, [#point{x = 1}, #point{x = 3, y = 3}])),
    ?T(keysort_record, lists:keysort(#point.y, [#point{y = 3}, #point{y = 1}, #point{y = 2}])),
    ok.

is_point(X) when is_record(X, point) -> true;
is_point(_) -> false.

area(#point{x = X, y = Y}) -> X * Y.

origin(#point{x = 0, y = 0}) -> origin;
origin(#point{}) -> elsewhere.
