-module(opcodes_tuples_lists).
-export([main/0, id/1]).

-record(st, {a = 0, b = [], c = #{}, d = <<>>, e = none}).

id(X) -> X.

%% Tuple, list and record instructions: is_tagged_tuple, test_arity, get_tuple_element,
%% set_tuple_element (successive record updates), get_hd/get_tl, is_nonempty_list, put_list.
main() ->
    S0 = id(#st{}),
    S1 = S0#st{a = 1, b = [x], e = some},
    S2 = S1#st{a = S1#st.a + 1},
    S3 = (id(S2))#st{c = #{k => v}, d = <<1>>, e = other},
    io:format("records: ~p~n", [[S0, S1, S2, S3]]),
    io:format("loop_update: ~p~n", [update_loop(id(#st{}), 10)]),
    io:format("tagged: ~p~n", [[tagged(id(X)) || X <- [#st{}, {st, 1}, {other, 1, 2, 3, 4, 5}, st]]]),
    io:format("heads: ~p~n", [heads(id([[1, 2], [3], [], [4, 5, 6]]))]),
    io:format("zip3: ~p~n", [zip3(id([1, 2, 3]), id([a, b, c]), id("xyz"))]),
    io:format("improper: ~p~n", [walk(id([1, 2 | 3]))]),
    io:format("list_build: ~p~n", [build(id(5), [])]),
    io:format("tuple_build: ~p~n", [{id(1), {id(2), {id(3)}}, [id(4) | id(5)]}]),
    io:format("setelement_chain: ~p~n", [chain(id({0, 0, 0, 0, 0}))]),
    io:format("element_dynamic: ~p~n", [[element(I, id({a, b, c, d})) || I <- [4, 3, 2, 1]]]),
    io:format("cons_strings: ~p~n", [[$a | id("bc")] ++ id([$d])]),
    ok.

update_loop(S, 0) -> S;
update_loop(S = #st{a = A, b = B}, N) -> update_loop(S#st{a = A + N, b = [N | B]}, N - 1).

tagged(#st{a = A}) -> {st, A};
tagged({other, _, _, _, _, X}) -> {other, X};
tagged(T) when is_tuple(T) -> {tuple, tuple_size(T)};
tagged(_) -> not_tuple.

heads([[H | _] | T]) -> [H | heads(T)];
heads([[] | T]) -> [empty | heads(T)];
heads([]) -> [].

zip3([A | As], [B | Bs], [C | Cs]) -> [{A, B, C} | zip3(As, Bs, Cs)];
zip3(_, _, _) -> [].

walk([H | T]) -> [H | walk(T)];
walk([]) -> proper_end;
walk(Other) -> {tail, Other}.

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [{N, N * N} | Acc]).

chain(T) ->
    T1 = setelement(1, T, a),
    T2 = setelement(2, T1, b),
    T3 = setelement(3, T2, c),
    T4 = setelement(5, T3, e),
    {T, T4}.
