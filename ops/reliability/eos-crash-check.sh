#!/usr/bin/env bash
# Exactly-once crash check for a broker that hides aborted transactions (real Apache
# Kafka, e.g. the compose cluster): runs the fleet in --exactly-once mode, publishes N
# articles while SIGKILLing a random process every few seconds, then checks that a
# read_committed reader sees exactly one record per article on the complete topic.
#
#   ops/reliability/eos-crash-check.sh [--brokers 127.0.0.1:9092] [--count 2000] [--crashes 10]
#
# Not for Tansu or librdkafka's mock cluster: they do not filter aborted transactions,
# so duplicates from aborted attempts would show (a broker limit, not the fleet's).
# Uses its own topics and groups (eos-<run>-*), so it does not disturb a running fleet.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
brokers=${WIREFLEET_BROKERS:-127.0.0.1:9092} count=2000 crashes=10
while (($#)); do
  case "$1" in
    --brokers) brokers=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    --crashes) crashes=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "eos-crash-check: unknown option $1" >&2; exit 2 ;;
  esac
done
bin=${WIREFLEET_BIN:-$root/.build/release/wirefleet}
[[ -x $bin ]] || { echo "eos-crash-check: $bin is missing (swift build -c release)" >&2; exit 2; }
run="eos-$(date +%s)"
raw="$run-raw" enriched="$run-enriched" complete="$run-complete" dlq="$run-dlq"
logs="$root/run/$run"; mkdir -p "$logs"
"$bin" topics create --brokers "$brokers" "$raw" "$enriched" "$complete" "$dlq" >/dev/null

declare -A pid
start() {
  local role=$1
  if [[ $role == assembler ]]; then
    "$bin" assemble --exactly-once --brokers "$brokers" --input-topic "$enriched" --output-topic "$complete" \
      --dlq-topic "$dlq" --group-id "$run-assembler" --wait 120 >>"$logs/$role.log" 2>&1 &
  else
    "$bin" worker "$role" --exactly-once --brokers "$brokers" --input-topic "$raw" --output-topic "$enriched" \
      --dlq-topic "$dlq" --group-id "$run-$role" >>"$logs/$role.log" 2>&1 &
  fi
  pid[$role]=$!
}
roles=(entities quotes numbers assembler)
for r in "${roles[@]}"; do start "$r"; done
cleanup() { for r in "${roles[@]}"; do kill "${pid[$r]}" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# Publish N articles (fresh ids) in the background, slowly enough to span the crashes.
( for i in $(seq 1 "$count"); do
    printf '{"id":"%s-%d","body":"Article %d. Jane Porter said on Monday that %d schools would open in Springfield."}\n' "$run" "$i" "$i" "$i"
  done | "$bin" produce --brokers "$brokers" --topic "$raw" --quiet - ) &
publisher=$!
for _ in $(seq 1 "$crashes"); do
  sleep $((8 + RANDOM % 5))
  r=${roles[RANDOM % ${#roles[@]}]}
  echo "SIGKILL $r (pid ${pid[$r]})"
  kill -9 "${pid[$r]}" 2>/dev/null || true
  start "$r"
done
wait "$publisher"
echo "waiting for $count records on $complete (read_committed)…"
deadline=$((SECONDS + 300))
while :; do
  n=$(kcat -b "$brokers" -C -t "$complete" -e -q -X isolation.level=read_committed -f '%k\n' 2>/dev/null | sort -u | wc -l)
  ((n >= count || SECONDS > deadline)) && break
  sleep 5
done
keys=$(kcat -b "$brokers" -C -t "$complete" -e -q -X isolation.level=read_committed -f '%k\n' 2>/dev/null)
total=$(grep -c . <<<"$keys" || true)
distinct=$(sort -u <<<"$keys" | grep -c . || true)
echo "records $total, distinct articles $distinct of $count, duplicates $((total - distinct))"
((distinct == count && total == count))
