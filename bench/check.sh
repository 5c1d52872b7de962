#!/bin/sh
# plancheck's speed and memory on generated plans, against the limit of
# its scanner design.
#
# Generates plan sets of 1, 4, 16 and 64 MB with bench/genplans (cached
# in build/bench/set-SIZE, made again when genplans changes; each set is
# checked once to have no error), then measures, in this one run:
#   - plancheck --today 2019-06-01 on the 16 MB set, RUNS times (default
#     5): MB/s and actions/s, median with min and max;
#   - its peak memory (/usr/bin/time -f %M), and that over the input size;
#   - bench/bare.l (plan.l's rules with empty actions, build/bench/bare)
#     over the same files, RUNS times, alternating with plancheck so that
#     other work on the machine weighs on both alike; and plancheck / bare;
#   - growth: the same on the 1, 4 and 64 MB sets (at most 3 runs each),
#     one line per set;
#   - with BASELINE set, a baseline plancheck too, in the same runs and
#     alternately with the others: its time, CPU time and peak memory on
#     16 MB, what it says there, and plancheck / baseline; and a column
#     of that ratio in the growth table.
# Each run is timed from before /usr/bin/time starts to after it ends
# (wall), and /usr/bin/time gives its CPU time (user + system, to 10 ms)
# and peak memory. Output goes to /dev/null; the files are read once
# before timing, so they come from the page cache. The machine may be
# busy with other work: the wall times suffer from that first, the CPU
# times much less, and the load average is printed. MB is 10^6 bytes,
# MiB 2^20 bytes.
#
# Usage: bench/check.sh [RUNS]   (or RUNS=N in the environment; make bench)
# PLANCHECK, BARE and BENCH_DIR name the programs and the cache directory
# (default bin/plancheck, build/bench/bare, build/bench).
#
# BASELINE is the plancheck to compare with: the path of a program (a
# copy of bin/plancheck made before a change, under any name), or a git
# revision (HEAD~1, a commit id, a branch), whose tree is then built once
# into BENCH_DIR/baseline-COMMIT (git archive, then make there; the build
# is kept for later runs).  A change on the parse or check path is
# measured with BASELINE=HEAD before it is committed, BASELINE=HEAD~1
# after.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-${RUNS:-5}}
work=${BENCH_DIR:-$top/build/bench}
plancheck=${PLANCHECK:-$top/bin/plancheck}
bare=${BARE:-$work/bare}
baseline=${BASELINE:-}
today=2019-06-01
case $runs in ''|*[!0-9]*|0) echo "usage: bench/check.sh [RUNS] (RUNS a number from 1)" >&2; exit 2 ;; esac
[ -x /usr/bin/time ] || { echo "bench/check.sh: /usr/bin/time is missing (Debian package time)" >&2; exit 2; }
[ -x "$plancheck" ] || make -s -C "$top" all
[ -x "$bare" ] || make -s -C "$top" build/bench/bare
mkdir -p "$work"

