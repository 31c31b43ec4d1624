#!/usr/bin/env bash
# Instructions per pass of the native pipeline, counted by valgrind (callgrind): a figure that
# does not wander with the machine's load, for before/after comparisons of engine changes
# (the commit messages quote it). A pass is one annotate() of the whole text; the count is
# (3 passes - 1 pass) / 2, so start-up (compiling patterns, loading the model) drops out.
#
#   bash bench/instructions.sh [wikinews|conll-testb ...] [entities|numbers]
#
# `entities` counts the entity detector alone, `numbers` tokens and figures only (see
# examples/profile.rs). Needs valgrind (Debian: apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
texts=() only=()
for a in "$@"; do
  case "$a" in
    wikinews | conll-testb) texts+=("$a") ;;
    entities | numbers) only=("$a") ;;
    *) echo "instructions.sh: unknown argument $a" >&2; exit 2 ;;
  esac
done
[ ${#texts[@]} -gt 0 ] || texts=(wikinews conll-testb)
cargo build --release --quiet --example profile
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/profile "$1" "${only[@]}" "$2" 2>&1 |
    awk '/refs:/ { gsub(",", "", $NF); print $NF }'
}
for t in "${texts[@]}"; do
  one=$(count 1 "$t")
  three=$(count 3 "$t")
  printf '%s%s: %s instructions per pass\n' "$t" "${only:+ (${only[0]})}" "$(( (three - one) / 2 ))"
done
