-module(exceptions_basic).
-export([main/0]).

main() ->
    erlang:display(catch throw(ball)),
    erlang:display(catch exit(gone)),
    erlang:display(element(1, catch error(bad))),
    erlang:display(t(fun() -> throw(x) end)),
    erlang:display(t(fun() -> error(x) end)),
    erlang:display(t(fun() -> exit(x) end)),
    erlang:display(t(fun() -> ok end)),
    erlang:display(t(fun() -> 1 = id(2) end)),
    erlang:display(t(fun() -> case id(3) of 1 -> a end end)),
    erlang:display(t(fun() -> V = id(false), if V -> a end end)),
    erlang:display(t(fun() -> f(3) end)),
    erlang:display(t(fun() -> undefined_module:foo() end)),
    erlang:display(t(fun() -> ?MODULE:nofun(1, 2) end)),
    erlang:display(t(fun() -> (id(fun(X) -> X end))(1, 2) end)),
    erlang:display(t(fun() -> (id(not_a_fun))(1) end)),
    erlang:display(t(fun() -> try id(1) of 2 -> two catch _:_ -> c end end)),
    erlang:display(t(fun() -> erlang:raise(throw, r, []) end)),
    erlang:display(t(fun() -> erlang:raise(bad, r, []) end)),
    erlang:display(nested()),
    erlang:display(after_order()),
    erlang:display(rethrow()),
    erlang:display([catch_class(C) || C <- [throw, error, exit]]),
    erlang:display(catch_in_loop(1000, 0)),
    ok.

t(F) ->
    try F() of
        V -> {value, V}
    catch
        throw:T -> {thrown, T};
        error:E -> {error, E};
        exit:X -> {exit, X}
    end.

f(1) -> one.

nested() ->
    try
        try throw(inner)
        catch throw:inner -> throw(outer)
        end
    catch throw:W -> {caught, W}
    end.

after_order() ->
    Self = self(),
    try
        try error(boom)
        after Self ! after_ran
        end
    catch error:boom ->
        receive after_ran -> {boom, after_ran} after 0 -> no_after end
    end.

rethrow() ->
    try
        try error(first)
        catch error:first:St -> erlang:raise(error, second, St)
        end
    catch error:Second -> Second
    end.

catch_class(C) ->
    try erlang:C(val) catch Class:Reason -> {Class, Reason} end.

catch_in_loop(0, A) -> A;
catch_in_loop(N, A) ->
    V = try throw(N) catch throw:X -> X end,
    catch_in_loop(N - 1, A + V).

id(X) -> X.
