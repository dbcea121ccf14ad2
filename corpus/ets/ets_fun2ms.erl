-module(ets_fun2ms).
-export([main/0]).
-include_lib("stdlib/include/ms_transform.hrl").

%% What ets:fun2ms produces (records, guards of every kind, '$_'/'$$'-like bodies, constants,
%% nested patterns) run through select, select_reverse with continuations, select_count,
%% select_delete, select_replace, match_spec_run and test_ms; plus init_table, folds and
%% update_counter/update_element forms. (tab2file/file2tab use disk_log, which needs the kernel
%% application: corpus/boot/boot_ets_tabfile.)

-record(emp, {id, name, dept, salary = 0, tags = []}).

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

t(Label, F) -> p(Label, try F() catch C:R -> {C, R} end).

emps() ->
    [#emp{id = 1, name = "ann", dept = eng, salary = 120, tags = [lead]},
     #emp{id = 2, name = "bob", dept = eng, salary = 95},
     #emp{id = 3, name = "cid", dept = ops, salary = 70, tags = [oncall, lead]},
     #emp{id = 4, name = "dee", dept = ops, salary = 88.5},
     #emp{id = 5, name = "eve", dept = sales, salary = 60, tags = [remote]},
     #emp{id = 6, name = <<"fay">>, dept = {sub, eng}, salary = 101}].

main() ->
    T = ets:new(ets_fun2ms_emps, [ordered_set, {keypos, #emp.id}]),
    true = ets:insert(T, emps()),
    Specs =
        [{"record field guard", ets:fun2ms(fun(#emp{dept = eng, name = N}) -> N end)},
         {"whole object", ets:fun2ms(fun(E = #emp{salary = S}) when S > 100 -> E end)},
         {"object()", ets:fun2ms(fun(#emp{dept = ops}) -> object() end)},
         {"tuple body", ets:fun2ms(fun(#emp{id = I, dept = D}) when I rem 2 =:= 0 -> {D, I} end)},
         {"list body", ets:fun2ms(fun(#emp{id = I, name = N}) -> [I, N] end)},
         {"arith body", ets:fun2ms(fun(#emp{id = I, salary = S}) -> {I, S * 2 + 1, -S, S / 2} end)},
         {"float compare", ets:fun2ms(fun(#emp{salary = S, id = I}) when S == 88.5 -> I end)},
         {"exact compare", ets:fun2ms(fun(#emp{salary = S, id = I}) when S =:= 88 -> I end)},
         {"andalso orelse", ets:fun2ms(fun(#emp{id = I, dept = D}) when D =:= eng andalso I > 1 orelse D =:= sales -> I end)},
         {"not xor", ets:fun2ms(fun(#emp{id = I}) when not (I > 3) xor (I == 1) -> I end)},
         {"type tests", ets:fun2ms(fun(#emp{id = I, name = N, dept = D}) when is_binary(N); is_tuple(D) -> {I, is_list(N), is_atom(D)} end)},
         {"is_record guard", ets:fun2ms(fun(E = #emp{id = I}) when is_record(E, emp) -> I end)},
         {"element and size", ets:fun2ms(fun(E = #emp{dept = D}) when is_tuple(D), element(1, D) =:= sub -> size(E) end)},
         {"list guards", ets:fun2ms(fun(#emp{id = I, tags = Tg}) when length(Tg) > 1 -> {I, hd(Tg), tl(Tg)} end)},
         {"list pattern", ets:fun2ms(fun(#emp{id = I, tags = [lead | _]}) -> I end)},
         {"bif body", ets:fun2ms(fun(#emp{id = I, salary = S}) when is_integer(S) -> {abs(-I), trunc(S / 7), round(S / 7), float(I)} end)},
         {"bitwise", ets:fun2ms(fun(#emp{id = I}) -> {I band 3, I bor 8, I bxor 5, bnot I, I bsl 2, I bsr 1, I div 2} end)},
         {"binary guard", ets:fun2ms(fun(#emp{name = N}) when is_binary(N), byte_size(N) =:= 3 -> binary_part(N, 0, 1) end)},
         {"map in body", ets:fun2ms(fun(#emp{id = I, dept = D}) when I < 3 -> #{id => I, dept => D} end)},
         {"const and self", ets:fun2ms(fun(#emp{id = 1}) -> {const, {a, b}, is_pid(self())} end)},
         {"external variable", begin Min = 90, ets:fun2ms(fun(#emp{salary = S, id = I}) when S >= Min -> I end) end},
         {"two clauses", ets:fun2ms(fun(#emp{id = I, dept = eng}) -> {eng, I}; (#emp{id = I, dept = ops}) -> {ops, I} end)},
         {"bound twice", ets:fun2ms(fun(#emp{id = X, salary = X}) -> X end)},
         {"guard raises -> clause fails", ets:fun2ms(fun(#emp{id = I, name = N}) when hd(N) =:= $a -> I end)},
         {"body raises -> badarg item", ets:fun2ms(fun(#emp{id = 1, name = N}) -> hd(N) end)},
         {"node", ets:fun2ms(fun(#emp{id = 2}) -> node() end)}],
    [begin
         p(L, MS),
         t("  select", fun() -> ets:select(T, MS) end)
     end || {L, MS} <- Specs],
    continuations(T),
    changes(T),
    running(),
    folds(),
    ets:delete(T),
    ok.

continuations(T) ->
    MS = ets:fun2ms(fun(#emp{id = I}) -> I end),
    {R1, C1} = ets:select(T, MS, 2),
    {R2, C2} = ets:select(C1),
    {R3, C3} = ets:select(C2),
    p("select chunks", [R1, R2, R3, ets:select(C3)]),
    {V1, D1} = ets:select_reverse(T, MS, 4),
    p("select_reverse chunks", [V1, ets:select_reverse(D1)]),
    p("select limit none", ets:select(T, ets:fun2ms(fun(#emp{id = 99}) -> x end), 3)),
    t("select bad limit", fun() -> ets:select(T, MS, 0) end),
    p("select_count", ets:select_count(T, ets:fun2ms(fun(#emp{salary = S}) when S > 80 -> true end))),
    p("select_count non-true", ets:select_count(T, ets:fun2ms(fun(#emp{salary = S}) when S > 80 -> yes end))),
    p("match limit", element(1, ets:match(T, #emp{id = '$1', _ = '_'}, 3))),
    p("match_object limit", length(element(1, ets:match_object(T, #emp{_ = '_'}, 4)))).

changes(T) ->
    T2 = ets:new(ets_fun2ms_copy, [set, {keypos, #emp.id}]),
    ets:insert(T2, ets:tab2list(T)),
    Raise = ets:fun2ms(fun(E = #emp{dept = eng, salary = S}) -> E#emp{salary = S + 10} end),
    p("fun2ms record update", Raise),
    p("select_replace", ets:select_replace(T2, Raise)),
    p("after", lists:sort(ets:select(T2, ets:fun2ms(fun(#emp{id = I, salary = S}) -> {I, S} end)))),
    t("select_replace key change", fun() -> ets:select_replace(T2, ets:fun2ms(fun(E = #emp{id = 1}) -> E#emp{id = 100} end)) end),
    t("select_replace body not object", fun() -> ets:select_replace(T2, ets:fun2ms(fun(#emp{id = 1}) -> gone end)) end),
    p("select_delete", ets:select_delete(T2, ets:fun2ms(fun(#emp{tags = Tg}) when Tg =/= [] -> true end))),
    p("left", lists:sort([I || #emp{id = I} <- ets:tab2list(T2)])),
    p("select_delete non-true", ets:select_delete(T2, ets:fun2ms(fun(#emp{}) -> false end))),
    B = ets:new(ets_fun2ms_bag, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {k, 3}, {j, 1}]),
    t("select_replace bag", fun() -> ets:select_replace(B, ets:fun2ms(fun({k, V}) -> {k, V * 10} end)) end),
    p("bag select_delete", ets:select_delete(B, ets:fun2ms(fun({k, V}) when V > 1 -> true end))),
    p("bag left", lists:sort(ets:tab2list(B))),
    ets:delete(B),
    ets:delete(T2).

running() ->
    MS = ets:fun2ms(fun({A, B}) when A > B -> {B, A}; ({A, _}) -> A end),
    p("match_spec_run", ets:match_spec_run([{1, 2}, {3, 1}, x, {5, 5}], ets:match_spec_compile(MS))),
    p("is_compiled_ms", [ets:is_compiled_ms(ets:match_spec_compile(MS)), ets:is_compiled_ms(MS)]),
    t("match_spec_compile bad", fun() -> ets:match_spec_compile([{x, [], bad}]) end),
    p("test_ms", ets:test_ms({3, 1}, MS)),
    p("test_ms no match", ets:test_ms(other, MS)),
    p("test_ms bad", ets:test_ms({1, 2}, [{'$1', [{bad_guard, '$1'}], ['$1']}])),
    p("test_ms message in ets", ets:test_ms({1, 2}, [{'_', [], [{message, x}]}])),
    p("dbg fun2ms", dbg:fun2ms(fun([A, B]) when A > 0 -> message(A + B), return_trace() end)).

folds() ->
    T = ets:new(ets_fun2ms_fold, [ordered_set]),
    p("init_table", ets:init_table(T, fun(read) -> {[{K, K} || K <- lists:seq(1, 5)], fun(read) -> end_of_input; (close) -> ok end};
                                          (close) -> ok end)),
    p("foldl", ets:foldl(fun({K, _}, A) -> [K | A] end, [], T)),
    p("foldr", ets:foldr(fun({K, _}, A) -> [K | A] end, [], T)),
    t("foldl raises", fun() -> ets:foldl(fun(_, _) -> error(in_fold) end, [], T) end),
    p("fold after raise: table still fixable", ets:info(T, safe_fixed)),
    p("update_counter default", [ets:update_counter(T, new, {2, 5}, {new, 100}), ets:lookup(T, new)]),
    p("update_counter threshold", ets:update_counter(T, 1, {2, 10, 5, 0})),
    p("update_counter list", ets:update_counter(T, 2, [{2, 1}, {2, -10, 0, 7}])),
    p("update_element list", {ets:update_element(T, 3, [{2, x}]), ets:lookup(T, 3)}),
    p("update_element missing", ets:update_element(T, nope, {2, x})),
    t("update_element key pos", fun() -> ets:update_element(T, 3, {1, y}) end),
    ets:delete(T).
