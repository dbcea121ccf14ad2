-module(guards_type_tests).
-export([main/0, id/1]).

id(X) -> X.

-record(r, {a, b}).

%% Every type-test guard BIF, in guards and as plain calls, over a mixed set of terms.
main() ->
    Terms = [{int, 1}, {neg, -5}, {big, 1 bsl 90}, {float, 2.5}, {atom, foo}, {true, true},
             {nil, []}, {list, [1, 2]}, {improper, [1 | 2]}, {tuple, {a, b}},
             {record, #r{a = 1}}, {empty_tuple, {}}, {map, #{a => 1}}, {bin, <<1, 2>>},
             {bits, <<1:3>>}, {fun0, fun() -> ok end}, {fun2, fun lists:map/2},
             {pid, self()}, {ref, make_ref()}, {string, "abc"}],
    [io:format("~p: ~w~n", [Name, guards(id(T))]) || {Name, T} <- Terms],
    [io:format("~p calls: ~w~n", [Name, calls(id(T))]) || {Name, T} <- Terms],
    ok.

guards(X) ->
    [g(is_atom, fun(V) when is_atom(V) -> true; (_) -> false end, X),
     g(is_binary, fun(V) when is_binary(V) -> true; (_) -> false end, X),
     g(is_bitstring, fun(V) when is_bitstring(V) -> true; (_) -> false end, X),
     g(is_boolean, fun(V) when is_boolean(V) -> true; (_) -> false end, X),
     g(is_float, fun(V) when is_float(V) -> true; (_) -> false end, X),
     g(is_function, fun(V) when is_function(V) -> true; (_) -> false end, X),
     g(is_function0, fun(V) when is_function(V, 0) -> true; (_) -> false end, X),
     g(is_function2, fun(V) when is_function(V, 2) -> true; (_) -> false end, X),
     g(is_integer, fun(V) when is_integer(V) -> true; (_) -> false end, X),
     g(is_list, fun(V) when is_list(V) -> true; (_) -> false end, X),
     g(is_map, fun(V) when is_map(V) -> true; (_) -> false end, X),
     g(is_number, fun(V) when is_number(V) -> true; (_) -> false end, X),
     g(is_pid, fun(V) when is_pid(V) -> true; (_) -> false end, X),
     g(is_port, fun(V) when is_port(V) -> true; (_) -> false end, X),
     g(is_record, fun(V) when is_record(V, r) -> true; (_) -> false end, X),
     g(is_record3, fun(V) when is_record(V, r, 3) -> true; (_) -> false end, X),
     g(is_reference, fun(V) when is_reference(V) -> true; (_) -> false end, X),
     g(is_tuple, fun(V) when is_tuple(V) -> true; (_) -> false end, X)].

g(_Name, F, X) -> F(X).

calls(X) ->
    [is_atom(X), is_binary(X), is_bitstring(X), is_boolean(X), is_float(X),
     is_function(X), is_function(X, 0), is_integer(X), is_list(X), is_map(X),
     is_number(X), is_pid(X), is_port(X), is_record(X, r), is_record(X, r, 3),
     is_reference(X), is_tuple(X), erlang:is_record(X, r),
     try is_function(X, -1) catch error:badarg -> badarg end,
     try erlang:is_record(X, "r") catch error:badarg -> badarg end].
