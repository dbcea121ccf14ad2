-module(tail_calls).
-export([main/0, ping/2, pong/2]).

%% Tail calls of every kind keep constant space: local, remote, through funs,
%% apply/3, and mutual recursion across a remote boundary.
main() ->
    out(local(3000000, 0)),
    out(?MODULE:ping(3000000, 0)),
    out(via_fun(1000000, fun(X) -> X + 1 end, 0)),
    out(via_apply(1000000, 0)),
    out(even(1000001)),
    out(count_list(lists:seq(1, 200000), 0)),
    ok.

local(0, A) -> A;
local(N, A) -> local(N - 1, A + 1).

ping(0, A) -> {ping, A};
ping(N, A) -> ?MODULE:pong(N - 1, A + 1).
pong(0, A) -> {pong, A};
pong(N, A) -> ?MODULE:ping(N - 1, A + 1).

via_fun(0, _F, A) -> A;
via_fun(N, F, A) -> via_fun(N - 1, F, F(A)).

via_apply(0, A) -> A;
via_apply(N, A) -> apply(?MODULE, pong, [0, 0]), via_apply(N - 1, A + 1).

even(0) -> true;
even(N) -> odd(N - 1).
odd(0) -> false;
odd(N) -> even(N - 1).

count_list([], A) -> A;
count_list([_ | T], A) -> count_list(T, A + 1).

out(T) -> io:format("~p~n", [T]).
