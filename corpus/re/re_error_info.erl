-module(re_error_info).
-export([main/0]).

%% The error_info of failing re calls, as erl_stdlib_errors explains it to the shell.
main() ->
    Calls = [
        {run_bad_regexp, fun() -> re:run("a", "(") end},
        {run_bad_regexp_offset, fun() -> re:run("a", "ab[", []) end},
        {run_bad_subject, fun() -> re:run(a, "a") end},
        {run_bad_option, fun() -> re:run("a", "a", [bogus]) end},
        {run_bad_offset, fun() -> re:run("a", "a", [{offset, -1}]) end},
        {run_bad_capture, fun() -> re:run("a", "a", [{capture, bogus}]) end},
        {run_bad_utf8, fun() -> re:run(<<255>>, "a", [unicode]) end},
        {run_compiled_with_compile_option, fun() -> re:run("a", element(2, re:compile("a")), [caseless]) end},
        {compile_run_option, fun() -> re:compile("a", [global]) end},
        {compile_not_iodata, fun() -> re:compile(foo) end},
        {compile_not_list_options, fun() -> re:compile("a", foo) end},
        {replace_bad_regexp, fun() -> re:replace("a", "(", "b") end},
        {replace_bad_option, fun() -> re:replace("a", "a", "b", [{return, x}]) end},
        {split_bad_regexp, fun() -> re:split("a", "(") end},
        {split_bad_parts, fun() -> re:split("a", "a", [{parts, x}]) end},
        {inspect_not_compiled, fun() -> re:inspect(foo, namelist) end},
        {inspect_bad_item, fun() -> re:inspect(element(2, re:compile("a")), names) end}
    ],
    lists:foreach(
      fun({Label, F}) ->
              Result = try F() of
                           Value -> {returned, Value}
                       catch
                           error:R:St -> {R, erl_stdlib_errors:format_error(R, St)}
                       end,
              io:format("~p: ~p~n", [Label, Result])
      end, Calls).
