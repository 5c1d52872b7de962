#!/bin/sh
# Inputs that were slow by construction: plancheck at N and at 4N.
#
# For each case of bench/slowcases (cached in BENCH_DIR/slow, made again
# when slowcases changes), times plancheck --today 2019-06-01 on the
# input of size N and on that of size 4N, RUNS times each (default 3),
# alternately, and prints the median times, their ratio (the goal: at
# most 5 for 4 times the input, where work that grows as N squared gives
# 16), the ratio of the median user CPU times (the work itself: wall time
# also holds the kernel's page faults, which on a shared machine swing
# from run to run, most for the large case), and the peak memory of each
# with its ratio to the input's size.
# The cases (bench/slowcases says what each holds):
#   include          main.plan includes part.plan N times: plancheck FILE
#   include-staged   the same files staged in a new repository:
#                    plancheck --staged, as the pre-commit hook runs it
#   suggest          N updates for unknown ids among N actions
#   place            N updates of one action in scrambled date order
#   owners           N leads against N declared people, with --strict
#   large            one file of N actions (the memory case)
# N is each case's default below, or SLOW_N="case=N ..." (SLOW_N="place=5000").
# A run that takes longer than SLOW_TIMEOUT seconds (default 300) is
# stopped and shown as "> SLOW_TIMEOUT s"; the ratio is then a lower
# bound. PLANCHECK names the plancheck to time (default bin/plancheck;
# keep it named plancheck: the program acts by its name); CASES="place
# owners" runs only those.
#
# Usage: bench/slow.sh [RUNS]   (make bench BENCH=slow)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-${RUNS:-3}}
work=${BENCH_DIR:-$top/build/bench}/slow
plancheck=${PLANCHECK:-$top/bin/plancheck}
limit=${SLOW_TIMEOUT:-300}
cases=${CASES:-include include-staged suggest place owners large}
case $runs in ''|*[!0-9]*|0) echo "usage: bench/slow.sh [RUNS] (RUNS a number from 1)" >&2; exit 2 ;; esac
fail() { echo "bench/slow.sh: $*" >&2; exit 1; }
for t in git awk timeout; do
	command -v "$t" > /dev/null || fail "$t is missing (make deps installs it)"
done
[ -x /usr/bin/time ] || fail "/usr/bin/time is missing (Debian package time)"
[ -x "$plancheck" ] || make -s -C "$top" all || fail "could not build bin/plancheck"
case $plancheck in /*) ;; *) plancheck=$PWD/$plancheck ;; esac
mkdir -p "$work"
work=$(cd "$work" && pwd)   # runs happen in other directories too

# Each case's N: chosen so that the old code (bench/README.md) took
# seconds at N, and the current code well over its start-up time.
default_n() {
	case $1 in
	include) echo 8000 ;;
	include-staged) echo 4000 ;;
	suggest) echo 2000 ;;
	place) echo 10000 ;;
	owners) echo 2000 ;;
	large) echo 50000 ;;
	esac
}
n_of() {
	n=$(echo " ${SLOW_N:-} " | sed -n "s/.* $1=\([0-9][0-9]*\) .*/\1/p")
	echo "${n:-$(default_n "$1")}"
}

# The input of case $1 at size $2, in $work/$1-$2 (made unless the one
# there was made by this slowcases); include-staged is a repository
# holding include's files, staged.
sum=$(cksum < "$top/bench/slowcases")
make_input() {
	d=$work/$1-$2
	if [ -f "$d.info" ] && [ "$(cat "$d.info")" = "$sum" ]; then
		return 0
	fi
	rm -rf "$d" "$d.info"
	gen=${1%-staged}
	"$top/bench/slowcases" "$gen" "$2" "$d" > /dev/null || fail "bench/slowcases $gen $2 failed"
	if [ "$gen" != "$1" ]; then
		(cd "$d" && git init -q . && git add main.plan part.plan) > /dev/null 2>&1 ||
			fail "cannot make the repository of $d"
	fi
	echo "$sum" > "$d.info"
}

