-module(exc_error_format).
-export([main/0, id/1]).

id(X) -> X.

%% erl_error:format_exception/3 turns the error_info OTP 25 attaches into the English
%% explanation the shell prints; only the failing BIF's own frame is passed in.
main() ->
    Cases = [
        fun() -> atom_to_list(id(1)) end,
        fun() -> element(id(3), id({a})) end,
        fun() -> list_to_integer(id("12x")) end,
        fun() -> binary_to_atom(id(<<255>>), utf8) end,
        fun() -> setelement(id(0), id({}), x) end,
        fun() -> id(1) + id(a) end,
        fun() -> hd(id([])) end,
        fun() -> length(id([a | b])) end,
        fun() -> maps:get(k, id(#{})) end,
        fun() -> map_get(k, id(x)) end,
        fun() -> lists:reverse(id(a), []) end,
        fun() -> integer_to_binary(id(1), id(37)) end,
        fun() -> tuple_to_list(id(a)) end,
        fun() -> list_to_atom(id([x])) end,
        fun() -> erlang:make_tuple(id(-1), x) end,
        fun() -> <<(id(a)):8>> end,
        fun() -> apply(id(1), f, []) end,
        fun() -> binary_part(id(<<1>>), 2, 1) end,
        fun() -> float_to_list(id(1.0), [id(bad)]) end,
        fun() -> unicode:characters_to_list(id([-1])) end
    ],
    [report(I, F) || {I, F} <- lists:zip(lists:seq(1, length(Cases)), Cases)],
    ok.

report(I, F) ->
    try F() of
        V -> io:format("~p: no error ~p~n", [I, V])
    catch C:R:S ->
            [Top | _] = S,
            Frame = case Top of
                        {M, Fn, A, Loc} when M =/= ?MODULE -> {M, Fn, A, [L || {error_info, _} = L <- Loc]};
                        {M, Fn, A, _} -> {M, Fn, A, []}
                    end,
            Text = erl_error:format_exception(C, R, [Frame]),
            io:format("~p: ~ts~n", [I, Text])
    end.
