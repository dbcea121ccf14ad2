-module(processes_dictionary).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

main() ->
    ?T(get_missing, get(a)),
    ?T(put_new, put(a, 1)),
    ?T(put_old, put(a, 2)),
    ?T(get, get(a)),
    ?T(put_other, put({k, 1}, "v")),
    ?T(put_int, put(1, int)),
    ?T(put_float, put(1.0, float)),
    ?T(int_and_float_differ, {get(1), get(1.0)}),
    ?T(put_binary, put(<<"bin">>, b)),
    ?T(get_binary, get(<<"bin">>)),
    ?T(get_tuple_key, get({k, 1})),
    ?T(get_all, lists:sort(get())),
    ?T(get_keys, [K || {_, K} <- lists:sort([{is_float(K), K} || K <- get_keys()])]),
    put(b, 2), put(c, 2),
    ?T(get_keys_value, lists:sort(get_keys(2))),
    ?T(get_keys_none, get_keys(nothing)),
    ?T(erase_key, erase(a)),
    ?T(erase_missing, erase(a)),
    ?T(after_erase, get(a)),
    ?T(info_dictionary, lists:sort(element(2, process_info(self(), dictionary)))),
    ?T(erase_all, lists:sort(erase())),
    ?T(empty, get()),
    ?T(empty_keys, get_keys()),
    %% each process has its own
    put(mine, main),
    Self = self(),
    spawn(fun() -> Self ! {child, get(mine), put(mine, child), get(mine)} end),
    ?T(own_dictionary, receive {child, _, _, _} = M -> M end),
    ?T(main_unchanged, get(mine)),
    %% many keys
    [put(N, N * N) || N <- lists:seq(1, 1000)],
    ?T(many, {length(get()) - 1, get(500), lists:sum([get(N) || N <- lists:seq(1, 1000)])}),
    erase(),
    ok.
