# help2scd.awk - a command's --help as the parts of its manual page, in
# scdoc(5), so that the page says what the option table says (options.c
# writes --help from it, and nothing else describes an option).
#
#   plancheck --help | awk -v part=synopsis -f doc/help2scd.awk
#
# --help is: "usage: NAME ARGS" and "       NAME ARGS" lines; a blank
# line; what the command does (lines up to a blank line); a blank line;
# the options, each "  -f, --format=FORMAT     help" with its help going
# on in lines indented 26 columns; a blank line; the exit status.  part is
# synopsis (the usage lines, the name in bold, a paragraph each), description (what it
# does, one paragraph a blank-line-separated block), options (each option
# in bold, its argument underlined, then its help indented) or exit (the
# last paragraph, "Exit status: " left out).

# scdoc's special characters in text, escaped.
function esc(s) {
	gsub(/\\/, "\\\\", s)
	gsub(/\*/, "\\*", s)
	gsub(/_/, "\\_", s)
	return s
}

# "-f, --format=FORMAT" as "*-f*, *--format*=_FORMAT_".
function spec(s,    n, i, parts, out, p, arg, sep) {
	n = split(s, parts, /, /)
	out = ""
	for (i = 1; i <= n; i++) {
		p = parts[i]
		arg = ""; sep = ""
		if (match(p, /[= ]/)) {
			sep = substr(p, RSTART, 1)
			arg = substr(p, RSTART + 1)
			p = substr(p, 1, RSTART - 1)
		}
		out = out (i > 1 ? ", " : "") "*" esc(p) "*" (arg != "" ? sep "_" esc(arg) "_" : "")
	}
	return out
}

function flush_option() {
	if (opt != "") {
		print spec(opt)
		print "\t" esc(help)
		print ""
	}
	opt = ""; help = ""
}

BEGIN { stage = "usage"; opt = ""; para = "" }

stage == "usage" && /^usage: / {
	sub(/^usage: /, "")
}

stage == "usage" {
	if ($0 == "") { stage = "about"; next }
	sub(/^ +/, "")
	name = $1
	rest = substr($0, length(name) + 1)
	if (part == "synopsis")
		print (nsyn++ ? "\n" : "") "*" esc(name) "*" esc(rest)
	next
}

stage == "about" {
	if ($0 == "") {
		if (part == "description" && para != "")
			print esc(para) "\n"
		para = ""
		next
	}
	if ($0 ~ /^  +-/) {
		stage = "options"
	} else {
		para = para == "" ? $0 : para " " $0
		next
	}
}

stage == "options" {
	if ($0 == "") { stage = "exit"; if (part == "options") flush_option(); next }
	if (substr($0, 1, 26) ~ /^ +$/) {
		line = $0
		sub(/^ +/, "", line)
		help = help " " line
		next
	}
	if (part == "options")
		flush_option()
	line = $0
	sub(/^ +/, "", line)
	if (match(line, /  +/)) {
		opt = substr(line, 1, RSTART - 1)
		help = substr(line, RSTART + RLENGTH)
	} else {
		opt = line
		help = ""
	}
	next
}

stage == "exit" {
	para = para == "" ? $0 : para " " $0
}

END {
	if (stage == "options" && part == "options")
		flush_option()
	if (part == "exit" && para != "") {
		sub(/^Exit status: /, "", para)
		print esc(para)
	}
}
