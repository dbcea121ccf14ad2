-module(recursion_deep_1m).
-export([main/0, id/1]).

id(X) -> X.

%% Body recursion about a million frames deep through ordinary library and user code
%% (lists:map/foldr/append and hand-written recursion), fast enough for the default run.
main() ->
    N = id(1000000),
    L = lists:seq(1, N),
    io:format("map: ~p~n", [lists:sum(lists:map(fun(X) -> X rem 7 end, L))]),
    io:format("foldr: ~p~n", [lists:foldr(fun(X, A) -> (A + X) rem 1000003 end, 0, L)]),
    io:format("append: ~p~n", [length(L ++ [end_marker])]),
    io:format("my_map: ~p~n", [lists:last(my_map(fun(X) -> X * 2 end, L))]),
    io:format("my_filter: ~p~n", [length(my_filter(fun(X) -> X rem 3 =:= 0 end, L))]),
    io:format("depth: ~p~n", [depth(id(N))]),
    io:format("lc: ~p~n", [length([X || X <- L, X rem 2 =:= 0])]),
    io:format("zip: ~p~n", [element(2, lists:last(lists:zip(L, L)))]),
    io:format("deep_tuple: ~p~n", [unwrap(wrap(id(300000), leaf), 0)]),
    io:format("deep_list_nest: ~p~n", [length(lists:flatten(nest(id(100000))))]),
    ok.

my_map(_, []) -> [];
my_map(F, [H | T]) -> [F(H) | my_map(F, T)].

my_filter(_, []) -> [];
my_filter(P, [H | T]) ->
    case P(H) of
        true -> [H | my_filter(P, T)];
        false -> my_filter(P, T)
    end.

depth(0) -> 0;
depth(N) -> 1 + depth(N - 1).

wrap(0, Acc) -> Acc;
wrap(N, Acc) -> wrap(N - 1, {node, Acc}).

unwrap(leaf, D) -> D;
unwrap({node, T}, D) -> unwrap(T, D + 1).

nest(0) -> [];
nest(N) -> [N, nest(N - 1)].
