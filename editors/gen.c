/*
 * gen.c - the word lists of the editor packages, from the language's own tables.
 *
 * Each editor package (editors/vim, editors/emacs, editors/vscode) is
 * written by hand except for its lists of words, which come from here so
 * that they never drift from the language: the keywords from words.h's
 * PLAN_WORDS and PLAN_WORD_SPELLINGS (by class: directives, the fields
 * whose line reads a date or a rhythm, ...), the RAG words, decision verbs
 * and month names from the library's own names (plan_rag_name,
 * plan_verb_name, plan_month_name), and the words that only the scanner
 * spells out (grammar/plan.l: the rhythms' spellings, placeholders, the
 * verbs' other forms, the values of status, check and quarters) from the
 * lists below, which tests/editors proves against the real scanner by
 * checking a plan that uses every one of them (gen --sample: plancheck
 * must find no error in it).  ORDER WORDS: a rhythm spelling or a value
 * word added to grammar/plan.l or build.c is added below too.
 *
 * A Vim or Emacs file asks for a list with a marker line, a comment that
 * contains "generated: NAME"; the list is written into the line after it,
 * between
 *   .vim   the first '[' and the next ']'        'plan', 'section'
 *   .el    the first "'(" and the next ')'       "plan" "section"
 * and the rest of that line is left as it is.  JSON has no comments, but a
 * TextMate grammar's regexes (Oniguruma) do: in a .json file, each
 * "(?#NAME)(?:" is followed by the list as an alternation, up to the next
 * ')' (plan|section), wherever it stands.  Words are sorted longest
 * first (an alternation then never stops at a word's prefix: "annual"
 * before "annually"), then alphabetically; in a regex a space stands for
 * \s+.
 *
 *   gen FILE      prints FILE with its lists brought up to date (make
 *                 editor-words writes them back; tests/editors compares)
 *   gen --list    prints every list: "NAME word" lines
 *   gen --sample  prints a plan that uses every word of every list, and
 *                 every form of date
 *   gen --dates   prints a date in each form, one a line
 *
 * Exit status 0; 1 when FILE cannot be read or a marker names no list or
 * is not followed by a line with a place for it; 2 for bad arguments.
 */
#include "date.h"
#include "model.h"
#include "words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 80
#define MAX_LINE 8192

typedef struct word_list {
	const char *name;
	const char *words[MAX_WORDS];
	size_t n;
} word_list;

/* The scanner's spellings of the rhythms (grammar/plan.l's S_WHEN rules; SPEC.md section 7). */
static const char *const rhythm_spellings[] = {
	"ongoing", "on-going", "on going",
	"annual", "annually", "yearly", "every year",
	"six-monthly", "six monthly", "6-monthly", "6 monthly", "sixmonthly", "6monthly",
	"half-yearly", "half yearly", "halfyearly", "bi-annually", "biannually", "bi-annual",
	"biannual", "twice yearly", "twice a year",
	"termly", "every term",
	"quarterly", "every quarter",
	"bi-monthly", "bimonthly",
	"monthly", "every month",
	"fortnightly", "every fortnight",
	"weekly", "every week",
};

/*
 * A date in every form the scanner reads (grammar/plan.l's DATE and YEARS,
 * date.h's plan_date_parse; SPEC.md section 7): the editors' patterns for
 * dates, written by hand in each one's regex dialect, are tested on these.
 */
static const char *const date_forms[] = {
	"2019-03-31", "31 March 2019", "31 Mar 2019", "31st March 2019", "2nd of May 2019",
	"31/03/2019", "31.03.2019", "31-03-2019", "1/4/2019",
	"2019-03", "March 2019", "Mar 2019", "Sept 2019", "Mar-19", "March-2019",
	"2019-Q3", "Q3 2019", "Q4 2025/26", "2025/26 Q4", "Q4 2025/2026",
	"2019", "2019/20", "2019-20", "2019/2020", "2017-2021", "2017 - 2021",
};

/* The words of a `when` that are neither dates nor rhythms (plan.l). */
static const char *const when_words[] = { "to", "in" };
static const char *const placeholders[] = { "tbc", "tba", "tbd", "n/a" };
/* Decision verbs in every spelling plan.l reads, and the word before a period. */
static const char *const verb_spellings[] = {
	"continue", "continued", "complete", "completed", "remove", "removed",
	"decommission", "decommissioned",
};
static const char *const decision_words[] = { "into" };
/* The units of "every N weeks" (plan.l's EVERY). */
static const char *const every_units[] = { "week", "weeks", "month", "months", "year", "years" };
/* The values of `status`, `check` (after the check's name) and `quarters` (build.c). */
static const char *const statuses[] = { "open", "closed", "archived", "draft" };
static const char *const severities[] = { "error", "warning", "note", "on", "off" };
static const char *const quarter_kinds[] = { "financial", "calendar" };

