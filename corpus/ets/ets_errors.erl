-module(ets_errors).
-export([main/0]).

%% badarg from every ets BIF with OTP 25's extended error information: the cause in the
%% error_info and what erl_stdlib_errors makes of it (the message shown for each argument).

main() ->
    T = ets:new(t, [set]),
    ets:insert(T, {k, 1, a}),
    O = ets:new(o, [ordered_set, private]),
    B = ets:new(b, [bag]),
    Dead = ets:new(dead, []),
    ets:delete(Dead),
    Other = other_owner(),
    Tabs = [{bad_type, 42}, {bad_ref, make_ref()}, {deleted, Dead}, {no_name, no_such_table}],
    %% operations that check the table first
    Ops = [{lookup, fun(X) -> ets:lookup(X, k) end},
           {insert, fun(X) -> ets:insert(X, {a}) end},
           {insert_list, fun(X) -> ets:insert(X, [{a}, {b}]) end},
           {insert_bad_list, fun(X) -> ets:insert(X, [{a}, b]) end},
           {insert_new, fun(X) -> ets:insert_new(X, {a}) end},
           {member, fun(X) -> ets:member(X, k) end},
           {delete, fun(X) -> ets:delete(X) end},
           {delete_key, fun(X) -> ets:delete(X, k) end},
           {delete_object, fun(X) -> ets:delete_object(X, {k}) end},
           {delete_all, fun(X) -> ets:delete_all_objects(X) end},
           {first, fun(X) -> ets:first(X) end},
           {next, fun(X) -> ets:next(X, k) end},
           {last, fun(X) -> ets:last(X) end},
           {prev, fun(X) -> ets:prev(X, k) end},
           {take, fun(X) -> ets:take(X, k) end},
           {lookup_element, fun(X) -> ets:lookup_element(X, k, 2) end},
           {update_counter, fun(X) -> ets:update_counter(X, k, 1) end},
           {update_element, fun(X) -> ets:update_element(X, k, {2, x}) end},
           {select, fun(X) -> ets:select(X, [{'_', [], [true]}]) end},
           {select3, fun(X) -> ets:select(X, [{'_', [], [true]}], 1) end},
           {select_count, fun(X) -> ets:select_count(X, [{'_', [], [true]}]) end},
           {select_delete, fun(X) -> ets:select_delete(X, [{'_', [], [true]}]) end},
           {select_replace, fun(X) -> ets:select_replace(X, [{'_', [], ['$_']}]) end},
           {select_reverse, fun(X) -> ets:select_reverse(X, [{'_', [], [true]}]) end},
           {match, fun(X) -> ets:match(X, '_') end},
           {match_object, fun(X) -> ets:match_object(X, '_') end},
           {match_delete, fun(X) -> ets:match_delete(X, '_') end},
           {tab2list, fun(X) -> ets:tab2list(X) end},
           {slot, fun(X) -> ets:slot(X, 0) end},
           {safe_fixtable, fun(X) -> ets:safe_fixtable(X, true) end},
           {give_away, fun(X) -> ets:give_away(X, self(), x) end},
           {rename, fun(X) -> ets:rename(X, new_name) end},
           {setopts, fun(X) -> ets:setopts(X, {heir, none}) end},
           {info, fun(X) -> ets:info(X) end},
           {info2, fun(X) -> ets:info(X, size) end}],
    [[p({Name, TabKind}, err(fun() -> F(Tab) end)) || {TabKind, Tab} <- Tabs] || {Name, F} <- Ops],
    %% access: a private table of this process seen from another, a protected table of another
    Priv = ets:new(priv, [private]),
    [p({access_private, Name}, R) || {Name, R} <- in_other(fun() -> [{N, err(fun() -> F(Priv) end)} || {N, F} <- Ops] end)],
    [p({access_protected, Name}, err(fun() -> F(Other) end)) || {Name, F} <- Ops],
    %% arguments other than the table
    p(new_name, err(fun() -> ets:new("t", []) end)),
    p(new_opts, err(fun() -> ets:new(t, set) end)),
    p(new_bad_opt, err(fun() -> ets:new(t, [nope]) end)),
    p(new_improper, err(fun() -> ets:new(t, [set | bag]) end)),
    p(new_keypos, err(fun() -> ets:new(t, [{keypos, 0}]) end)),
    ets:new(ets_errors_taken, [named_table]),
    p(new_taken, err(fun() -> ets:new(ets_errors_taken, [named_table]) end)),
    p(insert_not_tuple, err(fun() -> ets:insert(T, a) end)),
    p(insert_empty_tuple, err(fun() -> ets:insert(T, {}) end)),
    p(insert_list_bad, err(fun() -> ets:insert(T, [{a}, {}]) end)),
    p(insert_improper, err(fun() -> ets:insert(T, [{a} | {b}]) end)),
    p(insert_new_bad, err(fun() -> ets:insert_new(T, [x, y]) end)),
    p(delete_object_bad, err(fun() -> ets:delete_object(T, x) end)),
    p(lookup_element_badkey, err(fun() -> ets:lookup_element(T, zz, 2) end)),
    p(lookup_element_pos, err(fun() -> ets:lookup_element(T, k, 9) end)),
    p(lookup_element_zero, err(fun() -> ets:lookup_element(T, k, 0) end)),
    p(lookup_element_atom, err(fun() -> ets:lookup_element(T, k, x) end)),
    p(next_missing, err(fun() -> ets:next(T, zz) end)),
    p(prev_missing, err(fun() -> ets:prev(T, zz) end)),
    p(slot_range, err(fun() -> ets:slot(O, 5) end)),
    p(slot_type, err(fun() -> ets:slot(T, x) end)),
    p(select_bad_ms, err(fun() -> ets:select(T, [bad]) end)),
    p(select3_limit, err(fun() -> ets:select(T, [{'_', [], [true]}], 0) end)),
    p(select3_bad_both, err(fun() -> ets:select(T, bad, a) end)),
    p(select_cont, err(fun() -> ets:select({foo}) end)),
    p(select_cont_atom, err(fun() -> ets:select(foo) end)),
    p(match3_limit, err(fun() -> ets:match(T, '_', -1) end)),
    p(match_object3_limit, err(fun() -> ets:match_object(T, '_', x) end)),
    p(select_reverse3, err(fun() -> ets:select_reverse(T, [{'_', [], [true]}], 0) end)),
    p(select_count_bad, err(fun() -> ets:select_count(T, x) end)),
    p(select_delete_bad, err(fun() -> ets:select_delete(T, x) end)),
    p(select_replace_bad, err(fun() -> ets:select_replace(T, x) end)),
    p(select_replace_bag, err(fun() -> ets:select_replace(B, [{'_', [], ['$_']}]) end)),
    p(select_replace_key, err(fun() -> ets:select_replace(T, [{{'$1', '$2', '$3'}, [], [{{'$2', '$1', '$3'}}]}]) end)),
    p(update_counter_bag, err(fun() -> ets:update_counter(B, k, 1) end)),
    p(update_counter_badkey, err(fun() -> ets:update_counter(T, zz, 1) end)),
    p(update_counter_keypos, err(fun() -> ets:update_counter(T, k, {1, 1}) end)),
    p(update_counter_position, err(fun() -> ets:update_counter(T, k, {7, 1}) end)),
    p(update_counter_op, err(fun() -> ets:update_counter(T, k, {2, x}) end)),
    p(update_counter_not_int, err(fun() -> ets:update_counter(T, k, {3, 1}) end)),
    p(update_counter4_default, err(fun() -> ets:update_counter(T, zz, 1, x) end)),
    p(update_counter4_position, err(fun() -> ets:update_counter(T, zz, {3, 1}, {zz, 0}) end)),
    p(update_element_keypos, err(fun() -> ets:update_element(T, k, {1, x}) end)),
    p(update_element_spec, err(fun() -> ets:update_element(T, k, [x]) end)),
    p(update_element_position, err(fun() -> ets:update_element(T, k, {5, x}) end)),
    p(update_element_bag, err(fun() -> ets:update_element(B, k, {2, x}) end)),
    p(give_away_not_pid, err(fun() -> ets:give_away(T, x, y) end)),
    p(give_away_self, err(fun() -> ets:give_away(T, self(), y) end)),
    p(rename_not_atom, err(fun() -> ets:rename(T, "x") end)),
    p(rename_taken, err(fun() -> ets:rename(T, ets_errors_taken) end)),
    p(rename_named_taken, err(fun() -> ets:rename(ets_errors_taken, ets_errors_taken) end)),
    p(whereis_not_atom, err(fun() -> ets:whereis("x") end)),
    p(info_item, err(fun() -> ets:info(T, nope) end)),
    p(info_item_type, err(fun() -> ets:info(T, "size") end)),
    p(safe_fixtable_bool, err(fun() -> ets:safe_fixtable(T, yes) end)),
    p(setopts_bad, err(fun() -> ets:setopts(T, [{heir, x, y}]) end)),
    p(match_spec_compile, err(fun() -> ets:match_spec_compile(x) end)),
    p(match_spec_run, err(fun() -> ets:match_spec_run([a], x) end)),
    ok.

