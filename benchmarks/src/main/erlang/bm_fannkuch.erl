%% Permutation code: the Computer Language Benchmarks Game's fannkuch-redux, permutations in its
%% order (so the checksum is the game's: n = 7 gives {228, 16}). The result is {Checksum, MaxFlips}.
-module(bm_fannkuch).
-export([size/1, run/1]).

size(tiny) -> 7;
size(bench) -> 9.

run(N) ->
    Perm = lists:seq(0, N - 1),
    next(N, N, Perm, lists:duplicate(N, 0), 0, 0, 0).

%% R counts down to 1 resetting the counters, then the permutation is scored, then advanced.
next(N, R, Perm, Count, Index, Checksum, MaxFlips) when R > 1 ->
    next(N, R - 1, Perm, setnth(R, Count, R), Index, Checksum, MaxFlips);
next(N, R, Perm, Count, Index, Checksum, MaxFlips) ->
    Flips = flips(Perm, 0),
    Checksum1 = case Index band 1 of 0 -> Checksum + Flips; 1 -> Checksum - Flips end,
    advance(N, R, Perm, Count, Index + 1, Checksum1, max(Flips, MaxFlips)).

advance(N, R, _, _, _, Checksum, MaxFlips) when R =:= N -> {Checksum, MaxFlips};
advance(N, R, Perm, Count, Index, Checksum, MaxFlips) ->
    Perm1 = rotate(R + 1, Perm),
    C = lists:nth(R + 1, Count) - 1,
    Count1 = setnth(R + 1, Count, C),
    case C > 0 of
        true -> next(N, R, Perm1, Count1, Index, Checksum, MaxFlips);
        false -> advance(N, R + 1, Perm1, Count1, Index, Checksum, MaxFlips)
    end.

%% Moves the first element of the first K to position K.
rotate(K, [First | Rest]) ->
    {Front, Back} = lists:split(K - 1, Rest),
    Front ++ [First | Back].

flips([0 | _], Acc) -> Acc;
flips([K | _] = P, Acc) ->
    {Front, Back} = lists:split(K + 1, P),
    flips(lists:reverse(Front, Back), Acc + 1).

setnth(1, [_ | T], V) -> [V | T];
setnth(I, [H | T], V) -> [H | setnth(I - 1, T, V)].
