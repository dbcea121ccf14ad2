%% zlib's one-shot functions (compress/uncompress, zip/unzip, gzip/gunzip) and deflate at every
%% level and strategy, window size and memory level: the compressed bytes themselves are compared
%% with erl's (both use the system's zlib); corrupt and truncated input.
-module(zlib_compress).
-export([main/0]).

main() ->
    one_shot(),
    levels_and_strategies(),
    windows(),
    errors().

show(Label, Value) -> io:format("~s: ~p~n", [Label, Value]).

%% A deterministic, poorly compressible byte sequence (a linear congruential generator).
noise(N) -> noise(N, 12345, []).
noise(0, _, Acc) -> list_to_binary(Acc);
noise(N, X, Acc) -> X1 = (X * 1103515245 + 12345) band 16#7fffffff, noise(N - 1, X1, [(X1 bsr 16) band 255 | Acc]).

text() ->
    iolist_to_binary([io_lib:format("line ~b: the quick brown fox jumps over the lazy dog ~b~n", [I, I * I])
                      || I <- lists:seq(1, 400)]).

digest(Bin) -> {byte_size(Bin), erlang:crc32(Bin)}.

one_shot() ->
    Inputs = [{"empty", <<>>}, {"one byte", <<"a">>}, {"hello", <<"hello, world">>},
              {"iolist", ["ab", [<<"cd">>, $e], []]}, {"repeated", binary:copy(<<"abc">>, 1000)},
              {"text", text()}, {"noise", noise(5000)}, {"zeros", <<0:80000>>}],
    lists:foreach(
      fun({Name, In}) ->
              Bin = iolist_to_binary(In),
              C = zlib:compress(In),
              Z = zlib:zip(In),
              G = zlib:gzip(In),
              show(Name ++ " compress", short(C)),
              show(Name ++ " zip", short(Z)),
              show(Name ++ " gzip", short(G)),
              show(Name ++ " round trips", {zlib:uncompress(C) =:= Bin, zlib:unzip(Z) =:= Bin,
                                            zlib:gunzip(G) =:= Bin})
      end, Inputs),
    show("uncompress iolist", zlib:uncompress([binary:part(zlib:compress("split"), 0, 3),
                                               binary:part(zlib:compress("split"), 3, 10)])),
    show("gunzip two members", zlib:gunzip([zlib:gzip("first "), zlib:gzip("second")])),
    show("uncompress with trailing bytes", zlib:uncompress([zlib:compress("ab"), <<"junk">>])),
    show("unzip of a zip stream twice", zlib:unzip([zlib:zip("x"), zlib:zip("y")])).

%% Small outputs in full, big ones as size and CRC.
short(Bin) when byte_size(Bin) =< 40 -> Bin;
short(Bin) -> digest(Bin).

deflate(Data, Level, WindowBits, MemLevel, Strategy) ->
    Z = zlib:open(),
    try
        ok = zlib:deflateInit(Z, Level, deflated, WindowBits, MemLevel, Strategy),
        B = iolist_to_binary(zlib:deflate(Z, Data, finish)),
        ok = zlib:deflateEnd(Z),
        B
    after
        zlib:close(Z)
    end.

levels_and_strategies() ->
    Data = text(),
    Noise = noise(3000),
    [show(io_lib:format("level ~p ~p", [L, S]), {short(deflate(Data, L, 15, 8, S)), short(deflate(Noise, L, 15, 8, S))})
     || L <- [none, best_speed, 2, 3, 4, 5, default, 7, 8, best_compression],
        S <- [default, filtered, huffman_only]],
    [show(io_lib:format("small level ~p", [L]), deflate(<<"aaaaaaaaaabbbbbbbbbbaaaaaaaaaa">>, L, 15, 8, default))
     || L <- lists:seq(0, 9)],
    [show(io_lib:format("gzip level ~p ~p", [L, S]), deflate(<<"hi there">>, L, 31, 8, S))
     || L <- [0, 1, 2, 6, 9], S <- [default, huffman_only]],
    [show(io_lib:format("raw level ~p", [L]), short(deflate(Data, L, -15, 8, default))) || L <- [1, 6, 9]].

