-module(fmt_io_lib).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% io_lib helper functions and io_lib:format/3 options.
main() ->
    ?T(format_flat, lists:flatten(io_lib:format("~p-~w", [a, "b"]))),
    ?T(format_deep_is_list, is_list(io_lib:format("~p", [x]))),
    ?T(fwrite, lists:flatten(io_lib:fwrite("~s!", ["hi"]))),
    ?T(write, lists:flatten(io_lib:write({a, "b", <<"c">>, 1.5}))),
    ?T(write_depth, lists:flatten(io_lib:write(lists:seq(1, 10), 4))),
    ?T(print, lists:flatten(io_lib:print({a, "b"}))),
    ?T(print_4, lists:flatten(io_lib:print(lists:seq(1, 40), 10, 40, -1))),
    ?T(write_atom, lists:flatten(io_lib:write_atom('hello world'))),
    ?T(write_atom_plain, lists:flatten(io_lib:write_atom(plain))),
    ?T(write_string, lists:flatten(io_lib:write_string("say \"hi\"\n"))),
    ?T(write_string_quote, lists:flatten(io_lib:write_string("it's", $'))),
    ?T(write_char, lists:flatten(io_lib:write_char($a))),
    ?T(write_char_nl, lists:flatten(io_lib:write_char($\n))),
    ?T(write_latin1_string, lists:flatten(io_lib:write_latin1_string("é"))),
    ?T(quote_atom, {io_lib:quote_atom(abc, false), io_lib:quote_atom('Abc', false)}),
    ?T(char_list, {io_lib:char_list("abc"), io_lib:char_list([a]), io_lib:deep_char_list(["a", ["b"]])}),
    ?T(printable, {io_lib:printable_list("abc\n"), io_lib:printable_list([0]),
                   io_lib:printable_latin1_list("é"), io_lib:printable_unicode_list([8364])}),
    ?T(nl, io_lib:nl()),
    ?T(indentation, io_lib:indentation("ab\tc", 0)),
    ?T(chars_limit, lists:flatten(io_lib:format("~p", [lists:seq(1, 100)], [{chars_limit, 30}]))),
    ?T(chars_limit_w, lists:flatten(io_lib:format("~w", [lists:seq(1, 100)], [{chars_limit, 20}]))),
    ?T(chars_limit_s, lists:flatten(io_lib:format("~s", [lists:duplicate(50, $a)], [{chars_limit, 10}]))),
    ?T(fread_int, io_lib:fread("~d", "42 rest")),
    ?T(fread_multi, io_lib:fread("~a ~s ~d", "atom string 7")),
    ?T(fread_more, io_lib:fread("~d", "")),
    ?T(fread_error, io_lib:fread("~d", "abc")),
    ?T(fread_float, io_lib:fread("~f", "1.5e2")),
    ?T(fread_chars, io_lib:fread("~3c", "abcdef")),
    ?T(scan_format, io_lib:scan_format("~p ~10.2f", [a, 1.0])),
    ?T(build_text, lists:flatten(io_lib:build_text(io_lib:scan_format("~w|~s", [x, "y"])))),
    ?T(unscan_format, io_lib:unscan_format(io_lib:scan_format("~p~n", [z]))),
    ?T(format_error_args, lists:flatten(io_lib:format(id("~p ~p"), [only_one]))),
    ?T(format_bad_format, io_lib:format(id(notformat), [])),
    ?T(erl_scan_tokens, element(1, erl_scan:string("foo(X) -> X + 1."))),
    ?T(erl_parse_term, begin {ok, Ts, _} = erl_scan:string("{a, [1, 2], \"s\"}."), erl_parse:parse_term(Ts) end),
    ?T(format_term_roundtrip, begin
                                  S = lists:flatten(io_lib:format("~w.", [{x, [1.5, <<"b">>], #{k => v}}])),
                                  {ok, Ts, _} = erl_scan:string(S),
                                  erl_parse:parse_term(Ts)
                              end),
    ?T(evaluated_expr, begin
                          {ok, Ts, _} = erl_scan:string("lists:sum([1, 2, 3]) * 2."),
                          {ok, [E]} = erl_parse:parse_exprs(Ts),
                          {value, V, _} = erl_eval:expr(E, []),
                          V
                      end),
    ok.
