%% Ports to external programs: {spawn, Command} and {spawn_executable, File} with their options
%% (binary, exit_status, eof, {line, N}, {packet, N}, stderr_to_stdout, in/out, args, env, cd),
%% commands in both forms, closing, connecting, links, monitors, exit signals, registered names,
%% port_info and the errors of each.
-module(ports_spawn).
-export([main/0]).

main() ->
    process_flag(trap_exit, true),
    Dir = tmp_dir(),
    try
        streams(),
        framing(),
        executables(Dir),
        owners_and_links(),
        names_and_info(),
        errors()
    after
        process_flag(trap_exit, false),
        ok = file:del_dir_r(Dir)
    end.

tmp_dir() ->
    Dir = filename:join("/tmp", "jbeamjit_corpus_ports_" ++ os:getpid() ++ "_"
                        ++ integer_to_list(erlang:unique_integer([positive]))),
    ok = file:make_dir(Dir),
    Dir.

show(Label, Value) -> io:format("~s: ~p~n", [Label, norm(Value)]).

try_(F) -> try F() catch C:R -> {C, R} end.

%% Ports, pids and references are the machine's: shown by kind.
norm(P) when is_port(P) -> port;
norm(P) when is_pid(P) -> pid;
norm(R) when is_reference(R) -> ref;
norm(T) when is_tuple(T) -> list_to_tuple(norm(tuple_to_list(T)));
norm([H | T]) -> [norm(H) | norm(T)];
norm(X) -> X.

%% Everything a port sends until it closes (or, with eof, until eof): data joined into one piece
%% (how a program's output is cut into reads is the OS's), then the other messages in order.
drain(Port) -> drain(Port, [], []).
drain(Port, Data, Other) ->
    receive
        {Port, {data, D}} when is_binary(D); is_list(D) -> drain(Port, [D | Data], Other);
        {Port, {data, D}} -> drain(Port, Data, [{data, D} | Other]);
        {Port, eof} -> finish(Data, [eof | Other]);
        {Port, {exit_status, S}} -> drain(Port, Data, [{exit_status, S} | Other]);
        {'EXIT', Port, Reason} -> finish(Data, [{'EXIT', Reason} | Other])
    after 10000 -> finish(Data, [timeout | Other])
    end.

finish(Data, Other) ->
    Joined = case Data of
                 [B | _] when is_binary(B) -> iolist_to_binary(lists:reverse(Data));
                 _ -> lists:append(lists:reverse(Data))
             end,
    {Joined, lists:reverse(Other)}.

%% The next message (one is expected).
next() -> receive M -> M after 5000 -> none end.

%% The next message, where none is expected.
nothing() -> receive M -> M after 100 -> none end.

streams() ->
    P = open_port({spawn, "cat"}, [binary]),
    show("is_port", is_port(P)),
    show("command", port_command(P, <<"hello ">>)),
    show("command iolist", port_command(P, ["wor", [$l, <<"d">>]])),
    show("command nosuspend", port_command(P, "!", [nosuspend])),
    show("message command", P ! {self(), {command, <<"?">>}}),
    show("echoed", read_bytes(P, 13, <<>>)),
    show("port_close", port_close(P)),
    show("exit after close", next()),
    show("closed again", try_(fun() -> port_close(P) end)),
    show("command after close", try_(fun() -> port_command(P, "x") end)),
    show("info after close", erlang:port_info(P)),
    L = open_port({spawn, "cat"}, []),
    port_command(L, "as a list"),
    show("list data", read_list(L, 9, [])),
    port_close(L),
    next(),
    show("exit_status 0", drain(open_port({spawn, "echo done"}, [exit_status]))),
    show("exit_status 3", drain(open_port({spawn, "sh -c 'echo out; exit 3'"}, [exit_status, binary]))),
    show("stderr_to_stdout", drain(open_port({spawn, "sh -c 'echo to stderr >&2'"}, [stderr_to_stdout, exit_status]))),
    show("no output", drain(open_port({spawn, "true"}, [exit_status]))),
    show("killed by a signal", drain(open_port({spawn, "sh -c 'kill -9 $$'"}, [exit_status]))),
    show("without exit_status", drain(open_port({spawn, "echo plain"}, []))),
    show("eof", drain(open_port({spawn, "echo with eof"}, [eof]))),
    show("in only", drain(open_port({spawn, "echo input only"}, [in, exit_status]))),
    show("stdin closed by port_close", begin
                                          C = open_port({spawn, "cat > /dev/null"}, [exit_status]),
                                          port_command(C, "never read back"),
                                          port_close(C),
                                          next()
                                      end),
    show("cat until eof of stdin", begin
                                       W = open_port({spawn, "sh -c 'read line; echo got $line'"}, [exit_status]),
                                       port_command(W, "one line\n"),
                                       drain(W)
                                   end),
    show("big output", begin
                           {Big, Rest} = drain(open_port({spawn, "seq 1 50000"}, [binary, exit_status])),
                           {byte_size(Big), erlang:crc32(Big), Rest}
                       end),
    show("command from a spawned process", begin
                                               E = open_port({spawn, "cat"}, [binary]),
                                               port_connect(E, self()),
                                               Self = self(),
                                               Helper = spawn(fun() -> Self ! {helper, port_command(E, <<"via helper">>)} end),
                                               receive {helper, R} -> ok end,
                                               _ = Helper,
                                               Echo = read_bytes(E, 10, <<>>),
                                               port_close(E),
                                               next(),
                                               {R, Echo}
                                           end).

