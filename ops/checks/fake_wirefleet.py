#!/usr/bin/env python3
"""A stand-in for the wirefleet binary, for testing the ops scripts only.

It implements just enough of the CLI contract to exercise ops/cluster/*.sh and
ops/run.sh without the Swift build: `topics create|list`, `produce PATH...`,
`worker KIND` and `assemble` (both serve /metrics, /healthz, /readyz on
--metrics-port and run until TERM). It talks to the broker with kcat. The fake
assembler turns every article on articles.raw straight into a minimal
EnrichedArticle on articles.complete, so the whole run.sh loop can be checked.
It extracts nothing. FAKE_IGNORE_TERM=1 makes it ignore SIGTERM (to test KILL);
FAKE_ASSEMBLER_IDLE=1 makes the assembler publish nothing (to test run.sh's timeout).
"""
import hashlib, http.server, json, os, signal, subprocess, sys, threading, time

def opt(args, name, default=None):
    return args[args.index(name) + 1] if name in args and args.index(name) + 1 < len(args) else default

def brokers(args):
    return opt(args, "--brokers", os.environ.get("WIREFLEET_BROKERS", "localhost:9092"))

def serve(port, stage, counters):
    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path in ("/healthz", "/readyz"):
                body = b"ok\n"
            elif self.path == "/metrics":
                body = "".join(f'wirefleet_{k}_total{{stage="{stage}"}} {v}\n' for k, v in counters.items()).encode()
            else:
                self.send_response(404); self.end_headers(); return
            self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
            self.wfile.write(body)
        def log_message(self, *a): pass
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", port), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()

def long_running(args, stage):
    if os.environ.get("FAKE_IGNORE_TERM") == "1":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    else:
        signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    counters = {"consumed": 0, "produced": 0}
    port = int(opt(args, "--metrics-port", "0"))
    if port:
        serve(port, stage, counters)
    print(f"fake {stage} running, brokers {brokers(args)}", flush=True)
    done = set()
    while True:
        if stage == "assembler" and os.environ.get("FAKE_ASSEMBLER_IDLE") != "1":
            out = subprocess.run(["kcat", "-b", brokers(args), "-C", "-t", "articles.raw", "-o", "beginning",
                                  "-e", "-q", "-f", "%k\t%s\n"], capture_output=True, text=True).stdout
            for line in out.splitlines():
                key, _, value = line.partition("\t")
                if not key or key in done:
                    continue
                counters["consumed"] += 1
                rec = {"schema": "wirefleet.article/1", "article_id": key, "complete": True,
                       "entities": [], "quotes": [], "numbers": [], "stages": {}, "fake": True}
                subprocess.run(["kcat", "-b", brokers(args), "-P", "-t", "articles.complete", "-k", key],
                               input=json.dumps(rec) + "\n", text=True, check=True)
                counters["produced"] += 1
                done.add(key)
        time.sleep(1)

def produce(args):
    paths = [a for a in args[1:] if not a.startswith("-") and a != opt(args, "--brokers") and a != opt(args, "--topic")]
    files = []
    for p in paths:
        files += sorted(os.path.join(p, f) for f in os.listdir(p)) if os.path.isdir(p) else [p]
    for f in files:
        body = open(f, encoding="utf-8").read()
        aid = hashlib.sha256(body.encode()).hexdigest()[:16]
        subprocess.run(["kcat", "-b", brokers(args), "-P", "-t", opt(args, "--topic", "articles.raw"), "-k", aid],
                       input=json.dumps({"id": aid, "body": body}) + "\n", text=True, check=True)
    print(f"fake produce: {len(files)} articles", file=sys.stderr)

def main(args):
    if not args or args[0] in ("-h", "--help"):
        print("fake wirefleet (ops test double): topics|produce|worker|assemble"); return 0
    if args[0] == "topics":
        return 0  # Tansu creates topics on first use
    if args[0] == "produce":
        produce(args); return 0
    if args[0] == "worker" and len(args) > 1 and args[1] in ("entities", "quotes", "numbers"):
        long_running(args, args[1])
    if args[0] == "assemble":
        long_running(args, "assembler")
    print(f"fake wirefleet: unsupported {args}", file=sys.stderr)
    return 2

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