static word_list lists[] = {
	{ "directives", { 0 }, 0 },     /* plan section objective action */
	{ "include", { 0 }, 0 },
	{ "fields", { 0 }, 0 },         /* every field, in every spelling */
	{ "when-fields", { 0 }, 0 },    /* due, review, start, period */
	{ "decision-fields", { 0 }, 0 },
	{ "update-fields", { 0 }, 0 },
	{ "figure-fields", { 0 }, 0 },  /* baseline, target, milestone, actual */
	{ "text-fields", { 0 }, 0 },    /* the rest of the fields */
	{ "rhythms", { 0 }, 0 },
	{ "every-units", { 0 }, 0 },
	{ "when-words", { 0 }, 0 },
	{ "placeholders", { 0 }, 0 },
	{ "rags", { 0 }, 0 },
	{ "verbs", { 0 }, 0 },
	{ "decision-words", { 0 }, 0 },
	{ "months", { 0 }, 0 },         /* full names, three letters, and sept */
	{ "statuses", { 0 }, 0 },
	{ "severities", { 0 }, 0 },
	{ "quarters", { 0 }, 0 },
};

#define NLISTS (sizeof(lists) / sizeof(lists[0]))
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static word_list *list_named(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < NLISTS; i++)
		if (strlen(lists[i].name) == len && memcmp(lists[i].name, name, len) == 0)
			return &lists[i];
	return NULL;
}

/* Adds w to the list named name (which exists), once. */
static void add(const char *name, const char *w)
{
	word_list *l = list_named(name, strlen(name));
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->words[i], w) == 0)
			return;
	if (l->n == MAX_WORDS) {
		fprintf(stderr, "gen: more than %d words in %s\n", MAX_WORDS, name);
		exit(1);
	}
	l->words[l->n++] = w;
}

static void add_all(const char *name, const char *const *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		add(name, w[i]);
}

/* The field lists a keyword of class c belongs to. */
static const char *class_list(plan_word_class c)
{
	switch (c) {
	case PLAN_CLASS_DIRECTIVE: return "directives";
	case PLAN_CLASS_INCLUDE: return "include";
	case PLAN_CLASS_WHEN: return "when-fields";
	case PLAN_CLASS_DECISION: return "decision-fields";
	case PLAN_CLASS_UPDATE: return "update-fields";
	case PLAN_CLASS_FIGURE: return "figure-fields";
	case PLAN_CLASS_TEXT: break;
	}
	return "text-fields";
}

static void add_word(plan_word w, const char *spelling)
{
	plan_word_class c = plan_words[w].class_;

	add(class_list(c), spelling);
	if (c != PLAN_CLASS_DIRECTIVE && c != PLAN_CLASS_INCLUDE)
		add("fields", spelling);
}

static int by_length(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	size_t lx = strlen(x), ly = strlen(y);

	if (lx != ly)
		return lx > ly ? -1 : 1;
	return strcmp(x, y);
}

static void fill(void)
{
	static char months[12][3][16];
	size_t i;
	int m, r;

	for (i = 1; i < PLAN_NWORDS; i++)
		add_word((plan_word)i, plan_words[i].word);
#define SPELLING_(spelling, name) add_word(PLAN_WORD_##name, spelling);
	PLAN_WORD_SPELLINGS(SPELLING_)
#undef SPELLING_
	for (r = PLAN_RHYTHM_ONGOING; r < PLAN_RHYTHM_EVERY; r++)
		add("rhythms", plan_rhythm_name((plan_rhythm)r));
	add_all("rhythms", rhythm_spellings, COUNT(rhythm_spellings));
	for (r = PLAN_UNIT_WEEK; r <= PLAN_UNIT_YEAR; r++)
		add("every-units", plan_unit_name((plan_unit)r));
	add_all("every-units", every_units, COUNT(every_units));
	add_all("when-words", when_words, COUNT(when_words));
	add_all("placeholders", placeholders, COUNT(placeholders));
	for (r = PLAN_RAG_RED; r <= PLAN_RAG_GREEN; r++)
		add("rags", plan_rag_name((plan_rag)r));
	for (r = PLAN_VERB_CONTINUE; r <= PLAN_VERB_DECOMMISSION; r++)
		add("verbs", plan_verb_name((plan_verb)r));
	add_all("verbs", verb_spellings, COUNT(verb_spellings));
	add_all("decision-words", decision_words, COUNT(decision_words));
	for (m = 1; m <= 12; m++) {
		const char *full = plan_month_name(m);
		size_t k;
		for (k = 0; full[k] && k + 1 < sizeof(months[0][0]); k++)
			months[m - 1][0][k] = (char)(full[k] | 32);
		memcpy(months[m - 1][1], months[m - 1][0], 3);
		add("months", months[m - 1][0]);
		add("months", months[m - 1][1]);
		if (m == 9) {
			memcpy(months[m - 1][2], "sept", 5);
			add("months", months[m - 1][2]);
		}
	}
	add_all("statuses", statuses, COUNT(statuses));
	add_all("severities", severities, COUNT(severities));
	add_all("quarters", quarter_kinds, COUNT(quarter_kinds));
	for (i = 0; i < NLISTS; i++)
		qsort(lists[i].words, lists[i].n, sizeof(lists[i].words[0]), by_length);
}

