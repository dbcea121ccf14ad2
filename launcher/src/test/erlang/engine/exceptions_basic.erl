-module(exceptions_basic).
-export([main/0]).

main() ->
    out(catch throw(ball)),
    out(catch exit(gone)),
    out(element(1, catch error(bad))),
    out(t(fun() -> throw(x) end)),
    out(t(fun() -> error(x) end)),
    out(t(fun() -> exit(x) end)),
    out(t(fun() -> ok end)),
    out(t(fun() -> 1 = id(2) end)),
    out(t(fun() -> case id(3) of 1 -> a end end)),
    out(t(fun() -> V = id(false), if V -> a end end)),
    out(t(fun() -> f(3) end)),
    out(t(fun() -> undefined_module:foo() end)),
    out(t(fun() -> ?MODULE:nofun(1, 2) end)),
    out(t(fun() -> (id(fun(X) -> X end))(1, 2) end)),
    out(t(fun() -> (id(not_a_fun))(1) end)),
    out(t(fun() -> try id(1) of 2 -> two catch _:_ -> c end end)),
    out(t(fun() -> erlang:raise(throw, r, []) end)),
    out(t(fun() -> erlang:raise(bad, r, []) end)),
    out(nested()),
    out(after_order()),
    out(rethrow()),
    out([catch_class(C) || C <- [throw, error, exit]]),
    out(catch_in_loop(1000, 0)),
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

out(T) -> io:format("~w~n", [T]).
