-module(ets_ownership).
-export([main/0]).

%% Owners and other processes: public/protected/private access, give_away and its message,
%% heirs when the owner exits (before the monitor's 'DOWN'), tables deleted with their owner,
%% setopts, safe_fixtable and next/2 from a key deleted while the table is fixed.

main() ->
    Me = self(),
    %% access from another process
    Pub = ets:new(pub, [public]),
    Prot = ets:new(prot, [protected]),
    Priv = ets:new(priv, [private]),
    [ets:insert(T, {k, v}) || T <- [Pub, Prot, Priv]],
    Results = in_other(fun() ->
        [{Name, [try_op(fun() -> ets:lookup(T, k) end),
                 try_op(fun() -> ets:insert(T, {k2, v2}) end),
                 try_op(fun() -> ets:member(T, k) end),
                 try_op(fun() -> lists:sort(ets:select(T, [{'_', [], ['$_']}])) end),
                 try_op(fun() -> ets:delete(T, k2) end),
                 try_op(fun() -> ets:info(T, size) end),
                 try_op(fun() -> ets:first(T) end),
                 try_op(fun() -> ets:setopts(T, {protection, public}) end),
                 try_op(fun() -> ets:give_away(T, self(), x) end)]}
         || {Name, T} <- [{public, Pub}, {protected, Prot}, {private, Priv}]]
    end),
    [p(Name, R) || {Name, R} <- Results],
    p(owner_can_write_protected, ets:insert(Prot, {k3, v3})),
    %% give_away
    Gift = spawn_link(fun() -> receiver(Me) end),
    G = ets:new(gift, [protected]),
    ets:insert(G, {x, 1}),
    p(give_away, ets:give_away(G, Gift, {some, data})),
    p(transfer_msg, receive {transferred, Tid, From, Data} -> {Tid =:= G, From =:= Me, Data} end),
    p(new_owner, ets:info(G, owner) =:= Gift),
    p(old_owner_now_reader, {try_op(fun() -> ets:lookup(G, x) end), try_op(fun() -> ets:insert(G, {y}) end)}),
    p(give_away_not_owner, try_op(fun() -> ets:give_away(G, self(), x) end)),
    Gift ! {give_back, G},
    p(given_back, receive {'ETS-TRANSFER', G, Gift, back} -> ets:info(G, owner) =:= Me end),
    p(give_to_self, try_op(fun() -> ets:give_away(G, self(), x) end)),
    p(give_to_non_pid, try_op(fun() -> ets:give_away(G, not_a_pid, x) end)),
    Dead = spawn(fun() -> ok end),
    wait_dead(Dead),
    p(give_to_dead, try_op(fun() -> ets:give_away(G, Dead, x) end)),
    %% named gift: the message carries the name
    N = ets:new(ets_ownership_named, [named_table]),
    ets:give_away(N, Gift, named),
    p(named_transfer, receive {transferred, Tid2, _, named} -> Tid2 end),
    %% the owner dies: its tables die with it, names become free
    {Pid, Ref} = spawn_monitor(fun() ->
        ets:new(ets_ownership_doomed, [named_table, public]),
        ets:insert(ets_ownership_doomed, {a}),
        Me ! made,
        receive die -> ok end
    end),
    receive made -> ok end,
    p(doomed_exists, ets:lookup(ets_ownership_doomed, a)),
    Pid ! die,
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    p(doomed_gone_at_down, {ets:info(ets_ownership_doomed), ets:whereis(ets_ownership_doomed)}),
    p(doomed_lookup, try_op(fun() -> ets:lookup(ets_ownership_doomed, a) end)),
    p(name_free, ets:new(ets_ownership_doomed, [named_table]) =:= ets_ownership_doomed),
    ets:delete(ets_ownership_doomed),
    %% heir: the table moves before 'DOWN' arrives
    {H, HRef} = spawn_monitor(fun() ->
        T = ets:new(heir_tab, [{heir, Me, heir_data}]),
        ets:insert(T, {h, 1}),
        Me ! {made, T},
        receive die -> ok end
    end),
    HT = receive {made, T0} -> T0 end,
    p(heir_info, ets:info(HT, heir) =:= Me),
    H ! die,
    First = receive Msg1 -> Msg1 end,
    p(first_message_is_transfer, case First of {'ETS-TRANSFER', HT, H, heir_data} -> true; _ -> First end),
    receive {'DOWN', HRef, process, H, _} -> ok end,
    p(heir_owns, {ets:info(HT, owner) =:= Me, ets:lookup(HT, h), ets:info(HT, heir) =:= Me}),
    %% an heir that is dead when the owner exits: the table dies
    {H2, H2Ref} = spawn_monitor(fun() ->
        T = ets:new(heir_dead, [{heir, Gift, x}]),
        Me ! {made, T},
        receive die -> ok end
    end),
    HT2 = receive {made, T1} -> T1 end,
    Gift ! stop,
    wait_dead(Gift),
    H2 ! die,
    receive {'DOWN', H2Ref, process, H2, _} -> ok end,
    p(heir_dead_table_gone, ets:info(HT2)),
    %% setopts
    S = ets:new(s, [protected]),
    p(setopts_heir, {ets:setopts(S, {heir, self(), d}), ets:info(S, heir) =:= self()}),
    p(setopts_heir_none, {ets:setopts(S, [{heir, none}]), ets:info(S, heir)}),
    p(setopts_protection, {ets:setopts(S, [{protection, public}]), ets:info(S, protection)}),
    p(setopts_both, {ets:setopts(S, [{protection, private}, {heir, self(), x}]), ets:info(S, protection)}),
    p(setopts_dup, try_op(fun() -> ets:setopts(S, [{heir, none}, {heir, none}]) end)),
    p(setopts_bad, [try_op(fun() -> ets:setopts(S, O) end)
                    || O <- [{protection, secret}, {keypos, 2}, foo, [foo], {heir, foo, x}, [{heir, none} | x]]]),
    p(setopts_dead_heir, {ets:setopts(S, {heir, Dead, x}), ets:info(S, heir)}),
    %% safe_fixtable
    F = ets:new(f, [set]),
    ets:insert(F, [{I} || I <- lists:seq(1, 50)]),
    p(fixed_before, {ets:info(F, fixed), ets:info(F, safe_fixed)}),
    p(fix, ets:safe_fixtable(F, true)),
    p(fixed, {ets:info(F, fixed), element(2, ets:info(F, safe_fixed)) =:= [{self(), 1}]}),
    ets:safe_fixtable(F, true),
    p(fixed_twice, element(2, ets:info(F, safe_fixed)) =:= [{self(), 2}]),
    p(walk_deleting, length(delete_walk(F, ets:first(F)))),
    p(empty, ets:info(F, size)),
    ets:safe_fixtable(F, false),
    p(still_fixed, ets:info(F, fixed)),
    ets:safe_fixtable(F, false),
    p(unfixed, {ets:info(F, fixed), ets:info(F, safe_fixed)}),
    p(unfix_again, ets:safe_fixtable(F, false)),
    p(fix_bad, try_op(fun() -> ets:safe_fixtable(F, maybe) end)),
    ets:insert(F, [{a}, {b}]),
    ets:safe_fixtable(F, true),
    K1 = ets:first(F),
    K2 = ets:next(F, K1),
    ets:delete(F, K1),
    p(next_of_deleted_when_fixed, ets:next(F, K1) =:= K2),
    p(next_of_never_there, try_op(fun() -> ets:next(F, never_there) end)),
    ets:safe_fixtable(F, false),
    p(next_of_deleted_unfixed, try_op(fun() -> ets:next(F, K1) end)),
    %% a fixing process that exits releases its fixation
    in_other(fun() -> ets:safe_fixtable(Pub, true) end),
    p(fixer_exited, ets:info(Pub, fixed)),
    ok.

receiver(Parent) ->
    receive
        {'ETS-TRANSFER', T, From, Data} ->
            Parent ! {transferred, T, From, Data},
            receiver(Parent);
        {give_back, T} ->
            ets:give_away(T, Parent, back),
            receiver(Parent);
        stop ->
            ok
    end.

wait_dead(Pid) ->
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, _} -> ok end.

in_other(F) ->
    Me = self(),
    {Pid, Ref} = spawn_monitor(fun() -> Me ! {self(), F()} end),
    R = receive {Pid, Res} -> Res end,
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    R.

delete_walk(_T, '$end_of_table') -> [];
delete_walk(T, K) ->
    ets:delete(T, K),
    [K | delete_walk(T, ets:next(T, K))].

try_op(F) ->
    try F() of
        V when is_reference(V) -> ref;
        V -> {ok, V}
    catch error:R:S ->
        case S of
            [{ets, _, _, [{error_info, Info}]} | _] -> {R, maps:get(cause, Info, none)};
            _ -> R
        end
    end.

p(Label, Value) ->
    io:format("~p: ~p~n", [Label, Value]).
