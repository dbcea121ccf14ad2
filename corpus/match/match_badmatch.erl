-module(match_badmatch).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% The = operator: successful binds, badmatch with the exact failing value.
main() ->
    ?T(simple_ok, begin X = id(1), X end),
    ?T(simple_fail, begin 1 = id(2), ok end),
    ?T(tuple_fail, begin {a, _} = id({b, 1}), ok end),
    ?T(tuple_arity_fail, begin {_, _} = id({1, 2, 3}), ok end),
    ?T(list_fail, begin [_, _] = id([1]), ok end),
    ?T(list_ok, begin [A, B | C] = id([1, 2, 3, 4]), {A, B, C} end),
    ?T(nil_fail, begin [] = id([x]), ok end),
    ?T(cons_on_nil, begin [_ | _] = id([]), ok end),
    ?T(string_prefix_ok, begin "ab" ++ R = id("abcd"), R end),
    ?T(string_prefix_fail, begin "ab" ++ _ = id("xbcd"), ok end),
    ?T(map_fail, begin #{a := _} = id(#{b => 1}), ok end),
    ?T(map_not_map, begin #{a := _} = id([a]), ok end),
    ?T(map_ok, begin #{a := V} = id(#{a => 7, b => 8}), V end),
    ?T(bin_fail, begin <<_:16>> = id(<<1>>), ok end),
    ?T(bin_ok, begin <<A:4, B:4>> = id(<<16#AB>>), {A, B} end),
    ?T(float_vs_int, begin 1 = id(1.0), ok end),
    ?T(big_fail, begin 18446744073709551616 = id(18446744073709551617), ok end),
    ?T(nested_fail, begin {ok, [_, {x, _}]} = id({ok, [1, {y, 2}]}), ok end),
    ?T(chained_ok, begin A = B = id(5), A + B end),
    ?T(chained_fail, begin {A, _} = {_, A} = id({1, 2}), A end),
    ?T(bound_fail, begin X = id(1), X = id(2), ok end),
    ?T(alias_pattern, begin {P, Q} = R = id({1, 2}), {P, Q, R} end),
    ?T(badmatch_big_term, begin {} = id(lists:seq(1, 20)), ok end),
    ?T(badmatch_in_fun, (fun(Y) -> {ok, Z} = Y, Z end)(id(error))),
    ?T(badmatch_after_call, begin ok = lists:reverse(id([1])), ok end),
    ?T(match_returns_value, ({_, _} = id({a, b}))),
    ?T(catch_badmatch, case catch (begin {_} = id({1, 2}) end) of {'EXIT', {R, [_ | _]}} -> {'EXIT', R} end),
    ?T(atom_fail, begin true = id(false), ok end),
    ?T(empty_map_any, begin #{} = id(#{x => 1}), ok end),
    ?T(empty_map_notmap, begin #{} = id(x), ok end),
    ok.
