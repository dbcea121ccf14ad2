-module(bits_append_loops).
-export([main/0, id/1]).

id(X) -> X.

%% Binaries grown by appending in loops (the compiler's in-place append), keeping old
%% versions alive so appending must not clobber them, and binaries taken apart in loops.
main() ->
    B1 = grow(id(<<>>), 1, 300),
    io:format("grow: ~p ~p~n", [byte_size(B1), erlang:md5(B1)]),
    Old = id(<<"base">>),
    New1 = <<Old/binary, "-one">>,
    New2 = <<Old/binary, "-two">>,
    io:format("shared_base: ~p~n", [{Old, New1, New2}]),
    Acc0 = id(<<"x">>),
    Acc1 = <<Acc0/binary, "y">>,
    Acc2 = <<Acc1/binary, "z">>,
    Acc1b = <<Acc1/binary, "Z">>,
    io:format("branching: ~p~n", [{Acc0, Acc1, Acc2, Acc1b}]),
    io:format("bits_grow: ~p~n", [bits_grow(id(<<>>), 0, 50)]),
    io:format("reverse: ~p~n", [rev(id(<<"hello world">>), <<>>)]),
    io:format("escape: ~p~n", [escape(id(<<"a<b>&\"c\"">>), <<>>)]),
    io:format("csv: ~p~n", [split_csv(id(<<"a,bb,,ccc,">>), <<>>, [])]),
    io:format("utf8_encode_loop: ~p~n", [enc(id([$a, 233, 8364, 128512]), <<>>)]),
    io:format("iolist_vs_append: ~p~n", [iolist_to_binary([integer_to_binary(I) || I <- lists:seq(1, 50)]) =:=
                                          lists:foldl(fun(I, A) -> <<A/binary, (integer_to_binary(I))/binary>> end, <<>>, lists:seq(1, 50))]),
    io:format("varint: ~p~n", [[{N, varint(N), unvarint(varint(N))} || N <- [0, 1, 127, 128, 300, 16384, 1 bsl 35]]]),
    io:format("large: ~p~n", [byte_size(repeat(id(<<"0123456789">>), 10000, <<>>))]),
    ok.

grow(B, _, 0) -> B;
grow(B, I, N) -> grow(<<B/binary, I:16, (I rem 7):3, 0:5>>, I + 1, N - 1).

bits_grow(B, _, 0) -> B;
bits_grow(B, I, N) -> bits_grow(<<B/bits, (I rem 2):1>>, I + 1, N - 1).

rev(<<>>, Acc) -> Acc;
rev(<<C, R/binary>>, Acc) -> rev(R, <<C, Acc/binary>>).

escape(<<>>, Acc) -> Acc;
escape(<<$<, R/binary>>, Acc) -> escape(R, <<Acc/binary, "&lt;">>);
escape(<<$>, R/binary>>, Acc) -> escape(R, <<Acc/binary, "&gt;">>);
escape(<<$&, R/binary>>, Acc) -> escape(R, <<Acc/binary, "&amp;">>);
escape(<<$", R/binary>>, Acc) -> escape(R, <<Acc/binary, "&quot;">>);
escape(<<C, R/binary>>, Acc) -> escape(R, <<Acc/binary, C>>).

split_csv(<<>>, Cur, Acc) -> lists:reverse([Cur | Acc]);
split_csv(<<$,, R/binary>>, Cur, Acc) -> split_csv(R, <<>>, [Cur | Acc]);
split_csv(<<C, R/binary>>, Cur, Acc) -> split_csv(R, <<Cur/binary, C>>, Acc).

enc([], Acc) -> Acc;
enc([C | Cs], Acc) -> enc(Cs, <<Acc/binary, C/utf8>>).

varint(N) when N < 128 -> <<N>>;
varint(N) -> <<1:1, (N band 127):7, (varint(N bsr 7))/binary>>.

unvarint(<<0:1, N:7>>) -> N;
unvarint(<<1:1, N:7, Rest/binary>>) -> N bor (unvarint(Rest) bsl 7).

repeat(_, 0, Acc) -> Acc;
repeat(B, N, Acc) -> repeat(B, N - 1, <<Acc/binary, B/binary>>).
