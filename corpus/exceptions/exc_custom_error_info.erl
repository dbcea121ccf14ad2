-module(exc_custom_error_info).
-export([main/0, id/1, format_error/2, checked_div/2]).

id(X) -> X.

%% error/3 with an error_info map naming this module: erl_error:format_exception calls back
%% format_error/2 here to explain each bad argument.
checked_div(A, B) when is_integer(A), is_integer(B), B =/= 0 -> A div B;
checked_div(A, B) ->
    Cause = #{1 => if is_integer(A) -> none; true -> "not an integer" end,
              2 => if B =:= 0 -> "is zero"; is_integer(B) -> none; true -> "not an integer" end},
    error(badarg, [A, B], [{error_info, #{module => ?MODULE, cause => Cause}}]).

format_error(_Reason, [{_M, _F, _Args, Info} | _]) ->
    ErrorInfo = proplists:get_value(error_info, Info, #{}),
    Cause = maps:get(cause, ErrorInfo, #{}),
    maps:filter(fun(_, V) -> V =/= none end, Cause).

main() ->
    Calls = [{1, 0}, {a, 2}, {a, 0}, {10, 3}, {1.5, b}],
    [report(A, B) || {A, B} <- Calls],
    io:format("error_2_stack_args: ~p~n", [try error(id(r), [x, y]) catch error:r:S -> element(3, hd(S)) end]),
    io:format("error_3_info: ~p~n", [try error(id(r), none, [{error_info, #{module => ?MODULE}}])
                                      catch error:r:S2 -> proplists:get_value(error_info, element(4, hd(S2))) end]),
    ok.

report(A, B) ->
    try ?MODULE:checked_div(id(A), id(B)) of
        V -> io:format("~p div ~p = ~p~n", [A, B, V])
    catch C:R:S ->
            [{M, F, Args, Loc} | _] = S,
            Top = {M, F, Args, [L || {error_info, _} = L <- Loc]},
            io:format("~p div ~p:~n~ts~n", [A, B, erl_error:format_exception(C, R, [Top])])
    end.
