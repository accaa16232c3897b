#!/usr/bin/env bash
# Start the Docker-free local cluster: the Tansu broker (in memory), the topics, the
# three workers (entities, quotes, numbers), the assembler and the index, as background processes.
#
#   ops/cluster/up.sh [--workers N] [--entities N] [--quotes N] [--numbers N] [--broker-only]
#
#   --workers N     N replicas of every worker stage (default 1; at most 6 = partitions)
#   --entities N, --quotes N, --numbers N   replicas of one stage
#   --broker-only   start only Tansu (no wirefleet binary needed)
#
# Idempotent: whatever already runs (by run/pids/<name>.pid) is left alone.
# Environment: WIREFLEET_PORT (broker port, default 9092), WIREFLEET_METRICS_BASE
# (first metrics port, default 9464), WIREFLEET_BIN (default .build/release/wirefleet),
# TANSU_BIN (default .cache/bin/tansu), WIREFLEET_WAIT (assembler --wait seconds).
# Logs: run/logs/<name>.log. Stop with ops/cluster/down.sh; look with ops/cluster/status.sh.
set -euo pipefail
if [[ -n ${WIREFLEET_PORT:-} ]]; then export WIREFLEET_PORT_GIVEN=1; fi
# shellcheck source=ops/cluster/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

declare -A replicas=([entities]=1 [quotes]=1 [numbers]=1)
broker_only=0
while (($#)); do
  case "$1" in
    --workers) [[ ${2:-} =~ ^[1-6]$ ]] || die "--workers needs 1..6"; for s in "${stages[@]}"; do replicas[$s]=$2; done; shift 2 ;;
    --entities|--quotes|--numbers) [[ ${2:-} =~ ^[0-6]$ ]] || die "$1 needs 0..6"; replicas[${1#--}]=$2; shift 2 ;;
    --broker-only) broker_only=1; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

command -v kcat >/dev/null || die "kcat is not installed (ops/setup.sh --no-build installs it)"
((broker_only)) || need_wirefleet
mkdir -p "$pid_dir" "$log_dir" "$port_dir"

# Refuse to mix with a cluster that runs on another port.
if is_running tansu && [[ -n $cluster_port && $cluster_port != "$WIREFLEET_PORT" ]]; then
  die "a cluster already runs on port $cluster_port; stop it first (ops/cluster/down.sh)"
fi

# start NAME CMD...: run CMD in the background, its pid in run/pids/NAME.pid.
start() {
  local name=$1; shift
  local log="$log_dir/$name.log"
  printf '\n=== %s start: %s\n' "$(date -u +%FT%TZ)" "$*" >>"$log"
  # The wrapper writes its own pid and then execs: the pid file names the real process.
  nohup bash -c 'echo $$ >"$0"; exec "$@"' "$pid_dir/$name.pid" "$@" >>"$log" 2>&1 </dev/null &
  local i
  for i in {1..50}; do [[ -s "$pid_dir/$name.pid" ]] && break; sleep 0.1; done
}

# --- 1. the broker -----------------------------------------------------------------
if is_running tansu; then
  say "tansu already runs (pid $(<"$pid_dir/tansu.pid")) on $brokers"
else
  [[ -x $TANSU_BIN ]] || die "the Tansu broker is missing: $TANSU_BIN (run ops/setup.sh --no-build)"
  if broker_answers; then
    die "something else already answers on $brokers (not started by this cluster).
  Stop it, or use another port: WIREFLEET_PORT=19092 $0"
  fi
  rm -f "$pid_dir/tansu.pid"
  printf 'WIREFLEET_PORT=%s\n' "$WIREFLEET_PORT" >"$run_dir/cluster.env"
  say "starting tansu on $brokers (in-memory storage; log run/logs/tansu.log)"
  start tansu "$TANSU_BIN" broker \
    --listener-url "tcp://127.0.0.1:$WIREFLEET_PORT" \
    --advertised-listener-url "tcp://127.0.0.1:$WIREFLEET_PORT" \
    --storage-engine memory://tansu/
fi
deadline=$((SECONDS + ${WIREFLEET_BROKER_TIMEOUT:-30}))
until broker_answers; do
  is_running tansu || die "tansu exited; last lines of run/logs/tansu.log:
$(tail -n 20 "$log_dir/tansu.log" 2>/dev/null)"
  ((SECONDS < deadline)) || die "tansu does not answer on $brokers after ${WIREFLEET_BROKER_TIMEOUT:-30}s (see run/logs/tansu.log)"
  sleep 0.5
done
say "broker answers on $brokers"
((broker_only)) && { say "--broker-only: done"; exit 0; }

# --- 2. topics (idempotent: existing topics are kept) ------------------------------
have_topics=$(kcat -b "$brokers" -L -m 3 2>/dev/null | sed -n 's/^ *topic "\([^"]*\)".*/\1/p' | sort)
missing=()
for t in articles.raw articles.enriched articles.complete articles.dlq articles.assembler-state; do
  grep -qx "$t" <<<"$have_topics" || missing+=("$t")
done
if ((${#missing[@]})); then
  say "creating topics ${missing[*]}"
  "$WIREFLEET_BIN" topics create --brokers "$brokers" --partitions 6 --replication-factor 1 "${missing[@]}" \
    >>"$log_dir/topics.log" 2>&1 || die "wirefleet topics create failed (see run/logs/topics.log)"
else
  say "topics exist"
fi

# --- 3. workers and assembler ------------------------------------------------------
launch() { # NAME PORT SUBCOMMAND...
  local name=$1 port=$2; shift 2
  if is_running "$name"; then
    say "$name already runs (pid $(<"$pid_dir/$name.pid"), metrics :$(cat "$port_dir/$name.port" 2>/dev/null || echo '?'))"
    return
  fi
  rm -f "$pid_dir/$name.pid"
  echo "$port" >"$port_dir/$name.port"
  start "$name" "$WIREFLEET_BIN" "$@" --brokers "$brokers" --metrics-port "$port"
  say "started $name (pid $(<"$pid_dir/$name.pid"), metrics http://127.0.0.1:$port/metrics)"
}
for i in "${!stages[@]}"; do
  s=${stages[$i]}
  for ((r = 1; r <= ${replicas[$s]}; r++)); do
    launch "$s-$r" "$(metrics_port "$i" "$r")" worker "$s" --group-id "wirefleet-$s"
  done
done
wait_args=()
[[ -n ${WIREFLEET_WAIT:-} ]] && wait_args=(--wait "$WIREFLEET_WAIT")
launch assembler-1 "$((WIREFLEET_METRICS_BASE + 3))" assemble --group-id wirefleet-assembler "${wait_args[@]}"
# The cross-article index (entities.index, quotes.clusters): one instance, base+20.
launch index-1 "$((WIREFLEET_METRICS_BASE + 20))" index --group-id wirefleet-index

# --- 4. a moment later, everything must still be alive -----------------------------
sleep 1
bad=0
for f in "$pid_dir"/*.pid; do
  name=$(basename "$f" .pid)
  if ! is_running "$name"; then
    say "$name exited right away; last lines of run/logs/$name.log:"
    tail -n 15 "$log_dir/$name.log" >&2 || true
    bad=1
  fi
done
((bad == 0)) || die "some processes did not start (ops/cluster/status.sh, ops/cluster/down.sh)"
say "cluster up: brokers $brokers; ops/cluster/status.sh to look, ops/cluster/down.sh to stop"
