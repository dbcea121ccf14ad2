-module(compare_structures).
-export([main/0, id/1]).

id(X) -> X.

%% == versus =:= inside lists, tuples and maps; lists:member/keyfind/delete use =:=,
%% lists:usort and -- and sort use ==/=:= as OTP defines; case/match use =:=.
main() ->
    Pairs = [{[1, 2], [1.0, 2]}, {{1}, {1.0}}, {#{a => 1}, #{a => 1.0}}, {#{1 => a}, #{1.0 => a}},
             {<<1>>, <<1>>}, {[[1]], [[1.0]]}, {{a, [1, {2}]}, {a, [1, {2.0}]}}, {0.0, -0.0},
             {[0.0], [-0.0]}, {1 bsl 70, float(1 bsl 70)}],
    [io:format("~w ~w: == ~p =:= ~p < ~p > ~p~n", [A, B, id(A) == id(B), id(A) =:= id(B), id(A) < id(B), id(A) > id(B)])
     || {A, B} <- Pairs],
    io:format("member_exact: ~p~n", [[lists:member(1.0, id([1, 2])), lists:member(1, id([1.0])), lists:member(1, id([1]))]]),
    io:format("keyfind_exact: ~p~n", [lists:keyfind(1, 1, id([{1.0, float}, {1, int}]))]),
    io:format("delete_exact: ~p~n", [lists:delete(1, id([1.0, 1, 1.0]))]),
    io:format("subtract: ~p~n", [id([1, 1.0, 2]) -- id([1.0])]),
    io:format("usort: ~p~n", [lists:usort(id([1.0, 1, 2, 2.0, 1]))]),
    io:format("sort_stable_equal: ~p~n", [lists:sort(id([1.0, 1, 1.0, 1]))]),
    io:format("ukeysort: ~p~n", [lists:ukeysort(1, id([{1, a}, {1.0, b}, {2, c}]))]),
    io:format("case_exact: ~p~n", [[case id(X) of 1 -> int; 1.0 -> float end || X <- [1, 1.0]]]),
    io:format("map_key_exact: ~p~n", [maps:get(1, id(#{1.0 => f, 1 => i}))]),
    io:format("sets_exact: ~p~n", [lists:sort(sets:to_list(sets:from_list(id([1, 1.0]))))]),
    io:format("ordsets_equal: ~p~n", [ordsets:from_list(id([1, 1.0, 2]))]),
    io:format("max_of_equal: ~p ~p~n", [max(id(1), id(1.0)), max(id(1.0), id(1))]),
    io:format("lists_max_equal: ~p ~p~n", [lists:max(id([1, 1.0])), lists:max(id([1.0, 1]))]),
    io:format("umerge: ~p~n", [lists:umerge(id([1, 2]), id([1.0, 3]))]),
    io:format("deep_compare: ~p~n", [lists:sort(id([{a, [1, 2]}, {a, [1, 1.5]}, {a, [1]}, {a, [1, 2, 0]}]))]),
    io:format("nested_exact: ~p~n", [{id([{1, #{k => [1]}}]) =:= [{1, #{k => [1]}}], id([{1, #{k => [1]}}]) =:= [{1, #{k => [1.0]}}]}]),
    ok.