# The baseline: $base (a program) and $base_what (what it was built from).
base=
if [ -n "$baseline" ]; then
	if [ -f "$baseline" ] && [ -x "$baseline" ]; then
		base=$baseline
		base_what="BASELINE=$baseline"
		# The program acts by the name it is run under: run it as plancheck.
		if [ "${base##*/}" != plancheck ]; then
			case $base in /*) ;; *) base=$PWD/$base ;; esac
			mkdir -p "$work/baseline-file"
			ln -sf "$base" "$work/baseline-file/plancheck"
			base=$work/baseline-file/plancheck
		fi
	elif rev=$(git -C "$top" rev-parse -q --verify "$baseline^{commit}"); then
		short=$(git -C "$top" rev-parse --short "$rev")
		bdir=$work/baseline-$short
		base=$bdir/bin/plancheck
		base_what="BASELINE=$baseline, commit $(git -C "$top" log -1 --format='%h %s' "$rev")"
		if [ ! -x "$base" ]; then
			echo "(building plancheck at $baseline ($short) in $bdir)" >&2
			rm -rf "$bdir"
			mkdir -p "$bdir"
			git -C "$top" archive "$rev" | tar -x -C "$bdir" &&
			# Not the settings of a make that runs this script (BIN=...).
			env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
				make -C "$bdir" -j"$(nproc)" BUILD=build BIN=bin all > "$bdir.log" 2>&1 || {
				tail -n 20 "$bdir.log" >&2
				echo "bench/check.sh: could not build plancheck at $baseline (log: $bdir.log)" >&2
				rm -rf "$bdir"
				exit 1
			}
		fi
	else
		echo "bench/check.sh: BASELINE=$baseline is neither an executable file nor a git revision" >&2
		exit 2
	fi
fi

now_ns() { date +%s%N; }
# Runs a command, its output to $out (default /dev/null), and prints
# "WALL_US CPU_MS PEAK_KIB". plancheck's exit status 1 (errors found) is a
# result; 2 and up, or a signal, stops the benchmark.
run() {
	t0=$(now_ns)
	/usr/bin/time -f '%U %S %M' -o "$work/time.out" "$@" > "${out:-/dev/null}" 2>&1 && rc=0 || rc=$?
	t1=$(now_ns)
	if [ "$rc" -ge 2 ]; then
		[ -z "${out:-}" ] || tail -n 5 "$out" | sed 's/^/  /' >&2
		echo "bench/check.sh: $1 failed (exit status $rc) on ${d:-its files}" >&2
		exit 1
	fi
	tail -n 1 "$work/time.out" |
		awk -v us=$(( (t1 - t0) / 1000 )) '{ printf "%d %.0f %d\n", us, ($1 + $2) * 1000, $3 }'
}
# Of lines of numbers on standard input, column C: "MEDIAN MIN MAX".
stats() {
	awk -v c="$1" '{ print $c }' | sort -n |
		awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[1], v[NR] }'
}

. "$top/bench/sets.sh"
info() { sed -n "$2p" "$work/set-$1.info"; }

# Times plancheck, the baseline if any, and the bare scan on the set of
# SIZE, N times each, alternately, after one warm-up run of each (the
# output of plancheck and the baseline kept: their summary lines go to
# $said and $base_said). Leaves "MED MIN MAX" of the wall time (us) in
# $pc, $bl and $bs, of the CPU time (ms) in $pc_cpu, $bl_cpu and $bs_cpu,
# of the peak memory (KiB) in $pc_kib, $bl_kib and $bs_kib.
measure() {
	d=$work/set-$1
	cat "$d"/*.plan "$d"/*/*.plan > /dev/null
	out=$work/check.out run "$plancheck" --today "$today" "$d"/*.plan > /dev/null
	said=$(tail -n 1 "$work/check.out")
	if [ -n "$base" ]; then
		out=$work/check.out run "$base" --today "$today" "$d"/*.plan > /dev/null
		base_said=$(tail -n 1 "$work/check.out")
	fi
	run "$bare" "$d"/*.plan "$d"/*/*.plan > /dev/null
	: > "$work/pc.t"
	: > "$work/bl.t"
	: > "$work/bs.t"
	i=0
	while [ "$i" -lt "$2" ]; do
		run "$plancheck" --today "$today" "$d"/*.plan >> "$work/pc.t"
		[ -z "$base" ] || run "$base" --today "$today" "$d"/*.plan >> "$work/bl.t"
		run "$bare" "$d"/*.plan "$d"/*/*.plan >> "$work/bs.t"
		i=$((i + 1))
	done
	pc=$(stats 1 < "$work/pc.t"); pc_cpu=$(stats 2 < "$work/pc.t"); pc_kib=$(stats 3 < "$work/pc.t")
	bl=$(stats 1 < "$work/bl.t"); bl_cpu=$(stats 2 < "$work/bl.t"); bl_kib=$(stats 3 < "$work/bl.t")
	bs=$(stats 1 < "$work/bs.t"); bs_cpu=$(stats 2 < "$work/bs.t"); bs_kib=$(stats 3 < "$work/bs.t")
}
med() { echo "${1%% *}"; }
ms() { awk -v us="$1" 'BEGIN { printf "%.0f", us / 1000 }'; }
# "MED ms (MIN .. MAX)" of a "MED MIN MAX" in microseconds.
msr() { set -- $1; echo "$(ms "$1") ms ($(ms "$2") .. $(ms "$3"))"; }
# Rate: N things per microsecond over "MED MIN MAX" microseconds, as
# "MED UNIT (LOW .. HIGH)", the numbers in the printf format F.
rate() {
	set -- "$1" "$3" "$4" $2
	awk -v n="$1" -v f="$2" -v u="$3" -v med="$4" -v min="$5" -v max="$6" 'BEGIN {
		printf f " %s (" f " .. " f ")", n / med, u, n / max, n / min
	}'
}
# a / b to two places, of the first numbers of "MED ..." a and b.
ratio() { awk -v a="$(med "$1")" -v b="$(med "$2")" 'BEGIN { if (b) printf "%.2f", a / b; else printf "-" }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = op == ">=" ? v >= t : v <= t; printf "%s", ok ? "met" : "NOT met" }'; }

for s in 1M 4M 16M 64M; do
	make_set "$s"
done

load0=$(cut -d ' ' -f 1-3 /proc/loadavg)
measure 16M "$runs"
bytes=$(info 16M 3)
actions=$(info 16M 2 | sed 's/.* plans, \([0-9]*\) actions.*/\1/')
thr=$(awk -v b="$bytes" -v us="$(med "$pc")" 'BEGIN { printf "%.1f", b / us }')
memx=$(awk -v k="$(med "$pc_kib")" -v b="$bytes" 'BEGIN { printf "%.2f", k * 1024 / b }')
ratio=$(awk -v a="$(med "$pc")" -v b="$(med "$bs")" 'BEGIN { printf "%.2f", a / b }')
cpu_ratio=$(awk -v a="$(med "$pc_cpu")" -v b="$(med "$bs_cpu")" 'BEGIN { printf "%.2f", b ? a / b : 0 }')
cpu=$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)

