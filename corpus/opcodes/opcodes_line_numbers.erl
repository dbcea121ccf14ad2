-module(opcodes_line_numbers).
-export([main/0, id/1]).

-record(r, {a, b}).

id(X) -> X.

%% The line recorded for an error raised by each kind of construct (line instructions
%% before BIF calls, binary construction, map and record updates, comprehensions, funs,
%% try/after, receive): this module's frames are printed as {Function, Arity, Line}.
main() ->
    Cases = [
        {bif_call, fun() -> bif_call(id(x)) end},
        {binary_construction, fun() -> bin(id(a)) end},
        {map_update, fun() -> map_upd(id(notmap)) end},
        {map_exact_update, fun() -> map_exact(id(#{})) end},
        {record_update, fun() -> rec_upd(id({other})) end},
        {record_access, fun() -> rec_get(id({other})) end},
        {lc_filter, fun() -> lc(id([1, 0])) end},
        {lc_body, fun() -> lc_body(id([a])) end},
        {fun_body, fun() -> fun_body(id(1)) end},
        {after_clause, fun() -> in_after(id(1)) end},
        {receive_body, fun() -> in_receive(id(0)) end},
        {multi_line_call, fun() -> multi_line(id(a)) end},
        {case_in_arg, fun() -> case_arg(id(q)) end},
        {element_in_guard_then_body, fun() -> guard_then_body(id({})) end},
        {tuple_in_list_in_call, fun() -> nested_call(id(0)) end}
    ],
    [report(N, F) || {N, F} <- Cases],
    ok.

report(Name, F) ->
    try F() of V -> io:format("~p: no error ~p~n", [Name, V])
    catch C:R:S ->
            Frames = [{Fn, A, proplists:get_value(line, L)} || {?MODULE, Fn, A, L} <- S, Fn =/= report,
                                                               Fn =/= main, not is_main_lc(Fn)],
            io:format("~p: ~p ~p ~p~n", [Name, C, R, Frames])
    end.

is_main_lc(Fn) -> lists:prefix("-main/0-lc", atom_to_list(Fn)).

bif_call(X) ->
    Y = {X},
    atom_to_list(element(1, Y)) ++
        integer_to_list(X).

bin(X) ->
    <<1,
      X:8,
      2>>.

map_upd(M) ->
    M#{k => 1}.

map_exact(M) ->
    M#{
       missing := 1
      }.

rec_upd(R) ->
    R#r{a = 1}.

rec_get(R) ->
    R#r.b.

lc(L) ->
    [X || X <- L,
          10 div X > 1].

lc_body(L) ->
    [X + 1
     || X <- L].

fun_body(X) ->
    F = fun(Y) ->
                Y + a
        end,
    F(X).

in_after(X) ->
    try X
    after
        error(in_after)
    end.

in_receive(X) ->
    self() ! go,
    receive
        go ->
            1 / X
    end.

multi_line(X) ->
    lists:map(
      fun(Y) -> Y + 1 end,
      [X]).

case_arg(X) ->
    id(case X of
           a -> 1
       end).

guard_then_body(T) when tuple_size(T) > 0 -> element(1, T);
guard_then_body(T) ->
    element(1, T).

nested_call(X) ->
    id([{ok, id(
               10 div X)}]).
