-module(guards).
-export([main/0]).

main() ->
    Vals = [0, 1, -5, 2.5, a, true, "str", <<"bin">>, <<1:3>>, [], [1], {}, {a, b}, #{}, fun() -> ok end,
            self(), make_ref(), 1 bsl 80],
    out([classify(V) || V <- Vals]),
    out([size_class(V) || V <- [{}, {a}, {a, b}, <<>>, <<1>>, [], [a, b]]]),
    out([g(V) || V <- [1, 5, 10, 15, -1, a, 3.0]]),
    out([both(A, B) || A <- [true, false, x], B <- [true, false, x]]),
    out([bif_guard(V) || V <- [{a, b, c}, [1, 2, 3], <<1, 2>>, 7, #{k => v}, a]]),
    out([if_test(N) || N <- lists:seq(-2, 12, 3)]),
    out([orelse_test(X) || X <- [1, 2, 3, a]]),
    ok.

classify(X) when is_integer(X), X > 0 -> pos_int;
classify(X) when is_integer(X) -> int;
classify(X) when is_float(X) -> float;
classify(X) when is_boolean(X) -> bool;
classify(X) when is_atom(X) -> atom;
classify(X) when is_binary(X) -> binary;
classify(X) when is_bitstring(X) -> bitstring;
classify([]) -> nil;
classify(X) when is_list(X) -> list;
classify(X) when is_tuple(X) -> tuple;
classify(X) when is_map(X) -> map;
classify(X) when is_function(X, 0) -> fun0;
classify(X) when is_pid(X) -> pid;
classify(X) when is_reference(X) -> ref.

size_class(X) when tuple_size(X) =:= 0 -> empty_tuple;
size_class(X) when is_tuple(X), tuple_size(X) < 2 -> small_tuple;
size_class(X) when is_tuple(X) -> tuple;
size_class(X) when byte_size(X) =:= 0 -> empty_bin;
size_class(X) when is_binary(X) -> bin;
size_class(X) when length(X) > 1 -> long_list;
size_class(_) -> other.

g(X) when X > 0, X < 10; X =:= 15 -> in;
g(X) when is_number(X) -> out;
g(_) -> not_number.

both(A, B) when A andalso B -> both;
both(A, B) when A orelse B -> one;
both(_, _) -> none.

bif_guard(X) when element(2, X) =:= b -> second_b;
bif_guard(X) when hd(X) =:= 1 -> head_one;
bif_guard(X) when binary_part(X, 0, 1) =:= <<1>> -> bin_one;
bif_guard(X) when abs(X) > 5, X rem 2 =:= 1 -> odd_big;
bif_guard(X) when map_get(k, X) =:= v -> map_k;
bif_guard(_) -> none.

if_test(N) ->
    if N < 0 -> negative;
       N =:= 0 -> zero;
       N rem 2 =:= 0 -> even;
       true -> odd
    end.

orelse_test(X) ->
    (is_integer(X) andalso X > 1) orelse (is_atom(X) andalso X =/= b).

out(T) -> io:format("~w~n", [T]).
