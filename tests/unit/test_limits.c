/*
 * test_limits.c - every limit of src/limit.h, each tried at the limit and
 * one past it, asserting what SPEC.md section 16 says happens past it.
 * Each test fails when the code's limit is off by one either way (the
 * comparisons that enforce it were changed by one, each in turn, in a
 * copy of src/ to check this).
 *
 * Covered: PLAN_MAX_INCLUDE_DEPTH; PLAN_MAX_SYNTAX_ERRORS, for each of
 * the three paths a syntax error takes; PLAN_MAX_ENCODING_ERRORS;
 * PLAN_MAX_DIAGS, in the text and the JSON output; PLAN_MAX_FILE_SIZE;
 * PLAN_BINARY_SNIFF; PLAN_DATE_MIN_YEAR and PLAN_DATE_MAX_YEAR in each
 * written form and in a plan; PLAN_DIAG_ECHO_HALF on either side of the
 * caret; PLAN_MAX_CHECKS, a bound checked when this file compiles;
 * PLAN_MAX_GIT_PATH in HEAD's tree, through an include, in planlog's walk
 * and in the index; PLAN_RECORD_KEY_MAX in plan_records_diff and in the
 * walk; PLAN_LOGCACHE_MAX_SIZE.
 *
 * Files past the size limits are sparse (ftruncate): nothing is written.
 * Reading a file at PLAN_MAX_FILE_SIZE or PLAN_LOGCACHE_MAX_SIZE would
 * take 1 GiB or 256 MiB, so there the allocation that would hold its
 * bytes is made to fail (plan_alloc_fail_after), which shows that the
 * file passed the size check; PLAN_TEST_BIG=1 in the environment also
 * reads a whole cache file at the limit.
 *
 * Files, git repositories (built with libgit2; the git command is never
 * run) and planlog.cache go in a temporary directory (mkdtemp under /tmp,
 * removed after each test).
 */
#include "helpers.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <git2.h>
#include <jansson.h>

#include "alloc.h"
#include "check.h"
#include "date.h"
#include "history.h"
#include "json.h"
#include "limit.h"
#include "logcache.h"
#include "records.h"

/* ---- the temporary directory ---- */

static char tmpdir[64];

static int make_tmpdir(void **state)
{
	(void)state;
	strcpy(tmpdir, "/tmp/plan-test-limits-XXXXXX");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int remove_tmpdir(void **state)
{
	plan_alloc_fail_after(-1);
	release_all(state);
	remove_tree(tmpdir);
	return 0;
}

/* A test that uses files: a fresh tmpdir, removed (with its sets) after it. */
#define TEST_FILES(f) cmocka_unit_test_setup_teardown(f, make_tmpdir, remove_tmpdir)

/* tmpdir/rel (see path_in). */
static const char *at(const char *rel)
{
	return path_in(tmpdir, rel);
}

static void write_file(const char *rel, const char *text)
{
	write_text(at(rel), text);
}

/* Makes tmpdir/rel a file of size bytes, all holes: nothing is written. */
static void sparse_file(const char *rel, long size)
{
	int fd = open(at(rel), O_WRONLY | O_CREAT | O_TRUNC, 0644);

	assert_true(fd >= 0);
	assert_int_equal(ftruncate(fd, (off_t)size), 0);
	assert_int_equal(close(fd), 0);
}

/* Loads tmpdir/rel into a new set, expecting rc, and links it. */
static plan_set *load(const char *rel, int rc)
{
	plan_set *set = track(plan_set_new());

	assert_int_equal(plan_load_file(set, at(rel)), rc);
	assert_int_equal(plan_set_link(set), 0);
	return set;
}

/* ---- PLAN_MAX_INCLUDE_DEPTH ---- */

/* f0.plan includes f1.plan ... includes f<n>.plan, which holds action DEEP. */
static void write_chain(int n)
{
	char name[32], text[64];
	int i;

	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "f%d.plan", i);
		snprintf(text, sizeof(text), "%sinclude f%d.plan\n", i == 0 ? "plan P Chain\n" : "",
			 i + 1);
		write_file(name, text);
	}
	snprintf(name, sizeof(name), "f%d.plan", n);
	write_file(name, "action DEEP\n");
}

static void test_include_depth(void **state)
{
	char want[600], name[32];
	const plan_diag *g;
	plan_set *set;

	(void)state;
	/* At the limit: the file PLAN_MAX_INCLUDE_DEPTH below f0.plan is read. */
	write_chain(PLAN_MAX_INCLUDE_DEPTH);
	set = load("f0.plan", PLAN_OK);
	assert_errors(set, 0);
	assert_int_equal(set->diags.total, 0);
	assert_int_equal(set->nsources, PLAN_MAX_INCLUDE_DEPTH + 1);
	need_action(set, "DEEP");
	release(set);

	/* One past: an error at the include line of the deepest file read; the file is not read. */
	write_chain(PLAN_MAX_INCLUDE_DEPTH + 1);
	set = load("f0.plan", PLAN_OK);
	assert_errors(set, 1);
	snprintf(name, sizeof(name), "f%d.plan", PLAN_MAX_INCLUDE_DEPTH + 1);
	snprintf(want, sizeof(want), "includes nested more than %d deep: %s is not read",
		 PLAN_MAX_INCLUDE_DEPTH, at(name));
	g = need_diag(set, PLAN_SEV_ERROR, want);
	snprintf(name, sizeof(name), "f%d.plan", PLAN_MAX_INCLUDE_DEPTH);
	assert_string_equal(g->src->path, at(name));
	assert_int_equal(diag_line(g), 1);
	assert_int_equal(diag_col(g), 1);
	assert_null(find_action(set, "DEEP"));
	assert_int_equal(set->nsources, PLAN_MAX_INCLUDE_DEPTH + 1);
	release(set);
}

/* ---- PLAN_MAX_SYNTAX_ERRORS ---- */

/*
 * The three ways a syntax error is made, each counted against the limit
 * on its own path: a word that is no field (plan_unknown_word), a token
 * the grammar does not expect (yyreport_syntax_error), and an error the
 * scanner finds (plan_scan_error: an impossible date).  The i-th error
 * is made by the lines `before` i `after`, and is on line first + i * step.
 */
static const struct {
	const char *before, *after;
	size_t first, step;
} kinds[] = {
	{ "  laed X", "\n", 3, 1 },                       /* unknown word */
	{ "action A", "\n  due\n", 4, 2 },                /* grammar */
	{ "action A", "\n  due 2019-02-30\n", 4, 2 },     /* scanner */
};

