#!/usr/bin/env bash
# Lists the BIFs erl has that jbeamjit lacks (see bif_audit.erl). Run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
erlc -o "$work" "$here/bif_audit.erl"
erl -noshell -pa "$work" -s bif_audit list "$work" -s init stop
erlc -o "$work" "$work/bif_audit_data.erl"
"$here/../../../../jbeamjit" run "$work/bif_audit.beam"
