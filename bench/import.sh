#!/bin/sh
# planimport on a generated workbook: N rows (default 10,000) and 4N.
#
# The workbook (written once by openpyxl into BENCH_DIR/import, with
# /usr/bin/python3 and Debian's python3-openpyxl) is laid out as the
# seeds' tables are: objective, action, lead, timescale, review point
# with a decision, an update cell with an undated and a dated update, and
# a RAG word, an objective every 10 rows.  Prints, for N and 4N, the
# median wall time of RUNS runs (default 3) and the peak memory, then the
# ratio of the times and of the memories (linear: about 4; the goal is
# under a second for N = 10,000).
#
# Usage: bench/import.sh [RUNS]   (make bench BENCH=import; IMPORT_N=N)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-${RUNS:-3}}
n=${IMPORT_N:-10000}
work=${BENCH_DIR:-$top/build/bench}/import
planimport=${PLANIMPORT:-$top/bin/planimport}
case $runs in ''|*[!0-9]*|0) echo "usage: bench/import.sh [RUNS] (RUNS a number from 1)" >&2; exit 2 ;; esac
fail() { echo "bench/import.sh: $*" >&2; exit 1; }
[ -x /usr/bin/time ] || fail "/usr/bin/time is missing (make bench installs it)"
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || fail "openpyxl is missing (make deps installs python3-openpyxl)"
mkdir -p "$work"

# make ROWS FILE: the workbook of ROWS rows, unless it is there.
make_book() {
	[ -s "$2" ] && return 0
	/usr/bin/python3 - "$1" "$2" <<'PY'
import sys
import openpyxl
rows, path = int(sys.argv[1]), sys.argv[2]
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("Plan")
ws.append(["Objective", "Action", "Lead", "Timescale", "Review Point", "Update/Progress", "RAG"])
rags = ["Red", "Amber", "Green"]
for i in range(rows):
    obj = "%d. Objective number %d, to reduce something in the borough" % (i // 10 + 1, i // 10 + 1) if i % 10 == 0 else None
    ws.append([obj, "(%s) Deliver action %d of the plan with partners across the borough" % ("abcdefghij"[i % 10], i),
               "Lead Officer %d\nPartner Agency %d" % (i % 97, i % 13),
               ["March 2019", "Ongoing", "Q3 2019/20", "31/03/2020", "quarterly"][i % 5],
               "January 2019 CONTINUE 2019/20" if i % 3 else "September 2018\nCOMPLETE",
               "Progress is on track for row %d.\nUPDATE 10th Jan 2019 Green\nAutumn Nights ran successfully.\n2018 - 86" % i,
               rags[i % 3]])
wb.save(path)
PY
}

# measure FILE: "SECONDS KB" of the median run.
measure() {
	i=0
	while [ $i -lt "$runs" ]; do
		/usr/bin/time -f '%e %M' -o "$work/time" "$planimport" -o "$work/out.plan" "$1" 2>/dev/null ||
		  fail "planimport $1 failed"
		cat "$work/time"
		i=$((i + 1))
	done | sort -n | awk -v r="$runs" 'NR == int((r + 1) / 2) { print }'
}

make_book "$n" "$work/n$n.xlsx"
make_book $((4 * n)) "$work/n$((4 * n)).xlsx"
set -- $(measure "$work/n$n.xlsx")
t1=$1 m1=$2
set -- $(measure "$work/n$((4 * n)).xlsx")
t4=$1 m4=$2
printf '%-22s %8s %10s\n' "rows" "seconds" "peak KB"
printf '%-22s %8s %10s\n' "$n" "$t1" "$m1"
printf '%-22s %8s %10s\n' "$((4 * n))" "$t4" "$m4"
awk -v a="$t1" -v b="$t4" -v c="$m1" -v d="$m4" 'BEGIN {
	printf "ratio 4N/N: time %.2f, memory %.2f (linear: about 4)\n", (a > 0 ? b / a : 0), (c > 0 ? d / c : 0) }'
