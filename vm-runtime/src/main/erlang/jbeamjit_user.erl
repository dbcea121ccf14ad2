%% The io servers of a jbeamjit node: `user' (standard input and output) and `standard_error',
%% each over a file-descriptor port, speaking the Erlang io protocol to `io' and friends exactly as
%% OTP's `user' does under `erl -noshell': the device encoding is latin1 (characters above 255 are
%% written as \x{...}), input is collected with io_lib's collectors, and a prompt is written
%% before input is read. Also the crash reporter, which prints the emulator's "Error in process"
%% reports the way the logger does.
-module(jbeamjit_user).

-export([server/2, reporter/0, sync_reports/1, start/0]).

%% port: the output port; in: the input port, opened on the first read (reading a descriptor that
%% nobody asked to read could take input meant for someone else), or none for an output-only
%% server.
-record(dev, {port, in, input = [], eof = false, encoding = latin1, mode = list}).

%% An io server writing to file descriptor Out, and reading from fd 0 if Reads. The VM spawns
%% `user' as server(1, true) and `standard_error' as server(2, false), and registers them.
server(Out, Reads) ->
    process_flag(trap_exit, true),
    Port = open_port({fd, Out, Out}, [out, binary]),
    loop(#dev{port = Port, in = case Reads of true -> undefined; false -> none end}).

%% Starts and registers a `user' on a running node that has none (to compare it with OTP's own).
start() ->
    Pid = spawn(?MODULE, server, [1, true]),
    register(user, Pid),
    Pid.

%% Serves io requests until the node stops.
loop(Dev) ->
    receive
        {io_request, From, ReplyAs, Request} when is_pid(From) ->
            {Reply, Dev1} = request(Request, Dev),
            From ! {io_reply, ReplyAs, Reply},
            loop(Dev1);
        {Port, {data, Bytes}} when Port =:= Dev#dev.in ->
            loop(Dev#dev{input = Dev#dev.input ++ [Bytes]});
        {Port, eof} when Port =:= Dev#dev.in ->
            loop(Dev#dev{eof = true});
        _Other ->
            loop(Dev)
    end.

%% {Reply, Dev}: one request of the io protocol.
request({put_chars, Enc, Chars}, Dev) ->
    put_chars(to_device(Chars, Enc, Dev), Dev);
request({put_chars, Enc, M, F, A}, Dev) ->
    case catch apply(M, F, A) of
        Chars when is_list(Chars); is_binary(Chars) ->
            put_chars(to_device(Chars, Enc, Dev), Dev);
        _ ->
            {{error, put_chars}, Dev}
    end;
request({put_chars, Chars}, Dev) ->
    request({put_chars, latin1, Chars}, Dev);
request({put_chars, M, F, A}, Dev) ->
    request({put_chars, latin1, M, F, A}, Dev);
request({get_chars, Enc, Prompt, N}, Dev) ->
    get_input(Prompt, io_lib, collect_chars, N, Enc, Dev);
request({get_line, Enc, Prompt}, Dev) ->
    get_input(Prompt, io_lib, collect_line, [], Enc, Dev);
request({get_until, Enc, Prompt, M, F, As}, Dev) ->
    get_input(Prompt, io_lib, get_until, {M, F, As}, Enc, Dev);
request({get_chars, Prompt, N}, Dev) ->
    request({get_chars, latin1, Prompt, N}, Dev);
request({get_line, Prompt}, Dev) ->
    request({get_line, latin1, Prompt}, Dev);
request({get_until, Prompt, M, F, As}, Dev) ->
    request({get_until, latin1, Prompt, M, F, As}, Dev);
request(getopts, #dev{in = none} = Dev) ->
    {[{encoding, Dev#dev.encoding}], Dev};
request(getopts, Dev) ->
    {[{binary, Dev#dev.mode =:= binary}, {encoding, Dev#dev.encoding}], Dev};
request({setopts, Opts}, Dev) when is_list(Opts) ->
    setopts(Opts, Dev);
request({requests, Requests}, Dev) ->
    requests(Requests, {ok, Dev});
request({get_geometry, _}, Dev) ->
    {{error, enotsup}, Dev};
request(Other, Dev) ->
    {{error, {request, Other}}, Dev}.

%% A batch stops at the first request that fails; its reply is the last one's.
requests([R | Rs], {Reply, Dev}) when not is_tuple(Reply); element(1, Reply) =/= error ->
    requests(Rs, request(R, Dev));
requests(_, Result) ->
    Result.

put_chars(error, Dev) ->
    {{error, put_chars}, Dev};
put_chars(Bin, Dev) ->
    true = port_command(Dev#dev.port, Bin),
    {ok, Dev}.

%% The bytes to write for characters in encoding Enc, or error. A latin1 device shows the
%% characters it cannot hold as \x{Hex}, as OTP's `user' does.
to_device(Chars, unicode, #dev{encoding = latin1}) ->
    case catch unicode:characters_to_binary(Chars, unicode, latin1) of
        Bin when is_binary(Bin) ->
            Bin;
        _ ->
            case catch unicode:characters_to_list(Chars, unicode) of
                List when is_list(List) -> list_to_binary([escape_wide(C) || C <- List]);
                _ -> error
            end
    end;
to_device(Chars, Enc, #dev{encoding = DevEnc}) ->
    case catch unicode:characters_to_binary(Chars, Enc, DevEnc) of
        Bin when is_binary(Bin) -> Bin;
        _ -> error
    end.

escape_wide(C) when C > 255 -> ["\\x{", integer_to_list(C, 16), $}];
escape_wide(C) -> C.

setopts(Opts, Dev) ->
    case set_options(Opts, Dev) of
        {ok, Dev1} -> {ok, Dev1};
        error -> {{error, enotsup}, Dev}
    end.

set_options([], Dev) -> {ok, Dev};
set_options([binary | T], Dev) -> set_options(T, Dev#dev{mode = binary});
set_options([list | T], Dev) -> set_options(T, Dev#dev{mode = list});
set_options([{binary, true} | T], Dev) -> set_options(T, Dev#dev{mode = binary});
set_options([{binary, false} | T], Dev) -> set_options(T, Dev#dev{mode = list});
set_options([{encoding, latin1} | T], Dev) -> set_options(T, Dev#dev{encoding = latin1});
set_options([{encoding, E} | T], Dev) when E =:= unicode; E =:= utf8 ->
    set_options(T, Dev#dev{encoding = unicode});
set_options([latin1 | T], Dev) -> set_options(T, Dev#dev{encoding = latin1});
set_options([unicode | T], Dev) -> set_options(T, Dev#dev{encoding = unicode});
set_options(_, _) -> error.

%% Reading: writes the prompt, then feeds buffered input to the collector M:F until it stops,
%% reading more from the port as needed (and serving output requests meanwhile).
get_input(_Prompt, _M, _F, _Xa, _Enc, #dev{in = none} = Dev) ->
    {{error, enotsup}, Dev};
get_input(Prompt, M, F, Xa, Enc, #dev{in = undefined} = Dev) ->
    In = open_port({fd, 0, 0}, [in, eof, binary]),
    get_input(Prompt, M, F, Xa, Enc, Dev#dev{in = In});
get_input(Prompt, M, F, Xa, Enc, Dev) ->
    case prompt(Prompt, Dev) of
        error ->
            {{error, F}, Dev};
        ok when Dev#dev.eof, Dev#dev.input =:= [] ->
            {eof, Dev};
        ok ->
            collect(start, M, F, Xa, Enc, Dev)
    end.

collect(State, M, F, Xa, Enc, #dev{input = [Chunk | Rest]} = Dev) ->
    case catch M:F(State, convert(Chunk, Enc, Dev), Enc, Xa) of
        {stop, Result, Left} when Left =:= []; Left =:= <<>>; Left =:= eof ->
            {Result, Dev#dev{input = Rest}};
        {stop, Result, Left} ->
            %% The rest stays as the collector left it, converted: the next request reads it as
            %% such, whatever the encoding is by then (as OTP's user does).
            {Result, Dev#dev{input = [Left | Rest]}};
        {'EXIT', _} ->
            {{error, collector_error(M, F, Xa)}, Dev#dev{input = []}};
        State1 ->
            collect(State1, M, F, Xa, Enc, Dev#dev{input = Rest})
    end;
collect(State, M, F, Xa, Enc, #dev{input = [], eof = true} = Dev) ->
    case catch M:F(State, eof, Enc, Xa) of
        {stop, Result, _} -> {Result, Dev};
        _ -> {{error, collector_error(M, F, Xa)}, Dev}
    end;
collect(State, M, F, Xa, Enc, #dev{in = Port} = Dev) ->
    receive
        {Port, {data, Bytes}} ->
            collect(State, M, F, Xa, Enc, Dev#dev{input = [Bytes]});
        {Port, eof} ->
            collect(State, M, F, Xa, Enc, Dev#dev{eof = true});
        {io_request, From, ReplyAs, Request} when is_pid(From), element(1, Request) =:= put_chars ->
            {Reply, Dev1} = request(Request, Dev),
            From ! {io_reply, ReplyAs, Reply},
            collect(State, M, F, Xa, Enc, Dev1)
    end.

collector_error(io_lib, get_until, {_, F, _}) -> F;
collector_error(_, F, _) -> F.

prompt('', _Dev) ->
    ok;
prompt(Prompt, Dev) ->
    case to_device(io_lib:format_prompt(Prompt, Dev#dev.encoding), unicode, Dev) of
        error -> error;
        Bin -> true = port_command(Dev#dev.port, Bin), ok
    end.

%% Buffered input as the client asked for it, a list or a binary in the request's encoding Enc.
%% The buffer holds port data (binaries) and collectors' leftovers (lists or binaries); both are
%% read as characters in the device's encoding, by the rules of OTP's user.
convert(Data, Enc, #dev{mode = Mode, encoding = DevEnc}) ->
    case {Mode, DevEnc, Enc} of
        {binary, Same, Same} when is_binary(Data) ->
            Data;
        {binary, latin1, latin1} ->
            checked(catch iolist_to_binary(Data), latin1, latin1);
        {binary, _, _} ->
            checked(catch unicode:characters_to_binary(Data, DevEnc, Enc), DevEnc, Enc);
        {list, latin1, latin1} ->
            binary_to_list(checked(catch iolist_to_binary(Data), latin1, latin1));
        {list, unicode, latin1} ->
            Chars = checked(catch unicode:characters_to_list(Data, unicode), unicode, latin1),
            [C || C <- Chars, C =< 255 orelse exit({no_translation, unicode, latin1})];
        {list, _, _} ->
            checked(catch unicode:characters_to_list(Data, DevEnc), DevEnc, Enc)
    end.

checked(Result, _From, _To) when is_binary(Result); is_list(Result) -> Result;
checked(_, From, To) -> exit({no_translation, From, To}).

%% The crash reporter: prints each report the VM sends it (a crash, or a plain text such as
%% "Too many processes"), as the logger of `erl -noshell' does.
reporter() ->
    receive
        {crash, Header, Pid, Reason} ->
            try
                Text = io_lib:format("Error in process ~p with exit value:~n~p~n", [Pid, Reason]),
                io:put_chars(user, [Header, $\n, Text, $\n])
            catch
                Class:Why ->
                    %% The VM prints the report of this crash itself, on standard error.
                    erlang:error({unprintable_crash_report, Pid, Reason, {Class, Why}})
            end,
            reporter();
        {text, Header, Text} ->
            io:put_chars(user, [Header, $\n, Text, $\n]),
            reporter();
        {sync, From} ->
            From ! {synced, self()},
            reporter();
        _ ->
            reporter()
    end.

%% Returns once the crash reporter has printed every report sent to it before (io:put_chars to
%% user returns after the port has written), or after Millis.
sync_reports(Millis) ->
    case whereis(jbeamjit_crash_reporter) of
        undefined ->
            ok;
        Reporter ->
            Reporter ! {sync, self()},
            receive {synced, Reporter} -> ok after Millis -> timeout end
    end.
