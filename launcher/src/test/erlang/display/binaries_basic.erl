-module(binaries_basic).
-export([main/0]).

main() ->
    B = <<1, 2, 3, 255>>,
    erlang:display(B),
    erlang:display({byte_size(B), bit_size(B), binary_to_list(B)}),
    erlang:display(<<"hello", 0, "world">>),
    erlang:display(<<1:1, 0:2, 5:5>>),
    erlang:display(<<1:3>>),
    erlang:display(<<-1:16/signed, 258:16/little, 1.5/float, 2.5:32/float>>),
    erlang:display(<<16#12345678:32/big, 16#12345678:32/little>>),
    erlang:display(<<1000:9, 3:7>>),
    <<X:8, Y:16/little, Rest/binary>> = <<9, 1, 2, 3, 4, 5>>,
    erlang:display({X, Y, Rest}),
    <<F:64/float>> = <<1.25/float>>,
    erlang:display(F),
    <<S:16/signed>> = <<255, 254>>,
    erlang:display(S),
    erlang:display(parse(<<"key=value;k2=v2">>)),
    erlang:display(<< <<(C + 1)>> || <<C>> <= <<"HAL">> >>),
    erlang:display([C || <<C:4>> <= <<16#AB, 16#CD>>]),
    erlang:display(<< <<X2:3>> || X2 <- [1, 2, 3, 4, 5] >>),
    erlang:display(<<"é"/utf8, 1024/utf8, 65/utf16, 66/utf32-little>>),
    <<U/utf8, _/binary>> = <<"€uro"/utf8>>,
    erlang:display(U),
    erlang:display(split_binary(B, 2)),
    erlang:display(binary_part(B, 1, 2)),
    erlang:display(list_to_binary([1, [2, <<3>>], "ab"])),
    erlang:display(iolist_to_binary([<<"a">>, $b, [[$c]]])),
    erlang:display(term_to_binary({a, [1, 2], <<"x">>})),
    erlang:display(binary_to_term(term_to_binary({a, [1, 2], <<"x">>, 1.5, -3}))),
    erlang:display(show(fun() -> <<(id(a)):8>> end)),
    erlang:display(show(fun() -> <<1:(id(-1))>> end)),
    erlang:display(show(fun() -> <<Z:8>> = id(<<1:4>>), Z end)),
    erlang:display(match_sizes(<<3, "abcdef">>)),
    erlang:display(bits_tail(<<1:1, 7:3, 200>>)),
    erlang:display(append_loop(<<>>, 100)),
    erlang:display(<<B/binary, B/binary>>),
    erlang:display(<<1:4, B/binary, 2:4>>),
    erlang:display(is_binary(<<1:4>>)),
    erlang:display(is_bitstring(<<1:4>>)),
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
