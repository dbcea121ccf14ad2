%% The BIF audit: which of erl's BIFs jbeamjit lacks.
%%
%% `erl -noshell -s bif_audit list DIR -s init stop` writes DIR/bif_audit_data.erl, whose
%% builtins/0 returns every {M,F,A} that erl's erlang:is_builtin/3 reports for the exports of the
%% modules erl has loaded, plus the BIFs issue 3 names, each with whether it is a BIF on erl.
%% Compiled, and run on jbeamjit, `bif_audit:main/0` prints those jbeamjit lacks: a BIF of erl's
%% that jbeamjit's is_builtin/3 does not know, or a function issue 3 names that OTP writes in
%% Erlang (erlang.beam's convert_time_unit/3, ...) and that is not exported once its module is
%% loaded. bif_audit.sh does both.
-module(bif_audit).
-export([list/1, main/0]).

list([Dir]) ->
    Extra = [lists, maps, binary, math, unicode, string, os, persistent_term, atomics,
             counters, ets, re, file, prim_file],
    [code:ensure_loaded(M) || M <- Extra],
    Mods = lists:usort([M || {M, _} <- code:all_loaded()]),
    Builtins = [{M, F, A} || M <- Mods, {F, A} <- M:module_info(exports), erlang:is_builtin(M, F, A)],
    All = [{M, F, A, erlang:is_builtin(M, F, A)} || {M, F, A} <- lists:usort(Builtins ++ named())],
    Source = io_lib:format("-module(bif_audit_data).~n-export([builtins/0]).~nbuiltins() ->~n~p.~n", [All]),
    ok = file:write_file(filename:join(atom_to_list(Dir), "bif_audit_data.erl"), Source).

main() ->
    Builtins = bif_audit_data:builtins(),
    Missing = [{M, F, A} || {M, F, A, Bif} <- Builtins, not present(M, F, A, Bif)],
    io:format("~b BIFs on erl (plus those issue 3 names), ~b missing on jbeamjit~n",
              [length(Builtins), length(Missing)]),
    Named = named(),
    [io:format("~s~p:~p/~b~n", [mark(MFA, Named), M, F, A]) || {M, F, A} = MFA <- Missing],
    ok.

present(M, F, A, true) ->
    erlang:is_builtin(M, F, A);
present(M, F, A, false) ->
    code:ensure_loaded(M),
    erlang:function_exported(M, F, A).

mark(MFA, Named) ->
    case lists:member(MFA, Named) of
        true -> "NAMED ";
        false -> "      "
    end.

%% The erlang BIFs issue 3 and its brief name, as {M,F,A}.
named() ->
    [{erlang, F, A} || {F, A} <-
        [{monotonic_time, 0}, {monotonic_time, 1}, {system_time, 0}, {system_time, 1},
         {time_offset, 0}, {time_offset, 1}, {convert_time_unit, 3}, {timestamp, 0},
         {unique_integer, 0}, {unique_integer, 1}, {date, 0}, {time, 0}, {localtime, 0},
         {universaltime, 0}, {localtime_to_universaltime, 1}, {localtime_to_universaltime, 2},
         {universaltime_to_localtime, 1}, {md5_init, 0}, {md5_update, 2}, {md5_final, 1},
         {md5, 1}, {crc32, 1}, {crc32, 2}, {adler32, 1}, {adler32, 2},
         {iolist_to_iovec, 1}, {external_size, 1}, {external_size, 2}, {delete_element, 2},
         {insert_element, 3}, {system_info, 1}, {is_builtin, 3}, {function_exported, 3},
         {module_loaded, 1}, {get_module_info, 1}, {get_module_info, 2}, {display, 1},
         {make_ref, 0}, {phash2, 1}, {phash2, 2}, {term_to_binary, 1}, {term_to_binary, 2},
         {binary_to_term, 1}, {binary_to_term, 2}, {element, 2}, {setelement, 3},
         {make_tuple, 2}, {make_tuple, 3}, {append_element, 2}, {tuple_size, 1},
         {tuple_to_list, 1}, {list_to_tuple, 1}, {length, 1}, {hd, 1}, {tl, 1}, {abs, 1},
         {trunc, 1}, {round, 1}, {floor, 1}, {ceil, 1}, {float, 1}, {min, 2}, {max, 2},
         {float_to_list, 1}, {float_to_list, 2}, {float_to_binary, 1}, {float_to_binary, 2},
         {iolist_to_binary, 1}, {iolist_size, 1}, {list_to_binary, 1}, {binary_to_list, 1},
         {binary_to_list, 3}, {split_binary, 2}, {binary_part, 2}, {binary_part, 3},
         {bit_size, 1}, {byte_size, 1}, {apply, 2}, {apply, 3}, {error, 1}, {error, 2},
         {error, 3}, {exit, 1}, {throw, 1}, {raise, 3}]] ++
    [{lists, reverse, 2}, {lists, keyfind, 3}, {lists, keymember, 3}, {lists, keysearch, 3},
     {lists, member, 2}].