/* "plan P T", "action A", n errors of kind k, then action Z. */
static plan_set *syntax_errors(size_t k, size_t n)
{
	char *buf = malloc(64 + n * 40);
	size_t o = 0, i;
	plan_set *set;

	assert_non_null(buf);
	o += (size_t)sprintf(buf + o, "plan P T\naction A\n");
	for (i = 0; i < n; i++)
		o += (size_t)sprintf(buf + o, "%s%zu%s", kinds[k].before, i, kinds[k].after);
	o += (size_t)sprintf(buf + o, "action Z Last\n");
	set = parse_n(buf, o);
	free(buf);
	return set;
}

/* The last error before diagnostic `end` (NULL: the end of the list). */
static const plan_diag *last_error(const plan_set *set, const plan_diag *end)
{
	const plan_diag *g, *last = NULL;

	for (g = set->diags.head; g && g != end; g = g->next)
		if (g->sev == PLAN_SEV_ERROR)
			last = g;
	assert_non_null(last);
	return last;
}

static void test_syntax_errors(void **state)
{
	const size_t max = PLAN_MAX_SYNTAX_ERRORS;
	const plan_diag *g;
	plan_set *set;
	size_t k;

	(void)state;
	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		size_t last_line = kinds[k].first + (max - 1) * kinds[k].step;

		/* At the limit: every error is shown, and no note. */
		set = syntax_errors(k, max);
		assert_errors(set, max);
		assert_int_equal(set->diags.count[PLAN_SEV_NOTE], 0);
		assert_int_equal(set->diags.total, max);
		assert_null(find_diag(set, -1, "more syntax errors"));
		assert_int_equal(diag_line(last_error(set, NULL)), last_line);
		need_action(set, "Z");
		release(set);

		/* One past: the first PLAN_MAX_SYNTAX_ERRORS shown, the last counted in a note. */
		set = syntax_errors(k, max + 1);
		assert_errors(set, max);
		assert_int_equal(set->diags.count[PLAN_SEV_NOTE], 1);
		assert_int_equal(set->diags.total, max + 1);
		g = need_diag(set, PLAN_SEV_NOTE, "1 more syntax errors in this file not shown");
		assert_ptr_equal(g, set->diags.tail);
		assert_int_equal(diag_line(last_error(set, g)), last_line);
		need_action(set, "Z");
		release(set);
	}
}

/* ---- PLAN_MAX_ENCODING_ERRORS ---- */

/* A plan with n notes, each holding one invalid byte (0x81, which Windows-1252 does not have either). */
static plan_set *encoding_errors(size_t n)
{
	char *buf = malloc(32 + n * 16);
	size_t o = 0, i;
	plan_set *set;

	assert_non_null(buf);
	o += (size_t)sprintf(buf + o, "plan P T\n");
	for (i = 0; i < n; i++)
		o += (size_t)sprintf(buf + o, "  note \x81 %zu\n", i);
	set = parse_n(buf, o);
	free(buf);
	return set;
}

static void test_encoding_errors(void **state)
{
	const plan_diag *g;
	plan_set *set;
	size_t line;

	(void)state;
	/* At the limit: one error for each bad byte, at its line. */
	set = encoding_errors(PLAN_MAX_ENCODING_ERRORS);
	assert_errors(set, PLAN_MAX_ENCODING_ERRORS);
	assert_int_equal(set->diags.total, PLAN_MAX_ENCODING_ERRORS);
	assert_null(find_diag(set, -1, "more invalid bytes"));
	line = 2;
	for (g = set->diags.head; g; g = g->next) {
		assert_non_null(strstr(g->msg, "invalid UTF-8 (byte 0x81)"));
		assert_int_equal(diag_line(g), line++);
		assert_int_equal(diag_col(g), 8);
	}
	/* The model is built: each bad byte read as '?'. */
	assert_int_equal(set->plans.head->notes.count, PLAN_MAX_ENCODING_ERRORS);
	release(set);

	/* One past: the first PLAN_MAX_ENCODING_ERRORS shown, the other counted in one error. */
	set = encoding_errors(PLAN_MAX_ENCODING_ERRORS + 1);
	assert_errors(set, PLAN_MAX_ENCODING_ERRORS + 1);
	assert_int_equal(set->diags.total, PLAN_MAX_ENCODING_ERRORS + 1);
	g = need_diag(set, PLAN_SEV_ERROR, "1 more invalid bytes not shown");
	assert_null(g->src);
	assert_string_equal(g->path, "t.plan");
	line = 2;
	for (g = set->diags.head; g; g = g->next)
		if (g->src)
			assert_int_equal(diag_line(g), line++);
	assert_int_equal(line, 2 + PLAN_MAX_ENCODING_ERRORS);
	assert_int_equal(set->plans.head->notes.count, PLAN_MAX_ENCODING_ERRORS + 1);
	release(set);
}

/* ---- PLAN_MAX_DIAGS ---- */

/* A set with n errors added to it. */
static plan_set *with_errors(size_t n)
{
	plan_set *set = track(plan_set_new());
	plan_source *src = plan_source_new(set, "m.plan", "x\n", 2);
	size_t i;

	assert_non_null(src);
	for (i = 0; i < n; i++)
		plan_diag_add(&set->diags, PLAN_SEV_ERROR, "limit", src, (plan_span){ 0, 1 },
			      "error %zu", i);
	return set;
}

/* plan_diags_write_text's output, malloc'ed. */
static char *text_of(plan_set *set)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	assert_int_equal(plan_diags_write_text(&set->diags, f, "plancheck"), 0);
	assert_int_equal(fclose(f), 0);
	return buf;
}

/* Checks plan_json_diags: "truncated" and "errors". */
static void assert_json(plan_set *set, int truncated, size_t errors)
{
	json_t *o = plan_json_diags(set);

	assert_non_null(o);
	assert_int_equal(json_is_true(json_object_get(o, "truncated")), truncated);
	assert_int_equal(json_is_false(json_object_get(o, "truncated")), !truncated);
	assert_int_equal(json_integer_value(json_object_get(o, "errors")), (json_int_t)errors);
	assert_int_equal(json_array_size(json_object_get(o, "diagnostics")), PLAN_MAX_DIAGS);
	json_decref(o);
}

