#!/bin/sh
# planls' latency: the time from a didChange to the publishDiagnostics of
# the changed file, on the 1 MB generated set of bench/check.sh (the same
# cache, build/bench/set-1M, made here when missing or made by another
# genplans).  A client (/usr/bin/python3, its standard library) starts
# planls, opens the set's first plan file (its group is the whole set:
# the plan files beside it and what they include), then RUNS times
# (default 21) changes a letter of its board line (and back the next
# time), each change sent alone and timed until the server publishes
# that file's diagnostics.  Prints the
# bytes the server checks per change, the median, minimum and maximum
# latency in milliseconds, and the target (50 ms); figures only, never a
# verdict.
#
# Usage: bench/planls.sh [RUNS]   (or RUNS=N; make bench)
# PLANLS, PLANCHECK and BENCH_DIR name the programs and the cache
# directory (default bin/planls, bin/plancheck, build/bench).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-${RUNS:-21}}
work=${BENCH_DIR:-$top/build/bench}
planls=${PLANLS:-$top/bin/planls}
plancheck=${PLANCHECK:-$top/bin/plancheck}
today=2019-06-01
[ -x "$planls" ] && [ -x "$plancheck" ] || make -s -C "$top" >/dev/null
[ -x /usr/bin/python3 ] || { echo "$0: /usr/bin/python3 is missing (make deps)" >&2; exit 1; }
mkdir -p "$work"
. "$top/bench/sets.sh"
make_set 1M
set_dir=$work/set-1M
first=$(ls "$set_dir"/*.plan | head -n 1)

PLANLS=$planls PLAN_TODAY=$today /usr/bin/python3 - "$first" "$runs" "$set_dir" <<'PY'
import json, os, select, subprocess, sys, time
path, runs, set_dir = os.path.abspath(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
uri = "file://" + path
p = subprocess.Popen([os.environ["PLANLS"]], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
buf = b""
def send(m):
    b = json.dumps(m).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(b) + b)
    p.stdin.flush()
def read():
    global buf
    while True:
        if b"\r\n\r\n" in buf:
            head, rest = buf.split(b"\r\n\r\n", 1)
            n = int(head.split(b":")[1])
            if len(rest) >= n:
                buf = rest[n:]
                return json.loads(rest[:n])
        r, _, _ = select.select([p.stdout], [], [], 60)
        if not r:
            sys.exit("bench/planls.sh: no answer within 60 s")
        d = os.read(p.stdout.fileno(), 1 << 20)
        if not d:
            sys.exit("bench/planls.sh: planls ended")
        buf += d
def diagnostics():
    while True:
        m = read()
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri:
            return m["params"]["diagnostics"]
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
read()
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
text = open(path, encoding="utf-8").read()
lines = text.split("\n")
# The change: the last letter of the plan's board line, and back.
k = next((i for i, l in enumerate(lines) if l.startswith("  board ")), None)
if k is None:
    sys.exit("bench/planls.sh: no board line in " + path)
col = len(lines[k]) - 1
letters = [lines[k][-1], "x" if lines[k][-1] != "x" else "y"]
send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
    "uri": uri, "languageId": "plan", "version": 1, "text": text}}})
t0 = time.perf_counter()
first = diagnostics()
t_open = time.perf_counter() - t0
# The bytes of a change's analysis: every *.plan the set holds.
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(set_dir) for f in fs if f.endswith(".plan"))
times = []
for i in range(runs):
    t0 = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": i + 2},
        "contentChanges": [{"range": {"start": {"line": k, "character": col},
                                      "end": {"line": k, "character": col + 1}},
                            "text": letters[(i + 1) % 2]}]}})
    diagnostics()
    times.append((time.perf_counter() - t0) * 1000)
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
while read().get("id") != 2:
    pass
send({"jsonrpc": "2.0", "method": "exit"})
p.wait(60)
times.sort()
print("set:        %s, %.2f MB of plans (%d diagnostics on the file opened)" % (set_dir, size / 1e6, len(first)))
print("didOpen:    %.1f ms to its diagnostics" % (t_open * 1000))
print("didChange:  median %.1f ms (min %.1f, max %.1f) over %d changes, to the file's diagnostics" %
      (times[len(times) // 2], times[0], times[-1], runs))
print("target:     50 ms")
PY
