#!/bin/sh
# planreport's board pack: its speed, memory and output size against
# plancheck's on the same plans, and planreport --since against planlog
# --since on the same window.  Numbers are printed, never judged: the
# targets (issue 14: html at most 3 times plancheck's time, output and
# memory linear in the input, --since at most 2 times planlog --since)
# are for the reader.
#
# (a) On the 4 MB and 16 MB generated sets of bench/check.sh (the same
#     cache, build/bench/set-SIZE, made here when missing or made by
#     another genplans), in one run and alternately, RUNS times each
#     (default 5) after one warm-up run of each:
#       plancheck --today 2019-06-01 (its output to /dev/null)
#       planreport --today 2019-06-01 --format=F -o FILE, F text,
#         markdown, html and xlsx (FILE in BENCH_DIR, removed after);
#     for each, the median wall time (min .. max), the ratio of that
#     median to plancheck's, the median CPU time, the peak memory
#     (/usr/bin/time -f %M) and the size of the output; then, for each,
#     16 MB over 4 MB of time, memory and output: about 4 (the input's
#     ratio) is linear.  A format this planreport does not write yet
#     (it says so, status 2, on a one-line plan) is "not available".
# (b) On the history of bench/planlog.sh (bench/history.awk: 10,000
#     commits over 8 plan files, 1 MB at HEAD), with the meeting tagged
#     at HEAD~1000 (1,000 commits in the window, each adding an update),
#     alternately, RUNS times each (at most 3):
#       planlog --since=meeting, cold (no .git/planlog.cache) and warm
#         (the cache the cold run wrote);
#       planreport --since=meeting --today 2019-06-01 (text, the plans of
#         the work tree), cold and warm the same way;
#       planreport --today 2019-06-01 without --since: the pack alone;
#     the medians, and planreport --since / planlog --since, cold and warm.
#
# Usage: bench/pack.sh [RUNS]   (or RUNS=N in the environment; make bench)
# PLANCHECK, PLANREPORT, PLANLOG and BENCH_DIR name the programs and the
# cache directory (default bin/plancheck, bin/planreport, bin/planlog,
# build/bench).  The programs act by the name they are run under: keep
# them named so.  COMMITS (default 10000) sizes the history of (b).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-${RUNS:-5}}
work=${BENCH_DIR:-$top/build/bench}
plancheck=${PLANCHECK:-$top/bin/plancheck}
planreport=${PLANREPORT:-$top/bin/planreport}
planlog=${PLANLOG:-$top/bin/planlog}
commits=${COMMITS:-10000}
today=2019-06-01
fail() { echo "bench/pack.sh: $*" >&2; said=1; exit 1; }
for v in "$runs" "$commits"; do
	case $v in ''|*[!0-9]*|0) echo "usage: bench/pack.sh [RUNS] (RUNS, COMMITS: numbers from 1)" >&2; exit 2 ;; esac
done
[ "$commits" -gt 1000 ] || { echo "bench/pack.sh: COMMITS must be over 1000 (the window is the last 1000)" >&2; exit 2; }
[ -x /usr/bin/time ] || fail "/usr/bin/time is missing (Debian package time)"
for t in git awk; do
	command -v "$t" > /dev/null || fail "$t is missing (make deps installs it)"
done
for p in "$plancheck" "$planreport" "$planlog"; do
	[ -x "$p" ] || make -s -C "$top" all || fail "could not build the programs (make all failed)"
	[ -x "$p" ] || fail "$p is not an executable file"
