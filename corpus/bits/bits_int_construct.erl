-module(bits_int_construct).
-export([main/0, id/1]).

id(X) -> X.

%% Integer segments: every size 1..72 and some beyond, each endianness and signedness,
%% values that fit, overflow (truncated) and negative.
main() ->
    Values = [0, 1, -1, 5, -5, 255, 256, -129, 16#123456789ABCDEF0, -16#123456789ABCDEF0,
              1 bsl 63, (1 bsl 64) - 1, 1 bsl 64, -(1 bsl 64), 16#DEADBEEFCAFEBABE12345678],
    [io:format("~p/~p: ~w ~w ~w ~w~n",
               [V, S, <<(id(V)):(id(S))/big>>, <<(id(V)):(id(S))/little>>,
                <<(id(V)):S/signed-big>>, <<(id(V)):S/native-unsigned>>])
     || V <- Values, S <- lists:seq(1, 72) ++ [96, 100, 127, 128, 129, 200]],
    io:format("static: ~w~n", [[<<1:1>>, <<1:7>>, <<300:8>>, <<300:16>>, <<300:16/little>>,
                                <<-2:12/signed>>, <<-2:12/little-signed>>, <<1:3, 2:5, 3:8>>,
                                <<16#ABCD:16/unit:1>>, <<7:2/unit:4>>, <<1:1/unit:32>>]]),
    io:format("literal_big: ~w~n", [<<16#0102030405060708090A:80>>]),
    io:format("literal_big_little: ~w~n", [<<16#0102030405060708090A:80/little>>]),
    io:format("zero_size: ~w~n", [<<(id(123)):0>>]),
    io:format("default_size: ~w~n", [<<(id(1000))>>]),
    io:format("unit_size: ~w~n", [[<<(id(5)):(id(N))/unit:3>> || N <- [0, 1, 2, 3, 8]]]),
    io:format("char_list: ~w~n", [<<"abc", $d, "ef":16>>]),
    io:format("string_little: ~w~n", [<<"ab":16/little>>]),
    ok.
