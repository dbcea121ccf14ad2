-module(bits_comprehensions).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~w~n", [Label, R]).

main() ->
    B = id(<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10>>),
    ?T(bin_to_bin, << <<(X * 2)>> || <<X>> <= B >>),
    ?T(bin_to_list, [X || <<X>> <= B, X rem 2 =:= 0]),
    ?T(list_to_bin, << <<X:16>> || X <- [1, 2, 3] >>),
    ?T(pairs, [{X, Y} || <<X, Y>> <= B]),
    ?T(leftover_ignored, [X || <<X:16>> <= <<1, 2, 3>>]),
    ?T(filter_pattern, [X || <<1:1, X:7>> <= <<128, 1, 255, 130>>]),
    ?T(nested, << <<X, Y>> || <<X>> <= <<1, 2>>, <<Y>> <= <<10, 20>> >>),
    ?T(mixed_gens, [{X, Y} || <<X>> <= <<1, 2>>, Y <- [a, b]]),
    ?T(bits_result, << <<X:1>> || X <- [1, 0, 1, 1, 0] >>),
    ?T(variable_size, << <<X:N>> || {X, N} <- [{1, 1}, {2, 2}, {3, 3}, {4, 4}] >>),
    ?T(binary_segments, << <<S/binary, ",">> || S <- [<<"a">>, <<"bb">>, <<"ccc">>] >>),
    ?T(utf8, << <<C/utf8>> || C <- [$a, 16#E9, 16#20AC] >>),
    ?T(reverse_bytes, list_to_binary(lists:reverse([X || <<X>> <= B]))),
    ?T(hex, << <<(hex(N div 16)), (hex(N rem 16))>> || <<N>> <= <<16#DE, 16#AD, 16#BE, 16#EF>> >>),
    ?T(empty, << <<X>> || <<X>> <= <<>> >>),
    ?T(guard_filter, << <<X>> || <<X>> <= B, X > 5, X < 9 >>),
    ?T(bitstring_gen, [X || <<X:3/bits>> <= <<2#101110011:9>>]),
    ?T(float_gen, [F || <<F:32/float>> <= <<1.5:32/float, 2.5:32/float>>]),
    ?T(utf8_gen, [C || <<C/utf8>> <= <<"aé€"/utf8>>]),
    ?T(bad_generator, [X || <<X>> <= id(notbin)]),
    ?T(bad_element, << <<X>> || X <- [1, a] >>),
    ?T(bad_list_gen, << <<X>> || X <- id(notlist) >>),
    ?T(large, byte_size(<< <<X:32>> || X <- lists:seq(1, 5000) >>)),
    ?T(sum_large, lists:sum([X || <<X:16>> <= << <<X:16>> || X <- lists:seq(1, 5000) >>])),
    ok.

hex(N) when N < 10 -> $0 + N;
hex(N) -> $a + N - 10.
