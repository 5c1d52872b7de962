# Bash completion for plancheck, planreport, planlog and the program's
# other names.  make install puts it in bash-completion's directory, under
# each command's name; without bash-completion, `source` it from ~/.bashrc.
#
# Nothing here lists an option or a value: each is asked of the command
# being completed, so that it always matches that command's version.
#   - options: from `CMD --help`, which options.c writes from the
#     command's one option table ("  -f, --format=FORMAT   ...");
#   - the values of an option that takes one word of a list (--format,
#     --column-unit, --rows, ...): from the usage error that `CMD
#     --OPTION=` gives, whose form SPEC.md section 14 fixes ("option
#     --format: unknown value "": use text, json, sarif or github");
#   - the checks after -W: `plancheck --list-checks`, each also as no-,
#     error=, warning= and note=;
#   - planlog's ids: the `action ID` lines of the work tree's plan files
#     (git ls-files, else the current directory's *.plan);
#   - anything else: file names (complete -o default).

# An option's line of --help starts "  -x" or "      --xx"; the lines of
# its help that follow are indented further.
_plan_option_line='^(  -| {6}--)'

# _plan_options CMD: the options of CMD, one a line: "-f --format=" for
# an option with both names (a long one that takes a value ends in "=").
_plan_options() {
	local line spec part out IFS=$' \t\n'
	while IFS= read -r line; do
		[[ $line =~ $_plan_option_line ]] || continue
		spec=${line#"${line%%[! ]*}"}
		spec=${spec%%  *}
		out=
		while [[ -n $spec ]]; do
			part=${spec%%, *}
			if [[ $part == --*=* ]]; then
				part=${part%%=*}=
			else
				part=${part%% *}
			fi
			out+="${out:+ }$part"
			[[ $spec == *", "* ]] && spec=${spec#*, } || spec=
		done
		printf '%s\n' "$out"
	done < <("$1" --help 2>/dev/null)
}

# _plan_values CMD OPTION: the words OPTION of CMD takes, one a line.
_plan_values() {
	local cmd=$1 opt=$2 long='' short='' names n name msg list IFS=$' \t\n'
	while read -r -a names; do
		for n in "${names[@]}"; do
			if [[ ${n%=} == "$opt" ]]; then
				for name in "${names[@]}"; do
					case $name in
					--*) long=${name%=} ;;
					-?) short=$name ;;
					esac
				done
				break 2
			fi
		done
	done < <(_plan_options "$cmd")
	if [[ $short == -W && ${cmd##*/} == plancheck ]]; then
		local c
		while read -r c _; do
			printf '%s\n' "$c" "no-$c" "error=$c" "warning=$c" "note=$c"
		done < <("$cmd" --list-checks 2>/dev/null)
		return
	fi
	[[ -n $long ]] || return
	msg=$("$cmd" "$long=" 2>&1 >/dev/null </dev/null)
	[[ $msg == *'unknown value "": use '* ]] || return
	list=${msg#*': use '}
	list=${list%%$'\n'*}
	list=${list//, /$'\n'}
	list=${list// or /$'\n'}
	printf '%s\n' "$list"
}

# _plan_takes_value CMD WORD: whether WORD is an option of CMD that takes
# a value in the next word (-f, --format, -W, ...).
_plan_takes_value() {
	local names n spec line IFS=$' \t\n'
	while IFS= read -r line; do
		[[ $line =~ $_plan_option_line ]] || continue
		spec=${line#"${line%%[! ]*}"}
		spec=${spec%%  *}
		# "-f, --format=FORMAT", "-W CHECK", "-n N": an argument is named.
		[[ $spec == *[=\ ][A-Z]* ]] || continue
		read -r -a names <<<"${spec//,/ }"
		for n in "${names[@]}"; do
			[[ ${n%%=*} == "$2" ]] && return 0
		done
	done < <("$1" --help 2>/dev/null)
	return 1
}

# _plan_action_ids: the ids of the actions in the work tree's plan files.
_plan_action_ids() {
	{
		if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
			git ls-files -z --cached --others --exclude-standard -- '*.plan' 2>/dev/null |
				xargs -0 -r cat -- 2>/dev/null
		else
			cat -- *.plan 2>/dev/null
		fi
	} | sed -n 's/^[[:space:]]*[Aa][Cc][Tt][Ii][Oo][Nn][[:space:]][[:space:]]*\([^[:space:]]*\).*/\1/p' |
		sed 's/\.$//' | LC_ALL=C sort -u
}

_plan_complete() {
	local cmd=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev='' opt=''
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	COMPREPLY=()
	# --opt=value: bash splits it at "=" (COMP_WORDBREAKS), or not.
	if [[ $cur == --*=* ]]; then
		opt=${cur%%=*}
		cur=${cur#*=}
	elif [[ $cur == = && $prev == --* ]]; then
		opt=$prev
		cur=
	elif [[ $prev == = ]] && ((COMP_CWORD > 1)) && [[ ${COMP_WORDS[COMP_CWORD - 2]} == --* ]]; then
		opt=${COMP_WORDS[COMP_CWORD - 2]}
	elif [[ $prev == -* ]] && _plan_takes_value "$cmd" "$prev"; then
		opt=$prev
	fi
	if [[ -n $opt ]]; then
		mapfile -t COMPREPLY < <(compgen -W "$(_plan_values "$cmd" "$opt")" -- "$cur")
		# Not split at "=" (COMP_WORDBREAKS without it): the word is whole.
		[[ ${COMP_WORDS[COMP_CWORD]} == --*=* ]] && COMPREPLY=("${COMPREPLY[@]/#/$opt=}")
		return
	fi
	if [[ $cur == -* ]]; then
		mapfile -t COMPREPLY < <(compgen -W "$(_plan_options "$cmd")" -- "$cur")
		# A long option that takes a value is completed up to its "=".
		[[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null
		return
	fi
	case ${cmd##*/} in
	planlog) mapfile -t COMPREPLY < <(compgen -W "$(_plan_action_ids)" -- "$cur") ;;
	esac
}

complete -o default -F _plan_complete plancheck planreport planlog planfmt planls planimport
