#!/usr/bin/env bash
# Test the static checks: ops/checks/check_static.py must pass on the real files and
# must fail, for the right reason, on deliberately broken copies (a bad compose key,
# an unknown subcommand, an unknown flag, a wrong topic name, ...), made in a temp dir.
# Also checks the --help parser against a stand-in binary in swift-argument-parser format.
#
#   ops/checks/test_static.sh [-v]      -v prints the checker's output of every case
#
# Needs python3 with PyYAML and jsonschema >= 4: Debian/Ubuntu's python3-yaml and
# python3-jsonschema, which ops/setup.sh installs with apt (never pip into the system).
# Prints one line per case and a last line `N passed, M failed`; exits 1 if M > 0.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
verbose=0
for arg in "$@"; do
  case "$arg" in
    -v|--verbose) verbose=1 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "test_static: unknown option $arg" >&2; exit 2 ;;
  esac
done

if ! python3 - <<'PY' 2>/dev/null
import yaml, jsonschema, importlib.metadata as m
assert int(m.version("jsonschema").split(".")[0]) >= 4
PY
then
  echo "test_static: python3 lacks PyYAML or jsonschema >= 4; install them with ops/setup.sh --no-build" >&2
  echo "  (apt-get install python3-yaml python3-jsonschema)" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

# fresh_copy NAME: a copy of what the checker reads, in $tmp/NAME; prints its path.
fresh_copy() {
  local d="$tmp/$1"
  mkdir -p "$d"
  cp "$root/docker-compose.yml" "$d/"
  cp -R "$root/ops" "$d/ops"
  [[ -d $root/Sources ]] && cp -R "$root/Sources" "$d/Sources"
  echo "$d"
}

# expect pass|fail NAME [PATTERN] -- CHECKER-ARGS...: run the checker; a failing case
# must also print PATTERN (so it failed for the reason we broke).
expect() {
  local want=$1 name=$2 pattern=${3:-}
  shift 3
  [[ ${1:-} == -- ]] && shift
  local out rc=0
  out=$(python3 "$here/check_static.py" "$@" 2>&1) || rc=$?
  ((verbose)) && printf '%s\n' "$out" | sed 's/^/    | /'
  local ok=0
  if [[ $want == pass ]]; then
    ((rc == 0)) && ok=1
  else
    ((rc == 1)) && { [[ -z $pattern ]] || grep -Eq -- "$pattern" <<<"$out"; } && ok=1
  fi
  if ((ok)); then
    passed=$((passed + 1)); echo "PASS  $name"
  else
    failed=$((failed + 1)); echo "FAIL  $name (checker exit $rc, wanted $want${pattern:+ with /$pattern/})"
    printf '%s\n' "$out" | grep -E 'FAIL|Traceback|Error' | head -n 8 | sed 's/^/    | /'
  fi
}

# case_broken NAME PATTERN PYTHON: copy, apply the PYTHON edit (cwd = the copy), expect failure.
case_broken() {
  local name=$1 pattern=$2 edit=$3 d
  d=$(fresh_copy "$(echo "$name" | tr -c 'a-zA-Z0-9' '_')")
  (cd "$d" && python3 -c "$edit")
  expect fail "$name" "$pattern" -- --root "$d" --binary "$d/none" --quiet
}

# A small edit helper for the cases: sub(path, old, new) replaces exactly one occurrence.
H='
def sub(path, old, new, count=1):
    s = open(path).read()
    assert old in s, f"{old!r} not in {path}"
    open(path, "w").write(s.replace(old, new, count))
'

# --- the real files ------------------------------------------------------------------
expect pass "real files pass (CLI from the binary if built, else the contract)" "" -- --root "$root" --quiet
d=$(fresh_copy contract)
expect pass "a clean copy passes (CLI from the contract)" "" -- --root "$d" --binary "$d/none" --quiet

