-module(processes_gen_server).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).

%% A counter server: OTP's gen_server, proc_lib and gen running on the process primitives.
init(Start) ->
    process_flag(trap_exit, true),
    {ok, #{count => Start, log => []}}.

handle_call(get, _From, S = #{count := C}) -> {reply, C, S};
handle_call({add, N}, _From, S = #{count := C}) -> {reply, ok, S#{count := C + N}};
handle_call(slow, From, S) -> spawn(fun() -> timer:sleep(50), gen_server:reply(From, late_reply) end), {noreply, S};
handle_call(sleep, _From, S) -> timer:sleep(120), {reply, woke, S};
handle_call(stop_me, _From, S) -> {stop, normal, stopping, S};
handle_call(Other, _From, S) -> {reply, {unknown, Other}, S}.

handle_cast({add, N}, S = #{count := C}) -> {noreply, S#{count := C + N}};
handle_cast(_Msg, S) -> {noreply, S}.

handle_info(Info, S = #{log := L}) -> {noreply, S#{log := [Info | L]}}.

terminate(Reason, #{count := C}) ->
    case whereis(pgs_observer) of
        undefined -> ok;
        Obs -> Obs ! {terminated, Reason, C}
    end.

code_change(_Old, S, _Extra) -> {ok, S}.

main() ->
    register(pgs_observer, self()),
    {ok, Pid} = gen_server:start_link({local, pgs_counter}, ?MODULE, 10, []),
    io:format("started: ~p~n", [is_pid(Pid) andalso whereis(pgs_counter) =:= Pid]),
    io:format("get: ~p~n", [gen_server:call(pgs_counter, get)]),
    io:format("add: ~p~n", [gen_server:call(pgs_counter, {add, 5})]),
    ok = gen_server:cast(pgs_counter, {add, 100}),
    io:format("after cast: ~p~n", [gen_server:call(Pid, get)]),
    pgs_counter ! hello_info,
    io:format("deferred reply: ~p~n", [gen_server:call(pgs_counter, slow)]),
    io:format("unknown: ~p~n", [gen_server:call(pgs_counter, {what, ever})]),
    io:format("timeout: ~p~n", [catch gen_server:call(pgs_counter, sleep, 50)]),
    timer:sleep(150),
    io:format("late reply dropped: ~p~n", [receive M -> M after 100 -> none end]),
    io:format("still works: ~p~n", [gen_server:call(pgs_counter, get)]),
    io:format("state log: ~p~n", [maps:get(log, sys:get_state(pgs_counter))]),
    io:format("stop_me: ~p~n", [gen_server:call(pgs_counter, stop_me)]),
    io:format("terminate: ~p~n", [receive {terminated, R, C} -> {R, C} after 2000 -> timeout end]),
    io:format("exit of linked server: ~p~n", [receive {'EXIT', Pid, Why} -> Why after 2000 -> none end]),
    io:format("call to nobody: ~p~n", [catch gen_server:call(pgs_counter, get)]),
    {ok, P2} = gen_server:start(?MODULE, 0, []),
    io:format("stop: ~p~n", [gen_server:stop(P2)]),
    io:format("terminate on stop: ~p~n", [receive {terminated, R2, C2} -> {R2, C2} after 2000 -> timeout end]),
    io:format("call to dead pid: ~p~n", [case catch gen_server:call(P2, get) of
                                            {'EXIT', {noproc, {gen_server, call, [P2, get]}}} -> noproc;
                                            Other -> Other
                                        end]),
    unregister(pgs_observer),
    ok.
