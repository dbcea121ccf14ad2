-module(stdlib_queue).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    Q = queue:from_list(id([1, 2, 3, 4, 5])),
    ?T(to_list, queue:to_list(Q)),
    ?T(raw, Q),
    ?T(len, queue:len(Q)),
    ?T(in_out, begin
                   Q1 = queue:in(6, Q),
                   {{value, V}, Q2} = queue:out(Q1),
                   {V, queue:to_list(Q2)}
               end),
    ?T(in_r_out_r, begin
                       Q1 = queue:in_r(0, Q),
                       {{value, V}, Q2} = queue:out_r(Q1),
                       {V, queue:to_list(Q2)}
                   end),
    ?T(out_empty, queue:out(queue:new())),
    ?T(get, {queue:get(Q), queue:get_r(Q)}),
    ?T(get_empty, queue:get(queue:new())),
    ?T(peek, {queue:peek(Q), queue:peek_r(Q), queue:peek(queue:new())}),
    ?T(drop, queue:to_list(queue:drop(Q))),
    ?T(drop_r, queue:to_list(queue:drop_r(Q))),
    ?T(drop_empty, queue:drop(queue:new())),
    ?T(reverse, queue:to_list(queue:reverse(Q))),
    ?T(join, queue:to_list(queue:join(Q, queue:from_list([a, b])))),
    ?T(split, begin {A, B} = queue:split(2, Q), {queue:to_list(A), queue:to_list(B)} end),
    ?T(filter, queue:to_list(queue:filter(fun(X) -> X rem 2 =:= 1 end, Q))),
    ?T(filter_expand, queue:to_list(queue:filter(fun(X) -> [X, X] end, Q))),
    ?T(member, {queue:member(3, Q), queue:member(9, Q)}),
    ?T(is_queue, {queue:is_queue(Q), queue:is_queue([])}),
    ?T(is_empty, {queue:is_empty(Q), queue:is_empty(queue:new())}),
    ?T(all_any, {queue:all(fun(X) -> X > 0 end, Q), queue:any(fun(X) -> X > 4 end, Q)}),
    ?T(fold, queue:fold(fun(X, A) -> [X | A] end, [], Q)),
    ?T(delete, queue:to_list(queue:delete(3, Q))),
    ?T(cons_snoc, queue:to_list(queue:snoc(queue:cons(0, Q), 6))),
    ?T(head_last, {queue:head(Q), queue:last(Q), queue:daeh(Q)}),
    ?T(liat_tail, {queue:to_list(queue:liat(Q)), queue:to_list(queue:tail(Q))}),
    ?T(many_ops, begin
                     Qs = lists:foldl(fun(I, Acc) when I rem 3 =:= 0 -> element(2, queue:out(Acc));
                                         (I, Acc) -> queue:in(I, Acc) end, queue:new(), lists:seq(1, 30)),
                     {queue:len(Qs), queue:to_list(Qs)}
                 end),
    ?T(bad_queue, queue:len(id(notaqueue))),
    ok.
