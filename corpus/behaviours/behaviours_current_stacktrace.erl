-module(behaviours_current_stacktrace).
-export([main/0, deep/2, via_apply/1]).

%% process_info(self(), current_stacktrace), which gen_server and gen_statem use for the stack
%% of a {stop, Reason} in their crash reports: at several depths, after the process has been
%% suspended mid-recursion, inside funs, catches and applies, and with backtrace_depth changed.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

%% Only this module's frames: the caller's frames (the corpus driver, erl's shell) differ.
mine() ->
    {current_stacktrace, St} = process_info(self(), current_stacktrace),
    [{F, A, proplists:get_value(line, L)} || {M, F, A, L} <- St, M =:= ?MODULE].

deep(0, Sleep) ->
    case Sleep of
        true -> timer:sleep(5);
        false -> ok
    end,
    R = mine(),
    [R];
deep(N, Sleep) ->
    [N | deep(N - 1, Sleep)].

via_apply(X) ->
    R = apply(fun mine/0, []),
    {X, R}.

main() ->
    p("top", mine()),
    p("deep 3", deep(3, false)),
    p("deep 3 after a sleep", deep(3, true)),
    p("deep 12 (depth 8)", lists:last(deep(12, false))),
    p("in a fun", (fun() -> R = mine(), {R} end)()),
    p("in a catch", try R = mine(), {R} catch _ -> x end),
    p("through apply", erlang:apply(?MODULE, via_apply, [1])),
    p("in a list comprehension", [mine() || _ <- [1]]),
    Old = erlang:system_flag(backtrace_depth, 2),
    p("backtrace_depth 2", lists:last(deep(5, false))),
    erlang:system_flag(backtrace_depth, Old),
    {current_stacktrace, St} = process_info(self(), current_stacktrace),
    p("frames are {M, F, A, Location}", lists:all(fun({M, F, A, L}) -> is_atom(M) andalso is_atom(F) andalso is_integer(A) andalso is_list(L) end, St)),
    ok.
