#!/bin/sh
# planlog --since (every action changed in a window) on two generated
# histories, one four times the other, to see how its time grows.
#
# A history of size N: N actions in plan files of 250 actions each
# (N / 250 files of about 60 KB, so that a file keeps its size whatever
# N), committed at once on 2018-12-31, then N / 10 commits on 2019-01-01
# and after, each adding a dated update to one action (a different action
# each time, files in turn).  planlog --since 2019-01-01 then lists every
# one of those N / 10 actions, each with its one commit: what it shows,
# and what changed, grow as N does.  Each history is timed RUNS times
# (default 3), without the cache (cold: .git/planlog.cache deleted first)
# and with the cache that run wrote (warm); medians.  Prints both sizes'
# times and the ratio 4N / N: 4 is linear, 16 quadratic; the goal is at
# most 5.
# Usage: bench/planlog-since.sh [N] [RUNS]     (N: a multiple of 250, default 5000)
# PLANLOG names the planlog to time (default bin/planlog, built when
# missing; the program acts by its name, so keep it named planlog).  Any
# step that fails stops the script with a message.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-5000}
runs=${2:-3}
fail() { echo "bench/planlog-since.sh: $*" >&2; said=1; exit 1; }
for v in "$n" "$runs"; do
	case $v in ''|*[!0-9]*|0) echo "usage: bench/planlog-since.sh [N] [RUNS] (numbers from 1)" >&2; exit 2 ;; esac
done
[ $((n % 250)) -eq 0 ] || { echo "bench/planlog-since.sh: N is a multiple of 250 (files of 250 actions)" >&2; exit 2; }
for t in git awk; do
	command -v "$t" > /dev/null || fail "$t is missing (make deps installs it)"
done
planlog=${PLANLOG:-$top/bin/planlog}
if [ ! -x "$planlog" ]; then
	[ -z "${PLANLOG:-}" ] || fail "PLANLOG=$PLANLOG is not an executable file"
	make -s -C "$top" all || fail "could not build bin/planlog (make all failed)"
fi
case $planlog in /*) ;; *) planlog=$PWD/$planlog ;; esac
dir=$(mktemp -d) || fail "cannot make a temporary directory"
trap 'st=$?; cd /; rm -rf "$dir"; [ "$st" -eq 0 ] || [ -n "${said:-}" ] ||
	echo "bench/planlog-since.sh: stopped with exit status $st (sh -x bench/planlog-since.sh shows where)" >&2' EXIT
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid

# make_history DIR N: the history of size N in a new repository DIR.
make_history() {
	git init -q "$1" || fail "git init failed"
	awk -v actions="$2" '
	function blob(f,    s, i) {
		s = "plan P" f " Generated plan " f "\n  period 2019/20\n"
		for (i = 0; i < per; i++)
			s = s body[f, i]
		return s
	}
	BEGIN {
		per = 250; files = int(actions / per)
		for (f = 0; f < files; f++)
			for (i = 0; i < per; i++)
				body[f, i] = sprintf("action F%d.A%d Generated action %d of file %d\n  lead Officer %d, Community Safety\n  due 2019-12\n  update 2018-12-01 green\n    A first update, with figures 12 and 34.\n", f, i, i, f, i)
		t = 1546250400   # 2018-12-31 10:00 UTC
		printf "commit refs/heads/main\ncommitter bench <b@e> %d +0000\ndata 4\ninit\n", t
		for (f = 0; f < files; f++) {
			s = blob(f)
			printf "M 100644 inline plans/f%d.plan\ndata %d\n%s\n", f, length(s), s
		}
		t += 86400
		for (c = 0; c < actions / 10; c++) {
			f = c % files; i = int(c / files) % per
			body[f, i] = body[f, i] sprintf("  update 2019-01-%02d amber\n    Update %d: progress noted at the review.\n", c % 28 + 1, c)
			s = blob(f)
			printf "commit refs/heads/main\ncommitter bench <b@e> %d +0000\ndata %d\nc%d\nM 100644 inline plans/f%d.plan\ndata %d\n%s\n", t + c * 60, length("c" c), c, f, length(s), s
		}
	}' | git -C "$1" fast-import --quiet || fail "git fast-import failed"
	git -C "$1" checkout -q main || fail "git checkout main failed"
	git -C "$1" repack -a -d -f -q --depth=50 --window=10 || fail "git repack failed"
}

now_ms() { date +%s%N | awk '{ printf "%.1f\n", $1 / 1000000 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# measure N: prints "COLD WARM" (medians, ms) for the history of size N.
measure() {
	repo=$dir/h$1
	make_history "$repo" "$1"
	: > "$dir/cold.t"
	: > "$dir/warm.t"
	i=0
	while [ "$i" -lt "$runs" ]; do
		rm -f "$repo/.git/planlog.cache"
		t0=$(now_ms)
		"$planlog" --repo "$repo" --since 2019-01-01 > "$dir/cold.out" ||
			fail "planlog --since (cold, N=$1) failed (exit status $?)"
		t1=$(now_ms)
		awk -v a="$t1" -v b="$t0" 'BEGIN { printf "%.1f\n", a - b }' >> "$dir/cold.t"
		t0=$(now_ms)
		"$planlog" --repo "$repo" --since 2019-01-01 > "$dir/warm.out" ||
			fail "planlog --since (warm, N=$1) failed (exit status $?)"
		t1=$(now_ms)
		awk -v a="$t1" -v b="$t0" 'BEGIN { printf "%.1f\n", a - b }' >> "$dir/warm.t"
		cmp -s "$dir/cold.out" "$dir/warm.out" || fail "the warm output differs from the cold one (N=$1)"
		i=$((i + 1))
	done
	shown=$(grep -c '^commit ' "$dir/cold.out" || true)
	[ "$shown" -eq $(($1 / 10)) ] || fail "N=$1: $shown commits shown, want $(($1 / 10))"
	echo "$(median < "$dir/cold.t") $(median < "$dir/warm.t")"
}

set -- $(measure "$n")
c1=$1 w1=$2
set -- $(measure $((4 * n)))
c4=$1 w4=$2
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "planlog --since 2019-01-01 (every action changed: N/10 of N actions, one commit each); medians of $runs"
echo "  N = $n:           cold $c1 ms, warm $w1 ms"
echo "  4N = $((4 * n)):          cold $c4 ms, warm $w4 ms"
echo "  4N / N:              cold $(ratio "$c4" "$c1"), warm $(ratio "$w4" "$w1")   (4: linear, 16: quadratic; goal at most 5)"
