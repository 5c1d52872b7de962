# Shell test library for the command-line suites (tests/*/run), after git's
# t/test-lib.sh.  A suite is a script tests/SUITE/run that does
#
#	. "$(dirname "$0")/../lib.sh"
#	test_init SUITE "$@"           # $1 is BINDIR
#	test_select [NAME|NUMBER...]   # optional: run only these cases
#	test_expect_success NAME 'BODY'
#	test_expect_success NAME - <<'EOT'
#	BODY
#	EOT
#	test_done
#
# and prints "ok NAME" or "FAIL NAME: why" for each case, in the order the
# cases are declared, then one line "SUITE: N passed, N failed"; its exit
# status is 0 only when nothing failed.  A failure is followed, indented, by
# what went wrong: the command that failed (with the directory it ran in and
# its exit status) and the end of its output, or a diff.
#
# Each case runs in a process of its own: the suite script is run again
# with _TEST_LIB_CASE set, and there only the case of that number runs, at
# the point of its test_expect_success, so that its BODY sees the functions
# and variables the script has defined by then.  The top level of a suite
# should therefore only define things; work belongs in the cases.  A case
# gets:
#   - a fresh empty directory $T, its working directory at the start;
#   - a fresh $HOME whose .gitconfig sets only what the tests rely on
#     (init.defaultBranch main, an identity, no signing, no automatic gc),
#     with GIT_CONFIG_NOSYSTEM=1 and no XDG_CONFIG_HOME, so that no user or
#     system configuration leaks in;
#   - fixed author and committer names, emails and dates, TZ=UTC, LC_ALL=C
#     and PLAN_TODAY=2019-06-01 (a command may set its own);
#   - BINDIR first on PATH, as $TEST_BIN; the source tree as $TEST_ROOT.
# The case fails when an assertion below fails (it stops there), when its
# BODY ends with a non-zero status, when it is killed by a signal, when it
# runs longer than TEST_TIMEOUT seconds (default 20), or when anything it
# runs prints a crash report (see _test_crash).
#
# Cases run TEST_JOBS at a time (default 2).  Their temporary directories
# are deleted at the end, unless TEST_KEEP=1 (the path is then printed).
#
# Within a case, $OUT is the file holding the merged standard output and
# standard error of the last command run by test_run, test_expect_code or
# test_must_fail, and $ST its exit status.

# A line of output that means a crash or a memory error, whatever the exit
# status: sanitizer reports, the shell's words for a fatal signal, a failed
# assert(), and valgrind's "==PID== " error lines (valgrind -q prints
# nothing else).
_test_crash='AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:|Segmentation fault|core dumped|Illegal instruction|Bus error|Floating point exception|Assertion .* failed|^==[0-9]+== '

# ---------------------------------------------------------------------------
# Setting up a suite.

