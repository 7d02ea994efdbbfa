#!/usr/bin/env bash
# Runs every fuzz target once over its seeds and kept regressions, with no new fuzzing (-runs=0), so
# that an input that once passed and now crashes, hangs or breaks a property fails (Fuzz/README.md).
# Inputs in Fuzz/findings/ are not replayed: they are open findings until fixed and moved to
# Fuzz/regressions/TARGET/.
#
#   Fuzz/replay.sh [--karta PATH]   (PATH: a built karta, so the .xlsx status forms are seeds too)
set -euo pipefail
cd "$(dirname "$0")/.."
flags=(--package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
# SwiftPM keeps the build plan of the parent package (a path dependency) with the list of its
# source files it had, and fails on a file added since: then the plan is dropped and made anew.
build() { swift build "${flags[@]}" 2>&1 | grep -v "Cannot export local symbol" >&2; }
build || { rm -f Fuzz/.build/debug.yaml Fuzz/.build/*/debug/description.json; build; }
bin="$(swift build "${flags[@]}" --show-bin-path)"
Fuzz/make-corpora.py "$@" >&2
failed=()
for name in $(Fuzz/run.sh list); do
  dirs=()
  for dir in "Fuzz/corpus/$name" "Fuzz/regressions/$name"; do [ -d "$dir" ] && dirs+=("$dir"); done
  [ ${#dirs[@]} -gt 0 ] || continue
  log="$(mktemp)"
  if "$bin/$name" -runs=0 -timeout=10 -rss_limit_mb=2048 -max_len=65536 "${dirs[@]}" > "$log" 2>&1; then
    echo "replay $name: ok, $(grep -m1 -o 'Done [0-9]* runs' "$log")" >&2
  else
    echo "replay $name: FAILED" >&2
    tail -n 40 "$log" >&2
    failed+=("$name")
  fi
  rm -f "$log"
done
[ ${#failed[@]} -eq 0 ] || { echo "replay failed: ${failed[*]}" >&2; exit 1; }
