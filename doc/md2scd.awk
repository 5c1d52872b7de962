# md2scd.awk - the sections of SPEC.md that a manual page shows, from
# Markdown to scdoc(5), so that the page and SPEC.md are the same words.
#
#   awk -v sections="1 2 12" -f doc/md2scd.awk SPEC.md
#
# writes the numbered sections named ("## 12. Diagnostics" is 12), in the
# order of the file, each as an scdoc section ("# 12. DIAGNOSTICS"), its
# subsections ("###", "####") as "##".  What SPEC.md uses, and what it
# becomes:
#   - a paragraph: one line (scdoc would read a line of it that starts
#     with "- " or ". " as a list item);
#   - "- item" and "1. item" lists, their continuation lines joined: "- "
#     and scdoc's ". " (nested lists by their indentation, as tabs);
#   - a fenced block (at any indentation): a literal block, unindented,
#     each backslash doubled (scdoc passes them to roff as they are);
#   - a table: one list item per row, "first cell: header: cell; ..."
#     (tbl's tables overflow an 80-column terminal, with warnings);
#   - inline: `code` and **strong** bold, *emphasis* underlined, a link
#     its text (and an address outside SPEC.md in brackets), \X (a
#     Markdown escape) X; "*", "_" and "\" of the text escaped for scdoc.
# Nothing else of Markdown is used in those sections; a line that this
# script would turn into roff of its own (a block that starts with ".")
# fails the manual-page test (tests/install/run), which renders the page
# with warnings on.

BEGIN {
	n = split(sections, want, " ")
	for (i = 1; i <= n; i++)
		wanted[want[i]] = 1
	on = 0; infence = 0; block = ""; ntable = 0
}

# scdoc's special characters in text, escaped.
function esc(s,    out, i, c) {
	out = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c == "\\" || c == "*" || c == "_")
			out = out "\\" c
		else
			out = out c
	}
	return out
}

# Markdown inline markup of s, as scdoc.
function inline(s,    out, i, c, j, k, ticks, rest, text, url) {
	out = ""
	i = 1
	while (i <= length(s)) {
		c = substr(s, i, 1)
		rest = substr(s, i)
		if (c == "`") {
			ticks = "`"
			while (substr(s, i + length(ticks), 1) == "`")
				ticks = ticks "`"
			j = index(substr(s, i + length(ticks)), ticks)
			if (j == 0) {
				out = out esc(ticks)
				i += length(ticks)
				continue
			}
			text = substr(s, i + length(ticks), j - 1)
			if (length(ticks) > 1)
				gsub(/^ | $/, "", text)
			out = out "*" esc(text) "*"
			i += length(ticks) + j - 1 + length(ticks)
		} else if (substr(rest, 1, 2) == "**" && (j = index(substr(rest, 3), "**")) > 0) {
			text = substr(rest, 3, j - 1)
			gsub(/`/, "", text)
			out = out "*" esc(text) "*"
			i += j + 3
		} else if (c == "*" && substr(rest, 2, 1) != " " && (j = index(substr(rest, 2), "*")) > 1) {
			text = substr(rest, 2, j - 1)
			gsub(/`/, "", text)
			out = out "_" esc(text) "_"
			i += j + 1
		} else if (c == "[" && (j = index(rest, "](")) > 0 && (k = index(substr(rest, j + 2), ")")) > 0) {
			text = substr(rest, 2, j - 2)
			url = substr(rest, j + 2, k - 1)
			out = out inline(text)
			if (substr(url, 1, 1) != "#")
				out = out " (" esc(url) ")"
			i += j + 1 + k
		} else if (c == "\\" && substr(rest, 2, 1) ~ /[][\\`*_{}()#+.!|-]/) {
			out = out esc(substr(rest, 2, 1))
			i += 2
		} else {
			out = out esc(c)
			i++
		}
	}
	return out
}

# Writes the paragraph or list item being gathered.
function flush() {
	if (block != "")
		print inline_block(block)
	block = ""
}

# A gathered block: its list marker as it is, the rest as inline.
function inline_block(b,    lead) {
	lead = ""
	if (match(b, /^\t*(- |\. )/)) {
		lead = substr(b, 1, RLENGTH)
		b = substr(b, RLENGTH + 1)
	}
	return lead inline(b)
}

# The cells of a table row "| a | b |".
function cells(line, out,    n) {
	sub(/^[ \t]*\|[ \t]*/, "", line)
	sub(/[ \t]*\|[ \t]*$/, "", line)
	n = split(line, out, /[ \t]*\|[ \t]*/)
	return n
}

function flush_table(    r, n, i, item, head, row) {
	if (ntable == 0)
		return
	n = cells(table[1], head)
	for (r = 3; r <= ntable; r++) {
		cells(table[r], row)
		item = row[1] ":"
		for (i = 2; i <= n; i++)
			item = item (i == 2 ? " " : "; ") (n > 2 ? head[i] ": " : "") row[i]
		print "- " inline(item)
	}
	print ""
	ntable = 0
}

# The level of a list item: its indentation, two spaces a level.
function tabs(line,    sp, t) {
	match(line, /^ */)
	sp = RLENGTH
	t = ""
	while (sp >= 2) {
		t = t "\t"
		sp -= 2
	}
	return t
}

/^## [0-9]+\. / {
	flush(); flush_table()
	num = $2
	sub(/\.$/, "", num)
	on = (num in wanted)
	if (on) {
		title = $0
		sub(/^## /, "", title)
		print "# " toupper(title)
		print ""
	}
	next
}

/^## / {
	flush(); flush_table()
	on = 0
	next
}

!on { next }

infence {
	if ($0 ~ /^[ \t]*```[ \t]*$/) {
		print "```"
		print ""
		infence = 0
		next
	}
	line = $0
	if (substr(line, 1, fenceindent) ~ /^ *$/)
		line = substr(line, fenceindent + 1)
	gsub(/\\/, "\\\\", line)
	print line
	next
}

/^[ \t]*```/ {
	flush(); flush_table()
	match($0, /^ */)
	fenceindent = RLENGTH
	infence = 1
	print "```"
	next
}

/^###+ / {
	flush(); flush_table()
	title = $0
	sub(/^#+ /, "", title)
	print "## " inline(title)
	print ""
	next
}

/^[ \t]*\|/ {
	flush()
	table[++ntable] = $0
	next
}

{ flush_table() }

/^[ \t]*$/ {
	flush()
	print ""
	next
}

/^ *- / {
	flush()
	t = tabs($0)
	line = $0
	sub(/^ *- /, "", line)
	block = t "- " line
	next
}

/^ *[0-9]+\. / {
	flush()
	t = tabs($0)
	line = $0
	sub(/^ *[0-9]+\. /, "", line)
	block = t ". " line
	next
}

{
	line = $0
	sub(/^[ \t]+/, "", line)
	block = block == "" ? line : block " " line
}

END {
	flush(); flush_table()
}
