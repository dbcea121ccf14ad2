-module(exc_bif_errors).
-export([main/0, id/1]).

id(X) -> X.

%% BIFs called with bad arguments: class, reason, the erlang frame with its arguments and
%% the error_info that OTP 25 attaches.
main() ->
    Cases = [
        {atom_to_list, fun() -> atom_to_list(id(1)) end},
        {list_to_atom, fun() -> list_to_atom(id(a)) end},
        {element_range, fun() -> element(id(5), id({a})) end},
        {element_type, fun() -> element(id(a), id({a})) end},
        {setelement, fun() -> setelement(id(0), id({a}), x) end},
        {hd, fun() -> hd(id([])) end},
        {tl, fun() -> tl(id(x)) end},
        {length, fun() -> length(id([a | b])) end},
        {tuple_size, fun() -> tuple_size(id([])) end},
        {integer_to_list_base, fun() -> integer_to_list(id(1), id(99)) end},
        {list_to_integer, fun() -> list_to_integer(id("x")) end},
        {binary_to_integer, fun() -> binary_to_integer(id(<<"1x">>)) end},
        {list_to_float, fun() -> list_to_float(id("1")) end},
        {float_to_list, fun() -> float_to_list(id(1), [bad]) end},
        {abs, fun() -> abs(id(a)) end},
        {trunc, fun() -> trunc(id(a)) end},
        {list_to_tuple, fun() -> list_to_tuple(id(a)) end},
        {tuple_to_list, fun() -> tuple_to_list(id(a)) end},
        {make_tuple, fun() -> erlang:make_tuple(id(-1), x) end},
        {iolist_to_binary, fun() -> iolist_to_binary(id([a])) end},
        {list_to_binary, fun() -> list_to_binary(id([1000])) end},
        {binary_to_list, fun() -> binary_to_list(id(a)) end},
        {binary_part, fun() -> binary_part(id(<<1>>), 0, 5) end},
        {split_binary, fun() -> split_binary(id(<<1>>), 5) end},
        {byte_size, fun() -> byte_size(id(a)) end},
        {bit_size, fun() -> bit_size(id(a)) end},
        {term_to_binary_opt, fun() -> term_to_binary(x, id([bogus])) end},
        {binary_to_term, fun() -> binary_to_term(id(<<131, 255>>)) end},
        {put_nothing, fun() -> erlang:phash2(x, id(0)) end},
        {send_bad_dest, fun() -> id(notapid) ! msg end},
        {register_bad, fun() -> register(id(undefined), self()) end},
        {whereis_bad, fun() -> whereis(id("name")) end},
        {spawn_bad, fun() -> spawn(id(notfun)) end},
        {link_bad, fun() -> link(id(x)) end},
        {monitor_bad, fun() -> monitor(id(bogus), self()) end},
        {process_flag_bad, fun() -> process_flag(id(bogus_flag), true) end},
        {process_info_bad, fun() -> process_info(self(), id(bogus_item)) end},
        {apply_bad, fun() -> apply(id(1), f, []) end},
        {max_ok, fun() -> max(id(1), id(a)) end},
        {maps_get, fun() -> maps:get(k, id(#{})) end},
        {maps_get_notmap, fun() -> maps:get(k, id(x)) end},
        {map_get_guard_bif, fun() -> map_get(k, id(#{a => 1})) end},
        {lists_reverse, fun() -> lists:reverse(id(a), []) end},
        {lists_keyfind, fun() -> lists:keyfind(a, id(0), []) end},
        {lists_member, fun() -> lists:member(a, id(b)) end},
        {atom_to_binary, fun() -> atom_to_binary(id("a"), utf8) end},
        {binary_to_atom, fun() -> binary_to_atom(id(<<"a">>), id(bad_enc)) end},
        {unicode_bad, fun() -> unicode:characters_to_binary(id([a])) end},
        {erlang_error_info_none, fun() -> erlang:error(id(plain)) end}
    ],
    [report(Name, F) || {Name, F} <- Cases],
    ok.

report(Name, F) ->
    R = try F() of V -> {ok, V}
        catch C:E:S ->
                [{M, Fn, A, Loc} | _] = S,
                {C, E, {M, Fn, no_pids(A)}, proplists:get_value(error_info, Loc, no_error_info)}
        end,
    io:format("~p: ~p~n", [Name, R]).

no_pids(L) when is_list(L) -> [case is_pid(X) of true -> a_pid; false -> X end || X <- L];
no_pids(A) -> A.