# test_init SUITE BINDIR [ARG...]: names the suite (for the summary line),
# puts BINDIR first on PATH and sets up the environment every case shares.
# All the arguments after SUITE are passed again to the process of each case.
test_init() {
	if [ $# -lt 2 ]; then
		echo "usage: $0 BINDIR [CASE...]" >&2
		exit 2
	fi
	# In the process of one case, what the runner passed is taken out of
	# the environment, so that a suite run by a case starts afresh.
	_test_case=${_TEST_LIB_CASE:-} _test_dir=${_TEST_LIB_DIR:-}
	unset _TEST_LIB_CASE _TEST_LIB_DIR
	TEST_SUITE=$1
	shift
	TEST_BIN=$(cd "$1" 2>/dev/null && pwd) || { echo "$0: no directory $1" >&2; exit 2; }
	TEST_ROOT=$(cd "$(dirname "$0")/../.." && pwd) || exit 2
	_test_script=$(cd "$(dirname "$0")" && pwd)/${0##*/}
	_test_shell=${BASH:-sh}
	_test_words "$@"
	_test_args=$_test_ws
	_test_n=0 _test_step='' _test_last='' _test_select='' _test_matched=''

	unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY \
		GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_COMMON_DIR GIT_PREFIX GIT_NAMESPACE \
		GIT_CEILING_DIRECTORIES GIT_CONFIG GIT_CONFIG_GLOBAL GIT_CONFIG_SYSTEM \
		GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT GIT_REFLOG_ACTION GIT_QUARANTINE_PATH \
		GIT_TRACE GIT_TRACE2 GIT_TRACE2_EVENT GIT_TRACE2_PERF XDG_CONFIG_HOME \
		PLAN_ALLOW_REWRITE PLANLOG_NO_CACHE PLANCHECK NO_COLOR \
		MAKEFLAGS MAKELEVEL MFLAGS REPO FORCE CDPATH
	case $PATH in
	"$TEST_BIN":*) ;;
	*) PATH=$TEST_BIN:$PATH ;;
	esac
	export PATH TEST_BIN TEST_ROOT
	export GIT_CONFIG_NOSYSTEM=1 LC_ALL=C LANG=C TZ=UTC EDITOR=: GIT_EDITOR=: \
		GIT_MERGE_AUTOEDIT=no PAGER=cat GIT_PAGER=cat
	export GIT_AUTHOR_NAME='Plan Test' GIT_AUTHOR_EMAIL=test@plan.invalid \
		GIT_AUTHOR_DATE='2019-06-01T12:00:00+0000'
	export GIT_COMMITTER_NAME='Plan Test' GIT_COMMITTER_EMAIL=test@plan.invalid \
		GIT_COMMITTER_DATE='2019-06-01T12:00:00+0000'
	export PLAN_TODAY=2019-06-01

	# In the process of one case, that is all.
	[ -z "$_test_case" ] || return 0

	# The runner's own settings, kept from the cases (and any suite they run).
	_test_v=${TEST_TIMEOUT:-20} _test_j=${TEST_JOBS:-2} _test_k=${TEST_KEEP:-}
	unset TEST_TIMEOUT TEST_JOBS TEST_KEEP
	TEST_TIMEOUT=$_test_v TEST_JOBS=$_test_j TEST_KEEP=$_test_k
	[ "$TEST_JOBS" -ge 1 ] 2>/dev/null || TEST_JOBS=1
	_test_tmp=$(mktemp -d "${TMPDIR:-/tmp}/$TEST_SUITE-test.XXXXXX") || exit 2
	trap _test_cleanup EXIT
	trap '_test_interrupted; exit 130' INT TERM
	_test_pass=0 _test_fail=0
	# A free slot is a line in this FIFO: a case takes one to start and
	# gives it back when it ends, so that TEST_JOBS run at a time.
	mkfifo "$_test_tmp/slots" || exit 2
	exec 9<>"$_test_tmp/slots"
	_test_i=0
	while [ "$_test_i" -lt "$TEST_JOBS" ]; do
		echo >&9
		_test_i=$((_test_i + 1))
	done
}

# test_select [NAME|NUMBER...]: run only the cases with these names, or at
# these positions in the suite (1 for the first; 05 is 5).  None: all cases.
# A selector that names no case is an error, reported by test_done.
test_select() {
	for _test_a; do
		_test_select="$_test_select$_test_a
"
	done
}

# test_expect_success NAME BODY, or NAME - with the BODY on standard input:
# declares a case.  NAME is one line; BODY is shell code, run with eval (in
# the process of the case, see above).
test_expect_success() {
	_test_n=$((_test_n + 1))
	if [ -z "$_test_case" ]; then
		printf '%s\n' "$1" >>"$_test_tmp/names"
	elif [ "$_test_n" -eq "$_test_case" ]; then
		if [ "$2" = - ]; then
			_test_body=$(cat)
		else
			_test_body=$2
		fi
		_test_run_case
	fi
	return 0
}

