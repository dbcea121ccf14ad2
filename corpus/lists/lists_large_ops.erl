-module(lists_large_ops).
-export([main/0, id/1]).

id(X) -> X.

%% lists functions on long lists (tens of thousands of elements), where implementations
%% switch algorithms (e.g. `--` and subtract on large lists, merge sorts): results checked
%% by sums and samples.
main() ->
    N = id(50000),
    R = rnd(N, 7),
    io:format("sum: ~p~n", [lists:sum(R)]),
    S = lists:sort(R),
    io:format("sorted_sample: ~p~n", [[lists:nth(I, S) || I <- lists:seq(1, N, 5000)]]),
    U = lists:usort(R),
    io:format("usort_len: ~p ~p~n", [length(U), lists:sum(U)]),
    Sub = R -- lists:seq(1, 500000, 3),
    io:format("subtract_len: ~p ~p~n", [length(Sub), lists:sum(Sub)]),
    io:format("subtract_all: ~p~n", [lists:seq(1, 20000) -- lists:seq(1, 20000)]),
    io:format("subtract_order: ~p~n", [lists:sublist(lists:seq(1, 30000) -- lists:seq(2, 30000, 2), 10)]),
    KS = lists:keysort(2, [{I, V rem 100} || {I, V} <- lists:zip(lists:seq(1, N), R)]),
    io:format("keysort_sample: ~p~n", [[lists:nth(I, KS) || I <- lists:seq(1, N, 7000)]]),
    io:format("merge_len: ~p~n", [length(lists:merge(S, lists:seq(1, 10000)))]),
    io:format("umerge_len: ~p~n", [length(lists:umerge(U, lists:seq(1, 10000)))]),
    io:format("reverse_head: ~p~n", [hd(lists:reverse(R))]),
    io:format("flatten_len: ~p~n", [length(lists:flatten([[X, [X]] || X <- lists:sublist(R, 20000)]))]),
    io:format("foldl_foldr: ~p~n", [{lists:foldl(fun(X, A) -> (A * 31 + X) rem 1000000007 end, 0, R),
                                     lists:foldr(fun(X, A) -> (A * 31 + X) rem 1000000007 end, 0, R)}]),
    io:format("split_last: ~p~n", [element(2, lists:split(N - 3, R))]),
    io:format("member_last: ~p~n", [lists:member(lists:last(R), R)]),
    io:format("nth_last: ~p~n", [lists:nth(N, R) =:= lists:last(R)]),
    io:format("zip_unzip: ~p~n", [begin {A, B} = lists:unzip(lists:zip(R, S)), {A =:= R, B =:= S} end]),
    io:format("dup_delete: ~p~n", [length(lists:delete(lists:nth(100, R), R))]),
    io:format("append_many: ~p~n", [length(lists:append([lists:seq(1, 100) || _ <- lists:seq(1, 500)]))]),
    ok.

rnd(0, _) -> [];
rnd(N, S) ->
    S1 = (S * 16807) rem 2147483647,
    [S1 rem 500000 | rnd(N - 1, S1)].
