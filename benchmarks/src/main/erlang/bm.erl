%% The benchmark harness. It holds the one list of workloads, and the timing loop runs inside the
%% VM being measured (erl or jbeamjit), so both VMs are timed by the same Erlang code.
%%
%% Each workload is a module bm_<name> exporting size(tiny | bench) and run(Size). run/1 returns a
%% small deterministic term, printed with ~w, that every run on every VM must agree on.
%%
%% From a command line (erl or jbeamjit, same flags):
%%   -run bm main steady Workload WarmupMs MeasureMs   time per iteration after warm-up
%%   -run bm main once Workload                         one iteration, for whole-process wall time
%%   -run bm main results tiny|bench                    every workload's result, one per line
%%   -run bm main list                                  the workloads and their kinds
-module(bm).
-export([workloads/0, kind/1, module/1, size/2, run/2, run_bench/1, results/1, main/1]).

workloads() ->
    [fib, tak, nrev, qsort, binary_trees, nbody, spectral_norm, mandelbrot, fannkuch, pidigits,
     bitsyntax, maps, exceptions, ring, spawn, selective_receive].

%% cpu: computation in one process; processes: spawning and messages between processes.
kind(W) ->
    case lists:member(W, [ring, spawn, selective_receive]) of
        true -> processes;
        false -> cpu
    end.

module(W) -> list_to_atom("bm_" ++ atom_to_list(W)).

size(W, Kind) -> (module(W)):size(Kind).

%% One iteration of W at its bench size (what the JMH benchmarks call).
run_bench(W) -> run(W, size(W, bench)).

%% One iteration in a fresh process, so that each one starts with a small heap and a clean
%% mailbox, and leaves nothing behind.
run(W, Size) ->
    M = module(W),
    {Pid, Ref} = spawn_monitor(fun() -> exit({bm_result, M:run(Size)}) end),
    receive
        {'DOWN', Ref, process, Pid, {bm_result, R}} -> R;
        {'DOWN', Ref, process, Pid, Reason} -> erlang:error({workload_failed, W, Reason})
    end.

main(["steady", W, WarmupMs, MeasureMs]) ->
    steady(list_to_atom(W), list_to_integer(WarmupMs), list_to_integer(MeasureMs)),
    halt();
main(["once", W]) ->
    Workload = list_to_atom(W),
    R = run(Workload, size(Workload, bench)),
    io:format("bm once ~s result=~w~n", [W, R]),
    halt();
main(["results", Kind]) ->
    io:put_chars(results(list_to_atom(Kind))),
    halt();
main(["list"]) ->
    [io:format("bm workload ~s ~s~n", [W, kind(W)]) || W <- workloads()],
    halt().

%% Every workload's result at the given size, one line each, as text to compare between VMs.
results(SizeKind) ->
    iolist_to_binary([io_lib:format("bm result ~s ~w~n", [W, run(W, size(W, SizeKind))]) || W <- workloads()]).

%% Runs iterations for WarmupMs, then for at least MeasureMs and three iterations, and prints the
%% median time of the measured ones. Every iteration's result must be the first one's.
steady(W, WarmupMs, MeasureMs) ->
    Size = size(W, bench),
    {_, R} = timed(W, Size),
    loop(W, Size, R, now_ns() + WarmupMs * 1000000, 0, []),
    Times = lists:sort(loop(W, Size, R, now_ns() + MeasureMs * 1000000, 3, [])),
    N = length(Times),
    io:format("bm steady ~s size=~w iterations=~w median_ns=~w min_ns=~w result=~w~n",
              [W, Size, N, lists:nth((N + 1) div 2, Times), hd(Times), R]).

loop(W, Size, R, Deadline, MinLeft, Acc) ->
    case MinLeft =< 0 andalso now_ns() >= Deadline of
        true -> Acc;
        false ->
            case timed(W, Size) of
                {Ns, R} -> loop(W, Size, R, Deadline, MinLeft - 1, [Ns | Acc]);
                {_, Other} -> erlang:error({result_changed, W, R, Other})
            end
    end.

timed(W, Size) ->
    T0 = now_ns(),
    R = run(W, Size),
    {now_ns() - T0, R}.

now_ns() -> erlang:monotonic_time(nanosecond).
