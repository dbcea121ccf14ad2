-module(ets_match_specs).
-export([main/0]).
-include_lib("stdlib/include/ms_transform.hrl").

%% Match specifications of the table dialect: heads ('$N', '_', constants, nested tuples, lists,
%% maps), every guard function, bodies ('$_', '$$', '$N', {const, _}, {{...}}, lists, maps),
%% failing guards and bodies, several clauses, ets:fun2ms/1, and the errors test_ms/2 reports.

main() ->
    Obj = {rec, 7, -3.5, [1, 2, 3], <<"bytes">>, #{k => v, n => 1}, {a, {b, c}}, atom, "str"},
    %% heads
    t(head_var, Obj, [{'$1', [], ['$1']}]),
    t(head_any, Obj, [{'_', [], [yes]}]),
    t(head_tuple, Obj, [{{rec, '$1', '_', '_', '_', '_', '_', '_', '_'}, [], ['$1']}]),
    t(head_wrong_arity, Obj, [{{rec, '$1'}, [], ['$1']}]),
    t(head_const_mismatch, Obj, [{{other, '_', '_', '_', '_', '_', '_', '_', '_'}, [], [x]}]),
    t(head_nested, Obj, [{{'_', '_', '_', '_', '_', '_', {'$1', {'$2', '$3'}}, '_', '_'}, [], [['$3', '$2', '$1']]}]),
    t(head_list, Obj, [{{'_', '_', '_', ['$1' | '$2'], '_', '_', '_', '_', '_'}, [], [{{'$1', '$2'}}]}]),
    t(head_list_exact, Obj, [{{'_', '_', '_', [1, '_', '$9'], '_', '_', '_', '_', '_'}, [], ['$9']}]),
    t(head_map, Obj, [{{'_', '_', '_', '_', '_', #{k => '$1'}, '_', '_', '_'}, [], ['$1']}]),
    t(head_map_missing, Obj, [{{'_', '_', '_', '_', '_', #{zz => '$1'}, '_', '_', '_'}, [], ['$1']}]),
    t(head_binary, Obj, [{{'_', '_', '_', '_', <<"bytes">>, '_', '_', '_', '_'}, [], [bin]}]),
    t(head_string, Obj, [{{'_', '_', '_', '_', '_', '_', '_', '_', "str"}, [], [str]}]),
    t(head_repeat_var, {a, a, b}, [{{'$1', '$1', '$2'}, [], [{{'$1', '$2'}}]}]),
    t(head_repeat_var_fail, {a, b, b}, [{{'$1', '$1', '_'}, [], [same]}]),
    t(head_repeat_exact, {1, 1.0}, [{{'$1', '$1'}, [], [same]}]),
    t(head_float_literal, {0.0}, [{{0.0}, [], [zero]}]),
    t(head_float_vs_int, {1}, [{{1.0}, [], [one]}]),
    t(head_big_var, {a, b}, [{{'$100000000', '$0'}, [], [['$0', '$100000000']]}]),
    t(head_not_a_var, {a, '$100000001'}, [{{a, '$100000001'}, [], [literal]}]),
    t(head_leading_zero, {a, '$01'}, [{{a, '$01'}, [], [literal]}]),
    t(head_dollar_atoms, {'$_', '$$', '$'}, [{{'$_', '$$', '$'}, [], [literal]}]),
    %% '$$' and '$_'
    t(all_bindings, {a, b, c}, [{{'$3', '$1', '$2'}, [], ['$$']}]),
    t(all_bindings_gaps, {a, b, c}, [{{'$30', '_', '$7'}, [], ['$$']}]),
    t(all_bindings_none, {a, b}, [{'_', [], ['$$']}]),
    t(whole, {a, b}, [{{a, '_'}, [], ['$_']}]),
    t(whole_in_guard, {a, b}, [{'_', [{'==', {size, '$_'}, 2}], [sized]}]),
    %% bodies
    t(body_last_wins, {a}, [{'_', [], [first, second, third]}]),
    t(body_const, {a}, [{'$1', [], [{const, '$1'}]}]),
    t(body_const_tuple, {a}, [{'$1', [], [{const, {x, '$1'}}]}]),
    t(body_tuple, {a, b}, [{{'$1', '$2'}, [], [{{'$2', '$1', {{nested, '$1'}}}}]}]),
    t(body_empty_tuple, {a}, [{'_', [], [{{}}]}]),
    t(body_list, {a, b}, [{{'$1', '$2'}, [], [['$1', ['$2'], [] | '$1']]}]),
    t(body_map, {a, b}, [{{'$1', '$2'}, [], [#{key => '$1', other => ['$2']}]}]),
    t(body_call, {3, 4}, [{{'$1', '$2'}, [], [{'+', {'*', '$1', '$1'}, {'*', '$2', '$2'}}]}]),
    t(body_failing_call, {a}, [{{'$1'}, [], [{element, 5, {{'$1'}}}]}]),
    t(body_failing_nested, {a}, [{{'$1'}, [], [{{ok, {'+', '$1', 1}}}]}]),
    t(body_failing_then_ok, {a}, [{{'$1'}, [], [{hd, '$1'}, fine]}]),
    t(body_self, {a}, [{'_', [], [{is_pid, {self}}]}]),
    t(body_bool_ops, {a}, [{'_', [], [{'andalso', true, {'orelse', false, {'not', false}}}]}]),
    t(body_and_badarg, {a}, [{'_', [], [{'and', true, foo}]}]),
    t(body_andalso_last_any, {a}, [{'_', [], [{'andalso', true, foo}]}]),
    %% several clauses
    Clauses = [{{'$1', small}, [{'<', '$1', 10}], [{{small, '$1'}}]},
               {{'$1', '_'}, [{is_integer, '$1'}, {'>=', '$1', 10}], [{{big, '$1'}}]},
               {'_', [], [other]}],
    [t(clauses, O, Clauses) || O <- [{3, small}, {30, small}, {3, large}, {x, y}, {100, z}]],
    t(guard_error_falls_through, {a}, [{{'$1'}, [{'>', {element, 2, {{'$1'}}}, 0}], [first]},
                                      {'_', [], [second]}]),
    %% guards: every function of the table dialect
    Vals = [1, -2, 3.5, big(), atom, "str", <<"bin">>, <<1:3>>, {t, 1}, [a], #{a => 1}, self(), make_ref(),
            fun main/0, []],
    Tests = [is_atom, is_float, is_integer, is_list, is_number, is_pid, is_port, is_reference, is_tuple,
             is_map, is_binary, is_function],
    [io:format("~p: ~w~n", [G, [ms_bool(V, [{'$1', [{G, '$1'}], [true]}]) || V <- Vals]]) || G <- Tests],
    g(is_record, {rec, 1}, [{'$1', [{is_record, '$1', rec, 2}], [true]}]),
    g(is_record_wrong, {rec, 1}, [{'$1', [{is_record, '$1', rec, 3}], [true]}]),
    g(is_map_key, #{a => 1}, [{'$1', [{is_map_key, a, '$1'}], [true]}]),
    g(map_get, #{a => 1}, [{'$1', [], [{map_get, a, '$1'}]}]),
    g(map_get_missing, #{a => 1}, [{'$1', [], [{map_get, b, '$1'}]}]),
    g(map_size, #{a => 1, b => 2}, [{'$1', [], [{map_size, '$1'}]}]),
    Unary = [abs, hd, tl, length, round, trunc, float, size, bit_size, byte_size, '-', '+', 'bnot', 'not', node],
    [io:format("~p: ~w~n", [F, [ms(V, [{'$1', [], [{F, '$1'}]}]) || V <- [-3, 2.7, [x, y], {a, b, c}, <<1, 2, 3>>,
                                                                             <<1:12>>, true, big()]]]) || F <- Unary],
    Binary = ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', '>', '>=', '<', '=<',
              '=:=', '==', '=/=', '/=', 'xor', 'and', 'or', 'andalso', 'orelse', element, binary_part],
    Pairs = [{7, 2}, {-7, 2}, {7.0, 2}, {1, 1.0}, {true, false}, {a, b}, {2, {x, y, z}}, {0, 0},
             {big(), 3}, {<<"hello">>, {1, 2}}],
    [io:format("~p: ~w~n", [F, [ms(P, [{{'$1', '$2'}, [], [{F, '$1', '$2'}]}]) || P <- Pairs]]) || F <- Binary],
    g(binary_part3, {<<"hello">>}, [{{'$1'}, [], [{binary_part, '$1', 1, 3}]}]),
    g(node0, {a}, [{'_', [], [{node}]}]),
    g(const_in_guard, {a}, [{'_', [{const, true}], [ok]}]),
    g(guard_not_true, {a}, [{'_', [yes], [ok]}]),
    g(guard_list, {a}, [{'_', [true, true, {'=:=', 1, 1}], [ok]}]),
    g(guard_one_false, {a}, [{'_', [true, false], [ok]}]),
    g(guard_orelse_short, {a}, [{{'$1'}, [{'orelse', true, {element, 9, '$1'}}], [ok]}]),
    g(guard_or_strict, {a}, [{{'$1'}, [{'or', true, {element, 9, {{'$1'}}}}], [ok]}]),
    g(guard_andalso_many, {a}, [{'_', [{'andalso', true, true, true}], [ok]}]),
    g(guard_and_many, {a}, [{'_', [{'and', true, true, false}], [ok]}]),
    g(guard_andthen, {a}, [{'_', [{'andthen', true, true}], [ok]}]),
    g(guard_tuple_compare, {1, 2}, [{{'$1', '$2'}, [{'<', {{'$1'}}, {{'$2'}}}], [ok]}]),
    g(guard_list_compare, {1, 2}, [{{'$1', '$2'}, [{'==', ['$1', '$2'], [1, 2]}], [ok]}]),
    %% fun2ms
    F1 = ets:fun2ms(fun({Kx, Vx}) when is_integer(Vx), Vx > 2 -> {Vx, Kx} end),
    p(fun2ms_1, F1),
    F2 = ets:fun2ms(fun({Ky, Vy} = Obj2) when Ky =:= a orelse Vy == 2.0 -> Obj2 end),
    p(fun2ms_2, F2),
    F3 = ets:fun2ms(fun({_, [H | _], #{x := X}}) -> {H, X, self()} end),
    p(fun2ms_3, F3),
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{a, 1}, {b, 2}, {c, 3}, {d, 4.0}, {e, x}]),
    p(fun2ms_select_1, ets:select(T, F1)),
    p(fun2ms_select_2, ets:select(T, F2)),
    p(fun2ms_count, ets:select_count(T, ets:fun2ms(fun({_, Vz}) when is_number(Vz) -> true end))),
    %% errors reported by test_ms/2 and erlang:match_spec_test/3
    Bad = [not_a_list, [], [x], [{a, b}], [{a, b, c} | d], [{'_', [], []}], [{'_', notalist, [a]}],
           [{'_', [x | y], [a]}], [{'_', [], [a | b]}], [{'_', [], ['$1']}], [{'_', [{foo, 1}], [a]}],
           [{'_', [], [{foo, 1, 2}]}], [{'_', [], [{}]}], [{'_', [], [{1, 2}]}], [{'_', [], [{'$1', 2}]}],
           [{'_', [], [{const, 1, 2}]}], [{'_', [], [{'and'}]}], [{'_', [], [{'orelse'}]}], [{'_', [], [{self, x}]}],
           [{'_', [], [{message, x}]}], [{'_', [], [{return_trace}]}], [{'_', [], [{get_tcw}]}],
           [{#{'$1' => a}, [], [a]}], [{#{'_' => a}, [], [a]}], [{'_', [{'$2', 1}], [{'+', '$3', '$4'}]}],
           [{'_', [], [{set_seq_token, a, b}]}], [{'_', [], [{element, 1}]}]],
    [p(test_ms_error, ets:test_ms({a}, B)) || B <- Bad],
    p(match_spec_test_ok, erlang:match_spec_test({a, b}, [{{'$1', '_'}, [], ['$1']}], table)),
    p(match_spec_test_nomatch, erlang:match_spec_test({a, b}, [{{'$1'}, [], ['$1']}], table)),
    p(match_spec_test_not_tuple, erlang:match_spec_test([a, b], [{['$1' | '_'], [], ['$1']}], table)),
    p(match_spec_test_badtype, catch_error(fun() -> erlang:match_spec_test({a}, [], nope) end)),
    p(compile_bad, catch_error(fun() -> ets:match_spec_compile([{'_', [], ['$1']}]) end)),
    p(compile_empty, catch_error(fun() -> ets:match_spec_compile([]) end)),
    ok.

big() -> 1 bsl 80.

%% The result of running a match specification on one term: ets:test_ms/2 through a compiled spec too.
t(Label, Term, MS) ->
    R1 = ets:test_ms(Term, MS),
    R2 = ets:match_spec_run([Term], ets:match_spec_compile(MS)),
    io:format("~p: ~p ~p~n", [Label, R1, R2]).

g(Label, Term, MS) ->
    io:format("~p: ~p~n", [Label, ets:test_ms(Term, MS)]).

ms(Term, MS) ->
    case ets:test_ms(Term, MS) of
        {ok, R} -> R;
        Error -> Error
    end.

ms_bool(Term, MS) ->
    case ets:test_ms(Term, MS) of
        {ok, true} -> 1;
        {ok, false} -> 0
    end.

catch_error(F) ->
    try F() catch C:R -> {C, R} end.

p(Label, Value) ->
    io:format("~p: ~p~n", [Label, Value]).
