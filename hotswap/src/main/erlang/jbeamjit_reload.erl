%% A reload asked from outside the node (`jbeamjit reload'), run in a process of its
%% own. It uses only the `code' module, so the same code serves both kinds of node: in a
%% node that booted OTP, `code' is OTP's and its code server is OTP's code_server; in a
%% `jbeamjit run' node, the VM binds code's loading functions to jbeamjit_code_server.
%% The VM loads this module itself (it is on no node's code path).
-module(jbeamjit_reload).

-export([reload/2]).

%% For each {Module, File, Binary} (Binary `path': the module's object file on the
%% node's code path), loads the new version and tells what changed and how many
%% processes still run the old one; with Purge, purges it (killing them). An old
%% version left from an earlier reload is soft-purged first, or purged with Purge.
%% Returns {AllLoaded, ReportLines}.
reload(Specs, Purge) ->
    reload(Specs, Purge, true, []).

reload([Spec | Specs], Purge, AllLoaded, Lines) ->
    {Loaded, More} = reload_one(Spec, Purge),
    reload(Specs, Purge, AllLoaded andalso Loaded, Lines ++ More);
reload([], _, AllLoaded, Lines) ->
    {AllLoaded, Lines}.

reload_one({Module, _File, path}, Purge) ->
    case code:get_object_code(Module) of
        {Module, Binary, Found} -> reload_one({Module, Found, Binary}, Purge);
        error -> {false, [line("~s: no ~s.beam on the node's code path", [Module, Module])]}
    end;
reload_one({Module, File, Binary}, Purge) ->
    Before = describe(Module),
    case make_room(Module, Purge) of
        {refused, Running} ->
            {false, [line("~s: not loaded: the version before the current one is still run by ~s"
                          " (reload with --purge to kill them)", [Module, processes(Running)])]};
        Killed ->
            Room = [line("  purged the version before: ~s killed", [processes(Killed)]) || Killed > 0],
            %% make_room left no old version, so load_binary's own purge of one has
            %% nothing to do: the current version becomes the old one.
            case code:load_binary(Module, File, Binary) of
                {module, Module} ->
                    Loaded = line("~s: ~s -> ~s", [Module, Before, describe(Module)]),
                    {true, [Loaded | Room] ++ after_load(Module, Purge)};
                {error, Reason} ->
                    {false, Room ++ [line("~s: not loaded: ~p", [Module, Reason])]}
            end
    end.

%% Makes the module ready for a new version: its old version, if any, must go first.
%% Returns how many processes that killed, or {refused, Running}.
make_room(Module, Purge) ->
    case erlang:check_old_code(Module) of
        false ->
            0;
        true when Purge ->
            Running = old_code_processes(Module),
            code:purge(Module),
            Running;
        true ->
            case code:soft_purge(Module) of
                true -> 0;
                false -> {refused, old_code_processes(Module)}
            end
    end.

after_load(Module, Purge) ->
    case {erlang:check_old_code(Module), old_code_processes(Module)} of
        {false, _} ->
            [];
        {true, 0} ->
            [line("  no process runs the old version", [])] ++
                [line("  purged the old version", []) || Purge andalso code:soft_purge(Module)];
        {true, Running} when Purge ->
            code:purge(Module),
            [line("  purged the old version: ~s killed", [processes(Running)])];
        {true, Running} ->
            [line("  the old version is still run by ~s: each moves to the new one at its next"
                  " fully qualified call (reload with --purge to kill them)", [processes(Running)])]
    end.

%% How many processes run the old version: a check_process_code request to each, all
%% at once, then their answers.
old_code_processes(Module) ->
    Tag = make_ref(),
    Pids = erlang:processes() -- [self()],
    [erlang:check_process_code(Pid, Module, [{async, {Tag, Pid}}]) || Pid <- Pids],
    count_old(Tag, length(Pids), 0).

count_old(_, 0, Running) ->
    Running;
count_old(Tag, Waiting, Running) ->
    receive
        {check_process_code, {Tag, _}, true} -> count_old(Tag, Waiting - 1, Running + 1);
        {check_process_code, {Tag, _}, false} -> count_old(Tag, Waiting - 1, Running)
    end.

describe(Module) ->
    case erlang:module_loaded(Module) of
        false ->
            "not loaded";
        true ->
            Vsn = proplists:get_value(vsn, Module:module_info(attributes)),
            Md5 = [io_lib:format("~2.16.0b", [B]) || <<B>> <= Module:module_info(md5)],
            io_lib:format("vsn ~s md5 ~s", [vsn(Vsn), Md5])
    end.

vsn([V]) when is_integer(V); is_atom(V) -> io_lib:format("~w", [V]);
vsn(V) -> io_lib:format("~0p", [V]).

processes(1) -> "1 process";
processes(N) -> io_lib:format("~b processes", [N]).

line(Format, Args) ->
    unicode:characters_to_binary(io_lib:format(Format, Args)).
