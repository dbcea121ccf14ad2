-module(unicode_encoding_matrix).
-export([main/0, id/1]).

id(X) -> X.

%% unicode:characters_to_binary/1,2,3 and characters_to_list/1,2 over every pair of encodings:
%% whole, nested and mixed chardata, incomplete input at the end and in the middle, invalid
%% input, characters the output encoding cannot hold, and the badarg cases with their error_info.
main() ->
    Encs = [latin1, unicode, utf8, utf16, {utf16, big}, {utf16, little}, utf32, {utf32, big}, {utf32, little}],
    Text = [$a, 16#E9, 16#20AC, 16#1F600, $z],
    Latin = [$a, 16#E9, 16#FF, $z],
    [begin
         Src = case In of latin1 -> Latin; _ -> Text end,
         Bin = unicode:characters_to_binary(Src, unicode, In),
         io:format("~w -> ~w: ~w~n", [In, Out, t(fun() -> unicode:characters_to_binary(Bin, In, Out) end)]),
         io:format("~w -> ~w split: ~w~n", [In, Out, t(fun() -> unicode:characters_to_binary(halves(Bin), In, Out) end)])
     end || In <- Encs, Out <- Encs],
    [io:format("list ~w: ~w ~w~n", [In, unicode:characters_to_list(unicode:characters_to_binary(Text, unicode, out(In)), In),
                                     unicode:characters_to_list([$x, [unicode:characters_to_binary("é", unicode, out(In))]], In)])
     || In <- Encs, In =/= latin1],
    %% incomplete: a truncated last character, alone or followed by more data
    [begin
         B = unicode:characters_to_binary([$a, 16#1F600], unicode, In),
         T = binary:part(B, 0, byte_size(B) - 1),
         io:format("incomplete ~w: ~w ~w ~w~n",
                   [In, unicode:characters_to_list(T, In), unicode:characters_to_binary(T, In, utf8),
                    unicode:characters_to_binary([T, <<"b">>], In, utf8)])
     end || In <- [utf8, utf16, {utf16, little}, utf32, {utf32, little}]],
    %% invalid input of each encoding
    Invalid = [{utf8, <<"ab", 16#FF, "cd">>}, {utf8, <<16#C0, 16#AF>>}, {utf8, <<16#ED, 16#A0, 16#80>>},
               {utf8, <<16#F4, 16#90, 16#80, 16#80>>}, {utf8, <<16#E2, 16#28, 16#A1>>}, {utf8, <<16#80>>},
               {utf16, <<16#DC, 0, 0, $a>>}, {utf16, <<16#D8, 0, 0, $a>>}, {{utf16, little}, <<0, 16#DC, $a, 0>>},
               {utf32, <<0, 16#11, 0, 0>>}, {utf32, <<0, 0, 16#D8, 0>>}, {{utf32, little}, <<0, 0, 16#11, 0>>},
               {utf32, <<16#FF, 16#FF, 16#FF, 16#FF>>}],
    [io:format("invalid ~w ~w: ~w ~w~n", [In, B, unicode:characters_to_list(B, In), unicode:characters_to_binary([B, "x"], In, utf16)])
     || {In, B} <- Invalid],
    %% characters that do not fit the output, and bad integers in lists
    [io:format("list_in ~w: ~w~n", [L, unicode:characters_to_binary(L, unicode, latin1)])
     || L <- [[$a, 256, $b], [$a, [16#20AC]], [[<<"é"/utf8>>], 16#FF, 16#100], [16#FF]]],
    [io:format("bad_int ~w: ~w ~w~n", [L, unicode:characters_to_binary(L), unicode:characters_to_list(L, utf16)])
     || L <- [[$a, -1], [$a, 16#110000], [$a, 16#D800], [$a, 16#DFFF, $b], [[$a], [[16#10FFFF, 16#110000]]]]],
    io:format("latin1_list_in: ~w ~w~n", [unicode:characters_to_binary([255, 256], latin1), unicode:characters_to_list([255, 256], latin1)]),
    io:format("latin1_bin_in: ~w~n", [unicode:characters_to_binary([<<255>>, 255], latin1, utf8)]),
    io:format("empty: ~w~n", [[unicode:characters_to_binary(E, In, Out) || E <- [[], <<>>, [[], <<>>, [[]]]],
                                                                         In <- [latin1, utf8, utf32], Out <- [utf8, utf16]]]),
    io:format("deep: ~w~n", [unicode:characters_to_list(deep(200, "é"), unicode)]),
    io:format("long: ~w~n", [erlang:phash2(unicode:characters_to_binary(lists:seq(1, 70000), unicode, utf16))]),
    Bad = [fun() -> unicode:characters_to_binary(id(atom)) end,
           fun() -> unicode:characters_to_binary(id([$a | b])) end,
           fun() -> unicode:characters_to_binary(id([$a, {x}])) end,
           fun() -> unicode:characters_to_binary(id([$a, 1.0])) end,
           fun() -> unicode:characters_to_binary(id(<<1:1>>)) end,
           fun() -> unicode:characters_to_binary(id([<<1:1>>])) end,
           fun() -> unicode:characters_to_binary("a", id(utf7)) end,
           fun() -> unicode:characters_to_binary("a", id({utf16, middle})) end,
           fun() -> unicode:characters_to_binary("a", unicode, id(utf7)) end,
           fun() -> unicode:characters_to_binary("a", id(utf7), unicode) end,
           fun() -> unicode:characters_to_binary(id(atom), latin1, utf8) end,
           fun() -> unicode:characters_to_list(id(atom)) end,
           fun() -> unicode:characters_to_list(id([$a | b])) end,
           fun() -> unicode:characters_to_list("a", id(utf7)) end,
           fun() -> unicode:characters_to_list(id(<<1:3>>), utf8) end,
           fun() -> unicode:characters_to_list(id(atom), utf16) end,
           fun() -> unicode:characters_to_list(id([-1]), latin1) end,
           fun() -> unicode:characters_to_list(id([256]), latin1) end],
    [report(F) || F <- Bad],
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.

halves(B) ->
    N = byte_size(B) div 2,
    [binary:part(B, 0, N), [binary:part(B, N, byte_size(B) - N)]].

out(unicode) -> utf8;
out(E) -> E.

deep(0, Acc) -> Acc;
deep(N, Acc) -> deep(N - 1, [Acc]).

report(F) ->
    R = try F() of V -> {ok, V}
        catch C:E:S ->
                [{M, Fn, A, Loc} | _] = S,
                {C, E, {M, Fn, A}, proplists:get_value(error_info, Loc, no_error_info)}
        end,
    io:format("~p~n", [R]).
