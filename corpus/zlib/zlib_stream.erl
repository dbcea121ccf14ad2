%% zlib's stream API: deflate in pieces with every flush, resets, parameter changes and
%% dictionaries; inflate in pieces, safeInflate, the deprecated inflateChunk, end-of-stream
%% behaviours, dictionaries; the controlling process, the stream's states and their errors.
-module(zlib_stream).
-export([main/0]).
-compile({nowarn_deprecated_function, [{zlib, inflateChunk, 1}, {zlib, inflateChunk, 2},
                                       {zlib, getBufSize, 1}, {zlib, setBufSize, 2}, {zlib, crc32, 1}]}).

main() ->
    deflate_pieces(),
    dictionaries(),
    inflate_pieces(),
    end_of_stream(),
    states_and_errors(),
    controlling_process().

show(Label, Value) -> io:format("~s: ~p~n", [Label, Value]).

try_(F) -> try F() catch C:R -> {C, R} end.

text(N) ->
    iolist_to_binary([io_lib:format("~b bottles of beer on the wall, ~b bottles of beer~n", [I, I])
                      || I <- lists:seq(N, 1, -1)]).

deflate_pieces() ->
    Z = zlib:open(),
    show("deflateInit", zlib:deflateInit(Z)),
    show("deflate empty none", zlib:deflate(Z, <<>>)),
    show("deflate none", zlib:deflate(Z, <<"hello ">>)),
    show("deflate sync", zlib:deflate(Z, <<"hello ">>, sync)),
    show("deflate full", zlib:deflate(Z, "world ", full)),
    show("deflate sync empty", zlib:deflate(Z, [], sync)),
    show("deflate finish", zlib:deflate(Z, <<"bye">>, finish)),
    show("deflate after finish", try_(fun() -> zlib:deflate(Z, <<"more">>) end)),
    show("deflate finish again (the refused input is still queued)", try_(fun() -> zlib:deflate(Z, <<>>, finish) end)),
    show("deflateReset", zlib:deflateReset(Z)),
    show("deflate after reset", iolist_to_binary(zlib:deflate(Z, "again", finish))),
    show("deflateEnd", zlib:deflateEnd(Z)),
    show("deflateInit after end", zlib:deflateInit(Z, best_compression)),
    Big = text(300),
    Out = iolist_to_binary(zlib:deflate(Z, Big, finish)),
    show("big in one call", {byte_size(Out), erlang:crc32(Out)}),
    show("big inflates back", zlib:uncompress(Out) =:= Big),
    show("deflateEnd unfinished", begin ok = zlib:deflateReset(Z), zlib:deflate(Z, "x"), try_(fun() -> zlib:deflateEnd(Z) end) end),
    show("deflateInit gzip", zlib:deflateInit(Z, default, deflated, 31, 8, default)),
    Pieces = [zlib:deflate(Z, binary:part(Big, I, 1000)) || I <- lists:seq(0, 9000, 1000)],
    Last = zlib:deflate(Z, binary:part(Big, 10000, byte_size(Big) - 10000), finish),
    G = iolist_to_binary([Pieces, Last]),
    show("gzip in pieces", {byte_size(G), erlang:crc32(G)}),
    show("gzip in pieces gunzips", zlib:gunzip(G) =:= Big),
    ok = zlib:deflateEnd(Z),
    show("deflateParams", begin
                              ok = zlib:deflateInit(Z, 1),
                              A = zlib:deflate(Z, binary:copy(<<"params ">>, 50)),
                              ok = zlib:deflateParams(Z, best_compression, filtered),
                              B = zlib:deflate(Z, binary:copy(<<"changed ">>, 50)),
                              ok = zlib:deflateParams(Z, none, default),
                              C = zlib:deflate(Z, <<"stored">>, finish),
                              iolist_to_binary([A, B, C])
                          end),
    ok = zlib:deflateEnd(Z),
    show("raw crc32", begin
                          ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
                          _ = zlib:deflate(Z, <<"checksum me">>, finish),
                          {zlib:crc32(Z), erlang:crc32(<<"checksum me">>)}
                      end),
    ok = zlib:deflateEnd(Z),
    show("close", zlib:close(Z)).

