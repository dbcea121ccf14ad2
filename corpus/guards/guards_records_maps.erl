-module(guards_records_maps).
-export([main/0, id/1]).

-record(acct, {id, balance = 0, status = open}).

id(X) -> X.

%% Guards over records (field access, is_record), maps (map_get, is_map_key, map_size),
%% binaries (byte_size, binary_part) and tuples combined with orelse/andalso/;.
main() ->
    Inputs = [#acct{id = 1, balance = 100}, #acct{id = 2, balance = -5}, #acct{id = 3, status = closed},
              #{kind => acct, balance => 50}, #{kind => other}, #{}, <<"OK:1">>, <<"ERR">>, <<>>,
              {acct, 9}, {point, 1, 2}, [#acct{}], 42],
    [io:format("~p: ~p~n", [I, classify(id(I))]) || I <- Inputs],
    io:format("withdraw: ~p~n", [[withdraw(id(A), id(N)) || {A, N} <- [{#acct{balance = 10}, 5}, {#acct{balance = 10}, 50},
                                                                      {#acct{status = closed, balance = 99}, 1}, {#acct{}, -1}]]]),
    ok.

classify(#acct{status = closed}) -> closed_account;
classify(A) when is_record(A, acct), A#acct.balance < 0 -> overdrawn;
classify(A) when is_record(A, acct), A#acct.balance >= 100 -> rich;
classify(A) when is_record(A, acct) -> plain_account;
classify(M) when is_map(M), map_get(kind, M) =:= acct, map_get(balance, M) > 0 -> map_account;
classify(M) when is_map_key(kind, M) -> {map_kind, map_get(kind, M)};
classify(M) when map_size(M) =:= 0 -> empty_map;
classify(B) when byte_size(B) > 2, binary_part(B, 0, 3) =:= <<"OK:">> -> ok_bin;
classify(B) when is_binary(B), (byte_size(B) =:= 3 orelse byte_size(B) =:= 0) -> short_bin;
classify(T) when tuple_size(T) =:= 2; element(1, T) =:= point -> small_or_point;
classify([H | _]) when is_record(H, acct) -> list_of_accounts;
classify(_) -> other.

withdraw(A = #acct{balance = B, status = open}, N) when N > 0, N =< B -> {ok, A#acct{balance = B - N}};
withdraw(#acct{status = open}, N) when N > 0 -> insufficient;
withdraw(#acct{status = S}, _) when S =/= open -> {not_open, S};
withdraw(_, _) -> bad_amount.
