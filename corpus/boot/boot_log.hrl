%% Included by the boot programs (after their -export): a logger handler of the program's own.
%% It replaces OTP's default handler, whose text has times and pids, and sends each event to the
%% program's main process as a term without pids, refs, ports, funs, absolute file names or the
%% process sizes and reduction counts of crash reports; logs/0 prints what arrived, sorted (events
%% from different processes arrive in any order).

-export([log/2]).

log(#{level := Level, msg := Msg, meta := Meta}, #{config := #{sink := Sink}}) ->
    Sink ! {boot_log, {Level, maps:get(domain, Meta, []), log_text(Msg, Meta)}},
    ok.

log_text({report, R}, #{report_cb := Cb}) when is_function(Cb, 1) -> log_format(Cb(log_strip(R)));
log_text({report, R}, #{report_cb := Cb}) when is_function(Cb, 2) ->
    lists:flatten(Cb(log_strip(R), #{depth => unlimited, chars_limit => unlimited, single_line => true}));
log_text({report, R}, _) -> {report, log_strip(R)};
log_text({string, S}, _) -> unicode:characters_to_list(S);
log_text({Format, Args}, _) -> log_format({Format, Args}).

log_format({Format, Args}) -> lists:flatten(io_lib:format(Format, log_strip(Args))).

log_strip(T) when is_pid(T) -> '<pid>';
log_strip(T) when is_reference(T) -> '<ref>';
log_strip(T) when is_port(T) -> '<port>';
log_strip(T) when is_function(T) -> '<fun>';
log_strip({file, F}) when is_list(F) -> {file, filename:basename(F)};
log_strip({K, _}) when K =:= heap_size; K =:= stack_size; K =:= reductions; K =:= total_heap_size;
                       K =:= message_queue_len; K =:= messages; K =:= links; K =:= status;
                       K =:= dictionary; K =:= pid -> {K, '_'};
log_strip({neighbours, _}) -> {neighbours, '_'};
log_strip(T) when is_tuple(T) -> list_to_tuple(log_strip(tuple_to_list(T)));
log_strip([H | T]) -> [log_strip(H) | log_strip(T)];
log_strip(M) when is_map(M) -> maps:from_list([{log_strip(K), log_strip(V)} || {K, V} <- maps:to_list(M)]);
log_strip(T) -> T.

%% Replaces the default handler by this module's; the events go to the calling process. The boot
%% programs run one after another in one node: log_restore/0 puts the default handler back.
log_to_me() ->
    _ = logger:remove_handler(default),
    _ = logger:remove_handler(boot_sink),
    ok = logger:add_handler(boot_sink, ?MODULE, #{config => #{sink => self()}}).

log_restore() ->
    ok = logger:remove_handler(boot_sink),
    ok = logger:add_handlers(kernel).

logs() ->
    [io:format("  log: ~p~n", [E]) || E <- lists:sort(log_events())],
    ok.

log_events() ->
    receive {boot_log, E} -> [E | log_events()] after 100 -> [] end.