dictionaries() ->
    Dict = <<"the quick brown fox jumps over the lazy dog">>,
    Data = <<"the lazy dog jumps over the quick brown fox">>,
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    DictId = zlib:deflateSetDictionary(Z, Dict),
    show("deflateSetDictionary", DictId),
    C = iolist_to_binary(zlib:deflate(Z, Data, finish)),
    show("with dictionary", C),
    ok = zlib:deflateEnd(Z),
    ok = zlib:inflateInit(Z),
    show("inflate needs dictionary", try_(fun() -> zlib:inflate(Z, C) end)),
    show("inflateSetDictionary", zlib:inflateSetDictionary(Z, Dict)),
    show("inflate after dictionary", zlib:inflate(Z, [])),
    show("inflateEnd", zlib:inflateEnd(Z)),
    ok = zlib:inflateInit(Z),
    show("need_dictionary without exception", zlib:inflate(Z, C, [{exception_on_need_dict, false}])),
    show("wrong dictionary", try_(fun() -> zlib:inflateSetDictionary(Z, <<"wrong">>) end)),
    show("right dictionary", zlib:inflateSetDictionary(Z, Dict)),
    show("rest", zlib:inflate(Z, [], [{exception_on_need_dict, false}])),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z),
    show("dictionary too early", try_(fun() -> zlib:inflateSetDictionary(Z, Dict) end)),
    show("inflateEnd without data", try_(fun() -> zlib:inflateEnd(Z) end)),
    show("safeInflate need_dictionary", try_(fun() -> ok = zlib:inflateInit(Z), zlib:safeInflate(Z, C) end)),
    zlib:close(Z),
    Z2 = zlib:open(),
    ok = zlib:deflateInit(Z2, default, deflated, -15, 8, default),
    show("raw deflateSetDictionary", zlib:deflateSetDictionary(Z2, Dict)),
    R = iolist_to_binary(zlib:deflate(Z2, Data, finish)),
    show("raw with dictionary", R),
    ok = zlib:deflateEnd(Z2),
    ok = zlib:inflateInit(Z2, -15),
    show("raw inflateSetDictionary", zlib:inflateSetDictionary(Z2, Dict)),
    show("raw getDictionary", zlib:inflateGetDictionary(Z2)),
    show("raw inflate", zlib:inflate(Z2, R)),
    show("raw getDictionary after", byte_size(zlib:inflateGetDictionary(Z2))),
    ok = zlib:inflateEnd(Z2),
    ok = zlib:deflateInit(Z2, default, deflated, 31, 8, default),
    show("gzip deflateSetDictionary", try_(fun() -> zlib:deflateSetDictionary(Z2, Dict) end)),
    show("deflateSetDictionary after data", begin
                                              ok = zlib:deflateEnd(Z2),
                                              ok = zlib:deflateInit(Z2),
                                              _ = zlib:deflate(Z2, <<"x">>),
                                              try_(fun() -> zlib:deflateSetDictionary(Z2, Dict) end)
                                          end),
    zlib:close(Z2),
    Z3 = zlib:open(),
    ok = zlib:inflateInit(Z3),
    Big = text(200),
    CB = zlib:compress(Big),
    Half = byte_size(CB) div 2,
    _ = zlib:inflate(Z3, binary:part(CB, 0, Half)),
    D1 = zlib:inflateGetDictionary(Z3),
    show("getDictionary mid-stream", {byte_size(D1), erlang:crc32(D1)}),
    _ = zlib:inflate(Z3, binary:part(CB, Half, byte_size(CB) - Half)),
    D2 = zlib:inflateGetDictionary(Z3),
    show("getDictionary at the end", {byte_size(D2), erlang:crc32(D2)}),
    zlib:close(Z3),
    Z4 = zlib:open(),
    ok = zlib:inflateInit(Z4),
    _ = zlib:inflate(Z4, zlib:compress(<<"whole stream">>)),
    show("getDictionary of a whole stream", zlib:inflateGetDictionary(Z4)),
    zlib:close(Z4).

