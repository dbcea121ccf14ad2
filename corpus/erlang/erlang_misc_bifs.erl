-module(erlang_misc_bifs).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% erlang BIFs whose results are deterministic facts or relations (never raw times,
%% counters or identities).
main() ->
    ?T(convert_time_unit, [erlang:convert_time_unit(id(V), F, T) || {V, F, T} <- [{1, second, millisecond}, {1500, millisecond, second},
                                                                                  {-1500, millisecond, second}, {1, second, nanosecond},
                                                                                  {999, microsecond, millisecond}, {1, native, native},
                                                                                  {3, 1000, 10}, {7, second, 3}]]),
    ?T(convert_bad_unit, erlang:convert_time_unit(1, id(bogus), second)),
    ?T(unique_positive, begin A = erlang:unique_integer([positive]), is_integer(A) andalso A > 0 end),
    ?T(unique_monotonic, begin A = erlang:unique_integer([monotonic]), B = erlang:unique_integer([monotonic]), B > A end),
    ?T(unique_distinct, length(lists:usort([erlang:unique_integer() || _ <- lists:seq(1, 100)]))),
    ?T(unique_bad, erlang:unique_integer([id(bogus)])),
    ?T(make_ref_distinct, length(lists:usort([make_ref() || _ <- lists:seq(1, 100)]))),
    ?T(monotonic_nondecreasing, begin A = erlang:monotonic_time(), B = erlang:monotonic_time(), B >= A end),
    ?T(system_time_units, begin S = erlang:system_time(second), Ms = erlang:system_time(millisecond), abs(Ms div 1000 - S) =< 1 end),
    ?T(time_offset_integer, is_integer(erlang:time_offset())),
    ?T(timestamp_shape, begin {A, B, C} = erlang:timestamp(), is_integer(A) andalso is_integer(B) andalso is_integer(C) end),
    ?T(date_shape, begin {Y, M, D} = date(), Y > 2000 andalso M >= 1 andalso M =< 12 andalso D >= 1 end),
    ?T(time_shape, begin {H, Mi, S} = time(), H < 24 andalso Mi < 60 andalso S < 61 end),
    ?T(localtime_valid, calendar:valid_date(element(1, erlang:localtime()))),
    ?T(is_builtin, [erlang:is_builtin(M, F, A) || {M, F, A} <- [{erlang, abs, 1}, {erlang, '+', 2}, {lists, reverse, 2},
                                                               {erlang, nosuch, 0}, {maps, get, 2}]]),
    ?T(function_exported_bif, [erlang:function_exported(erlang, F, A) || {F, A} <- [{abs, 1}, {apply, 3}, {nosuch, 1}]]),
    ?T(module_loaded, [erlang:module_loaded(M) || M <- [erlang, lists, no_such_module_qq]]),
    ?T(garbage_collect, erlang:garbage_collect()),
    ?T(yield, erlang:yield()),
    ?T(bump_reductions, erlang:bump_reductions(10)),
    ?T(get_module_info, lists:sort(erlang:get_module_info(?MODULE, exports))),
    ?T(module_info_attributes_has_vsn, lists:keymember(vsn, 1, ?MODULE:module_info(attributes))),
    ?T(node_is_atom, is_atom(node())),
    ?T(is_alive, is_alive()),
    ?T(nodes, nodes()),
    ?T(self_node, node(self()) =:= node()),
    ?T(ref_node, node(make_ref()) =:= node()),
    ?T(atom_to_binary_default, atom_to_binary(id('ok'))),
    ?T(split_binary_sizes, split_binary(id(<<1, 2, 3>>), 2)),
    ?T(list_to_ref_shape, is_reference(list_to_ref("#Ref<0.1.2.3>"))),
    ?T(is_map_key, is_map_key(a, id(#{a => 1}))),
    ?T(tuple_size_guard, tuple_size(id({1, 2, 3}))),
    ?T(decode_packet_raw, erlang:decode_packet(raw, id(<<"abc">>), [])),
    ?T(decode_packet_1, erlang:decode_packet(1, id(<<3, "abcde">>), [])),
    ?T(decode_packet_2_more, erlang:decode_packet(2, id(<<0, 9, "ab">>), [])),
    ?T(decode_packet_line, erlang:decode_packet(line, id(<<"line one\nline two">>), [])),
    ?T(decode_packet_http, erlang:decode_packet(http, id(<<"GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n">>), [])),
    ?T(decode_packet_httph, erlang:decode_packet(httph, id(<<"Content-Length: 12\r\n\r\n">>), [])),
    ?T(decode_packet_bad, erlang:decode_packet(bogus, id(<<>>), [])),
    ok.
