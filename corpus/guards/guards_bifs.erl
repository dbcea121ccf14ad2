-module(guards_bifs).
-export([main/0, id/1]).

id(X) -> X.

%% Guard BIFs (non-type-test) inside guards: a failing BIF makes the guard false,
%% never raises.
main() ->
    Inputs = [0, 3, -3, 2.5, -2.5, 1 bsl 70, a, [], [1, 2, 3], "ab", {1, 2}, {},
              #{a => 1}, #{}, <<1, 2, 3>>, <<1:5>>],
    [io:format("~p: ~w~n", [X, all(id(X))]) || X <- Inputs],
    ok.

all(X) ->
    [
     if abs(X) > 2 -> abs; true -> no end,
     if bit_size(X) > 8 -> bit_size; true -> no end,
     if byte_size(X) =:= 3 -> byte_size; true -> no end,
     if element(1, X) =:= 1 -> element; true -> no end,
     if float(X) > 1.0 -> float; true -> no end,
     if hd(X) =:= 1 -> hd; true -> no end,
     if length(X) >= 2 -> length; true -> no end,
     if map_size(X) =:= 1 -> map_size; true -> no end,
     if is_map_key(a, X) -> is_map_key; true -> no end,
     if map_get(a, X) =:= 1 -> map_get; true -> no end,
     if node(X) =:= nonode -> node; true -> no end,
     if round(X) =:= 3 -> round; true -> no end,
     if tl(X) =:= [2, 3] -> tl; true -> no end,
     if trunc(X) =:= -2 -> trunc; true -> no end,
     if tuple_size(X) =:= 2 -> tuple_size; true -> no end,
     if size(X) > 1 -> size; true -> no end,
     if X + 1 > 3 -> plus; true -> no end,
     if X * 2 =:= 6 -> times; true -> no end,
     if X div 2 =:= 1 -> 'div'; true -> no end,
     if X rem 2 =:= 1 -> 'rem'; true -> no end,
     if X band 1 =:= 1 -> 'band'; true -> no end,
     if X bsl 1 > 4 -> 'bsl'; true -> no end,
     if -X > 0 -> neg; true -> no end,
     if not is_atom(X) -> 'not'; true -> no end,
     if binary_part(X, 0, 1) =:= <<1>> -> binary_part; true -> no end,
     if ceil(X) =:= 3 -> ceil; true -> no end,
     if floor(X) =:= -3 -> floor; true -> no end,
     if X / 2 > 1 -> slash; true -> no end,
     if is_function(X, 1) orelse X =:= a -> 'orelse'; true -> no end,
     if is_integer(X) andalso X > 0 -> 'andalso'; true -> no end,
     if X > 0; X =:= a -> semicolon; true -> no end,
     if is_list(X), length(X) > 1 -> comma; true -> no end
    ].
