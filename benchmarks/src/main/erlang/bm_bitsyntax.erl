%% Bit syntax: encodes records into one binary (odd-sized integer fields, floats, UTF-8, sized
%% binaries, appended one by one) and decodes it back with binary matching, repeated.
%% The result is the encoding's size and a checksum of the decoded fields.
-module(bm_bitsyntax).
-export([size/1, run/1]).

size(tiny) -> {20, 2};
size(bench) -> {4000, 60}.

run({Records, Times}) ->
    Rs = [record(I) || I <- lists:seq(1, Records)],
    repeat(Rs, Times, {0, 0}).

repeat(_, 0, Acc) -> Acc;
repeat(Rs, N, _) ->
    Bin = encode(Rs, <<>>),
    repeat(Rs, N - 1, {byte_size(Bin), decode(Bin, 0)}).

record(I) ->
    Name = list_to_binary(["item-", integer_to_list(I * 7919 rem 100000)]),
    {I, I band 7, Name, I / 7, 16#41 + I rem 26 + (I rem 3) * 16#3A0}.

encode([], Acc) -> Acc;
encode([{Id, Flags, Name, F, Char} | Rest], Acc) ->
    encode(Rest, <<Acc/binary, Id:32, Flags:3, (byte_size(Name)):13, Name/binary, F:64/float,
                   (Id rem 128):7, 1:1, Char/utf8>>).

decode(<<>>, Sum) -> Sum;
decode(<<Id:32, Flags:3, Len:13, Name:Len/binary, F:64/float, Low:7, 1:1, Char/utf8, Rest/binary>>, Sum) ->
    <<"item-", Digits/binary>> = Name,
    Value = Id + Flags + binary_to_integer(Digits) + trunc(F * 7) + Low + Char,
    decode(Rest, (Sum * 33 + Value) band 16#FFFFFFF).
