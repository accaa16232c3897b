#!/usr/bin/env bash
# Run the main job without Docker: set up, start the local cluster (Tansu + the three
# workers + the assembler), publish seeds/ with `wirefleet produce`, wait until one
# EnrichedArticle per seed arrived on articles.complete, and print one summary line per
# record (the full records are saved in run/complete.jsonl).
#
#   ops/run.sh [--no-setup] [--no-build] [--timeout SECONDS] [--workers N] [--seeds DIR]
#   ops/run.sh --stop      only stop the local cluster (the same as ops/stop.sh)
#
#   --then-stop     stop the cluster after printing the records
#   --no-setup      skip ops/setup.sh (system packages, librdkafka, Tansu, swift build)
#   --no-build      run ops/setup.sh --no-build (use the wirefleet binary already built)
#   --timeout S     how long to wait for the records (default 120)
#   --workers N     replicas per worker stage (default 1)
#   --seeds DIR     what to publish (default seeds/); the job waits for one record per file
#
# Environment: WIREFLEET_PORT (broker port, default 9092) and the others of ops/cluster/up.sh.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
stop=0 setup=1 build=1 timeout=120 workers=1 seeds="$here/../seeds"
while (($#)); do
  case "$1" in
    --stop) stop=1; shift ;;
    --then-stop) stop=2; shift ;;
    --no-setup) setup=0; shift ;;
    --no-build) build=0; shift ;;
    --timeout) [[ ${2:-} =~ ^[0-9]+$ ]] || { echo "run: --timeout needs seconds" >&2; exit 2; }; timeout=$2; shift 2 ;;
    --workers) [[ ${2:-} =~ ^[1-6]$ ]] || { echo "run: --workers needs 1..6" >&2; exit 2; }; workers=$2; shift 2 ;;
    --seeds) [[ -d ${2:-} ]] || { echo "run: --seeds needs a folder" >&2; exit 2; }; seeds=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if ((stop == 1)); then exec "$here/cluster/down.sh"; fi
if ((setup)); then
  if ((build)); then "$here/setup.sh"; else "$here/setup.sh" --no-build; fi
fi
if [[ -n ${WIREFLEET_PORT:-} ]]; then export WIREFLEET_PORT_GIVEN=1; fi
# shellcheck source=ops/cluster/common.sh
source "$here/cluster/common.sh"
for tool in kcat jq; do command -v "$tool" >/dev/null || die "$tool is not installed (ops/setup.sh --no-build installs it)"; done
need_wirefleet

"$here/cluster/up.sh" --workers "$workers"
# shellcheck source=ops/cluster/common.sh
source "$here/cluster/common.sh"   # the broker port the cluster really uses

shopt -s nullglob
seed_files=("$seeds"/*)
expect=${#seed_files[@]}
((expect > 0)) || die "no files in $seeds"
say "publishing $expect articles from $(basename "$seeds")/ to articles.raw"
"$WIREFLEET_BIN" produce --brokers "$brokers" "$seeds" || die "wirefleet produce failed"

# Read articles.complete from the beginning until every article has a record: the
# last record per article_id counts (a re-run may find older records there too).
say "waiting up to ${timeout}s for $expect records on articles.complete"
out="$run_dir/complete.jsonl"
deadline=$((SECONDS + timeout))
have=0
while :; do
  kcat -b "$brokers" -C -t articles.complete -o beginning -e -q -f '%s\n' 2>/dev/null >"$out.tmp" || true
  jq -R -c 'fromjson? | select(type == "object" and has("article_id"))' <"$out.tmp" 2>/dev/null \
    | jq -s -c 'group_by(.article_id) | map(.[-1]) | .[]' >"$out" 2>/dev/null || : >"$out"
  have=$(wc -l <"$out")
  ((have >= expect)) && break
  if ((SECONDS >= deadline)); then
    echo >&2
    say "only $have of $expect records arrived on articles.complete within ${timeout}s."
    "$here/cluster/status.sh" >&2 || true
    dlq=$(kcat -b "$brokers" -C -t articles.dlq -o beginning -e -q 2>/dev/null | wc -l || true)
    say "records on articles.dlq: $dlq (see ops/RUNBOOK.md, 'Dead-letter queue')"
    for f in "$log_dir"/*.log; do echo "--- tail ${f#"$root"/}" >&2; tail -n 5 "$f" >&2; done
    die "timed out waiting for articles.complete; the cluster is left running for a look (ops/cluster/down.sh stops it)"
  fi
  sleep 2
done
rm -f "$out.tmp"

# One line per record: id, complete, a few entities, the first quote, two numbers.
jq -c '{article_id, complete, entities: [.entities[] | "\(.text) (\(.type))"][:4],
        quotes: [.quotes[] | {speaker, text: (.text[:50] + "…")}][:1],
        numbers: [.numbers[] | {text, value, kind, unit, approx}][:2]}' "$out"
complete=$(jq -s 'map(select(.complete == true)) | length' "$out")
say "$have records on articles.complete ($complete complete); the full records: ${out#"$root"/}"
say "read them yourself: kcat -b $brokers -t articles.complete -C -e -q | jq"
if ((stop == 2)); then
  "$here/cluster/down.sh"
else
  say "the cluster keeps running on $brokers: ops/cluster/status.sh to look, ops/stop.sh to stop"
fi
