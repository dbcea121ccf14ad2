-module(match_terms).
-export([main/0, id/1]).

id(X) -> X.

%% Pattern matching on every term type, through function heads and case.
main() ->
    Inputs = [0, 42, -42, 1 bsl 70, 3.0, -0.0, 0.0, atom, 'quoted atom', [], [a], [a, b],
              [a | b], "hello", "he", {}, {x}, {x, y}, {x, y, z}, {{nested}, [list]},
              #{}, #{a => 1}, #{a => 1, b => 2}, #{"k" => v}, <<>>, <<"abc">>, <<1:4>>,
              <<"prefix:rest">>, [$h, $e | "llo"], {tag, [1, 2, 3], #{k => <<"v">>}}],
    [io:format("~p: ~p~n", [X, m(id(X))]) || X <- Inputs],
    [io:format("case ~p: ~p~n", [X, c(id(X))]) || X <- Inputs],
    ok.

m(0) -> zero;
m(42) -> forty_two;
m(-42) -> minus_forty_two;
m(1180591620717411303424) -> two_pow_70;
m(3.0) -> three_float;
m(0.0) -> float_zero;
m(atom) -> atom;
m('quoted atom') -> quoted;
m([]) -> nil;
m([a]) -> list_a;
m([a | T]) -> {a_then, T};
m("hello") -> hello;
m("h" ++ Rest) -> {h_prefix, Rest};
m({}) -> empty_tuple;
m({X}) -> {one, X};
m({{N}, [L]}) -> {nested, N, L};
m({X, Y}) -> {two, Y, X};
m({_, _, _} = T) -> {three, tuple_size(T)};
m(#{"k" := V}) -> {string_key, V};
m(#{a := A, b := B}) -> {ab, A + B};
m(#{a := A}) -> {a_only, A};
m(#{}) -> any_map;
m(<<>>) -> empty_bin;
m(<<"prefix:", R/binary>>) -> {prefix, R};
m(<<A, B, C>>) -> {three_bytes, A, B, C};
m(<<X:4>>) -> {nibble, X};
m(Other) -> {other, Other}.

c(X) ->
    case X of
        N when is_integer(N), N < 0 -> negative;
        N when is_integer(N) -> {int, N rem 10};
        F when is_float(F) -> {float, F * 2};
        [H | _] when is_atom(H) -> {atom_head, H};
        [H | _] -> {head, H};
        {T} -> {singleton, T};
        {T, _, _} when T =:= tag -> tagged;
        {_, _, _} -> triple;
        #{a := _} = M -> {has_a, maps:size(M)};
        <<H:8, _/binary>> -> {first_byte, H};
        _ -> fallback
    end.
