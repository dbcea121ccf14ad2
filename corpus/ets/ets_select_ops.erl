-module(ets_select_ops).
-export([main/0]).

%% select_count, select_delete, select_replace, match_delete, select/3 and match/3
%% continuations (also after repair_continuation and through term_to_binary), match_spec_compile
%% and match_spec_run, is_compiled_ms, tab2list, in set and ordered_set tables.

main() ->
    [run(Type) || Type <- [set, ordered_set]],
    %% compiled match specs outside tables
    MS = ets:match_spec_compile([{{'$1', '$2'}, [{'>', '$2', 1}], [{{'$2', '$1'}}]}]),
    p(is_compiled, {ets:is_compiled_ms(MS), ets:is_compiled_ms(make_ref()), ets:is_compiled_ms(foo)}),
    p(run, ets:match_spec_run([{a, 1}, {b, 2}, {c, 3}, nope, {d}], MS)),
    p(run_empty, ets:match_spec_run([], MS)),
    p(run_not_tuples, ets:match_spec_run([1, [2], "x"], ets:match_spec_compile([{'$1', [{is_list, '$1'}], ['$1']}]))),
    p(run_bad_ms, catch_error(fun() -> ets:match_spec_run([{a, 1}], bad) end)),
    p(run_bad_list, catch_error(fun() -> ets:match_spec_run(not_a_list, MS) end)),
    p(compile_bad, catch_error(fun() -> ets:match_spec_compile([bad]) end)),
    ok.

run(Type) ->
    io:format("--- ~p~n", [Type]),
    T = ets:new(t, [Type, public]),
    ets:insert(T, [{I, I * 10, if I rem 2 =:= 0 -> even; true -> odd end} || I <- lists:seq(1, 20)]),
    p(tab2list, sort(Type, ets:tab2list(T))),
    p(count_even, ets:select_count(T, [{{'_', '_', even}, [], [true]}])),
    p(count_not_true, ets:select_count(T, [{{'_', '_', even}, [], [yes]}])),
    p(count_all, ets:select_count(T, [{'_', [], [true]}])),
    p(empty_spec, {ets:select(T, []), ets:select(T, [], 3), ets:select_count(T, []), ets:select_reverse(T, []),
                   ets:select_delete(T, []), ets:select_replace(T, []), ets:info(T, size)}),
    p(count_bound, ets:select_count(T, [{{5, '_', '_'}, [], [true]}, {{500, '_', '_'}, [], [true]}])),
    %% select_replace: the key must stay the same
    R1 = ets:select_replace(T, [{{'$1', '$2', odd}, [{'<', '$1', 6}], [{{'$1', {'+', '$2', 1}, odd}}]}]),
    p(replace_odd, {R1, sort(Type, ets:select(T, [{{'$1', '$2', odd}, [{'<', '$1', 6}], [{{'$1', '$2'}}]}]))}),
    p(replace_whole, ets:select_replace(T, [{{1, '_', '_'}, [], ['$_']}])),
    p(replace_const, {ets:select_replace(T, [{{2, '_', '_'}, [], [{const, {2, const, even}}]}]), ets:lookup(T, 2)}),
    p(replace_element_key, {ets:select_replace(T, [{{3, '$1', '$2'}, [], [{{{element, 1, '$_'}, '$2', '$1'}}]}]),
                            ets:lookup(T, 3)}),
    p(replace_changes_key, catch_error(fun() -> ets:select_replace(T, [{{'$1', '_', '_'}, [], [{{x, y, z}}]}]) end)),
    p(replace_body_two, catch_error(fun() -> ets:select_replace(T, [{'_', [], ['$_', '$_']}]) end)),
    p(replace_arity_change, {ets:select_replace(T, [{{4, '$1', '$2'}, [], [{{4, '$1', '$2', extra}}]}]), ets:lookup(T, 4)}),
    p(replace_none, ets:select_replace(T, [{{999, '_', '_'}, [], ['$_']}])),
    %% select_delete and match_delete
    p(delete_some, {ets:select_delete(T, [{{'$1', '_', odd}, [{'>', '$1', 15}], [true]}]), ets:info(T, size)}),
    p(delete_not_true, {ets:select_delete(T, [{'_', [], [false]}]), ets:info(T, size)}),
    p(match_delete, {ets:match_delete(T, {'_', '_', even}), ets:info(T, size)}),
    p(left, sort(Type, ets:tab2list(T))),
    p(delete_everything, {ets:select_delete(T, [{'_', [], [true]}]), ets:info(T, size)}),
    ets:insert(T, [{I, I} || I <- lists:seq(1, 12)]),
    %% chunked selects, continuations, repair
    {C1, Cont1} = ets:select(T, [{{'$1', '_'}, [], ['$1']}], 5),
    {C2, Cont2} = ets:select(Cont1),
    {C3, Cont3} = ets:select(Cont2),
    p(chunk_sizes, {length(C1), length(C2), length(C3), Cont3}),
    p(chunks_cover, lists:sort(C1 ++ C2 ++ C3)),
    p(select_eot, ets:select('$end_of_table')),
    p(match_eot, {ets:match('$end_of_table'), ets:match_object('$end_of_table'),
                  ets:select_reverse('$end_of_table')}),
    {M1, MCont} = ets:match(T, {'$1', '$2'}, 7),
    p(match_chunk, {length(M1), element(1, ets:match(MCont)) =/= []}),
    %% a continuation that went through term_to_binary and back works after repair
    {R1a, RC} = ets:select(T, [{{'$1', '_'}, [{'<', '$1', 7}], ['$1']}], 2),
    Copied = binary_to_term(term_to_binary(RC)),
    Repaired = ets:repair_continuation(Copied, [{{'$1', '_'}, [{'<', '$1', 7}], ['$1']}]),
    p(repaired, lists:sort(R1a ++ rest(ets:select(Repaired)))),
    p(repair_eot, ets:repair_continuation('$end_of_table', [])),
    %% a continuation of a deleted table
    D = ets:new(d, [Type]),
    ets:insert(D, [{I} || I <- lists:seq(1, 5)]),
    {_, DC} = ets:select(D, [{'$1', [], ['$1']}], 2),
    ets:delete(D),
    p(cont_deleted_table, catch_error(fun() -> ets:select(DC) end)),
    %% deleting while walking a continuation
    {W1, WC} = ets:select(T, [{{'$1', '_'}, [], ['$1']}], 4),
    [ets:delete(T, K) || K <- W1],
    p(after_delete, length(rest(ets:select(WC)))),
    %% select_reverse on this type
    ets:insert(T, [{I, I} || I <- lists:seq(1, 12)]),
    p(select_reverse, sort(Type, ets:select_reverse(T, [{{'$1', '_'}, [{'<', '$1', 5}], ['$1']}]))),
    p(select_reverse_chunks, rev_chunks(ets:select_reverse(T, [{{'$1', '_'}, [{'<', '$1', 8}], ['$1']}], 3), Type)),
    ets:delete(T).

rest('$end_of_table') -> [];
rest({L, C}) -> L ++ rest(ets:select(C)).

rev_chunks(R, Type) ->
    All = rest(R),
    case Type of
        ordered_set -> All;
        _ -> lists:sort(All)
    end.

sort(ordered_set, L) -> L;
sort(_, L) -> lists:sort(L).

catch_error(F) ->
    try F() catch C:R -> {C, R} end.

p(Label, Value) ->
    io:format("~p: ~p~n", [Label, Value]).