typedef enum { LANG_VIM, LANG_EL, LANG_JSON } lang;

/* Writes list l as lang writes a list of words. */
static void put_list(FILE *out, const word_list *l, lang g)
{
	size_t i;
	const char *s;

	for (i = 0; i < l->n; i++) {
		switch (g) {
		case LANG_VIM:
			fprintf(out, "%s'%s'", i ? ", " : "", l->words[i]);
			break;
		case LANG_EL:
			fprintf(out, "%s\"%s\"", i ? " " : "", l->words[i]);
			break;
		case LANG_JSON:
			/* Words are letters, digits, '-', '/' and spaces: only the space needs care. */
			if (i)
				fputc('|', out);
			for (s = l->words[i]; *s; s++) {
				if (*s == ' ')
					fputs("\\\\s+", out);
				else
					fputc(*s, out);
			}
			break;
		}
	}
}

/*
 * Writes a line of a JSON file (line lineno of path) with the list after
 * each "(?#NAME)(?:" brought up to date.  Returns 0, or 1 with a message.
 */
static int json_line(const char *path, size_t lineno, const char *line, FILE *out)
{
	const char *p = line, *c;

	while ((c = strstr(p, "(?#")) != NULL) {
		const char *name = c + 3, *e = strchr(name, ')'), *end;
		const word_list *l = e ? list_named(name, (size_t)(e - name)) : NULL;

		if (!l) {
			fprintf(stderr, "gen: %s:%zu: no list named \"%.*s\"\n", path, lineno,
				e ? (int)(e - name) : (int)strlen(name), name);
			return 1;
		}
		if (strncmp(e + 1, "(?:", 3) != 0 || !(end = strchr(e + 4, ')'))) {
			fprintf(stderr, "gen: %s:%zu: no (?:...) after (?#%s)\n", path, lineno, l->name);
			return 1;
		}
		fwrite(p, 1, (size_t)(e + 4 - p), out);
		put_list(out, l, LANG_JSON);
		p = end;
	}
	fputs(p, out);
	return 0;
}

/*
 * Copies the editor file path to out with the line after each marker
 * rewritten.  Returns 0, or 1 with a message on stderr.
 */
static int generate(const char *path, FILE *out)
{
	static const char *const opens[] = { "[", "'(" };
	static const char closes[] = { ']', ')' };
	char line[MAX_LINE];
	const char *ext = strrchr(path, '.');
	const word_list *pending = NULL;
	size_t lineno = 0;
	FILE *in;
	lang g;

	if (ext && strcmp(ext, ".vim") == 0)
		g = LANG_VIM;
	else if (ext && strcmp(ext, ".el") == 0)
		g = LANG_EL;
	else if (ext && strcmp(ext, ".json") == 0)
		g = LANG_JSON;
	else {
		fprintf(stderr, "gen: %s: not a .vim, .el or .json file\n", path);
		return 1;
	}
	in = fopen(path, "r");
	if (!in) {
		fprintf(stderr, "gen: cannot read %s\n", path);
		return 1;
	}
	while (fgets(line, sizeof(line), in)) {
		const char *mark = strstr(line, "generated: ");
		size_t len = strlen(line);

		lineno++;
		if (len == sizeof(line) - 1 && line[len - 1] != '\n') {
			fprintf(stderr, "gen: %s:%zu: line too long\n", path, lineno);
			goto fail;
		}
		if (g == LANG_JSON) {
			if (json_line(path, lineno, line, out))
				goto fail;
			continue;
		}
		if (pending) {
			char *a = strstr(line, opens[g]), *b;
			b = a ? strchr(a + strlen(opens[g]), closes[g]) : NULL;
			if (!b) {
				fprintf(stderr, "gen: %s:%zu: no place for the list %s (%s...%c)\n",
					path, lineno, pending->name, opens[g], closes[g]);
				goto fail;
			}
			a += strlen(opens[g]);
			fwrite(line, 1, (size_t)(a - line), out);
			put_list(out, pending, g);
			fputs(b, out);
			pending = NULL;
			continue;
		}
		fputs(line, out);
		if (mark) {
			size_t n;
			mark += strlen("generated: ");
			n = strspn(mark, "abcdefghijklmnopqrstuvwxyz-");
			pending = list_named(mark, n);
			if (!pending) {
				fprintf(stderr, "gen: %s:%zu: no list named \"%.*s\"\n", path, lineno,
					(int)n, mark);
				goto fail;
			}
		}
	}
	fclose(in);
	if (pending) {
		fprintf(stderr, "gen: %s: the marker of %s ends the file\n", path, pending->name);
		return 1;
	}
	return 0;
fail:
	fclose(in);
	return 1;
}