# --- broken copies -------------------------------------------------------------------
case_broken "compose: unknown service key" "Compose Specification" "$H
sub('docker-compose.yml', '  quotes-worker:\n', '  quotes-worker:\n    bogus_key: true\n')"
case_broken "compose: unknown top-level key" "Compose Specification" "$H
sub('docker-compose.yml', 'services:\n', 'servicez: {}\nservices:\n')"
case_broken "compose: unknown subcommand" "unknown subcommand" "$H
sub('docker-compose.yml', '[\"worker\", \"quotes\"', '[\"launch\", \"quotes\"')"
case_broken "compose: unknown worker kind" "needs a kind" "$H
sub('docker-compose.yml', '[\"worker\", \"numbers\"', '[\"worker\", \"people\"')"
case_broken "compose: unknown flag" "has no flag --metric-port" "$H
sub('docker-compose.yml', '\"wirefleet-entities\", \"--metrics-port\"', '\"wirefleet-entities\", \"--metric-port\"')"
case_broken "compose: wrong topic name in a flag" "not one of the topics" "$H
sub('docker-compose.yml', '\"--group-id\", \"wirefleet-assembler\"', '\"--output-topic\", \"articles.completed\", \"--group-id\", \"wirefleet-assembler\"')"
case_broken "compose: worker not scalable (container_name)" "scalable" "$H
sub('docker-compose.yml', '  numbers-worker:\n', '  numbers-worker:\n    container_name: numbers\n')"
case_broken "compose: healthcheck on the wrong port" "healthcheck on :9464" "$H
sub('docker-compose.yml', 'http://127.0.0.1:9464/healthz', 'http://127.0.0.1:8080/healthz')"
case_broken "compose: topics service does not wait for healthy kafka" "service_healthy" "$H
sub('docker-compose.yml', '''    depends_on:
      kafka:
        condition: service_healthy
    restart: \"no\"''', '''    depends_on:
      kafka:
        condition: service_started
    restart: \"no\"''')"
