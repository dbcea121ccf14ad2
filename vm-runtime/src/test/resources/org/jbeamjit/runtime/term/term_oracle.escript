#!/usr/bin/env escript
%% The erl side of the term differential tests. It makes a corpus of terms from a seeded random
%% generator and writes, one per line, each term (as ErlText reads it) with what OTP says about
%% it. Modes:
%%   phash2 Seed N      "Hash32 Hash27 Term" per term
%%   order Seed N       N terms, then N lines of N letters: l(ess), g(reater), e(==), x(=:=)
%%                      for every pair
%%   print Seed N       "Term<TAB>~w of Term" per term (funs as #Fun<...>)
%%   mapkeys Seed       per map: "Kind Size Keys" with Keys in maps:keys/1 order
-mode(compile).

main([Mode, Seed | Rest]) ->
    rand:seed(exsss, {list_to_integer(Seed), 17, 4711}),
    io:setopts(standard_io, [{encoding, unicode}]),
    run(Mode, [list_to_integer(A) || A <- Rest]).

run("phash2", [N]) ->
    each(N, fun(T) -> [integer_to_list(erlang:phash2(T, 1 bsl 32)), " ",
                       integer_to_list(erlang:phash2(T)), " ", w(enc(T))] end);
run("print", [N]) ->
    each(N, fun(T) -> [w(enc(T)), "\t", w(T)] end);
run("order", [N]) ->
    %% Half nested terms, half leaves, so that pids, refs, ports and funs meet at the top level.
    Ts = [term(4) || _ <- lists:seq(1, N div 2)] ++ [leaf() || _ <- lists:seq(1, N - N div 2)],
    [out(w(enc(T))) || T <- Ts],
    [out([cmp(A, B) || B <- Ts]) || A <- Ts],
    ok;
run("mapkeys", []) ->
    Kinds = [int, bigint, tuple, float, binary, list, nested, mixed, atom],
    Sizes = [33, 34, 40, 47, 64, 65, 100, 200, 257, 500, 1000, 2000],
    [begin
         Ks = lists:usort([key(Kind) || _ <- lists:seq(1, Size * 2)]),
         M = maps:from_list([{K, v} || K <- lists:sublist(shuffle(Ks), Size)]),
         M2 = maps:remove(hd(maps:keys(M)), maps:put(<<"extra">>, 1, M)),
         out([atom_to_list(Kind), " ", integer_to_list(map_size(M)), " ", w(enc(maps:keys(M)))]),
         out([atom_to_list(Kind), " ", integer_to_list(map_size(M2)), " ", w(enc(maps:keys(M2)))])
     end || Kind <- Kinds, Size <- Sizes],
    %% Pairs of integers whose 32-bit internal hashes are equal, so they part only below level 8.
    Colliding = [40660, 59671, 22575, 119693, 121236, 167527, 169647, 178740, 29879, 217607, 204923, 232672],
    C = maps:from_list([{K, v} || K <- Colliding ++ lists:seq(1000, 1040)]),
    out(["collide ", integer_to_list(map_size(C)), " ", w(maps:keys(C))]),
    ok.

each(N, F) -> [out(F(term(4))) || _ <- lists:seq(1, N)], ok.

out(IoData) -> io:put_chars(standard_io, [IoData, $\n]).

w(T) -> io_lib:format("~w", [T]).

cmp(A, B) when A =:= B -> $x;
cmp(A, B) when A == B -> $e;
cmp(A, B) when A < B -> $l;
cmp(_, _) -> $g.

shuffle(L) -> [X || {_, X} <- lists:sort([{rand:uniform(), X} || X <- L])].

%% Funs become {'$fun', ...} tuples that ErlText reads back as funs.
enc(F) when is_function(F) ->
    case erlang:fun_info(F, type) of
        {type, external} -> F;
        {type, local} ->
            I = erlang:fun_info(F),
            {'$fun', p(module, I), p(new_index, I), binary_to_list(p(new_uniq, I)),
             p(index, I), p(uniq, I), p(arity, I), p(pid, I), [enc(E) || E <- p(env, I)]}
    end;
enc([H | T]) -> [enc(H) | enc(T)];
enc(T) when is_tuple(T) -> list_to_tuple([enc(E) || E <- tuple_to_list(T)]);
enc(M) when is_map(M) -> maps:from_list([{enc(K), enc(V)} || {K, V} <- maps:to_list(M)]);
enc(T) -> T.

p(K, I) -> {K, V} = lists:keyfind(K, 1, I), V.

pick(L) -> lists:nth(rand:uniform(length(L)), L).

term(D) when D =< 0 -> leaf();
term(D) ->
    case rand:uniform(14) of
        N when N =< 5 -> leaf();
        6 -> list_to_tuple(terms(D, 4));
        7 -> terms(D, 5);
        8 -> terms(D, 3) ++ leaf();
        9 -> maps:from_list([{term(D - 2), term(D - 1)} || _ <- lists:seq(1, rand:uniform(6) - 1)]);
        10 -> [rand:uniform(pick([3, 256, 300])) - 1 || _ <- lists:seq(1, rand:uniform(12))];
        11 -> maps:from_list([{key(pick([int, atom, tuple, mixed])), leaf()}
                              || _ <- lists:seq(1, 30 + rand:uniform(40))]);
        12 -> fn(D);
        13 -> [term(D - 1) | term(D - 1)];
        14 -> list_to_tuple(terms(D, 40))
    end.

terms(D, Max) -> [term(D - 1) || _ <- lists:seq(1, rand:uniform(Max + 1) - 1)].

leaf() ->
    case rand:uniform(16) of
        1 -> rand:uniform(41) - 21;
        2 -> pick([0, 1, -1, 255, 256, 1 bsl 27 - 1, 1 bsl 27, -(1 bsl 27), -(1 bsl 27) - 1,
                   1 bsl 31, 1 bsl 32 - 1, 1 bsl 32, 1 bsl 59 - 1, 1 bsl 59, 1 bsl 60, -(1 bsl 60),
                   1 bsl 63 - 1, 1 bsl 63, -(1 bsl 63), -(1 bsl 63) - 1, 1 bsl 64, 1 bsl 64 - 1,
                   1 bsl 128, -(1 bsl 200) + 12345, 9007199254740993]);
        3 -> (rand:uniform(1 bsl 70) - (1 bsl 69)) * pick([1, 1, 1 bsl 64, 3 bsl 150]);
        4 -> pick([0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1.0e10, 1.0e16, 1.0e-5, 3.14, 9007199254740992.0,
                   9.223372036854775807e18, 1.8446744073709552e19, 1.0e300, -2.5e-10, 5.0e-324,
                   1.7976931348623157e308, 123456789.0]);
        5 -> (rand:uniform() - 0.5) * math:pow(10, rand:uniform(40) - 20);
        6 -> float(rand:uniform(21) - 11);
        7 -> pick([a, b, ab, 'A', 'hello world', '', 'é', 'ü', true, false, undefined, ok,
                   list_to_atom([1000]), list_to_atom([16#1F600, $x]), 'a\nb', '\'']);
        8 -> pick([[], <<>>, {}, #{}]);
        9 -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(30) - 1)]);
        10 -> bits();
        11 -> list_to_pid(lists:flatten(io_lib:format("<0.~w.~w>", [rand:uniform(300) - 1, rand:uniform(4) - 1])));
        12 -> ref();
        13 -> list_to_port(lists:flatten(io_lib:format("#Port<0.~w>", [rand:uniform(100) - 1])));
        14 -> pick([fun lists:map/2, fun erlang:abs/1, fun ?MODULE:leaf/0, fun 'hello world':'f g'/0]);
        15 -> fn(1);
        16 -> rand:uniform(1 bsl 28) - (1 bsl 27)
    end.

%% Not every word pattern is a valid local ref: fall back to make_ref/0 for those.
ref() ->
    Text = io_lib:format("#Ref<0.~w.~w.~w>", [rand:uniform(1 bsl 32) - 1, rand:uniform(1000) - 1,
                                               rand:uniform(1 bsl 18) - 1]),
    try list_to_ref(lists:flatten(Text)) catch error:badarg -> make_ref() end.

bits() ->
    Size = rand:uniform(80) - 1,
    Skip = rand:uniform(8) - 1,
    Big = crypto_free_bytes((Size + Skip) div 8 + 1),
    <<_:Skip, B:Size/bitstring, _/bitstring>> = Big,
    B.

crypto_free_bytes(N) -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, N)]).

fn(D) ->
    X = term(D - 1),
    Y = leaf(),
    pick([fun() -> X end, fun(A) -> {A, X, Y} end, fun(A, B) -> A + B end, fun leaf/0]).

key(int) -> rand:uniform(100000) - 50000;
key(bigint) -> rand:uniform(1 bsl 100);
key(atom) -> list_to_atom("k" ++ integer_to_list(rand:uniform(100000)));
key(tuple) -> {rand:uniform(50), pick([1.5, <<"x">>, "ab", [], -7]), rand:uniform(50)};
key(nested) -> #{rand:uniform(20) => [rand:uniform(300) | rand:uniform(5)], <<"x">> => {}};
key(float) -> rand:uniform() * 1000;
key(binary) -> integer_to_binary(rand:uniform(100000));
key(list) -> integer_to_list(rand:uniform(100000));
key(mixed) -> key(pick([int, bigint, tuple, float, binary, list, nested])).
