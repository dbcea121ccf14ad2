-module(listing_sample).
-export([comprehension/1, build/2, update/1, match/1, guarded/1, receiver/1, safe_div/2, floats/2]).

-record(point, {x = 0, y = 0}).

comprehension(L) -> [X * 2 || X <- L, is_integer(X)].

build(A, B) when is_binary(A) -> <<A/binary, B:16/little, "tail">>;
build(A, B) -> {A, B, 123456789012345678901234567890, #{key => A}}.

update(#point{x = 1} = P) -> P#point{y = 2.5};
update(M) when is_map(M) -> M#{count => maps:get(count, M, 0) + 1}.

match(<<Len:8, Data:Len/binary, Rest/bits>>) -> {Data, Rest};
match(<<"magic", _/binary>>) -> magic;
match(Other) -> fun(Y) -> {Other, Y} end.

guarded(X) when X > 10, X < 100 -> big;
guarded(X) when is_atom(X); is_list(X) -> other;
guarded(_) -> small.

receiver(Timeout) ->
    receive
        {msg, M} -> M;
        stop -> stopped
    after Timeout -> timeout
    end.

safe_div(A, B) ->
    try A div B of
        R -> {ok, R}
    catch
        error:badarith -> {error, badarith};
        Class:Reason:Stack -> {Class, Reason, length(Stack)}
    end.

floats(A, B) when is_float(A), is_float(B) -> A * B + A / B - 1.5.
