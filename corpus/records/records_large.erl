-module(records_large).
-export([main/0, id/1]).

%% Generated record with 100 fields: construction, access, updates of one, a few and many
%% fields (the compiler emits setelement chains or a full tuple rebuild), and matching.
-record(big, {f1 = 1, f2 = 2, f3 = 3, f4 = 4, f5 = 5, f6 = 6, f7 = 7, f8 = 8, f9 = 9, f10 = 10, f11 = 11, f12 = 12, f13 = 13, f14 = 14, f15 = 15, f16 = 16, f17 = 17, f18 = 18, f19 = 19, f20 = 20, f21 = 21, f22 = 22, f23 = 23, f24 = 24, f25 = 25, f26 = 26, f27 = 27, f28 = 28, f29 = 29, f30 = 30, f31 = 31, f32 = 32, f33 = 33, f34 = 34, f35 = 35, f36 = 36, f37 = 37, f38 = 38, f39 = 39, f40 = 40, f41 = 41, f42 = 42, f43 = 43, f44 = 44, f45 = 45, f46 = 46, f47 = 47, f48 = 48, f49 = 49, f50 = 50, f51 = 51, f52 = 52, f53 = 53, f54 = 54, f55 = 55, f56 = 56, f57 = 57, f58 = 58, f59 = 59, f60 = 60, f61 = 61, f62 = 62, f63 = 63, f64 = 64, f65 = 65, f66 = 66, f67 = 67, f68 = 68, f69 = 69, f70 = 70, f71 = 71, f72 = 72, f73 = 73, f74 = 74, f75 = 75, f76 = 76, f77 = 77, f78 = 78, f79 = 79, f80 = 80, f81 = 81, f82 = 82, f83 = 83, f84 = 84, f85 = 85, f86 = 86, f87 = 87, f88 = 88, f89 = 89, f90 = 90, f91 = 91, f92 = 92, f93 = 93, f94 = 94, f95 = 95, f96 = 96, f97 = 97, f98 = 98, f99 = 99, f100 = 100}).

id(X) -> X.

main() ->
    R0 = id(#big{}),
    io:format("size: ~p~n", [tuple_size(R0)]),
    io:format("access: ~p~n", [[R0#big.f1, R0#big.f50, R0#big.f100]]),
    R1 = R0#big{f7 = seven},
    io:format("one_update: ~p~n", [{R1#big.f7, R1#big.f8}]),
    R2 = R1#big{f1 = a, f2 = b, f99 = y, f100 = z},
    io:format("few_updates: ~p~n", [[element(I, R2) || I <- [2, 3, 4, 100, 101]]]),
    R3 = R2#big{f1 = x1, f3 = x2, f5 = x3, f7 = x4, f9 = x5, f11 = x6, f13 = x7, f15 = x8, f17 = x9, f19 = x10, f21 = x11, f23 = x12, f25 = x13, f27 = x14, f29 = x15, f31 = x16, f33 = x17, f35 = x18, f37 = x19, f39 = x20, f41 = x21, f43 = x22, f45 = x23, f47 = x24, f49 = x25, f51 = x26, f53 = x27, f55 = x28, f57 = x29, f59 = x30, f61 = x31, f63 = x32, f65 = x33, f67 = x34, f69 = x35, f71 = x36, f73 = x37, f75 = x38, f77 = x39, f79 = x40, f81 = x41, f83 = x42, f85 = x43, f87 = x44, f89 = x45, f91 = x46, f93 = x47, f95 = x48, f97 = x49, f99 = x50},
    io:format("many_updates: ~p~n", [[element(I, R3) || I <- lists:seq(2, 101, 9)]]),
    io:format("sum_untouched: ~p~n", [lists:sum([V || V <- tuple_to_list(R3), is_integer(V)])]),
    io:format("match: ~p~n", [case R3 of #big{f2 = V2, f3 = V3, f100 = V100} -> {V2, V3, V100} end]),
    io:format("loop_updates: ~p~n", [(loop(R0, 100))#big.f100]),
    io:format("fields: ~p~n", [length(record_info(fields, big))]),
    io:format("printed: ~p~n", [R1]),
    ok.

loop(R, 0) -> R;
loop(R, N) -> loop(setelement(N + 1, R, {set, N}), N - 1).
