#!/usr/bin/env bash
# Fuzz the extraction library with libFuzzer (coverage-guided), seeded with the seeds and
# the evaluation texts.
#
#   ops/fuzz/run.sh [SECONDS]     (default 600)
#
# Findings go to ops/fuzz/.work/findings/ (crash-*, timeout-*, slow-unit-*); the growing
# corpus to ops/fuzz/.work/corpus/. Exit status: libFuzzer's (0: nothing found).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-600}
cd "$here"
swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
mkdir -p .work/corpus .work/findings
cp -n "$root"/seeds/*.txt .work/corpus/ 2>/dev/null || true
for d in "$root"/ops/eval/*/docs; do cp -n "$d"/* .work/corpus/ 2>/dev/null || true; done
exec .build/release/FuzzExtract .work/corpus -max_total_time="$seconds" -timeout=3 -max_len=16384 \
  -artifact_prefix=.work/findings/ -print_final_stats=1
