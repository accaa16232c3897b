#!/usr/bin/env python3
"""Static checks of Wirefleet's deployment files; no Docker engine, no cluster needed.

    python3 ops/checks/check_static.py [--root DIR] [--binary PATH] [--schema FILE] [--quiet]

Checks, from the repository at --root (default: this file's repository):
  compose     docker-compose.yml is valid against the Compose Specification JSON schema
              (vendored in ops/checks/compose-spec.json) and has the topology we promise:
              KRaft Kafka with a healthcheck and two listeners, the one-shot topics
              service, four fleet services that scale (no container_name, no host ports,
              healthcheck on /healthz, restart unless-stopped), a monitoring profile.
  cli         every wirefleet command line in compose, Kubernetes, the cluster scripts
              and the ops docs is a real subcommand with real flags. The truth is the
              binary's `--help` when .build/release/wirefleet exists (or --binary), else
              the CLI contract embedded below; the report says which was used.
  names       topic names, metric names, stage labels, the metrics port, the image name,
              consumer group ids agree across compose, Kubernetes, Prometheus, Grafana
              and the code (Sources/ is grepped for the default topic names and the port).
  k8s         every manifest parses; Deployments have /healthz and /readyz probes and
              resources; KEDA ScaledObjects use the kafka trigger on the right group and
              topic with maxReplicaCount <= partitions.
  monitoring  Prometheus config and alert rules parse and scrape every fleet service by
              DNS service discovery; the Grafana dashboard JSON parses, uses the
              provisioned datasource and shows throughput, lag, DLQ rate, p50/p99 latency.

Exit status 0 when every check passes, 1 otherwise (2 for a usage error).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("check_static: PyYAML is missing (apt-get install python3-yaml, or ops/setup.sh --no-build)")
try:
    import jsonschema
except ImportError:  # pragma: no cover
    sys.exit("check_static: jsonschema is missing (apt-get install python3-jsonschema, or ops/setup.sh --no-build)")

# --------------------------------------------------------------------------------------
# The contract (shared/RECORDS.md and the lead's CLI list), used when no binary exists.
TOPICS = {"articles.raw", "articles.enriched", "articles.complete", "articles.dlq", "articles.assembler-state",
          "entities.index", "quotes.clusters", "articles.index-state"}
KINDS = ("entities", "quotes", "numbers")
STAGES = set(KINDS) | {"assembler"}
METRICS_PORT = 9464
PARTITIONS = 6
METRICS = {
    "wirefleet_consumed_total", "wirefleet_produced_total", "wirefleet_dead_lettered_total",
    "wirefleet_failed_total", "wirefleet_processing_seconds_bucket", "wirefleet_processing_seconds_sum",
    "wirefleet_processing_seconds_count", "wirefleet_consumer_lag",
    "wirefleet_assembler_waiting", "wirefleet_assembler_incomplete", "wirefleet_index_entries",
    "wirefleet_input_records_reread_total", "wirefleet_input_offset_gaps_total",
}
# flag -> takes a value?
_KAFKA = {"--brokers": True, "-X": True}
CONTRACT = {
    ("produce",): {**_KAFKA, "--topic": True, "--dry-run": False},
    ("worker",): {**_KAFKA, "--input-topic": True, "--output-topic": True, "--dlq-topic": True,
                  "--group-id": True, "--exactly-once": False, "--metrics-port": True, "--partitions": True},
    ("assemble",): {**_KAFKA, "--input-topic": True, "--output-topic": True, "--dlq-topic": True,
                    "--group-id": True, "--wait": True, "--exactly-once": False, "--metrics-port": True,
                    "--state-topic": True, "--give-up-after": True},
    ("audit",): {**_KAFKA, "--raw-topic": True, "--complete-topic": True, "--dlq-topic": True, "--since": True,
                 "--republish": False, "--json": False, "--all": False, "--quiet": False},
    ("topics", "create"): {"--brokers": True, "--partitions": True, "--replication-factor": True, "--config": True},
    ("topics", "list"): {"--brokers": True},
    ("index",): {**_KAFKA, "--input-topic": True, "--entities-topic": True, "--clusters-topic": True,
                 "--state-topic": True, "--dlq-topic": True, "--group-id": True, "--exactly-once": False,
                 "--metrics-port": True},
    ("enrich",): {"--out": True, "--jobs": True, "--sync": False, "--quiet": False, "--index": True},
    ("explain",): {"--json": False},
    ("bench", "extract"): {"--count": True, "--truncate": True},
    ("bench", "kafka"): {**_KAFKA, "--records": True, "--size": True, "--runs": True, "--kcat": True},
    ("bench", "fleet"): {**_KAFKA, "--count": True, "--rate": True, "--input-topic": True, "--complete-topic": True,
                         "--pid-dir": True, "--timeout": True, "--no-baseline": False, "--metrics-ports": True,
                         "--truncate": True},
}
HELP_FLAGS = {"-h": False, "--help": False, "--version": False}
TOPIC_FLAGS = {"--topic", "--input-topic", "--output-topic", "--dlq-topic", "--state-topic", "--raw-topic", "--complete-topic",
               "--entities-topic", "--clusters-topic"}


class Report:
    def __init__(self, quiet: bool):
        self.quiet, self.ok, self.failed, self.notes = quiet, 0, [], []

    def check(self, cond: bool, what: str, why: str = "") -> bool:
        if cond:
            self.ok += 1
            if not self.quiet:
                print(f"  ok    {what}")
        else:
            self.failed.append(f"{what}: {why}" if why else what)
            print(f"  FAIL  {what}" + (f": {why}" if why else ""))
        return cond

    def note(self, msg: str):
        self.notes.append(msg)
        print(f"  note  {msg}")

    def section(self, title: str):
        print(f"[{title}]")


# --------------------------------------------------------------------------------------
# The CLI: from the binary's --help (swift-argument-parser format) or the contract.
class CLI:
    def __init__(self, binary: Path | None):
        self.source = "contract (shared/RECORDS.md + the lead's CLI list, embedded in check_static.py)"
        self.spec = {k: dict(v) for k, v in CONTRACT.items()}
        self.kinds = set(KINDS)
        if binary and binary.is_file() and os.access(binary, os.X_OK):
            try:
                spec = self._from_binary(binary)
            except Exception as e:  # a broken or stale binary: say so, use the contract
                self.source = f"contract (the binary {binary} could not be read: {e})"
            else:
                if spec:
                    self.spec = spec
                    self.source = f"binary ({binary} --help)"

    @staticmethod
    def _help(binary: Path, path: tuple[str, ...]) -> str:
        out = subprocess.run([str(binary), *path, "--help"], capture_output=True, text=True, timeout=20)
        if out.returncode != 0:
            raise RuntimeError(f"`{' '.join(path)} --help` exited {out.returncode}")
        return out.stdout

    @staticmethod
    def _sections(text: str) -> dict[str, list[str]]:
        sections, cur = {}, None
        for line in text.splitlines():
            m = re.match(r"^([A-Z][A-Z ]+):\s*(.*)$", line)
            if m:
                cur = m.group(1).strip()
                sections[cur] = [m.group(2)] if m.group(2) else []
            elif cur:
                sections[cur].append(line)
        return sections

    def _from_binary(self, binary: Path) -> dict:
        spec = {}

        def walk(path: tuple[str, ...]):
            if len(path) > 3:
                raise RuntimeError(f"subcommands nest too deep: {' '.join(path)}")
            sec = self._sections(self._help(binary, path))
            subs = []
            for line in sec.get("SUBCOMMANDS", []):
                m = re.match(r"^  ([a-z][a-z0-9-]*)(?:\s|$)", line)  # wrapped descriptions are indented deeper
                if m and m.group(1) != "help":
                    subs.append(m.group(1))
            if path == ("worker",) and set(subs) >= set(KINDS):
                # `worker entities` as subcommands: flags are those of `worker <kind>`.
                spec[("worker",)] = flags_of(self._sections(self._help(binary, ("worker", KINDS[0]))))
                return
            if subs:
                for s in subs:
                    walk(path + (s,))
            elif path:
                spec[path] = flags_of(sec)

        def flags_of(sec: dict) -> dict:
            # An option line starts with two spaces and the option spec, e.g.
            #   "  -h, --help              Show help information."
            #   "  --metrics-port <metrics-port>"      (description on the next line)
            #   "  --log-level <log-level> Log level: ..."
            flags = {}
            spec_re = re.compile(r"^  ((?:--?[A-Za-z][\w-]*)(?: <[^>]+>)?(?:, (?:--?[A-Za-z][\w-]*)(?: <[^>]+>)?)*)")
            for line in sec.get("OPTIONS", []):
                m = spec_re.match(line)
                if not m:
                    continue
                for part in m.group(1).split(", "):
                    name, _, value = part.partition(" ")
                    flags.setdefault(name, bool(value))
            return flags

        walk(())
        return spec

    def validate(self, argv: list[str]) -> list[str]:
        """Problems with one wirefleet command line (argv without the program name)."""
        if not argv:
            return ["no subcommand"]
        # the longest known command path that prefixes argv
        path = None
        for p in sorted(self.spec, key=len, reverse=True):
            if tuple(argv[: len(p)]) == p:
                path = p
                break
        if path is None:
            known = sorted({" ".join(p) for p in self.spec})
            return [f"unknown subcommand `{' '.join(argv[:2])}` (known: {', '.join(known)})"]
        flags = {**HELP_FLAGS, **self.spec[path]}
        problems, positionals, i, rest = [], [], len(path), argv
        while i < len(rest):
            a = rest[i]
            if a.startswith("-") and a != "-":
                name, eq, val = a.partition("=") if a.startswith("--") else (a[:2], "", a[2:]) if len(a) > 2 and a[1] != "-" else (a, "", "")
                if name not in flags:
                    problems.append(f"`{' '.join(path)}` has no flag {name}")
                    i += 1
                    continue
                if flags[name]:
                    if not eq and not val:
                        if i + 1 >= len(rest):
                            problems.append(f"{name} needs a value")
                            break
                        val = rest[i + 1]
                        i += 1
                    problems += self._value(name, val)
                i += 1
            else:
                positionals.append(a)
                i += 1
        asks_help = any(a in ("-h", "--help") for a in argv)
        if path == ("worker",) and not asks_help:
            if not positionals or positionals[0] not in self.kinds:
                problems.append(f"`worker` needs a kind in {sorted(self.kinds)}, got {positionals[:1]}")
        if path == ("topics", "create"):
            for t in positionals:
                if not t.startswith(("<", "$")) and t not in TOPICS:
                    problems.append(f"unknown topic {t}")
        return problems

    @staticmethod
    def _value(flag: str, val: str) -> list[str]:
        if val.startswith(("$", "<")):  # a shell variable or a documented placeholder
            return []
        if flag in TOPIC_FLAGS and val not in TOPICS:
            return [f"{flag} {val}: not one of the topics {sorted(TOPICS)}"]
        if flag in ("--metrics-port", "--partitions", "--replication-factor", "--wait") and not re.fullmatch(r"\d+(\.\d+)?", val):
            return [f"{flag} {val}: not a number"]
        if flag == "--group-id" and not re.fullmatch(r"wirefleet-[a-z0-9.-]+", val):
            return [f"--group-id {val}: expected wirefleet-<stage>[...]"]
        return []


# --------------------------------------------------------------------------------------
def load_yaml_docs(path: Path):
    with path.open(encoding="utf-8") as f:
        return [d for d in yaml.safe_load_all(f) if d is not None]


def dockerfile_info(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    stages = re.findall(r"(?im)^FROM\s+(\S+)(?:\s+AS\s+(\S+))?", text)
    runtime = text[[m.start() for m in re.finditer(r"(?im)^FROM\s", text)][-1]:] if stages else ""
    ep = re.findall(r"(?m)^ENTRYPOINT\s+(\[.*\])\s*$", text)
    users = re.findall(r"(?m)^USER\s+(\S+)", runtime)
    return {"text": text, "stages": stages, "runtime": runtime,
            "entrypoint": json.loads(ep[-1]) if ep else None, "user": users[-1] if users else None}


def compose_argv(svc: dict, entrypoint: list[str] | None) -> list[str] | None:
    cmd = svc.get("command")
    if cmd is None:
        return None
    cmd = shlex.split(cmd) if isinstance(cmd, str) else [str(c) for c in cmd]
    ep = svc.get("entrypoint", entrypoint)
    ep = shlex.split(ep) if isinstance(ep, str) else list(ep or [])
    return ep + cmd


WF_CALL = re.compile(r"(?:^|[\s;&|(])(?:\S*/)?(?:\.build/release/wirefleet|swift run wirefleet|wirefleet|\"?\$\{?WIREFLEET_BIN\}?\"?)\s+(\S.*)$")


def wirefleet_lines(text: str, markdown: bool) -> list[str]:
    """Command lines that run wirefleet: in Markdown, code blocks and `code` spans; in
    shell scripts, lines that are not comments. Each is cut at pipes etc. by tokens()."""
    out, candidates, in_code = [], [], False
    for raw in text.splitlines():
        line = raw.strip()
        if markdown:
            if line.startswith("```"):
                in_code = not in_code
                continue
            if in_code:
                candidates.append(line)
            else:
                candidates += re.findall(r"`([^`]*wirefleet [^`]*)`", raw)
        elif line and not line.startswith("#"):
            candidates.append(line)
    for c in candidates:
        for m in WF_CALL.finditer(c):
            before = c[: m.start() + 1].split()
            if before and before[-1].startswith("-"):  # e.g. `kubectl -n wirefleet get pods`
                continue
            if re.match(r"[a-z]", m.group(1)):  # skip `wirefleet --help`, "wirefleet's"
                out.append(m.group(1))
            break
    return out


def tokens(cmdline: str) -> list[str]:
    cmdline = cmdline.rstrip().removesuffix("\\").rstrip()
    lex = shlex.shlex(cmdline, posix=True, punctuation_chars="|&;<>()")
    lex.whitespace_split = True
    toks = []
    try:
        for t in lex:
            if t and set(t) <= set("|&;<>()"):
                break
            toks.append(t)
    except ValueError:
        return []
    # drop a trailing `...` or a line-continuation backslash
    return [t for t in toks if t not in ("...", "…", "\\")]


# --------------------------------------------------------------------------------------
def main() -> int:
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=here.parent.parent, help="repository to check")
    ap.add_argument("--binary", type=Path, help="wirefleet binary (default ROOT/.build/release/wirefleet, else .build/debug)")
    ap.add_argument("--schema", type=Path, default=here / "compose-spec.json", help="Compose Specification JSON schema")
    ap.add_argument("--quiet", action="store_true", help="print only failures and notes")
    args = ap.parse_args()
    root: Path = args.root.resolve()
    r = Report(args.quiet)
    binary = args.binary
    if binary is None:
        # The release build when there is one, else the debug build (CI builds debug).
        binary = next((b for b in (root / ".build/release/wirefleet", root / ".build/debug/wirefleet") if b.exists()),
                      root / ".build/release/wirefleet")
    cli = CLI(binary)
    print(f"check_static: {root}")
    print(f"check_static: CLI truth = {cli.source}")

    # ---------------------------------------------------------------- files parse
    r.section("parse")
    compose_path = root / "docker-compose.yml"
    compose, prom, alerts, dash, k8s_docs = {}, {}, {}, {}, []
    try:
        compose = yaml.safe_load(compose_path.read_text(encoding="utf-8")) or {}
        r.check(isinstance(compose, dict), "docker-compose.yml parses", "not a mapping")
    except Exception as e:
        r.check(False, "docker-compose.yml parses", str(e).splitlines()[0])
    dockerfile = root / "ops/Dockerfile"
    dinfo = dockerfile_info(dockerfile) if dockerfile.is_file() else None
    r.check(dinfo is not None, "ops/Dockerfile exists")
    for name, rel in (("prom", "ops/prometheus/prometheus.yml"), ("alerts", "ops/prometheus/alerts.yml")):
        try:
            doc = yaml.safe_load((root / rel).read_text(encoding="utf-8")) or {}
            r.check(isinstance(doc, dict), f"{rel} parses")
            if name == "prom":
                prom = doc
            else:
                alerts = doc
        except Exception as e:
            r.check(False, f"{rel} parses", str(e).splitlines()[0])
    dash_path = root / "ops/grafana/dashboards/wirefleet.json"
    try:
        dash = json.loads(dash_path.read_text(encoding="utf-8"))
        r.check(isinstance(dash, dict) and isinstance(dash.get("panels"), list) and dash["panels"],
                "ops/grafana/dashboards/wirefleet.json parses and has panels")
    except Exception as e:
        r.check(False, "ops/grafana/dashboards/wirefleet.json parses", str(e).splitlines()[0])
    grafana_prov = {}
    for p in sorted((root / "ops/grafana/provisioning").rglob("*.y*ml")):
        try:
            grafana_prov[p.relative_to(root).as_posix()] = yaml.safe_load(p.read_text(encoding="utf-8"))
            r.check(True, f"{p.relative_to(root)} parses")
        except Exception as e:
            r.check(False, f"{p.relative_to(root)} parses", str(e).splitlines()[0])
    k8s_files = sorted((root / "ops/k8s").glob("*.y*ml"))
    r.check(bool(k8s_files), "ops/k8s has manifests")
    for p in k8s_files:
        try:
            docs = load_yaml_docs(p)
            r.check(bool(docs) and all(isinstance(d, dict) for d in docs), f"{p.relative_to(root)} parses ({len(docs)} documents)")
            k8s_docs += [(p.name, d) for d in docs if isinstance(d, dict)]
        except Exception as e:
            r.check(False, f"{p.relative_to(root)} parses", str(e).splitlines()[0])

    # ---------------------------------------------------------------- compose schema
    r.section("compose")
    services = compose.get("services") or {} if isinstance(compose, dict) else {}
    try:
        schema = json.loads(args.schema.read_text(encoding="utf-8"))
        validator_cls = jsonschema.validators.validator_for(schema)
        errors = sorted(validator_cls(schema).iter_errors(compose), key=lambda e: list(e.path))
        r.check(not errors, f"docker-compose.yml valid against the Compose Specification ({args.schema.name})",
                "; ".join(f"{'/'.join(map(str, e.path)) or '(top)'}: {e.message}" for e in errors[:5]))
    except FileNotFoundError:
        r.check(False, "Compose Specification schema present", f"{args.schema} is missing")

    fleet = {"entities-worker": ("worker", "entities"), "quotes-worker": ("worker", "quotes"),
             "numbers-worker": ("worker", "numbers"), "assembler": ("assemble", None), "index": ("index", None)}
    for name in ["kafka", "topics", *fleet, "prometheus", "grafana"]:
        r.check(name in services, f"compose service {name} exists")
    kafka = services.get("kafka") or {}
    image = str(kafka.get("image", ""))
    r.check(re.fullmatch(r"apache/kafka:\d+\.\d+\.\d+", image) is not None, f"kafka image is apache/kafka with a pinned version ({image})")
    env = kafka.get("environment") or {}
    env = dict(e.split("=", 1) for e in env) if isinstance(env, list) else env
    r.check("controller" in str(env.get("KAFKA_PROCESS_ROLES", "")), "kafka runs in KRaft mode (KAFKA_PROCESS_ROLES has controller)")
    adv = str(env.get("KAFKA_ADVERTISED_LISTENERS", ""))
    r.check("127.0.0.1:9092" in adv and "kafka:19092" in adv, "kafka advertises 127.0.0.1:9092 (host) and kafka:19092 (containers)", adv)
    r.check(any(str(p).startswith("127.0.0.1:9092:9092") for p in kafka.get("ports", [])), "kafka publishes 9092 on the host's loopback only")
    published = [(name, str(p)) for name, svc in services.items() for p in (svc.get("ports") or [])]
    r.check(all(p.startswith("127.0.0.1:") for _, p in published), "every published port is bound to 127.0.0.1",
            ", ".join(f"{n} {p}" for n, p in published if not p.startswith("127.0.0.1:")))
    r.check(bool(kafka.get("healthcheck", {}).get("test")), "kafka has a healthcheck")
    topics_svc = services.get("topics") or {}
    dep = (topics_svc.get("depends_on") or {})
    r.check(isinstance(dep, dict) and (dep.get("kafka") or {}).get("condition") == "service_healthy",
            "topics depends_on kafka: service_healthy")

    ep = dinfo["entrypoint"] if dinfo else None
    wf_images = set()
    for name, svc in services.items():
        if not isinstance(svc, dict):
            continue
        build = svc.get("build")
        df = (build or {}).get("dockerfile") if isinstance(build, dict) else None
        if not (df == "ops/Dockerfile" or str(svc.get("image", "")).split(":")[0] == "wirefleet"):
            continue
        wf_images.add(str(svc.get("image", "")))
        argv = compose_argv(svc, ep)
        if argv is None:
            r.check(False, f"compose {name}: has a command")
            continue
        r.check(argv[:1] == ["wirefleet"], f"compose {name}: runs wirefleet (entrypoint+command)", str(argv[:1]))
        probs = cli.validate(argv[1:])
        r.check(not probs, f"compose {name}: `{' '.join(argv)}` is a valid command", "; ".join(probs))
        if name in fleet:
            sub, kind = fleet[name]
            r.check(argv[1:2] == [sub] and (kind is None or argv[2:3] == [kind]), f"compose {name}: runs `{sub}{' ' + kind if kind else ''}`", " ".join(argv[1:3]))
            r.check("container_name" not in svc and "ports" not in svc, f"compose {name}: scalable (no container_name, no host ports)")
            r.check(svc.get("restart") == "unless-stopped", f"compose {name}: restart unless-stopped")
            hc = " ".join(map(str, (svc.get("healthcheck") or {}).get("test") or []))
            port = argv[argv.index("--metrics-port") + 1] if "--metrics-port" in argv else None
            r.check(port == str(METRICS_PORT), f"compose {name}: --metrics-port {METRICS_PORT}", f"got {port}")
            r.check(f":{METRICS_PORT}/healthz" in hc, f"compose {name}: healthcheck on :{METRICS_PORT}/healthz", hc or "none")
            tool = hc.split()[1] if hc.startswith("CMD ") and len(hc.split()) > 1 else None
            if tool and dinfo:
                r.check(re.search(rf"\b{re.escape(tool)}\b", dinfo["runtime"]) is not None,
                        f"compose {name}: healthcheck tool `{tool}` is installed in the runtime image")
    r.check(len(wf_images) == 1, "compose: every wirefleet service uses one image", str(sorted(wf_images)))
    for name in ("prometheus", "grafana", "kafka-exporter"):
        if name in services:
            r.check("monitoring" in (services[name].get("profiles") or []), f"compose {name}: in the monitoring profile")
    for name, svc in services.items():
        for v in (svc or {}).get("volumes", []) if isinstance(svc, dict) else []:
            src = str(v).split(":")[0] if isinstance(v, str) else str((v or {}).get("source", ""))
            if src.startswith("./"):
                r.check((root / src).exists(), f"compose {name}: bind mount {src} exists")

    # ---------------------------------------------------------------- Dockerfile
    r.section("dockerfile")
    if dinfo:
        r.check(len(dinfo["stages"]) >= 2, "multi-stage build")
        r.check(dinfo["stages"] and dinfo["stages"][0][0].startswith("swift:"), "builds on an official swift image")
        rt = dinfo["runtime"]
        r.check(not re.search(r"(?im)^FROM\s+swift:(?!.*slim)", rt), "runtime stage is not the Swift SDK image (no compiler)")
        r.check(re.search(r"\blibrdkafka1\b", rt) is not None, "runtime installs librdkafka1")
        r.check(dinfo["user"] not in (None, "root", "0", "0:0"), "runtime runs as a non-root user", str(dinfo["user"]))
        r.check(dinfo["entrypoint"] == ["wirefleet"], "ENTRYPOINT [\"wirefleet\"]", str(dinfo["entrypoint"]))
        r.check(re.search(rf"(?m)^EXPOSE\s+{METRICS_PORT}\b", rt) is not None, f"EXPOSE {METRICS_PORT}")

    # ---------------------------------------------------------------- Kubernetes
    r.section("k8s")
    kinds = {}
    for fname, d in k8s_docs:
        kinds.setdefault(d.get("kind"), []).append((fname, d))
        meta = d.get("metadata") or {}
        if d.get("kind") == "Kustomization":
            continue
        r.check(bool(d.get("apiVersion")) and bool(d.get("kind")) and bool(meta.get("name")),
                f"{fname}: {d.get('kind')} {meta.get('name')} has apiVersion/kind/name")
        if d.get("kind") != "Namespace":
            r.check(meta.get("namespace") == "wirefleet", f"{fname}: {d.get('kind')} {meta.get('name')} in namespace wirefleet")
    cm = {d["metadata"]["name"]: d.get("data", {}) for _, d in kinds.get("ConfigMap", [])}
    k8s_brokers = (cm.get("wirefleet") or {}).get("WIREFLEET_BROKERS")
    r.check(bool(k8s_brokers), "k8s ConfigMap wirefleet sets WIREFLEET_BROKERS")
    deployments = {}
    k8s_images = set()
    for fname, d in kinds.get("Deployment", []) + kinds.get("Job", []):
        name = d["metadata"]["name"]
        pod = ((d.get("spec") or {}).get("template") or {}).get("spec") or {}
        for c in pod.get("containers", []):
            k8s_images.add(str(c.get("image")))
            argv = list(c.get("command") or ep or []) + [str(a) for a in c.get("args") or []]
            probs = cli.validate(argv[1:]) if argv[:1] == ["wirefleet"] else ["does not run wirefleet"]
            r.check(not probs, f"{fname}: `{' '.join(argv)}` is a valid command", "; ".join(probs))
            if d["kind"] != "Deployment":
                continue
            deployments[name] = argv
            lp = (c.get("livenessProbe") or {}).get("httpGet") or {}
            rp = (c.get("readinessProbe") or {}).get("httpGet") or {}
            r.check(lp.get("path") == "/healthz" and lp.get("port") == METRICS_PORT, f"{fname}: liveness probe /healthz:{METRICS_PORT}", str(lp))
            r.check(rp.get("path") == "/readyz" and rp.get("port") == METRICS_PORT, f"{fname}: readiness probe /readyz:{METRICS_PORT}", str(rp))
            res = c.get("resources") or {}
            r.check(bool(res.get("requests")) and bool(res.get("limits")), f"{fname}: resources requests and limits")
            port = argv[argv.index("--metrics-port") + 1] if "--metrics-port" in argv else None
            r.check(port == str(METRICS_PORT), f"{fname}: --metrics-port {METRICS_PORT}", f"got {port}")
            r.check(any(p.get("containerPort") == METRICS_PORT for p in c.get("ports", [])), f"{fname}: containerPort {METRICS_PORT}")
    for stage in [f"{k}-worker" for k in KINDS] + ["assembler", "index"]:
        r.check(stage in deployments, f"k8s Deployment {stage} exists")
    r.check(k8s_images <= {i for i in wf_images} or {i.split(":")[0] for i in k8s_images} == {i.split(":")[0] for i in wf_images},
            "k8s and compose use the same wirefleet image", f"k8s {sorted(k8s_images)} vs compose {sorted(wf_images)}")
    scaled = {d["spec"]["scaleTargetRef"]["name"]: (fname, d) for fname, d in kinds.get("ScaledObject", [])}
    for kind in KINDS:
        name = f"{kind}-worker"
        r.check(name in scaled, f"KEDA ScaledObject for {name}")
    for target, (fname, so) in scaled.items():
        spec = so.get("spec") or {}
        r.check(target in deployments, f"{fname}: scaleTargetRef {target} is a Deployment")
        r.check(int(spec.get("maxReplicaCount", 100)) <= PARTITIONS,
                f"{fname}: maxReplicaCount <= {PARTITIONS} partitions", f"got {spec.get('maxReplicaCount')}")
        trig = [t for t in spec.get("triggers", []) if t.get("type") == "kafka"]
        if not r.check(len(trig) == 1, f"{fname}: one kafka trigger"):
            continue
        md = trig[0].get("metadata") or {}
        argv = deployments.get(target, [])
        sub = argv[1] if len(argv) > 1 else ""
        stage = argv[2] if sub == "worker" and len(argv) > 2 else "assembler"
        group = argv[argv.index("--group-id") + 1] if "--group-id" in argv else f"wirefleet-{stage}"
        topic = argv[argv.index("--input-topic") + 1] if "--input-topic" in argv else (
            "articles.raw" if sub == "worker" else "articles.enriched")
        r.check(md.get("consumerGroup") == group, f"{fname}: trigger consumerGroup is the Deployment's group {group}", str(md.get("consumerGroup")))
        r.check(md.get("topic") == topic, f"{fname}: trigger topic is the Deployment's input topic {topic}", str(md.get("topic")))
        r.check(md.get("bootstrapServers") == k8s_brokers, f"{fname}: trigger bootstrapServers = ConfigMap WIREFLEET_BROKERS", f"{md.get('bootstrapServers')} vs {k8s_brokers}")
    kz = [d for _, d in kinds.get("Kustomization", [])]
    for d in kz:
        for res in d.get("resources", []):
            r.check((root / "ops/k8s" / res).is_file(), f"kustomization resource {res} exists")

    # ---------------------------------------------------------------- monitoring
    r.section("monitoring")
    jobs = {j.get("job_name"): j for j in (prom.get("scrape_configs") or [])}
    wf = jobs.get("wirefleet") or {}
    names, ports = set(), set()
    for sd in wf.get("dns_sd_configs") or []:
        names |= set(sd.get("names") or [])
        ports.add(sd.get("port"))
    r.check(bool(wf.get("dns_sd_configs")), "prometheus job wirefleet uses dns_sd_configs (scaled replicas all scraped)")
    r.check(names == set(fleet), "prometheus scrapes every fleet service by name", f"{sorted(names)} vs {sorted(fleet)}")
    r.check(ports == {METRICS_PORT}, f"prometheus scrapes port {METRICS_PORT}", str(sorted(map(str, ports))))
    for rf in prom.get("rule_files") or []:
        r.check((root / "ops/prometheus" / Path(rf).name).is_file(), f"prometheus rule file {rf} is in ops/prometheus/")
    rules = [ru for g in (alerts.get("groups") or []) for ru in g.get("rules", [])]
    r.check(bool(rules) and all(ru.get("alert") and ru.get("expr") for ru in rules), f"alerts.yml has {len(rules)} rules with alert+expr")
    ds = [d for doc in grafana_prov.values() if isinstance(doc, dict) for d in doc.get("datasources") or []]
    ds_uids = {d.get("uid") for d in ds}
    r.check(any(d.get("type") == "prometheus" and "prometheus:9090" in str(d.get("url")) for d in ds),
            "grafana provisions the prometheus datasource (http://prometheus:9090)")
    prov_paths = {(p.get("options") or {}).get("path") for doc in grafana_prov.values() if isinstance(doc, dict) for p in doc.get("providers") or []}
    mounts = {str(v).split(":")[1] for v in (services.get("grafana") or {}).get("volumes", []) if isinstance(v, str) and v.startswith("./ops/grafana/dashboards")}
    r.check(bool(prov_paths) and prov_paths <= mounts, "grafana dashboard provider path is where compose mounts ops/grafana/dashboards", f"{prov_paths} vs {mounts}")
    exprs, used_ds = [], set()

    def walk(o):
        if isinstance(o, dict):
            if isinstance(o.get("expr"), str):
                exprs.append(o["expr"])
            if isinstance(o.get("datasource"), dict) and o["datasource"].get("uid"):
                used_ds.add(o["datasource"]["uid"])
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(dash.get("panels", []))
    r.check(bool(used_ds) and used_ds <= ds_uids, "dashboard uses only the provisioned datasource", f"{sorted(used_ds)} vs {sorted(ds_uids)}")
    ids = [p.get("id") for p in dash.get("panels", [])]
    r.check(len(ids) == len(set(ids)), "dashboard panel ids are unique")
    allx = " ".join(exprs)
    for what, pat in (("throughput", r"rate\(wirefleet_(consumed|produced)_total"), ("lag per group", r"wirefleet_consumer_lag|kafka_consumergroup_lag"),
                      ("DLQ rate", r"rate\(wirefleet_dead_lettered_total"), ("p50 latency", r"histogram_quantile\(0\.5,.*wirefleet_processing_seconds_bucket"),
                      ("p99 latency", r"histogram_quantile\(0\.99,.*wirefleet_processing_seconds_bucket")):
        r.check(any(re.search(pat, e) for e in exprs), f"dashboard shows {what}")
    metric_exprs = allx + " " + " ".join(ru.get("expr", "") for ru in rules)
    unknown = sorted(set(re.findall(r"\bwirefleet_[a-z_]+\b", metric_exprs)) - METRICS)
    r.check(not unknown, "dashboard and alerts use only the contract's metric names", ", ".join(unknown))
    bad_stages = sorted(set(re.findall(r'stage="([^"$]+)"', metric_exprs)) - STAGES)
    r.check(not bad_stages, "dashboard and alerts use only real stage labels", ", ".join(bad_stages))

    promtool = shutil.which("promtool")
    if promtool:
        out = subprocess.run([promtool, "check", "config", str(root / "ops/prometheus/prometheus.yml")],
                             capture_output=True, text=True)
        r.check(out.returncode == 0, "promtool check config (prometheus.yml + its rule files)",
                (out.stdout + out.stderr).strip().splitlines()[-1] if (out.stdout + out.stderr).strip() else "")
        # the dashboard's queries, with Grafana's variables filled in, as recording rules
        subst = [e.replace("$__rate_interval", "5m").replace("$__interval", "1m").replace("$stage", ".*") for e in exprs]
        with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as f:
            yaml.safe_dump({"groups": [{"name": "dashboard", "rules": [
                {"record": f"dashboard:query{i}", "expr": e} for i, e in enumerate(subst)]}]}, f)
        out = subprocess.run([promtool, "check", "rules", f.name], capture_output=True, text=True)
        os.unlink(f.name)
        r.check(out.returncode == 0, f"promtool parses the dashboard's {len(exprs)} PromQL queries",
                " ".join((out.stdout + out.stderr).split())[-300:])
    else:
        r.note("promtool not found: Prometheus config, rules and dashboard queries only parsed as YAML/JSON "
               "(apt-get install prometheus provides promtool)")

    # ---------------------------------------------------------------- names across everything
    r.section("names")
    ops_files = [compose_path, *(root / "ops").rglob("*")]
    texts = {}
    for p in ops_files:
        if p.is_file() and p.suffix in {".yml", ".yaml", ".json", ".sh", ".md", ".py", ""} and "checks" not in p.parts and p.name != "compose-spec.json":
            try:
                texts[p.relative_to(root).as_posix()] = p.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                pass
    bad_topics = {}
    for rel, t in texts.items():
        for m in re.findall(r"\barticles\.[A-Za-z0-9_-]+", t):
            if m not in TOPICS:
                bad_topics.setdefault(m, []).append(rel)
    r.check(not bad_topics, "every topic named in compose/k8s/Prometheus/scripts/docs is a real topic",
            "; ".join(f"{k} in {', '.join(sorted(set(v)))}" for k, v in bad_topics.items()))
    code = ""
    for p in sorted((root / "Sources").rglob("*.swift")):
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line.lstrip().startswith("//"):  # doc comments show examples, not defaults
                code += line + "\n"
    code_topics = set(re.findall(r'"(articles\.[A-Za-z0-9_-]+|entities\.index|quotes\.clusters)"', code))
    if code_topics:
        r.check(code_topics == TOPICS, "Sources/ default topic names are the ones ops uses", f"code {sorted(code_topics)} vs {sorted(TOPICS)}")
    else:
        r.note("Sources/ names no topic yet (\"articles.*\" not found): topic names checked against the contract only")
    if re.search(r"\b9464\b", code):
        r.check(True, "Sources/ mentions the metrics port 9464")
    else:
        r.note("Sources/ does not mention 9464: the port comes from --metrics-port in every ops file (checked above)")
    code_metrics = {re.sub(r"_(bucket|sum|count)$", "", m) if m.startswith("wirefleet_processing_seconds") else m
                    for m in re.findall(r"\bwirefleet_[a-z_]+\b", code)}
    if code_metrics:
        base = {m for m in METRICS if not m.endswith(("_bucket", "_sum", "_count"))} | {"wirefleet_processing_seconds"}
        r.check(base <= code_metrics, "Sources/ defines every metric the dashboard/alerts use", f"missing {sorted(base - code_metrics)}")
    else:
        r.note("Sources/ defines no wirefleet_* metric yet: metric names checked against the contract only")

    # ---------------------------------------------------------------- command lines in scripts and docs
    r.section("cli")
    n = 0
    for rel, t in sorted(texts.items()):
        if not rel.endswith((".sh", ".md")):
            continue
        for line in wirefleet_lines(t, rel.endswith(".md")):
            argv = tokens(line)
            if not argv or argv[0].startswith("$") or "(" in line.split()[0]:
                continue
            probs = cli.validate(argv)
            n += 1
            r.check(not probs, f"{rel}: `wirefleet {' '.join(argv)}`", "; ".join(probs))
    r.check(n > 0, f"found wirefleet command lines in scripts and docs ({n})")

    print()
    print(f"check_static: {r.ok} ok, {len(r.failed)} failed; CLI checked against the {cli.source.split(' ')[0]}")
    for f in r.failed:
        print(f"  FAILED: {f}")
    return 1 if r.failed else 0


if __name__ == "__main__":
    sys.exit(main())