echo "plancheck benchmark: median (min .. max) of $runs runs; wall time unless marked CPU; MB = 10^6 bytes, MiB = 2^20 bytes"
echo "machine: $(nproc) cores, ${cpu:-unknown CPU}; load average at start: $load0"
echo "plancheck: $plancheck, built from $(git -C "$top" describe --always --dirty 2>/dev/null || echo '?'); bare scan: $bare"
echo
echo "16 MB set: $(info 16M 2)"
echo "  plancheck says: $said"
echo "  plancheck --today $today, output to /dev/null:"
echo "    time               $(msr "$pc"); CPU $(med "$pc_cpu") ms ($(echo "$pc_cpu" | cut -d ' ' -f 2) .. $(echo "$pc_cpu" | cut -d ' ' -f 3))"
echo "    throughput         $(rate "$bytes" "$pc" %.1f MB/s)     target: at least 100 MB/s: $(verdict "$thr" ">=" 100)"
echo "    actions            $(rate "$((actions * 1000000))" "$pc" %.0f actions/s)"
echo "    peak memory        $(mib "$(med "$pc_kib")") MiB, $memx x the input ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MiB)     target: at most 2x: $(verdict "$memx" "<=" 2)"
echo "  bare flex scan of the same files (bench/bare.l):"
echo "    time               $(msr "$bs"); CPU $(med "$bs_cpu") ms; $(awk -v b="$bytes" -v us="$(med "$bs")" 'BEGIN { printf "%.1f", b / us }') MB/s; peak memory $(mib "$(med "$bs_kib")") MiB"
echo "  plancheck / bare scan: $ratio x (wall), $cpu_ratio x (CPU)     target: within 3x: $(verdict "$ratio" "<=" 3)"
if [ -n "$base" ]; then
	echo "  baseline plancheck ($base_what), alternately with the above:"
	echo "    program            $base"
	echo "    baseline says      $base_said"
	echo "    time               $(msr "$bl"); CPU $(med "$bl_cpu") ms ($(echo "$bl_cpu" | cut -d ' ' -f 2) .. $(echo "$bl_cpu" | cut -d ' ' -f 3))"
	echo "    throughput         $(rate "$bytes" "$bl" %.1f MB/s)"
	echo "    peak memory        $(mib "$(med "$bl_kib")") MiB"
	echo "  plancheck / baseline: $(ratio "$pc" "$bl") x (wall), $(ratio "$pc_cpu" "$bl_cpu") x (CPU), $(ratio "$pc_kib" "$bl_kib") x (peak memory)"
fi
echo
gruns=$(( runs < 3 ? runs : 3 ))
echo "growth: plancheck on each set, $gruns runs (16 MB: the $runs runs above)"
m16=$pc; c16=$pc_cpu; k16=$pc_kib; b16=$bs; l16=$bl
printf 'plan P1 One line\n' > "$work/one.plan"
i=0
while [ "$i" -lt 5 ]; do run "$plancheck" --today "$today" "$work/one.plan"; i=$((i + 1)); done > "$work/one.t"
i=0
while [ "$i" -lt 5 ]; do run "$bare" "$work/one.plan"; i=$((i + 1)); done > "$work/onebare.t"
echo "  (in every time: a one-line plan takes $(ms "$(stats 1 < "$work/one.t" | cut -d ' ' -f 1)") ms with plancheck," \
	"$(ms "$(stats 1 < "$work/onebare.t" | cut -d ' ' -f 1)") ms with the bare scan, medians of 5)"
echo "  set         bytes  files   time ms (min .. max)     MB/s   CPU ms   peak MiB  x input  bare MB/s${base:+  / baseline}"
for s in 1M 4M 16M 64M; do
	if [ "$s" = 16M ]; then
		pc=$m16; pc_cpu=$c16; pc_kib=$k16; bs=$b16; bl=$l16
	else
		measure "$s" "$gruns"
	fi
	awk -v s="$s" -v b="$(info "$s" 3)" -v f="$(info "$s" 2 | cut -d ' ' -f 1)" \
	    -v t="$pc" -v c="$(med "$pc_cpu")" -v k="$(med "$pc_kib")" -v bare="$(med "$bs")" \
	    -v vs="${base:+$(ratio "$pc" "$bl")}" 'BEGIN {
		split(t, w, " ")
		sub(/M$/, " MB", s)
		t = sprintf("%.0f (%.0f .. %.0f)", w[1] / 1000, w[2] / 1000, w[3] / 1000)
		printf "  %-6s %10d %6d   %-22s %6.1f %8d %10.1f %8.2f %10.1f%s\n",
			s, b, f, t, b / w[1], c, k / 1024, k * 1024 / b, b / bare,
			vs == "" ? "" : sprintf(" %11s", vs " x")
	}'
done
echo "load average at end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
