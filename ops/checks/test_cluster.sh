#!/usr/bin/env bash
# Test the Docker-free cluster scripts (ops/cluster/up.sh, status.sh, down.sh, ops/run.sh)
# with the real Tansu broker and the real wirefleet binary (.build/release, else
# .build/debug; WIREFLEET_BIN overrides), on free ports and a temp run dir, so a running
# cluster is not disturbed.
#
#   ops/checks/test_cluster.sh          needs .cache/bin/tansu (ops/setup.sh --no-build), kcat, jq, curl
#
# Prints one line per case and a last line `N passed, M failed`; exits 1 if M > 0.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
[[ ${1:-} == -h || ${1:-} == --help ]] && { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0; }
for tool in kcat jq curl python3; do command -v "$tool" >/dev/null || { echo "test_cluster: $tool is missing" >&2; exit 2; }; done
[[ -x $root/.cache/bin/tansu ]] || { echo "test_cluster: .cache/bin/tansu is missing (ops/setup.sh --no-build)" >&2; exit 2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
tmp=$(mktemp -d)
export WIREFLEET_RUN_DIR="$tmp/run"
export WIREFLEET_PORT; WIREFLEET_PORT=$(free_port)
# four consecutive free ports for the metrics (plus room for a second replica each)
base=$(python3 -c '
import socket
for b in range(20000, 60000, 17):
    socks = []
    try:
        for p in range(b, b + 8):
            s = socket.socket(); s.bind(("127.0.0.1", p)); socks.append(s)
        print(b); break
    except OSError:
        pass
    finally:
        for s in socks: s.close()
')
export WIREFLEET_METRICS_BASE=$base
export WIREFLEET_STOP_TIMEOUT=5
bin=${WIREFLEET_BIN:-}
if [[ -z $bin ]]; then
  for c in "$root/.build/release/wirefleet" "$root/.build/debug/wirefleet"; do [[ -x $c ]] && { bin=$c; break; }; done
fi
[[ -n $bin && -x $bin ]] || { echo "test_cluster: no wirefleet binary (swift build first)" >&2; exit 2; }
cleanup() {
  WIREFLEET_BIN=$bin "$root/ops/cluster/down.sh" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
passed=0 failed=0
pass() { passed=$((passed + 1)); echo "PASS  $1"; }
fail() { failed=$((failed + 1)); echo "FAIL  $1"; [[ -n ${2:-} ]] && printf '%s\n' "$2" | tail -n 8 | sed 's/^/    | /'; return 0; }
pids() { cat "$WIREFLEET_RUN_DIR"/pids/*.pid 2>/dev/null | sort | tr '\n' ' '; }
alive_count() { # live (non-zombie) processes among the pids given
  local n=0 p s
  for p in "$@"; do
    s=$(awk '{print $3}' "/proc/$p/stat" 2>/dev/null || true)
    [[ -n $s && $s != Z && $s != X ]] && n=$((n + 1))
  done
  echo "$n"
}
echo "test_cluster: broker port $WIREFLEET_PORT, metrics ports from $base, run dir $WIREFLEET_RUN_DIR"

# 1. no binary: clear error, nothing started
out=$(WIREFLEET_BIN="$tmp/no-such-binary" "$root/ops/cluster/up.sh" 2>&1) && rc=0 || rc=$?
if ((rc != 0)) && grep -q "wirefleet binary is missing" <<<"$out" && [[ -z $(pids) ]]; then pass "up.sh without the binary: clear error, nothing started"
else fail "up.sh without the binary (rc=$rc)" "$out"; fi
out=$(WIREFLEET_BIN="$tmp/no-such-binary" "$root/ops/run.sh" --no-setup 2>&1) && rc=0 || rc=$?
if ((rc != 0)) && grep -q "wirefleet binary is missing" <<<"$out"; then pass "run.sh without the binary: clear error"
else fail "run.sh without the binary (rc=$rc)" "$out"; fi

# 2. broker only
out=$("$root/ops/cluster/up.sh" --broker-only 2>&1) && rc=0 || rc=$?
if ((rc == 0)) && kcat -b "127.0.0.1:$WIREFLEET_PORT" -L -m 3 >/dev/null 2>&1; then pass "up.sh --broker-only: Tansu answers kcat -L"
else fail "up.sh --broker-only (rc=$rc)" "$out"; fi

# 3. the fleet
export WIREFLEET_BIN=$bin
out=$("$root/ops/cluster/up.sh" 2>&1) && rc=0 || rc=$?
n=$(ls "$WIREFLEET_RUN_DIR"/pids/*.pid 2>/dev/null | wc -l)
if ((rc == 0 && n == 6)) && grep -q "tansu already runs" <<<"$out"; then pass "up.sh: starts 3 workers + assembler + index next to the running broker (6 pid files)"
else fail "up.sh fleet (rc=$rc, $n pid files)" "$out"; fi
ok=1
for i in 0 1 2 3 20; do curl -fsS -m 2 -o /dev/null "http://127.0.0.1:$((base + i))/healthz" || ok=0; done
((ok)) && pass "metrics ports $base..$((base + 3)) and $((base + 20)) (index) answer /healthz" || fail "metrics ports $base..$((base + 3)), $((base + 20)) answer /healthz"
before=$(pids)
out=$("$root/ops/cluster/up.sh" 2>&1) && rc=0 || rc=$?
if ((rc == 0)) && [[ $(pids) == "$before" ]] && [[ $(grep -c "already runs" <<<"$out") -eq 6 ]]; then pass "up.sh again: idempotent (same 6 pids)"
else fail "up.sh again (rc=$rc)" "$out"; fi
"$root/ops/cluster/status.sh" -q && pass "status.sh: exit 0 when all run" || fail "status.sh: exit 0 when all run"

# 4. one more replica per worker
out=$("$root/ops/cluster/up.sh" --workers 2 2>&1) && rc=0 || rc=$?
n=$(ls "$WIREFLEET_RUN_DIR"/pids/*.pid | wc -l)
if ((rc == 0 && n == 9)) && curl -fsS -m 2 -o /dev/null "http://127.0.0.1:$((base + 4))/healthz"; then pass "up.sh --workers 2: 3 more replicas on their own metrics ports"
else fail "up.sh --workers 2 (rc=$rc, $n pid files)" "$out"; fi

# 5. the main job
out=$("$root/ops/run.sh" --no-setup --timeout 60 2>&1) && rc=0 || rc=$?
recs=$(jq -s length "$WIREFLEET_RUN_DIR/complete.jsonl" 2>/dev/null || echo 0)
lines=$(grep -c '^{"article_id"' <<<"$out" || true)
if ((rc == 0 && recs == 5 && lines == 5)) && grep -q "cluster keeps running" <<<"$out" && (($(wc -l <<<"$out") < 60)); then
  pass "run.sh: publishes seeds/, waits for 5 records on articles.complete, prints one line each"
else fail "run.sh (rc=$rc, $recs records, $lines summary lines, $(wc -l <<<"$out") lines of output)" "$out"; fi
out=$("$root/ops/run.sh" --no-setup --timeout 60 2>&1) && rc=0 || rc=$?
recs=$(jq -s length "$WIREFLEET_RUN_DIR/complete.jsonl" 2>/dev/null || echo 0)
((rc == 0 && recs == 5)) && pass "run.sh again: still 5 (latest record per article)" || fail "run.sh again (rc=$rc, $recs records)" "$out"

# 5b. the index: every Lukashenko spelling of the five seeds is one entity of 5 articles
# on the compacted entities.index (published twice: the latest entry per id counts once)
n=0
for _ in {1..30}; do
  n=$(kcat -b "127.0.0.1:$WIREFLEET_PORT" -C -t entities.index -e -q -f '%s\n' 2>/dev/null \
      | jq -rs '[.[] | select(.name != null and (.name | test("Lukash")))] | map(.id) | unique | length' 2>/dev/null || echo 0)
  arts=$(kcat -b "127.0.0.1:$WIREFLEET_PORT" -C -t entities.index -e -q -f '%s\n' 2>/dev/null \
      | jq -rs '[.[] | select(.name != null and (.name | test("Lukash")))] | last | .articles' 2>/dev/null || echo 0)
  ((n == 1)) && [[ $arts == 5 ]] && break
  sleep 1
done
if ((n == 1)) && [[ $arts == 5 ]]; then pass "index: entities.index holds one Lukashenko id, in 5 articles"
else fail "index: entities.index (ids named Lukash*: $n, articles: ${arts:-none})"; fi

# 6. stop everything: run.sh --stop only stops (no setup, no publishing)
all=$(pids)
out=$("$root/ops/run.sh" --stop 2>&1) && rc=0 || rc=$?
if grep -qE "publishing|setup|waiting up to" <<<"$out"; then fail "run.sh --stop did more than stop" "$out"; else pass "run.sh --stop: only stops"; fi
# shellcheck disable=SC2086
left=$(alive_count $all)
if ((rc == 0 && left == 0)) && [[ -z $(pids) ]] && ! kcat -b "127.0.0.1:$WIREFLEET_PORT" -L -m 2 >/dev/null 2>&1; then pass "run.sh --stop: no process left, no pid file, broker gone"
else fail "run.sh --stop (rc=$rc, $left alive)" "$out"; fi
"$root/ops/cluster/status.sh" -q && fail "status.sh after down: should exit 1" || pass "status.sh after down: exit 1"
out=$("$root/ops/cluster/down.sh" 2>&1) && pass "down.sh with nothing running: exit 0" || fail "down.sh with nothing running" "$out"

# 7. run.sh times out with a clear error when nothing arrives: a fresh cluster needs a
#    few seconds to join its groups, so a 1 s wait sees no record
out=$("$root/ops/run.sh" --no-setup --timeout 1 2>&1) && rc=0 || rc=$?
if ((rc != 0)) && grep -q "timed out waiting for articles.complete" <<<"$out" && grep -q "only 0 of 5" <<<"$out"; then pass "run.sh: times out with a clear error when no record arrives"
else fail "run.sh timeout (rc=$rc)" "$out"; fi
"$root/ops/cluster/down.sh" >/dev/null 2>&1 || true

# 8. processes that do not react to TERM (here: stopped with SIGSTOP) are KILLed after
#    WIREFLEET_STOP_TIMEOUT
"$root/ops/cluster/up.sh" >/dev/null 2>&1 || true
all=$(pids)
for p in $all; do [[ $p == "$(cat "$WIREFLEET_RUN_DIR/pids/tansu.pid")" ]] || kill -STOP "$p" 2>/dev/null || true; done
t0=$SECONDS
out=$(WIREFLEET_STOP_TIMEOUT=2 "$root/ops/cluster/down.sh" 2>&1) && rc=0 || rc=$?
# shellcheck disable=SC2086
left=$(alive_count $all)
if ((rc == 0 && left == 0)) && grep -q "ignored TERM" <<<"$out" && [[ -z $(pids) ]]; then pass "down.sh: KILLs what ignores TERM ($((SECONDS - t0))s)"
else fail "down.sh KILL (rc=$rc, $left alive)" "$out"; fi

# 9. a foreign broker on the port: up.sh refuses rather than mixing
"$root/.cache/bin/tansu" broker --listener-url "tcp://127.0.0.1:$WIREFLEET_PORT" \
  --advertised-listener-url "tcp://127.0.0.1:$WIREFLEET_PORT" >/dev/null 2>&1 &
foreign=$!
for _ in {1..40}; do kcat -b "127.0.0.1:$WIREFLEET_PORT" -L -m 1 >/dev/null 2>&1 && break; sleep 0.25; done
out=$("$root/ops/cluster/up.sh" 2>&1) && rc=0 || rc=$?
kill "$foreign" 2>/dev/null || true; wait "$foreign" 2>/dev/null || true
if ((rc != 0)) && grep -q "something else already answers" <<<"$out"; then pass "up.sh: refuses a port where a foreign broker answers"
else fail "up.sh with a foreign broker (rc=$rc)" "$out"; fi

echo
echo "$passed passed, $failed failed"
((failed == 0))