other_owner() ->
    Me = self(),
    spawn_link(fun() ->
        T = ets:new(other, [protected]),
        Me ! {table, T},
        receive never -> ok end
    end),
    receive {table, T} -> T end.

in_other(F) ->
    Me = self(),
    {Pid, Ref} = spawn_monitor(fun() -> Me ! {self(), F()} end),
    R = receive {Pid, Res} -> Res end,
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    R.

%% What an ets call raised: the reason, the BIF that failed, its cause and erl_stdlib_errors' text.
err(F) ->
    try F() of
        V when is_reference(V) -> {ok, ref};
        V when is_list(V) -> {ok, length(V)};
        V -> {ok, V}
    catch
        error:R:S ->
            case S of
                [{M, Fn, Args, [{error_info, Info}]} | _] ->
                    Formatted = try erl_stdlib_errors:format_error(R, S) of
                                    Map -> lists:sort(maps:to_list(Map))
                                catch _:_ -> format_error_crashed
                                end,
                    {R, {M, Fn, length(Args)}, maps:get(cause, Info, none), Formatted};
                [{M, Fn, Args, _} | _] ->
                    {R, {M, Fn, length(Args)}};
                _ ->
                    R
            end
    end.

p(Label, Value) ->
    io:format("~p: ~p~n", [Label, Value]).
