# Writes words.plan (tests/editors/words.awk) as a test of
# vscode-tmgrammar-test: after each line with words in the table of
# probes, an assertion that each word has its kind's scope, and that the
# character after it (if any) has not:
#   awk -v probes=FILE -f tmtest.awk words.plan > words.test.plan
# Used by tests/editors/run.

BEGIN {
	scope["directive"] = "keyword.control.directive.plan"
	scope["include"] = "keyword.control.import.plan"
	scope["field"] = "keyword.other.field.plan"
	scope["date"] = "constant.numeric.date.plan"
	scope["rhythm"] = "constant.language.rhythm.plan"
	scope["placeholder"] = "constant.language.placeholder.plan"
	scope["month"] = "constant.language.month.plan"
	scope["rag"] = "constant.language.rag.plan"
	scope["verb"] = "keyword.other.verb.plan"
	FS = "\t"
	while ((getline row < probes) > 0) {
		split(row, f, "\t")
		k = ++count[f[1]]
		col[f[1], k] = f[2]
		len[f[1], k] = f[3]
		kind[f[1], k] = f[4]
	}
	print "# SYNTAX TEST \"source.plan\" \"every word of gen --list and every date of gen --dates\""
}

function repeat(c, n,    s) {
	s = ""
	while (n-- > 0)
		s = s c
	return s
}

{
	print
	for (k = 1; k <= count[NR]; k++) {
		c = col[NR, k]
		n = len[NR, k]
		s = scope[kind[NR, k]]
		if (c == 1)
			print "# <" repeat("-", n) " " s
		else
			print "#" repeat(" ", c - 2) repeat("^", n) " " s
		if (c + n <= length($0))
			print "#" repeat(" ", c + n - 2) "^ - " s
	}
}