done
for v in plancheck planreport planlog; do
	eval "p=\$$v"
	case $p in /*) ;; *) eval "$v=\$PWD/\$p" ;; esac
done
mkdir -p "$work"
case $work in /*) ;; *) work=$PWD/$work ;; esac
tmp=$(mktemp -d) || fail "cannot make a temporary directory"
trap 'st=$?; cd /; rm -rf "$tmp"; [ "$st" -eq 0 ] || [ -n "${said:-}" ] ||
	echo "bench/pack.sh: stopped with exit status $st (sh -x bench/pack.sh shows where)" >&2' EXIT

now_ns() { date +%s%N; }
# run OUTFILE CMD...: runs CMD (its standard output to OUTFILE, its
# standard error to $tmp/err) and prints "WALL_US CPU_MS PEAK_KIB".  An
# exit status of 1 (the plans have errors) is a result; 2 and up, or a
# signal, stops the benchmark.
run() {
	o=$1
	shift
	t0=$(now_ns)
	/usr/bin/time -f '%U %S %M' -o "$tmp/time.out" "$@" > "$o" 2> "$tmp/err" && rc=0 || rc=$?
	t1=$(now_ns)
	if [ "$rc" -ge 2 ]; then
		tail -n 5 "$tmp/err" | sed 's/^/  /' >&2
		fail "$* failed (exit status $rc)"
	fi
	tail -n 1 "$tmp/time.out" |
		awk -v us=$(( (t1 - t0) / 1000 )) '{ printf "%d %.0f %d\n", us, ($1 + $2) * 1000, $3 }'
}
# Of lines of numbers on standard input, column C: "MEDIAN MIN MAX".
stats() {
	awk -v c="$1" '{ print $c }' | sort -n |
		awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[1], v[NR] }'
}
med() { echo "${1%% *}"; }
ms() { awk -v us="$1" 'BEGIN { printf "%.0f", us / 1000 }'; }
msr() { set -- $1; echo "$(ms "$1") ($(ms "$2") .. $(ms "$3"))"; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b) printf "%.2f", a / b; else printf "-" }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# ---------------------------------------------------------------------------
# (a) The pack's formats against plancheck on the generated sets.

. "$top/bench/sets.sh"
info() { sed -n "$2p" "$work/set-$1.info"; }

# The commands: plancheck, then each format planreport writes.  A format
# it does not write yet is left out, with what it says.
formats=
printf 'plan P1 One line\n  period 2019/20\n' > "$tmp/one.plan"
for f in text markdown html xlsx; do
	if "$planreport" --today "$today" --format=$f -o "$tmp/one.$f" "$tmp/one.plan" > /dev/null 2> "$tmp/probe"; then
		formats="$formats $f"
	else
		eval "why_$f=\$(head -n 1 \"\$tmp/probe\")"
	fi
done

# measure SIZE N: times each command N times on the set of SIZE,
# alternately, after a warm-up run of each; leaves "MED MIN MAX" of wall
# (us), CPU (ms) and peak (KiB) in $tmp/SIZE-CMD.{wall,cpu,kib}, and the
# output's size in $tmp/SIZE-CMD.bytes.
measure() {
	d=$work/set-$1
	cat "$d"/*.plan "$d"/*/*.plan > /dev/null
	run /dev/null "$plancheck" --today "$today" "$d"/*.plan > /dev/null
	for f in $formats; do
		run /dev/null "$planreport" --today "$today" --format=$f -o "$tmp/out.$f" "$d"/*.plan > /dev/null
	done
	: > "$tmp/$1-check.t"
	for f in $formats; do : > "$tmp/$1-$f.t"; done
	i=0
	while [ "$i" -lt "$2" ]; do
		run /dev/null "$plancheck" --today "$today" "$d"/*.plan >> "$tmp/$1-check.t"
		for f in $formats; do
			run /dev/null "$planreport" --today "$today" --format=$f -o "$tmp/out.$f" "$d"/*.plan >> "$tmp/$1-$f.t"
		done
		i=$((i + 1))
	done
	for c in check $formats; do
		stats 1 < "$tmp/$1-$c.t" > "$tmp/$1-$c.wall"
		stats 2 < "$tmp/$1-$c.t" > "$tmp/$1-$c.cpu"
		stats 3 < "$tmp/$1-$c.t" > "$tmp/$1-$c.kib"
	done
	echo - > "$tmp/$1-check.bytes"
	for f in $formats; do
		wc -c < "$tmp/out.$f" | tr -d ' ' > "$tmp/$1-$f.bytes"
		rm -f "$tmp/out.$f"
	done
}
get() { cat "$tmp/$1-$2.$3"; }
name() { [ "$1" = check ] && echo plancheck || echo "planreport -f $1"; }

for s in 4M 16M; do
	make_set "$s"
done
load0=$(cut -d ' ' -f 1-3 /proc/loadavg)
cpu=$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)
measure 4M "$runs"
measure 16M "$runs"

echo "board pack benchmark: median (min .. max) of $runs runs, wall time unless marked CPU; MiB = 2^20 bytes"
echo "machine: $(nproc) cores, ${cpu:-unknown CPU}; load average at start: $load0"
echo "programs: $planreport, $plancheck, $planlog, built from $(git -C "$top" describe --always --dirty 2>/dev/null || echo '?')"
for s in 16M 4M; do
	echo
	echo "${s%M} MB set ($(info "$s" 3) bytes): $(info "$s" 2)"
	echo "  --today $today; plancheck's output to /dev/null, planreport's to a file (-o)"
	echo "  command                  time ms (min .. max)    / plancheck   CPU ms   peak MiB   output bytes"
	for c in check text markdown html xlsx; do
		case " check $formats " in
		*" $c "*)
			awk -v n="$(name "$c")" -v t="$(msr "$(get "$s" "$c" wall)")" \
			    -v r="$(div "$(med "$(get "$s" "$c" wall)")" "$(med "$(get "$s" check wall)")")" \
			    -v cpu="$(med "$(get "$s" "$c" cpu)")" -v k="$(mib "$(med "$(get "$s" "$c" kib)")")" \
			    -v b="$(get "$s" "$c" bytes)" 'BEGIN {
				printf "  %-24s %-24s %8s x %8d %10s %14s\n", n, t, r, cpu, k, b
			}' ;;
		*)
			eval "why=\${why_$c:-}"
			printf '  %-24s not available (%s)\n' "$(name "$c")" "$why" ;;
		esac
	done
done
echo
echo "growth, 16 MB over 4 MB (the input: $(div "$(info 16M 3)" "$(info 4M 3)"); about that is linear):"
echo "  command                  time    CPU   peak memory   output"
for c in check $formats; do
	awk -v n="$(name "$c")" -v t="$(div "$(med "$(get 16M "$c" wall)")" "$(med "$(get 4M "$c" wall)")")" \
	    -v cpu="$(div "$(med "$(get 16M "$c" cpu)")" "$(med "$(get 4M "$c" cpu)")")" \
	    -v k="$(div "$(med "$(get 16M "$c" kib)")" "$(med "$(get 4M "$c" kib)")")" \
	    -v b="$([ "$c" = check ] && echo - || div "$(get 16M "$c" bytes)" "$(get 4M "$c" bytes)")" 'BEGIN {
		printf "  %-24s %5s %6s %13s %8s\n", n, t, cpu, k, b
	}'
done

# ---------------------------------------------------------------------------
# (b) planreport --since against planlog --since on bench/planlog.sh's history.

export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
repo=$tmp/history
git init -q "$repo" || fail "git init failed"
awk -v commits="$commits" -v files=8 -v size=1000000 -f "$top/bench/history.awk" |
	git -C "$repo" fast-import --quiet || fail "git fast-import failed"
git -C "$repo" checkout -q main || fail "git checkout main failed"
git -C "$repo" repack -a -d -f -q --depth=50 --window=10 || fail "git repack failed"
git -C "$repo" tag meeting HEAD~1000 || fail "git tag failed"
cd "$repo"
hruns=$(( runs < 3 ? runs : 3 ))
: > "$tmp/log-cold.t"; : > "$tmp/log-warm.t"; : > "$tmp/rep-cold.t"; : > "$tmp/rep-warm.t"; : > "$tmp/rep-none.t"
# A warm-up of each, which also keeps their outputs.
rm -f .git/planlog.cache
run "$tmp/log.out" "$planlog" --since=meeting > /dev/null
rm -f .git/planlog.cache
run "$tmp/rep.out" "$planreport" --today "$today" --since=meeting > /dev/null
run /dev/null "$planreport" --today "$today" > /dev/null
i=0
while [ "$i" -lt "$hruns" ]; do
	rm -f .git/planlog.cache
	run /dev/null "$planlog" --since=meeting >> "$tmp/log-cold.t"
	run /dev/null "$planlog" --since=meeting >> "$tmp/log-warm.t"
	rm -f .git/planlog.cache
	run /dev/null "$planreport" --today "$today" --since=meeting >> "$tmp/rep-cold.t"
	run /dev/null "$planreport" --today "$today" --since=meeting >> "$tmp/rep-warm.t"
	run /dev/null "$planreport" --today "$today" >> "$tmp/rep-none.t"
	i=$((i + 1))
done
for c in log-cold log-warm rep-cold rep-warm rep-none; do
	stats 1 < "$tmp/$c.t" > "$tmp/$c.wall"
	stats 3 < "$tmp/$c.t" > "$tmp/$c.kib"
done
w() { cat "$tmp/$1.wall"; }
k() { mib "$(med "$(cat "$tmp/$1.kib")")"; }
echo
echo "history of bench/planlog.sh: $commits commits, 8 plan files, $(cat plans/*.plan | wc -c) bytes of plans at HEAD;"
echo "  the window: --since=meeting (HEAD~1000), $(grep -c '^commit ' "$tmp/log.out") commits shown by planlog, $(grep -c '^  [^ ]' "$tmp/log.out") changes"
echo "  planreport says: $(tail -n 1 "$tmp/rep.out")"
echo "  median (min .. max) of $hruns runs, ms; cold: no .git/planlog.cache, warm: the one the cold run wrote"
echo "  planlog --since=meeting            cold $(msr "$(w log-cold)"), warm $(msr "$(w log-warm)"); peak $(k log-cold) MiB"
echo "  planreport --since=meeting (text)  cold $(msr "$(w rep-cold)"), warm $(msr "$(w rep-warm)"); peak $(k rep-cold) MiB"
echo "  planreport (text, no --since)      $(msr "$(w rep-none)"); peak $(k rep-none) MiB"
echo "  planreport --since / planlog --since: cold $(div "$(med "$(w rep-cold)")" "$(med "$(w log-cold)")") x, warm $(div "$(med "$(w rep-warm)")" "$(med "$(w log-warm)")") x   (issue 14's target: at most 2)"
echo "load average at end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