static void test_max_diags(void **state)
{
	plan_set *set;
	char *out, last[32];

	(void)state;
	snprintf(last, sizeof(last), "error %d [limit]", PLAN_MAX_DIAGS - 1);

	/* At the limit: all kept, nothing truncated. */
	set = with_errors(PLAN_MAX_DIAGS);
	assert_int_equal(set->diags.total, PLAN_MAX_DIAGS);
	assert_false(set->diags.truncated);
	assert_int_equal(nerrors(set), PLAN_MAX_DIAGS);
	out = text_of(set);
	assert_non_null(strstr(out, last));
	assert_null(strstr(out, "stopped after"));
	free(out);
	assert_json(set, 0, PLAN_MAX_DIAGS);
	release(set);

	/* One past: not kept, but counted, and the output says it stopped. */
	set = with_errors(PLAN_MAX_DIAGS + 1);
	assert_int_equal(set->diags.total, PLAN_MAX_DIAGS);
	assert_true(set->diags.truncated);
	assert_int_equal(nerrors(set), PLAN_MAX_DIAGS + 1);
	/* The last kept is the last at the limit. */
	snprintf(last, sizeof(last), "error %d", PLAN_MAX_DIAGS - 1);
	assert_string_equal(set->diags.tail->msg, last);
	snprintf(last, sizeof(last), "error %d [limit]", PLAN_MAX_DIAGS - 1);
	out = text_of(set);
	assert_non_null(strstr(out, last));
	assert_non_null(strstr(out, "plancheck: note: stopped after 1000 diagnostics\n"));
	free(out);
	assert_json(set, 1, PLAN_MAX_DIAGS + 1);
	release(set);
}

/* ---- PLAN_MAX_FILE_SIZE ---- */

/*
 * Sparse files (made by ftruncate) of PLAN_MAX_FILE_SIZE and one byte
 * more take no space on disk.  Reading the one at the limit would take 1
 * GiB of memory, and as much again for the set's copy, far too much for a
 * unit test: instead the first allocation is made to fail, the one that
 * would hold its bytes, which shows that the file passed the size check
 * and that reading it began.  The one past the limit is refused on its
 * size alone, before anything is allocated or read.
 */
static void test_file_size(void **state)
{
	char want[600];
	const plan_diag *g;
	plan_set *set;
	long made;

	(void)state;
	/* At the limit: read (with the loader made, the first allocation is for the bytes). */
	sparse_file("limit.plan", PLAN_MAX_FILE_SIZE);
	write_file("small.plan", "plan P T\n");
	set = load("small.plan", PLAN_OK);
	plan_alloc_fail_after(0);
	assert_int_equal(plan_load_file(set, at("limit.plan")), PLAN_ENOMEM);
	made = plan_alloc_fail_after(-1);
	assert_int_equal(made, 1);
	assert_errors(set, 0);
	assert_int_equal(set->nsources, 1);
	release(set);

	sparse_file("big.plan", PLAN_MAX_FILE_SIZE + 1);

	/* Named by the caller: an error names the file, and nothing is read. */
	set = load("big.plan", PLAN_EREAD);
	assert_errors(set, 1);
	assert_int_equal(set->diags.total, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "larger than 1 GiB");
	assert_null(g->src);
	assert_string_equal(g->path, at("big.plan"));
	assert_int_equal(set->nsources, 0);
	release(set);

	/* Included: an error at the include line, and nothing is read. */
	write_file("inc.plan", "plan P T\ninclude big.plan\naction A1\n");
	set = load("inc.plan", PLAN_OK);
	assert_errors(set, 1);
	snprintf(want, sizeof(want), "cannot include %s: larger than 1 GiB", at("big.plan"));
	g = need_diag(set, PLAN_SEV_ERROR, want);
	assert_string_equal(g->src->path, at("inc.plan"));
	assert_int_equal(diag_line(g), 2);
	assert_int_equal(set->nsources, 1);
	need_action(set, "A1");
	release(set);
}

/* ---- PLAN_BINARY_SNIFF ---- */

/* A plan whose one note is long enough to hold a NUL byte at offset nul. */
static plan_set *nul_at(size_t nul)
{
	size_t n = PLAN_BINARY_SNIFF + 100, i;
	char *buf = malloc(n);
	plan_set *set;

	assert_non_null(buf);
	memcpy(buf, "plan P T\n  note ", 16);
	for (i = 16; i < n - 1; i++)
		buf[i] = 'x';
	buf[n - 1] = '\n';
	buf[nul] = '\0';
	set = parse_n(buf, n);
	free(buf);
	return set;
}

static void test_binary_sniff(void **state)
{
	const plan_diag *g;
	plan_set *set;

	(void)state;
	/* The last byte sniffed: binary, and nothing is parsed. */
	set = nul_at(PLAN_BINARY_SNIFF - 1);
	assert_errors(set, 1);
	assert_int_equal(set->diags.total, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "binary file (NUL byte): not a plan");
	assert_int_equal(g->span.start, PLAN_BINARY_SNIFF - 1);
	assert_int_equal(set->plans.count, 0);
	release(set);

	/* The first byte after them: an encoding error at that byte; the plan is read. */
	set = nul_at(PLAN_BINARY_SNIFF);
	assert_errors(set, 1);
	assert_int_equal(set->diags.total, 1);
	assert_null(find_diag(set, -1, "binary"));
	g = need_diag(set, PLAN_SEV_ERROR, "NUL byte in text");
	assert_int_equal(g->span.start, PLAN_BINARY_SNIFF);
	assert_int_equal(set->plans.count, 1);
	release(set);
}

/* ---- PLAN_DATE_MIN_YEAR, PLAN_DATE_MAX_YEAR ---- */

static int date_ok(const char *s)
{
	plan_date d;
	size_t bad = 99;
	int rc = plan_date_parse(&d, s, strlen(s), &bad);
	const char *why = rc < 0 ? plan_error_message() : NULL;

	if (rc < 0) {
		assert_non_null(why);
		assert_non_null(strstr(why, "year out of range"));
	}
	return rc == 0;
}

