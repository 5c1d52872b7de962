#!/bin/sh
# What the pre-commit hook adds to a commit, on the shipped plans.
#
# Makes a repository holding plans/, installs hooks/pre-commit, then makes
# RUNS commits that each stage one new dated update, alternately with the
# hook and with --no-verify, and prints the median time of each and the
# difference, in milliseconds.  Usage: bench/hook.sh [RUNS] (default 21).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-21}
[ -x "$top/bin/plancheck" ] || make -s -C "$top" all
export PLANCHECK="$top/bin/plancheck" PLAN_TODAY=2019-06-01 HOME="${TMPDIR:-/tmp}"
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
git init -q .
cp -r "$top/plans" .
git add plans && git commit -q --no-verify -m plans
cp "$top/hooks/pre-commit" .git/hooks/pre-commit

now_ms() { date +%s%N | awk '{ printf "%.3f\n", $1 / 1000000 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

i=0
: > with.txt
: > without.txt
while [ "$i" -lt "$runs" ]; do
	for mode in with without; do
		day=$(printf '2019-05-%02d' $(( i % 28 + 1 )))
		printf '%s HV1.1 green\n  Bench update %s %s.\n' "$day" "$i" "$mode" \
			>> plans/vve-2018-19/updates-2019.plan
		git add plans/vve-2018-19/updates-2019.plan
		t0=$(now_ms)
		if [ "$mode" = with ]; then
			git commit -q -m "update $i" > /dev/null 2>&1
		else
			git commit -q --no-verify -m "update $i" > /dev/null 2>&1
		fi
		t1=$(now_ms)
		echo "$t1 - $t0" | bc >> "$mode.txt"
	done
	i=$((i + 1))
done
w=$(median < with.txt)
wo=$(median < without.txt)
echo "commits on the shipped plans ($(wc -c < plans/dsv-2015-17.plan) + $(cat plans/vve-2018-19.plan plans/vve-2018-19/updates-2019.plan | wc -c) bytes), $runs each, medians:"
echo "  git commit with the hook:  $w ms"
echo "  git commit --no-verify:    $wo ms"
echo "  the hook adds:             $(echo "$w - $wo" | bc) ms"
echo "  plancheck --staged alone:  $( j=0; while [ $j -lt "$runs" ]; do t0=$(now_ms); "$PLANCHECK" --staged > /dev/null 2>&1; t1=$(now_ms); echo "$t1 - $t0" | bc; j=$((j+1)); done | median) ms"
