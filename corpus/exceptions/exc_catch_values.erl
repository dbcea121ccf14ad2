-module(exc_catch_values).
-export([main/0, id/1]).

id(X) -> X.

%% The value of `catch Expr` for every way an expression can end. For errors it is
%% {'EXIT', {Reason, Stack}}: the stack is printed as this module's frames only.
main() ->
    Cases = [
        {normal_value, fun() -> catch id(42) end},
        {throw_atom, fun() -> catch throw(id(thrown)) end},
        {throw_tuple, fun() -> catch throw(id({a, b})) end},
        {throw_exit_lookalike, fun() -> catch throw(id({'EXIT', fake})) end},
        {exit_atom, fun() -> catch exit(id(bye)) end},
        {exit_normal, fun() -> catch exit(id(normal)) end},
        {exit_tuple, fun() -> catch exit(id({shutdown, x})) end},
        {error_atom, fun() -> catch error(id(oops)) end},
        {error_badarith, fun() -> catch id(1) / id(0) end},
        {error_badmatch, fun() -> catch begin {x} = id({y}), ok end end},
        {error_function_clause, fun() -> catch fc(id(2)) end},
        {error_case_clause, fun() -> catch case id(c) of a -> a end end},
        {error_if_clause, fun() -> catch if_clause(id(0)) end},
        {error_undef, fun() -> catch (id(nomod)):f() end},
        {error_badarg_bif, fun() -> catch atom_to_list(id(1)) end},
        {error_2, fun() -> catch error(id(reason), [a1, a2]) end},
        {nested_catch, fun() -> catch (catch throw(id(inner))) end},
        {catch_in_expr, fun() -> [catch throw(id(X)) || X <- [1, 2]] end},
        {catch_precedence, fun() -> catch id(1) + throw(id(2)) end},
        {catch_of_error_value, fun() -> catch {'EXIT', id(1)} end},
        {deep_error, fun() -> catch deep(id(3)) end},
        {erlang_raise_throw, fun() -> catch erlang:raise(throw, id(r), []) end},
        {erlang_raise_exit, fun() -> catch erlang:raise(exit, id(r), []) end},
        {erlang_raise_error, fun() -> catch erlang:raise(error, id(r), [{m, f, 1, [{line, 7}]}]) end}
    ],
    [io:format("~p: ~p~n", [Name, clean(F())]) || {Name, F} <- Cases],
    ok.

clean({'EXIT', {Reason, Stack}}) when is_list(Stack) -> {'EXIT', Reason, frames(Stack)};
clean(Other) -> Other.

frames(Stack) ->
    [{M, F, arity(A), proplists:get_value(line, L)} || {M, F, A, L} <- Stack, M =:= ?MODULE orelse M =:= m].

arity(A) when is_list(A) -> {args, A};
arity(A) -> A.

fc(1) -> one.

if_clause(X) -> if X > 0 -> pos end.

deep(0) -> error(bottom);
deep(N) -> [deep(N - 1)].
