%% Bignum code: the first N digits of pi by Gibbons' unbounded spigot (as in the Computer Language
%% Benchmarks Game's pidigits). The result is the digits' sum and the last ten digits.
-module(bm_pidigits).
-export([size/1, run/1]).

size(tiny) -> 50;
size(bench) -> 1000.

run(N) -> digits(N, {1, 0, 0, 1}, 1, 0, 0).

%% Z = {Q, R, S, T} is the linear fractional transformation so far.
digits(0, _, _, Sum, Last) -> {Sum, Last};
digits(N, Z, K, Sum, Last) ->
    Y = extract(Z, 3),
    case extract(Z, 4) of
        Y -> digits(N - 1, compose({10, -10 * Y, 0, 1}, Z), K, Sum + Y, (Last * 10 + Y) rem 10000000000);
        _ -> digits(N, compose(Z, {K, 4 * K + 2, 0, 2 * K + 1}), K + 1, Sum, Last)
    end.

extract({Q, R, S, T}, X) -> (Q * X + R) div (S * X + T).

compose({Q, R, S, T}, {U, V, W, X}) -> {Q * U + R * W, Q * V + R * X, S * U + T * W, S * V + T * X}.
