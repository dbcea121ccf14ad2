%% The code server of a `jbeamjit run' node (a node that boots OTP has OTP's own):
%% what OTP's code_server does for the `code' functions that load, delete and purge.
%% It serialises those requests, as OTP's does,
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
