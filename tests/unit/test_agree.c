/*
 * test_agree.c - records.c reads plan files line by line as the grammar
 * does, checked over every plan-like file of the repository and random
 * edits of each.
 *
 * planlog (src/walk.c) learns which ids a commit touched from
 * plan_records_diff, which splits two versions of a file into records by
 * SPEC.md's line rules (sections 3, 4 and 8) without parsing them, and then
 * parses only what plan_records_keep keeps of each file.  That is right
 * only while records.c and the grammar (grammar/plan.l, plan.y,
 * src/build.c) agree on every line.  This test is that agreement, for
 * versions of a file that each parse alone without error:
 *
 *   diff: every action that the parses of two versions say differs
 *         (present in one only, or plan_action_changes > 0) is among the
 *         keys plan_records_diff reports; byte-identical versions give no
 *         key;
 *   keep: what plan_records_keep keeps of a version for one action id,
 *         parsed alone, has that action, the same by plan_action_changes,
 *         in a plan with the same id and fields (its record kept whole);
 *   and neither says "fields before the first record" (PLAN_RECORDS_ANY,
 *         (size_t)-1): such a field is an error in a file parsed alone, so
 *         it is a misreading there (one that costs planlog time, not
 *         correctness: it then parses whole files).
 *
 * The files: everything under plans/, fuzz/seeds/ and fuzz/corpus/, and
 * under tests/ the command-line data (tests/cli/data/), the kept fuzz
 * crashers (tests/fuzz/) and any *.plan.  Each is loaded alone with a
 * reader that serves no file (an include is an error).  Most have errors
 * as they are (fuzz inputs; plans/vve-2018-19.plan includes a file; the
 * updates beside it name actions of that plan), so the edits start from
 * the file made error-free: the lines its errors point at removed, round
 * after round, and an action added for each separate-form update whose
 * action is elsewhere.  AGREE_EDITS (default below) versions are made from
 * that by a PRNG seeded with AGREE_SEED and the file's path, so a run is
 * deterministic and one file's versions do not depend on the others'.
 * The edits are of lines, of the kinds that change what is a record:
 * delete, duplicate, swap, copy or move a line; indent it more or less
 * (spaces or a tab); change one word into a keyword, an id, a date, a RAG
 * word; change the case of a keyword; add an update in separate form, a
 * field with lines of text below it (some starting with a keyword or a
 * digit), a directive, blank and comment lines; change line ends and the
 * byte order mark.  Every pair of error-free versions of a file is
 * compared, and the keep check runs on every action id of the file (and
 * of its error-free form) and on AGREE_KEEP ids of each edited version.
 *
 * A failure names the file, the edits of both versions, the id, what the
 * parses and records.c said, the differing lines, a reproducer reduced by
 * removing lines, and the command that reruns that file alone; it writes
 * the versions under build/agree-failure/.  For deeper runs:
 *
 *   AGREE_SEED=7 AGREE_EDITS=200 AGREE_KEEP=10 build/tests/test_agree
 *   AGREE_FILE=plans/vve-2018-19.plan AGREE_SEED=7 build/tests/test_agree
 *
 * AGREE_CHECK=diff or keep runs one property; AGREE_VERBOSE=1 says how many
 * versions of each file were error-free.
 *
 * The keep check also covers record lines that are indented: keeping an
 * action drops the records around it, and what the grammar made of an
 * indented line depended on them (test_records.c has the two shapes).
 */
#include "helpers.h"

#include "changes.h"
#include "records.h"

#include <ctype.h>
#include <errno.h>
#include <strings.h>

/* ---- settings (environment) ---- */

#define DEFAULT_SEED 20190110ULL
#define DEFAULT_EDITS 30
#define DEFAULT_KEEP 3

/*
 * Fewer than these in a default run, and file discovery, the repairs or
 * the edits are broken (a default run finds 1020 files, about 120000
 * pairs, 15000 kept checks, and 600 pairs of versions of plans/).
 */
#define MIN_FILES 500
#define MIN_PAIRS 60000
#define MIN_KEPT 8000
#define MIN_PLANS_PAIRS 200

static unsigned long long opt_seed = DEFAULT_SEED;
static long opt_edits = DEFAULT_EDITS;
static long opt_keep = DEFAULT_KEEP;
static const char *opt_file;     /* AGREE_FILE: only this one */
static int opt_verbose;          /* AGREE_VERBOSE: a line per file */
static int opt_diff = 1, opt_keep_check = 1;   /* AGREE_CHECK: diff, keep or both */

static long env_long(const char *name, long def, long min, long max)
{
	const char *v = getenv(name);
	char *end;
	long n;

	if (!v || !*v)
		return def;
	errno = 0;
	n = strtol(v, &end, 10);
	if (errno || *end || n < min || n > max) {
		fprintf(stderr, "agree: %s=%s is not a number from %ld to %ld\n", name, v, min, max);
		fail();
	}
	return n;
}

static void settings(void)
{
	const char *v = getenv("AGREE_SEED");
	char *end;

	if (v && *v) {
		errno = 0;
		opt_seed = strtoull(v, &end, 0);
		if (errno || *end) {
			fprintf(stderr, "agree: AGREE_SEED=%s is not a number\n", v);
			fail();
		}
	}
	opt_edits = env_long("AGREE_EDITS", DEFAULT_EDITS, 0, 100000);
	opt_keep = env_long("AGREE_KEEP", DEFAULT_KEEP, 0, 100000);
	opt_verbose = env_long("AGREE_VERBOSE", 0, 0, 1) != 0;
	opt_file = getenv("AGREE_FILE");
	if (opt_file && !*opt_file)
		opt_file = NULL;
	v = getenv("AGREE_CHECK");
	if (v && *v && strcmp(v, "both") != 0) {
		if (strcmp(v, "diff") != 0 && strcmp(v, "keep") != 0) {
			fprintf(stderr, "agree: AGREE_CHECK=%s is not diff, keep or both\n", v);
			fail();
		}
		opt_diff = strcmp(v, "diff") == 0;
		opt_keep_check = !opt_diff;
	}
}

/* ---- a PRNG (splitmix64), seeded per file ---- */

static unsigned long long rng;

