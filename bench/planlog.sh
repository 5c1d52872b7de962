#!/bin/sh
# planlog against git log -L on a generated history.
#
# Makes a repository of COMMITS commits (default 10000) over FILES plan
# files (default 8) of about SIZE bytes in all (default 1 MB): each commit
# appends a dated update to one action of one file (to F0.A0, the action
# followed, every 97th commit of its file).  Then times, in one
# run and alternately, RUNS times each (default 3):
#   planlog ID, cold: without its cache (.git/planlog.cache), which it
#     then writes
#   planlog ID, warm: with the cache the run before wrote
#   git log -L '/^action ID /,/^action /:FILE' (the same action's lines)
# and prints the median times, the ratios and planlog's peak memory.
# The variant with one file over 1 MiB: bench/planlog.sh 2000 1 1600000
# Usage: bench/planlog.sh [COMMITS] [FILES] [SIZE] [RUNS]
# PLANLOG names the planlog to time (default bin/planlog, built when
# missing; the program acts by its name, so keep it named planlog).  Any
# step that fails stops the script with a message.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
commits=${1:-10000}
files=${2:-8}
size=${3:-1000000}
runs=${4:-3}
fail() { echo "bench/planlog.sh: $*" >&2; said=1; exit 1; }
for n in "$commits" "$files" "$size" "$runs"; do
	case $n in ''|*[!0-9]*|0) echo "usage: bench/planlog.sh [COMMITS] [FILES] [SIZE] [RUNS] (numbers from 1)" >&2; exit 2 ;; esac
done
for t in git bc awk; do
	command -v "$t" > /dev/null || fail "$t is missing (make deps installs it)"
done
[ -x /usr/bin/time ] || fail "/usr/bin/time is missing (Debian package time)"
planlog=${PLANLOG:-$top/bin/planlog}
if [ ! -x "$planlog" ]; then
	[ -z "${PLANLOG:-}" ] || fail "PLANLOG=$PLANLOG is not an executable file"
	make -s -C "$top" all || fail "could not build bin/planlog (make all failed)"
fi
case $planlog in /*) ;; *) planlog=$PWD/$planlog ;; esac
dir=$(mktemp -d) || fail "cannot make a temporary directory"
# A command that set -e stops on without a message of ours still says so.
trap 'st=$?; cd /; rm -rf "$dir"; [ "$st" -eq 0 ] || [ -n "${said:-}" ] ||
	echo "bench/planlog.sh: stopped with exit status $st (sh -x bench/planlog.sh shows where)" >&2' EXIT
cd "$dir"
git init -q repo
cd repo
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid

# The stream: one commit with all files, then one update per commit.
awk -v commits="$commits" -v files="$files" -v size="$size" -f "$top/bench/history.awk" |
	git fast-import --quiet || fail "git fast-import failed"
git checkout -q main || fail "git checkout main failed"
# Packed as git gc packs loose objects (deltas chosen afresh, chains up
# to 50 deep; fast-import's own deltas run the other way).
git repack -a -d -f -q --depth=50 --window=10 || fail "git repack failed"

id=F0.A0
file=plans/f0.plan
now_ms() { date +%s%N | awk '{ printf "%.1f\n", $1 / 1000000 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
: > cold.t
: > warm.t
: > gitlog.t
i=0
while [ "$i" -lt "$runs" ]; do
	rm -f .git/planlog.cache
	t0=$(now_ms); "$planlog" "$id" > cold.out || fail "planlog $id (cold) failed (exit status $?)"; t1=$(now_ms)
	echo "$t1 - $t0" | bc >> cold.t
	t0=$(now_ms); "$planlog" "$id" > warm.out || fail "planlog $id (warm) failed (exit status $?)"; t1=$(now_ms)
	echo "$t1 - $t0" | bc >> warm.t
	cmp -s cold.out warm.out || fail "planlog's warm output differs from its cold output"
	t0=$(now_ms); git log -L "/^action $id /,/^action /:$file" > /dev/null || fail "git log -L failed (exit status $?)"; t1=$(now_ms)
	echo "$t1 - $t0" | bc >> gitlog.t
	i=$((i + 1))
done
rm -f .git/planlog.cache
/usr/bin/time -f '%M' -o mem.cold "$planlog" "$id" > /dev/null || fail "planlog $id (cold, for its memory) failed"
/usr/bin/time -f '%M' -o mem.warm "$planlog" "$id" > /dev/null || fail "planlog $id (warm, for its memory) failed"
mem_cold=$(tail -n 1 mem.cold)
mem_warm=$(tail -n 1 mem.warm)
c=$(median < cold.t)
w=$(median < warm.t)
g=$(median < gitlog.t)
echo "history: $commits commits, $files plan file(s), $(cat plans/*.plan | wc -c) bytes of plans at HEAD, largest $(wc -c < "$file") bytes"
echo "  changes found:              $(grep -c '^commit ' cold.out) commits"
echo "  planlog $id, cold:        $c ms (median of $runs; all runs: $(tr '\n' ' ' < cold.t))"
echo "  planlog $id, warm:        $w ms (median of $runs; all runs: $(tr '\n' ' ' < warm.t))"
echo "  git log -L (same lines):    $g ms (median of $runs; all runs: $(tr '\n' ' ' < gitlog.t))"
echo "  cold / git log -L:          $(awk -v a="$c" -v b="$g" 'BEGIN { printf "%.3f", a / b }')"
echo "  warm / git log -L:          $(awk -v a="$w" -v b="$g" 'BEGIN { printf "%.3f", a / b }')"
echo "  peak memory, cold / warm:   $mem_cold KiB / $mem_warm KiB"
echo "  cache:                      $(wc -c < .git/planlog.cache) bytes"
