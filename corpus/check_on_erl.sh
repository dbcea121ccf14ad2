#!/usr/bin/env bash
# Checks corpus programs on erl: warning-free compile, clean exit, deterministic output.
# Usage: ./check_on_erl.sh [AREA_DIR_OR_ERL_FILE...]   (default: every program)
# Programs of boot/ need OTP's kernel (on jbeamjit they run in a node that boots OTP): the samples'
# applications (samples/*/src/*.erl, *.app.src as *.app) are compiled beside them, and their
# one-node run is a node of their own.
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$out" || exit 1   # erl writes erl_crash.dump into its working directory
if [ $# -eq 0 ]; then set -- "$here"/*/; fi
files=$(cd "$OLDPWD" && for a in "$@"; do a=$(realpath "$a"); if [ -d "$a" ]; then find "$a" -name '*.erl'; else echo "$a"; fi; done | sort)
fail=0; total=0; lines_total=0; passed=; passed_boot=
dups=$(for f in $files; do basename "$f" .erl; done | sort | uniq -d)
if [ -n "$dups" ]; then echo "DUPLICATE module names: $dups"; fail=1; fi
samples=$(cd "$here/.." && pwd)/samples
for src in "$samples"/*/src; do
  [ -d "$src" ] || continue
  if ! erlc -Werror -o "$out" "$src"/*.erl >"$out/samples.cerr" 2>&1; then
    echo "FAIL samples $src: compile"; cat "$out/samples.cerr"; fail=1
  fi
  for app in "$src"/*.app.src; do [ -f "$app" ] && cp "$app" "$out/$(basename "$app" .src)"; done
done
for f in $files; do
  m=$(basename "$f" .erl); total=$((total+1))
  boot=0; case "$f" in "$here"/boot/*) boot=1;; esac
  if ! erlc -Werror -o "$out" "$f" >"$out/$m.cerr" 2>&1; then
    echo "FAIL $m: compile"; cat "$out/$m.cerr"; fail=1; continue
  fi
  limit=10; case "$m" in *_10m|*_100m) limit=120;; esac
  ok=1
  for run in 1 2; do
    start=$(date +%s%N)
    # main/0 runs in a spawned process, as in the launcher's differential test.
    timeout "$limit" erl -noshell -pa "$out" -eval "{P, R} = spawn_monitor($m, main, []),
        receive {'DOWN', R, process, P, Why} -> halt(case Why of normal -> 0; _ -> 1 end) end." \
      >"$out/$m.out$run" 2>"$out/$m.err$run"
    rc=$?
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ $rc -ne 0 ] || [ -s "$out/$m.err$run" ] || grep -q '^=ERROR REPORT' "$out/$m.out$run"; then
      echo "FAIL $m: exit $rc"; head -c 2000 "$out/$m.err$run"; tail -3 "$out/$m.out$run"; ok=0; break
    fi
  done
  if [ $ok = 1 ] && ! cmp -s "$out/$m.out1" "$out/$m.out2"; then
    echo "FAIL $m: output differs between runs"; diff "$out/$m.out1" "$out/$m.out2" | head; ok=0
  fi
  if [ $ok = 1 ] && grep -nE '<[0-9]+\.[0-9]+\.[0-9]+>|#Ref<|#Port<|#Fun<|erl_eval|\{file,"/' "$out/$m.out1" | head -3 | grep . ; then
    echo "FAIL $m: machine-dependent term (pid/ref/port/fun/file path/caller frames) printed"; ok=0
  fi
  if [ $ok = 1 ]; then
    n=$(wc -l <"$out/$m.out1"); lines_total=$((lines_total+n))
    printf '%-40s %5d lines %6d ms\n' "$m" "$n" "$ms"; if [ $boot = 1 ]; then passed_boot="$passed_boot $m"; else passed="$passed $m"; fi
  else fail=1; fi
done
# The launcher's differential test runs all programs in one node (the boot programs in another),
# each in its own process; each program's section of that run must equal its output when run alone.
one_node() {
  [ -n "$1" ] || return 0
  mods=$(echo $1 | tr ' ' ',')
  erl -noshell -pa "$out" -eval "lists:foreach(fun(M) -> io:format(\"<<<corpus:~s>>>~n\", [M]),
      {P, R} = spawn_monitor(M, main, []), receive {'DOWN', R, process, P, _} -> ok end end,
      [$mods]), halt()." >"$out/one_node.out" 2>&1
  awk -v dir="$out" '/^<<<corpus:.*>>>$/ { f = dir "/" substr($0, 11, length($0) - 13) ".node"; printf "" > f; next }
                     { print >> f }' "$out/one_node.out"
  for m in $1; do
    if ! cmp -s "$out/$m.out1" "$out/$m.node"; then
      echo "FAIL $m: output differs when run in one node after the others"; diff "$out/$m.out1" "$out/$m.node" | head -5; fail=1
    fi
  done
}
one_node "$passed"
one_node "$passed_boot"
echo "$total programs, $lines_total output lines"
[ $fail = 0 ] && echo OK || { echo FAILED; exit 1; }
