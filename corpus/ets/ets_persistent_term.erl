-module(ets_persistent_term).
-export([main/0]).

%% persistent_term: put/get/get with a default/erase, keys and values of every kind, visibility
%% from other processes, replacing values, get/0 (only this program's keys: the node has its
%% own), info/0's shape, and the badarg answers. Every key is erased at the end.

p(Label, V) -> io:format("~s: ~p~n", [Label, V]).

t(Label, F) -> p(Label, try F() catch C:R -> {C, R} end).

key(K) -> {?MODULE, K}.

mine() -> lists:sort([{K, V} || {{?MODULE, _} = K, V} <- persistent_term:get()]).

main() ->
    Keys = [key(atom), key(1), key(<<"bin">>), key({a, [b]}), key(#{m => 1}), key(1.5), key(self_pid)],
    Values = [value, 42, <<"a binary value that is longer than sixty-four bytes so it is refc......">>,
              {tuple, [list, "string"]}, #{map => [1, 2, 3]}, 2.5e10, []],
    [ok = persistent_term:put(K, V) || {K, V} <- lists:zip(Keys, Values)],
    p("get each", [persistent_term:get(K) =:= V || {K, V} <- lists:zip(Keys, Values)]),
    p("get/0 mine", mine()),
    t("get missing", fun() -> persistent_term:get(key(missing)) end),
    t("get default", fun() -> persistent_term:get(key(missing), dflt) end),
    t("get default when present", fun() -> persistent_term:get(key(atom), dflt) end),
    t("put same value", fun() -> persistent_term:put(key(atom), value) end),
    t("put new value", fun() -> persistent_term:put(key(atom), new_value) end),
    t("get after replace", fun() -> persistent_term:get(key(atom)) end),
    Self = self(),
    spawn(fun() -> Self ! {seen, persistent_term:get(key(1)), persistent_term:get(key({a, [b]}))} end),
    t("seen from another process", fun() -> receive {seen, A, B} -> {A, B} after 1000 -> none end end),
    spawn(fun() -> persistent_term:put(key(from_other), other), Self ! put_done end),
    receive put_done -> ok end,
    t("put by another process", fun() -> persistent_term:get(key(from_other)) end),
    Big = lists:seq(1, 10000),
    ok = persistent_term:put(key(big), Big),
    t("big value", fun() -> length(persistent_term:get(key(big))) end),
    t("erase", fun() -> persistent_term:erase(key(big)) end),
    t("erase again", fun() -> persistent_term:erase(key(big)) end),
    t("get erased", fun() -> persistent_term:get(key(big)) end),
    Info = persistent_term:info(),
    p("info shape", {lists:sort(maps:keys(Info)), is_integer(maps:get(count, Info)), is_integer(maps:get(memory, Info))}),
    Before = maps:get(count, Info),
    ok = persistent_term:put(key(counted), 1),
    p("count grows by one", maps:get(count, persistent_term:info()) - Before),
    t("get/1 not a key type error", fun() -> persistent_term:get(make_ref()) end),
    t("put/1 wrong arity", fun() -> apply(persistent_term, put, [only_one]) end),
    t("get/2 missing default list", fun() -> persistent_term:get(key(nothing), [d]) end),
    [persistent_term:erase(K) || {K, _} <- mine()],
    p("all erased", mine()),
    ok.
