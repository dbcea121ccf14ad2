-module(recursion_tail_kinds).
-export([main/0, id/1, remote_loop/2, apply_loop/2, mfa_loop/2]).

id(X) -> X.

%% One million iterations of a tail-recursive loop through each kind of tail call: local,
%% remote (fully qualified), dynamic M:F, apply/3, apply/2 on a fun, and fun calls; each
%% must run in constant space.
main() ->
    N = id(1000000),
    io:format("local: ~p~n", [local_loop(N, 0)]),
    io:format("remote: ~p~n", [?MODULE:remote_loop(N, 0)]),
    io:format("dynamic: ~p~n", [mfa_loop(N, 0)]),
    io:format("apply3: ~p~n", [apply_loop(N, 0)]),
    io:format("apply2: ~p~n", [apply2_loop(fun apply2_loop/3, N, 0)]),
    Loop = fun Self(0, A) -> A; Self(K, A) -> Self(K - 1, A + 3) end,
    io:format("named_fun: ~p~n", [Loop(N, 0)]),
    io:format("fun_arg: ~p~n", [fun_loop(fun(A) -> A + 4 end, N, 0)]),
    io:format("mutual_local: ~p~n", [even(N)]),
    io:format("through_case_and_try: ~p~n", [ct_loop(N, 0)]),
    io:format("bif_in_tail: ~p~n", [bif_tail(N, [])]),
    ok.

local_loop(0, A) -> A;
local_loop(N, A) -> local_loop(N - 1, A + 1).

remote_loop(0, A) -> A;
remote_loop(N, A) -> ?MODULE:remote_loop(N - 1, A + 2).

mfa_loop(0, A) -> A;
mfa_loop(N, A) -> M = ?MODULE, F = mfa_loop, M:F(N - 1, A + 5).

apply_loop(0, A) -> A;
apply_loop(N, A) -> apply(?MODULE, apply_loop, [N - 1, A + 6]).

apply2_loop(_, 0, A) -> A;
apply2_loop(F, N, A) -> apply(F, [F, N - 1, A + 7]).

fun_loop(_, 0, A) -> A;
fun_loop(F, N, A) -> fun_loop(F, N - 1, F(A)).

even(0) -> true;
even(N) -> odd(N - 1).
odd(0) -> false;
odd(N) -> even(N - 1).

ct_loop(0, A) -> A;
ct_loop(N, A) ->
    case N rem 3 of
        0 -> ct_loop(N - 1, A + 1);
        1 -> V = try A + 2 catch _:_ -> A end, ct_loop(N - 1, V);
        _ -> ct_loop(N - 1, A)
    end.

bif_tail(0, Acc) -> length(Acc);
bif_tail(N, Acc) when N rem 100000 =:= 0 -> bif_tail(N - 1, [N | Acc]);
bif_tail(N, Acc) -> bif_tail(N - 1, Acc).
