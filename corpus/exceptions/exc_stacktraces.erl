-module(exc_stacktraces).
-export([main/0, id/1, remote_fail/1]).

id(X) -> X.

%% Stack trace contents: frames, arities vs argument lists, line numbers of call sites,
%% tail calls leaving no frame, frames inside funs and list comprehensions, depth limit.
main() ->
    Cases = [
        {body_call_chain, fun() -> a(id(1)) end},
        {tail_call_chain, fun() -> ta(id(1)) end},
        {function_clause_args, fun() -> needs_atom(id(1), id("two")) end},
        {guard_fail_args, fun() -> guarded(id(-1)) end},
        {bif_in_body, fun() -> bif_fail(id(1)) end},
        {bif_tail, fun() -> bif_tail(id(1)) end},
        {recursion_repeated_frames, fun() -> rec_fail(id(5)) end},
        {remote_call, fun() -> ?MODULE:remote_fail(id(2)) end},
        {in_fun, fun() -> (id(fun(X) -> X + a end))(1) end},
        {in_lc, fun() -> [1 / X || X <- id([1, 0])] end},
        {in_lists_map, fun() -> lists:map(fun(X) -> X div 0 end, id([1])) end},
        {in_foldl, fun() -> lists:foldl(fun(X, _) -> element(X, {}) end, 0, id([1])) end},
        {deep_body_recursion, fun() -> deep(id(20)) end},
        {deep_tail_recursion, fun() -> deep_tail(id(20)) end},
        {error_2_args, fun() -> err2(id(a), id(b)) end},
        {error_3_info, fun() -> error(id(custom), [x], [{error_info, #{module => ?MODULE, cause => why}}]) end},
        {error_none_args, fun() -> error(id(r), none) end},
        {throw_stack, fun() -> thrower(id(t)) end},
        {exit_stack, fun() -> exiter(id(x)) end},
        {case_clause_line, fun() -> case_fail(id(z)) end},
        {badmatch_line, fun() -> match_fail(id(z)) end},
        {nested_catch_frames, fun() -> outer(id(0)) end},
        {multi_line_expr, fun() -> multi(id(0)) end}
    ],
    [report(Name, F) || {Name, F} <- Cases],
    ok.

report(Name, F) ->
    R = try F() of V -> {ok, V}
        catch C:E:S -> {C, E, frames(S)}
        end,
    io:format("~p: ~p~n", [Name, R]).

%% This module's frames plus the top frame of any other module, up to main/0.
frames([{M, F, A, L} | Rest]) ->
    Frame = {M, F, A, proplists:get_value(line, L)},
    case {M, F, A} of
        {?MODULE, main, 0} -> [Frame];
        _ when M =:= ?MODULE -> [Frame | frames(Rest)];
        _ -> [{M, F, A} | frames(Rest)]
    end;
frames([]) -> [].

a(X) -> [b(X)].
b(X) -> [c(X)].
c(X) -> [X + id(undefined)].

ta(X) -> tb(X).
tb(X) -> tc(X).
tc(X) -> X + id(undefined).

needs_atom(A, _) when is_atom(A) -> ok.

guarded(X) when X > 0 -> ok.

bif_fail(X) ->
    L = atom_to_list(X),
    {L}.

bif_tail(X) -> atom_to_list(X).

remote_fail(X) -> [X | tl(id([]))].

%% The same return address repeated on the stack shows once in the trace.
rec_fail(0) -> id(x) + 1;
rec_fail(N) -> [N | rec_fail(N - 1)].

deep(0) -> error(bottom);
deep(N) -> [N | deep(N - 1)].

deep_tail(0) -> error(bottom);
deep_tail(N) -> deep_tail(N - 1).

err2(A, B) -> error(two, [A, B]).

thrower(T) -> [throw(T)].

exiter(X) -> [exit(X)].

case_fail(X) ->
    case X of
        a -> a;
        b -> b
    end.

match_fail(X) ->
    {ok, Y} = X,
    Y.

outer(X) ->
    try middle(X)
    catch throw:_ -> never
    end.

middle(X) -> [inner(X)].

inner(X) -> 10 div X.

multi(X) ->
    A = 1,
    B = 2,
    C = A +
        B +
        10 div X,
    C.
