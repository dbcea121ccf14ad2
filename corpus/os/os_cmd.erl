%% os:cmd/1,2 (through a spawn port running /bin/sh), and the os module's other functions whose
%% results do not depend on the machine: type, environment variables, set_signal, the clocks'
%% shapes, find_executable.
-module(os_cmd).
-export([main/0]).

main() ->
    commands(),
    environment(),
    misc().

show(Label, Value) -> io:format("~s: ~p~n", [Label, Value]).

try_(F) -> try F() catch C:R -> {C, R} end.

commands() ->
    show("echo", os:cmd("echo hi")),
    show("no newline", os:cmd("printf 'a\\nb'")),
    show("nothing", os:cmd("true")),
    show("exit status ignored", os:cmd("echo before; exit 3")),
    show("stderr too", os:cmd("echo to stderr >&2")),
    show("pipeline", os:cmd("printf 'c\\nb\\na\\n' | sort")),
    show("command with a comment", os:cmd("echo visible # a comment")),
    show("atom command", os:cmd('echo atom')),
    show("deep list command", os:cmd(["ec", [$h, "o"], " deep"])),
    show("trailing NULs", os:cmd("echo nul" ++ [0, 0])),
    show("utf-8 output", os:cmd("printf '\\303\\245\\303\\244'")),
    show("not utf-8 output", os:cmd("printf '\\377\\376'")),
    show("stdin is closed", os:cmd("cat")),
    show("large output", begin Out = os:cmd("seq 1 30000"), {length(Out), lists:sublist(Out, 12)} end),
    show("max_size", os:cmd("echo 1; echo 2; echo 3", #{max_size => 3})),
    show("max_size 0", os:cmd("echo 1", #{max_size => 0})),
    show("max_size infinity", os:cmd("echo all", #{max_size => infinity})),
    show("empty options", os:cmd("echo opts", #{})),
    show("background job", os:cmd("(sleep 0.2 &) ; echo returned")),
    show("working directory", begin
                                  {ok, Cwd} = file:get_cwd(),
                                  ok = file:set_cwd("/tmp"),
                                  R = os:cmd("pwd"),
                                  ok = file:set_cwd(Cwd),
                                  R
                              end),
    show("bad command", try_(fun() -> os:cmd(42) end)),
    show("bad command list", try_(fun() -> os:cmd([a]) end)),
    show("NUL inside", try_(fun() -> os:cmd("echo a" ++ [0] ++ "b") end)),
    show("bad options", try_(fun() -> os:cmd("echo", [max_size]) end)),
    show("no ports left", [P || P <- erlang:ports(), erlang:port_info(P, name) =:= {name, "/bin/sh -s unix:cmd"}]).

environment() ->
    show("putenv", os:putenv("JB_OS_CMD_VAR", "some value")),
    show("getenv", os:getenv("JB_OS_CMD_VAR")),
    show("seen by a command", os:cmd("echo $JB_OS_CMD_VAR")),
    show("in env/0", lists:member({"JB_OS_CMD_VAR", "some value"}, os:env())),
    show("putenv unicode", os:putenv("JB_OS_CMD_U", [16#3b1, 16#3b2])),
    show("getenv unicode", os:getenv("JB_OS_CMD_U")),
    show("unsetenv", os:unsetenv("JB_OS_CMD_VAR")),
    show("gone", os:getenv("JB_OS_CMD_VAR")),
    show("gone for commands", os:cmd("echo ${JB_OS_CMD_VAR:-unset}")),
    os:unsetenv("JB_OS_CMD_U"),
    show("getenv/2 default", os:getenv("JB_OS_CMD_NONE", "default")),
    show("getenv/2 set", begin os:putenv("JB_OS_CMD_2", "set"), R = os:getenv("JB_OS_CMD_2", "default"), os:unsetenv("JB_OS_CMD_2"), R end),
    show("putenv empty value", begin os:putenv("JB_OS_CMD_E", ""), R2 = os:getenv("JB_OS_CMD_E"), os:unsetenv("JB_OS_CMD_E"), R2 end),
    show("putenv bad name", try_(fun() -> os:putenv("A=B", "x") end)),
    show("putenv bad value", try_(fun() -> os:putenv("JB_OS_CMD_X", [a]) end)),
    show("getenv bad name", try_(fun() -> os:getenv(42) end)),
    show("unsetenv bad name", try_(fun() -> os:unsetenv(atom) end)).

misc() ->
    show("type", os:type()),
    show("version is a triple", tuple_size(os:version())),
    show("timestamp shape", case os:timestamp() of {A, B, C} when is_integer(A), is_integer(B), is_integer(C) -> ok end),
    show("system_time", is_integer(os:system_time())),
    show("system_time second vs millisecond", abs(os:system_time(second) - os:system_time(millisecond) div 1000) =< 1),
    show("perf_counter increases", begin T1 = os:perf_counter(), T2 = os:perf_counter(), T2 >= T1 end),
    show("perf_counter bad unit", try_(fun() -> os:perf_counter(fortnight) end)),
    show("getpid", is_integer(list_to_integer(os:getpid()))),
    show("find_executable", os:find_executable("sh") =/= false),
    show("find_executable missing", os:find_executable("jbeamjit_no_such_program")),
    show("find_executable in path", os:find_executable("prog", "/nonexistent:/also/not")),
    show("set_signal", os:set_signal(sigusr2, ignore)),
    show("set_signal back", os:set_signal(sigusr2, default)),
    show("set_signal bad signal", try_(fun() -> os:set_signal(sigkill, ignore) end)),
    show("set_signal bad option", try_(fun() -> os:set_signal(sigusr2, sometimes) end)).
