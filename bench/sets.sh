# bench/sets.sh - the generated plan sets that bench/check.sh and
# bench/pack.sh time, sourced by both.  Needs $top (the source tree),
# $work (where the sets are cached), $plancheck and $today; with $bare
# set, each new set is also read by the bare scanner (bench/bare.l).
#
# make_set SIZE: the set of SIZE (1M, 16M ...) in $work/set-SIZE, made
# unless the one there was made by this genplans.  $work/set-SIZE.info
# holds: genplans' checksum, its summary line, the byte count,
# plancheck's summary line when it was made.
make_set() {
	sum=$(cksum < "$top/bench/genplans")
	d=$work/set-$1
	if [ -d "$d" ] && [ -f "$d.info" ] && [ "$(sed -n 1p "$d.info")" = "$sum" ]; then
		return 0
	fi
	echo "(generating the $1 set in $d)" >&2
	rm -rf "$d" "$d.info" "$d.new"
	line=$("$top/bench/genplans" "$1" "$d.new")
	bytes=$(cat "$d.new"/*.plan "$d.new"/*/*.plan | wc -c)
	"$plancheck" --today "$today" "$d.new"/*.plan > "$d.new.out" 2>&1 && rc=0 || rc=$?
	if [ "$rc" -ne 0 ]; then
		echo "$0: the generated $1 set does not check without error (exit status $rc):" >&2
		grep ': error: ' "$d.new.out" | head -n 5 >&2
		exit 1
	fi
	if [ -n "${bare:-}" ] && ! "$bare" "$d.new"/*.plan "$d.new"/*/*.plan; then
		echo "$0: the bare scanner rejects the generated $1 set" >&2
		exit 1
	fi
	mv "$d.new" "$d"
	printf '%s\n%s\n%s\n%s\n' "$sum" "$line" "$bytes" "$(tail -n 1 "$d.new.out")" > "$d.info"
	rm -f "$d.new.out"
}