case_broken "k8s: wrong topic name in a KEDA trigger" "articles\\.raws" "$H
sub('ops/k8s/entities-worker.yaml', 'topic: articles.raw', 'topic: articles.raws')"
case_broken "k8s: KEDA group differs from the Deployment's" "consumerGroup" "$H
sub('ops/k8s/quotes-worker.yaml', 'consumerGroup: wirefleet-quotes', 'consumerGroup: wirefleet-quote')"
case_broken "k8s: maxReplicaCount above the partition count" "maxReplicaCount" "$H
sub('ops/k8s/numbers-worker.yaml', 'maxReplicaCount: 6', 'maxReplicaCount: 12')"
case_broken "k8s: unknown flag in Deployment args" "has no flag --metric-port" "$H
sub('ops/k8s/numbers-worker.yaml', '\"--metrics-port\"', '\"--metric-port\"')"
case_broken "k8s: YAML does not parse" "parses" "$H
sub('ops/k8s/assembler.yaml', 'kind: Deployment', 'kind: [Deployment')"
case_broken "k8s: readiness probe on /healthz" "readiness probe" "$H
sub('ops/k8s/assembler.yaml', 'path: /readyz', 'path: /healthz')"
case_broken "prometheus: scrapes the wrong port" "prometheus scrapes port" "$H
sub('ops/prometheus/prometheus.yml', 'port: 9464', 'port: 9465')"
case_broken "prometheus: misses a scaled service" "every fleet service" "$H
sub('ops/prometheus/prometheus.yml', 'quotes-worker, ', '')"
case_broken "alerts: unknown metric name" "wirefleet_deadletters_total" "$H
sub('ops/prometheus/alerts.yml', 'wirefleet_dead_lettered_total', 'wirefleet_deadletters_total')"
case_broken "dashboard: JSON does not parse" "wirefleet.json parses" "$H
s = open('ops/grafana/dashboards/wirefleet.json').read(); open('ops/grafana/dashboards/wirefleet.json', 'w').write(s[: len(s) // 2])"
case_broken "dashboard: datasource not provisioned" "provisioned datasource" "$H
sub('ops/grafana/provisioning/datasources/prometheus.yml', 'uid: wirefleet-prometheus', 'uid: other')"
case_broken "dashboard: no p99 panel" "p99 latency" "$H
sub('ops/grafana/dashboards/wirefleet.json', 'histogram_quantile(0.99', 'histogram_quantile(0.95', 99)"
case_broken "docs: unknown flag in a RUNBOOK command" "has no flag --bogus" "
open('ops/RUNBOOK.md', 'a').write('\n\`\`\`sh\nwirefleet worker quotes --bogus 1\n\`\`\`\n')"
case_broken "docs: wrong topic name in prose" "articles\\.enrich " "
open('ops/README.md', 'a').write('\nRead articles.enrich for results.\n')"
case_broken "Dockerfile: runtime runs as root" "non-root" "$H
sub('ops/Dockerfile', 'USER 10001:10001', 'USER root')"

# --- PromQL, when promtool is installed (apt package prometheus) ------------------------
if command -v promtool >/dev/null; then
  case_broken "dashboard: a PromQL query that does not parse" "dashboard's .* PromQL" "$H
sub('ops/grafana/dashboards/wirefleet.json', 'sum(wirefleet_consumer_lag)', 'sum(wirefleet_consumer_lag')"
  case_broken "alerts: a rule that does not parse" "promtool check config" "$H
sub('ops/prometheus/alerts.yml', 'expr: up{job=\"wirefleet\"} == 0', 'expr: up{job=\"wirefleet\"} ==')"
else
  echo "SKIP  PromQL cases: promtool is not installed"
fi

# --- the ops shell scripts, when shellcheck is installed (apt package shellcheck) -------
if command -v shellcheck >/dev/null; then
  if out=$(cd "$root" && shellcheck -x -S warning ops/run.sh ops/cluster/*.sh ops/checks/*.sh 2>&1); then
    passed=$((passed + 1)); echo "PASS  shellcheck: ops scripts have no warnings"
  else
    failed=$((failed + 1)); echo "FAIL  shellcheck: ops scripts"; printf '%s\n' "$out" | head -n 20 | sed 's/^/    | /'
  fi
else
  echo "SKIP  shellcheck is not installed"
fi

# --- against the code: once Sources/ names the topics, ops must agree with it ----------
d=$(fresh_copy code_agrees)
mkdir -p "$d/Sources/wirefleet"
printf '%s\n' 'let topics = ["articles.raw", "articles.enriched", "articles.complete", "articles.dlq", "articles.assembler-state"]' >"$d/Sources/wirefleet/OpsCheckTopics.swift"
expect pass "code names the same five topics: passes" "" -- --root "$d" --binary "$d/none" --quiet
case_broken "code names a topic ops does not use" "Sources/ default topic names" "
import os; os.makedirs('Sources/wirefleet', exist_ok=True)
open('Sources/wirefleet/OpsCheckTopics.swift', 'w').write('let t = [\"articles.raw\", \"articles.enrichments\", \"articles.complete\", \"articles.dlq\", \"articles.assembler-state\"]\n')"
case_broken "code lacks a metric the dashboard uses" "missing" "
import glob
for f in glob.glob('Sources/**/*.swift', recursive=True):
    t = open(f).read()
    if 'wirefleet_dead_lettered_total' in t:
        open(f, 'w').write(t.replace('wirefleet_dead_lettered_total', 'wirefleet_dead_total'))"

# --- the Kubernetes manifests against the Kubernetes API schemas ----------------------
# kubernetes-validate (PyPI) in the venv ops/setup.sh makes under .cache/; --strict
# rejects fields the API does not have. KEDA's ScaledObject and the Kustomization have no
# schema there (warnings); their names are checked by check_static.py.
kv="$root/.cache/venv-k8s/bin/kubernetes-validate"
if [[ -x $kv ]]; then
  out=$("$kv" --strict --quiet "$root"/ops/k8s/*.yaml 2>&1) && rc=0 || rc=$?
  if ((rc == 0)) && ! grep -qiE "^ERROR|failed" <<<"$out"; then passed=$((passed + 1)); echo "PASS  k8s manifests valid against the Kubernetes API schemas ($("$kv" --version 2>&1 | tail -n 1))"
  else failed=$((failed + 1)); echo "FAIL  k8s manifests against the Kubernetes API schemas"; printf '%s\n' "$out" | head -n 20 | sed 's/^/    | /'; fi
  d=$(fresh_copy k8s_schema_broken)
  python3 - "$d/ops/k8s/assembler.yaml" <<'PY'
import sys
p = sys.argv[1]; s = open(p).read()
assert "replicas:" in s
open(p, "w").write(s.replace("replicas:", "replicaCount:", 1))
PY
  out=$("$kv" --strict --quiet "$d/ops/k8s/assembler.yaml" 2>&1) && rc=0 || rc=$?
  if ((rc != 0)); then passed=$((passed + 1)); echo "PASS  k8s schema check fails on a field the API lacks (replicaCount)"
  else failed=$((failed + 1)); echo "FAIL  k8s schema check passed a Deployment with replicaCount"; printf '%s\n' "$out" | head -n 5 | sed 's/^/    | /'; fi
else
  failed=$((failed + 1)); echo "FAIL  kubernetes-validate is missing ($kv): run ops/setup.sh --no-build"
fi

# --- the --help parser, against a stand-in in swift-argument-parser's format -----------
fake="$tmp/fake-help"
cat >"$fake" <<'SH'
#!/usr/bin/env bash
# Prints help the way swift-argument-parser does; FAKE_DROP removes one flag.
opts() { for o in "$@"; do [[ $o == "${FAKE_DROP:-none}"* ]] || printf '  %-24s %s\n' "$o" "Some help."; done; printf '  %-24s %s\n' "-h, --help" "Show help information."; }
kafka=("--brokers <brokers>" "-X <X>")
case "$*" in
  "--help") printf 'OVERVIEW: fake\n\nUSAGE: wirefleet <subcommand>\n\nOPTIONS:\n'; opts
            printf '\nSUBCOMMANDS:\n  enrich                   Embedded mode.\n  explain                  Explain.\n  produce                  Publish.\n  worker                   A worker.\n  assemble                 The assembler.\n  index                    The index.\n  audit                    The audit.\n  topics                   Topics.\n  bench                    Benchmarks.\n\n  See '"'"'wirefleet help <subcommand>'"'"' for detailed help.\n' ;;
  "topics --help") printf 'USAGE: wirefleet topics <subcommand>\n\nOPTIONS:\n'; opts; printf '\nSUBCOMMANDS:\n  create                   Create.\n  list                     List.\n' ;;
  "topics create --help") printf 'USAGE: wirefleet topics create [<topics> ...]\n\nARGUMENTS:\n  <topics>                 Topics.\n\nOPTIONS:\n'; opts "${kafka[@]:0:1}" "--partitions <partitions>" "--replication-factor <replication-factor>" "--config <key=value>" ;;
  "topics list --help") printf 'USAGE: wirefleet topics list\n\nOPTIONS:\n'; opts "${kafka[@]:0:1}" ;;
  "enrich --help") printf 'USAGE: wirefleet enrich\n\nOPTIONS:\n'; opts "--out <out>" "--jobs <jobs>" "--sync" "--quiet" "--index <index>" ;;
  "index --help") printf 'USAGE: wirefleet index\n\nOPTIONS:\n'
                  opts "${kafka[@]}" "--input-topic <input-topic>" "--entities-topic <entities-topic>" "--clusters-topic <clusters-topic>" "--state-topic <state-topic>" "--dlq-topic <dlq-topic>" "--group-id <group-id>" "--exactly-once" "--metrics-port <metrics-port>" ;;
  "explain --help") printf 'USAGE: wirefleet explain\n\nOPTIONS:\n'; opts "--json" ;;
  "produce --help") printf 'USAGE: wirefleet produce\n\nOPTIONS:\n'; opts "${kafka[@]}" "--topic <topic>" "--dry-run" ;;
  "worker --help") printf 'USAGE: wirefleet worker <kind>\n\nARGUMENTS:\n  <kind>                   entities, quotes or numbers\n\nOPTIONS:\n'
                   opts "${kafka[@]}" "--input-topic <input-topic>" "--output-topic <output-topic>" "--dlq-topic <dlq-topic>" "--group-id <group-id>" "--exactly-once" "--metrics-port <metrics-port>" "--partitions <partitions>" ;;
  "assemble --help") printf 'USAGE: wirefleet assemble\n\nOPTIONS:\n'
                     opts "${kafka[@]}" "--input-topic <input-topic>" "--output-topic <output-topic>" "--dlq-topic <dlq-topic>" "--group-id <group-id>" "--wait <wait>" "--exactly-once" "--metrics-port <metrics-port>" "--state-topic <state-topic>" "--give-up-after <give-up-after>" ;;
  "audit --help") printf 'USAGE: wirefleet audit\n\nOPTIONS:\n'
                  opts "${kafka[@]}" "--raw-topic <raw-topic>" "--complete-topic <complete-topic>" "--dlq-topic <dlq-topic>" "--since <time>" "--republish" "--json" "--all" "--quiet" ;;
  "bench --help") printf 'USAGE: wirefleet bench <subcommand>\n\nOPTIONS:\n'; opts; printf '\nSUBCOMMANDS:\n  extract                  Extract.\n  kafka                    Kafka.\n  fleet                    Fleet.\n' ;;
  "bench extract --help") printf 'USAGE: wirefleet bench extract\n\nOPTIONS:\n'; opts "--count <count>" "--truncate <truncate>" ;;
  "bench kafka --help") printf 'USAGE: wirefleet bench kafka\n\nOPTIONS:\n'; opts "${kafka[@]}" "--records <records>" "--size <size>" "--runs <runs>" "--kcat <kcat>" ;;
  "bench fleet --help") printf 'USAGE: wirefleet bench fleet\n\nOPTIONS:\n'; opts "${kafka[@]}" "--count <count>" "--rate <rate>" "--truncate <truncate>" "--no-baseline" "--pid-dir <pid-dir>" "--timeout <timeout>" "--metrics-ports <metrics-ports>" "--input-topic <input-topic>" "--complete-topic <complete-topic>" ;;
  *) echo "fake: no help for $*" >&2; exit 64 ;;
esac
SH
chmod +x "$fake"
d=$(fresh_copy helpparser)
expect pass "binary --help parser: complete help passes" "" -- --root "$d" --binary "$fake" --quiet
out=$(python3 "$here/check_static.py" --root "$d" --binary "$fake" --quiet 2>&1 || true)
if grep -q "CLI truth = binary" <<<"$out"; then passed=$((passed + 1)); echo "PASS  binary --help parser: the report says the binary was used"
else failed=$((failed + 1)); echo "FAIL  binary --help parser: the report does not say the binary was used"; fi
FAKE_DROP=--metrics-port expect fail "binary --help parser: a flag the binary lacks fails" "has no flag --metrics-port" -- --root "$d" --binary "$fake" --quiet

echo
echo "$passed passed, $failed failed"
((failed == 0))
