#!/usr/bin/env bash
# Wirefleet test command: sets up what is missing, starts a Tansu broker on a free
# loopback port, runs `swift test` against it and always stops the broker.
#
#   ops/test.sh                 setup (idempotent) + the whole suite
#   ops/test.sh --filter REGEX  only matching tests (passed to swift test)
#
# The broker address is exported as WIREFLEET_TEST_BROKERS; broker log: run/test-broker.log.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

if [[ ${1:-} == -h || ${1:-} == --help ]]; then sed -n '2,8p' "$0"; exit 0; fi

ops/setup.sh --no-build

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p run
.cache/bin/tansu broker --listener-url "tcp://127.0.0.1:$port" --advertised-listener-url "tcp://127.0.0.1:$port" \
  >run/test-broker.log 2>&1 &
broker=$!
cleanup() { kill "$broker" 2>/dev/null || true; wait "$broker" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

for _ in $(seq 1 100); do
  if kcat -b "127.0.0.1:$port" -L -m 2 >/dev/null 2>&1; then break; fi
  kill -0 "$broker" 2>/dev/null || { echo "test: the broker exited; see run/test-broker.log" >&2; exit 1; }
  sleep 0.2
done
echo "[test] Tansu broker on 127.0.0.1:$port (pid $broker)" >&2
export WIREFLEET_TEST_BROKERS="127.0.0.1:$port"
swift build
swift test "$@"
