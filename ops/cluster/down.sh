#!/usr/bin/env bash
# Stop the local cluster started by ops/cluster/up.sh: every process with a pid file
# in run/pids/, the assembler and workers first (so they commit and leave their
# groups), the broker last. TERM, then KILL after WIREFLEET_STOP_TIMEOUT seconds
# (default 15). Removes the pid files. Logs in run/logs/ are kept.
#
#   ops/cluster/down.sh [--clean]     --clean also deletes run/ (logs included)
#   ops/cluster/down.sh NAME...       stop only these processes (scale down), e.g. quotes-3
set -euo pipefail
# shellcheck source=ops/cluster/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
clean=0
names=()
for arg in "$@"; do
  case "$arg" in
    --clean) clean=1 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $arg (see --help)" ;;
    *) [[ -f "$pid_dir/$arg.pid" ]] || die "no process named $arg (see ops/cluster/status.sh)"; names+=("$arg") ;;
  esac
done
timeout=${WIREFLEET_STOP_TIMEOUT:-15}

# stop_group NAME...: TERM them all, wait for all, KILL what is left.
stop_group() {
  local name pid alive=() left
  for name in "$@"; do
    if is_running "$name"; then
      pid=$(<"$pid_dir/$name.pid")
      kill -TERM "$pid" 2>/dev/null || true
      alive+=("$name:$pid")
      say "stopping $name (pid $pid)"
    elif [[ -f "$pid_dir/$name.pid" ]]; then
      say "$name was not running (stale pid file removed)"
      rm -f "$pid_dir/$name.pid"
    fi
  done
  ((${#alive[@]})) || return 0
  local deadline=$((SECONDS + timeout))
  while :; do
    left=()
    for entry in "${alive[@]}"; do
      pid=${entry#*:}
      if pid_alive "$pid"; then left+=("$entry"); else rm -f "$pid_dir/${entry%%:*}.pid"; fi
    done
    ((${#left[@]})) || return 0
    if ((SECONDS >= deadline)); then
      for entry in "${left[@]}"; do
        say "${entry%%:*} (pid ${entry#*:}) ignored TERM for ${timeout}s: KILL"
        kill -KILL "${entry#*:}" 2>/dev/null || true
      done
      for entry in "${left[@]}"; do
        for _ in {1..50}; do pid_alive "${entry#*:}" || break; sleep 0.1; done
        if pid_alive "${entry#*:}"; then die "${entry%%:*} (pid ${entry#*:}) survived KILL for 5s"; fi
        rm -f "$pid_dir/${entry%%:*}.pid"
      done
      return 0
    fi
    alive=("${left[@]}"); sleep 0.2
  done
}

if ((${#names[@]})); then
  stop_group "${names[@]}"
  say "stopped ${names[*]}"
  exit 0
fi
if [[ -d $pid_dir ]]; then
  shopt -s nullglob
  fleet=()
  for f in "$pid_dir"/*.pid; do
    n=$(basename "$f" .pid)
    [[ $n == tansu ]] || fleet+=("$n")
  done
  ((${#fleet[@]})) && stop_group "${fleet[@]}"
  stop_group tansu
  rm -f "$port_dir"/*.port "$run_dir/cluster.env"
fi
if ((clean)); then rm -rf "$run_dir"; say "removed run/"; fi
say "cluster stopped"
