#!/usr/bin/env bash
# Builds the fuzz targets and fuzzes one of them (or each in turn) for SECONDS (Fuzz/README.md).
#
#   Fuzz/run.sh TARGET SECONDS     e.g. Fuzz/run.sh fuzz-plan 180
#   Fuzz/run.sh all SECONDS        every target, one after another, SECONDS each
#   Fuzz/run.sh list               the targets
#
# One fuzzer process at a time (-jobs=1): the machine is shared. New inputs that reach new code go
# to Fuzz/work/TARGET (not committed); crashes, hangs (over 10 s) and out-of-memory inputs to
# Fuzz/findings/TARGET/ (commit them, with a line in Fuzz/findings/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(fuzz-plan fuzz-fmt fuzz-deadline fuzz-status-json fuzz-status-csv fuzz-status-xlsx fuzz-zip fuzz-verify
  fuzz-lsp-framing)
flags=(--package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)

if [ "${1:-}" = list ]; then printf '%s\n' "${targets[@]}"; exit 0; fi
if [ $# -ne 2 ]; then sed -n 4,7p "$0" >&2; exit 2; fi
target=$1 seconds=$2
if [ "$target" = all ]; then selected=("${targets[@]}"); else selected=("$target"); fi
for name in "${selected[@]}"; do
  [[ " ${targets[*]} " == *" $name "* ]] || { echo "run.sh: no target '$name' (Fuzz/run.sh list)" >&2; exit 2; }
done

# SwiftPM keeps the build plan of the parent package (a path dependency) with the list of its
# source files it had, and fails on a file added since: then the plan is dropped and made anew.
build() { swift build "${flags[@]}" 2>&1 | grep -v "Cannot export local symbol" >&2; }
build || { rm -f Fuzz/.build/debug.yaml Fuzz/.build/*/debug/description.json; build; }
bin="$(swift build "${flags[@]}" --show-bin-path)"
if [ ! -d Fuzz/corpus ]; then
  karta="$(swift build --show-bin-path)/karta"
  if [ -x "$karta" ]; then Fuzz/make-corpora.py --karta "$karta"; else Fuzz/make-corpora.py; fi
fi

status=0
for name in "${selected[@]}"; do
  mkdir -p "Fuzz/work/$name" "Fuzz/findings/$name" "Fuzz/corpus/$name"
  echo "== $name for ${seconds}s" >&2
  # The first directory collects new inputs; the seeds and the kept regressions are read only.
  extra=()
  [ -d "Fuzz/regressions/$name" ] && extra+=("../regressions/$name")
  # With -jobs libFuzzer writes its log to fuzz-N.log in the working directory: run in Fuzz/work.
  (cd Fuzz/work && "$bin/$name" -max_total_time="$seconds" -jobs=1 -workers=1 -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="../findings/$name/" \
    "$name" "../corpus/$name" "${extra[@]}") || status=$?
  for log in Fuzz/work/fuzz-[0-9]*.log; do
    # libFuzzer has already copied the job's log to standard error; keep it beside the corpus.
    [ -f "$log" ] && mv "$log" "Fuzz/work/$name.log"
  done
  # An empty findings folder is no finding.
  rmdir "Fuzz/findings/$name" 2>/dev/null || true
done
exit $status
