-module(ets_random_ops).
-export([main/0]).

%% Random operations (fixed seed) on a table of each type, every result printed: the same
%% sequence must give the same answers as on erl. Hash tables' listings are sorted.

main() ->
    rand:seed(exsss, {17, 42, 4711}),
    [run(Type) || Type <- [set, ordered_set, bag, duplicate_bag]],
    ok.

run(Type) ->
    io:format("=== ~p~n", [Type]),
    T = ets:new(t, [Type]),
    lists:foreach(fun(I) -> step(I, Type, T) end, lists:seq(1, 400)),
    io:format("final ~p~n", [sorted(Type, ets:tab2list(T))]),
    ets:delete(T).

key() ->
    case rand:uniform(6) of
        1 -> rand:uniform(12);
        2 -> float(rand:uniform(12));
        3 -> lists:nth(rand:uniform(4), [a, b, c, d]);
        4 -> {k, rand:uniform(3)};
        5 -> [rand:uniform(2)];
        6 -> rand:uniform(12)
    end.

obj() ->
    case rand:uniform(3) of
        1 -> {key(), rand:uniform(5)};
        2 -> {key(), rand:uniform(5), rand:uniform(5)};
        3 -> {key(), rand:uniform(5), x}
    end.

step(I, Type, T) ->
    Op = rand:uniform(17),
    R = try op(Op, Type, T) catch error:Reason -> {error, Reason} end,
    io:format("~p ~p: ~p~n", [I, Op, R]).

op(1, _, T) -> ets:insert(T, obj());
op(2, _, T) -> ets:insert(T, [obj() || _ <- lists:seq(1, rand:uniform(4))]);
op(3, _, T) -> ets:insert_new(T, obj());
op(4, _, T) -> ets:insert_new(T, [obj() || _ <- lists:seq(1, rand:uniform(3))]);
op(5, _, T) -> ets:delete(T, key());
op(6, _, T) -> ets:delete_object(T, obj());
op(7, Type, T) -> sorted(Type, ets:take(T, key()));
op(8, Type, T) -> sorted(Type, ets:lookup(T, key()));
op(9, _, T) -> ets:member(T, key());
op(10, _, T) -> K = key(), ets:update_counter(T, K, {2, rand:uniform(3) - 2}, {K, 0});
op(11, _, T) -> ets:update_element(T, key(), {2, rand:uniform(9)});
op(12, Type, T) -> sorted(Type, ets:lookup_element(T, key(), 2));
op(13, _, T) -> ets:select_count(T, [{{'$1', '$2', '_'}, [{'>', '$2', rand:uniform(5)}], [true]},
                                     {{'_', '$2'}, [{is_integer, '$2'}], [true]}]);
op(14, _, T) -> ets:select_delete(T, [{{'$1', rand:uniform(5)}, [], [true]}]);
op(15, Type, T) -> sorted(Type, ets:match_object(T, {key(), '_'}));
op(16, Type, T) -> sorted(Type, ets:select(T, [{{'$1', '$2', '$3'}, [{'=:=', '$3', x}], [{{'$2', '$1'}}]}]));
op(17, _, T) -> ets:info(T, size).

sorted(ordered_set, L) -> L;
sorted(_, L) when is_list(L) -> xsort(L);
sorted(_, X) -> X.

%% Sorts by term order, telling apart terms that compare equal but are not exactly equal
%% ({a, 1} and {a, 1.0}), so that the result does not depend on the order the table gave them in.
xsort(L) ->
    [X || {X, _} <- lists:sort([{X, term_to_binary(X)} || X <- L])].
