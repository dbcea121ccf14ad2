-module(erlang_small_bifs).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    io:format("~p: ~w~n", [Label, c(F)]).

c(F) ->
    try F() catch C:E -> {C, E} end.

%% Smaller BIFs: iolist_to_iovec, erlang:append/subtract, tuple insert/delete, the exact term
%% order, the dynamic-trace tags of a build without dynamic tracing, and prim_file's file name
%% conversions (in this machine's name encoding).
main() ->
    ?T(iovec, [c(fun() -> erlang:iolist_to_iovec(id(X)) end) || X <- [[], <<>>, [[], [<<>>]], "abc", [<<"ab">>, $c, [<<"d">> | <<"e">>]],
                                                                    a, [a], [256], [1 | 2], <<1:1>>, [<<1:1>>]]]),
    ?T(iovec_contents, iolist_to_binary(erlang:iolist_to_iovec([binary:copy(<<"x">>, 300), "y", binary:copy(<<"z">>, 70)]))
                           =:= iolist_to_binary([binary:copy(<<"x">>, 300), "y", binary:copy(<<"z">>, 70)])),
    ?T(append, [c(fun() -> erlang:append(id(A), id(B)) end) || {A, B} <- [{[1, 2], [3]}, {[], x}, {[1], x}, {[1 | 2], [3]}, {x, []}]]),
    ?T(subtract, [c(fun() -> erlang:subtract(id(A), id(B)) end) || {A, B} <- [{[1, 2, 1, 3], [1, 3]}, {[1.0, 1], [1]}, {[1], x}, {x, []}]]),
    ?T(append_as_fun, lists:foldl(fun erlang:append/2, [], [[1], [2, 3]])),
    ?T(insert_element, [c(fun() -> erlang:insert_element(id(I), id(T), new) end) || {I, T} <- [{1, {}}, {1, {a}}, {2, {a}}, {3, {a}},
                                                                                          {0, {a}}, {1, [a]}, {a, {a}}]]),
    ?T(delete_element, [c(fun() -> erlang:delete_element(id(I), id(T)) end) || {I, T} <- [{1, {a}}, {2, {a, b, c}}, {3, {a, b, c}},
                                                                                     {4, {a, b, c}}, {0, {a}}, {1, {}}, {1, a}]]),
    ?T(insert_delete_roundtrip, erlang:delete_element(3, erlang:insert_element(3, {a, b, c, d}, x))),
    ?T(cmp_term, [erts_internal:cmp_term(id(A), id(B)) || {A, B} <- [{1, 1.0}, {1.0, 1}, {1, 1}, {a, 1}, {2, 1}, {{1.0}, {1}},
                                                                    {[a | b], [a | b]}, {#{1 => a}, #{1.0 => a}}]]),
    ?T(warning_map, error_logger:warning_map()),
    ?T(dt_tags, {erlang:dt_get_tag(), erlang:dt_put_tag(<<"tag">>), erlang:dt_get_tag(), erlang:dt_get_tag_data(),
                 erlang:dt_spread_tag(true), erlang:dt_spread_tag(false), erlang:dt_restore_tag(true),
                 erlang:dt_prepend_vm_tag_data(<<"p">>), erlang:dt_append_vm_tag_data(<<"a">>)}),
    ?T(dt_bad, [c(fun() -> erlang:dt_spread_tag(id(x)) end), c(fun() -> erlang:dt_restore_tag(id([])) end)]),
    ?T(name2native, [c(fun() -> prim_file:internal_name2native(id(N)) end)
                     || N <- ["abc", <<"abc">>, "", [[]], [$a, [$b, [$c]], "d"], [229, 228, 246], [1114111], [1114112], [16#D800],
                             [0], "a" ++ [0], <<"a", 0>>, <<255>>, [<<"b">>], abc, [abc], [$a | x]]]),
    ?T(native2name, [c(fun() -> prim_file:internal_native2name(id(N)) end)
                     || N <- [<<"abc">>, <<>>, <<0>>, <<195, 165>>, <<255>>, <<237, 160, 128>>, <<192, 128>>, <<195>>, "abc"]]),
    ?T(normalize_utf8, [c(fun() -> prim_file:internal_normalize_utf8(unicode:characters_to_binary(id(N))) end)
                        || N <- ["abc", [$a, 16#30A], [$e, 16#301, $x], [16#212B], [16#C5, 16#301], [$A, 16#30A, 16#301],
                                [$a, 16#301, 16#323], [16#915, 16#93C], [16#1100, 16#1161], [16#1D157, 16#1D165]]]),
    ?T(normalize_bad, [c(fun() -> prim_file:internal_normalize_utf8(id(N)) end) || N <- [<<255>>, <<237, 160, 128>>, "a"]]),
    ?T(is_translatable, [c(fun() -> prim_file:is_translatable(id(N)) end)
                         || N <- [<<"abc">>, <<>>, <<0>>, <<255>>, <<195, 165>>, <<237, 160, 128>>, <<244, 143, 191, 191>>, "abc"]]),
    ok.
