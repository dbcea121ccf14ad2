-module(boot_logger).
-export([main/0, filter_level_tag/2, filter_drop/2, report_cb/1, report_cb2/2]).
-export([adding_handler/1, removing_handler/1, changing_config/3, log/2]).
-include_lib("kernel/include/logger.hrl").

%% logger on the real kernel: a handler of the program's own (this module) that prints each
%% event with io:format, through logger_formatter with templates that have no time or pid;
%% levels (primary, handler, module), metadata (process, primary, given), filters (primary and
%% handler, logger_filters), ?LOG_* macros with their location, report callbacks, the forms a
%% message takes, and a gen_server crash as logger delivers it. OTP's default handler is
%% removed first: its text has times and pids.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

%% --- the handler ---
adding_handler(Config) -> p("adding_handler", maps:get(id, Config)), {ok, Config}.
removing_handler(Config) -> p("removing_handler", maps:get(id, Config)), ok.
changing_config(_SetOrUpdate, _Old, New) -> {ok, New}.

log(Event = #{level := Level, meta := Meta}, #{id := Id, formatter := {FMod, FConfig}}) ->
    Text = FMod:format(Event, FConfig),
    Loc = case Meta of
              #{mfa := {M, F, A}, line := _} -> {M, F, A};
              _ -> no_location
          end,
    io:format("[~p ~p ~p] ~ts", [Id, Level, Loc, Text]).

%% --- filters and report callbacks ---
filter_level_tag(Event = #{meta := Meta}, Tag) -> Event#{meta := Meta#{tag => Tag}}.

filter_drop(#{msg := {string, "drop me"}}, _) -> stop;
filter_drop(#{msg := {report, #{drop := true}}}, _) -> stop;
filter_drop(_, _) -> ignore.

report_cb(#{what := W, count := N}) -> {"what=~p count=~p", [W, N]};
report_cb(Other) -> {"other report ~p", [Other]}.

report_cb2(#{what := W}, #{single_line := S}) -> io_lib:format("cb2 what=~p single_line=~p", [W, S]).

main() ->
    _ = logger:remove_handler(default),
    _ = logger:remove_handler(h1),
    Template = [level, " ", {tag, ["tag=", tag, " "], []}, {who, ["who=", who, " "], []}, msg, "\n"],
    ok = logger:add_handler(h1, ?MODULE, #{level => all,
                                           formatter => {logger_formatter, #{template => Template, single_line => true}}}),
    levels(),
    metadata(),
    filters(),
    messages(),
    macros(),
    handlers(),
    crashes(),
    ok = logger:remove_handler(h1),
    ok = logger:add_handlers(kernel).

levels() ->
    p("primary level", maps:get(level, logger:get_primary_config())),
    [logger:log(L, "level ~p", [L]) || L <- [emergency, alert, critical, error, warning, notice, info, debug]],
    ok = logger:set_primary_config(level, debug),
    [logger:log(L, "at debug: ~p", [L]) || L <- [info, debug]],
    ok = logger:set_primary_config(level, error),
    [logger:log(L, "at error: ~p", [L]) || L <- [critical, error, warning]],
    ok = logger:set_primary_config(level, notice),
    p("allow", [logger:allow(L, ?MODULE) || L <- [error, notice, info]]),
    ok = logger:set_module_level(?MODULE, debug),
    logger:debug("module level lets debug through"),
    p("get_module_level", logger:get_module_level(?MODULE)),
    ok = logger:unset_module_level(?MODULE),
    logger:debug("not printed after unset_module_level"),
    ok = logger:set_handler_config(h1, level, warning),
    logger:notice("below the handler's level"),
    logger:warning("at the handler's level"),
    ok = logger:set_handler_config(h1, level, all),
    p("bad level", logger:set_primary_config(level, loud)),
    p("bad handler config", logger:set_handler_config(h1, level, loud)),
    p("compare_levels", [logger:compare_levels(A, B) || {A, B} <- [{error, info}, {info, error}, {debug, debug}]]),
    p("compare_levels bad", try logger:compare_levels(x, info) catch C:R -> {C, R} end).

metadata() ->
    logger:set_process_metadata(#{who => me}),
    logger:notice("with process metadata"),
    p("get_process_metadata", logger:get_process_metadata()),
    logger:update_process_metadata(#{tag => t1}),
    logger:notice("updated"),
    logger:notice("given metadata wins", [], #{who => given}),
    logger:unset_process_metadata(),
    logger:notice("no metadata"),
    logger:update_primary_config(#{metadata => #{who => primary}}),
    logger:notice("primary metadata"),
    logger:set_process_metadata(#{who => process}),
    logger:notice("process over primary"),
    logger:unset_process_metadata(),
    logger:update_primary_config(#{metadata => #{}}).

filters() ->
    ok = logger:add_primary_filter(tagger, {fun ?MODULE:filter_level_tag/2, prim}),
    logger:notice("tagged by a primary filter"),
    p("add again", logger:add_primary_filter(tagger, {fun ?MODULE:filter_level_tag/2, x})),
    ok = logger:remove_primary_filter(tagger),
    ok = logger:add_handler_filter(h1, dropper, {fun ?MODULE:filter_drop/2, []}),
    logger:notice("drop me"),
    logger:notice("kept"),
    logger:notice(#{drop => true}),
    logger:notice(#{drop => false}),
    ok = logger:remove_handler_filter(h1, dropper),
    ok = logger:add_handler_filter(h1, lvl, {fun logger_filters:level/2, {stop, lt, warning}}),
    logger:notice("stopped by logger_filters:level"),
    logger:error("passes logger_filters:level"),
    ok = logger:remove_handler_filter(h1, lvl),
    ok = logger:add_handler_filter(h1, dom, {fun logger_filters:domain/2, {stop, sub, [mine]}}),
    logger:notice("in domain [mine, x]", [], #{domain => [mine, x]}),
    logger:notice("in domain [other]", [], #{domain => [other]}),
    ok = logger:remove_handler_filter(h1, dom),
    ok = logger:set_primary_config(filter_default, stop),
    ok = logger:add_primary_filter(only_errors, {fun logger_filters:level/2, {log, gteq, error}}),
    logger:notice("filter_default stop: not printed"),
    logger:error("filter_default stop: logged by the filter"),
    ok = logger:remove_primary_filter(only_errors),
    ok = logger:set_primary_config(filter_default, log),
    p("remove missing filter", logger:remove_primary_filter(nope)),
    p("bad filter", logger:add_primary_filter(bad, not_a_filter)).

messages() ->
    logger:notice("plain string"),
    logger:notice("format ~p and ~s", [term, "str"]),
    logger:notice(<<"binary string">>),
    logger:notice(#{a_report => 1}),
    logger:notice([{key, value}, {other, 2}]),
    logger:notice(#{what => thing, count => 3}, #{report_cb => fun ?MODULE:report_cb/1}),
    logger:notice(#{what => thing2}, #{report_cb => fun ?MODULE:report_cb2/2}),
    logger:notice("bad format ~p"),
    logger:notice("bad args ~p ~p", [only_one]),
    logger:log(notice, fun(X) -> {"from a fun: ~p", [X]} end, arg),
    logger:log(notice, fun(_) -> #{report => from_fun} end, arg),
    logger:log(notice, fun(_) -> {"with meta ~p", [m]} end, arg, #{who => fun_meta}),
    ok = logger:update_formatter_config(h1, #{single_line => false}),
    logger:notice(#{multi => [1, 2, 3], line => "x"}),
    ok = logger:update_formatter_config(h1, #{single_line => true, max_size => 20}),
    logger:notice("a long message that is cut at twenty characters"),
    ok = logger:update_formatter_config(h1, #{max_size => unlimited, chars_limit => 30, depth => 3}),
    logger:notice("deep ~p", [[1, [2, [3, [4, [5]]]]]]),
    ok = logger:update_formatter_config(h1, #{chars_limit => unlimited, depth => unlimited}),
    p("check_config", logger_formatter:check_config(#{template => [msg], single_line => true})),
    p("check_config bad", logger_formatter:check_config(#{template => bad})).

macros() ->
    ?LOG_EMERGENCY("emergency macro"),
    ?LOG_ERROR("error macro ~p", [1]),
    ?LOG_WARNING(#{report => macro}),
    ?LOG_NOTICE("notice macro with meta", [], #{who => macro}),
    ?LOG_INFO("info macro not printed"),
    ?LOG_DEBUG("debug macro not printed"),
    ?LOG(notice, "LOG macro ~p", [x]),
    ok = logger:set_primary_config(level, all),
    ?LOG_DEBUG("debug macro printed at level all"),
    ok = logger:set_primary_config(level, notice),
    p("macro location", ?LOCATION =:= #{mfa => {?MODULE, macros, 0}, line => ?LINE, file => ?FILE}).

handlers() ->
    p("add duplicate handler", logger:add_handler(h1, ?MODULE, #{})),
    p("add handler bad module", logger:add_handler(h2, boot_logger_nomod, #{})),
    p("add handler bad config", logger:add_handler(h3, ?MODULE, #{level => loud})),
    p("handler ids", lists:sort(logger:get_handler_ids())),
    ok = logger:add_handler(h4, ?MODULE, #{level => error, formatter => {logger_formatter, #{template => ["h4: ", msg, "\n"]}}}),
    logger:error("to both handlers"),
    logger:notice("to h1 only"),
    {ok, C4} = logger:get_handler_config(h4),
    p("get_handler_config", maps:with([id, level, module], C4)),
    p("update_handler_config", logger:update_handler_config(h4, #{level => notice})),
    logger:notice("now to both"),
    p("set_handler_config id", logger:set_handler_config(h4, id, other)),
    ok = logger:remove_handler(h4),
    p("remove missing handler", logger:remove_handler(h4)),
    p("get missing handler config", logger:get_handler_config(h4)).

crashes() ->
    process_flag(trap_exit, true),
    {ok, Pid} = gen_server:start(kv_server, [], []),
    Ref = monitor(process, Pid),
    ok = logger:update_formatter_config(h1, #{template => [level, " ", msg, "\n"], single_line => true}),
    ok = logger:add_handler_filter(h1, nopids, {fun(E, _) -> strip_event(E) end, []}),
    gen_server:cast(Pid, crash),
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    timer:sleep(50),
    Plain = spawn(fun() -> error(plain_process_crash) end),
    Ref2 = monitor(process, Plain),
    receive {'DOWN', Ref2, process, Plain, _} -> ok end,
    %% The emulator's report goes through the logger process: wait for it.
    timer:sleep(300),
    ok = logger:remove_handler_filter(h1, nopids).

%% Crash reports name pids and list process sizes: keep only what does not depend on the VM.
strip_event(E = #{msg := {report, R}}) -> E#{msg := {report, strip(R)}};
strip_event(E = #{msg := {F, A}}) when is_list(A) -> E#{msg := {F, strip(A)}};
strip_event(E) -> E.

strip(T) when is_pid(T) -> '<pid>';
strip(T) when is_reference(T) -> '<ref>';
strip({K, _}) when K =:= heap_size; K =:= stack_size; K =:= reductions; K =:= message_queue_len;
                   K =:= messages; K =:= links; K =:= dictionary; K =:= status; K =:= pid -> {K, '_'};
strip({neighbours, _}) -> {neighbours, '_'};
strip({file, F}) when is_list(F) -> {file, filename:basename(F)};
strip(T) when is_tuple(T) -> list_to_tuple(strip(tuple_to_list(T)));
strip([H | T]) -> [strip(H) | strip(T)];
strip(M) when is_map(M) -> maps:map(fun(_, V) -> strip(V) end, M);
strip(T) -> T.