read_bytes(_, 0, Acc) -> Acc;
read_bytes(P, N, Acc) ->
    receive {P, {data, D}} -> read_bytes(P, N - byte_size(D), <<Acc/binary, D/binary>>)
    after 10000 -> {timeout, Acc}
    end.

read_list(_, 0, Acc) -> Acc;
read_list(P, N, Acc) ->
    receive {P, {data, D}} -> read_list(P, N - length(D), Acc ++ D)
    after 10000 -> {timeout, Acc}
    end.

framing() ->
    show("lines", drain(open_port({spawn, "printf 'a\\nbb\\nccc\\n\\nlast'"}, [{line, 2}, exit_status]))),
    show("lines binary", drain(open_port({spawn, "printf 'one\\ntwo\\n'"}, [{line, 100}, binary, exit_status]))),
    show("long line", drain(open_port({spawn, "printf 'abcdefghij\\n'"}, [{line, 3}, exit_status]))),
    show("line and eof", drain(open_port({spawn, "printf 'x\\ny'"}, [{line, 10}, eof]))),
    P1 = open_port({spawn, "cat"}, [{packet, 1}]),
    port_command(P1, "abc"),
    port_command(P1, ""),
    port_command(P1, [<<"de">>, "f"]),
    show("packet 1", [next(), next(), next()]),
    show("packet 1 too long", try_(fun() -> port_command(P1, lists:duplicate(256, $x)) end)),
    show("port fails on it", next()),
    show("closed by then", erlang:port_info(P1)),
    P2 = open_port({spawn, "cat"}, [{packet, 2}, binary]),
    Big = binary:copy(<<"0123456789">>, 1000),
    port_command(P2, Big),
    port_command(P2, <<"small">>),
    {P2, {data, B1}} = receive M1 -> M1 end,
    show("packet 2", {byte_size(B1), B1 =:= Big, next()}),
    port_close(P2),
    next(),
    P4 = open_port({spawn, "cat"}, [{packet, 4}, binary]),
    port_command(P4, <<"four">>),
    show("packet 4", next()),
    port_close(P4),
    next(),
    show("packet from the program", drain(open_port({spawn, "printf '\\000\\003abc\\000\\001z'"}, [{packet, 2}, exit_status]))).

