-module(opcodes_rare).
-export([main/0, id/1]).
-on_load(on_load/0).

id(X) -> X.

%% Instructions few programs produce: the on_load hook, is_ne and is_port guards, and
%% skipping utf16/utf32 segments whose value is not used.
on_load() -> ok.

main() ->
    io:format("loaded_with_on_load: ~p~n", [erlang:function_exported(?MODULE, main, 0)]),
    io:format("is_ne: ~p~n", [[ne(id(X), id(Y)) || {X, Y} <- [{1, 1}, {1, 1.0}, {1, 2}, {a, a}, {[1], [1.0]}]]]),
    io:format("is_port: ~p~n", [[port_guard(id(X)) || X <- [self(), make_ref(), 1, port_like]]]),
    io:format("skip_utf16: ~p~n", [skip16(id(<<"€"/utf16, "a"/utf16, 0, 1>>))]),
    io:format("skip_utf16_little: ~p~n", [skip16le(id(<<"😀"/utf16-little, 7>>))]),
    io:format("skip_utf32: ~p~n", [skip32(id(<<"€"/utf32, "x">>))]),
    io:format("skip_utf8: ~p~n", [skip8(id(<<"é"/utf8, "rest">>))]),
    io:format("skip_invalid: ~p~n", [[skip16(id(B)) || B <- [<<16#DC, 0>>, <<0>>]] ++ [skip32(id(<<0, 17, 0, 0>>))]]),
    ok.

ne(X, Y) ->
    if X /= Y, X =/= a -> differ;
       true -> equal_or_a
    end.

port_guard(X) when is_port(X) -> port;
port_guard(X) when is_pid(X) -> pid;
port_guard(X) when is_reference(X) -> ref;
port_guard(_) -> other.

skip16(<<_/utf16, _/utf16, Rest/binary>>) -> {two_skipped, Rest};
skip16(<<_/utf16, Rest/binary>>) -> {one_skipped, Rest};
skip16(_) -> no_match.

skip16le(<<_/utf16-little, Rest/binary>>) -> Rest.

skip32(<<_/utf32, Rest/binary>>) -> {skipped, Rest};
skip32(_) -> no_match.

skip8(<<_/utf8, Rest/binary>>) -> Rest.
