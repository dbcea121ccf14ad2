-module(binaries_basic).
-export([main/0]).

main() ->
    B = <<1, 2, 3, 255>>,
    out(B),
    out({byte_size(B), bit_size(B), binary_to_list(B)}),
    out(<<"hello", 0, "world">>),
    out(<<1:1, 0:2, 5:5>>),
    out(<<1:3>>),
    out(<<-1:16/signed, 258:16/little, 1.5/float, 2.5:32/float>>),
    out(<<16#12345678:32/big, 16#12345678:32/little>>),
    out(<<1000:9, 3:7>>),
    <<X:8, Y:16/little, Rest/binary>> = <<9, 1, 2, 3, 4, 5>>,
    out({X, Y, Rest}),
    <<F:64/float>> = <<1.25/float>>,
    out(F),
    <<S:16/signed>> = <<255, 254>>,
    out(S),
    out(parse(<<"key=value;k2=v2">>)),
    out(<< <<(C + 1)>> || <<C>> <= <<"HAL">> >>),
    out([C || <<C:4>> <= <<16#AB, 16#CD>>]),
    out(<< <<X2:3>> || X2 <- [1, 2, 3, 4, 5] >>),
    out(<<"é"/utf8, 1024/utf8, 65/utf16, 66/utf32-little>>),
    <<U/utf8, _/binary>> = <<"€uro"/utf8>>,
    out(U),
    out(split_binary(B, 2)),
    out(binary_part(B, 1, 2)),
    out(list_to_binary([1, [2, <<3>>], "ab"])),
    out(iolist_to_binary([<<"a">>, $b, [[$c]]])),
    out(term_to_binary({a, [1, 2], <<"x">>})),
    out(binary_to_term(term_to_binary({a, [1, 2], <<"x">>, 1.5, -3}))),
    out(show(fun() -> <<(id(a)):8>> end)),
    out(show(fun() -> <<1:(id(-1))>> end)),
    out(show(fun() -> <<Z:8>> = id(<<1:4>>), Z end)),
    out(match_sizes(<<3, "abcdef">>)),
    out(bits_tail(<<1:1, 7:3, 200>>)),
    out(append_loop(<<>>, 100)),
    out(<<B/binary, B/binary>>),
    out(<<1:4, B/binary, 2:4>>),
    out(is_binary(<<1:4>>)),
    out(is_bitstring(<<1:4>>)),
    ok.

parse(Bin) ->
    [list_to_tuple(binary:split(P, <<"=">>)) || P <- binary:split(Bin, <<";">>, [global])].

match_sizes(<<N, Data:N/binary, Rest/binary>>) -> {N, Data, Rest}.

bits_tail(<<A:1, B:3, Rest/bits>>) -> {A, B, Rest}.

append_loop(Acc, 0) -> byte_size(Acc);
append_loop(Acc, N) -> append_loop(<<Acc/binary, N:8>>, N - 1).

show(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.

out(T) -> io:format("~w~n", [T]).
