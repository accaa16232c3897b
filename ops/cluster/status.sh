#!/usr/bin/env bash
# Show the local cluster: each process (pid, alive, /healthz, /readyz, metrics port),
# the broker's topics, and the fleet's consumed/produced/lag counters.
#   ops/cluster/status.sh [--quiet]    exit 0 when everything in run/pids is alive, else 1
set -euo pipefail
# shellcheck source=ops/cluster/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
quiet=0
for arg in "$@"; do
  case "$arg" in
    --quiet|-q) quiet=1 ;;
    -h|--help) sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $arg (see --help)" ;;
  esac
done
shopt -s nullglob
files=("$pid_dir"/*.pid)
if ((${#files[@]} == 0)); then
  ((quiet)) || echo "no cluster running (no pid files in run/pids); start one with ops/cluster/up.sh"
  exit 1
fi
probe() { curl -fsS -m 2 -o /dev/null "http://127.0.0.1:$1$2" 2>/dev/null && echo ok || echo no; }
rc=0
((quiet)) || printf '%-14s %-8s %-6s %-7s %-7s %s\n' NAME PID ALIVE HEALTHZ READYZ METRICS
for f in "${files[@]}"; do
  name=$(basename "$f" .pid); pid=$(<"$f")
  if is_running "$name"; then alive=yes; else alive=NO; rc=1; fi
  port=$(cat "$port_dir/$name.port" 2>/dev/null || true)
  h=-; r=-; m=-
  if [[ -n $port && $alive == yes ]]; then h=$(probe "$port" /healthz); r=$(probe "$port" /readyz); m="http://127.0.0.1:$port/metrics"; fi
  [[ $name == tansu ]] && m="broker $brokers"
  ((quiet)) || printf '%-14s %-8s %-6s %-7s %-7s %s\n' "$name" "$pid" "$alive" "$h" "$r" "$m"
done
((quiet)) && exit $rc
echo
if broker_answers; then
  echo "topics on $brokers:"
  kcat -b "$brokers" -L -m 3 2>/dev/null | sed -n 's/^ *topic "\([^"]*\)" with \([0-9]*\) partitions.*/  \1 (\2 partitions)/p'
else
  echo "broker $brokers does not answer"; rc=1
fi
# Counters from each process's /metrics (summed per stage).
samples=""
for p in "$port_dir"/*.port; do
  port=$(<"$p")
  samples+=$(curl -fsS -m 2 "http://127.0.0.1:$port/metrics" 2>/dev/null | grep -E '^wirefleet_(consumed|produced|dead_lettered|failed)_total|^wirefleet_consumer_lag' || true)$'\n'
done
if [[ -n ${samples//$'\n'/} ]]; then
  echo
  echo "counters (all replicas):"
  awk '
    /^wirefleet_/ { name=$1; sub(/\{.*/, "", name); stage=$1; if (match(stage, /stage="[^"]*"/)) stage=substr(stage, RSTART+7, RLENGTH-8); else stage="-";
                    v[stage" "name]+=$NF }
    END { for (k in v) printf "  %-40s %s\n", k, v[k] }' <<<"$samples" | sort
fi
exit $rc
