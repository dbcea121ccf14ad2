-module(match_deep_nested).
-export([main/0, id/1]).

id(X) -> X.

%% Deeply nested patterns with aliases (=) at several levels, mixing tuples, lists, maps,
%% binaries and records-as-tuples; plus matches that fail deep inside.
main() ->
    Doc = id({doc, #{title => <<"T">>, meta => #{tags => [a, b, c], size => {1, 2}}},
              [{para, [<<"x">>, {em, [<<"y">>]}]}, {list, [{item, 1}, {item, 2}]}, {img, <<"p.png">>}]}),
    io:format("title_tags: ~p~n", [title_tags(Doc)]),
    io:format("aliases: ~p~n", [aliases(Doc)]),
    io:format("walk: ~p~n", [walk(element(3, Doc))]),
    io:format("deep_fail: ~p~n", [[deep(id(X)) || X <- [{a, [{b, #{c => <<1, 2>>}}]}, {a, [{b, #{c => <<1>>}}]},
                                                        {a, [{b, #{d => 1}}]}, {a, [x]}, {a, []}]]]),
    io:format("nested_lists: ~p~n", [nl(id([[1, [2, [3, [4]]]], [5]]))]),
    io:format("binary_in_tuple_in_list: ~p~n", [[V || {_, <<V:16, _/binary>>} <- id([{a, <<1, 2, 3>>}, {b, <<0>>}, {c, <<0, 9>>}])]]),
    io:format("match_in_fun_head_alias: ~p~n", [(fun({P = {X, _}, [Q = #{k := V} | _]}) -> {P, X, Q, V} end)(id({{1, 2}, [#{k => v}]}))]),
    ok.

title_tags({doc, #{title := T, meta := #{tags := [First | _] = Tags}}, _}) -> {T, First, length(Tags)}.

aliases({doc, Meta = #{meta := Inner = #{size := Size = {W, H}}}, Body = [First | _]}) ->
    {map_size(Meta), map_size(Inner), Size, W * H, length(Body), element(1, First)}.

walk([]) -> [];
walk([{para, Parts} | T]) -> [{para, length(Parts)} | walk(T)];
walk([{list, Items = [{item, _} | _]} | T]) -> [{list, [N || {item, N} <- Items]} | walk(T)];
walk([{img, <<Name:1/binary, _/binary>>} | T]) -> [{img, Name} | walk(T)].

deep({a, [{b, #{c := <<X, Y>>}}]}) -> {two_bytes, X + Y};
deep({a, [{b, #{c := Bin}}]}) -> {bin, Bin};
deep({a, [{b, Map}]}) -> {map_without_c, maps:keys(Map)};
deep({a, [Other | _]}) -> {other, Other};
deep({a, []}) -> empty.

nl([[A, [B, [C, [D]]]], [E]]) -> A + B + C + D + E.