static void test_date_years(void **state)
{
	/* Each written form: text before the year and after it. */
	static const char *const forms[][2] = {
		{ "", "" }, { "", "-01" }, { "", "-12-31" }, { "", "-Q4" }, { "Q1 ", "" },
		{ "31 December ", "" }, { "Jan ", "" },
	};
	char s[32];
	plan_date d;
	size_t bad, i;

	(void)state;
	/* Each form at both limits and one past each. */
	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		snprintf(s, sizeof(s), "%s%d%s", forms[i][0], PLAN_DATE_MIN_YEAR, forms[i][1]);
		assert_true(date_ok(s));
		snprintf(s, sizeof(s), "%s%d%s", forms[i][0], PLAN_DATE_MAX_YEAR, forms[i][1]);
		assert_true(date_ok(s));
		snprintf(s, sizeof(s), "%s%d%s", forms[i][0], PLAN_DATE_MIN_YEAR - 1, forms[i][1]);
		assert_false(date_ok(s));
		snprintf(s, sizeof(s), "%s%d%s", forms[i][0], PLAN_DATE_MAX_YEAR + 1, forms[i][1]);
		assert_false(date_ok(s));
	}
	assert_int_equal(plan_date_parse(&d, "1900-01-01", 10, &bad), 0);
	assert_date(&d, PLAN_DATE_MIN_YEAR, 1, 1, PLAN_PREC_DAY);
	assert_int_equal(plan_date_parse(&d, "2999-12-31", 10, &bad), 0);
	assert_date(&d, PLAN_DATE_MAX_YEAR, 12, 31, PLAN_PREC_DAY);
	/* A financial year is named by the year it starts in. */
	assert_int_equal(plan_date_parse(&d, "1899/00", 7, &bad), PLAN_EINVALID);
	assert_int_equal(plan_date_parse(&d, "1900/01", 7, &bad), 0);
	assert_date(&d, PLAN_DATE_MIN_YEAR, 4, 1, PLAN_PREC_FY);
	/* So the last one runs to March 3000, and the next is out of range. */
	assert_int_equal(plan_date_parse(&d, "2999/00", 7, &bad), 0);
	assert_date(&d, PLAN_DATE_MAX_YEAR, 4, 1, PLAN_PREC_FY);
	assert_int_equal(plan_date_parse(&d, "3000/01", 7, &bad), PLAN_EINVALID);
}

static void test_date_years_in_a_plan(void **state)
{
	const plan_diag *g;
	plan_set *set;

	(void)state;
	set = parse("plan P Years\n"
		    "action A1\n"
		    "  due 1900-01-01\n"
		    "action A2\n"
		    "  due 2999-12-31\n"
		    "action A3\n"
		    "  due 1899-12-31\n"
		    "action A4\n"
		    "  due 3000-01-01\n");
	assert_date(&need_action(set, "A1")->due->from, 1900, 1, 1, PLAN_PREC_DAY);
	assert_date(&need_action(set, "A2")->due->from, 2999, 12, 31, PLAN_PREC_DAY);
	assert_errors(set, 2);
	g = need_diag(set, PLAN_SEV_ERROR, "invalid date \"1899-12-31\": year out of range");
	assert_int_equal(diag_line(g), 7);
	assert_int_equal(diag_col(g), 7);
	g = need_diag(set, PLAN_SEV_ERROR, "invalid date \"3000-01-01\": year out of range");
	assert_int_equal(diag_line(g), 9);
	assert_int_equal(diag_col(g), 7);
	release(set);
}

/* ---- PLAN_DIAG_ECHO_HALF ---- */

/*
 * The diagnostic "here" under the 'X' of a one-line file holding `before`
 * bytes 'a', the 'X' and `after` bytes 'b', as plan_diags_write_text
 * writes it (through fmemopen); malloc'ed.
 */
static char *echo(size_t before, size_t after)
{
	size_t len = before + 1 + after, size = 4 * len + 256;
	char *line = malloc(len + 2), *buf = malloc(size);
	plan_set *set = track(plan_set_new());
	plan_source *src;
	FILE *f;

	assert_non_null(line);
	assert_non_null(buf);
	memset(line, 'a', before);
	line[before] = 'X';
	memset(line + before + 1, 'b', after);
	line[len] = '\n';
	line[len + 1] = '\0';
	src = plan_source_new(set, "e.plan", line, len + 1);
	assert_non_null(src);
	plan_diag_add(&set->diags, PLAN_SEV_ERROR, "limit", src, (plan_span){ before, before + 1 },
		      "here");
	f = fmemopen(buf, size, "w");
	assert_non_null(f);
	assert_int_equal(plan_diags_write_text(&set->diags, f, "plancheck"), 0);
	assert_int_equal(fclose(f), 0);
	free(line);
	release(set);
	return buf;
}

/* n copies of c, in a static buffer (one of four). */
static const char *run_of(char c, size_t n)
{
	static char bufs[4][1024];
	static int next;
	char *b = bufs[next++ % 4];

	assert_true(n < sizeof(bufs[0]));
	memset(b, c, n);
	b[n] = '\0';
	return b;
}

static void assert_echo(size_t before, size_t after, const char *want)
{
	char *got = echo(before, after);

	if (strcmp(got, want) != 0)
		fprintf(stderr, "got:\n%swant:\n%s", got, want);
	assert_string_equal(got, want);
	free(got);
}

static void test_echo_half(void **state)
{
	const size_t h = PLAN_DIAG_ECHO_HALF;
	char want[2048];

	(void)state;
	/*
	 * At the limit: the caret PLAN_DIAG_ECHO_HALF bytes from the start of
	 * its line and as many from its end, the caret's own byte counted in
	 * the latter (SPEC.md: "the 80 bytes before the caret and the 80 from
	 * it"): the whole line is shown.
	 */
	snprintf(want, sizeof(want), "e.plan:1:%zu: error: here [limit]\n  %sX%s\n  %s^\n",
		 h + 1, run_of('a', h), run_of('b', h - 1), run_of(' ', h));
	assert_echo(h, h - 1, want);

	/* One more byte before the caret: cut there, PLAN_DIAG_ECHO_HALF bytes kept. */
	snprintf(want, sizeof(want), "e.plan:1:%zu: error: here [limit]\n  ...%sX%s\n     %s^\n",
		 h + 2, run_of('a', h), run_of('b', h - 1), run_of(' ', h));
	assert_echo(h + 1, h - 1, want);

	/* One more byte after it: cut there, PLAN_DIAG_ECHO_HALF bytes kept from the caret on. */
	snprintf(want, sizeof(want), "e.plan:1:%zu: error: here [limit]\n  %sX%s...\n  %s^\n",
		 h + 1, run_of('a', h), run_of('b', h - 1), run_of(' ', h));
	assert_echo(h, h, want);

	/* Both. */
	snprintf(want, sizeof(want), "e.plan:1:%zu: error: here [limit]\n  ...%sX%s...\n     %s^\n",
		 h + 2, run_of('a', h), run_of('b', h - 1), run_of(' ', h));
	assert_echo(h + 1, h, want);
}

/* ---- PLAN_MAX_CHECKS ---- */