now_ns() { date +%s%N; }
# Runs plancheck on case $1's input in directory $2 and appends
# "WALL_US PEAK_KIB USER_S" to file $3 (WALL_US is -1 when it ran out of
# time).
run() {
	c=$1; d=$2; f=$3
	case $c in
	include-staged) where=$d; set -- --staged ;;
	owners) where=$top; set -- --strict "$d/main.plan" ;;
	*) where=$top; set -- "$d/main.plan" ;;
	esac
	t0=$(now_ns)
	(cd "$where" && exec /usr/bin/time -f '%M %U' -o "$work/time.out" timeout "$limit" \
		"$plancheck" --today 2019-06-01 "$@") > "$work/out" 2>&1 && rc=0 || rc=$?
	t1=$(now_ns)
	if [ "$rc" -eq 124 ]; then
		echo "-1 0 0" >> "$f"
		return 0
	fi
	[ "$rc" -le 1 ] || { tail -n 5 "$work/out" >&2; fail "plancheck failed (exit status $rc) on $d"; }
	echo "$(( (t1 - t0) / 1000 )) $(tail -n 1 "$work/time.out")" >> "$f"
}
# Median of column $1 of the lines of numbers on standard input; -1 when
# one of them is -1 (a run that ran out of time).
median() {
	awk -v c="$1" '{ print $c }' | sort -n |
		awk '{ v[NR] = $1 } END { print v[1] < 0 ? -1 : v[int((NR + 1) / 2)] }'
}
# Input size of case $1 at $2, in bytes.
bytes() { cat "$work/$1-$2"/*.plan | wc -c; }
# "123 ms", "1.23 s" or "> N s" of microseconds $1.
show() {
	awk -v us="$1" -v lim="$limit" 'BEGIN {
		if (us < 0) printf "> %d s", lim
		else if (us >= 1000000) printf "%.2f s", us / 1000000
		else printf "%.0f ms", us / 1000
	}'
}

echo "inputs that were slow by construction: plancheck at N and 4N, medians of $runs runs"
echo "machine: $(nproc) cores; load average at start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
if [ -z "${PLANCHECK:-}" ]; then
	echo "plancheck: $plancheck, built from $(git -C "$top" describe --always --dirty 2>/dev/null || echo '?')"
else
	echo "plancheck: $plancheck"
fi
echo "(goal: time at 4N at most 5 times the time at N; peak memory in MiB, and over the input)"
printf '  %-15s %7s %9s %11s %11s %7s %9s %18s %18s\n' case N "input 4N" "time N" "time 4N" ratio "CPU ratio" "peak N" "peak 4N"
for c in $cases; do
	case $c in include|include-staged|suggest|place|owners|large) ;; *) fail "no case $c" ;; esac
	n=$(n_of "$c")
	n4=$((n * 4))
	make_input "$c" "$n"
	make_input "$c" "$n4"
	: > "$work/a.t"
	: > "$work/b.t"
	i=0
	while [ "$i" -lt "$runs" ]; do
		run "$c" "$work/$c-$n" "$work/a.t"
		run "$c" "$work/$c-$n4" "$work/b.t"
		i=$((i + 1))
	done
	ta=$(median 1 < "$work/a.t"); tb=$(median 1 < "$work/b.t")
	ka=$(median 2 < "$work/a.t"); kb=$(median 2 < "$work/b.t")
	ua=$(median 3 < "$work/a.t"); ub=$(median 3 < "$work/b.t")
	ba=$(bytes "$c" "$n"); bb=$(bytes "$c" "$n4")
	awk -v c="$c" -v n="$n" -v ta="$ta" -v tb="$tb" -v ka="$ka" -v kb="$kb" -v ba="$ba" -v bb="$bb" \
	    -v ua="$ua" -v ub="$ub" \
	    -v sa="$(show "$ta")" -v sb="$(show "$tb")" 'BEGIN {
		r = ta > 0 && tb > 0 ? sprintf("%.1f", tb / ta) : ta > 0 && tb < 0 ? "> " sprintf("%.0f", '"$limit"' * 1e6 / ta) : "-"
		u = ua >= 0.05 && ub > 0 ? sprintf("%.1f", ub / ua) : "-"
		pa = ka > 0 ? sprintf("%.1f (%.1f x)", ka / 1024, ka * 1024 / ba) : "-"
		pb = kb > 0 ? sprintf("%.1f (%.1f x)", kb / 1024, kb * 1024 / bb) : "-"
		printf "  %-15s %7d %8.1fM %11s %11s %7s %9s %18s %18s\n", c, n, bb / 1e6, sa, sb, r, u, pa, pb
	}'
done
echo "load average at end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
