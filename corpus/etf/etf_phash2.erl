-module(etf_phash2).
-export([main/0, id/1]).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

id(X) -> X.

%% erlang:phash2/1,2 and erlang:phash/2 are bit-exact functions of the term.
main() ->
    Terms = [0, 1, -1, 255, 1 bsl 27, 1 bsl 32, 1 bsl 64, -(1 bsl 64), 1 bsl 300, 0.0, -0.0, 1.0, 3.14,
             1.0e300, a, b, '', 'é', true, [], [a], "abc", [1 | 2], lists:seq(1, 100), {}, {a, b},
             list_to_tuple(lists:seq(1, 300)), #{}, #{a => 1}, #{1 => a, 2 => b},
             maps:from_list([{I, I} || I <- lists:seq(1, 50)]), <<>>, <<1, 2, 3>>, <<1:1>>,
             <<1, 2, 3, 4:5>>, binary:copy(<<"abc">>, 100), fun lists:map/2,
             {nested, [{deep, [#{k => <<"v">>}]}]}],
    [io:format("~w: ~p ~p ~p ~p~n", [T, erlang:phash2(T), erlang:phash2(T, 1000),
                                     erlang:phash2(T, 1 bsl 32), erlang:phash(T, 1 bsl 20)])
     || T <- Terms],
    io:format("int_float: ~p~n", [erlang:phash2(1) =:= erlang:phash2(1.0)]),
    io:format("range_1: ~p~n", [erlang:phash2(anything, 1)]),
    io:format("bad_range: ~p~n", [try erlang:phash2(a, id(0)) catch C:R -> {C, R} end]),
    io:format("big_range: ~p~n", [try erlang:phash2(a, id(1 bsl 33)) catch C2:R2 -> {C2, R2} end]),
    io:format("map_order_indep: ~p~n", [erlang:phash2(#{a => 1, b => 2}) =:= erlang:phash2(maps:from_list([{b, 2}, {a, 1}]))]),
    io:format("spread: ~w~n", [[erlang:phash2(I, 16) || I <- lists:seq(1, 64)]]),
    io:format("md5: ~w~n", [erlang:md5(<<"hello">>)]),
    io:format("md5_iolist: ~w~n", [erlang:md5(["hel", <<"lo">>])]),
    io:format("md5_ctx: ~w~n", [erlang:md5_final(erlang:md5_update(erlang:md5_init(), "hello"))]),
    io:format("crc32: ~p ~p~n", [erlang:crc32(<<"hello">>), erlang:crc32(erlang:crc32(<<"hel">>), <<"lo">>)]),
    io:format("adler32: ~p ~p~n", [erlang:adler32(<<"hello">>), erlang:adler32(erlang:adler32(<<"hel">>), <<"lo">>)]),
    io:format("crc32_combine: ~p~n", [erlang:crc32_combine(erlang:crc32(<<"hel">>), erlang:crc32(<<"lo">>), 2)]),
    ok.
