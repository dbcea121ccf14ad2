-module(clauses_dispatch).
-export([main/0, id/1]).

id(X) -> X.

%% Many-clause dispatch (jump tables and binary searches in the compiled code): dense and
%% sparse integers, atoms, tuple arities, mixed types, floats, and no match.
main() ->
    io:format("dense: ~w~n", [[dense(id(X)) || X <- lists:seq(-2, 22)]]),
    io:format("sparse: ~w~n", [[sparse(id(X)) || X <- [0, 1, 10, 100, 1000, 10000, 99999, 1 bsl 40, -5, 7]]]),
    io:format("atoms: ~w~n", [[atoms(id(X)) || X <- [a, b, c, d, e, f, g, h, i, j, k, l, zz, 1]]]),
    io:format("arity: ~w~n", [[arity(id(X)) || X <- [{}, {1}, {1, 2}, {1, 2, 3}, {1, 2, 3, 4}, {1, 2, 3, 4, 5}, [x], x]]]),
    io:format("mixed: ~w~n", [[mixed(id(X)) || X <- [1, 1.0, a, "a", <<"a">>, [], {a}, #{}, 2, 2.0, b]]]),
    io:format("floats: ~w~n", [[floats(id(X)) || X <- [0.0, 0.5, 1.0, 1, -0.0, 2.5]]]),
    io:format("tagged: ~w~n", [[tagged(id(X)) || X <- [{ok, 1}, {error, x}, {ok, 1, 2}, {stop}, {other, 1}, ok]]]),
    io:format("nested: ~w~n", [[nested(id(X)) || X <- [{a, 1}, {a, 2}, {b, 1}, {b, {c, 3}}, {b, {c, 4}}, {z, 0}]]]),
    io:format("case_dense: ~w~n", [[case_dense(id(X)) || X <- lists:seq(0, 12)]]),
    io:format("bigints: ~w~n", [[big(id(X)) || X <- [1 bsl 64, 1 bsl 65, 1 bsl 100, 1 bsl 64 + 1]]]),
    io:format("chars: ~s~n", [[char_class(id(C)) || C <- "aZ9 _-\n!"]]),
    ok.

dense(0) -> zero; dense(1) -> one; dense(2) -> two; dense(3) -> three; dense(4) -> four;
dense(5) -> five; dense(6) -> six; dense(7) -> seven; dense(8) -> eight; dense(9) -> nine;
dense(10) -> ten; dense(11) -> eleven; dense(12) -> twelve; dense(13) -> thirteen;
dense(14) -> fourteen; dense(15) -> fifteen; dense(16) -> sixteen; dense(17) -> seventeen;
dense(18) -> eighteen; dense(19) -> nineteen; dense(20) -> twenty; dense(_) -> other.

sparse(0) -> s0; sparse(10) -> s10; sparse(100) -> s100; sparse(1000) -> s1000;
sparse(10000) -> s10000; sparse(99999) -> s99999; sparse(1099511627776) -> s2_40;
sparse(-5) -> sneg; sparse(_) -> none.

atoms(a) -> 1; atoms(b) -> 2; atoms(c) -> 3; atoms(d) -> 4; atoms(e) -> 5; atoms(f) -> 6;
atoms(g) -> 7; atoms(h) -> 8; atoms(i) -> 9; atoms(j) -> 10; atoms(k) -> 11; atoms(l) -> 12;
atoms(_) -> 0.

arity({}) -> 0; arity({_}) -> 1; arity({_, _}) -> 2; arity({_, _, _}) -> 3;
arity({_, _, _, _}) -> 4; arity(T) when is_tuple(T) -> many; arity(_) -> not_tuple.

mixed(1) -> int_one; mixed(1.0) -> float_one; mixed(a) -> atom_a; mixed("a") -> string_a;
mixed(<<"a">>) -> binary_a; mixed([]) -> nil; mixed({a}) -> tuple_a; mixed(#{}) -> map;
mixed(2) -> int_two; mixed(_) -> other.

floats(0.0) -> zero; floats(0.5) -> half; floats(1.0) -> one; floats(_) -> other.

tagged({ok, V}) -> {v, V}; tagged({error, E}) -> {e, E}; tagged({ok, A, B}) -> {v2, A, B};
tagged({stop}) -> stop; tagged(_) -> unknown.

nested({a, 1}) -> a1; nested({a, _}) -> a_other; nested({b, {c, 3}}) -> bc3;
nested({b, {c, _}}) -> bc_other; nested({b, _}) -> b_other; nested(_) -> none.

case_dense(X) ->
    case X of
        0 -> a; 1 -> b; 2 -> c; 3 -> d; 4 -> e; 5 -> f; 6 -> g; 7 -> h; 8 -> i; 9 -> j; 10 -> k;
        _ -> z
    end.

big(18446744073709551616) -> b64; big(36893488147419103232) -> b65;
big(1267650600228229401496703205376) -> b100; big(_) -> other.

char_class(C) when C >= $a, C =< $z -> $l;
char_class(C) when C >= $A, C =< $Z -> $U;
char_class(C) when C >= $0, C =< $9 -> $d;
char_class($\s) -> $s;
char_class($_) -> $u;
char_class($\n) -> $n;
char_class(_) -> $?.
