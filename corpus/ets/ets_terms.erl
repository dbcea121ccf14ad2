-module(ets_terms).
-export([main/0]).

%% Every kind of term as keys and values: binaries and sub-binaries (kept as they were), bitstrings,
%% maps (keys and values, their order in an ordered_set), funs, references and pids (compared,
%% not printed), deep and wide terms, big keypos, -0.0 and 0.0, and heirs that are the owner.

main() ->
    T = ets:new(t, [set]),
    Big = list_to_binary(lists:seq(0, 255)),
    <<_:10/binary, Sub:20/binary, _/binary>> = Big,
    <<_:3, Bits:13/bits, _/bits>> = Big,
    ets:insert(T, [{sub, Sub}, {bits, Bits}, {Sub, key_is_sub}, {Bits, key_is_bits}]),
    p(sub_back, ets:lookup_element(T, sub, 2) =:= Sub),
    p(sub_size, {byte_size(ets:lookup_element(T, sub, 2)), binary:first(ets:lookup_element(T, sub, 2))}),
    p(bits_back, {ets:lookup_element(T, bits, 2) =:= Bits, bit_size(ets:lookup_element(T, bits, 2))}),
    p(sub_as_key, ets:lookup(T, binary:copy(Sub))),
    p(bits_as_key, ets:lookup_element(T, Bits, 2)),
    p(select_binary_exact, ets:select(T, [{{'$1', Sub}, [], ['$1']}])),
    p(match_bits, ets:match(T, {'$1', Bits})),
    p(guard_byte_size, lists:sort(ets:select(T, [{{'$1', '$2'}, [{is_binary, '$2'}, {'>', {byte_size, '$2'}, 5}], ['$1']}]))),
    p(guard_bit_size, lists:sort(ets:select(T, [{{'$1', '$2'}, [{'==', {bit_size, '$2'}, 13}], ['$1']}]))),
    p(is_bitstring_not_allowed, try ets:select(T, [{'$1', [{is_bitstring, '$1'}], [x]}]) catch error:badarg -> badarg end),
    p(binary_part, ets:select(T, [{{sub, '$1'}, [], [{binary_part, '$1', 2, 3}]}])),
    %% maps
    M = ets:new(m, [ordered_set]),
    Maps = [#{b => 1}, #{a => 2}, #{a => 1, b => 1}, #{}, #{1 => x}, #{1.0 => x}, #{a => 1}],
    ets:insert(M, [{K, I} || {K, I} <- lists:zip(Maps, lists:seq(1, length(Maps)))]),
    p(map_key_order, [K || {K, _} <- ets:tab2list(M)]),
    p(map_int_float_keys, {ets:lookup(M, #{1 => x}), ets:lookup(M, #{1.0 => x})}),
    p(map_pattern, ets:select(M, [{{#{a => '$1'}, '_'}, [], ['$1']}])),
    p(map_body, ets:select(M, [{{'$1', '$2'}, [{is_map_key, b, '$1'}], [#{value => '$2', size => {map_size, '$1'}}]}])),
    p(map_get_guard, ets:select(M, [{{'$1', '_'}, [{'==', {map_get, a, '$1'}, 1}], ['$1']}])),
    %% funs, refs, pids compared as keys
    F = fun(X) -> X + 1 end,
    R = make_ref(),
    Self = self(),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{F, fn}, {R, ref}, {Self, pid}, {{nested, R}, nested_ref}]),
    p(lookup_special, [ets:lookup_element(O, K, 2) || K <- [F, R, Self, {nested, R}]]),
    p(type_order, [V || {_, V} <- ets:tab2list(O)]),
    p(fun_value_callable, (ets:lookup_element(O, F, 1))(41)),
    p(select_pid, ets:select(O, [{{'$1', '_'}, [{is_pid, '$1'}], [{'=:=', '$1', {self}}]}])),
    p(select_ref, ets:select(O, [{{'$1', '$2'}, [{is_reference, '$1'}], ['$2']}])),
    p(select_fun, ets:select(O, [{{'$1', '$2'}, [{is_function, '$1'}], ['$2']}])),
    %% deep and wide terms
    Deep = lists:foldl(fun(I, Acc) -> {I, Acc} end, leaf, lists:seq(1, 10000)),
    Wide = list_to_tuple(lists:seq(1, 1000)),
    W = ets:new(w, [set, {keypos, 1000}]),
    ets:insert(W, [Wide, setelement(1000, Wide, other)]),
    p(wide_keypos, {ets:info(W, size), element(999, hd(ets:lookup(W, 1000)))}),
    p(wide_update_counter, ets:update_counter(W, 1000, {999, 1})),
    p(wide_select, ets:select(W, [{'$1', [{'==', {element, 1000, '$1'}, other}], [{element, 1, '$1'}]}])),
    ets:insert(T, {deep, Deep}),
    p(deep_back, ets:lookup_element(T, deep, 2) =:= Deep),
    ets:insert(T, {Deep, deep_key}),
    p(deep_key, ets:lookup_element(T, Deep, 2)),
    LongList = lists:seq(1, 100000),
    ets:insert(T, {long, LongList}),
    p(long_list, length(ets:lookup_element(T, long, 2))),
    p(long_list_match, ets:select(T, [{{long, [1, 2 | '_']}, [], [matched]}])),
    %% zeros
    Z = ets:new(z, [ordered_set]),
    ets:insert(Z, [{0.0, pos}, {-0.0, neg}]),
    p(zeros_oset, ets:tab2list(Z)),
    S = ets:new(s, [set]),
    ets:insert(S, [{0.0, pos}, {-0.0, neg}]),
    p(zeros_set, ets:tab2list(S)),
    p(zero_select, {ets:select(S, [{{0.0, '$1'}, [], ['$1']}]), ets:select(S, [{{-0.0, '$1'}, [], ['$1']}])}),
    %% an owner that is its own heir: the table dies with it
    Me = self(),
    {P, Ref} = spawn_monitor(fun() ->
        Tab = ets:new(self_heir, [{heir, self(), data}]),
        Me ! {tab, Tab},
        receive stop -> ok end
    end),
    ST = receive {tab, Tab0} -> Tab0 end,
    P ! stop,
    receive {'DOWN', Ref, process, P, _} -> ok end,
    p(self_heir_gone, ets:info(ST)),
    p(no_transfer_message, receive {'ETS-TRANSFER', _, _, _} -> got_one after 50 -> none end),
    ok.

p(Label, Value) ->
    io:format("~p: ~p~n", [Label, Value]).
