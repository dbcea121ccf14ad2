-module(tuples_big).
-export([main/0, id/1]).

id(X) -> X.

%% Tuples above 255 elements (and the arities around the 255/256 boundary).
main() ->
    lists:foreach(
      fun(N) ->
              T = list_to_tuple(lists:seq(1, N)),
              T2 = setelement(N, T, last),
              T3 = erlang:append_element(T2, extra),
              io:format("size ~p: ~p ~p ~p ~p ~p~n",
                        [N, tuple_size(T), element(N, T), element(N, T2),
                         tuple_size(T3), lists:sum(lists:sublist(tuple_to_list(T), 10))]),
              io:format("size ~p oob: ~p~n", [N, try element(N + 1, id(T)) catch C:E -> {C, E} end])
      end, [1, 254, 255, 256, 257, 1000, 65535, 65536, 100000]),
    Big = id(erlang:make_tuple(300, 0)),
    io:format("make_tuple_300: ~p~n", [{tuple_size(Big), element(300, Big)}]),
    Upd = lists:foldl(fun(I, Acc) -> setelement(I, Acc, I * I) end, Big, lists:seq(1, 300, 7)),
    io:format("updated: ~w~n", [[element(I, Upd) || I <- lists:seq(1, 300, 29)]]),
    io:format("eq: ~p~n", [Upd =:= list_to_tuple(tuple_to_list(Upd))]),
    io:format("cmp: ~p~n", [{Big < Upd, erlang:make_tuple(300, 1) > Upd}]),
    io:format("print_260: ~w~n", [list_to_tuple(lists:seq(1, 260))]),
    io:format("match_big: ~p~n", [match_big(list_to_tuple(lists:seq(1, 300)))]),
    io:format("literal_big: ~p~n", [tuple_size(literal())]),
    ok.

match_big(T) when tuple_size(T) =:= 300, element(300, T) =:= 300 -> ok;
match_big(_) -> no.

literal() ->
    {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,
     31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,
     58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,
     85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,
     109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,
     129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,
     149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,
     169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,
     189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,
     209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,
     229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,
     249,250,251,252,253,254,255,256,257,258,x}.
