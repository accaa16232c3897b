# shellcheck shell=bash disable=SC2034  # variables here are used by the scripts that source it
# Shared by ops/cluster/*.sh and ops/run.sh (sourced, not run).
# Layout of the local cluster's state, all under run/ (git-ignored):
#   run/pids/<name>.pid    one per process: tansu, entities-1, quotes-1, numbers-1, assembler-1, index-1, ...
#   run/logs/<name>.log    its stdout + stderr
#   run/ports/<name>.port  the metrics port of a wirefleet process
#   run/cluster.env        the broker address the cluster was started with
# WIREFLEET_RUN_DIR moves all of it elsewhere (the tests use a temp dir).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
run_dir=${WIREFLEET_RUN_DIR:-$root/run}
pid_dir="$run_dir/pids"
log_dir="$run_dir/logs"
port_dir="$run_dir/ports"
WIREFLEET_PORT=${WIREFLEET_PORT:-9092}
WIREFLEET_METRICS_BASE=${WIREFLEET_METRICS_BASE:-9464}
WIREFLEET_BIN=${WIREFLEET_BIN:-$root/.build/release/wirefleet}
TANSU_BIN=${TANSU_BIN:-$root/.cache/bin/tansu}
# A cluster already started remembers its broker port (run/cluster.env): the other
# scripts follow it unless WIREFLEET_PORT was given explicitly.
cluster_port=""
if [[ -f "$run_dir/cluster.env" ]]; then
  cluster_port=$(sed -n 's/^WIREFLEET_PORT=\([0-9]*\)$/\1/p' "$run_dir/cluster.env")
  if [[ -z ${WIREFLEET_PORT_GIVEN:-} && -n $cluster_port ]]; then WIREFLEET_PORT=$cluster_port; fi
fi
brokers="127.0.0.1:$WIREFLEET_PORT"

stages=(entities quotes numbers)

say()  { printf '\033[1m[%s]\033[0m %s\n' "$(basename "$0" .sh)" "$*" >&2; }
die()  { printf '\033[1;31m[%s] error:\033[0m %s\n' "$(basename "$0" .sh)" "$*" >&2; exit 1; }

# pid_alive PID: the process exists and is not a zombie waiting to be reaped.
pid_alive() {
  kill -0 "$1" 2>/dev/null || return 1
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [[ -n $state && $state != Z && $state != X ]]
}

# is_running NAME: the pid file exists and names a live process of ours.
is_running() {
  local f="$pid_dir/$1.pid" pid
  [[ -f $f ]] || return 1
  pid=$(<"$f")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  pid_alive "$pid" || return 1
  # Guard against a recycled pid: the process must be tansu or wirefleet.
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -Eq 'tansu|wirefleet'
}

broker_answers() { kcat -b "$brokers" -L -m 2 >/dev/null 2>&1; }

need_wirefleet() {
  [[ -x $WIREFLEET_BIN ]] || die "the wirefleet binary is missing: $WIREFLEET_BIN
  build it with 'ops/setup.sh' (or 'swift build -c release'), or point WIREFLEET_BIN at one."
}

# Metrics port of a process: the first replica of each stage gets base+0..3
# (entities 9464, quotes 9465, numbers 9466, assembler 9467); further worker
# replicas get 9468 and up, three per replica number; the index gets base+20 (9484).
metrics_port() { # STAGE_INDEX REPLICA
  local i=$1 r=$2
  if ((r == 1)); then echo $((WIREFLEET_METRICS_BASE + i)); else echo $((WIREFLEET_METRICS_BASE + 4 + (r - 2) * 3 + i)); fi
}
