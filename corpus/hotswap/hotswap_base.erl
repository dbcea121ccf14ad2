%% The module the hotswap_* programs load in several versions at run time: a version
%% is this file's object code (code:get_object_code/1) with the atom hsv_tag_one
%% replaced by another atom of the same length, which is what tag/0 returns. Run as a
%% program, it prints its own tag.
-module(hotswap_base).
-export([main/0, tag/0, server/1, make_fun/0, export_fun/0, wait/0, wait_in/1]).

main() ->
    io:format("hotswap_base tag: ~p~n", [tag()]).

tag() -> hsv_tag_one.

%% A server running this version: local calls stay in it; `upgrade' moves it to the
%% current version with a fully qualified call, as OTP servers do.
server(State) ->
    receive
        {From, tag} ->
            From ! {self(), tag()},
            server(State);
        {From, tag_via_export} ->
            From ! {self(), ?MODULE:tag()},
            server(State);
        {From, fun_tag} ->
            F = make_fun(),
            From ! {self(), F()},
            server(State);
        {From, check_self} ->
            Result = erlang:check_process_code(self(), ?MODULE),
            From ! {self(), Result},
            server(State);
        {From, count} ->
            From ! {self(), State},
            server(State + 1);
        {From, upgrade} ->
            From ! {self(), upgrading},
            ?MODULE:server(State);
        stop ->
            stopped
    end.

%% A fun of this version: it keeps the version it was made in.
make_fun() ->
    T = tag(),
    fun() -> {made_in, T, runs, tag()} end.

export_fun() ->
    fun ?MODULE:tag/0.

wait() ->
    receive stop -> ok end.

%% Calls F from this version and returns here afterwards: while F runs, this version is
%% one of the caller's callers.
wait_in(F) ->
    Result = F(),
    {returned_to, tag(), Result}.
