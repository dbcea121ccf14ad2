-module(bits_signed_sweep).
-export([main/0, id/1]).

id(X) -> X.

%% Construction/matching round trips of pseudo-random integers at every size up to 256 bits,
%% each endianness and signedness, checking the value that comes back.
main() ->
    sweep(1, 2463534242, []),
    ok.

sweep(257, _, Acc) ->
    io:format("mismatches: ~p~n", [lists:reverse(Acc)]);
sweep(Size, Seed, Acc) ->
    {V, Seed1} = rnd(Seed, Size + 8),
    Signed = V - (1 bsl (Size + 7)),
    Bins = [<<(id(Signed)):Size/big>>, <<(id(Signed)):Size/little>>,
            <<(id(Signed)):Size/signed-big>>, <<(id(Signed)):Size/signed-little>>],
    [<<U1:Size/big>>, <<U2:Size/little>>, <<S1:Size/signed-big>>, <<S2:Size/signed-little>>] = Bins,
    Mask = (1 bsl Size) - 1,
    Low = Signed band Mask,
    Exp = case Low >= (1 bsl (Size - 1)) of true -> Low - (1 bsl Size); false -> Low end,
    Ok = [U1 =:= Low, U2 =:= Low, S1 =:= Exp, S2 =:= Exp],
    case Size rem 16 =:= 1 orelse Size =< 8 of
        true -> io:format("~p: ~p ~w ~w~n", [Size, Signed, hd(Bins), Ok]);
        false -> ok
    end,
    NewAcc = case lists:all(fun(B) -> B end, Ok) of true -> Acc; false -> [Size | Acc] end,
    sweep(Size + 1, Seed1, NewAcc).

rnd(Seed, Bits) -> rnd(Seed, Bits, 0).
rnd(Seed, Bits, Acc) when Bits =< 0 -> {Acc, Seed};
rnd(Seed, Bits, Acc) ->
    S = (Seed * 1103515245 + 12345) band 16#7FFFFFFF,
    rnd(S, Bits - 16, (Acc bsl 16) bor (S bsr 15)).
