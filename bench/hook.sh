#!/bin/sh
# What the pre-commit hook adds to a commit, on the shipped plans.
#
# Makes a repository holding a copy of plans/, installs hooks/pre-commit,
# then makes RUNS commits that each stage one new dated update, alternately
# with the hook and with --no-verify, and prints the median time of each
# and the difference, in milliseconds, then the median time of
# `plancheck --staged` run on its own.  Usage: bench/hook.sh [RUNS]
# (default 21).  PLANCHECK names the plancheck to time (default
# bin/plancheck, built when missing; the program acts by its name, so
# keep it named plancheck).
#
# The shipped plans keep their Word originals' gaps, among them an action
# whose only lead is a placeholder: missing-owner, an error by default,
# would refuse every commit of them.  The copy committed here says under
# each plan line `check missing-owner warning` (SPEC.md section 13), one
# line per plan: the hook still reads, parses and checks every file, and
# reports that action as a warning.  plans/ itself is never changed.
#
# Any step that fails stops the script with a message naming it, and the
# output of the command that failed.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-21}
case $runs in ''|*[!0-9]*|0) echo "usage: bench/hook.sh [RUNS] (RUNS a number from 1)" >&2; exit 2 ;; esac
fail() { echo "bench/hook.sh: $*" >&2; said=1; exit 1; }
for t in git bc awk; do
	command -v "$t" > /dev/null || fail "$t is missing (make deps installs it)"
done
plancheck=${PLANCHECK:-$top/bin/plancheck}
if [ ! -x "$plancheck" ]; then
	[ -z "${PLANCHECK:-}" ] || fail "PLANCHECK=$PLANCHECK is not an executable file"
	make -s -C "$top" all || fail "could not build bin/plancheck (make all failed)"
fi
case $plancheck in /*) ;; *) plancheck=$PWD/$plancheck ;; esac
export PLANCHECK="$plancheck" PLAN_TODAY=2019-06-01 HOME="${TMPDIR:-/tmp}"
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
dir=$(mktemp -d) || fail "cannot make a temporary directory"
# A command that set -e stops on without a message of ours still says so.
trap 'st=$?; rm -rf "$dir"; [ "$st" -eq 0 ] || [ -n "${said:-}" ] ||
	echo "bench/hook.sh: stopped with exit status $st (sh -x bench/hook.sh shows where)" >&2' EXIT
# Prints $dir/out, indented: whole up to 20 lines, else its error lines
# and its last 3 lines.
show() {
	if [ "$(wc -l < "$dir/out")" -le 20 ]; then
		sed 's/^/  /' "$dir/out"
	else
		echo "  ($(wc -l < "$dir/out") lines of output; the errors and the last lines:)"
		{ grep ': error: ' "$dir/out" | head -n 10; tail -n 3 "$dir/out"; } | sed 's/^/  /'
	fi >&2
}
# Runs a command, its output to $dir/out; on failure prints what failed
# ($1) and that output, and stops.
step() {
	what=$1; shift
	"$@" > "$dir/out" 2>&1 || { st=$?; show; fail "$what failed (exit status $st)"; }
}
cd "$dir"
step "git init" git init -q .
cp -r "$top/plans" . || fail "cannot copy $top/plans"
find plans -name '*.plan' | while IFS= read -r f; do
	awk '{ print } tolower($0) ~ /^plan[ \t]/ { print "  check missing-owner warning" (/\r$/ ? "\r" : "") }' \
		"$f" > "$f.new" && mv "$f.new" "$f" || exit 1
done || fail "cannot add the check line to the copy of plans/"
step "git add plans" git add plans
step "the first commit (--no-verify)" git commit -q --no-verify -m plans
cp "$top/hooks/pre-commit" .git/hooks/pre-commit || fail "cannot install hooks/pre-commit"

now_ms() { date +%s%N | awk '{ printf "%.3f\n", $1 / 1000000 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
updates=plans/vve-2018-19/updates-2019.plan
# Stages one more dated update of HV1.1 ($1: its number, $2: a word).
stage() {
	printf '%s HV1.1 green\n  Bench update %s %s.\n' "$(printf '2019-05-%02d' $(( $1 % 28 + 1 )))" "$1" "$2" \
		>> "$updates" || fail "cannot append to $updates"
	step "git add $updates" git add "$updates"
}

# One commit with the hook, untimed: it warms the caches, and a plan set
# the hook refuses is reported here, with the hook's output.
stage 0 warm-up
git commit -q -m "warm-up" > "$dir/out" 2>&1 || {
	show
	fail "the hook refused the warm-up commit of the benchmark's copy of plans/ (output above)"
}

i=0
: > with.txt
: > without.txt
while [ "$i" -lt "$runs" ]; do
	for mode in with without; do
		stage "$i" "$mode"
		if [ "$mode" = with ]; then
			t0=$(now_ms)
			git commit -q -m "update $i" > "$dir/out" 2>&1 || st=$?
			t1=$(now_ms)
		else
			t0=$(now_ms)
			git commit -q --no-verify -m "update $i" > "$dir/out" 2>&1 || st=$?
			t1=$(now_ms)
		fi
		if [ "${st:-0}" -ne 0 ]; then
			show
			fail "commit $i ($mode the hook) failed (exit status $st; output above)"
		fi
		echo "$t1 - $t0" | bc >> "$mode.txt"
	done
	i=$((i + 1))
done

# plancheck --staged on its own, on the last commit's index.
: > alone.txt
j=0
while [ "$j" -lt "$runs" ]; do
	t0=$(now_ms)
	"$PLANCHECK" --staged > "$dir/out" 2>&1 || st=$?
	t1=$(now_ms)
	if [ "${st:-0}" -ne 0 ]; then
		show
		fail "$PLANCHECK --staged failed (exit status $st; output above)"
	fi
	echo "$t1 - $t0" | bc >> alone.txt
	j=$((j + 1))
done

w=$(median < with.txt)
wo=$(median < without.txt)
echo "commits on the shipped plans ($(wc -c < plans/dsv-2015-17.plan) + $(cat plans/vve-2018-19.plan "$updates" | wc -c) bytes), $runs each, medians:"
echo "  git commit with the hook:  $w ms"
echo "  git commit --no-verify:    $wo ms"
echo "  the hook adds:             $(echo "$w - $wo" | bc) ms"
echo "  plancheck --staged alone:  $(median < alone.txt) ms"
