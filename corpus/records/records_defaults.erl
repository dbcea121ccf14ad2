-module(records_defaults).
-export([main/0, id/1, default_value/0]).

-define(T(L, E), t(L, fun() -> E end)).

-record(config, {name = "default" :: string(),
                 size = 10 * 10,
                 items = lists:seq(1, 3),
                 created = ?MODULE:default_value(),
                 nested = #{k => v},
                 untyped}).
-record(node, {value, left = nil, right = nil}).

id(X) -> X.
default_value() -> put(default_calls, get_calls() + 1), computed.

get_calls() -> case get(default_calls) of undefined -> 0; N -> N end.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% Record field defaults that are expressions (evaluated at each construction), records
%% in data structures, recursive record trees.
main() ->
    ?T(defaults, #config{}),
    ?T(default_calls_once, get_calls()),
    ?T(override, #config{name = "x", created = given}),
    ?T(default_calls_unchanged, get_calls()),
    ?T(two_defaults, {#config{}, #config{}}),
    ?T(default_calls_three, get_calls()),
    ?T(tree, to_list(insert_all(id([5, 3, 8, 1, 4, 7, 9, 2, 6]), nil))),
    ?T(tree_depth, depth(insert_all(id(lists:seq(1, 10)), nil))),
    ?T(tree_raw, insert_all(id([2, 1, 3]), nil)),
    ?T(field_names, record_info(fields, config)),
    ?T(record_in_record, #node{value = #config{size = 1}}),
    ?T(update_in_list, [C#config{size = S} || {C, S} <- [{#config{untyped = a}, 1}, {#config{untyped = b}, 2}]]),
    ?T(pattern_by_field, [N || #config{name = N, size = S} <- [#config{name = "a", size = 1}, #config{name = "b"}], S > 50]),
    ok.

insert_all(L, T) -> lists:foldl(fun insert/2, T, L).

insert(V, nil) -> #node{value = V};
insert(V, N = #node{value = X, left = L}) when V < X -> N#node{left = insert(V, L)};
insert(V, N = #node{right = R}) -> N#node{right = insert(V, R)}.

to_list(nil) -> [];
to_list(#node{value = V, left = L, right = R}) -> to_list(L) ++ [V] ++ to_list(R).

depth(nil) -> 0;
depth(#node{left = L, right = R}) -> 1 + max(depth(L), depth(R)).