static const word_list *get(const char *name)
{
	return list_named(name, strlen(name));
}

/*
 * A plan that uses every word of every list where the language reads it:
 * plancheck finds no error in it when every word is one the scanner knows.
 */
static void sample(FILE *out)
{
	const word_list *l;
	size_t i;

	fputs("# Every word of editors/gen.c's lists, where the language reads it.\n"
	      "plan P1\n", out);
	l = get("quarters");
	fprintf(out, "  quarters %s\n", l->words[0]);
	fputs("  period 2018/19\n  board The board\n  person Jo Bloggs\n", out);
	fputs("  organisation Police\n  organization Council\n", out);
	fputs("  stale after 3 months\n", out);
	l = get("statuses");
	fprintf(out, "  status %s\n", l->words[0]);
	l = get("severities");
	for (i = 0; i < l->n; i++)
		fprintf(out, "  check stale %s\n", l->words[i]);
	fputs("  statement The plan's introduction\n  title The long title\n  note A note\n", out);
	fputs("section S1 Section\nobjective O1 Objective\n  measure Panels set up\n"
	      "  baseline 2006/07 5 panels\n  milestone 2007/08 12 panels\n"
	      "  target 2008/09 20 panels\n  actual 2007/08 11 panels\n", out);
	fputs("action A1 Action\n  lead Jo Bloggs\n  start 2018-04\n  due 2018-04 to 2019-03\n"
	      "  review annually in october\n", out);
	l = get("rhythms");
	for (i = 0; i < l->n; i++)
		if (strcmp(l->words[i], "every") != 0)
			fprintf(out, "  review %s\n", l->words[i]);
	l = get("every-units");
	for (i = 0; i < l->n; i++)
		fprintf(out, "  review every 7 %s\n", l->words[i]);
	l = get("placeholders");
	for (i = 0; i < l->n; i++)
		fprintf(out, "  review %s\n", l->words[i]);
	l = get("months");
	for (i = 0; i < l->n; i++)
		fprintf(out, "  review %s 2019\n", l->words[i]);
	for (i = 0; i < COUNT(date_forms); i++)
		fprintf(out, "  review %s\n", date_forms[i]);
	l = get("verbs");
	for (i = 0; i < l->n; i++)
		fprintf(out, "  decision 2019-05-17 %s%s\n", l->words[i],
			strncmp(l->words[i], "continue", 8) == 0 ? " into 2019/20" : "");
	l = get("rags");
	for (i = 0; i < l->n; i++)
		fprintf(out, "  update 2019-01-%02zu %s by Someone\n    Text of the update.\n",
			i + 1, l->words[i]);
	for (i = 0; i < l->n; i++)
		fprintf(out, "2019-02-%02zu A1 %s by Someone\n  Text of the update.\n",
			i + 1, l->words[i]);
}

static void usage(void)
{
	fputs("usage: gen FILE | gen --list | gen --sample | gen --dates\n", stderr);
	exit(2);
}

int main(int argc, char **argv)
{
	size_t i, k;

	if (argc != 2)
		usage();
	fill();
	if (strcmp(argv[1], "--list") == 0) {
		for (i = 0; i < NLISTS; i++)
			for (k = 0; k < lists[i].n; k++)
				printf("%s %s\n", lists[i].name, lists[i].words[k]);
		return 0;
	}
	if (strcmp(argv[1], "--dates") == 0) {
		for (i = 0; i < COUNT(date_forms); i++)
			printf("%s\n", date_forms[i]);
		return 0;
	}
	if (strcmp(argv[1], "--sample") == 0) {
		sample(stdout);
		return 0;
	}
	if (argv[1][0] == '-')
		usage();
	return generate(argv[1], stdout);
}
