#!/usr/bin/env bash
# Wirefleet test command: sets up what is missing, starts a Tansu broker on a free
# loopback port, runs `swift test` against it and always stops the broker; then the
# static checks of compose/k8s/Prometheus/Grafana (ops/checks/test_static.sh) and the
# Docker-free cluster scripts with the real binary (ops/checks/test_cluster.sh), and the
# extraction quality floors (ops/eval/floor.py: needs ../shared/eval beside the tree; our
# own sets are scored when their gold is found, see ops/eval/README.md).
#
#   ops/test.sh                 setup (idempotent) + everything
#   ops/test.sh --filter REGEX  only matching Swift tests (passed to swift test), no ops checks
#
# The broker address is exported as WIREFLEET_TEST_BROKERS; broker log: run/test-broker.log;
# the Swift tests' output: run/test-output.log. Every part runs even if an earlier one
# failed; the last lines name what failed, and the exit status is 1 if anything did.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

if [[ ${1:-} == -h || ${1:-} == --help ]]; then sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0; fi

ops/setup.sh --no-build

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p run
.cache/bin/tansu broker --listener-url "tcp://127.0.0.1:$port" --advertised-listener-url "tcp://127.0.0.1:$port" \
  >run/test-broker.log 2>&1 &
broker=$!
cleanup() {
  kill "$broker" 2>/dev/null || true
  # TERM, then KILL if the broker is still there after 5 s (never wait forever).
  for _ in $(seq 1 50); do kill -0 "$broker" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$broker" 2>/dev/null || true
  wait "$broker" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

for _ in $(seq 1 100); do
  if kcat -b "127.0.0.1:$port" -L -m 2 >/dev/null 2>&1; then break; fi
  kill -0 "$broker" 2>/dev/null || { echo "test: the broker exited; see run/test-broker.log" >&2; exit 1; }
  sleep 0.2
done
echo "[test] Tansu broker on 127.0.0.1:$port (pid $broker)" >&2
export WIREFLEET_TEST_BROKERS="127.0.0.1:$port"

failed=()
not_run=()
swift build
set +e
swift test "$@" 2>&1 | tee run/test-output.log
swift_status=${PIPESTATUS[0]}
set -e
((swift_status == 0)) || failed+=("swift test (exit $swift_status)")
if (($# == 0)); then
  echo "[test] static checks of compose, k8s, Prometheus, Grafana" >&2
  bash ops/checks/test_static.sh || failed+=("ops/checks/test_static.sh")
  echo "[test] the Docker-free cluster scripts with the real binary" >&2
  bash ops/checks/test_cluster.sh || failed+=("ops/checks/test_cluster.sh")
  echo "[test] extraction quality floors: our unseen set, the seeds, noisy copies (ops/eval/floor.py)" >&2
  set +e
  python3 ops/eval/floor.py .build/debug/wirefleet 2>&1 | tee run/floor-output.log
  floor_status=${PIPESTATUS[0]}
  set -e
  if ((floor_status == 3)); then
    not_run+=("quality floors (../shared/eval missing)")
  elif ((floor_status == 4)); then
    # floor.py's last line names the sets it could not score.
    missing=$(sed -n 's/.*NOT RUN: \(.*\) (their gold.*/\1/p' run/floor-output.log | tail -1)
    not_run+=("quality floors of ${missing:-some evaluation sets} (their gold is not beside the tree: ../wirefleet-eval or \$WIREFLEET_EVAL_GOLD)")
  elif ((floor_status != 0)); then
    failed+=("ops/eval/floor.py")
  fi
fi

# The names of what failed, last, where nobody has to scroll for them.
skipped=$(grep -cE '^[^ ]* Test .* skipped' run/test-output.log || true)
if ((${#failed[@]})); then
  echo "[test] FAILED: ${failed[*]}" >&2
  grep -E '✘ Test [^ ]+\(.*\) (failed|recorded)|^Test Case .* failed|error: -\[' run/test-output.log \
    | sed -E 's/ (failed|recorded an issue).*$//' | sort -u | sed 's/^/[test]   /' >&2 || true
  exit 1
fi
if ((${#not_run[@]})); then
  echo "[test] passed, but NOT RUN: ${not_run[*]} ($skipped Swift tests skipped; see run/test-output.log)" >&2
  exit 0
fi
echo "[test] all passed ($skipped Swift tests skipped; see run/test-output.log)" >&2