/*
 * A build-time bound: the table of checks must fit in a plan's settings.
 * There is no "one past" to run; a table that outgrew it would not
 * compile (check.c asserts the same).
 */
_Static_assert(PLAN_NCHECKS <= PLAN_MAX_CHECKS, "more checks than PLAN_MAX_CHECKS");
_Static_assert(sizeof(((plan_plan *)0)->settings) == PLAN_MAX_CHECKS,
	       "plan_plan.settings does not hold PLAN_MAX_CHECKS settings");

/* A plan can set every check, the last one too; the slots past them stay unset. */
static void test_max_checks(void **state)
{
	char *buf = malloc(64 + PLAN_NCHECKS * 64);
	size_t o = 0, i;
	plan_set *set;
	const plan_plan *p;

	(void)state;
	assert_non_null(buf);
	o += (size_t)sprintf(buf + o, "plan P Checks\n");
	for (i = 0; i < PLAN_NCHECKS; i++)
		o += (size_t)sprintf(buf + o, "  check %s %s\n", plan_checks[i].name,
				     i % 2 ? "off" : "note");
	set = parse_n(buf, o);
	free(buf);
	assert_int_equal(plan_check_settings(set), PLAN_OK);
	/* The history rules are not the plan's to set: an error each. */
	assert_errors(set, 2);
	p = set->plans.head;
	for (i = 0; i < PLAN_NCHECKS; i++)
		assert_int_equal(p->settings[i], plan_check_is_history((int)i) ? PLAN_SETTING_UNSET :
				 i % 2 ? PLAN_SETTING_OFF : PLAN_SEV_NOTE);
	for (; i < PLAN_MAX_CHECKS; i++)
		assert_int_equal(p->settings[i], PLAN_SETTING_UNSET);
	release(set);
}

/* ---- PLAN_LARGE_FILE_SIZE ---- */

/* A valid plan of exactly n bytes (a plan line, then comment lines); its large-file notes. */
static size_t large_file_notes(size_t n, int off, const plan_diag **first)
{
	static const char head[] = "plan P T\n  period 2019/20\n";
	char *buf = malloc(n);
	plan_check_options opt;
	const plan_diag *g;
	plan_set *set;
	size_t i, count = 0;

	assert_non_null(buf);
	memcpy(buf, head, sizeof(head) - 1);
	for (i = sizeof(head) - 1; i < n; i++) {
		size_t col = (i - (sizeof(head) - 1)) % 64;
		buf[i] = col == 63 ? '\n' : col == 0 ? '#' : 'x';
	}
	buf[n - 1] = '\n';
	set = parse_n(buf, n);
	free(buf);
	assert_errors(set, 0);
	plan_check_options_init(&opt);
	if (off)
		opt.sev[PLAN_CHECK_LARGE_FILE] = PLAN_SETTING_OFF;
	assert_int_equal(plan_check_run(set, &opt), 0);
	for (g = set->diags.head; g; g = g->next)
		if (strcmp(g->check, "large-file") == 0) {
			if (!count++ && first)
				*first = g;
		}
	return count;
}

static void test_large_file(void **state)
{
	const plan_diag *g = NULL;

	(void)state;
	assert_int_equal(large_file_notes(PLAN_LARGE_FILE_SIZE, 0, NULL), 0);
	assert_int_equal(large_file_notes(PLAN_LARGE_FILE_SIZE + 1, 0, &g), 1);
	assert_int_equal(g->sev, PLAN_SEV_NOTE);
	assert_int_equal(g->span.start, 0);
	assert_int_equal(diag_line(g), 1);
	assert_string_equal(g->msg, "this file is 1025 KiB: planlog reads the history of files over "
				    "1 MiB slowly; split it with include");
	assert_int_equal(large_file_notes(PLAN_LARGE_FILE_SIZE + 1, 1, NULL), 0);
}

/* ---- git repositories (PLAN_MAX_GIT_PATH, PLAN_RECORD_KEY_MAX) ---- */

static int git_setup(void **state)
{
	if (make_tmpdir(state) < 0)
		return -1;
	git_libgit2_init();
	/* No user or system configuration: the repository is ours alone. */
	git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_GLOBAL, tmpdir);
	git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_XDG, tmpdir);
	git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_SYSTEM, tmpdir);
	/* Not the repository of a hook these tests may run under. */
	unsetenv("GIT_DIR");
	unsetenv("GIT_INDEX_FILE");
	unsetenv("GIT_WORK_TREE");
	return 0;
}

static int git_teardown(void **state)
{
	remove_tmpdir(state);
	git_libgit2_shutdown();
	return 0;
}

#define TEST_GIT(f) cmocka_unit_test_setup_teardown(f, git_setup, git_teardown)

/*
 * Commits the n files paths[i] holding texts[i] as the whole tree of a new
 * commit on HEAD of the repository tmpdir/r (made when there is none),
 * with the repository's index set to the same files.  Only git's objects
 * and index hold the files: nothing is checked out.
 */
static void commit_files(const char *const *paths, const char *const *texts, size_t n,
			 const char *msg)
{
	git_repository *repo;
	git_index *idx;
	git_signature *sig;
	git_commit *parent = NULL;
	git_tree *tree;
	git_oid tree_id, id, head;
	size_t i;

	if (git_repository_open(&repo, at("r")) < 0)
		assert_int_equal(git_repository_init(&repo, at("r"), 0), 0);
	assert_int_equal(git_repository_index(&idx, repo), 0);
	assert_int_equal(git_index_clear(idx), 0);
	for (i = 0; i < n; i++) {
		git_index_entry e;

		memset(&e, 0, sizeof(e));
		e.path = paths[i];
		e.mode = GIT_FILEMODE_BLOB;
		assert_int_equal(git_blob_create_from_buffer(&e.id, repo, texts[i],
							     strlen(texts[i])), 0);
		assert_int_equal(git_index_add(idx, &e), 0);
	}
	assert_int_equal(git_index_write(idx), 0);
	assert_int_equal(git_index_write_tree(&tree_id, idx), 0);
	assert_int_equal(git_tree_lookup(&tree, repo, &tree_id), 0);
	if (git_reference_name_to_id(&head, repo, "HEAD") == 0)
		assert_int_equal(git_commit_lookup(&parent, repo, &head), 0);
	assert_int_equal(git_signature_new(&sig, "Ann Example", "ann@example.invalid",
					   (git_time_t)1546336800, 0), 0);
	assert_int_equal(git_commit_create(&id, repo, "HEAD", sig, sig, NULL, msg, tree,
					   parent ? 1 : 0, (const git_commit **)&parent), 0);
	git_signature_free(sig);
	git_commit_free(parent);
	git_tree_free(tree);
	git_index_free(idx);
	git_repository_free(repo);
}

