-module(stdlib_base64).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    Inputs = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>,
              <<0, 255, 254, 253>>, list_to_binary(lists:seq(0, 255))],
    [io:format("~w: ~p ~p~n", [I, base64:encode(I), base64:decode(base64:encode(I)) =:= I]) || I <- Inputs],
    ?T(encode_list, base64:encode_to_string("hello")),
    ?T(encode_string_input, base64:encode("hello")),
    ?T(decode_string, base64:decode_to_string("aGVsbG8=")),
    ?T(decode_no_padding, base64:decode(<<"aGVsbG8">>)),
    ?T(decode_whitespace, base64:decode(<<"aGVs\nbG8=">>)),
    ?T(decode_bad_char, base64:decode(<<"aGV$bG8=">>)),
    ?T(decode_bad_length, base64:decode(<<"a">>)),
    ?T(mime_decode, base64:mime_decode(<<"aGV$sbG8=">>)),
    ?T(mime_decode_to_string, base64:mime_decode_to_string("aGVs bG8=")),
    ?T(decode_bad_padding, base64:decode(<<"aGVsbG8=x">>)),
    ?T(encode_not_binary, base64:encode(id(atom))),
    ok.
