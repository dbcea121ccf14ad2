-module(compare_sort_large).
-export([main/0, id/1]).

id(X) -> X.

%% Sorting thousands of mixed terms (term order across all types) and checking the result
%% by sampling, with stability and deduplication properties.
main() ->
    Terms = gen(3000, 99991, []),
    Sorted = lists:sort(Terms),
    io:format("count: ~p~n", [length(Sorted)]),
    io:format("sample: ~p~n", [[lists:nth(I, Sorted) || I <- lists:seq(1, 3000, 150)]]),
    io:format("ordered: ~p~n", [ordered(Sorted)]),
    U = lists:usort(Terms),
    io:format("unique: ~p~n", [length(U)]),
    io:format("usort_sample: ~p~n", [[lists:nth(I, U) || I <- lists:seq(1, length(U), max(1, length(U) div 15))]]),
    io:format("reverse_sorted: ~p~n", [lists:sort(fun(A, B) -> A >= B end, Terms) =:= lists:reverse(Sorted)]),
    Keyed = [{T, I} || {T, I} <- lists:zip(Terms, lists:seq(1, 3000))],
    KS = lists:keysort(1, Keyed),
    io:format("keysort_stable: ~p~n", [stable(KS)]),
    io:format("min_max: ~p~n", [{lists:min(Terms), lists:max(Terms)}]),
    ok.

gen(0, _, Acc) -> Acc;
gen(N, S, Acc) ->
    S1 = (S * 48271) rem 2147483647,
    T = case S1 rem 12 of
            0 -> S1 rem 100;
            1 -> (S1 rem 100) / 4;
            2 -> list_to_atom([$a + S1 rem 5]);
            3 -> {S1 rem 3};
            4 -> {S1 rem 3, S1 rem 2};
            5 -> [S1 rem 4];
            6 -> integer_to_list(S1 rem 50);
            7 -> integer_to_binary(S1 rem 50);
            8 -> #{S1 rem 3 => S1 rem 2};
            9 -> -(S1 rem 1000) * (1 bsl 64);
            10 -> [];
            11 -> <<(S1 rem 8):3>>
        end,
    gen(N - 1, S1, [T | Acc]).

ordered([A, B | T]) -> A =< B andalso ordered([B | T]);
ordered(_) -> true.

stable([{K, I}, {K2, J} | T]) when K == K2, K =:= K2 -> I < J andalso stable([{K2, J} | T]);
stable([_ | T]) -> stable(T);
stable([]) -> true.