# test_done: runs the selected cases, TEST_JOBS at a time, reports them in
# order and prints the summary line.  Exits 0 when every case passed, 1
# when one failed, and 2, before running anything, when a selector names
# no case.
test_done() {
	if [ -n "$_test_case" ]; then
		echo "no case number $_test_case in $0" >>"$_test_dir/why"
		exit 1
	fi
	touch "$_test_tmp/names"
	_test_n=0 _test_queue='' _test_todo=''
	while IFS= read -r _test_name; do
		_test_n=$((_test_n + 1))
		if _test_wanted "$_test_n" "$_test_name"; then
			_test_todo="$_test_todo $_test_n"
		fi
	done <"$_test_tmp/names"
	_test_missing=
	_test_each_selector _test_check_matched
	if [ -n "$_test_missing" ]; then
		echo "$0: no case$_test_missing" >&2
		exit 2
	fi
	for _test_i in $_test_todo; do
		_test_launch "$_test_i" "$(sed -n "${_test_i}p" "$_test_tmp/names")"
	done
	wait
	_test_flush
	echo "$TEST_SUITE: $_test_pass passed, $_test_fail failed"
	[ "$_test_fail" -eq 0 ]
	exit
}

# ---------------------------------------------------------------------------
# Assertions, used inside a case.  Each one that fails ends the case.

# test_fail WHY: ends the case as failed.  The report says WHY, then shows
# the last command run by test_run (its directory, its exit status) and the
# last 25 lines of its output.
test_fail() {
	{
		printf '%s\n' "${_test_step:+$_test_step: }$*"
		if [ -n "$_test_last" ]; then
			printf '$ %s  (in %s, exit %s)\n' "$_test_last" "$_test_lastdir" "$ST"
			tail -n 25 "$OUT" | cat -v
		fi
	} >>"$_test_dir/why"
	exit 1
}

# test_run CMD...: runs CMD with standard input from /dev/null; its merged
# output goes to $OUT and its exit status to $ST.  Fails the case if CMD was
# killed by a signal (a status above 128) or its output reports a crash;
# any other status is left to the caller.
test_run() {
	_test_words "$@"
	_test_last=$_test_ws
	case $PWD in
	"$T") _test_lastdir=. ;;
	"$T"/*) _test_lastdir=${PWD#"$T"/} ;;
	"$TEST_ROOT"/*) _test_lastdir=${PWD#"$TEST_ROOT"/} ;;
	*) _test_lastdir=$PWD ;;
	esac
	"$@" >"$OUT" 2>&1 </dev/null
	ST=$?
	[ "$ST" -le 128 ] || test_fail "killed by signal $((ST - 128))"
	! grep -aEq -- "$_test_crash" "$OUT" || test_fail "the output reports a crash"
	return 0
}

# test_expect_code N CMD...: test_run CMD; its exit status must be N.
test_expect_code() {
	_test_want=$1
	shift
	test_run "$@"
	[ "$ST" -eq "$_test_want" ] || test_fail "exit $ST, want $_test_want"
}

# test_must_fail CMD...: test_run CMD; it must fail in an ordinary way.
# Exit 0 fails the case; so does death by a signal (test_run), 126 or 127
# (the command could not be run at all), and 99, the status the Makefile's
# valgrind runs give to a memory error.
test_must_fail() {
	test_run "$@"
	case $ST in
	0) test_fail "exit 0, want failure" ;;
	99) test_fail "exit 99: valgrind found an error" ;;
	126) test_fail "exit 126: the command could not be run" ;;
	127) test_fail "exit 127: command not found" ;;
	esac
	return 0
}

# test_output_has STRING: the last output contains STRING (a fixed string).
test_output_has() {
	grep -aFq -- "$1" "$OUT" || test_fail "the output lacks \"$1\""
}

# test_output_matches REGEX: a line of the last output matches the extended
# regular expression REGEX.
test_output_matches() {
	grep -aEq -- "$1" "$OUT" || test_fail "the output lacks /$1/"
}

# test_output_lacks REGEX: no line of the last output matches REGEX.
test_output_lacks() {
	! grep -aEq -- "$1" "$OUT" || test_fail "the output has /$1/"
}

# test_cmp EXPECTED ACTUAL: the two files are the same, byte for byte; if
# not, the report shows the last command and a unified diff of the two.
test_cmp() {
	diff -u --label "${1#"$T"/}" --label "${2#"$T"/}" "$1" "$2" >"$_test_dir/diff" 2>&1 &&
		return 0
	{
		printf '%s\n' "${_test_step:+$_test_step: }${2#"$T"/} differs from ${1#"$T"/} (- ${1#"$T"/}, + ${2#"$T"/})"
		[ -z "$_test_last" ] ||
			printf '$ %s  (in %s, exit %s)\n' "$_test_last" "$_test_lastdir" "$ST"
		head -n 40 "$_test_dir/diff" | cat -v
	} >>"$_test_dir/why"
	exit 1
}

# ---------------------------------------------------------------------------
# Files and git repositories, inside a case.  Set-up commands must succeed:
# if one fails, the case fails with "set-up: ..." and what the command said.

# test_write FILE: writes standard input to FILE, making its directory.
test_write() {
	case $1 in
	*/*) mkdir -p "${1%/*}" || test_fail "set-up: cannot make the directory of $1" ;;
	esac
	cat >"$1" || test_fail "set-up: cannot write $1"
}

