# Makes a plan with every word of gen --list (and every date of gen
# --dates, read as "dates WORD" lines) where the language reads it, and the
# table of where each is: awk -v probes=FILE -f words.awk LISTS > PLAN.
# A line of the table is LINE COL LEN KIND TEXT, tab-separated (COL from
# 1, in bytes), KIND naming what the editors must make of TEXT: directive,
# include, field, date, rhythm, placeholder, month, rag or verb.
# Used by tests/editors/run; each editor's test reads the table.

function emit(prefix, text, suffix, kind) {
	n++
	print prefix text suffix
	printf "%d\t%d\t%d\t%s\t%s\n", n, length(prefix) + 1, length(text), kind, text >probes
}

# A line with nothing to probe.
function plain(text) {
	n++
	print text
}

BEGIN { FS = " "; n = 0 }
{
	list = $1
	word = substr($0, length(list) + 2)
	if (list == "directives") {
		emit("", word, " X1 A title", "directive")
		emit("", toupper(word), " X2", "directive")
	} else if (list == "include") {
		emit("", word, " other.plan", "include")
	} else if (list == "fields") {
		emit("  ", word, " some text", "field")
		emit("  ", toupper(substr(word, 1, 1)) substr(word, 2), " more text", "field")
	} else if (list == "rhythms") {
		emit("  review ", word, ", a note", "rhythm")
	} else if (list == "every-units") {
		emit("  review ", "every 3 " word, "", "rhythm")
	} else if (list == "placeholders") {
		emit("  due ", word, "", "placeholder")
		emit("  due ", toupper(word), "", "placeholder")
	} else if (list == "months") {
		emit("  review annually in ", word, "", "month")
	} else if (list == "rags") {
		emit("  update 2019-01-10 ", word, " by Someone", "rag")
		emit("2019-01-10 A1 ", toupper(word), "", "rag")
		# An update in separate form opens a block: this ends it.
		plain("action A1")
	} else if (list == "verbs") {
		emit("  decision 2019-05-17 ", word, "", "verb")
	} else if (list == "dates") {
		emit("  due ", word, ", a note", "date")
		emit("  update ", word, " green", "date")
		emit("  decision ", word, " continue", "date")
		emit("  actual ", word, " 5 panels", "date")
		emit("", word, " A1 green", "date")
		plain("action A1")
	}
}
