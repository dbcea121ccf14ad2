-module(boot_error_logger).
-behaviour(gen_event).
-export([main/0, init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
-include("boot_log.hrl").

%% The legacy error_logger API over logger: a report handler of this module's own (a gen_event
%% handler of the error_logger process, which error_logger adds as a logger handler), the
%% events each function sends it (error_msg/warning_msg/info_msg, *_report with types), what
%% logger's own calls look like to it, and delete_report_handler.

init(Sink) -> {ok, Sink}.
handle_event(Event, Sink) -> Sink ! {el_event, log_strip(Event)}, {ok, Sink}.
handle_call(ping, Sink) -> {ok, pong, Sink}.
handle_info(_, Sink) -> {ok, Sink}.
terminate(Arg, Sink) -> Sink ! {el_event, {terminate, log_strip(Arg)}}, ok.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

events() ->
    receive {el_event, E} -> [E | events()] after 200 -> [] end.

main() ->
    log_to_me(),
    p("add_report_handler", error_logger:add_report_handler(?MODULE, self())),
    p("error_logger running", is_pid(whereis(error_logger))),
    p("error_msg", error_logger:error_msg("error ~p~n", [1])),
    p("event", events()),
    p("error_msg/1", error_logger:error_msg("plain error~n")),
    p("event", events()),
    p("warning_msg", error_logger:warning_msg("warn ~s~n", ["w"])),
    p("event", events()),
    p("info_msg", error_logger:info_msg("info ~p~n", [i])),
    p("event (info is below the primary level)", events()),
    p("error_report", error_logger:error_report([{tag, value}, plain])),
    p("event", events()),
    p("error_report typed", error_logger:error_report(my_type, [{k, v}])),
    p("event", events()),
    p("warning_report", error_logger:warning_report(#{map => report})),
    p("event", events()),
    p("info_report", error_logger:info_report(info_thing)),
    p("event", events()),
    p("logger:error seen by error_logger", logger:error("from logger ~p", [x])),
    p("event", events()),
    p("logger report seen by error_logger", logger:error(#{a => b})),
    p("event", events()),
    ok = logger:set_primary_config(level, info),
    p("info_msg at level info", error_logger:info_msg("now info ~p~n", [2])),
    p("event", events()),
    ok = logger:set_primary_config(level, notice),
    p("format", error_logger:format("format ~p~n", [f])),
    p("event", events()),
    p("bad format args", error_logger:error_msg("~p ~p~n", [only_one])),
    p("event", events()),
    p("which_report_handlers", lists:member(?MODULE, gen_event:which_handlers(error_logger))),
    p("delete_report_handler", error_logger:delete_report_handler(?MODULE)),
    p("terminate event", events()),
    p("delete again", error_logger:delete_report_handler(?MODULE)),
    p("error_msg after delete", error_logger:error_msg("gone~n")),
    logs(),
    log_restore().
