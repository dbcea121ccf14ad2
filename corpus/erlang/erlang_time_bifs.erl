-module(erlang_time_bifs).
-export([main/0, id/1]).
-compile({nowarn_deprecated_function, [{erlang, now, 0}]}).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    io:format("~p: ~p~n", [Label, c(F)]).

%% The value, or the class and reason of the exception (no stack trace).
c(F) ->
    try F() catch C:E -> {C, E} end.

%% Time BIFs: relations between the clocks and units (never raw times), calendar conversions
%% with fixed inputs, and the errors of bad units and bad dates.
main() ->
    Units = [second, millisecond, microsecond, nanosecond, native, perf_counter, 1, 10, 1000, 7, 1000000007],
    ?T(time_unit_native, erts_internal:time_unit()),
    ?T(convert_native_per_second, erlang:convert_time_unit(1, second, native)),
    ?T(convert_table, [erlang:convert_time_unit(id(V), F, T) || {V, F, T} <- [{1, second, millisecond}, {-1, second, millisecond},
                                                                            {1999, millisecond, second}, {-1999, millisecond, second},
                                                                            {-1, nanosecond, second}, {1, nanosecond, second},
                                                                            {123456789, nanosecond, 7}, {-123456789, nanosecond, 7},
                                                                            {5, 3, 1000}, {1 bsl 70, second, nanosecond},
                                                                            {-(1 bsl 70), nanosecond, millisecond}]]),
    ?T(convert_units_roundtrip, [erlang:convert_time_unit(erlang:convert_time_unit(id(1000000), second, U), U, second) || U <- Units]),
    ?T(convert_bad, [c(fun() -> erlang:convert_time_unit(1, id(U), second) end) || U <- [bogus, 0, -1, 1.0, "second"]]),
    ?T(convert_bad_value, erlang:convert_time_unit(id(1.5), second, millisecond)),
    ?T(monotonic_units, [is_integer(erlang:monotonic_time(U)) || U <- Units]),
    ?T(monotonic_bad, [c(fun() -> erlang:monotonic_time(id(U)) end) || U <- [bogus, 0, -5, 1.0]]),
    ?T(monotonic_order, begin A = erlang:monotonic_time(nanosecond), B = erlang:monotonic_time(nanosecond), B >= A end),
    ?T(monotonic_units_agree, begin
                                  S = erlang:monotonic_time(second),
                                  Ms = erlang:monotonic_time(millisecond),
                                  Ns = erlang:monotonic_time(nanosecond),
                                  {Ms div 1000 - S =< 1, Ns div 1000000 - Ms =< 1000}
                              end),
    ?T(system_time_units, [is_integer(erlang:system_time(U)) || U <- Units]),
    ?T(system_time_bad, [c(fun() -> erlang:system_time(id(U)) end) || U <- [bogus, 0, 1.0]]),
    ?T(system_is_monotonic_plus_offset, begin
                                            M = erlang:monotonic_time(),
                                            S = erlang:system_time(),
                                            M2 = erlang:monotonic_time(),
                                            O = erlang:time_offset(),
                                            S - O >= M andalso S - O =< M2
                                        end),
    ?T(time_offset_units, begin O = erlang:time_offset(second), abs(O - erlang:time_offset() div 1000000000) =< 1 end),
    ?T(time_offset_bad, erlang:time_offset(id(minute))),
    ?T(system_time_after_2020, erlang:system_time(second) > 1577836800),
    ?T(os_system_time_near_erlang, abs(os:system_time(second) - erlang:system_time(second)) =< 2),
    ?T(os_system_time_bad, os:system_time(id(bogus))),
    ?T(timestamp_shape, begin {Mega, S, Micro} = erlang:timestamp(), Mega > 1500 andalso S < 1000000 andalso Micro < 1000000 end),
    ?T(timestamp_matches_system_time, begin
                                          {Mega, S, _} = erlang:timestamp(),
                                          abs(Mega * 1000000 + S - erlang:system_time(second)) =< 1
                                      end),
    ?T(os_timestamp_shape, begin {Mega, S, Micro} = os:timestamp(), Mega > 1500 andalso S < 1000000 andalso Micro < 1000000 end),
    ?T(now_strictly_increasing, begin L = [erlang:now() || _ <- lists:seq(1, 50)], L =:= lists:usort(L) end),
    ?T(perf_counter_units, begin P = os:perf_counter(), P2 = os:perf_counter(1000), is_integer(P) andalso P2 >= P div 1000000 end),
    ?T(unique_integers, begin
                            Plain = [erlang:unique_integer() || _ <- lists:seq(1, 20)],
                            Pos = [erlang:unique_integer([positive]) || _ <- lists:seq(1, 20)],
                            Mono = [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 20)],
                            Both = [erlang:unique_integer([monotonic, positive]) || _ <- lists:seq(1, 20)],
                            {length(lists:usort(Plain)), lists:all(fun(X) -> X > 0 end, Pos),
                             Mono =:= lists:usort(Mono), Both =:= lists:usort(Both), lists:all(fun(X) -> X > 0 end, Both)}
                        end),
    ?T(unique_integer_bad, [c(fun() -> erlang:unique_integer(id(M)) end) || M <- [[bogus], bogus, [positive | x], [monotonic, 1]]]),
    ?T(date_time_agree, begin {D, T} = erlang:localtime(), {D2, T2} = {date(), time()}, D =:= D2 orelse T2 < T end),
    ?T(localtime_is_valid, begin {D, {H, Mi, S}} = erlang:localtime(), calendar:valid_date(D) andalso H < 24 andalso Mi < 60 andalso S < 60 end),
    ?T(universaltime_roundtrip, begin
                                    U = erlang:universaltime(),
                                    erlang:localtime_to_universaltime(erlang:universaltime_to_localtime(U)) =:= U
                                end),
    ?T(universal_vs_posix, begin
                               U = erlang:universaltime(),
                               abs(erlang:universaltime_to_posixtime(U) - erlang:system_time(second)) =< 2
                           end),
    ?T(posix_table, [erlang:posixtime_to_universaltime(id(P)) || P <- [0, -1, 86399, 86400, 951782400, 951868799, 4102444800,
                                                                      -2208988800, -62135596800, -62167219200, -62167219201]]),
    ?T(posix_back, [erlang:universaltime_to_posixtime(id(U)) || U <- [{{1970, 1, 1}, {0, 0, 0}}, {{2000, 2, 29}, {12, 0, 0}},
                                                                    {{1600, 1, 1}, {0, 0, 0}}, {{9999, 12, 31}, {23, 59, 59}}]]),
    ?T(posix_bad, [c(fun() -> erlang:universaltime_to_posixtime(id(U)) end) || U <- [{{1599, 12, 31}, {0, 0, 0}}, {{2001, 2, 29}, {0, 0, 0}},
                                                                         {{2000, 1, 1}, {0, 0, 60}}, {2000, 1, 1}, x]]),
    ?T(posix_to_universal_bad, [c(fun() -> erlang:posixtime_to_universaltime(id(P)) end) || P <- [1.0, a, 1 bsl 64]]),
    ?T(local_bad, [c(fun() -> erlang:universaltime_to_localtime(id(U)) end) || U <- [{{1901, 12, 31}, {23, 59, 59}}, {{2020, 1, 1}, {24, 0, 0}},
                                                                         {{2020, 2, 30}, {0, 0, 0}}, {{2020, 1, 1}, {0, 0}}, {{a, 1, 1}, {0, 0, 0}}]]),
    ?T(universal_bad, [c(fun() -> erlang:localtime_to_universaltime(id(U)) end) || U <- [{{1901, 12, 31}, {23, 59, 59}}, {{2020, 13, 1}, {0, 0, 0}}]]),
    ?T(isdst_bad, erlang:localtime_to_universaltime({{2020, 1, 1}, {0, 0, 0}}, id(maybe))),
    ?T(isdst_undefined_is_default, erlang:localtime_to_universaltime({{2020, 3, 1}, {12, 0, 0}}, id(undefined)) =:=
                                       erlang:localtime_to_universaltime({{2020, 3, 1}, {12, 0, 0}})),
    ?T(calendar_now_to_universal, calendar:now_to_universal_time({1000, 0, 0})),
    ?T(calendar_gregorian, calendar:gregorian_seconds_to_datetime(calendar:datetime_to_gregorian_seconds({{2024, 2, 29}, {1, 2, 3}}))),
    ?T(calendar_system_time, calendar:system_time_to_universal_time(id(1700000000123), millisecond)),
    ?T(calendar_rfc3339, calendar:system_time_to_rfc3339(id(1700000000), [{offset, "Z"}])),
    ok.
