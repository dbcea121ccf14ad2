-module(bits_unaligned).
-export([main/0, id/1]).

id(X) -> X.

%% Bit-level, non-byte-aligned construction and matching; sub-binaries at odd offsets.
main() ->
    B = id(<<"The quick brown fox">>),
    [begin
         <<_:Off, Rest/bits>> = B,
         <<X:5, Y:11/signed, Z:3/little, _/bits>> = Rest,
         io:format("off ~p: ~p ~p ~p size ~p~n", [Off, X, Y, Z, bit_size(Rest)])
     end || Off <- lists:seq(0, 20)],
    Odd = id(<<1:1, B/binary, 7:3>>),
    io:format("odd_size: ~p~n", [bit_size(Odd)]),
    io:format("odd: ~w~n", [Odd]),
    <<_:1, Back:(byte_size(B))/binary, T:3>> = Odd,
    io:format("back: ~p ~p~n", [Back, T]),
    io:format("bits_list: ~w~n", [[X || <<X:1>> <= <<16#A5>>]]),
    io:format("triples: ~w~n", [[X || <<X:3>> <= <<16#A5, 16#5A, 16#FF>>]]),
    io:format("rebuild: ~w~n", [<< <<X:3>> || <<X:3>> <= <<16#A5, 16#5A, 16#FF>> >>]),
    io:format("bitstring_to_list: ~w~n", [bitstring_to_list(<<1, 2, 3:4>>)]),
    io:format("concat_odd: ~w~n", [<<(id(<<1:1>>))/bits, (id(<<1:2>>))/bits, (id(<<1:3>>))/bits,
                                     (id(<<1:4>>))/bits>>]),
    io:format("append_loop: ~w~n", [append_bits(id(<<>>), 1, 20)]),
    io:format("compare: ~p~n", [{<<1:1>> < <<1:2>>, <<0:1>> < <<>>, <<1:7>> == <<2:8>>,
                                 <<255:8, 0:1>> > <<255>>}]),
    io:format("match_64_at_odd: ~p~n", [case id(<<3:3, 16#0123456789ABCDEF:64, 1:5>>) of
                                            <<_:3, V:64, _:5>> -> V end]),
    io:format("match_big_at_odd: ~p~n", [case id(<<3:3, (1 bsl 99):100, 0:5>>) of
                                             <<_:3, V2:100, _:5>> -> V2 end]),
    io:format("signed_odd: ~w~n", [[X || <<X:7/signed>> <= <<16#FF, 16#00, 16#AA, 16#55, 16#0F, 16#F0, 16#81>>]]),
    io:format("little_odd: ~w~n", [[X || <<X:12/little>> <= <<16#12, 16#34, 16#56, 16#78, 16#9A, 16#BC>>]]),
    io:format("little_signed_odd: ~w~n", [[X || <<X:12/little-signed>> <= <<16#12, 16#34, 16#56, 16#78, 16#9A, 16#BC>>]]),
    io:format("sub_of_sub: ~p~n", [sub_of_sub(B)]),
    io:format("binary_part_odd: ~p~n", [try binary_part(id(<<1:9>>), 0, 1) catch C:E -> {C, E} end]),
    io:format("size_of_odd: ~p~n", [{byte_size(Odd), bit_size(Odd), size(Odd)}]),
    io:format("list_to_bitstring: ~w~n", [list_to_bitstring([<<1:1>>, [<<1:2>>, 3], <<7:3>>])]),
    io:format("is_binary_odd: ~p~n", [{is_binary(Odd), is_bitstring(Odd)}]),
    ok.

append_bits(Acc, _, 0) -> Acc;
append_bits(Acc, N, K) -> append_bits(<<Acc/bits, N:(N rem 5 + 1)>>, N + 1, K - 1).

sub_of_sub(B) ->
    <<_:3, S1/bits>> = B,
    <<_:5, S2/bits>> = S1,
    <<_:7, S3:20/bits, _/bits>> = S2,
    {S2 =:= element(2, split_binary(B, 1)), S3}.
