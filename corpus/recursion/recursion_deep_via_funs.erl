-module(recursion_deep_via_funs).
-export([main/0, id/1, remote_depth/1, apply_depth/1]).

id(X) -> X.

%% Body recursion ~300,000 deep through funs, remote calls, apply and mutual recursion
%% between a fun and a function: every kind of frame must survive a deep stack.
main() ->
    N = id(300000),
    Depth = fun Self(0) -> 0; Self(K) -> 1 + Self(K - 1) end,
    io:format("named_fun: ~p~n", [Depth(N)]),
    io:format("remote: ~p~n", [?MODULE:remote_depth(N)]),
    io:format("apply: ~p~n", [apply_depth(N)]),
    Table = #{step => fun(K, Rec) -> 1 + Rec(K - 1) end},
    io:format("fun_from_map: ~p~n", [via_map(N, Table)]),
    io:format("fun_and_function: ~p~n", [ping(N)]),
    io:format("list_build_via_fun: ~p~n", [length(build(fun(X) -> X * 2 end, N))]),
    io:format("exception_at_depth: ~p~n", [try fail_deep(N) catch throw:{depth, D} -> D end]),
    io:format("catch_at_each_level: ~p~n", [catch_each(id(10000))]),
    ok.

remote_depth(0) -> 0;
remote_depth(N) -> 1 + ?MODULE:remote_depth(N - 1).

apply_depth(0) -> 0;
apply_depth(N) -> 1 + apply(?MODULE, apply_depth, [N - 1]).

via_map(0, _) -> 0;
via_map(N, T) -> (maps:get(step, T))(N, fun(K) -> via_map(K, T) end).

ping(0) -> 0;
ping(N) -> Pong = fun(K) -> 1 + ping(K) end, 1 + Pong(N - 1) - 1.

build(_, 0) -> [];
build(F, N) -> [F(N) | build(F, N - 1)].

fail_deep(0) -> throw({depth, bottom});
fail_deep(N) -> 1 + fail_deep(N - 1).

catch_each(0) -> throw(done);
catch_each(N) ->
    try catch_each(N - 1) of
        V -> V
    catch throw:done when N =:= 10000 -> {caught_at_top, N};
          throw:done -> throw(done)
    end.