static plan_repo *open_history(void)
{
	plan_repo *r = NULL;

	if (plan_repo_open_history(&r, at("r")) != 0)
		fail_msg("cannot open the repository: %s", plan_error_message());
	return r;
}

/* The plans of HEAD's tree, as planlog reads them; linked. */
static plan_set *load_tip(void)
{
	plan_repo *r = open_history();
	plan_set *set = track(plan_set_new());
	int rc = plan_repo_load_rev(r, NULL, set);

	plan_repo_free(r);
	assert_int_equal(rc, PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	return set;
}

/* What the callbacks of one walk saw. */
#define MAX_SEEN 8
static struct seen {
	const char *id;            /* asked for, or NULL */
	int calls;
	char ids[256];             /* every action of now and before, "ID " each */
	const char *title[MAX_SEEN][2];   /* the title of id before and now (NULL: none) */
} seen;

static void add_ids(const plan_set *set)
{
	const plan_plan *p;
	const plan_action *a;

	for (p = set->plans.head; p; p = p->next)
		for (a = p->actions.head; a; a = a->next) {
			size_t n = strlen(seen.ids);
			snprintf(seen.ids + n, sizeof(seen.ids) - n, "%.20s ", a->id);
		}
}

static int on_commit(void *ctx, const plan_commit_info *c, const plan_set *now,
		     const plan_set *before)
{
	(void)ctx;
	(void)c;
	add_ids(now);
	add_ids(before);
	if (seen.id && seen.calls < MAX_SEEN) {
		const plan_action *a = plan_set_action(before, seen.id);
		const plan_action *b = plan_set_action(now, seen.id);

		seen.title[seen.calls][0] = a ? strdup(a->title) : NULL;
		seen.title[seen.calls][1] = b ? strdup(b->title) : NULL;
	}
	seen.calls++;
	return 0;
}

static void clear_seen(void)
{
	int i;

	for (i = 0; i < MAX_SEEN; i++) {
		free((char *)seen.title[i][0]);
		free((char *)seen.title[i][1]);
	}
	memset(&seen, 0, sizeof(seen));
}

/* Walks the history of HEAD (without the cache) for id (NULL: every id) into seen. */
static void walk(const char *id)
{
	plan_repo *r = open_history();
	plan_walk_options w = PLAN_WALK_OPTIONS_INIT;
	plan_walk_result res = { -1, -1 };
	const char *ids[1];
	int rc;

	ids[0] = id;
	clear_seen();
	seen.id = id;
	w.ids = ids;
	w.nids = id ? 1 : 0;
	w.no_cache = 1;
	rc = plan_repo_walk(r, &w, on_commit, NULL, &res);
	plan_repo_free(r);
	if (rc != 0)
		fail_msg("plan_repo_walk: %s", plan_error_message());
	assert_int_equal(res.shallow, 0);
	assert_int_equal(res.unborn, 0);
}

static int git_teardown_walk(void **state)
{
	clear_seen();
	return git_teardown(state);
}

#define TEST_WALK(f) cmocka_unit_test_setup_teardown(f, git_setup, git_teardown_walk)

/* ---- PLAN_MAX_GIT_PATH ---- */

/*
 * A path of exactly len bytes: directories of 200-byte names, then a file
 * name ending in ".plan"; malloc'ed.
 */
static char *long_path(size_t len)
{
	size_t dirs = (len - 50) / 201, o = 0, d;
	char *p = malloc(len + 1);

	assert_non_null(p);
	for (d = 0; d < dirs; d++) {
		memset(p + o, 'a' + (int)(d % 26), 200);
		o += 200;
		p[o++] = '/';
	}
	memset(p + o, 'f', len - o - 5);
	memcpy(p + len - 5, ".plan", 6);
	assert_int_equal(strlen(p), len);
	return p;
}

/*
 * Commits three plans, staged as well: A1 at a path of PLAN_MAX_GIT_PATH
 * - 1 bytes, A2 at one of PLAN_MAX_GIT_PATH bytes, A3 at "short.plan".
 */
static void long_path_repo(void)
{
	static const char *const texts[3] = {
		"plan P1 At\naction A1 At the limit\n",
		"plan P2 Past\naction A2 Past the limit\n",
		"plan P3 Short\naction A3 Short path\n",
	};
	char *paths[3];

	paths[0] = long_path(PLAN_MAX_GIT_PATH - 1);
	paths[1] = long_path(PLAN_MAX_GIT_PATH);
	assert_non_null(paths[2] = strdup("short.plan"));
	commit_files((const char *const *)paths, texts, 3, "Long paths");
	free(paths[0]);
	free(paths[1]);
	free(paths[2]);
}

/* The tree walks start from (HEAD's): the path at the limit read, the one past it left out. */
static void test_git_path_tip(void **state)
{
	plan_set *set;

	(void)state;
	long_path_repo();
	set = load_tip();
	assert_int_equal(set->diags.total, 0);
	assert_int_equal(set->nsources, 2);
	assert_int_equal(strlen(need_action(set, "A1")->loc.src->path), PLAN_MAX_GIT_PATH - 1);
	need_action(set, "A3");
	assert_null(find_action(set, "A2"));
	release(set);
}

/* A file left out cannot be included either: the include is an error. */
static void test_git_path_include(void **state)
{
	char *p1 = long_path(PLAN_MAX_GIT_PATH - 1), *p2 = long_path(PLAN_MAX_GIT_PATH);
	size_t size = 2 * PLAN_MAX_GIT_PATH + 64;
	char *inc = malloc(size), want[64];
	const char *paths[3], *texts[3];
	const plan_diag *g;
	plan_set *set;

	(void)state;
	assert_non_null(inc);
	snprintf(inc, size, "plan P Inc\ninclude %s\ninclude %s\n", p1, p2);
	paths[0] = "inc.plan", texts[0] = inc;
	paths[1] = p1, texts[1] = "action A1 At the limit\n";
	paths[2] = p2, texts[2] = "action A2 Past the limit\n";
	commit_files(paths, texts, 3, "Includes");
	snprintf(want, sizeof(want), "cannot include %.40s", p2);
	free(inc);
	free(p1);
	free(p2);
	set = load_tip();
	assert_errors(set, 1);
	assert_int_equal(set->nsources, 2);
	g = need_diag(set, PLAN_SEV_ERROR, want);
	assert_non_null(strstr(g->msg, "path of 4096 bytes or more"));
	assert_string_equal(g->src->path, "inc.plan");
	assert_int_equal(diag_line(g), 3);
	assert_ptr_equal(need_action(set, "A1")->plan, set->plans.head);
	assert_null(find_action(set, "A2"));
	release(set);
}

/* planlog's walk: the plan at the limit is read, the one past it never is. */
static void test_git_path_walk(void **state)
{
	(void)state;
	long_path_repo();
	walk(NULL);
	assert_int_equal(seen.calls, 1);
	assert_non_null(strstr(seen.ids, "A1 "));
	assert_non_null(strstr(seen.ids, "A3 "));
	assert_null(strstr(seen.ids, "A2 "));
	walk("A1");
	assert_int_equal(seen.calls, 1);
	assert_string_equal(seen.ids, "A1 ");
	walk("A2");
	assert_null(strstr(seen.ids, "A2 "));
}

/*
 * --staged (the index): the file at the limit is read, the one past it is
 * left out, with no diagnostic.
 */
static void test_git_path_index(void **state)
{
	plan_repo *r = NULL;
	plan_set *set;
	const plan_diag *g;

	(void)state;
	long_path_repo();
	if (plan_repo_open(&r, at("r")) != 0)
		fail_msg("cannot open the repository: %s", plan_error_message());
	set = track(plan_set_new());
	assert_int_equal(plan_repo_load_index(r, set), PLAN_OK);
	plan_repo_free(r);
	assert_int_equal(plan_set_link(set), 0);
	for (g = set->diags.head; g; g = g->next)
		fail_msg("unexpected diagnostic: %s", g->msg);
	assert_int_equal(set->nsources, 2);
	assert_int_equal(strlen(need_action(set, "A1")->loc.src->path), PLAN_MAX_GIT_PATH - 1);
	need_action(set, "A3");
	assert_null(find_action(set, "A2"));
	release(set);
}

/* ---- PLAN_RECORD_KEY_MAX ---- */

struct key {
	int count;
	size_t len;
	char key[1024];
};

static void on_key(void *ctx, const char *key, size_t len)
{
	struct key *k = ctx;

	k->count++;
	k->len = len;
	assert_true(len < sizeof(k->key));
	memcpy(k->key, key, len);
	k->key[len] = '\0';
}

/* An id of len bytes ending in last; the bytes before it are the same for every len. */
static void make_id(char *id, size_t len, char last)
{
	size_t i;

	for (i = 0; i + 1 < len; i++)
		id[i] = (char)('A' + i % 26);
	id[len - 1] = last;
	id[len] = '\0';
}

/* The keys plan_records_diff reports from "action OLD T" to "action NEW T" (NULL: no file). */
static void keys_of(const char *old, const char *new_, struct key *k)
{
	char a[1024], b[1024];

	if (old)
		snprintf(a, sizeof(a), "action %s T\n  lead Ann\n", old);
	snprintf(b, sizeof(b), "action %s T\n  lead Ann\n", new_);
	memset(k, 0, sizeof(*k));
	assert_int_equal(plan_records_diff(old ? a : NULL, old ? strlen(a) : 0, b, strlen(b),
					   on_key, k), 0);
}

static void test_record_key(void **state)
{
	char id1[PLAN_RECORD_KEY_MAX + 2], id2[PLAN_RECORD_KEY_MAX + 2];
	struct key k;

	(void)state;
	/* At the limit: the whole id is the key; two that differ in their last byte differ. */
	make_id(id1, PLAN_RECORD_KEY_MAX, 'x');
	make_id(id2, PLAN_RECORD_KEY_MAX, 'y');
	keys_of(NULL, id1, &k);
	assert_int_equal(k.count, 1);
	assert_int_equal(k.len, PLAN_RECORD_KEY_MAX);
	assert_string_equal(k.key, id1);
	keys_of(id1, id2, &k);
	assert_int_equal(k.count, 2);

	/*
	 * One past: the key is the first PLAN_RECORD_KEY_MAX bytes, and two
	 * ids that differ only in their last byte are one key (renaming one
	 * into the other changes that key's record).
	 */
	make_id(id1, PLAN_RECORD_KEY_MAX + 1, 'x');
	make_id(id2, PLAN_RECORD_KEY_MAX + 1, 'y');
	keys_of(NULL, id1, &k);
	assert_int_equal(k.count, 1);
	assert_int_equal(k.len, PLAN_RECORD_KEY_MAX);
	assert_memory_equal(k.key, id1, PLAN_RECORD_KEY_MAX);
	keys_of(id1, id2, &k);
	assert_int_equal(k.count, 1);
	assert_int_equal(k.len, PLAN_RECORD_KEY_MAX);
	assert_memory_equal(k.key, id1, PLAN_RECORD_KEY_MAX);
}

/*
 * planlog's walk finds the commits to read by record keys: two ids of
 * PLAN_RECORD_KEY_MAX bytes that differ in their last byte are told apart,
 * two one byte longer are not (the commit that changed one is read for
 * the other too) but are then compared whole.
 */
static void test_record_key_walk(void **state)
{
	char at1[PLAN_RECORD_KEY_MAX + 1], at2[PLAN_RECORD_KEY_MAX + 1];
	char past1[PLAN_RECORD_KEY_MAX + 2], past2[PLAN_RECORD_KEY_MAX + 2];
	size_t size = 4 * PLAN_RECORD_KEY_MAX + 256;
	char *text = malloc(size);
	const char *path = "a.plan";

	(void)state;
	assert_non_null(text);
	make_id(at1, PLAN_RECORD_KEY_MAX, 'x');
	make_id(at2, PLAN_RECORD_KEY_MAX, 'y');
	make_id(past1, PLAN_RECORD_KEY_MAX + 1, 'x');
	make_id(past2, PLAN_RECORD_KEY_MAX + 1, 'y');
	snprintf(text, size, "plan P Keys\naction %s One\naction %s Two\n"
		 "action %s Three\naction %s Four\n", at1, at2, past1, past2);
	commit_files(&path, (const char *const *)&text, 1, "Add");
	/* Only the second of each pair changes. */
	snprintf(text, size, "plan P Keys\naction %s One\naction %s Two, changed\n"
		 "action %s Three\naction %s Four, changed\n", at1, at2, past1, past2);
	commit_files(&path, (const char *const *)&text, 1, "Retitle");
	free(text);

	/* At the limit: only the commit that changed the id is read. */
	walk(at1);
	assert_int_equal(seen.calls, 1);
	assert_null(seen.title[0][0]);
	assert_string_equal(seen.title[0][1], "One");
	walk(at2);
	assert_int_equal(seen.calls, 2);
	assert_string_equal(seen.title[0][0], "Two");
	assert_string_equal(seen.title[0][1], "Two, changed");

	/* One past: the other id's commit is read too, and the id is unchanged in it. */
	walk(past1);
	assert_int_equal(seen.calls, 2);
	assert_string_equal(seen.title[0][0], "Three");
	assert_string_equal(seen.title[0][1], "Three");
	assert_null(seen.title[1][0]);
	assert_string_equal(seen.title[1][1], "Three");
	walk(past2);
	assert_int_equal(seen.calls, 2);
	assert_string_equal(seen.title[0][0], "Four");
	assert_string_equal(seen.title[0][1], "Four, changed");
}

/* ---- PLAN_LOGCACHE_MAX_SIZE ---- */

static const char *cache_file(void)
{
	return at("planlog.cache");
}

static long cache_size(void)
{
	struct stat st;

	return stat(cache_file(), &st) == 0 ? (long)st.st_size : -1;
}

/* An object id all of byte b. */
static const unsigned char *oid(unsigned char b)
{
	static unsigned char buf[4][PLAN_OID_SIZE];
	static int next;
	unsigned char *o = buf[next++ % 4];

	memset(o, b, PLAN_OID_SIZE);
	return o;
}

/* Whether the cache in tmpdir knows the pair (b, b + 1), whose key is id. */
static int knows(plan_logcache *c, unsigned char b, const char *id)
{
	const char **keys = NULL;
	size_t n = 0;
	int any = -1;

	if (!plan_logcache_get(c, oid(b), oid((unsigned char)(b + 1)), &any, &keys, &n))
		return 0;
	assert_int_equal(any, 0);
	assert_int_equal(n, 1);
	assert_string_equal(keys[0], id);
	return 1;
}

static void put_pair(plan_logcache *c, unsigned char b, const char *id)
{
	const char *keys[1];

	keys[0] = id;
	assert_int_equal(plan_logcache_put(c, oid(b), oid((unsigned char)(b + 1)), 0, keys, 1), 0);
}

/*
 * A cache holding the pair 1 (key A1), grown to size bytes by a hole;
 * then opened: returns whether the pair was read.  The pair 3 (key B1) is
 * added and the cache closed; it is then opened again to check that the
 * file was cut back to what was read: pair 1 is there after it only if
 * it was read.
 */
static int grown_cache(long size)
{
	plan_logcache *c;
	unsigned char head[16];
	int fd, read_it;
	long small;

	assert_non_null(c = plan_logcache_open(tmpdir));
	put_pair(c, 1, "A1");
	plan_logcache_close(c);
	small = cache_size();
	assert_true(small > 16 && small < 4096);
	fd = open(cache_file(), O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(ftruncate(fd, (off_t)size), 0);
	assert_int_equal(close(fd), 0);
	assert_int_equal(cache_size(), size);

	assert_non_null(c = plan_logcache_open(tmpdir));
	read_it = knows(c, 1, "A1");
	put_pair(c, 3, "B1");
	plan_logcache_close(c);

	/* Small again, with a header. */
	assert_true(cache_size() > 16 && cache_size() < 4096);
	fd = open(cache_file(), O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(read(fd, head, sizeof(head)), (ssize_t)sizeof(head));
	close(fd);
	assert_memory_equal(head, "planlog cache 5\n", sizeof(head));
	assert_non_null(c = plan_logcache_open(tmpdir));
	assert_true(knows(c, 3, "B1"));
	assert_int_equal(knows(c, 1, "A1"), read_it);
	plan_logcache_close(c);
	return read_it;
}

/* Allocations made by plan_logcache_open (failing from number fail_at on), or -1 when it fails. */
static long open_allocations(long fail_at)
{
	plan_logcache *c;
	long made;

	plan_alloc_fail_after(fail_at);
	c = plan_logcache_open(tmpdir);
	made = plan_alloc_fail_after(-1);
	if (!c)
		return -1;
	assert_int_equal(knows(c, 1, "A1"), 0);
	plan_logcache_close(c);
	return made;
}

/*
 * Reading a cache file at the limit takes 256 MiB of memory, too much for
 * every run of the unit tests.  Cheaply, the allocation that would hold
 * the file's bytes is made to fail: a file at the limit gets that far, one
 * past it does not.  The whole read runs when PLAN_TEST_BIG=1 is set in
 * the environment.  Past the limit, the file is not read and is started
 * afresh.
 */
static void test_logcache_size(void **state)
{
	const char *big = getenv("PLAN_TEST_BIG");
	long k;

	(void)state;
	/* Opening when there is no file: k allocations. */
	k = open_allocations(LONG_MAX);
	assert_true(k > 0);
	assert_int_equal(cache_size(), -1);
	/* The next one would be for the bytes of a file at the limit; none for one past it. */
	sparse_file("planlog.cache", PLAN_LOGCACHE_MAX_SIZE);
	assert_int_equal(open_allocations(k), k + 1);
	sparse_file("planlog.cache", PLAN_LOGCACHE_MAX_SIZE + 1);
	assert_int_equal(open_allocations(k), k);
	remove_tree(cache_file());

	/* One past, whole: not read, and started afresh. */
	assert_int_equal(grown_cache(PLAN_LOGCACHE_MAX_SIZE + 1), 0);
	if (big && strcmp(big, "1") == 0) {
		/* At the limit, whole: read, and cut back to what was read. */
		remove_tree(cache_file());
		assert_int_equal(grown_cache(PLAN_LOGCACHE_MAX_SIZE), 1);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST_FILES(test_include_depth),
		TEST(test_syntax_errors),
		TEST(test_encoding_errors),
		TEST(test_max_diags),
		TEST_FILES(test_file_size),
		TEST(test_binary_sniff),
		TEST(test_date_years),
		TEST(test_date_years_in_a_plan),
		TEST(test_echo_half),
		TEST(test_max_checks),
		TEST(test_large_file),
		TEST_GIT(test_git_path_tip),
		TEST_GIT(test_git_path_include),
		TEST_WALK(test_git_path_walk),
		TEST_GIT(test_git_path_index),
		TEST(test_record_key),
		TEST_WALK(test_record_key_walk),
		TEST_FILES(test_logcache_size),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
