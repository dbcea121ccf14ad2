-module(stdlib_timer_conv).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% timer's pure conversion functions and timer:tc's result shape (never its time).
main() ->
    ?T(hms, timer:hms(1, 2, 3)),
    ?T(hours, timer:hours(id(2))),
    ?T(minutes, timer:minutes(id(3))),
    ?T(seconds, timer:seconds(id(4))),
    ?T(float_seconds, timer:seconds(id(1.5))),
    ?T(tc_result, begin {T, V} = timer:tc(fun() -> lists:sum(lists:seq(1, 100)) end), {is_integer(T), V} end),
    ?T(tc_mfa, element(2, timer:tc(lists, reverse, [[1, 2, 3]]))),
    ?T(sleep_zero, timer:sleep(0)),
    ?T(apply_after_ok, element(1, timer:apply_after(1, erlang, self, []))),
    ?T(bad_hms, timer:hms(id(a), 0, 0)),
    ok.
