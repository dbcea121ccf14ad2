-module(lc_basic).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    L = id(lists:seq(1, 10)),
    ?T(simple, [X * 2 || X <- L]),
    ?T(filter, [X || X <- L, X rem 3 =:= 0]),
    ?T(two_filters, [X || X <- L, X > 2, X < 7]),
    ?T(guard_like_filter, [X || X <- [1, a, 2.0, "s", {}], is_number(X)]),
    ?T(non_bool_filter, [X || X <- L, id(X)]),
    ?T(pattern_filter, [V || {ok, V} <- [{ok, 1}, error, {ok, 2}, {error, x}, {ok, 3, extra}]]),
    ?T(two_generators, [{X, Y} || X <- [1, 2, 3], Y <- [a, b]]),
    ?T(dependent_generator, [{X, Y} || X <- lists:seq(1, 4), Y <- lists:seq(X, 4)]),
    ?T(three_generators, [X + Y + Z || X <- [100, 200], Y <- [10, 20], Z <- [1, 2]]),
    ?T(pythagorean, [{A, B, C} || C <- lists:seq(1, 20), B <- lists:seq(1, C), A <- lists:seq(1, B),
                                  A * A + B * B =:= C * C]),
    ?T(nested_lc, [[X * Y || X <- [1, 2, 3]] || Y <- [1, 10, 100]]),
    ?T(empty_gen, [X || X <- []]),
    ?T(filter_between_gens, [{X, Y} || X <- L, X rem 4 =:= 0, Y <- [X, -X]]),
    ?T(string_gen, [C - 32 || C <- "hello", C =/= $l]),
    ?T(binding_shadow_free, begin Y = id(5), [Y + X || X <- [1, 2]] end),
    ?T(bad_generator, [X || X <- id(not_a_list)]),
    ?T(improper_generator, [X || X <- id([1, 2 | tail])]),
    ?T(filter_raises, [X || X <- L, 10 div (X - 5) > 0]),
    ?T(body_raises, [1 / (X - 3) || X <- L]),
    ?T(quicksort, qsort(id([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]))),
    ?T(perms, perms(id([a, b, c]))),
    ?T(primes, [P || P <- lists:seq(2, 60), lists:all(fun(D) -> P rem D =/= 0 end, lists:seq(2, P - 1))]),
    ?T(tuple_pattern_gen, [A + B || {A, B} <- lists:zip(L, lists:reverse(L))]),
    ?T(map_gen, [K || {K, V} <- lists:sort(maps:to_list(#{a => 1, b => 2, c => 1})), V =:= 1]),
    ?T(bin_and_list_gen, [{B, X} || <<B>> <= <<1, 2>>, X <- [x, y]]),
    ?T(lc_in_guard_free_fun, (fun(N) -> [I || I <- lists:seq(1, N)] end)(id(4))),
    ?T(large, length([X || X <- lists:seq(1, 100000), X rem 7 =:= 0])),
    ?T(repeated_var_pattern, [X || {X, X} <- [{1, 1}, {1, 2}, {b, b}]]),
    ?T(bound_var_in_pattern, begin K = id(b), [V || {K0, V} <- [{a, 1}, {b, 2}, {b, 3}], K0 =:= K] end),
    ?T(outer_var_pattern, begin K = id(b), [V || {Kx, V} <- [{a, 1}, {b, 2}], Kx == K] end),
    ok.

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].