windows() ->
    Small = <<"window window window window bits bits bits">>,
    [show(io_lib:format("zlib window ~p", [W]), deflate(Small, default, W, 8, default)) || W <- lists:seq(8, 15)],
    [show(io_lib:format("raw window ~p", [W]), deflate(Small, default, W, 8, default)) || W <- lists:seq(-15, -9)],
    [show(io_lib:format("gzip window ~p", [W]), deflate(Small, default, W, 8, default)) || W <- lists:seq(25, 31)],
    [show(io_lib:format("window ~p round trip", [W]),
          begin
              C = deflate(Small, default, W, 8, default),
              Z = zlib:open(),
              ok = zlib:inflateInit(Z, W),
              Out = iolist_to_binary(zlib:inflate(Z, C)),
              zlib:close(Z),
              Out =:= Small
          end) || W <- [9, 12, -9, -12, 25, 28]],
    show("inflate window too small", try
                                         Z = zlib:open(),
                                         ok = zlib:inflateInit(Z, 9),
                                         zlib:inflate(Z, zlib:compress(Small))
                                     catch C:R -> {C, R} end),
    show("inflate auto-detect", [begin
                                     Z2 = zlib:open(),
                                     ok = zlib:inflateInit(Z2, 47),
                                     Out = iolist_to_binary(zlib:inflate(Z2, Comp)),
                                     zlib:close(Z2),
                                     Out
                                 end || Comp <- [zlib:compress("zlib data"), zlib:gzip("gzip data")]]).

errors() ->
    E = fun(Label, F) -> show(Label, try F() catch C:R -> {C, R} end) end,
    C = zlib:compress(text()),
    G = zlib:gzip(text()),
    E("uncompress garbage", fun() -> zlib:uncompress(<<"this is not zlib data">>) end),
    E("uncompress short", fun() -> zlib:uncompress(<<1, 2, 3>>) end),
    E("uncompress truncated", fun() -> zlib:uncompress(binary:part(C, 0, byte_size(C) - 10)) end),
    E("uncompress bad checksum", fun() -> S = byte_size(C) - 1, <<H:S/binary, X>> = C, zlib:uncompress(<<H/binary, (X bxor 1)>>) end),
    E("uncompress not iodata", fun() -> zlib:uncompress(an_atom) end),
    E("unzip garbage", fun() -> zlib:unzip(<<255, 255, 255, 255>>) end),
    E("gunzip bad magic", fun() -> zlib:gunzip(<<"not gzip at all">>) end),
    E("gunzip truncated", fun() -> zlib:gunzip(binary:part(G, 0, byte_size(G) - 4)) end),
    E("gunzip bad crc", fun() -> S = byte_size(G) - 8, <<H:S/binary, Crc:32, L:32>> = G,
                                 zlib:gunzip(<<H/binary, (Crc bxor 1):32, L:32>>) end),
    E("gunzip bad length", fun() -> S = byte_size(G) - 4, <<H:S/binary, L:32/little>> = G,
                                    zlib:gunzip(<<H/binary, (L + 1):32/little>>) end),
    E("gunzip with trailing garbage", fun() -> zlib:gunzip([zlib:gzip("ab"), <<"junk">>]) end),
    E("gzip header with name and comment", fun() ->
        %% FNAME and FCOMMENT set, a header CRC too
        Body = zlib:zip("named"),
        Header0 = <<31, 139, 8, 2#11010, 0:32, 0, 3, "file.txt", 0, "a comment", 0>>,
        Hcrc = erlang:crc32(Header0) band 16#ffff,
        Trailer = <<(erlang:crc32("named")):32/little, 5:32/little>>,
        zlib:gunzip(<<Header0/binary, Hcrc:16/little, Body/binary, Trailer/binary>>) end),
    E("gzip header with extra field", fun() ->
        Body = zlib:zip("extra"),
        Header = <<31, 139, 8, 4, 0:32, 0, 3, 6:16/little, "AB", 2:16/little, "xy">>,
        Trailer = <<(erlang:crc32("extra")):32/little, 5:32/little>>,
        zlib:gunzip(<<Header/binary, Body/binary, Trailer/binary>>) end),
    E("gzip header bad crc", fun() ->
        Body = zlib:zip("x"),
        Header = <<31, 139, 8, 2, 0:32, 0, 3, 0:16>>,
        zlib:gunzip(<<Header/binary, Body/binary, (erlang:crc32("x")):32/little, 1:32/little>>) end),
    E("gzip header reserved flags", fun() -> zlib:gunzip(<<31, 139, 8, 16#20, 0:32, 0, 3, 3, 0, 0:64>>) end),
    E("gzip header bad method", fun() -> zlib:gunzip(<<31, 139, 7, 0, 0:32, 0, 3, 3, 0, 0:64>>) end),
    E("compress not iodata", fun() -> zlib:compress({a}) end),
    E("zip not iodata", fun() -> zlib:zip([a]) end).
