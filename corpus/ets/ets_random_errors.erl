-module(ets_random_errors).
-export([main/0]).
%% Random calls (fixed seed) of the ets BIFs with random arguments on tables of every type and
%% protection, deleted tables and non-tables: each result, or the error with its cause and what
%% erl_stdlib_errors says of each argument, must be erl's.

main() ->
    rand:seed(exsss, {8, 8, 8}),
    Me = self(),
    Other = spawn(fun() -> T = ets:new(oth, [protected]), ets:insert(T, {k, 1}), Me ! {t, T}, receive stop -> ok end end),
    OT = receive {t, X} -> X end,
    Tabs = fun() ->
        S = ets:new(s, [set]), ets:insert(S, [{k, 1, a}, {j, 2}]),
        O = ets:new(o, [ordered_set, public]), ets:insert(O, [{k, 1, a}, {1, 2}]),
        B = ets:new(b, [bag, private]), ets:insert(B, [{k, 1}, {k, 2}]),
        D = ets:new(d, [duplicate_bag, {keypos, 2}]), ets:insert(D, [{x, k}, {y, k}]),
        Del = ets:new(del, []), ets:delete(Del),
        [S, O, B, D, Del, OT, nosuch, 42, make_ref()]
    end,
    Funs = [{lookup, 2}, {insert, 2}, {insert_new, 2}, {member, 2}, {delete, 1}, {delete, 2}, {delete_object, 2},
            {delete_all_objects, 1}, {first, 1}, {next, 2}, {last, 1}, {prev, 2}, {take, 2}, {lookup_element, 3},
            {update_counter, 3}, {update_counter, 4}, {update_element, 3}, {select, 2}, {select, 3}, {select_count, 2},
            {select_delete, 2}, {select_replace, 2}, {select_reverse, 2}, {select_reverse, 3}, {match, 2}, {match, 3},
            {match_object, 2}, {match_object, 3}, {match_delete, 2}, {slot, 2}, {safe_fixtable, 2}, {give_away, 3},
            {rename, 2}, {setopts, 2}, {info, 2}, {whereis, 1}, {new, 2}],
    lists:foreach(fun(I) ->
        Ts = Tabs(),
        {F, A} = pick(Funs),
        Args = [pick(Ts) | [arg() || _ <- lists:seq(2, A)]],
        Args1 = case F of new -> [pick([t, "t", 1]), pick([[], [set], [foo], x, [{keypos, 2}], [named_table]])]; whereis -> [pick([t, s, "x"])]; _ -> Args end,
        Hash = lists:member(catch ets:info(hd(Args1), type), [set, bag, duplicate_bag]),
        R0 = try apply(ets, F, Args1) of
                {L, Cont} when is_tuple(Cont) -> {ok, xsort(clean(L)), continuation};
            V when is_list(V) -> {ok, xsort(clean(V))};
            V -> {ok, clean(V)}
            catch error:Reason:St ->
                case St of
                    [{ets, F, As, [{error_info, Info}]} | _] ->
                        {Reason, maps:get(cause, Info, none), length(As),
                         try lists:sort(maps:to_list(erl_stdlib_errors:format_error(Reason, St))) catch _:_ -> crashed end};
                    [{M, Fn, As, _} | _] -> {Reason, M, Fn, length(As)};
                    _ -> Reason
                end
            end,
        R = {Hash, R0},
        io:format("~p ~p/~p ~w: ~p~n", [I, F, A, [clean(Arg) || Arg <- Args1], portable(F, A, Args1, R)]),
        [catch ets:delete(T) || T <- Ts, is_reference(T), T =/= OT],
        catch ets:delete(t)
    end, lists:seq(1, 1500)),
    Other ! stop.

clean(V) when is_reference(V) -> ref;
clean(V) when is_list(V) -> [clean(X) || X <- V];
clean(V) when is_tuple(V) -> list_to_tuple([clean(X) || X <- tuple_to_list(V)]);
clean(V) when is_pid(V) -> pid;
clean(V) -> V.

pick(L) -> lists:nth(rand:uniform(length(L)), L).

arg() ->
    pick([k, j, 1, 2, 0, -1, 1.0, x, "s", {k, 1}, {}, {k}, [{k, 9}], [{z, 1}, {k, 3}], [x, y], [], {2, 1}, [{2, 1}],
          {2, 1, 5, 0}, {1, 1}, {9, 1}, {2, x}, true, false, self(), '_', {'$1', '_'}, {k, '_', '_'},
          [{'_', [], [true]}], [{'$1', [], ['$1']}], [{'_', [], ['$_']}], [{'_', x, y}], [bad], bad,
          {heir, none}, {protection, public}, [{heir, self(), x}], size, type, fixed, nope, 3, 1 bsl 70]).

%% Results from hash tables come in an order of their own: sorted, 1 apart from 1.0.
xsort(L) ->
    [X || {X, _} <- lists:sort([{X, term_to_binary(X)} || X <- L])].

%% Which key comes first in a hash table, and so what first/next/last/prev, slot and a partial
%% chunk give, depends on the hash order, which is not portable: those show their shape only.
portable(F, _A, _Args, {true, {ok, V}}) when F =:= first; F =:= last; F =:= next; F =:= prev ->
    {ok, case V of '$end_of_table' -> V; _ -> a_key end};
portable(slot, 2, _Args, {true, {ok, V}}) ->
    {ok, case V of '$end_of_table' -> V; _ -> {objects, length(V)} end};
portable(F, 3, _Args, {true, {ok, L, continuation}}) when F =:= select; F =:= match; F =:= match_object;
                                                          F =:= select_reverse ->
    {ok, {chunk, length(L)}, continuation};
portable(F, 3, _Args, {true, {ok, {L, '$end_of_table'}}}) when F =:= select; F =:= match; F =:= match_object;
                                                                F =:= select_reverse ->
    {ok, {chunk, length(L)}, '$end_of_table'};
portable(_, _, _, {_, R}) ->
    R.
