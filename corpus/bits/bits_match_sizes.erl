-module(bits_match_sizes).
-export([main/0, id/1]).

id(X) -> X.

%% Matching with sizes from variables, earlier segments and guards; TLV and length-prefixed
%% decoding; matching the same binary several ways; skip segments.
main() ->
    Packet = id(<<1, 3, "abc", 2, 2, 16#12, 16#34, 3, 0, 9, 5, "hello">>),
    io:format("tlv: ~p~n", [tlv(Packet)]),
    io:format("pascal: ~p~n", [pascal(id(<<3, "abc", 0, 5, "hello", 1, "x">>))]),
    io:format("nibbles: ~p~n", [[{A, B} || <<A:4, B:4>> <= id(<<16#12, 16#AB, 16#F0>>)]]),
    io:format("header: ~p~n", [header(id(<<4:4, 5:4, 0:8, 60:16, 1:16, 2:3, 0:13, 64:8, 6:8, 0:16, 10, 0, 0, 1, 192, 168, 1, 1>>))]),
    io:format("size_var_list: ~p~n", [[take(id(N), id(<<"abcdef">>)) || N <- [0, 1, 3, 6, 7]]]),
    io:format("size_expr: ~p~n", [[expr(id(N), id(<<1, 2, 3, 4, 5, 6, 7, 8>>)) || N <- [1, 2, 3, 4]]]),
    io:format("skip: ~p~n", [case id(<<1, 2, 3, 4>>) of <<_:16, X:8, _/binary>> -> X end]),
    io:format("bits_size_var: ~p~n", [[bits(id(N), id(<<2#10110011, 2#01010101>>)) || N <- [1, 4, 7, 9, 16, 17]]]),
    io:format("guard_on_size: ~p~n", [[gs(id(B)) || B <- [<<>>, <<1>>, <<1, 2>>, <<1, 2, 3, 4>>, <<1:3>>]]]),
    io:format("multi_view: ~p~n", [views(id(<<16#DEADBEEF:32>>))]),
    io:format("string_prefixes: ~p~n", [[cmd(id(C)) || C <- [<<"GET /x">>, <<"POST /y">>, <<"PUT">>, <<"G">>]]]),
    io:format("unit_size: ~p~n", [[u(id(N), id(<<1, 2, 3, 4, 5, 6>>)) || N <- [0, 1, 2, 3]]]),
    io:format("signed_size_var: ~p~n", [[sv(id(N)) || N <- [4, 8, 12]]]),
    io:format("zero_and_negative: ~p~n", [[take(id(N), id(<<"ab">>)) || N <- [-1, 0]]]),
    ok.

tlv(<<>>) -> [];
tlv(<<T, L, V:L/binary, Rest/binary>>) -> [{T, V} | tlv(Rest)];
tlv(Bad) -> [{bad, Bad}].

pascal(<<L, S:L/binary, R/binary>>) -> [S | pascal(R)];
pascal(<<>>) -> [].

header(<<Ver:4, IHL:4, _Tos, Len:16, Id:16, Flags:3, Frag:13, Ttl, Proto, _Sum:16,
         S1, S2, S3, S4, D1, D2, D3, D4>>) ->
    #{ver => Ver, ihl => IHL, len => Len, id => Id, flags => Flags, frag => Frag, ttl => Ttl,
      proto => Proto, src => {S1, S2, S3, S4}, dst => {D1, D2, D3, D4}}.

take(N, Bin) ->
    case Bin of
        <<X:N/binary, Rest/binary>> -> {X, Rest};
        _ -> nomatch
    end.

expr(N, Bin) ->
    case Bin of
        <<X:(N * 8), Y:(8 * (4 - N))/bits, _/binary>> -> {X, Y};
        _ -> nomatch
    end.

bits(N, Bin) ->
    case Bin of
        <<X:N, _/bits>> -> X;
        _ -> nomatch
    end.

gs(B) when byte_size(B) >= 2, byte_size(B) rem 2 =:= 0 -> even_bytes;
gs(B) when is_binary(B), byte_size(B) > 0 -> odd_bytes;
gs(<<>>) -> empty;
gs(B) when is_bitstring(B) -> bits.

views(B) ->
    <<W:32>> = B,
    <<H:16, L:16>> = B,
    <<A, Bb, C, D>> = B,
    <<S:32/signed>> = B,
    <<Lit:32/little>> = B,
    {W, H, L, [A, Bb, C, D], S, Lit}.

cmd(<<"GET ", Path/binary>>) -> {get, Path};
cmd(<<"POST ", Path/binary>>) -> {post, Path};
cmd(<<"PUT">>) -> put;
cmd(_) -> unknown.

u(N, Bin) ->
    case Bin of
        <<X:N/unit:16, R/binary>> -> {X, R};
        _ -> nomatch
    end.

sv(N) ->
    <<X:N/signed, _/bits>> = id(<<16#FFF0:16>>),
    X.