static unsigned long long next64(void)
{
	unsigned long long z = (rng += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* A number in [0, n); 0 when n is 0. */
static size_t rnd(size_t n)
{
	return n ? (size_t)(next64() % n) : 0;
}

#define PICK(list) ((list)[rnd(sizeof(list) / sizeof(*(list)))])

static void seed_for(const char *path)
{
	unsigned long long h = 1469598103934665603ULL;   /* FNV-1a */

	for (; *path; path++)
		h = (h ^ (unsigned char)*path) * 1099511628211ULL;
	rng = opt_seed ^ h;
}

/* ---- the files ---- */

struct file {
	char *path;
	char *buf;
	size_t len;
};

static struct {
	struct file *v;
	size_t n, cap;
} files;

static int starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int ends(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Which files under the roots are plan-like (see the top of the file). */
static int wanted(const char *path)
{
	if (starts(path, "plans/") || starts(path, "fuzz/seeds/") || starts(path, "fuzz/corpus/"))
		return 1;
	if (starts(path, "tests/cli/data/") || starts(path, "tests/fuzz/"))
		return 1;
	return starts(path, "tests/") && ends(path, ".plan");
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0, got;

	assert_non_null(f);
	do {
		if (cap - n < 4096) {
			cap = cap ? cap * 2 : 8192;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got > 0);
	assert_int_equal(ferror(f), 0);
	fclose(f);
	*len = n;
	return buf;
}

static void add_file(const char *path)
{
	struct file *f;

	if (files.n == files.cap) {
		files.cap = files.cap ? files.cap * 2 : 256;
		files.v = realloc(files.v, files.cap * sizeof(*files.v));
		assert_non_null(files.v);
	}
	f = &files.v[files.n++];
	f->path = strdup(path);
	assert_non_null(f->path);
	f->buf = read_all(path, &f->len);
}

static void walk(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		char path[1024];
		struct stat st;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (lstat(path, &st) < 0)
			continue;
		if (S_ISDIR(st.st_mode))
			walk(path);
		else if (S_ISREG(st.st_mode) && wanted(path) && (!opt_file || strcmp(opt_file, path) == 0))
			add_file(path);
	}
	closedir(d);
}

static int by_path(const void *a, const void *b)
{
	return strcmp(((const struct file *)a)->path, ((const struct file *)b)->path);
}

static void find_files(void)
{
	static const char *const roots[] = { "plans", "tests", "fuzz/seeds", "fuzz/corpus" };
	size_t i;

	for (i = 0; i < sizeof(roots) / sizeof(*roots); i++)
		walk(roots[i]);
	if (files.n)
		qsort(files.v, files.n, sizeof(*files.v), by_path);
}

static void free_files(void)
{
	size_t i;

	for (i = 0; i < files.n; i++) {
		free(files.v[i].path);
		free(files.v[i].buf);
	}
	free(files.v);
	memset(&files, 0, sizeof(files));
}

/* ---- lines, and strings made for the edits ---- */

struct line {
	const char *s;     /* without its line end */
	size_t n;
	const char *eol;   /* "\n", "\r\n", or "" (the last line, unended) */
};

struct text {
	struct line *v;
	size_t n, cap;
};

static void text_insert(struct text *t, size_t at, struct line l)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->v = realloc(t->v, t->cap * sizeof(*t->v));
		assert_non_null(t->v);
	}
	memmove(t->v + at + 1, t->v + at, (t->n - at) * sizeof(*t->v));
	t->v[at] = l;
	t->n++;
}

static void text_remove(struct text *t, size_t at)
{
	memmove(t->v + at, t->v + at + 1, (t->n - at - 1) * sizeof(*t->v));
	t->n--;
}

/* buf[0..len) as lines: LF and CR LF end a line (a lone CR is text). */
static void text_split(struct text *t, const char *buf, size_t len)
{
	size_t i = 0;

	t->n = 0;
	while (i < len) {
		const char *nl = memchr(buf + i, '\n', len - i);
		struct line l;

		l.s = buf + i;
		if (!nl) {
			l.n = len - i;
			l.eol = "";
			i = len;
		} else {
			l.n = (size_t)(nl - (buf + i));
			l.eol = "\n";
			if (l.n > 0 && l.s[l.n - 1] == '\r')
				l.n--, l.eol = "\r\n";
			i = (size_t)(nl - buf) + 1;
		}
		text_insert(t, t->n, l);
	}
}

/* The lines joined, malloc'ed (with a NUL after, not counted). */
static char *text_join(const struct line *v, size_t n, size_t *len)
{
	size_t total = 0, i, o = 0;
	char *out;

	for (i = 0; i < n; i++)
		total += v[i].n + strlen(v[i].eol);
	out = malloc(total + 1);
	assert_non_null(out);
	for (i = 0; i < n; i++) {
		memcpy(out + o, v[i].s, v[i].n);
		o += v[i].n;
		memcpy(out + o, v[i].eol, strlen(v[i].eol));
		o += strlen(v[i].eol);
	}
	out[o] = '\0';
	*len = o;
	return out;
}

/* Strings made for one file's edits, freed together. */
static struct {
	char **v;
	size_t n, cap;
} pool;

static const char *pool_keep(char *s)
{
	assert_non_null(s);
	if (pool.n == pool.cap) {
		pool.cap = pool.cap ? pool.cap * 2 : 256;
		pool.v = realloc(pool.v, pool.cap * sizeof(*pool.v));
		assert_non_null(pool.v);
	}
	pool.v[pool.n++] = s;
	return s;
}

__attribute__((format(printf, 1, 2)))
static const char *pool_printf(const char *fmt, ...)
{
	va_list ap;
	char *s = NULL;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&s, fmt, ap);
	va_end(ap);
	assert_true(n >= 0);
	return pool_keep(s);
}

static const char *pool_mem(const char *s, size_t n)
{
	char *c = malloc(n + 1);

	assert_non_null(c);
	memcpy(c, s, n);
	c[n] = '\0';
	return pool_keep(c);
}

static void pool_free(void)
{
	size_t i;

	for (i = 0; i < pool.n; i++)
		free(pool.v[i]);
	free(pool.v);
	memset(&pool, 0, sizeof(pool));
}

static struct line mkline(const char *s, const char *eol)
{
	struct line l;

	l.s = s;
	l.n = strlen(s);
	l.eol = eol;
	return l;
}

