%% The code server of a jbeamjit node: what OTP's code_server does for the `code'
%% functions that load, delete and purge. It serialises those requests, as OTP's does,
%% and runs -on_load functions in a process of their own, holding every request for
%% a module until its on_load function has returned. Purging is OTP's own
%% erts_code_purger. The VM binds code:load_file/1, ensure_loaded/1, load_binary/3,
%% delete/1, purge/1, soft_purge/1 and get_object_code/1 to the functions below, and
%% calls undefined_function/3 for a call to a module whose load must run its on_load
%% function first (OTP's error_handler does that job there).
-module(jbeamjit_code_server).

-export([init/0]).
-export([load_file/1, ensure_loaded/1, load_binary/3, delete/1, purge/1, soft_purge/1,
         get_object_code/1, undefined_function/3]).
-export([run_on_load/1, report/3, report_text/2]).
-export([reload/2]).

%% A module whose on_load function runs: the runner process, its monitor, and the
%% requests that wait for it ({result, From} for the request that loaded it).
-record(on_load, {runner, monitor, module, waiting = []}).

%% ---------------------------------------------------------------------------
%% The server

%% The server's process, started by the VM (one per node). The server makes no funs:
%% it runs for as long as the node, whatever versions of this module come and go.
init() ->
    try register(?MODULE, self()) of
        true -> loop([])
    catch
        error:badarg -> already_running
    end.

loop(OnLoads) ->
    receive
        {?MODULE, From, Request} ->
            loop(handle(Request, From, OnLoads));
        {'DOWN', Monitor, process, Runner, Result} ->
            loop(on_load_done(Runner, Monitor, Result, OnLoads));
        _ ->
            loop(OnLoads)
    end.

%% A request for a module whose on_load function runs waits for it, unless it comes
%% from that very function: its caller would wait for itself (OTP answers the same).
handle(Request, From, OnLoads) ->
    Module = element(2, Request),
    case lists:keyfind(Module, #on_load.module, OnLoads) of
        #on_load{runner = Runner} when element(1, From) =:= Runner ->
            reply(From, {error, deadlock}),
            OnLoads;
        #on_load{waiting = Waiting} = L ->
            lists:keyreplace(Module, #on_load.module, OnLoads,
                             L#on_load{waiting = [{Request, From} | Waiting]});
        false ->
            do(Request, From, OnLoads)
    end.

do({ensure_loaded, Module}, From, OnLoads) ->
    case erlang:module_loaded(Module) of
        true -> reply(From, {module, Module}), OnLoads;
        false -> do({load_file, Module}, From, OnLoads)
    end;
do({load_file, Module}, From, OnLoads) ->
    case read_object_file(Module) of
        {ok, Binary, File} -> try_load(Module, File, Binary, From, OnLoads);
        error -> reply(From, {error, nofile}), OnLoads
    end;
do({load_binary, Module, File, Binary}, From, OnLoads) ->
    %% As OTP: loading a binary over a loaded module purges its old version first.
    _ = erlang:module_loaded(Module) andalso erts_code_purger:purge(Module),
    try_load(Module, File, Binary, From, OnLoads);
do({load_new, Module, File, Binary}, From, OnLoads) ->
    %% As load_binary, but an old version must have been purged already: not_purged.
    try_load(Module, File, Binary, From, OnLoads);
do({delete, Module}, From, OnLoads) ->
    reply(From, (catch erlang:delete_module(Module)) =:= true),
    OnLoads;
do({purge, Module}, From, OnLoads) ->
    {_WasOld, DidKill} = erts_code_purger:purge(Module),
    reply(From, DidKill),
    OnLoads;
do({soft_purge, Module}, From, OnLoads) ->
    reply(From, erts_code_purger:soft_purge(Module)),
    OnLoads.

try_load(Module, File, Binary, From, OnLoads) ->
    case jbeamjit_code:load_binary(Module, File, Binary) of
        {module, Module} = Loaded ->
            reply(From, Loaded),
            OnLoads;
        {error, on_load} ->
            {Runner, Monitor} = spawn_monitor(?MODULE, run_on_load, [Module]),
            [#on_load{runner = Runner, monitor = Monitor, module = Module,
                      waiting = [{result, From}]} | OnLoads];
        {error, What} = Error ->
            report(error, "Loading of ~ts failed: ~p~n", [File, What]),
            reply(From, Error),
            OnLoads
    end.

%% The on_load function's process: its exit reason is what the function returned (or
%% the error it raised, after the crash report of the process).
run_on_load(Module) ->
    exit(erlang:call_on_load_function(Module)).

on_load_done(Runner, Monitor, Result, OnLoads) ->
    case lists:keytake(Monitor, #on_load.monitor, OnLoads) of
        {value, #on_load{runner = Runner, module = Module, waiting = Waiting}, Rest} ->
            Keep = Result =:= ok,
            erts_code_purger:finish_after_on_load(Module, Keep),
            Outcome = case Keep of
                          true -> {module, Module};
                          false -> on_load_failed(Module, Result)
                      end,
            answer(lists:reverse(Waiting), Outcome, Rest);
        false ->
            OnLoads
    end.

%% The request that loaded the module gets the outcome; the others run now.
answer([{result, From} | Waiting], Outcome, OnLoads) ->
    reply(From, Outcome),
    answer(Waiting, Outcome, OnLoads);
answer([{Request, From} | Waiting], Outcome, OnLoads) ->
    answer(Waiting, Outcome, handle(Request, From, OnLoads));
answer([], _, OnLoads) ->
    OnLoads.

on_load_failed(_Module, Result) when is_atom(Result) ->
    {error, on_load_failure};
on_load_failed(Module, Result) ->
    report(warning, "The on_load function for module ~s returned:~n~P\n", [Module, Result, 10]),
    {error, on_load_failure}.

reply({Pid, Ref}, Reply) ->
    Pid ! {Ref, Reply}.

read_object_file(Module) ->
    case jbeamjit_code:object_code(Module) of
        {Module, Binary, File} -> {ok, Binary, File};
        error -> error
    end.

%% ---------------------------------------------------------------------------
%% The code functions, in the calling process

load_file(Module) when is_atom(Module) -> call({load_file, Module}).

ensure_loaded(Module) when is_atom(Module) ->
    case erlang:module_loaded(Module) of
        true -> {module, Module};
        false -> call({ensure_loaded, Module})
    end.

load_binary(Module, File, Binary)
  when is_atom(Module), is_list(File) orelse is_atom(File), is_binary(Binary) ->
    call({load_binary, Module, File, Binary}).

delete(Module) when is_atom(Module) -> call({delete, Module}).

purge(Module) when is_atom(Module) -> call({purge, Module}).

soft_purge(Module) when is_atom(Module) -> call({soft_purge, Module}).

get_object_code(Module) when is_atom(Module) ->
    jbeamjit_code:object_code(Module).

%% A call to Module:Function(Args...) while Module is not loaded and its load runs
%% an on_load function: wait for the load, then call, or fail as OTP's error_handler.
undefined_function(Module, Function, Args) ->
    case call({ensure_loaded, Module}) of
        {module, Module} ->
            case erlang:function_exported(Module, Function, length(Args)) of
                true -> apply(Module, Function, Args);
                false -> undef({Module, Function, Args, []})
            end;
        _ ->
            undef({Module, Function, Args, []})
    end.

undef(Frame) ->
    try erlang:error(undef)
    catch
        error:undef:Stack -> erlang:raise(error, undef, [Frame | tl(Stack)])
    end.

call(Request) ->
    Ref = erlang:monitor(process, ?MODULE),
    ?MODULE ! {?MODULE, {self(), Ref}, Request},
    receive
        {Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, process, _, Reason} ->
            exit({?MODULE, Reason})
    end.

%% ---------------------------------------------------------------------------
%% A reload asked from outside the node (`jbeamjit reload'), run in a process of its own

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
    case jbeamjit_code:object_code(Module) of
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
            case call({load_new, Module, File, Binary}) of
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
            call({purge, Module}),
            Running;
        true ->
            case call({soft_purge, Module}) of
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
                [line("  purged the old version", []) || Purge andalso call({soft_purge, Module})];
        {true, Running} when Purge ->
            call({purge, Module}),
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

%% ---------------------------------------------------------------------------
%% Reports, printed as the logger of `erl -noshell' prints them

report(Kind, Format, Args) ->
    report_text(Kind, io_lib:format(Format, Args)).

report_text(Kind, Text) ->
    Head = case Kind of
               error -> "ERROR";
               warning -> "WARNING"
           end,
    io:put_chars(user, ["=", Head, " REPORT==== ", timestamp(), " ===\n", Text, "\n"]).

timestamp() ->
    Micros = erlang:system_time(microsecond),
    {{Y, Mo, D}, {H, Mi, S}} =
        calendar:system_time_to_local_time(Micros div 1000000, second),
    Month = element(Mo, {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}),
    io_lib:format("~w-~s-~4..0w::~2..0w:~2..0w:~2..0w.~6..0w",
                  [D, Month, Y, H, Mi, S, Micros rem 1000000]).