inflate_pieces() ->
    Big = text(400),
    C = zlib:compress(Big),
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    Out = [zlib:inflate(Z, binary:part(C, I, min(97, byte_size(C) - I))) || I <- lists:seq(0, byte_size(C) - 1, 97)],
    show("inflate in 97-byte pieces", iolist_to_binary(Out) =:= Big),
    show("inflateEnd", zlib:inflateEnd(Z)),
    ok = zlib:inflateInit(Z),
    show("safeInflate steps", safe_steps(Z, C, 0, 0)),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z),
    show("inflateChunk", chunk_steps(Z, zlib:inflateChunk(Z, C), 0)),
    ok = zlib:inflateEnd(Z),
    show("getBufSize", zlib:getBufSize(Z)),
    show("setBufSize", zlib:setBufSize(Z, 1000)),
    show("getBufSize after", zlib:getBufSize(Z)),
    show("setBufSize bad", try_(fun() -> zlib:setBufSize(Z, 1) end)),
    ok = zlib:inflateInit(Z),
    show("inflateChunk small buffer", chunk_steps(Z, zlib:inflateChunk(Z, C), 0)),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z, -15),
    show("raw crc32", begin
                          _ = zlib:inflate(Z, zlib:zip(<<"raw data">>)),
                          {zlib:crc32(Z), erlang:crc32(<<"raw data">>)}
                      end),
    ok = zlib:inflateEnd(Z),
    show("inflateEnd truncated", begin
                                     ok = zlib:inflateInit(Z),
                                     _ = zlib:inflate(Z, binary:part(C, 0, 20)),
                                     try_(fun() -> zlib:inflateEnd(Z) end)
                                 end),
    show("inflateReset mid-stream", begin
                                        ok = zlib:inflateInit(Z),
                                        _ = zlib:inflate(Z, binary:part(C, 0, 20)),
                                        ok = zlib:inflateReset(Z),
                                        zlib:inflate(Z, zlib:compress(<<"fresh">>))
                                    end),
    ok = zlib:inflateEnd(Z),
    zlib:close(Z).

safe_steps(Z, Input, Steps, Size) ->
    case zlib:safeInflate(Z, Input) of
        {continue, Out} -> safe_steps(Z, [], Steps + 1, Size + iolist_size(Out));
        {finished, Out} -> {Steps + 1, Size + iolist_size(Out)}
    end.

chunk_steps(Z, {more, Out}, Size) -> chunk_steps(Z, zlib:inflateChunk(Z), Size + iolist_size(Out));
chunk_steps(_, Out, Size) -> Size + iolist_size(Out).

end_of_stream() ->
    Two = [zlib:compress(<<"first">>), zlib:compress(<<"second">>)],
    Z = zlib:open(),
    ok = zlib:inflateInit(Z, 15, cut),
    show("cut", zlib:inflate(Z, Two)),
    show("cut more input", zlib:inflate(Z, <<"ignored">>)),
    show("cut inflateEnd", zlib:inflateEnd(Z)),
    ok = zlib:inflateInit(Z, 15, reset),
    show("reset", zlib:inflate(Z, Two)),
    show("reset inflateEnd", zlib:inflateEnd(Z)),
    ok = zlib:inflateInit(Z, 15, error),
    show("error", try_(fun() -> zlib:inflate(Z, Two) end)),
    show("error inflateEnd", try_(fun() -> zlib:inflateEnd(Z) end)),
    ok = zlib:inflateInit(Z, 31, reset),
    show("gzip members reset", zlib:inflate(Z, [zlib:gzip(<<"one ">>), zlib:gzip(<<"two">>)])),
    ok = zlib:inflateEnd(Z),
    show("bad eos behaviour", try_(fun() -> zlib:inflateInit(Z, 15, sideways) end)),
    zlib:close(Z).