# test_git ARGS...: runs git ARGS, which must succeed (and, since git may
# run our hooks, report no crash).  If not, the report shows the command
# and the end of its output.
test_git() {
	git "$@" >"$_test_dir/git.out" 2>&1 </dev/null
	_test_gst=$?
	if [ "$_test_gst" -ne 0 ] || grep -aEq -- "$_test_crash" "$_test_dir/git.out"; then
		_test_words git "$@"
		{
			echo "set-up: $_test_ws failed (exit $_test_gst)"
			tail -n 10 "$_test_dir/git.out" | cat -v
		} >>"$_test_dir/why"
		exit 1
	fi
}

# test_create_repo [DIR]: makes a fresh repository, in DIR or in a new
# directory under $T, and moves into it.  $R is its absolute path.
test_create_repo() {
	if [ $# -eq 0 ]; then
		R=$(mktemp -d "$T/repo.XXXXXX") || test_fail "set-up: mktemp"
	else
		if ! mkdir -p "$1" || ! R=$(cd "$1" && pwd); then
			test_fail "set-up: cannot make $1"
		fi
	fi
	cd "$R" || test_fail "set-up: cannot enter $R"
	test_git init -q
}

# test_commit_on DATE MESSAGE: stages everything and commits it, authored
# and committed at 10:00 UTC on DATE (YYYY-MM-DD), hooks and all.
test_commit_on() {
	test_git add -A
	GIT_AUTHOR_DATE="${1}T10:00:00" GIT_COMMITTER_DATE="${1}T10:00:00" \
		test_git commit -q -m "$2"
}

# The checks below look at the repository of the current directory, with
# its work tree at $TEST_WORKTREE if that is set (else the current
# directory).  DESC names the step in a failure message.

# test_commit_ok DESC REGEX CMD...: CMD (something that commits) exits 0
# with a line matching REGEX in its output ('' for any output), makes a new
# commit, and leaves the working tree alone (names, sizes and modification
# times: a file written again with the same bytes shows) unless
# TEST_TREE_MAY_CHANGE is set (a merge changes it).
test_commit_ok() {
	_test_step=$1
	_test_pat=$2
	shift 2
	_test_h0=$(_test_head) _test_w0=$(_test_tree)
	test_expect_code 0 "$@"
	[ -z "$_test_pat" ] || test_output_matches "$_test_pat"
	[ "$(_test_head)" != "$_test_h0" ] || test_fail "no new commit was made"
	[ -n "$TEST_TREE_MAY_CHANGE" ] || [ "$(_test_tree)" = "$_test_w0" ] ||
		test_fail "the working tree changed"
	_test_step=
}

# test_commit_refused DESC REGEX CMD...: CMD (something that commits) fails
# (as test_must_fail) with a line matching REGEX in its output ('' for
# any), HEAD does not move, and the index and the working tree are as they
# were, unless TEST_STATE_MAY_CHANGE is set (a refused merge leaves its
# state behind).
test_commit_refused() {
	_test_step=$1
	_test_pat=$2
	shift 2
	_test_h0=$(_test_head) _test_s0=$(_test_state)
	test_must_fail "$@"
	[ -z "$_test_pat" ] || test_output_matches "$_test_pat"
	[ "$(_test_head)" = "$_test_h0" ] || test_fail "HEAD moved: the commit was made"
	[ -n "$TEST_STATE_MAY_CHANGE" ] || [ "$(_test_state)" = "$_test_s0" ] ||
		test_fail "the index or the working tree changed"
	_test_step=
}

# test_repo_untouched DESC STATUS CMD...: CMD exits STATUS and leaves the
# repository at the top of which we stand exactly as it was: .git/index
# byte for byte, no .git/index.lock, `git status`, and the working tree.
test_repo_untouched() {
	_test_step=$1
	_test_want=$2
	shift 2
	cp -p .git/index "$_test_dir/index.before" || test_fail "set-up: no .git/index"
	_test_s0=$(git --no-optional-locks status --porcelain) _test_w0=$(_test_tree)
	test_expect_code "$_test_want" "$@"
	cmp -s .git/index "$_test_dir/index.before" || test_fail ".git/index changed"
	[ ! -e .git/index.lock ] || test_fail ".git/index.lock left behind"
	[ "$(git --no-optional-locks status --porcelain)" = "$_test_s0" ] ||
		test_fail "git status changed"
	[ "$(_test_tree)" = "$_test_w0" ] || test_fail "the working tree changed"
	_test_step=
}

_test_head() { git -C "${TEST_WORKTREE:-.}" rev-parse -q --verify HEAD 2>/dev/null; }
# The files of the working tree: names, sizes and modification times to the
# nanosecond.
_test_tree() { ls -lAR --time-style=+%s.%N -I .git "${TEST_WORKTREE:-.}" 2>&1; }
# The same, and what is staged.
_test_state() { git -C "${TEST_WORKTREE:-.}" ls-files -s; _test_tree; }

# ---------------------------------------------------------------------------
# The machinery.

# _test_word ARG: sets _test_w to ARG quoted for the shell (as little as
# needed, so that the commands in a report read as typed).
_test_word() {
	case $1 in
	'') _test_w="''" ;;
	*\'*) _test_w="'$(printf '%s' "$1" | sed "s/'/'\\\\''/g")'" ;;
	*[!A-Za-z0-9_./=:,+@%-]*) _test_w="'$1'" ;;
	*) _test_w=$1 ;;
	esac
}

