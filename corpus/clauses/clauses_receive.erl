-module(clauses_receive).
-export([main/0, id/1]).

id(X) -> X.

%% receive clauses within one process: patterns, guards, selective order, after 0,
%% leftover messages.
main() ->
    self() ! {b, 2}, self() ! {a, 1}, self() ! c, self() ! {a, 3}, self() ! 10,
    io:format("first_a: ~p~n", [receive {a, X} -> X end]),
    io:format("any_int_gt5: ~p~n", [receive N when is_integer(N), N > 5 -> N end]),
    io:format("atom_or_b: ~p~n", [receive {b, _} = M -> M; A when is_atom(A) -> A end]),
    io:format("after0_none: ~p~n", [receive {z, _} -> z after 0 -> timeout end]),
    io:format("queue_len: ~p~n", [element(2, process_info(self(), message_queue_len))]),
    io:format("drain: ~p~n", [drain([])]),
    io:format("after0_empty: ~p~n", [receive _ -> got after 0 -> empty end]),
    io:format("after10: ~p~n", [receive _ -> got after 10 -> timed_out end]),
    self() ! {tag, make_ref(), payload},
    io:format("ignore_ref: ~p~n", [receive {tag, R, P} when is_reference(R) -> P end]),
    [self() ! I || I <- lists:seq(1, 10)],
    io:format("evens_first: ~p~n", [take_evens(5, [])]),
    io:format("then_rest: ~p~n", [drain([])]),
    Ref = make_ref(),
    self() ! other, self() ! {Ref, reply},
    io:format("ref_match: ~p~n", [receive {Ref, V} -> V end]),
    io:format("left: ~p~n", [drain([])]),
    self() ! {x, 1}, self() ! {y, 2},
    io:format("bound_var: ~p~n", [recv_tag(id(y))]),
    io:format("after_var: ~p~n", [receive nothing -> n after id(0) -> t end]),
    io:format("after_infinity_skipped: ~p~n", [receive {x, Q} -> Q after infinity -> never end]),
    io:format("timeout_badarg: ~p~n",
              [try receive nothing -> n after id(-1) -> t end catch C:E -> {C, E} end]),
    io:format("timeout_atom: ~p~n",
              [try receive nothing -> n after id(soon) -> t end catch C2:E2 -> {C2, E2} end]),
    io:format("empty_receive_after: ~p~n", [receive after 1 -> slept end]),
    ok.

drain(Acc) ->
    receive M -> drain([M | Acc]) after 0 -> lists:reverse(Acc) end.

take_evens(0, Acc) -> lists:reverse(Acc);
take_evens(N, Acc) ->
    receive X when X rem 2 =:= 0 -> take_evens(N - 1, [X | Acc]) end.

recv_tag(T) ->
    receive {T, V} -> {T, V} after 0 -> none end.