states_and_errors() ->
    Z = zlib:open(),
    E = fun(Label, F) -> show(Label, try_(F)) end,
    E("deflate before init", fun() -> zlib:deflate(Z, <<"x">>) end),
    E("inflate before init", fun() -> zlib:inflate(Z, <<"x">>) end),
    E("deflateEnd before init", fun() -> zlib:deflateEnd(Z) end),
    E("inflateReset before init", fun() -> zlib:inflateReset(Z) end),
    E("crc32 before init", fun() -> zlib:crc32(Z) end),
    E("bad level", fun() -> zlib:deflateInit(Z, 10) end),
    E("bad level atom", fun() -> zlib:deflateInit(Z, fast) end),
    E("bad method", fun() -> zlib:deflateInit(Z, default, stored, 15, 8, default) end),
    E("bad window", fun() -> zlib:deflateInit(Z, default, deflated, 7, 8, default) end),
    E("bad memlevel", fun() -> zlib:deflateInit(Z, default, deflated, 15, 10, default) end),
    E("bad strategy", fun() -> zlib:deflateInit(Z, default, deflated, 15, 8, fastest) end),
    E("raw window 8", fun() -> zlib:deflateInit(Z, default, deflated, -8, 8, default) end),
    E("gzip window 24", fun() -> zlib:deflateInit(Z, default, deflated, 24, 8, default) end),
    E("inflate window 20", fun() -> zlib:inflateInit(Z, 20) end),
    E("inflate window 40", fun() -> ok = zlib:inflateInit(Z, 40), zlib:inflateEnd(Z) end),
    E("deflateInit", fun() -> zlib:deflateInit(Z) end),
    E("deflateInit twice", fun() -> zlib:deflateInit(Z) end),
    E("inflateInit while deflating", fun() -> zlib:inflateInit(Z) end),
    E("inflate while deflating", fun() -> zlib:inflate(Z, <<"x">>) end),
    E("bad flush", fun() -> zlib:deflate(Z, <<"x">>, sometimes) end),
    E("deflate not iodata", fun() -> zlib:deflate(Z, [foo]) end),
    E("deflateEnd with queued input", fun() -> zlib:deflateEnd(Z) end),
    E("inflate garbage", fun() -> ok = zlib:inflateInit(Z), zlib:inflate(Z, <<"garbage garbage">>) end),
    E("inflate garbage again", fun() -> zlib:inflate(Z, <<"more">>) end),
    E("close", fun() -> zlib:close(Z) end),
    E("close twice", fun() -> zlib:close(Z) end),
    E("deflateInit after close", fun() -> zlib:deflateInit(Z) end),
    E("not a stream", fun() -> zlib:deflateInit(make_ref()) end),
    E("not a reference", fun() -> zlib:close(stream) end).

controlling_process() ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    Self = self(),
    Other = spawn(fun() ->
                          receive go -> ok end,
                          R1 = try_(fun() -> zlib:deflate(Z, <<"from other">>, finish) end),
                          Self ! {other, R1},
                          receive given -> ok end,
                          R2 = iolist_to_binary(zlib:deflate(Z, <<"now mine">>, finish)),
                          Self ! {other, R2}
                  end),
    Other ! go,
    receive {other, Before} -> show("deflate from another process", Before) end,
    show("set_controlling_process", zlib:set_controlling_process(Z, Other)),
    show("old owner now refused", try_(fun() -> zlib:deflate(Z, <<"x">>) end)),
    Other ! given,
    receive {other, After} -> show("new owner deflates", After) end,
    show("set_controlling_process not a pid", try_(fun() -> zlib:set_controlling_process(Z, self) end)).