executables(Dir) ->
    show("spawn_executable", drain(open_port({spawn_executable, "/bin/echo"}, [{args, ["a b", "c"]}, exit_status]))),
    show("spawn_executable binary args", drain(open_port({spawn_executable, <<"/bin/echo">>}, [{args, [<<"bin">>, "str"]}, exit_status]))),
    show("spawn_executable no args", drain(open_port({spawn_executable, "/bin/pwd"}, [{cd, Dir}, exit_status])) =:= {Dir ++ "\n", [{exit_status, 0}, {'EXIT', normal}]}),
    show("cd", drain(open_port({spawn, "ls"}, [{cd, Dir}, exit_status]))),
    ok = file:write_file(filename:join(Dir, "file.txt"), "x"),
    show("cd with a file", drain(open_port({spawn, "ls"}, [{cd, Dir}, exit_status]))),
    show("env", drain(open_port({spawn, "sh -c 'echo $JB_PORT_A-$JB_PORT_B'"}, [{env, [{"JB_PORT_A", "set"}, {"JB_PORT_B", "too"}]}, exit_status]))),
    os:putenv("JB_PORT_C", "from putenv"),
    show("node environment", drain(open_port({spawn, "sh -c 'echo $JB_PORT_C'"}, [exit_status]))),
    show("env unset", drain(open_port({spawn, "sh -c 'echo ${JB_PORT_C:-unset}'"}, [{env, [{"JB_PORT_C", false}]}, exit_status]))),
    os:unsetenv("JB_PORT_C"),
    Script = filename:join(Dir, "script.sh"),
    ok = file:write_file(Script, "#!/bin/sh\necho script $1\nexit 7\n"),
    ok = file:change_mode(Script, 8#755),
    show("own script", drain(open_port({spawn_executable, Script}, [{args, ["arg"]}, exit_status]))),
    show("relative to the working directory", begin
                                                 {ok, Cwd} = file:get_cwd(),
                                                 ok = file:set_cwd(Dir),
                                                 R = drain(open_port({spawn_executable, "script.sh"}, [exit_status])),
                                                 ok = file:set_cwd(Cwd),
                                                 R
                                             end),
    show("spawn in the working directory", begin
                                              {ok, Cwd2} = file:get_cwd(),
                                              ok = file:set_cwd(Dir),
                                              R2 = drain(open_port({spawn, "cat file.txt"}, [exit_status])),
                                              ok = file:set_cwd(Cwd2),
                                              R2
                                          end),
    show("missing executable", try_(fun() -> open_port({spawn_executable, filename:join(Dir, "nosuch")}, []) end)).

owners_and_links() ->
    P = open_port({spawn, "cat"}, []),
    show("linked to opener", erlang:port_info(P, links) =:= {links, [self()]}),
    show("connected to opener", erlang:port_info(P, connected) =:= {connected, self()}),
    Self = self(),
    Q = spawn(fun() -> receive go -> ok end, Self ! {q, receive M -> M after 5000 -> none end} end),
    show("port_connect", port_connect(P, Q)),
    show("connected now", erlang:port_info(P, connected) =:= {connected, Q}),
    show("links now", lists:sort(element(2, erlang:port_info(P, links))) =:= lists:sort([self(), Q])),
    port_command(P, "to q"),
    Q ! go,
    show("new owner gets data", receive {q, QM} -> QM after 5000 -> none end),
    show("owner exits, port closes", next()),
    show("closed", erlang:port_info(P)),
    P2 = open_port({spawn, "cat"}, []),
    P2 ! {self(), {connect, Q}},
    show("connect message to a dead process", next()),
    P2 ! {self(), close},
    show("close message", [nothing(), nothing()]),
    P3 = open_port({spawn, "cat"}, []),
    Q2 = spawn(fun() -> receive _ -> ok end end),
    P3 ! {self(), {connect, Q2}},
    show("connect message", next()),
    exit(Q2, kill),
    show("connected process killed", nothing()),
    P4 = open_port({spawn, "cat"}, []),
    show("unlink", unlink(P4)),
    show("links after unlink", erlang:port_info(P4, links)),
    port_close(P4),
    show("no exit after unlink", nothing()),
    P5 = open_port({spawn, "cat"}, []),
    show("exit normal from owner", exit(P5, normal)),
    show("after exit normal", [next(), erlang:port_info(P5)]),
    P6 = open_port({spawn, "cat"}, []),
    show("exit other", exit(P6, shutdown)),
    show("after exit other", next()),
    P7 = open_port({spawn, "cat"}, []),
    exit(P7, kill),
    show("after kill", next()),
    P8 = open_port({spawn, "cat"}, []),
    Linker = spawn(fun() -> link(P8), Self ! linked, receive _ -> ok end end),
    receive linked -> ok end,
    show("linked process", length(element(2, erlang:port_info(P8, links)))),
    exit(Linker, crash),
    show("linked process crashes", next()),
    P9 = open_port({spawn, "cat"}, []),
    Normal = spawn(fun() -> link(P9), Self ! linked end),
    receive linked -> ok end,
    _ = Normal,
    timer:sleep(50),
    show("linked process ends normally", erlang:port_info(P9, name)),
    port_close(P9),
    next(),
    show("link to a closed port", try_(fun() -> link(P9) end)),
    show("link message", next()),
    P10 = open_port({spawn, "cat"}, []),
    Ref = erlang:monitor(port, P10),
    port_close(P10),
    show("monitor down", [next(), next()] =:= [{'EXIT', P10, normal}, {'DOWN', Ref, port, P10, normal}]),
    Ref2 = erlang:monitor(port, P10),
    show("monitor a closed port", next() =:= {'DOWN', Ref2, port, P10, noproc}),
    P11 = open_port({spawn, "cat"}, []),
    Ref3 = erlang:monitor(port, P11),
    show("demonitor", erlang:demonitor(Ref3)),
    port_close(P11),
    show("no down after demonitor", [next(), nothing()]),
    P12 = open_port({spawn, "cat"}, []),
    Other = spawn(fun() -> receive _ -> ok end end),
    P12 ! {Other, {command, "x"}},
    show("command in another's name", next()),
    show("port still open", erlang:port_info(P12, name)),
    exit(Other, kill),
    port_close(P12),
    next().

names_and_info() ->
    P = open_port({spawn, "cat"}, [binary]),
    Info = erlang:port_info(P),
    show("port_info keys", [K || {K, _} <- Info]),
    show("port_info name", lists:keyfind(name, 1, Info)),
    show("os_pid", is_integer(element(2, erlang:port_info(P, os_pid)))),
    show("id", is_integer(element(2, erlang:port_info(P, id)))),
    port_command(P, <<"12345">>),
    _ = read_bytes(P, 5, <<>>),
    show("input and output", [erlang:port_info(P, input), erlang:port_info(P, output)]),
    show("registered_name none", erlang:port_info(P, registered_name)),
    show("monitors", erlang:port_info(P, monitors)),
    show("parallelism", erlang:port_info(P, parallelism)),
    show("queue_size", erlang:port_info(P, queue_size)),
    show("locking", erlang:port_info(P, locking)),
    show("bad item", try_(fun() -> erlang:port_info(P, colour) end)),
    show("register", register(jb_corpus_port, P)),
    show("whereis", whereis(jb_corpus_port) =:= P),
    show("registered has it", lists:member(jb_corpus_port, registered())),
    show("registered_name", erlang:port_info(P, registered_name)),
    show("port_info by name", erlang:port_info(jb_corpus_port, name)),
    show("register again", try_(fun() -> register(jb_corpus_port_2, P) end)),
    show("name taken", try_(fun() -> register(jb_corpus_port, self()) end)),
    show("command by name", port_command(jb_corpus_port, <<"by name">>)),
    show("echo by name", read_bytes(P, 7, <<>>)),
    jb_corpus_port ! {self(), {command, <<"message">>}},
    show("message by name", read_bytes(P, 7, <<>>)),
    show("in ports()", lists:member(P, erlang:ports())),
    show("port_get_data", erlang:port_get_data(P)),
    show("port_set_data", erlang:port_set_data(P, {some, data})),
    show("port_get_data after", erlang:port_get_data(P)),
    show("port_call", try_(fun() -> erlang:port_call(P, 0, x) end)),
    show("port_control", try_(fun() -> erlang:port_control(P, 0, "x") end)),
    show("unregister", unregister(jb_corpus_port)),
    show("whereis after unregister", whereis(jb_corpus_port)),
    register(jb_corpus_port, P),
    port_close(P),
    next(),
    show("name gone with the port", whereis(jb_corpus_port)),
    show("not in ports()", lists:member(P, erlang:ports())),
    show("port_info of a pid", try_(fun() -> erlang:port_info(self()) end)),
    show("port_info of an unknown name", erlang:port_info(jb_no_such_port)),
    show("port_get_data closed", try_(fun() -> erlang:port_get_data(P) end)).

errors() ->
    E = fun(Label, F) -> show(Label, try_(F)) end,
    E("bad name", fun() -> open_port({spawn_program, "cat"}, []) end),
    E("not a tuple", fun() -> open_port(42, []) end),
    E("empty command", fun() -> open_port({spawn, ""}, []) end),
    E("bad command", fun() -> open_port({spawn, 42}, []) end),
    E("spawn_driver", fun() -> open_port({spawn_driver, "cat"}, []) end),
    E("settings not a list", fun() -> open_port({spawn, "cat"}, binary) end),
    E("improper settings", fun() -> open_port({spawn, "cat"}, [binary | x]) end),
    E("unknown option", fun() -> open_port({spawn, "cat"}, [sideways]) end),
    E("unknown tuple option", fun() -> open_port({spawn, "cat"}, [{sideways, 1}]) end),
    E("bad packet", fun() -> open_port({spawn, "cat"}, [{packet, 3}]) end),
    E("bad line", fun() -> open_port({spawn, "cat"}, [{line, 0}]) end),
    E("bad env", fun() -> open_port({spawn, "cat"}, [{env, [{"A"}]}]) end),
    E("args with spawn", fun() -> open_port({spawn, "cat"}, [{args, ["x"]}]) end),
    E("bad args", fun() -> open_port({spawn_executable, "/bin/echo"}, [{args, [1]}]) end),
    P = open_port({spawn, "cat"}, []),
    E("command bad option", fun() -> port_command(P, "x", [sideways]) end),
    E("command force", fun() -> port_command(P, "x", [force]) end),
    E("connect to a non-pid", fun() -> port_connect(P, self) end),
    port_close(P),
    show("exit after close", next()),
    I = open_port({spawn, "sleep 5"}, [in]),
    E("command to an in-only port", fun() -> port_command(I, "x") end),
    show("in-only port fails", next()),
    E("close it", fun() -> port_close(I) end),
    E("port_close of a pid", fun() -> port_close(self()) end),
    E("port_command of a name", fun() -> port_command(jb_no_such_port, "x") end).
