%% The erl side of EtfOracleTest: what OTP's term_to_binary writes and binary_to_term accepts.
%%
%% corpus(File) writes, for a seeded corpus of terms, term_to_binary under several options, and
%% then erl's verdict on a list of malformed inputs. judge(In, Out) reads what the Java side made
%% (its encodings of its own terms, and mutated encodings) and answers the same way.
%%
%% Every file is a sequence of length-prefixed binaries (<<Len:32, Bytes/binary>>), grouped into
%% records as described at each writer.
-module(etf_oracle).
-export([corpus/1, judge/2]).

-define(SEED, {16#e7f, 25, 2024}).
-define(RANDOM_TERMS, 2000).

%% ---------------------------------------------------------------------------------------------
%% Corpus

%% File: <<NumTerms:32>>, then per term one encodings record; <<NumCases:32>>, then per malformed
%% case one verdict record.
%%
%% A malformed case written {otp_quirk, Bytes} is one where OTP 25 does something no decoder
%% should copy (read past the input, look up its own atom table); Java must refuse those.
corpus(File) ->
    rand:seed(exsss, ?SEED),
    Terms = fixed_terms() ++ [random_term(4) || _ <- lists:seq(1, ?RANDOM_TERMS)],
    Cases = malformed(),
    {ok, F} = file:open(File, [write, raw, binary]),
    ok = file:write(F, <<(length(Terms)):32>>),
    write_terms(F, Terms, 0),
    ok = file:write(F, <<(length(Cases)):32>>),
    [ok = file:write(F, case C of {otp_quirk, B} -> verdict(B, 1); B -> verdict(B, 0) end) || C <- Cases],
    ok = file:close(F).

write_terms(_F, [], _I) ->
    ok;
write_terms(F, [T | Ts], I) ->
    ok = file:write(F, encodings(T, I)),
    write_terms(F, Ts, I + 1).

%% An encodings record: <<Flags, Level>>, then term_to_binary of the term with each option list
%% of options(Level), length-prefixed. Flags bit 0: the term holds a map of more than 32 keys,
%% whose order without `deterministic` is OTP's hash trie order.
encodings(T, I) ->
    Level = 1 + I rem 9,
    Flags = case has_large_map(T) of true -> 1; false -> 0 end,
    [<<Flags, Level>> | [lp(term_to_binary(T, O)) || O <- options(Level)]].

%% Keep in step with EtfOracleTest.OPTIONS.
options(Level) ->
    [[], [deterministic], [{minor_version, 0}], [{minor_version, 2}], [{compressed, Level}],
     [{compressed, Level}, deterministic, {minor_version, 0}]].

lp(B) -> <<(byte_size(B)):32, B/binary>>.

%% A verdict record: the input, <<Quirk>> (1 for an otp_quirk case), then <<0>> for badarg or
%% <<1, Used:32>> and the result's encoding with `deterministic`.
verdict(B, Quirk) ->
    [lp(B), <<Quirk>> | case catch binary_to_term(B, [used]) of
                 {T, Used} when is_integer(Used) ->
                     [<<1, Used:32>>, lp(term_to_binary(T, [deterministic]))];
                 {'EXIT', {badarg, _}} ->
                     [<<0>>]
             end].

has_large_map(T) -> has_large_map([T], 0).

has_large_map([], _) -> false;
has_large_map([T | Rest], N) when is_map(T) ->
    map_size(T) > 32 orelse has_large_map(maps:keys(T) ++ maps:values(T) ++ Rest, N);
has_large_map([T | Rest], N) when is_tuple(T) -> has_large_map(tuple_to_list(T) ++ Rest, N);
has_large_map([[H | Tl] | Rest], N) -> has_large_map([H, Tl | Rest], N);
has_large_map([T | Rest], N) when is_function(T) ->
    {env, Env} = erlang:fun_info(T, env),
    has_large_map(Env ++ Rest, N);
has_large_map([_ | Rest], N) -> has_large_map(Rest, N).

%% ---------------------------------------------------------------------------------------------
%% Judging what Java made

%% In: records <<Kind>> then one length-prefixed binary. Kind 0: Java's default encoding of a
%% term of its own; the answer is an encodings record of the decoded term, using Level 1 + the
%% record's index mod 9. Kind 1: any input; the answer is a verdict record.
judge(In, Out) ->
    {ok, Bin} = file:read_file(In),
    {ok, F} = file:open(Out, [write, raw, binary]),
    judge(F, Bin, 0),
    ok = file:close(F).

judge(_F, <<>>, _I) ->
    ok;
judge(F, <<0, Len:32, B:Len/binary, Rest/binary>>, I) ->
    ok = file:write(F, encodings(binary_to_term(B), I)),
    judge(F, Rest, I + 1);
judge(F, <<1, Len:32, B:Len/binary, Rest/binary>>, I) ->
    ok = file:write(F, verdict(B, 0)),
    judge(F, Rest, I + 1).

%% ---------------------------------------------------------------------------------------------
%% Terms

fixed_terms() ->
    Specials = integers() ++ floats() ++ atoms(),
    Specials
    ++ [[], {}, #{}, <<>>, "", [[]], [{}], {[]}]
    %% Strings and lists: STRING_EXT up to 65535 bytes, LIST_EXT beyond and for non-bytes.
    ++ [lists:seq(0, 255), lists:duplicate(65535, $x), lists:duplicate(65536, $x),
        lists:duplicate(70000, 7) ++ [300], [256], [-1], [1, 2 | 3], [1 | 2], [a | b],
        [1, 2, 3 | <<"tail">>], ["abc", "def"], [[1, 2], 3, [4 | 5]], lists:seq(1, 300),
        [1.0, 2.0], [$a, $b, 1.0e10], lists:duplicate(65535, 255) ++ [256],
        [unicode:characters_to_list("日本語")]]
    %% Tuples around the SMALL/LARGE boundary.
    ++ [list_to_tuple(lists:seq(1, N)) || N <- [1, 254, 255, 256, 257, 1000, 70000]]
    %% Deep nesting.
    ++ [nest_list(10000), nest_tuple(10000), nest_list(100000), nest_map(2000),
        nest_improper(5000)]
    %% Maps: flat up to 32 keys, hash tries beyond.
    ++ [make_map(N, Kind) || N <- [0, 1, 2, 31, 32, 33, 34, 64, 500], Kind <- [ints, mixed, atoms]]
    ++ [#{1 => a, 1.0 => b}, #{-0.0 => z, 0.0 => y, 0 => x},
        maps:merge(make_map(40, mixed), #{1 => a, 1.0 => b, -0.0 => c, 0.0 => d}),
        #{#{a => 1} => #{b => 2}, [1] => {2}, <<"k">> => <<"v">>},
        #{make_map(40, ints) => make_map(33, atoms)}]
    %% Binaries and bitstrings, aligned and not.
    ++ [<<0>>, <<255>>, list_to_binary(lists:seq(0, 255)), binary:copy(<<"abc">>, 40000),
        <<1:1>>, <<5:3>>, <<255, 1:7>>, <<0:7>>, <<1, 2, 3, 4:4>>,
        sub_bits(list_to_binary(lists:seq(1, 100)), 3, 301),
        sub_bits(list_to_binary(lists:seq(1, 100)), 13, 400)]
    ++ identifiers()
    ++ funs()
    %% Mixtures.
    ++ [{self(), make_ref(), fun lists:map/2, [1.5, "x", #{a => [b]}]},
        [#{K => {K, <<K>>}} || K <- lists:seq(1, 40)]].

integers() ->
    Powers = [P || E <- [7, 8, 15, 16, 27, 28, 31, 32, 59, 60, 63, 64, 65, 127, 128, 255, 256,
                         1000, 2040, 2047, 2048, 2049, 4000],
                   P <- [1 bsl E]],
    Around = lists:append([[P - 1, P, P + 1] || P <- Powers]),
    [0, 1, -1, 255, 256, -255, -256 | Around ++ [-X || X <- Around]].

floats() ->
    [0.0, -0.0, 1.0, -1.0, 0.1, 1.5, 1/3, 2/3, 100.0, 1.0e15, 1.0e16, 1.0e17, 123456789.125,
     5.0e-324, -5.0e-324, 1.0e-320, 2.2250738585072009e-308, 2.2250738585072014e-308,
     1.7976931348623157e308, -1.7976931348623157e308, 9.999999999999999e22, 1.0e23,
     4.35e-5, 0.5e-10, 3.141592653589793, 2.718281828459045, 1.0e300, 9007199254740993.0,
     float(1 bsl 62), -float(1 bsl 63)].

atoms() ->
    [a, 'A', '', 'hello world', true, false, undefined, nonode@nohost,
     list_to_atom([255]), list_to_atom([128, 200, 255]), list_to_atom([256]),
     list_to_atom("日本語"), list_to_atom([16#1F600]), list_to_atom(lists:duplicate(255, $z)),
     list_to_atom(lists:duplicate(255, 255)), list_to_atom(lists:duplicate(255, 300)),
     list_to_atom(lists:duplicate(255, 16#1F600)), list_to_atom(lists:duplicate(127, 300)),
     list_to_atom(lists:duplicate(128, 300)), list_to_atom([0]), 'ünïcödé'].

%% Made once per run (leaf/0 picks from them often).
identifiers() ->
    case get(identifiers) of
        undefined ->
            Ids = make_identifiers(),
            put(identifiers, Ids),
            Ids;
        Ids ->
            Ids
    end.

make_identifiers() ->
    Spawned = spawn(fun() -> ok end),
    Ports = erlang:ports(),
    [self(), Spawned, list_to_pid("<0.32767.8191>"), list_to_pid("<0.0.0>"),
     make_ref(), make_ref(), alias(), monitor(process, Spawned)]
    ++ Ports
    ++ [remote_pid(N, I, S, C) || {N, I, S, C} <- [{'a@b', 1, 2, 3}, {'node@host', 16#FFFFFFFF, 16#FFFFFFFF, 16#FFFFFFFF},
                                                 {nonode@nohost, 5, 6, 7}, {'ünï@cödé', 100000, 0, 1}]]
    ++ [remote_port(N, I, C) || {N, I, C} <- [{'a@b', 0, 1}, {'a@b', (1 bsl 28) - 1, 2}, {'a@b', 1 bsl 28, 2},
                                             {'x@y', 16#FFFFFFFF, 0}, {'x@y', 16#FFFFFFFFFFFFFFFF, 5},
                                             {nonode@nohost, 1 bsl 40, 1}]]
    ++ [remote_ref(N, C, Ws) || {N, C, Ws} <- [{'a@b', 1, [1]}, {'a@b', 2, [1, 2]},
                                              {'a@b', 3, [16#FFFFFFFF, 2, 3]}, {'a@b', 4, [1, 2, 3, 4]},
                                              {'c@d', 16#FFFFFFFF, [5, 4, 3, 2, 1]},
                                              {nonode@nohost, 9, [1, 2, 3]}]].

remote_pid(Node, Id, Serial, Creation) ->
    binary_to_term(<<131, 88, (atom_ext(Node))/binary, Id:32, Serial:32, Creation:32>>).

remote_port(Node, Id, Creation) ->
    binary_to_term(<<131, 120, (atom_ext(Node))/binary, Id:64, Creation:32>>).

remote_ref(Node, Creation, Words) ->
    binary_to_term(<<131, 90, (length(Words)):16, (atom_ext(Node))/binary, Creation:32,
                     << <<W:32>> || W <- Words >>/binary>>).

atom_ext(A) ->
    B = atom_to_binary(A, utf8),
    <<119, (byte_size(B)), B/binary>>.

funs() ->
    X = 42,
    Big = lists:seq(1, 100),
    [fun() -> ok end, fun(A) -> A + X end, fun(A, B) -> {A, B, X, Big} end,
     fun lists:map/2, fun erlang:'+'/2, fun no_such_module:no_such_function/0,
     fun 'ünïcödé':f/1, fun ?MODULE:corpus/1,
     make_fun(#{a => 1}), make_fun(make_map(40, ints)), make_fun(make_fun(self())),
     make_fun(1.5), make_fun(<<1:3>>), fun(A) -> A end].

make_fun(Env) -> fun(A) -> {A, Env} end.

make_map(N, ints) -> maps:from_list([{K, K * K} || K <- lists:seq(1, N)]);
make_map(N, atoms) -> maps:from_list([{list_to_atom("k" ++ integer_to_list(K)), K} || K <- lists:seq(1, N)]);
make_map(N, mixed) ->
    Keys = [case K rem 7 of
                0 -> K;
                1 -> float(K);
                2 -> list_to_atom("m" ++ integer_to_list(K));
                3 -> integer_to_list(K);
                4 -> {K};
                5 -> <<K:16>>;
                6 -> -K * (1 bsl 70)
            end || K <- lists:seq(1, N)],
    maps:from_list([{K, {v, K}} || K <- Keys]).

nest_list(0) -> [];
nest_list(N) -> [nest_list(N - 1)].

nest_tuple(0) -> {};
nest_tuple(N) -> {nest_tuple(N - 1)}.

nest_map(0) -> #{};
nest_map(N) -> #{N => nest_map(N - 1)}.

nest_improper(0) -> x;
nest_improper(N) -> [N | nest_improper(N - 1)].

sub_bits(Bin, From, Bits) ->
    <<_:From/bits, Sub:Bits/bits, _/bits>> = Bin,
    Sub.

%% A random term at most D compounds deep.
random_term(0) -> leaf();
random_term(D) ->
    case rand:uniform(12) of
        N when N =< 4 -> leaf();
        5 -> list_to_tuple(random_terms(D - 1, rand:uniform(6) - 1));
        6 -> random_terms(D - 1, rand:uniform(6) - 1);
        7 -> random_terms(D - 1, rand:uniform(4)) ++ leaf();
        8 -> maps:from_list([{random_term(D - 1), random_term(D - 1)} || _ <- lists:seq(1, rand:uniform(5) - 1)]);
        9 -> [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(40) - 1)];
        10 -> make_fun(random_term(D - 1));
        11 -> [rand:uniform(2000) - 1000 || _ <- lists:seq(1, rand:uniform(10))];
        12 -> maps:from_list([{leaf(), leaf()} || _ <- lists:seq(1, 30 + rand:uniform(10))])
    end.

random_terms(D, N) -> [random_term(D) || _ <- lists:seq(1, N)].

leaf() ->
    case rand:uniform(14) of
        1 -> pick(integers());
        2 -> random_integer();
        3 -> random_integer();
        4 -> pick(floats());
        5 -> random_float();
        6 -> pick(atoms());
        7 -> list_to_atom("r" ++ integer_to_list(rand:uniform(50)));
        8 -> rand:bytes(rand:uniform(20) - 1);
        9 -> <<(rand:bytes(rand:uniform(5)))/binary, (rand:uniform(127)):(rand:uniform(7))>>;
        10 -> pick([self(), make_ref(), fun lists:map/2, fun erlang:abs/1, hd(identifiers())]);
        11 -> pick([[], {}, #{}, <<>>]);
        12 -> pick(identifiers());
        13 -> rand:uniform(256) - 1;
        14 -> unicode:characters_to_list(lists:duplicate(rand:uniform(3), 16#1F600))
    end.

random_integer() ->
    Bits = rand:uniform(300),
    (rand:uniform(1 bsl Bits) - 1) * pick([1, -1]).

random_float() ->
    <<F:64/float>> = random_float_bits(),
    F.

random_float_bits() ->
    B = rand:bytes(8),
    case B of
        <<_:1, 16#7FF:11, _:52>> -> random_float_bits(); % no NaN or infinity in Erlang
        _ -> B
    end.

pick(L) -> lists:nth(rand:uniform(length(L)), L).

%% ---------------------------------------------------------------------------------------------
%% Malformed (and borderline) input

malformed() ->
    [<<>>, <<131>>, <<130, 97, 1>>, <<97, 1>>]
    ++ [<<131, Tag>> || Tag <- lists:seq(0, 255)]
    ++ [internal_atom_quirk(<<131, Tag, 0, 0, 0, 0, 0, 0, 0, 0>>) || Tag <- lists:seq(0, 255)]
    ++ truncations()
    ++ huge_lengths()
    ++ bad_atoms()
    ++ bad_numbers()
    ++ bad_bits()
    ++ bad_identifiers()
    ++ bad_funs()
    ++ bad_maps()
    ++ bad_compression()
    ++ trailing().

%% ATOM_INTERNAL_REF2 and 3 (73, 75) name an atom by its index in OTP's own atom table, and OTP
%% 25's binary_to_term takes them.
internal_atom_quirk(<<131, Tag, _/binary>> = B) when Tag =:= 73; Tag =:= 75 -> {otp_quirk, B};
internal_atom_quirk(B) -> B.

%% Every proper prefix of the encodings of a term of each kind.
truncations() ->
    Samples = [12345678901234567890, -3, 1.5, 'atom', "str", [1, a | b], {1, 2}, #{a => 1},
               <<1, 2, 3>>, <<1:3>>, self(), make_ref(), hd(erlang:ports()), fun lists:map/2,
               make_fun([1]), make_map(33, ints)],
    lists:usort([binary:part(B, 0, N) || T <- Samples,
                                         B <- [term_to_binary(T), term_to_binary(T, [compressed]),
                                               term_to_binary(T, [{minor_version, 0}])],
                                         N <- lists:seq(0, byte_size(B) - 1)]).

huge_lengths() ->
    Max = 16#FFFFFFFF,
    [<<131, 105, Max:32>>, <<131, 105, Max:32, 97, 1>>, <<131, 105, 16#01000000:32, 106>>,
     <<131, 108, Max:32, 106>>, <<131, 108, 16#7FFFFFFF:32, 97, 1, 106>>,
     <<131, 109, Max:32, 1, 2, 3>>, <<131, 109, 4:32, 1, 2, 3>>, <<131, 77, Max:32, 3, 1>>,
     <<131, 107, 16#FFFF:16, 1, 2>>, <<131, 111, Max:32, 0, 1>>, <<131, 110, 255, 0, 1>>,
     <<131, 116, Max:32, 97, 1, 97, 2>>, <<131, 116, 16#80000000:32, 97, 1, 97, 2>>,
     <<131, 90, 16#FFFF:16, 100, 0, 1, $a, 0:32, 0:32>>,
     <<131, 104, 3, 105, Max:32, 106>>, <<131, 108, 3:32, 108, Max:32, 106>>,
     <<131, 80, Max:32, 120, 156, 0>>, <<131, 80, 16#7FFFFFFF:32, (zlib:compress(<<97, 1>>))/binary>>,
     <<131, 100, 16#FFFF:16, $a>>, <<131, 118, 16#FFFF:16, $a>>]
    ++ [begin
            <<131, 112, Size:32, Arity, Uniq:16/binary, Index:32, _Free:32, Rest/binary>> =
                term_to_binary(make_fun(x)),
            <<131, 112, Size:32, Arity, Uniq/binary, Index:32, N:32, Rest/binary>>
        end || N <- [2, 1000, Max]].

bad_atoms() ->
    Long = fun(N, C) -> binary:copy(C, N) end,
    [<<131, 119, 1, 255>>, <<131, 119, 2, 16#C0, 16#80>>, <<131, 119, 2, 16#C1, 16#BF>>,
     <<131, 119, 3, 16#E0, 16#80, 16#80>>, <<131, 119, 3, 16#ED, 16#A0, 16#80>>,
     <<131, 119, 3, 16#ED, 16#9F, 16#BF>>, <<131, 119, 4, 16#F4, 16#90, 16#80, 16#80>>,
     <<131, 119, 4, 16#F4, 16#8F, 16#BF, 16#BF>>, <<131, 119, 4, 16#F0, 16#80, 16#80, 16#80>>,
     <<131, 119, 5, 16#F8, 16#88, 16#80, 16#80, 16#80>>, <<131, 119, 2, 16#C3>>,
     <<131, 119, 1, 16#80>>, <<131, 119, 2, $a, 16#80>>, <<131, 119, 0>>, <<131, 100, 0, 0>>,
     <<131, 115, 0>>, <<131, 118, 0, 0>>,
     <<131, 100, 255:16, (Long(255, <<"a">>))/binary>>, <<131, 100, 256:16, (Long(256, <<"a">>))/binary>>,
     <<131, 115, 255, (Long(255, <<200>>))/binary>>,
     <<131, 118, 1020:16, (Long(255, <<16#F0, 16#9F, 16#98, 16#80>>))/binary>>,
     <<131, 118, 1024:16, (Long(256, <<16#F0, 16#9F, 16#98, 16#80>>))/binary>>,
     <<131, 118, 256:16, (Long(256, <<"a">>))/binary>>,
     <<131, 119, 255, (Long(255, <<"b">>))/binary>>,
     <<131, 82, 0>>, <<131, 82, 1, 97, 1>>, <<131, 104, 1, 82, 0>>].

bad_numbers() ->
    Flt = fun(S) -> <<131, 99, S/binary, 0:((31 - byte_size(S)) * 8)>> end,
    [<<131, 110, 0, 0>>, <<131, 110, 0, 1>>, <<131, 110, 1, 0, 5>>, <<131, 110, 3, 0, 5, 0, 0>>,
     <<131, 110, 1, 2, 5>>, <<131, 110, 1, 255, 5>>, <<131, 111, 0:32, 0>>, <<131, 111, 1:32, 1, 5>>,
     <<131, 110, 8, 0, 0, 0, 0, 0, 0, 0, 0, 128>>, <<131, 110, 8, 1, 0, 0, 0, 0, 0, 0, 0, 128>>,
     <<131, 110, 8, 1, 1, 0, 0, 0, 0, 0, 0, 128>>, <<131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>,
     <<131, 110, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1>>, <<131, 111, 256:32, 0, 0:2040, 1>>,
     %% The largest bignum OTP takes is 2^19-1 words, counted before leading zeros go.
     <<131, 111, 4194296:32, 0, 0:4194296/unit:8>>, <<131, 111, 4194297:32, 0, 0:4194297/unit:8>>,
     <<131, 70, 16#7FF0000000000000:64>>, <<131, 70, 16#FFF0000000000000:64>>,
     <<131, 70, 16#7FF8000000000000:64>>, <<131, 70, 16#7FF0000000000001:64>>,
     <<131, 70, 1:64>>, <<131, 70, 16#8000000000000000:64>>, <<131, 70, 0:56>>,
     <<131, 99, "1.5", 0:27/unit:8>>,
     %% Float text without a NUL: OTP reads on past the 31 bytes, here past the end of the input.
     {otp_quirk, <<131, 99, "1.00000000000000000000000000000">>},
     %% ...and here into the next element's bytes.
     <<131, 104, 2, 99, "1.00000000000000000000000000000", 97, 1>>,
     <<131, 104, 2, 99, "1.00000000000000000000000000000", 0, 97, 1>>,
     <<131, 104, 2, 99, "1.00000000000000000000000000005", "5", 0, 97, 1>>,
     <<131, 104, 2, 99, "1.00000000000000000000000000000", "5e", 0, 97, 1>>]
    ++ [Flt(S) || S <- [<<"1.5">>, <<"1,5">>, <<"+1.5">>, <<"-1.5">>, <<"1.5e">>, <<"1.5e+">>,
                        <<"1.5E3">>, <<"1.5e-3">>, <<".5">>, <<"1.">>, <<"15">>, <<"1e5">>,
                        <<" 1.5">>, <<"1.5 ">>, <<"1.5\t">>, <<"1.5x">>, <<"1.0e-400">>,
                        <<"1.0e400">>, <<"4.94065645841246544177e-324">>, <<"1.0e-320">>,
                        <<"1.7976931348623157e308">>, <<"1.7976931348623159e308">>,
                        <<"0.0">>, <<"-0.0">>, <<"0001.5">>, <<"1.5e0004">>, <<"1.5", 200>>,
                        <<"1.5", 0, "x">>, <<"--1.5">>, <<"1..5">>, <<"1.5e+-3">>, <<"">>,
                        <<"nan">>, <<"inf">>, <<"1.5d">>, <<"0x1.8p1">>, <<"1_0.5">>]].

bad_bits() ->
    [<<131, 77, 0:32, 0>>, <<131, 77, 0:32, 3>>, <<131, 77, 0:32, 8>>, <<131, 77, 1:32, 0, 255>>,
     <<131, 77, 1:32, 1, 255>>, <<131, 77, 1:32, 3, 255>>, <<131, 77, 1:32, 8, 255>>,
     <<131, 77, 1:32, 9, 255>>, <<131, 77, 2:32, 255, 1, 2>>, <<131, 77, 1:32, 3>>,
     <<131, 109, 0:32>>, <<131, 109, 1:32>>].

bad_identifiers() ->
    N = <<100, 0, 13, "nonode@nohost">>,
    R = <<100, 0, 3, "a@b">>,
    [<<131, 103, N/binary, 9:32, 0:32, 0>>, <<131, 103, N/binary, 9:32, 0:32, 4>>,
     <<131, 103, N/binary, 16#8000:32, 0:32, 0>>, <<131, 103, N/binary, 0:32, 16#2000:32, 0>>,
     <<131, 103, R/binary, 16#FFFFFFFF:32, 16#FFFFFFFF:32, 1>>, <<131, 103, R/binary, 1:32, 1:32, 3>>,
     <<131, 88, N/binary, 16#7FFF:32, 16#1FFF:32, 0:32>>, <<131, 88, N/binary, 16#8000:32, 0:32, 0:32>>,
     <<131, 88, N/binary, 0:32, 16#2000:32, 0:32>>, <<131, 88, N/binary, 16#FFFFFFFF:32, 0:32, 1:32>>,
     <<131, 88, 97, 1, 0:32, 0:32, 0:32>>, <<131, 88, 106, 0:32, 0:32, 0:32>>,
     <<131, 88, 100, 0, 3, "abc", 0:32, 0:32, 0:32>>, <<131, 88, 82, 0, 0:32, 0:32, 0:32>>,
     <<131, 102, N/binary, 9:32, 0>>, <<131, 102, N/binary, 9:32, 4>>, <<131, 102, R/binary, 16#FFFFFFFF:32, 1>>,
     <<131, 89, N/binary, 9:32, 0:32>>, <<131, 89, N/binary, 16#10000000:32, 0:32>>,
     <<131, 89, N/binary, 16#FFFFFFF:32, 0:32>>, <<131, 89, R/binary, 16#FFFFFFFF:32, 16#FFFFFFFF:32>>,
     <<131, 120, N/binary, 16#FFFFFFF:64, 0:32>>, <<131, 120, N/binary, 16#10000000:64, 0:32>>,
     <<131, 120, N/binary, 16#FFFFFFFFFFFFFFFF:64, 0:32>>, <<131, 120, R/binary, 16#FFFFFFFFFFFFFFFF:64, 0:32>>,
     <<131, 120, R/binary, 9:64, 0:32>>, <<131, 120, N/binary, 9:64, 1:32>>,
     <<131, 101, N/binary, 7:32, 0>>, <<131, 101, N/binary, 16#40000:32, 0>>, <<131, 101, N/binary, 7:32, 4>>,
     <<131, 101, R/binary, 16#FFFFFFFF:32, 1>>,
     <<131, 114, 0:16, N/binary, 0>>, <<131, 114, 1:16, N/binary, 0, 7:32>>,
     <<131, 114, 2:16, N/binary, 0, 7:32, 8:32>>, <<131, 114, 3:16, N/binary, 0, 7:32, 8:32, 9:32>>,
     <<131, 114, 4:16, N/binary, 0, 7:32, 8:32, 9:32, 10:32>>, <<131, 114, 1:16, R/binary, 4, 7:32>>,
     %% A reference of no words: OTP 25 reads four bytes past it.
     {otp_quirk, <<131, 114, 0:16, R/binary, 1>>}, <<131, 104, 2, 114, 0:16, R/binary, 1, 97, 1>>,
     <<131, 114, 1:16, R/binary, 1, 16#3FFFF:32>>, <<131, 114, 1:16, R/binary, 1, 16#40000:32>>,
     <<131, 101, R/binary, 16#3FFFF:32, 1>>, <<131, 101, R/binary, 16#40000:32, 1>>,
     <<131, 114, 5:16, R/binary, 1, 1:32, 2:32, 3:32, 4:32, 5:32>>,
     <<131, 114, 6:16, R/binary, 1, 1:32, 2:32, 3:32, 4:32, 5:32, 6:32>>]
    ++ [zero_words_quirk(<<131, 90, W:16, Node/binary, Cre:32, (list_to_binary([<<X:32>> || X <- lists:seq(1, W)]))/binary>>)
        || Node <- [N, R], Cre <- [0, 1, 16#FFFFFFFF], W <- [0, 1, 2, 3, 4, 5, 6]]
    ++ [{otp_quirk, term_to_binary(remote_ref('a@b', 1, []))},
        term_to_binary({remote_ref('a@b', 1, []), 1}), term_to_binary([remote_ref('a@b', 1, [])])]
    ++ [<<131, 90, 3:16, N/binary, 0:32, 16#3FFFF:32, 1:32, 2:32>>,
        <<131, 90, 3:16, N/binary, 0:32, 16#40000:32, 1:32, 2:32>>,
        <<131, 90, 3:16, N/binary, 0:32, 16#FFFFFFFF:32, 16#FFFFFFFF:32, 16#FFFFFFFF:32>>].

zero_words_quirk(<<131, 90, 0:16, _/binary>> = B) -> {otp_quirk, B};
zero_words_quirk(B) -> B.

bad_funs() ->
    <<131, 112, Size:32, Arity, Uniq:16/binary, Index:32, Free:32, Rest/binary>> = term_to_binary(make_fun(7)),
    {Module, AfterModule} = split_atom(Rest),
    <<97, OldIndex, 98, OldUniq:32, PidAndEnv/binary>> = AfterModule,
    Fun = fun(Fields) ->
                  #{size := S, arity := A, index := I, free := F, module := M, old_index := OI,
                    old_uniq := OU, pid_env := PE} =
                      maps:merge(#{size => Size, arity => Arity, index => Index, free => Free,
                                   module => Module, old_index => <<97, OldIndex>>,
                                   old_uniq => <<98, OldUniq:32>>, pid_env => PidAndEnv}, Fields),
                  <<131, 112, S:32, A, Uniq/binary, I:32, F:32, M/binary, OI/binary, OU/binary, PE/binary>>
          end,
    [Fun(#{}), Fun(#{size => 0}), Fun(#{size => 16#FFFFFFFF}), Fun(#{arity => 0}), Fun(#{arity => 255}),
     Fun(#{index => 16#FFFFFFFF}), Fun(#{free => 0}), Fun(#{free => 2}),
     Fun(#{module => <<97, 1>>}), Fun(#{module => <<100, 0, 2, "ok">>}),
     Fun(#{old_index => <<98, 255, 255, 255, 255>>}), Fun(#{old_index => <<110, 5, 0, 0, 0, 0, 1>>}),
     Fun(#{old_index => <<110, 8, 0, 0, 0, 0, 0, 0, 0, 8>>}), Fun(#{old_index => <<110, 8, 255, 255, 255, 255, 255, 255, 255, 7>>}),
     Fun(#{old_index => <<110, 8, 0, 0, 0, 0, 0, 0, 0, 8>>}), Fun(#{old_index => <<100, 0, 1, "a">>}),
     Fun(#{old_uniq => <<110, 5, 0, 0, 0, 0, 1>>}), Fun(#{old_uniq => <<111, 1:32, 0, 5>>}),
     Fun(#{old_uniq => <<110, 8, 1, 0, 0, 0, 0, 0, 0, 8>>}), Fun(#{old_uniq => <<106>>}),
     %% Not a pid where the pid goes: OTP 25 crashes (segfault) on these, so EtfOracleTest
     %% checks them on the Java side only.
     Fun(#{pid_env => <<103, 100, 0, 3, "a@b", 1:32, 1:32, 1, 97, 7>>}),
     <<131, 117, 0:32, (term_to_binary_body(self()))/binary, 100, 0, 1, "m", 97, 0, 97, 1>>]
    ++ [<<131, 113, 100, 0, 1, "a", 100, 0, 1, "b", A/binary>>
        || A <- [<<97, 0>>, <<97, 255>>, <<98, 0, 0, 1, 0>>, <<98, 255, 255, 255, 255>>, <<98, 127, 255, 255, 255>>,
                 <<110, 5, 0, 0, 0, 0, 1>>, <<110, 1, 0, 1>>, <<110, 1, 1, 1>>,
                 <<100, 0, 1, "b">>, <<106>>, <<70, 0:64>>, <<>>]]
    %% OTP takes arities up to 2^32-1; an ExportFun's arity is an int.
    ++ [{otp_quirk, <<131, 113, 100, 0, 1, "a", 100, 0, 1, "b", 110, 4, 0, 0, 0, 0, 128>>}]
    ++ [<<131, 113, 97, 1, 100, 0, 1, "b", 97, 1>>, <<131, 113, 100, 0, 1, "a", 107, 0, 1, "b", 97, 1>>,
        <<131, 113, 119, 1, "a", 118, 0, 1, "b", 97, 1>>].

split_atom(<<100, Len:16, Name:Len/binary, Rest/binary>>) -> {<<100, Len:16, Name/binary>>, Rest};
split_atom(<<119, Len, Name:Len/binary, Rest/binary>>) -> {<<119, Len, Name/binary>>, Rest}.

term_to_binary_body(T) ->
    <<131, Body/binary>> = term_to_binary(T),
    Body.

bad_maps() ->
    Pairs = fun(Ks) -> << <<97, K, 97, 0>> || K <- Ks >> end,
    [<<131, 116, 2:32, 97, 1, 97, 1, 97, 1, 97, 2>>, <<131, 116, 2:32, 97, 2, 97, 1, 97, 1, 97, 2>>,
     <<131, 116, 1:32, 97, 1>>, <<131, 116, 0:32>>,
     <<131, 116, 33:32, (Pairs([1 | lists:seq(1, 32)]))/binary>>,
     <<131, 116, 33:32, (Pairs(lists:seq(33, 1, -1)))/binary>>,
     <<131, 116, 40:32, (Pairs(lists:seq(1, 39) ++ [20]))/binary>>,
     <<131, 116, 2:32, 97, 1, 97, 0, 70, 1.0:64/float, 97, 0>>,
     <<131, 116, 2:32, 70, 0.0:64/float, 97, 0, 70, -0.0:64/float, 97, 0>>,
     <<131, 116, 2:32, 97, 1, 97, 0, 110, 1, 0, 1, 97, 0>>].

bad_compression() ->
    Z = fun(B) -> zlib:compress(B) end,
    Good = Z(<<97, 1>>),
    GoodLen = byte_size(Good),
    <<GoodBody:(GoodLen - 4)/binary, Adler:32>> = Good,
    [<<131, 80, 2:32, Good/binary>>, <<131, 80, 1:32, Good/binary>>, <<131, 80, 3:32, Good/binary>>,
     <<131, 80, 3:32, (Z(<<97, 1, 0>>))/binary>>, <<131, 80, 2:32, Good/binary, 0>>,
     <<131, 80, 2:32, Good/binary, 1, 2, 3, 4, 5>>, <<131, 80, 3:32, (Z(<<80, 97, 1>>))/binary>>,
     <<131, 80, 0:32, (Z(<<>>))/binary>>, <<131, 80, 2:32, GoodBody/binary, (Adler bxor 1):32>>,
     <<131, 80, 2:32, GoodBody/binary>>, <<131, 80, 2:32>>, <<131, 80, 2:32, 0>>,
     <<131, 80, 2:32, 120>>, <<131, 80, 2:32, 0, 0, 0, 0>>, <<131, 80, 0:32>>,
     <<131, 80, 7:32, (Z(<<131, 97, 1, 0, 0, 0, 0>>))/binary>>,
     <<131, 80, 2:32, (zlib:zip(<<97, 1>>))/binary>>, <<131, 80, 2:32, (zlib:gzip(<<97, 1>>))/binary>>,
     <<131, 80, 6:32, (Z(<<108, 0:32, 106>>))/binary>>, <<131, 80, 10:32, (Z(<<108, 1:32, 97, 1, 106, 9, 9, 9>>))/binary>>]
    ++ [<<131, 80, 1000000:32, (Z(binary:copy(<<0>>, 1000000)))/binary>>,
        <<131, 80, 1000001:32, (Z(<<107, 65535:16, (binary:copy(<<0>>, 999998))/binary>>))/binary>>].

trailing() ->
    [<<131, 97, 1, 0>>, <<131, 97, 1, 131, 97, 1>>, <<131, 106, 106>>, <<131, 104, 0, 1, 2, 3>>,
     <<131, 108, 0:32, 97, 1>>, <<131, 108, 0:32, 106>>, <<131, 108, 1:32, 107, 0, 1, 5, 106>>,
     <<131, 107, 0:16>>, <<131, 105, 1:32, 97, 1>>, <<131, 109, 0:32, 0>>].