# _test_words ARG...: sets _test_ws to the command line ARG... as typed.
_test_words() {
	_test_ws=
	for _test_a; do
		_test_word "$_test_a"
		_test_ws="$_test_ws${_test_ws:+ }$_test_w"
	done
}

# _test_wanted NUMBER NAME: whether the selection includes this case.
_test_wanted() {
	[ -n "$_test_select" ] || return 0
	_test_hit=1
	_test_case_n=$1 _test_case_name=$2
	_test_each_selector _test_match_one
	return "$_test_hit"
}

_test_match_one() {
	case $1 in
	"$_test_case_name") ;;
	*[!0-9]* | '') return 0 ;;
	*) [ "$1" -eq "$_test_case_n" ] || return 0 ;;
	esac
	_test_hit=0
	_test_matched="$_test_matched$1
"
}

_test_check_matched() {
	case "
$_test_matched" in
	*"
$1
"*) ;;
	*) _test_missing="$_test_missing $1" ;;
	esac
}

# _test_each_selector FUNCTION: calls FUNCTION SELECTOR for each selector.
_test_each_selector() {
	_test_old_ifs=$IFS
	IFS='
'
	set -f
	for _test_s in $_test_select; do
		IFS=$_test_old_ifs
		"$1" "$_test_s"
	done
	set +f
	IFS=$_test_old_ifs
}

