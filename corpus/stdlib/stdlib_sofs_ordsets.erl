-module(stdlib_sofs_ordsets).
-export([main/0, id/1]).

-define(T(L, E), t(L, fun() -> E end)).

id(X) -> X.

t(Label, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Label, R]).

%% sofs (sets of sets, relations, functions) — pure Erlang set algebra.
main() ->
    R = sofs:relation(id([{a, 1}, {b, 2}, {c, 3}, {a, 4}])),
    S = sofs:set(id([b, c, d])),
    ?T(to_external, sofs:to_external(R)),
    ?T(domain, sofs:to_external(sofs:domain(R))),
    ?T(range, sofs:to_external(sofs:range(R))),
    ?T(restriction, sofs:to_external(sofs:restriction(R, S))),
    ?T(drestriction, sofs:to_external(sofs:drestriction(R, S))),
    ?T(converse, sofs:to_external(sofs:converse(R))),
    ?T(image, sofs:to_external(sofs:image(R, sofs:set([a])))),
    ?T(family, sofs:to_external(sofs:relation_to_family(R))),
    ?T(union, sofs:to_external(sofs:union(S, sofs:set([a, b])))),
    ?T(intersection, sofs:to_external(sofs:intersection(S, sofs:set([a, b])))),
    ?T(difference, sofs:to_external(sofs:difference(S, sofs:set([b])))),
    ?T(product, sofs:to_external(sofs:product(sofs:set([1, 2]), sofs:set([x, y])))),
    ?T(composite, sofs:to_external(sofs:composite(sofs:relation([{a, 1}, {b, 2}]), sofs:relation([{1, x}, {2, y}])))),
    ?T(partition, sofs:to_external(sofs:partition(1, R))),
    ?T(power_set, sofs:to_external(sofs:power_set(sofs:set([1, 2, 3])))),
    ?T(is_subset, sofs:is_subset(sofs:set([b]), S)),
    ?T(no_elements, sofs:no_elements(R)),
    ?T(type, sofs:type(R)),
    ?T(from_term, sofs:to_external(sofs:from_term([{a, [1, 2]}, {b, [3]}], [{atom, [integer]}]))),
    ?T(family_union, sofs:to_external(sofs:family_union(sofs:family([{a, [1, 2]}, {b, [2, 3]}])))),
    ?T(digraph_free_closure, closure([{1, 2}, {2, 3}, {3, 4}, {5, 6}])),
    ?T(bad_relation, sofs:relation(id([{a, 1}, b]))),
    ?T(ordsets_big, length(ordsets:union([ordsets:from_list(lists:seq(I, 1000, 7)) || I <- lists:seq(1, 7)]))),
    ok.

%% Transitive closure by repeated composition.
closure(Pairs) ->
    R = sofs:relation(Pairs),
    sofs:to_external(fix(R)).

fix(R) ->
    R2 = sofs:union(R, sofs:composite(R, R)),
    case sofs:is_equal(R, R2) of
        true -> R;
        false -> fix(R2)
    end.