/* s[0..n) shown on one line: escapes for line ends, tabs and bytes not ASCII. */
static void put_escaped(FILE *f, const char *s, size_t n, size_t max)
{
	size_t i;

	for (i = 0; i < n && i < max; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\n')
			fputs("\\n", f);
		else if (c == '\r')
			fputs("\\r", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			fprintf(f, "\\x%02x", c);
		else
			fputc(c, f);
	}
	if (i < n)
		fputs("...", f);
}

/* ---- the edits ---- */

/*
 * The words of the language, from SPEC.md sections 5 and 6 rather than
 * from records.c (whose lists are under test): a new field or directive
 * belongs here too, so that the edits make it.
 */
static const char *const directives[] = { "plan", "section", "objective", "action" };
static const char *const fields[] = {
	"title", "statement", "measure", "note", "board", "status", "lead", "period", "due",
	"review", "start", "decision", "update", "check", "stale", "person", "organisation",
	"organization",
};
static const char *const words[] = {
	"green", "amber", "red", "by", "into", "to", "in", "continue", "complete", "removed",
	"2019-01-10", "2019-03", "2019/20", "Q3", "10 Jan 2019", "2019", "quarterly",
	"annually", "ongoing", "10th", "#3", "include", "Jan", "and", "2018-19", "-", "x.plan",
};
static const char *const dates[] = {
	"2019-01-10", "2019-03", "2019/20", "10 Jan 2019", "2019-Q3", "Q1 2019", "2019",
	"March 2019", "2018-10-19",
};
static const char *const rags[] = { "", " green", " amber", " red", " GREEN" };
static const char *const texts[] = {
	"more text of the block", "action taken by the team", "2018 - 86",
	"section of the report", "update due soon", "lead by example", "2019-01-10 X1 green",
	"plan ahead", "include nothing", "organization matters", "objective met",
	"10 Jan 2019 was the day", "statement of intent", "# not at the start",
};
static const char *const blanks[] = {
	"", "", "  ", "\t", "# a comment", "  # an indented comment", "\t# a tabbed comment",
	"    #no space",
};

/* The ids a file names: after a directive, and the words of an update line. */
static struct {
	const char *v[256];
	size_t n;
} ids;

static int is_idstart(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static int is_idchar(char c)
{
	return is_idstart(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

static void add_id(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > 40 || ids.n == sizeof(ids.v) / sizeof(*ids.v))
		return;
	for (i = 0; i < ids.n; i++)
		if (strlen(ids.v[i]) == n && memcmp(ids.v[i], s, n) == 0)
			return;
	ids.v[ids.n++] = pool_mem(s, n);
}

static size_t skip_blanks(const struct line *l, size_t i)
{
	while (i < l->n && (l->s[i] == ' ' || l->s[i] == '\t'))
		i++;
	return i;
}

static size_t word_end(const struct line *l, size_t i)
{
	while (i < l->n && l->s[i] != ' ' && l->s[i] != '\t')
		i++;
	return i;
}

static void find_ids(const struct text *t)
{
	size_t k, d;

	ids.n = 0;
	for (k = 0; k < t->n; k++) {
		const struct line *l = &t->v[k];
		size_t c = skip_blanks(l, 0), w = word_end(l, c), j;

		if (c < l->n && l->s[c] >= '0' && l->s[c] <= '9') {
			for (j = w; j < l->n;) {
				size_t e;
				j = skip_blanks(l, j);
				e = word_end(l, j);
				if (j < e && is_idstart(l->s[j]))
					add_id(l->s + j, e - j);
				j = e;
			}
			continue;
		}
		for (d = 0; d < sizeof(directives) / sizeof(*directives); d++)
			if (w - c == strlen(directives[d]) && strncasecmp(l->s + c, directives[d], w - c) == 0)
				break;
		if (d < sizeof(directives) / sizeof(*directives)) {
			size_t i = skip_blanks(l, w);
			for (j = i; j < l->n && is_idchar(l->s[j]); j++)
				;
			if (j > i && is_idstart(l->s[i]))
				add_id(l->s + i, j - i);
		}
	}
	if (ids.n == 0) {
		add_id("X1", 2);
		add_id("A1", 2);
	}
}

static const char *some_id(void)
{
	return rnd(8) ? ids.v[rnd(ids.n)] : PICK(((const char *const[]){ "X1", "A1", "Z9", "1.1", "2a", "2019" }));
}

/* A keyword in one of its cases. */
static const char *keyword_case(const char *w)
{
	switch (rnd(6)) {
	case 0: {
		char *s = strdup(w);
		assert_non_null(s);
		s[0] = (char)toupper((unsigned char)s[0]);
		return pool_keep(s);
	}
	case 1: {
		char *s = strdup(w), *p;
		assert_non_null(s);
		for (p = s; *p; p++)
			*p = (char)toupper((unsigned char)*p);
		return pool_keep(s);
	}
	default:
		return w;
	}
}

static const char *indentation(void)
{
	return PICK(((const char *const[]){ "", "", "", "  ", "  ", " ", "    ", "\t", "   ",
					     "\xC2\xA0\xC2\xA0", "  \xE2\x80\xAF", "\xC2\xA0 " }));
}

/* A value that fits the field (mostly). */
static const char *field_value(const char *f)
{
	if (strcmp(f, "status") == 0)
		return PICK(((const char *const[]){ " closed", " open", " draft" }));
	if (strcmp(f, "stale") == 0)
		return " after 3 months";
	if (strcmp(f, "check") == 0)
		return PICK(((const char *const[]){ " stale off", " overdue warning" }));
	if (strcmp(f, "period") == 0)
		return PICK(((const char *const[]){ " 2019/20", " 2018-04 to 2019-03" }));
	if (strcmp(f, "due") == 0 || strcmp(f, "review") == 0 || strcmp(f, "start") == 0)
		return PICK(((const char *const[]){ " 2019-03", " quarterly", " 2019-03, with a note",
						     " March 2020" }));
	if (strcmp(f, "decision") == 0)
		return PICK(((const char *const[]){ " 2019-05-17 continue into 2019/20", " complete",
						     " removed, no longer needed" }));
	if (strcmp(f, "update") == 0)
		return PICK(((const char *const[]){ " 2019-01-10 green", " 2019-02 amber by Someone",
						     "", " red" }));
	return PICK(((const char *const[]){ " New text", " Harrow Police", " A1 and A2",
					    " 2019 review" }));
}

/* Appends one line's text, escaped and cut, to desc. */
static void describe_line(char *desc, size_t size, const struct line *l)
{
	FILE *f = fmemopen(desc + strlen(desc), size - strlen(desc), "a");

	if (!f)
		return;
	fputc('"', f);
	put_escaped(f, l->s, l->n, 60);
	fputs(l->eol[0] == '\r' ? "\\r\\n\"" : "\"", f);
	fclose(f);
}

__attribute__((format(printf, 3, 4)))
static void say(char *desc, size_t size, const char *fmt, ...)
{
	size_t n = strlen(desc);
	va_list ap;

	if (n + 1 >= size)
		return;
	va_start(ap, fmt);
	vsnprintf(desc + n, size - n, fmt, ap);
	va_end(ap);
}

/* Whether line l starts with a directive (plan, section, objective, action). */
static int is_directive_line(const struct line *l)
{
	size_t c = skip_blanks(l, 0), w = word_end(l, c), d;

	for (d = 0; d < sizeof(directives) / sizeof(*directives); d++)
		if (w - c == strlen(directives[d]) && strncasecmp(l->s + c, directives[d], w - c) == 0)
			return 1;
	return 0;
}

/* Where fields go: right after a random directive line of t, or anywhere. */
static size_t field_place(const struct text *t)
{
	size_t k, n = 0, pick;

	if (rnd(2))
		return rnd(t->n + 1);
	for (k = 0; k < t->n; k++)
		n += is_directive_line(&t->v[k]);
	if (!n)
		return rnd(t->n + 1);
	pick = rnd(n);
	for (k = 0; k < t->n; k++)
		if (is_directive_line(&t->v[k]) && pick-- == 0)
			break;
	return k + 1;
}

/* One random edit of t (whose original lines are orig); says what it did in desc. */
static void edit(struct text *t, const struct text *orig, char *desc, size_t size)
{
	size_t n = t->n, at = rnd(n), to = rnd(n + 1);
	const char *eol = n && t->v[n > 1 ? n - 2 : 0].eol[0] ? t->v[n > 1 ? n - 2 : 0].eol : "\n";
	struct line l;

	if (desc[0])
		say(desc, size, "; ");
	switch (n ? rnd(16) : 9 + rnd(2)) {
	case 0:         /* delete a line */
		say(desc, size, "line %zu deleted: ", at + 1);
		describe_line(desc, size, &t->v[at]);
		text_remove(t, at);
		break;
	case 1:         /* duplicate a line */
		say(desc, size, "line %zu duplicated: ", at + 1);
		describe_line(desc, size, &t->v[at]);
		l = t->v[at];
		if (!l.eol[0])
			l.eol = eol;
		text_insert(t, at + 1, l);
		break;
	case 2: {       /* swap two lines */
		size_t b = rnd(2) && at + 1 < n ? at + 1 : rnd(n);
		say(desc, size, "lines %zu and %zu swapped", at + 1, b + 1);
		l = t->v[at];
		t->v[at] = t->v[b];
		t->v[b] = l;
		if (!t->v[at].eol[0] && at + 1 < n)
			t->v[at].eol = eol;
		if (!t->v[b].eol[0] && b + 1 < n)
			t->v[b].eol = eol;
		break;
	}
	case 3:         /* copy a line of the original elsewhere */
		l = orig->n ? orig->v[rnd(orig->n)] : t->v[at];
		if (!l.eol[0])
			l.eol = eol;
		say(desc, size, "line inserted before line %zu: ", to + 1);
		describe_line(desc, size, &l);
		text_insert(t, to, l);
		break;
	case 4:         /* move a line */
		l = t->v[at];
		text_remove(t, at);
		to = rnd(t->n + 1);
		if (!l.eol[0])
			l.eol = eol;
		say(desc, size, "line %zu moved before line %zu (of the rest): ", at + 1, to + 1);
		describe_line(desc, size, &l);
		text_insert(t, to, l);
		break;
	case 5:
	case 6: {       /* indentation */
		const struct line *old = &t->v[at];
		size_t c = skip_blanks(old, 0);
		const char *ind;
		switch (rnd(5)) {
		case 0:
			ind = pool_printf("%.*s%.*s", (int)rnd(5) + 1, "     ", (int)c, old->s);
			break;
		case 1:
			ind = pool_mem(old->s + (c > 0), c - (c > 0));
			break;
		case 2:
			ind = pool_printf("\t%.*s", (int)c, old->s);
			break;
		case 3: {
			const struct line *o = &t->v[rnd(n)];
			ind = pool_mem(o->s, skip_blanks(o, 0));
			break;
		}
		default:
			ind = indentation();
			break;
		}
		l.s = pool_printf("%s%.*s", ind, (int)(old->n - c), old->s + c);
		l.n = strlen(l.s);
		l.eol = old->eol;
		say(desc, size, "line %zu reindented: ", at + 1);
		describe_line(desc, size, &l);
		t->v[at] = l;
		break;
	}
	case 7:
	case 8: {       /* change one word */
		const struct line *old = &t->v[at];
		size_t i = skip_blanks(old, 0), e, w = rnd(3) ? rnd(2) : rnd(6), k;
		const char *repl;
		for (k = 0;; k++) {
			e = word_end(old, i);
			if (k == w || e >= old->n)
				break;
			i = skip_blanks(old, e);
		}
		switch (rnd(4)) {
		case 0:
			repl = keyword_case(rnd(3) ? PICK(fields) : PICK(directives));
			break;
		case 1:
			repl = some_id();
			break;
		case 2:
			repl = PICK(words);
			break;
		default:
			repl = e > i ? pool_printf("%.*s%c", (int)(e - i - 1), old->s + i,
						   (int)"0a.Z1 -"[rnd(7)]) : "x";
			break;
		}
		l.s = pool_printf("%.*s%s%.*s", (int)i, old->s, repl, (int)(old->n - e), old->s + e);
		l.n = strlen(l.s);
		l.eol = old->eol;
		say(desc, size, "line %zu word %zu changed: ", at + 1, k + 1);
		describe_line(desc, size, &l);
		t->v[at] = l;
		break;
	}
	case 9: {       /* an update in separate form, maybe with text */
		const char *ind = rnd(4) ? "" : indentation();
		l = mkline(pool_printf("%s%s %s%s%s", ind, PICK(dates), some_id(), PICK(rags),
				       rnd(3) ? "" : " by Someone Else"), eol);
		say(desc, size, "update inserted before line %zu: ", to + 1);
		describe_line(desc, size, &l);
		text_insert(t, to, l);
		if (rnd(2)) {
			l = mkline(pool_printf("%s%s%s", ind, rnd(4) ? "  " : "\t", PICK(texts)), eol);
			text_insert(t, to + 1, l);
			say(desc, size, " + ");
			describe_line(desc, size, &l);
		}
		break;
	}
	case 10: {      /* a field, maybe with lines of text below it */
		const char *f = PICK(fields), *ind = rnd(3) ? "  " : indentation();
		size_t k, more = rnd(3);
		to = field_place(t);
		l = mkline(pool_printf("%s%s%s", ind, keyword_case(f), field_value(f)), eol);
		say(desc, size, "field inserted before line %zu: ", to + 1);
		describe_line(desc, size, &l);
		text_insert(t, to, l);
		for (k = 1; k <= more; k++) {
			l = mkline(pool_printf("%s%s%s", ind, PICK(((const char *const[]){ "  ", "    ", " ", "\t" })),
					       PICK(texts)), eol);
			text_insert(t, to + k, l);
			say(desc, size, " + ");
			describe_line(desc, size, &l);
		}
		break;
	}
	case 11:        /* blank and comment lines */
		l = mkline(PICK(blanks), eol);
		say(desc, size, "blank or comment line inserted before line %zu: ", to + 1);
		describe_line(desc, size, &l);
		text_insert(t, to, l);
		break;
	case 12:        /* a directive */
		l = mkline(pool_printf("%s%s %s%s", rnd(3) ? "" : indentation(),
				       keyword_case(rnd(4) ? "action" : PICK(directives)),
				       rnd(2) ? pool_printf("Z%zu", rnd(100)) : some_id(),
				       rnd(2) ? " A new title" : ""), eol);
		say(desc, size, "directive inserted before line %zu: ", to + 1);
		describe_line(desc, size, &l);
		text_insert(t, to, l);
		break;
	case 13: {      /* line ends */
		size_t k;
		switch (rnd(4)) {
		case 0:
			t->v[at].eol = t->v[at].eol[0] == '\r' ? "\n" : t->v[at].eol[0] ? "\r\n" : "";
			say(desc, size, "line %zu's line end changed", at + 1);
			break;
		case 1: {
			int crlf = t->v[0].eol[0] != '\r';
			for (k = 0; k < n; k++)
				if (t->v[k].eol[0])
					t->v[k].eol = crlf ? "\r\n" : "\n";
			say(desc, size, "every line ends %s", crlf ? "CR LF" : "LF");
			break;
		}
		case 2:
			for (k = 0; k < n; k++)
				if (t->v[k].eol[0])
					t->v[k].eol = rnd(2) ? "\r\n" : "\n";
			say(desc, size, "every line ends CR LF or LF at random");
			break;
		default:
			t->v[n - 1].eol = t->v[n - 1].eol[0] ? "" : "\n";
			say(desc, size, "last line %s", t->v[n - 1].eol[0] ? "ended" : "left unended");
			break;
		}
		break;
	}
	case 14:        /* the byte order mark */
		if (t->v[0].n >= 3 && memcmp(t->v[0].s, "\xEF\xBB\xBF", 3) == 0) {
			t->v[0].s += 3;
			t->v[0].n -= 3;
			say(desc, size, "byte order mark removed");
		} else {
			t->v[0].s = pool_printf("\xEF\xBB\xBF%.*s", (int)t->v[0].n, t->v[0].s);
			t->v[0].n += 3;
			say(desc, size, "byte order mark added");
		}
		break;
	default:        /* the case of a line's first word */
		l = t->v[at];
		l.s = pool_mem(l.s, l.n);
		{
			char *p = (char *)l.s + skip_blanks(&l, 0);
			int up = rnd(2);
			for (; p < l.s + l.n && *p != ' ' && *p != '\t'; p++)
				*p = (char)(up ? toupper((unsigned char)*p) : tolower((unsigned char)*p));
		}
		say(desc, size, "line %zu's first word in %s case: ", at + 1, "another");
		describe_line(desc, size, &l);
		t->v[at] = l;
		break;
	}
}

/* ---- loading ---- */

/* A reader that serves no file: an include is an error. */
static int no_file(void *ctx, const char *path, char **out, size_t *len, plan_file_id *id)
{
	(void)ctx, (void)path, (void)out, (void)len, (void)id;
	return plan_error_set(PLAN_EREAD, "no file is served in this test");
}

/* s[0..len) loaded alone as name and linked; NULL (freed) when it has an error. */
static plan_set *load_alone(const char *name, const char *s, size_t len, int keep_errors)
{
	plan_set *set = plan_set_new();
	plan_reader rd = { no_file, NULL, 1 };

	assert_non_null(set);
	assert_int_equal(plan_set_reader(set, &rd), PLAN_OK);
	assert_int_equal(plan_load_buffer(set, name, s, len), PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	if (!keep_errors && set->diags.count[PLAN_SEV_ERROR]) {
		plan_set_free(set);
		return NULL;
	}
	return set;
}

/* ---- what plan_records_diff reports ---- */

struct keys {
	struct key {
		const char *s;
		size_t n;
	} *v;
	size_t n, cap;
};

static void on_key(void *ctx, const char *key, size_t len)
{
	struct keys *k = ctx;

	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 64;
		k->v = realloc(k->v, k->cap * sizeof(*k->v));
		assert_non_null(k->v);
	}
	k->v[k->n].s = key;
	k->v[k->n].n = len;
	k->n++;
}

/* Whether id (cut as records.c cuts keys) is among the keys. */
static int has_key(const struct keys *k, const char *id)
{
	size_t n = strlen(id), i;

	if (n > PLAN_RECORD_KEY_MAX)
		n = PLAN_RECORD_KEY_MAX;
	for (i = 0; i < k->n; i++)
		if (k->v[i].n == n && memcmp(k->v[i].s, id, n) == 0)
			return 1;
	return 0;
}

static void print_keys(const struct keys *k)
{
	size_t i;

	fputc('"', stderr);
	for (i = 0; i < k->n; i++) {
		if (i)
			fputc(',', stderr);
		put_escaped(stderr, k->v[i].s, k->v[i].n, 80);
	}
	fputc('"', stderr);
}

/* ---- the two properties, as predicates (also used to reduce a failure) ---- */

static void print_change(void *ctx, const plan_change *c)
{
	(void)ctx;
	fprintf(stderr, "      %s: %s\n", plan_change_kind_name(c->kind), c->text);
}

/*
 * plan_records_diff's PLAN_RECORDS_ANY and plan_records_keep's (size_t)-1
 * mean fields before the first record, which belong to an includer: in a
 * file that parses alone without error there are none (such a field is an
 * error there), so either answer for it is a disagreement too.  It costs
 * planlog time, not correctness: it then parses every file whole.
 */
static const char ANY_WITHOUT_FIELDS[] = "(PLAN_RECORDS_ANY for files with no field before their first record)";

/*
 * The first action that the parses say differs between old and new and
 * that plan_records_diff does not report (with rc its return value and
 * keys its keys), ANY_WITHOUT_FIELDS, or NULL.  Both sets must be
 * error-free.
 */
/* The first action whose id (unqualified: plans may share it) is id, or NULL. */
static const plan_action *action_named(const plan_set *s, const char *id)
{
	const plan_plan *p;
	const plan_action *x;

	for (p = s ? s->plans.head : NULL; p; p = p->next)
		for (x = p->actions.head; x; x = x->next)
			if (strcmp(x->id, id) == 0)
				return x;
	return NULL;
}

static const char *diff_disagreement(const plan_set *a, const plan_set *b, int rc, const struct keys *keys)
{
	const plan_set *sets[2] = { a, b };
	int side;

	if (rc == PLAN_RECORDS_ANY)
		return ANY_WITHOUT_FIELDS;
	for (side = 0; side < 2; side++) {
		const plan_plan *p;
		const plan_action *x;
		for (p = sets[side]->plans.head; p; p = p->next)
			for (x = p->actions.head; x; x = x->next) {
				const plan_action *y = plan_set_action_of(sets[!side], x, sets[side]);
				if (side == 1 && y)
					continue;          /* seen from the other side */
				if ((!y || plan_action_changes(side ? y : x, side ? x : y, NULL, NULL) > 0) &&
				    !has_key(keys, x->id))
					return x->id;
			}
	}
	return NULL;
}

/* Whether the pair old/new, both error-free, fails the diff property for id (NULL: any). */
static int diff_fails(const char *name, const char *old, size_t oldlen, const char *new_, size_t newlen,
		      const char *id)
{
	plan_set *a = load_alone(name, old, oldlen, 0), *b = a ? load_alone(name, new_, newlen, 0) : NULL;
	struct keys k = { 0 };
	int rc, fails = 0;

	if (a && b) {
		const char *bad;
		rc = plan_records_diff(old, oldlen, new_, newlen, on_key, &k);
		bad = rc < 0 ? NULL : diff_disagreement(a, b, rc, &k);
		fails = bad && (!id || strcmp(bad, id) == 0);
	}
	free(k.v);
	plan_set_free(a);
	plan_set_free(b);
	return fails;
}

static int texts_same(const plan_text *a, const plan_text *b)
{
	for (; a && b; a = a->next, b = b->next)
		if (!plan_text_same(a->text, b->text))
			return 0;
	return !a && !b;
}

/* What differs between plans a and b, apart from what they hold, or NULL. */
static const char *plan_difference(const plan_plan *a, const plan_plan *b)
{
	if (strcmp(a->id, b->id) != 0)
		return "the kept action is in another plan";
	if (!plan_text_same(a->title, b->title) || !plan_text_same(a->statement, b->statement) ||
	    !plan_text_same(a->board, b->board) || !plan_text_same(a->status, b->status) ||
	    !plan_when_same(a->period, b->period) || a->stale_days != b->stale_days ||
	    memcmp(a->settings, b->settings, sizeof(a->settings)) != 0 ||
	    !texts_same(a->people.head, b->people.head) ||
	    !texts_same(a->organisations.head, b->organisations.head) ||
	    !texts_same(a->notes.head, b->notes.head))
		return "the kept action's plan differs from the whole file's (its record was not kept whole)";
	return NULL;
}

static int keep_one(void *ctx, const char *key, size_t len)
{
	const char *id = ctx;
	size_t n = strlen(id);

	if (n > PLAN_RECORD_KEY_MAX)
		n = PLAN_RECORD_KEY_MAX;
	return n == len && memcmp(key, id, n) == 0;
}

/*
 * What is wrong with the kept records of id in s (whose parse is whole),
 * or NULL; *kept (malloc'ed, *keptlen bytes; NULL when the whole file is
 * needed) is what was kept, *part its parse.
 */
static const char *keep_problem(const char *name, const char *s, size_t len, const plan_set *whole,
				const char *id, char **kept, size_t *keptlen, plan_set **part)
{
	const plan_plan *p;
	const plan_action *a, *b;
	size_t n;

	*part = NULL;
	*kept = malloc(len + 1);
	assert_non_null(*kept);
	n = plan_records_keep(s, len, keep_one, (void *)id, *kept);
	if (n == (size_t)-1) {
		/* The file parses alone without error: no field comes before
		 * its first record (see ANY_WITHOUT_FIELDS). */
		*keptlen = 0;
		return "plan_records_keep wants the whole file, which has no field before its first record";
	}
	if (n > len)
		return "plan_records_keep wrote more than the file";
	*keptlen = n;
	*part = load_alone(name, *kept, n, 1);
	/* Every action of that id, in whichever plan. */
	for (p = whole->plans.head; p; p = p->next)
		for (a = p->actions.head; a; a = a->next) {
			const char *why;
			if (strcmp(a->id, id) != 0)
				continue;
			if (!(b = plan_set_action_of(*part, a, whole)))
				return "the kept records have no such action";
			if (plan_action_changes(a, b, NULL, NULL) != 0)
				return "the kept action differs from the whole file's";
			if ((why = plan_difference(a->plan, b->plan)) != NULL)
				return why;
		}
	return NULL;
}

/* Whether s, error-free, fails the keep property for id. */
static int keep_fails(const char *name, const char *s, size_t len, const char *unused, size_t unused_len,
		      const char *id)
{
	plan_set *whole = load_alone(name, s, len, 0), *part = NULL;
	char *kept = NULL;
	size_t keptlen = 0;
	int fails = 0;

	(void)unused, (void)unused_len;
	if (whole && action_named(whole, id))
		fails = keep_problem(name, s, len, whole, id, &kept, &keptlen, &part) != NULL;
	free(kept);
	plan_set_free(part);
	plan_set_free(whole);
	return fails;
}

/* ---- reducing a failure ---- */

typedef int (*fails_fn)(const char *name, const char *old, size_t oldlen, const char *new_, size_t newlen,
			const char *id);

/*
 * Lines common to both versions (the prefix and suffix) and the two
 * middles, reduced by removing chunks of lines while the failure stays.
 */
struct pair {
	struct text seg[4];   /* prefix, old middle, new middle, suffix */
};

static char *pair_join(const struct pair *p, int side, size_t *len)
{
	struct text all = { 0 };
	size_t s, i;
	char *out;

	for (s = 0; s < 4; s++)
		if (s == 0 || s == 3 || (int)s == 1 + side)
			for (i = 0; i < p->seg[s].n; i++)
				text_insert(&all, all.n, p->seg[s].v[i]);
	out = text_join(all.v, all.n, len);
	free(all.v);
	return out;
}

static int pair_fails(const struct pair *p, fails_fn fails, const char *name, const char *id)
{
	size_t ol, nl;
	char *o = pair_join(p, 0, &ol), *nw = pair_join(p, 1, &nl);
	int r = fails(name, o, ol, nw, nl, id);

	free(o);
	free(nw);
	return r;
}

static void line_eq_split(struct pair *p, const char *old, size_t oldlen, const char *new_, size_t newlen)
{
	struct text a = { 0 }, b = { 0 };
	size_t pre = 0, suf = 0, i;

	text_split(&a, old, oldlen);
	text_split(&b, new_, newlen);
#define SAME(x, y) ((x).n == (y).n && strcmp((x).eol, (y).eol) == 0 && memcmp((x).s, (y).s, (x).n) == 0)
	while (pre < a.n && pre < b.n && SAME(a.v[pre], b.v[pre]))
		pre++;
	while (suf < a.n - pre && suf < b.n - pre && SAME(a.v[a.n - 1 - suf], b.v[b.n - 1 - suf]))
		suf++;
#undef SAME
	memset(p, 0, sizeof(*p));
	for (i = 0; i < pre; i++)
		text_insert(&p->seg[0], p->seg[0].n, a.v[i]);
	for (i = pre; i < a.n - suf; i++)
		text_insert(&p->seg[1], p->seg[1].n, a.v[i]);
	for (i = pre; i < b.n - suf; i++)
		text_insert(&p->seg[2], p->seg[2].n, b.v[i]);
	for (i = a.n - suf; i < a.n; i++)
		text_insert(&p->seg[3], p->seg[3].n, a.v[i]);
	free(a.v);
	free(b.v);
}

static void reduce(struct pair *p, fails_fn fails, const char *name, const char *id)
{
	int changed = 1, rounds = 0;

	while (changed && rounds++ < 8) {
		size_t s;
		changed = 0;
		for (s = 0; s < 4; s++) {
			struct text *t = &p->seg[s];
			size_t chunk;
			for (chunk = t->n / 2 ? t->n / 2 : 1; chunk >= 1 && t->n; chunk /= 2) {
				size_t start = 0;
				while (start < t->n) {
					size_t c = chunk < t->n - start ? chunk : t->n - start;
					struct line *save = malloc(c * sizeof(*save));
					assert_non_null(save);
					memcpy(save, t->v + start, c * sizeof(*save));
					memmove(t->v + start, t->v + start + c, (t->n - start - c) * sizeof(*t->v));
					t->n -= c;
					if (pair_fails(p, fails, name, id)) {
						changed = 1;
					} else {
						memmove(t->v + start + c, t->v + start, (t->n - start) * sizeof(*t->v));
						memcpy(t->v + start, save, c * sizeof(*save));
						t->n += c;
						start += c;
					}
					free(save);
				}
				if (chunk == 1)
					break;
			}
		}
	}
}

static void free_pair(struct pair *p)
{
	size_t s;

	for (s = 0; s < 4; s++)
		free(p->seg[s].v);
}

/* ---- reporting a failure ---- */

static void show_text(const char *what, const char *s, size_t len)
{
	fprintf(stderr, "  %s (%zu bytes): \"", what, len);
	put_escaped(stderr, s, len, 4000);
	fprintf(stderr, "\"\n");
}

/* The lines where old and new differ, with two lines around them. */
static void show_line_diff(const char *old, size_t oldlen, const char *new_, size_t newlen)
{
	struct pair p;
	size_t i, from;

	line_eq_split(&p, old, oldlen, new_, newlen);
	from = p.seg[0].n > 2 ? p.seg[0].n - 2 : 0;
	fprintf(stderr, "  lines that differ (old -, new +), from line %zu:\n", from + 1);
	for (i = from; i < p.seg[0].n; i++) {
		fputs("     ", stderr);
		put_escaped(stderr, p.seg[0].v[i].s, p.seg[0].v[i].n, 200);
		fputc('\n', stderr);
	}
	for (i = 0; i < p.seg[1].n && i < 40; i++) {
		fputs("    -", stderr);
		put_escaped(stderr, p.seg[1].v[i].s, p.seg[1].v[i].n, 200);
		fputs(p.seg[1].v[i].eol[0] == '\r' ? "\\r\n" : "\n", stderr);
	}
	for (i = 0; i < p.seg[2].n && i < 40; i++) {
		fputs("    +", stderr);
		put_escaped(stderr, p.seg[2].v[i].s, p.seg[2].v[i].n, 200);
		fputs(p.seg[2].v[i].eol[0] == '\r' ? "\\r\n" : "\n", stderr);
	}
	for (i = 0; i < p.seg[3].n && i < 2; i++) {
		fputs("     ", stderr);
		put_escaped(stderr, p.seg[3].v[i].s, p.seg[3].v[i].n, 200);
		fputc('\n', stderr);
	}
	free_pair(&p);
}

static void write_out(const char *name, const char *s, size_t len)
{
	char path[256];
	FILE *f;

	mkdir("build", 0777);
	mkdir("build/agree-failure", 0777);
	snprintf(path, sizeof(path), "build/agree-failure/%s", name);
	f = fopen(path, "wb");
	if (!f)
		return;
	fwrite(s, 1, len, f);
	fclose(f);
	fprintf(stderr, "  written to %s\n", path);
}

static void show_rerun(const char *path)
{
	fprintf(stderr, "  rerun: AGREE_SEED=%llu AGREE_EDITS=%ld AGREE_KEEP=%ld%s%s AGREE_FILE=%s "
		"build/tests/test_agree\n", opt_seed, opt_edits, opt_keep, "",
		opt_diff && opt_keep_check ? "" : opt_diff ? " AGREE_CHECK=diff" : " AGREE_CHECK=keep", path);
}

/* ---- the run ---- */

struct version {
	char *buf;
	size_t len;
	char desc[1024];
	plan_set *set;     /* linked; NULL when it has an error */
};

static struct {
	struct version *v;
	size_t n;
	struct text orig, work;
} cur;

static struct {
	size_t files, versions, clean, pairs, plans_pairs, kept, identical, repaired;
} count;

static void free_cur(void)
{
	size_t i;

	for (i = 0; i < cur.n; i++) {
		free(cur.v[i].buf);
		plan_set_free(cur.v[i].set);
	}
	free(cur.v);
	free(cur.orig.v);
	free(cur.work.v);
	memset(&cur, 0, sizeof(cur));
	pool_free();
}

static int teardown(void **state)
{
	(void)state;
	free_cur();
	free_files();
	return 0;
}

static const char *version_name(const struct version *v, char *buf, size_t size)
{
	if (v == cur.v)
		snprintf(buf, size, "the file as it is");
	else
		snprintf(buf, size, "version %zu: %s", (size_t)(v - cur.v), v->desc);
	return buf;
}

static void fail_diff(const struct file *f, const struct version *o, const struct version *nv,
		      int rc, const struct keys *k, const char *id)
{
	char name[1200];
	const plan_action *a = action_named(o->set, id), *b = a ? plan_set_action_of(nv->set, a, o->set) : NULL;
	struct pair p;
	size_t ol, nl;
	char *ro, *rn;

	if (id == ANY_WITHOUT_FIELDS)
		fprintf(stderr, "\nagree: plan_records_diff says fields come before the first record "
			"(PLAN_RECORDS_ANY) in files that parse alone without error\n");
	else
		fprintf(stderr, "\nagree: plan_records_diff misses a changed action\n");
	fprintf(stderr, "  file: %s\n", f->path);
	fprintf(stderr, "  old: %s\n", version_name(o, name, sizeof(name)));
	fprintf(stderr, "  new: %s\n", version_name(nv, name, sizeof(name)));
	if (id != ANY_WITHOUT_FIELDS)
		fprintf(stderr, "  id: %s (%s in old, %s in new)\n", id, a ? "present" : "absent",
			b ? "present" : "absent");
	fprintf(stderr, "  plan_records_diff returned %d with keys ", rc);
	print_keys(k);
	fputc('\n', stderr);
	if (id != ANY_WITHOUT_FIELDS) {
		fprintf(stderr, "  the parses differ in:\n");
		plan_action_changes(a, b, print_change, NULL);
	}
	show_line_diff(o->buf, o->len, nv->buf, nv->len);
	write_out("old.plan", o->buf, o->len);
	write_out("new.plan", nv->buf, nv->len);
	line_eq_split(&p, o->buf, o->len, nv->buf, nv->len);
	reduce(&p, diff_fails, f->path, id);
	ro = pair_join(&p, 0, &ol);
	rn = pair_join(&p, 1, &nl);
	fprintf(stderr, "  reduced (still failing the same way):\n");
	show_text("old", ro, ol);
	show_text("new", rn, nl);
	free(ro);
	free(rn);
	free_pair(&p);
	show_rerun(f->path);
}

/* The reduced text of a failing keep check, in out (size bytes). */
static void reduced_keep(const char *path, const struct version *v, const char *id, char *out, size_t size)
{
	struct pair p;
	size_t len;
	char *r;
	FILE *m;

	memset(&p, 0, sizeof(p));
	text_split(&p.seg[1], v->buf, v->len);
	reduce(&p, keep_fails, path, id);
	r = pair_join(&p, 0, &len);
	m = fmemopen(out, size, "w");
	if (m) {
		fprintf(m, "keep %s of \"", id);
		put_escaped(m, r, len, 1500);
		fputc('"', m);
		fclose(m);
	}
	free(r);
	free_pair(&p);
}

static void fail_keep(const struct file *f, const struct version *v, const char *id, const char *why,
		      const char *kept, size_t keptlen, plan_set *part)
{
	char name[1200], reduced[2048];

	fprintf(stderr, "\nagree: plan_records_keep disagrees with the grammar: %s\n", why);
	fprintf(stderr, "  file: %s\n", f->path);
	fprintf(stderr, "  version: %s\n", version_name(v, name, sizeof(name)));
	fprintf(stderr, "  id: %s\n", id);
	{
		const plan_action *a = action_named(v->set, id), *b = a ? plan_set_action_of(part, a, v->set) : NULL;
		if (b && plan_action_changes(a, b, NULL, NULL)) {
			fprintf(stderr, "  the kept action differs in:\n");
			plan_action_changes(a, b, print_change, NULL);
		}
	}
	if (part && part->diags.total)
		dump_diags(part);
	if (v->len <= 3000)
		show_text("whole", v->buf, v->len);
	write_out("whole.plan", v->buf, v->len);
	if (part) {
		show_text("kept", kept, keptlen);
		write_out("kept.plan", kept, keptlen);
	}
	reduced_keep(f->path, v, id, reduced, sizeof(reduced));
	fprintf(stderr, "  reduced: %s\n", reduced);
	show_rerun(f->path);
}

/* The diff property for versions o and nv of f. */
static void check_pair(const struct file *f, const struct version *o, const struct version *nv)
{
	struct keys k = { 0 };
	const char *bad;
	int rc = plan_records_diff(o->buf, o->len, nv->buf, nv->len, on_key, &k);

	assert_int_not_equal(rc, -1);
	bad = diff_disagreement(o->set, nv->set, rc, &k);
	if (bad)
		fail_diff(f, o, nv, rc, &k, bad);
	free(k.v);
	assert_null(bad);
	count.pairs++;
	count.plans_pairs += starts(f->path, "plans/");
}

/* The keep property for version v of f and action id. */
static void check_keep(const struct file *f, const struct version *v, const char *id)
{
	char *kept = NULL;
	size_t keptlen = 0;
	plan_set *part = NULL;
	const char *why = keep_problem(f->path, v->buf, v->len, v->set, id, &kept, &keptlen, &part);

	if (why)
		fail_keep(f, v, id, why, kept, keptlen, part);
	free(kept);
	plan_set_free(part);
	assert_null(why);
	count.kept++;
}

/* Checks version v's keep property for every id (all) or a sample. */
static void check_keeps(const struct file *f, const struct version *v, int all)
{
	const plan_plan *p;
	const plan_action *a;
	const char *pick[64];
	size_t n = 0, seen = 0, i;

	for (p = v->set->plans.head; p; p = p->next)
		for (a = p->actions.head; a; a = a->next) {
			if (all) {
				check_keep(f, v, a->id);
				continue;
			}
			/* Reservoir sampling of opt_keep ids. */
			seen++;
			if (n < (size_t)opt_keep && n < sizeof(pick) / sizeof(*pick))
				pick[n++] = a->id;
			else if ((i = rnd(seen)) < n)
				pick[i] = a->id;
		}
	for (i = 0; i < n; i++)
		check_keep(f, v, pick[i]);
}

/*
 * Makes t, the lines of a file that has errors, error-free if it can: a
 * separate-form update naming an action the file does not have gets that
 * action (in a plan of its own at the end), and the lines errors point at
 * are removed, round after round (removing a line can bring out the next).
 * Returns 1 when t is error-free, with *removed and *added saying how.
 */
static int repair(const char *name, struct text *t, size_t *removed, size_t *added)
{
	int round;

	*removed = *added = 0;
	for (round = 0; round < 40; round++) {
		size_t len, i, k, *starts, gone = 0;
		char *buf = text_join(t->v, t->n, &len);
		plan_set *set = load_alone(name, buf, len, 1);
		const plan_update *u;
		const plan_diag *g;
		char *del;
		int plan_added = 0;

		if (set->diags.count[PLAN_SEV_ERROR] == 0) {
			plan_set_free(set);
			free(buf);
			return 1;
		}
		/* Line i of t starts at starts[i] (starts[t->n]: the end). */
		starts = malloc((t->n + 1) * sizeof(*starts));
		del = calloc(t->n + 1, 1);
		assert_non_null(starts);
		assert_non_null(del);
		for (i = 0, k = 0; i < t->n; i++) {
			starts[i] = k;
			k += t->v[i].n + strlen(t->v[i].eol);
		}
		starts[t->n] = k;
		for (g = set->diags.head; g; g = g->next) {
			size_t at = g->span.start, lo = 0, hi = t->n;
			if (g->sev != PLAN_SEV_ERROR || !g->src || at >= len)
				continue;
			while (hi - lo > 1) {          /* the last line starting at or before at */
				size_t mid = (lo + hi) / 2;
				if (starts[mid] <= at)
					lo = mid;
				else
					hi = mid;
			}
			if (lo < t->n && !del[lo])
				del[lo] = 1, gone++;
		}
		for (u = set->loose.head; u; u = u->next_loose) {
			if (u->action || !u->target)
				continue;
			if (!plan_added) {
				if (t->n && !t->v[t->n - 1].eol[0])
					t->v[t->n - 1].eol = "\n";
				text_insert(t, t->n, mkline("plan Zrepaired", "\n"));
				plan_added = 1;
			}
			text_insert(t, t->n, mkline(pool_printf("action %s", u->target), "\n"));
			(*added)++;
		}
		if (!plan_added) {
			for (i = t->n; i-- > 0;)
				if (del[i])
					text_remove(t, i);
			*removed += gone;
		}
		free(starts);
		free(del);
		plan_set_free(set);
		free(buf);
		if (!plan_added && !gone)
			return 0;
	}
	return 0;
}

static void check_file(const struct file *f)
{
	size_t i, j, removed = 0, added = 0, first_edit = 1;
	int repaired = 0;

	seed_for(f->path);
	text_split(&cur.orig, f->buf, f->len);
	cur.n = 2 + (size_t)opt_edits;
	cur.v = calloc(cur.n, sizeof(*cur.v));
	assert_non_null(cur.v);
	cur.v[0].buf = malloc(f->len + 1);
	assert_non_null(cur.v[0].buf);
	memcpy(cur.v[0].buf, f->buf, f->len);
	cur.v[0].len = f->len;
	cur.v[0].set = load_alone(f->path, f->buf, f->len, 0);
	if (!cur.v[0].set && (repaired = repair(f->path, &cur.orig, &removed, &added)) != 0) {
		/* The edits start from the file without its errors. */
		struct version *v = &cur.v[1];
		v->buf = text_join(cur.orig.v, cur.orig.n, &v->len);
		snprintf(v->desc, sizeof(v->desc), "the file without its errors (%zu lines removed, "
			 "%zu actions added for separate-form updates)", removed, added);
		v->set = load_alone(f->path, v->buf, v->len, 0);
		assert_non_null(v->set);
		first_edit = 2;
	} else {
		cur.n--;
	}
	find_ids(&cur.orig);
	for (i = 0; i < cur.n; i++) {
		struct version *v = &cur.v[i];
		if (i >= first_edit) {
			size_t k, nedits = rnd(3) ? 1 : 2 + rnd(2);
			cur.work.n = 0;
			for (k = 0; k < cur.orig.n; k++)
				text_insert(&cur.work, k, cur.orig.v[k]);
			for (k = 0; k < nedits; k++)
				edit(&cur.work, &cur.orig, v->desc, sizeof(v->desc));
			v->buf = text_join(cur.work.v, cur.work.n, &v->len);
			v->set = load_alone(f->path, v->buf, v->len, 0);
		}
		count.versions++;
		if (!v->set)
			continue;
		count.clean++;
		/* The same bytes: no key. */
		{
			struct keys k = { 0 };
			int rc = plan_records_diff(v->buf, v->len, v->buf, v->len, on_key, &k);
			if (k.n) {
				fprintf(stderr, "agree: %s: a version compared with itself gives keys ", f->path);
				print_keys(&k);
				fprintf(stderr, "\n");
			}
			assert_int_equal(k.n, 0);
			assert_int_not_equal(rc, -1);
			free(k.v);
			count.identical++;
		}
		if (opt_keep_check)
			check_keeps(f, v, i < first_edit);
	}
	for (i = 0; i < cur.n; i++)
		for (j = i + 1; j < cur.n; j++)
			if (opt_diff && cur.v[i].set && cur.v[j].set)
				check_pair(f, &cur.v[i], &cur.v[j]);
	if (opt_verbose) {
		size_t clean = 0;
		for (i = 0; i < cur.n; i++)
			clean += cur.v[i].set != NULL;
		fprintf(stderr, "agree: %s: %zu of %zu versions error-free%s\n", f->path, clean, cur.n,
			cur.v[0].set ? "" : repaired ? " (repaired)" : " (not repaired)");
	}
	count.repaired += repaired;
	free_cur();
}

static void test_records_agree_with_the_grammar(void **state)
{
	size_t i;

	(void)state;
	settings();
	find_files();
	if (files.n == 0)
		fprintf(stderr, "agree: no plan file found%s%s: run from the repository's top directory\n",
			opt_file ? " named " : "", opt_file ? opt_file : "");
	for (i = 0; i < files.n; i++) {
		check_file(&files.v[i]);
		count.files++;
	}
	fprintf(stderr, "agree: %zu files (%zu made error-free), %zu versions (%zu error-free), "
		"%zu error-free pairs (%zu of plans/), %zu kept checks, seed %llu, %ld edits per file\n",
		count.files, count.repaired, count.versions, count.clean, count.pairs, count.plans_pairs,
		count.kept, opt_seed, opt_edits);
	/* Only a whole, default run promises these numbers. */
	if (!opt_file && opt_edits >= DEFAULT_EDITS && opt_keep >= DEFAULT_KEEP && opt_diff &&
	    opt_keep_check) {
		assert_true(count.files >= MIN_FILES);
		assert_true(count.pairs >= MIN_PAIRS);
		assert_true(count.kept >= MIN_KEPT);
		assert_true(count.plans_pairs >= MIN_PLANS_PAIRS);
	}
	assert_true(count.files >= 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_records_agree_with_the_grammar, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
