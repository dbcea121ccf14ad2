%% Two versions of a module side by side: loading a new version makes the current one
%% old; fully qualified calls, apply and export funs go to the new one at once, while a
%% process running the old one stays in it through local calls until it makes a fully
%% qualified call. Versions are hotswap_base's object code with its tag atom
%% replaced (see hotswap_base.erl).
-module(hotswap_versions).
-export([main/0]).

-define(S, hotswap_base).

main() ->
    clean(),
    V1 = version(<<"hsv_tag_one">>),
    V2 = version(<<"hsv_tag_two">>),
    V3 = version(<<"hsv_tag_new">>),
    show("load v1", code:load_binary(?S, "hotswap_base_v1.beam", V1)),
    show("loaded", erlang:module_loaded(?S)),
    show("old code", erlang:check_old_code(?S)),
    show("call", ?S:tag()),
    Md5One = ?S:module_info(md5),
    Server = spawn(?S, server, [0]),
    show("server", ask(Server, tag)),
    show("server count", ask(Server, count)),
    LocalFun = ?S:make_fun(),
    ExportFun = ?S:export_fun(),

    show("load v2", erlang:load_module(?S, V2)),
    show("loaded", erlang:module_loaded(?S)),
    show("old code", erlang:check_old_code(?S)),
    show("md5 changed", ?S:module_info(md5) =/= Md5One),
    show("call", ?S:tag()),
    show("apply", apply(?S, tag, [])),
    show("export fun", ExportFun()),
    show("local fun", LocalFun()),
    show("server (old code)", ask(Server, tag)),
    show("server fun (old code)", ask(Server, fun_tag)),
    show("server via export", ask(Server, tag_via_export)),
    show("server count", ask(Server, count)),
    show("server still old", ask(Server, tag)),
    show("server upgrade", ask(Server, upgrade)),
    show("server (new code)", ask(Server, tag)),
    show("server count", ask(Server, count)),

    %% A third version needs the old one purged first.
    show("load v3", erlang:load_module(?S, V3)),
    show("prepare v3", is_reference(erlang:prepare_loading(?S, V3))),
    show("finish v3", erlang:finish_loading([erlang:prepare_loading(?S, V3)])),
    show("call", ?S:tag()),
    show("soft purge", code:soft_purge(?S)),
    show("old code", erlang:check_old_code(?S)),
    show("load v3", erlang:load_module(?S, V3)),
    show("call", ?S:tag()),
    show("export fun", ExportFun()),
    show("server (v2, now old)", ask(Server, tag)),
    show("server upgrade", ask(Server, upgrade)),
    show("server (v3)", ask(Server, tag)),
    show("server count", ask(Server, count)),

    %% code:load_binary purges the old version itself (killing what runs it).
    show("load_binary v1", code:load_binary(?S, "hotswap_base_v1.beam", V1)),
    show("call", ?S:tag()),
    show("load_binary v2", code:load_binary(?S, "hotswap_base_v2.beam", V2)),
    show("call", ?S:tag()),
    show("is_loaded", code:is_loaded(?S)),
    show("in loaded()", lists:member(?S, erlang:loaded())),

    %% The same code twice: both versions have the same MD5.
    show("load v2 again", code:load_binary(?S, "hotswap_base_v2.beam", V2)),
    show("md5 differs from v1", ?S:module_info(md5) =/= Md5One),

    %% Two modules in one finish_loading: all or nothing.
    P1 = erlang:prepare_loading(?S, V1),
    P2 = erlang:prepare_loading(?S, V2),
    show("finish duplicated", erlang:finish_loading([P1, P2])),
    show("call", ?S:tag()),
    Server ! stop,
    clean(),
    show("loaded at end", erlang:module_loaded(?S)).

%% The subject's object code with its tag atom replaced by Tag (same length).
version(Tag) ->
    {?S, Bin, _File} = code:get_object_code(?S),
    binary:replace(Bin, <<"hsv_tag_one">>, Tag, [global]).

ask(Pid, Request) ->
    Pid ! {self(), Request},
    receive {Pid, Reply} -> Reply end.

%% Leaves no version of the subject loaded (as the program found it, or cleaner).
clean() ->
    code:purge(?S),
    code:delete(?S),
    code:purge(?S).

show(Label, Value) ->
    io:format("~s: ~p~n", [Label, Value]).
