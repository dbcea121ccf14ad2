-module(stdlib_rand).
-export([main/0, id/1]).

id(X) -> X.

%% rand with explicit seeds: every algorithm's sequence is a pure function of the seed
%% (state passed explicitly, never the process dictionary's default seed).
main() ->
    Algs = [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024],
    [begin
         S0 = rand:seed_s(Alg, {1, 2, 3}),
         {Floats, S1} = take(fun rand:uniform_s/1, S0, 5),
         {Ints, S2} = take(fun(S) -> rand:uniform_s(1000, S) end, S1, 8),
         {Bigs, S3} = take(fun(S) -> rand:uniform_s(1 bsl 100, S) end, S2, 2),
         {Norm, _} = take(fun rand:normal_s/1, S3, 3),
         io:format("~p floats: ~p~n", [Alg, Floats]),
         io:format("~p ints: ~p~n", [Alg, Ints]),
         io:format("~p bigs: ~p~n", [Alg, Bigs]),
         io:format("~p normal: ~p~n", [Alg, Norm])
     end || Alg <- Algs],
    S = rand:seed_s(exsss, {42, 42, 42}),
    {R1, S4} = rand:uniform_real_s(S),
    io:format("uniform_real: ~p~n", [R1]),
    {B, S5} = rand:bytes_s(10, S4),
    io:format("bytes: ~p~n", [B]),
    {J, _} = rand:uniform_s(100, rand:jump(S5)),
    io:format("after_jump: ~p~n", [J]),
    Exported = rand:export_seed_s(rand:seed_s(exsss, {7, 8, 9})),
    io:format("export_seed: ~p~n", [Exported]),
    {V1, _} = rand:uniform_s(rand:seed_s(Exported)),
    {V2, _} = rand:uniform_s(rand:seed_s(exsss, {7, 8, 9})),
    io:format("reseed_same: ~p~n", [V1 =:= V2]),
    io:format("shuffle: ~p~n", [shuffle(lists:seq(1, 20), rand:seed_s(exsss, {3, 3, 3}))]),
    io:format("bad_range: ~p~n", [try rand:uniform_s(id(0), S) catch C:R -> {C, R} end]),
    ok.

take(_, S, 0) -> {[], S};
take(F, S, N) ->
    {V, S1} = F(S),
    {Vs, S2} = take(F, S1, N - 1),
    {[V | Vs], S2}.

shuffle(L, S) ->
    {Keyed, _} = lists:foldl(fun(X, {Acc, St}) -> {R, St1} = rand:uniform_s(St), {[{R, X} | Acc], St1} end,
                             {[], S}, L),
    [X || {_, X} <- lists:sort(Keyed)].
