-module(stdlib_calendar).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% calendar on fixed dates only (never the current time).
main() ->
    ?T(date_to_gregorian_days, [calendar:date_to_gregorian_days(D) || D <- [{0, 1, 1}, {1970, 1, 1}, {2000, 2, 29}, {2024, 12, 31}]]),
    ?T(gregorian_days_to_date, [calendar:gregorian_days_to_date(N) || N <- [0, 719528, 738000, 1000000]]),
    ?T(datetime_to_seconds, calendar:datetime_to_gregorian_seconds({{2020, 6, 15}, {12, 30, 45}})),
    ?T(seconds_to_datetime, calendar:gregorian_seconds_to_datetime(63000000000)),
    ?T(day_of_the_week, [calendar:day_of_the_week(D) || D <- [{1970, 1, 1}, {2000, 1, 1}, {2024, 2, 29}]]),
    ?T(is_leap_year, [{Y, calendar:is_leap_year(Y)} || Y <- [1900, 2000, 2004, 2023, 2024, 2100]]),
    ?T(last_day_of_the_month, [calendar:last_day_of_the_month(Y, M) || {Y, M} <- [{2023, 2}, {2024, 2}, {2024, 4}, {2024, 12}]]),
    ?T(valid_date, [calendar:valid_date(D) || D <- [{2023, 2, 29}, {2024, 2, 29}, {2024, 13, 1}, {2024, 4, 31}]]),
    ?T(iso_week_number, [calendar:iso_week_number(D) || D <- [{2021, 1, 1}, {2020, 12, 31}, {2024, 6, 15}]]),
    ?T(time_difference, calendar:time_difference({{2024, 1, 1}, {0, 0, 0}}, {{2024, 3, 1}, {12, 0, 30}})),
    ?T(seconds_to_time, calendar:seconds_to_time(3725)),
    ?T(time_to_seconds, calendar:time_to_seconds({1, 2, 5})),
    ?T(seconds_to_daystime, calendar:seconds_to_daystime(200000)),
    ?T(rfc3339_from, calendar:system_time_to_rfc3339(1700000000, [{offset, "Z"}])),
    ?T(rfc3339_ms, calendar:system_time_to_rfc3339(1700000000123, [{unit, millisecond}, {offset, "+02:00"}])),
    ?T(rfc3339_to, calendar:rfc3339_to_system_time("2023-11-14T22:13:20Z")),
    ?T(rfc3339_to_offset, calendar:rfc3339_to_system_time("2023-11-14T22:13:20.5+01:00", [{unit, millisecond}])),
    ?T(universal_time_to_posix, calendar:datetime_to_gregorian_seconds({{1970, 1, 1}, {0, 0, 0}})),
    ?T(bad_date, calendar:date_to_gregorian_days(2023, 2, 30)),
    ?T(now_to_datetime, calendar:now_to_universal_time({1700, 0, 0})),
    ok.
