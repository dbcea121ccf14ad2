-module(ets_concurrency).
-export([main/0]).

%% Many processes on a public table at once: disjoint inserts, shared counters, insert_new races,
%% takes that hand out each object once, readers during writes, select_delete and
%% delete_all_objects against writers, and owners exiting while others use their tables.

main() ->
    Me = self(),
    N = 16,
    [run(Type, N, Me) || Type <- [set, ordered_set, bag, duplicate_bag]],
    %% take/2 hands each object to exactly one process
    Q = ets:new(queue, [public, ordered_set]),
    ets:insert(Q, [{I, job} || I <- lists:seq(1, 2000)]),
    Takers = [spawn_link(fun() -> Me ! {taken, self(), take_all(Q, 1, [])} end) || _ <- lists:seq(1, 8)],
    Taken = lists:append([receive {taken, P, L} -> L end || P <- Takers]),
    p(take_each_once, {length(Taken), length(lists:usort(Taken)), ets:info(Q, size)}),
    %% insert_new: one winner per key
    R = ets:new(race, [public, set]),
    Racers = [spawn_link(fun() ->
                  Wins = length([K || K <- lists:seq(1, 500), ets:insert_new(R, {K, self()})]),
                  Me ! {wins, self(), Wins}
              end) || _ <- lists:seq(1, 8)],
    p(insert_new_wins, lists:sum([receive {wins, P, W} -> W end || P <- Racers])),
    %% readers see whole list inserts only
    L = ets:new(lists, [public, set]),
    ets:insert(L, [{a, 0}, {b, 0}]),
    Writer = spawn_link(fun() ->
                 [ets:insert(L, [{a, I}, {b, I}]) || I <- lists:seq(1, 1000)],
                 Me ! {writer_done, self()}
             end),
    Readers = [spawn_link(fun() -> Me ! {reader, self(), read_pairs(L, Writer, 0)} end) || _ <- lists:seq(1, 2)],
    receive {writer_done, Writer} -> ok end,
    p(readers_consistent, lists:usort([receive {reader, P, Ok} -> Ok end || P <- Readers])),
    %% an owner exits while others write to its table: they see badarg, nothing else
    {Owner, ORef} = spawn_monitor(fun() ->
        T = ets:new(owned, [public]),
        Me ! {table, T},
        receive stop -> ok end
    end),
    OT = receive {table, T0} -> T0 end,
    Writers = [spawn_link(fun() -> Me ! {wrote, self(), write_until_gone(OT, 0)} end) || _ <- lists:seq(1, 2)],
    timer:sleep(5),
    Owner ! stop,
    receive {'DOWN', ORef, process, Owner, normal} -> ok end,
    p(writers_saw_table_go, lists:usort([receive {wrote, P, Res} -> Res end || P <- Writers])),
    p(table_gone, ets:info(OT)),
    ok.

run(Type, N, Me) ->
    T = ets:new(t, [Type, public, {write_concurrency, true}, {read_concurrency, true}]),
    Pids = [spawn_link(fun() ->
                [ets:insert(T, {{I, K}, I, K}) || K <- lists:seq(1, 200)],
                [ets:insert(T, {shared, I}) || Type =:= bag orelse Type =:= duplicate_bag],
                Me ! {done, self()}
            end) || I <- lists:seq(1, N)],
    [receive {done, P} -> ok end || P <- Pids],
    p({Type, size}, ets:info(T, size)),
    p({Type, count_even}, ets:select_count(T, [{{'_', '$1', '_'}, [{'=:=', {'rem', '$1', 2}, 0}], [true]}])),
    p({Type, shared}, length(ets:lookup(T, shared))),
    %% concurrent deleters and inserters on disjoint keys
    Pids2 = [spawn_link(fun() ->
                 Deleted = ets:select_delete(T, [{{{I, '_'}, '_', '_'}, [], [true]}]),
                 [ets:insert(T, {{new, I, K}}) || K <- lists:seq(1, 50)],
                 Me ! {deleted, self(), Deleted}
             end) || I <- lists:seq(1, N)],
    p({Type, deleted}, lists:sum([receive {deleted, P, D} -> D end || P <- Pids2])),
    p({Type, size_after}, ets:info(T, size)),
    p({Type, delete_all}, ets:delete_all_objects(T)),
    p({Type, empty}, ets:info(T, size)),
    ets:delete(T).

take_all(_Q, K, Acc) when K > 2000 -> Acc;
take_all(Q, K, Acc) ->
    case ets:take(Q, K) of
        [{K, job}] -> take_all(Q, K + 1, [K | Acc]);
        [] -> take_all(Q, K + 1, Acc)
    end.

read_pairs(L, Writer, Bad) ->
    case is_process_alive(Writer) of
        false ->
            Bad =:= 0;
        true ->
            [{a, A}] = ets:lookup(L, a),
            [{b, B}] = ets:lookup(L, b),
            read_pairs(L, Writer, if B >= A -> Bad; true -> Bad + 1 end)
    end.

write_until_gone(T, N) ->
    try ets:insert(T, {N rem 64, N}) of
        true -> write_until_gone(T, N + 1)
    catch
        error:badarg -> table_gone
    end.

p(Label, Value) ->
    io:format("~p: ~p~n", [Label, Value]).
