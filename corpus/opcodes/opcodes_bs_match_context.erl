-module(opcodes_bs_match_context).
-export([main/0, id/1]).

id(X) -> X.

%% Binary matching that passes the rest of the binary between functions and clauses (the
%% compiler reuses match contexts), tail tests, unit tests, skips, and binaries matched
%% again after partial matches failed.
main() ->
    io:format("parse_kv: ~p~n", [parse_kv(id(<<"a=1;bb=22;ccc=333">>), [])]),
    io:format("count_words: ~p~n", [words(id(<<"  the quick  brown fox ">>), 0, false)]),
    io:format("fallback: ~p~n", [[fallback(id(B)) || B <- [<<1, 2, 3>>, <<1, 9>>, <<1>>, <<2, 0, 0, 0, 0>>, <<>>]]]),
    io:format("unit_test: ~p~n", [[unit(id(B)) || B <- [<<1, 2>>, <<1, 2, 3>>, <<1:12>>, <<>>]]]),
    io:format("skip_parse: ~p~n", [skip(id(<<0, 0, 0, 5, "hello", 0, 0, 0, 1, "x">>))]),
    io:format("utf8_scan: ~p~n", [scan_utf8(id(<<"añ€😀"/utf8>>), [])]),
    io:format("split_lines: ~p~n", [lines(id(<<"one\ntwo\r\nthree">>), <<>>, [])]),
    io:format("int_list: ~p~n", [ints(id(<<"12,345,6,7890">>), 0, [])]),
    io:format("bits_walk: ~p~n", [bits_walk(id(<<2#1011001110001111:16>>), [])]),
    io:format("match_after_call: ~p~n", [after_call(id(<<"HDR", 3, 1, 2, 3, "tail">>))]),
    ok.

parse_kv(<<>>, Acc) -> lists:reverse(Acc);
parse_kv(Bin, Acc) ->
    {K, Rest} = until(Bin, $=, <<>>),
    {V, Rest2} = until(Rest, $;, <<>>),
    parse_kv(Rest2, [{K, binary_to_integer(V)} | Acc]).

until(<<C, Rest/binary>>, C, Acc) -> {Acc, Rest};
until(<<C, Rest/binary>>, Stop, Acc) -> until(Rest, Stop, <<Acc/binary, C>>);
until(<<>>, _, Acc) -> {Acc, <<>>}.

words(<<>>, N, _) -> N;
words(<<$\s, R/binary>>, N, _) -> words(R, N, false);
words(<<_, R/binary>>, N, false) -> words(R, N + 1, true);
words(<<_, R/binary>>, N, true) -> words(R, N, true).

fallback(<<1, 2, X>>) -> {one_two, X};
fallback(<<1, X/binary>>) -> {one, X};
fallback(<<2, X:32>>) -> {two, X};
fallback(<<>>) -> empty.

unit(B) when is_binary(B) ->
    case B of
        <<_:16/binary-unit:1, _/binary>> when bit_size(B) rem 16 =:= 0 -> even_words;
        <<_/binary-unit:8>> -> bytes
    end;
unit(_) -> bits.

skip(<<Len:32, Body:Len/binary, Rest/binary>>) -> [Body | skip(Rest)];
skip(<<>>) -> [].

scan_utf8(<<C/utf8, R/binary>>, Acc) -> scan_utf8(R, [C | Acc]);
scan_utf8(<<>>, Acc) -> lists:reverse(Acc).

lines(<<"\r\n", R/binary>>, Cur, Acc) -> lines(R, <<>>, [Cur | Acc]);
lines(<<"\n", R/binary>>, Cur, Acc) -> lines(R, <<>>, [Cur | Acc]);
lines(<<C, R/binary>>, Cur, Acc) -> lines(R, <<Cur/binary, C>>, Acc);
lines(<<>>, Cur, Acc) -> lists:reverse([Cur | Acc]).

ints(<<C, R/binary>>, N, Acc) when C >= $0, C =< $9 -> ints(R, N * 10 + C - $0, Acc);
ints(<<$,, R/binary>>, N, Acc) -> ints(R, 0, [N | Acc]);
ints(<<>>, N, Acc) -> lists:reverse([N | Acc]).

bits_walk(<<1:1, R/bits>>, Acc) -> bits_walk(R, [1 | Acc]);
bits_walk(<<0:1, R/bits>>, Acc) -> bits_walk(R, [0 | Acc]);
bits_walk(<<>>, Acc) -> lists:reverse(Acc).

after_call(<<"HDR", Rest/binary>>) ->
    {Body, Tail} = body(Rest),
    {Body, Tail}.

body(<<N, Body:N/binary, Tail/binary>>) -> {binary_to_list(Body), Tail}.
