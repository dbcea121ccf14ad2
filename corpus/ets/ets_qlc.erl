-module(ets_qlc).
-export([main/0]).
-include_lib("stdlib/include/qlc.hrl").
%% qlc over ETS tables: its queries become match specifications run by ets:select/1,3 in chunks,
%% or first/next and last/prev traversals, joins of two tables, cursors and folds.
main() ->
  T = ets:new(ets_qlc_named, [ordered_set, named_table]),
  ets:insert(T, [{I, I * I, integer_to_list(I)} || I <- lists:seq(1, 100)]),
  S = ets:new(s, [set]),
  ets:insert(S, [{I, I rem 7} || I <- lists:seq(1, 100)]),
  io:format("~p~n", [qlc:e(qlc:q([X || {X, Y, _} <- ets:table(T), Y > 9000]))]),
  io:format("~p~n", [qlc:e(qlc:q([{X, Z} || {X, _, Z} <- ets:table(T), X < 5]))]),
  io:format("~p~n", [lists:sort(qlc:e(qlc:q([X || {X, 3} <- ets:table(S)])))]),
  io:format("~p~n", [lists:sort(qlc:e(qlc:q([{X, Y} || {X, _, _} <- ets:table(T), {Y, R} <- ets:table(S), X =:= Y, R =:= 0, X > 50])))]),
  io:format("~p~n", [qlc:e(qlc:q([X || {X, _, _} <- ets:table(T, [{traverse, select}, {n_objects, 7}]), X rem 10 =:= 0]))]),
  io:format("~p~n", [qlc:e(qlc:q([X || {X, _, _} <- ets:table(T, [{traverse, first_next}]), X > 95]))]),
  io:format("~p~n", [qlc:e(qlc:q([X || {X, _, _} <- ets:table(T, [{traverse, last_prev}]), X > 95]))]),
  io:format("~p~n", [qlc:e(qlc:q([X || X <- ets:table(T, [{traverse, {select, [{{'$1','_','_'},[{'<','$1',3}],['$_']}]}}])]))]),
  io:format("~p~n", [qlc:info(qlc:q([X || {X, Y, _} <- ets:table(T), Y > 9000]))]),
  C = qlc:cursor(qlc:q([X || {X, _, _} <- ets:table(T)])),
  io:format("~p~n", [qlc:next_answers(C, 5)]),
  io:format("~p~n", [qlc:next_answers(C, 3)]),
  qlc:delete_cursor(C),
  io:format("~p~n", [qlc:fold(fun(X, A) -> X + A end, 0, qlc:q([Y || {_, Y, _} <- ets:table(T)]))]).
