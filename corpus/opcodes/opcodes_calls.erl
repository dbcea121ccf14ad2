-module(opcodes_calls).
-export([main/0, id/1, ext/1, ext2/2]).

id(X) -> X.
ext(X) -> {ext, X}.
ext2(A, B) -> {ext2, A, B}.

%% Every call shape: local body/tail calls (call, call_last, call_only), remote calls
%% (call_ext, call_ext_last, call_ext_only), dynamic apply (apply, apply_last) and fun
%% calls (call_fun, call_fun2), with and without live values around them.
main() ->
    io:format("local_body: ~p~n", [local_body(id(1))]),
    io:format("local_last: ~p~n", [local_last(id(2))]),
    io:format("local_only: ~p~n", [local_only(id(3))]),
    io:format("ext_body: ~p~n", [ext_body(id(4))]),
    io:format("ext_last: ~p~n", [ext_last(id(5))]),
    io:format("ext_only: ~p~n", [ext_only(id(6))]),
    io:format("apply_body: ~p~n", [apply_body(id(?MODULE), id(ext), 7)]),
    io:format("apply_last: ~p~n", [apply_last(id(?MODULE), id(ext2), 8)]),
    io:format("apply_fun_name_only: ~p~n", [apply_fun_name(id(ext), 9)]),
    io:format("fun_body: ~p~n", [fun_body(id(fun(X) -> X * 10 end), 10)]),
    io:format("fun_last: ~p~n", [fun_last(id(fun(X) -> X * 100 end), 11)]),
    io:format("fun_ext: ~p~n", [fun_body(id(fun ?MODULE:ext/1), 12)]),
    io:format("fun_local_ref: ~p~n", [fun_body(id(fun local_only/1), 13)]),
    io:format("fun_bif: ~p~n", [fun_body(id(fun erlang:abs/1), -14)]),
    io:format("fun_known_arity: ~p~n", [known(id(3))]),
    io:format("bif_calls: ~p~n", [bifs(id([3, 1, 2]))]),
    io:format("guard_bif_in_body: ~p~n", [gbif(id({a, b, c}))]),
    io:format("mutual_tail: ~p~n", [ping(id(1001), [])]),
    io:format("apply_erlang: ~p~n", [apply(erlang, id(list_to_tuple), [[1, 2]])]),
    io:format("deep_arg_eval_order: ~p~n", [order()]),
    ok.

local_body(X) -> Y = local_only(X), {body, Y, X}.
local_last(X) -> Z = X + 1, local_only(Z).
local_only(X) -> {only, X}.

ext_body(X) -> Y = ?MODULE:ext(X), {body, Y, X}.
ext_last(X) -> Z = X + 1, ?MODULE:ext(Z).
ext_only(X) -> ?MODULE:ext(X).

apply_body(M, F, X) -> R = M:F(X), {applied, R, X}.
apply_last(M, F, X) -> M:F(X, X).
apply_fun_name(F, X) -> ?MODULE:F(X).

fun_body(F, X) -> R = F(X), {called, R, X}.
fun_last(F, X) -> F(X + 1).

known(N) ->
    F = fun(A, B) -> A * B + N end,
    G = fun() -> F(N, N) end,
    {F(2, 3), G()}.

bifs(L) ->
    Len = length(L),
    S = lists:sort(L),
    H = hd(S),
    T = tl(S),
    {Len, S, H, T, erlang:max(H, Len), tuple_size(list_to_tuple(L))}.

gbif(T) -> {element(1, T), element(3, T), tuple_size(T), size(T), is_tuple(T)}.

ping(0, Acc) -> lists:reverse(Acc);
ping(N, Acc) when N rem 250 =:= 0 -> pong(N - 1, [N | Acc]);
ping(N, Acc) -> pong(N - 1, Acc).
pong(0, Acc) -> lists:reverse(Acc);
pong(N, Acc) -> ping(N - 1, Acc).

order() ->
    put(seq, []),
    Step = fun(X) -> put(seq, [X | get(seq)]), X end,
    _ = {Step(1), [Step(2), Step(3)], ?MODULE:ext2(Step(4), Step(5)), Step(6) + Step(7)},
    lists:reverse(get(seq)).