# _test_launch NUMBER NAME: starts the case once a slot is free.  Its
# directory holds: name; pid (of timeout, while it runs); status (once it
# has ended); why (the reports of test_fail); log (whatever the case
# printed outside test_run); and the case's own t/, home/ and out.
_test_launch() {
	_test_d=$_test_tmp/$1
	mkdir "$_test_d" || exit 2
	printf '%s\n' "$2" >"$_test_d/name"
	: >"$_test_d/why"
	read -r _test_slot <&9
	_test_num=$1
	(
		eval "set -- $_test_args"
		_TEST_LIB_CASE=$_test_num _TEST_LIB_DIR=$_test_d \
			timeout -k 2 "$TEST_TIMEOUT" "$_test_shell" "$_test_script" "$@" \
			>"$_test_d/log" 2>&1 </dev/null 9>&- &
		echo $! >"$_test_d/pid"
		wait $! 2>/dev/null
		echo $? >"$_test_d/status.new"
		mv "$_test_d/status.new" "$_test_d/status"
		echo >&9
	) &
	_test_queue="$_test_queue $1"
	_test_flush
}

# _test_flush: reports the cases that have ended, in order, stopping at the
# first that is still running.
_test_flush() {
	# shellcheck disable=SC2086
	set -- $_test_queue
	while [ $# -gt 0 ] && [ -e "$_test_tmp/$1/status" ]; do
		_test_report "$_test_tmp/$1"
		shift
	done
	_test_queue=$*
}

# _test_report DIR: prints "ok NAME" or "FAIL NAME: why" and the details.
_test_report() {
	read -r _test_name <"$1/name"
	read -r _test_st <"$1/status"
	if [ "$_test_st" -eq 0 ] && [ ! -s "$1/why" ] && ! grep -aEq -- "$_test_crash" "$1/log"; then
		echo "ok $_test_name"
		_test_pass=$((_test_pass + 1))
		return
	fi
	_test_fail=$((_test_fail + 1))
	# timeout(1) exits 124 when it stopped the case, 137 when it had to kill it.
	if [ "$_test_st" -eq 124 ] || [ "$_test_st" -eq 137 ]; then
		echo "FAIL $_test_name: timed out after $TEST_TIMEOUT seconds"
	elif [ "$_test_st" -gt 128 ]; then
		echo "FAIL $_test_name: killed by signal $((_test_st - 128))"
	elif [ -s "$1/why" ]; then
		echo "FAIL $_test_name: $(head -n 1 "$1/why")"
		sed '1d; s/^/    /' "$1/why"
		return
	elif [ "$_test_st" -eq 0 ]; then
		echo "FAIL $_test_name: the output reports a crash"
	else
		echo "FAIL $_test_name: exit $_test_st"
	fi
	tail -n 10 "$1/log" | cat -v | sed 's/^/    /'
}

# _test_run_case: in the process of one case, runs $_test_body.
_test_run_case() {
	T=$_test_dir/t OUT=$_test_dir/out ST=0 HOME=$_test_dir/home
	export HOME
	mkdir "$T" "$HOME" || exit 2
	cat >"$HOME/.gitconfig" <<EOF
[init]
	defaultBranch = main
[user]
	name = $GIT_AUTHOR_NAME
	email = $GIT_AUTHOR_EMAIL
[commit]
	gpgSign = false
[tag]
	gpgSign = false
[advice]
	detachedHead = false
[gc]
	auto = 0
[maintenance]
	auto = false
EOF
	cd "$T" || exit 2
	_test_eval </dev/null
	_test_st=$?
	if [ "$_test_st" -ne 0 ]; then
		_test_last='' _test_step=''
		test_fail "the case ended with status $_test_st: its last command failed"
	fi
	exit 0
}

_test_eval() { eval "$_test_body"; }

_test_interrupted() {
	for _test_p in "$_test_tmp"/*/pid; do
		[ -e "$_test_p" ] && [ ! -e "${_test_p%pid}status" ] && kill "$(cat "$_test_p")" 2>/dev/null
	done
	wait
}

_test_cleanup() {
	exec 9>&-
	if [ -n "$TEST_KEEP" ]; then
		echo "$TEST_SUITE: the temporary directories are kept in $_test_tmp" >&2
	else
		rm -rf "$_test_tmp"
	fi
}
