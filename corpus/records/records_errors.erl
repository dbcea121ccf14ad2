-module(records_errors).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

-record(r, {a = 1, b = 2}).
-record(s, {a = 1, b = 2}).
-record(big, {f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15}).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% badrecord on access and update: the reason carries the offending term.
main() ->
    ?T(access_wrong_record, (id(#s{}))#r.a),
    ?T(access_not_tuple, (id(atom))#r.a),
    ?T(access_short_tuple, (id({r, 1}))#r.b),
    ?T(access_long_tuple, (id({r, 1, 2, 3}))#r.b),
    ?T(access_list, (id([r, 1, 2]))#r.a),
    ?T(update_wrong, (id(#s{}))#r{a = 5}),
    ?T(update_not_tuple, (id(42))#r{b = 5}),
    ?T(update_ok, (id(#r{}))#r{b = 5}),
    ?T(update_two_fields_wrong, (id({x, 1, 2}))#r{a = 0, b = 0}),
    ?T(match_wrong, (fun(#r{a = A}) -> A end)(id(#s{}))),
    ?T(case_wrong, case id(#s{}) of #r{} -> r; #s{} -> s end),
    ?T(big_record, id(#big{f1 = 1, f15 = 15})),
    ?T(big_update, (id(#big{}))#big{f7 = seven, f14 = fourteen}),
    ?T(big_wrong, (id(#r{}))#big{f1 = 1}),
    ?T(big_access, (id(#big{f10 = ten}))#big.f10),
    ?T(big_access_wrong, (id({big, 1}))#big.f10),
    ?T(field_index_wrong_type, element(#r.b, id(#s{a = x, b = y}))),
    ?T(nested_badrecord, begin X = id(#r{a = #s{}}), (X#r.a)#r.a end),
    ?T(badrecord_in_guard, [g(X) || X <- [#r{}, #s{}, {r, 1, 2}, {r, 1}]]),
    ok.

g(X) when X#r.a =:= 1 -> a_is_1;
g(_) -> guard_failed.
