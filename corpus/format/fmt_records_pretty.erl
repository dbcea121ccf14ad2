-module(fmt_records_pretty).
-export([main/0, id/1]).

-record(person, {name, age, address}).
-record(address, {street, city, zip}).

id(X) -> X.

%% io_lib_pretty with a record_print_fun (how the shell prints records), line lengths and
%% depth limits, and io_lib:format's ~p/~P on the same data.
main() ->
    P = id(#person{name = "Alice", age = 30,
                   address = #address{street = "1 Long Street Name", city = "Springfield", zip = 12345}}),
    RF = fun(person, 3) -> record_info(fields, person);
            (address, 3) -> record_info(fields, address);
            (_, _) -> no
         end,
    io:format("~s~n", [io_lib_pretty:print(P, [{record_print_fun, RF}])]),
    io:format("~s~n", [io_lib_pretty:print(P, [{record_print_fun, RF}, {line_length, 40}])]),
    io:format("~s~n", [io_lib_pretty:print(P, [{record_print_fun, RF}, {depth, 3}])]),
    io:format("~s~n", [io_lib_pretty:print([P, P], [{record_print_fun, RF}, {column, 10}])]),
    io:format("~s~n", [io_lib_pretty:print(P, 1, 30, -1)]),
    io:format("~p~n", [P]),
    io:format("~P~n", [P, 4]),
    io:format("~s~n", [io_lib_pretty:print({#person{}, #address{}, [1, 2, 3]}, [{record_print_fun, RF}])]),
    io:format("~s~n", [io_lib_pretty:print(#{a => P}, [{record_print_fun, RF}, {line_length, 50}])]),
    io:format("~s~n", [io_lib_pretty:print(lists:seq(1, 50), [{line_length, 30}, {chars_limit, 60}])]),
    ok.
