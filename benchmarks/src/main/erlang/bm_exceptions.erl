%% Exceptions in a loop: throw from a few frames deep caught by try, error caught by catch, exit
%% caught with its class, and try ... after. The result is a checksum of what was caught.
-module(bm_exceptions).
-export([size/1, run/1]).

size(tiny) -> 100;
size(bench) -> 150000.

run(N) -> loop(N, 0).

loop(0, Acc) -> Acc;
loop(I, Acc) ->
    A = try deep(5, I) catch throw:{found, X} -> X end,
    B = case catch element(I, {}) of {'EXIT', {badarg, _}} -> 1; _ -> 0 end,
    C = try exit({stop, I}) catch exit:{stop, Y} -> Y band 3 end,
    D = try I rem 5 after put(last, I) end,
    loop(I - 1, (Acc + A + B + C + D) band 16#FFFFFFF).

deep(0, I) -> throw({found, I});
deep(D, I) -> 1 + deep(D - 1, I).
