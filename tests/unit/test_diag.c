/*
 * test_diag.c - sources and diagnostics (src/diag.h).
 *
 * Covered: plan_source_linecol (UTF-8 characters count as one column, a
 * tab as one; LF, CRLF and lone CR line breaks), in any order of lookups;
 * plan_source_linecol_unit (bytes, characters and UTF-16 code units);
 * plan_source_line_bounds; plan_diags_sorted (file-level first,
 * then by source index and offset, stable); plan_diags_write_text
 * ("path:line:col: severity: msg [check]", the source line, a caret under
 * the right character with tabs kept, control characters shown as '?',
 * long lines clipped with "..."); the PLAN_MAX_DIAGS limit.
 */
#include "helpers.h"

/* A source holding s, registered with a new set (*setp). */
static plan_source *source(plan_set **setp, const char *path, const char *s, size_t len)
{
	plan_source *src;

	if (!*setp)
		*setp = track(plan_set_new());
	assert_non_null(*setp);
	src = plan_source_new(*setp, path, s, len);
	assert_non_null(src);
	return src;
}

static void linecol(plan_source *src, size_t off, size_t want_line, size_t want_col)
{
	size_t line = 0, col = 0;

	plan_source_linecol(src, off, &line, &col);
	if (line != want_line || col != want_col)
		fprintf(stderr, "offset %zu: got %zu:%zu, want %zu:%zu\n", off, line, col,
			want_line, want_col);
	assert_int_equal(line, want_line);
	assert_int_equal(col, want_col);
}

/* "ab£c\n" "\tx€y\r\n" "z\r" "\r\n" "end" */
static const char mixed[] =
	"ab\xC2\xA3" "c\n"          /* line 1: offsets 0-5, '\n' at 5 */
	"\tx\xE2\x82\xAC" "y\r\n"   /* line 2: offsets 6-13, "\r\n" at 12 */
	"z\r"                       /* line 3: offsets 14-15 */
	"\r\n"                      /* line 4: offsets 16-17, empty */
	"end";                      /* line 5: offsets 18-20 */

static void check_mixed(plan_source *src)
{
	linecol(src, 0, 1, 1);      /* a */
	linecol(src, 1, 1, 2);      /* b */
	linecol(src, 2, 1, 3);      /* £ */
	linecol(src, 4, 1, 4);      /* c, after a two-byte character */
	linecol(src, 5, 1, 5);      /* the line break */
	linecol(src, 6, 2, 1);      /* tab */
	linecol(src, 7, 2, 2);      /* x: a tab is one column */
	linecol(src, 8, 2, 3);      /* € */
	linecol(src, 11, 2, 4);     /* y, after a three-byte character */
	linecol(src, 12, 2, 5);     /* \r of CRLF */
	linecol(src, 14, 3, 1);     /* z */
	linecol(src, 15, 3, 2);     /* lone \r */
	linecol(src, 16, 4, 1);     /* the empty line */
	linecol(src, 18, 5, 1);     /* e */
	linecol(src, 20, 5, 3);     /* d */
	linecol(src, 21, 5, 4);     /* the end of the source */
	linecol(src, 1000, 5, 4);   /* past it: clamped */
}

static void test_linecol(void **state)
{
	plan_set *set = NULL;
	plan_source *src = source(&set, "m.plan", mixed, sizeof(mixed) - 1);

	(void)state;
	check_mixed(src);
	release(set);
}

/* The line of off counted from the start, independently of diag.c. */
static size_t naive_line(const char *b, size_t len, size_t off)
{
	size_t i, n = 1;

	for (i = 0; i < off && i < len; i++)
		if (b[i] == '\n' || (b[i] == '\r' && (i + 1 == len || b[i + 1] != '\n')))
			n++;
	return n;
}

/*
 * Each lookup counts from the one before: the answers must not depend on
 * the order of the lookups (forwards, backwards, near or far, random).
 */
static void test_linecol_any_order(void **state)
{
	static const char text[] =
		"one\n\ntwo\r\nthree\rfour\r\r\n\n" "five \xE2\x82\xAC\n" "six\r" "seven";
	const size_t len = sizeof(text) - 1;
	plan_set *set = NULL;
	plan_source *src = source(&set, "o.plan", text, len);
	unsigned seed = 7;
	size_t off, k, line, col;

	(void)state;
	for (off = len + 1; off-- > 0;) {
		plan_source_linecol(src, off, &line, &col);
		assert_int_equal(line, naive_line(text, len, off));
	}
	for (off = 0; off <= len; off++) {
		plan_source_linecol(src, off, &line, &col);
		assert_int_equal(line, naive_line(text, len, off));
	}
	for (k = 0; k < 2000; k++) {
		seed = seed * 1103515245u + 12345u;
		off = (seed >> 8) % (len + 1);
		plan_source_linecol(src, off, &line, &col);
		assert_int_equal(line, naive_line(text, len, off));
	}
	/* The mixed source, looked up backwards. */
	src = source(&set, "m.plan", mixed, sizeof(mixed) - 1);
	linecol(src, 21, 5, 4);
	linecol(src, 16, 4, 1);
	linecol(src, 15, 3, 2);
	linecol(src, 12, 2, 5);
	linecol(src, 5, 1, 5);
	linecol(src, 0, 1, 1);
	linecol(src, 18, 5, 1);
	release(set);
}

/*
 * The three column units on one line: "aé€😀b", 1, 2, 3 and 4 bytes, after
 * a byte order mark, which no unit counts.
 */
static void test_column_units(void **state)
{
	static const char text[] = "\xEF\xBB\xBF" "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80" "b\n";
	static const struct { size_t off, chr, byte, utf16; } want[] = {
		{ 3, 1, 1, 1 },       /* a */
		{ 4, 2, 2, 2 },       /* é */
		{ 6, 3, 4, 3 },       /* € */
		{ 9, 4, 7, 4 },       /* 😀, outside the BMP */
		{ 13, 5, 11, 6 },     /* b: after a surrogate pair in UTF-16 */
		{ 14, 6, 12, 7 },     /* the line break */
	};
	plan_set *set = NULL;
	plan_source *src = source(&set, "u.plan", text, sizeof(text) - 1);
	size_t i, line, col;

	(void)state;
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		plan_source_linecol_unit(src, want[i].off, PLAN_COLUMN_CHAR, &line, &col);
		assert_int_equal(line, 1);
		assert_int_equal(col, want[i].chr);
		plan_source_linecol_unit(src, want[i].off, PLAN_COLUMN_BYTE, &line, &col);
		assert_int_equal(col, want[i].byte);
		plan_source_linecol_unit(src, want[i].off, PLAN_COLUMN_UTF16, &line, &col);
		assert_int_equal(col, want[i].utf16);
	}
	release(set);
}

static void test_line_bounds(void **state)
{
	plan_set *set = NULL;
	plan_source *src = source(&set, "m.plan", mixed, sizeof(mixed) - 1);
	size_t s, e;

	(void)state;
	plan_source_line_bounds(src, 2, &s, &e);
	assert_int_equal(s, 0);
	assert_int_equal(e, 5);
	/* The end excludes the whole CRLF. */
	plan_source_line_bounds(src, 9, &s, &e);
	assert_int_equal(s, 6);
	assert_int_equal(e, 12);
	plan_source_line_bounds(src, 14, &s, &e);
	assert_int_equal(s, 14);
	assert_int_equal(e, 15);
	plan_source_line_bounds(src, 16, &s, &e);
	assert_int_equal(s, 16);
	assert_int_equal(e, 16);
	plan_source_line_bounds(src, 19, &s, &e);
	assert_int_equal(s, 18);
	assert_int_equal(e, 21);
	release(set);
}

/* A source that ends with a line break has an empty last line. */
static void test_linecol_final_break(void **state)
{
	plan_set *set = NULL;
	plan_source *lf = source(&set, "a.plan", "ab\n", 3);
	plan_source *cr = source(&set, "b.plan", "ab\r", 3);
	plan_source *crlf = source(&set, "c.plan", "ab\r\n", 4);
	plan_source *empty = source(&set, "d.plan", "", 0);

	(void)state;
	linecol(lf, 3, 2, 1);
	linecol(cr, 3, 2, 1);
	linecol(crlf, 4, 2, 1);
	linecol(crlf, 3, 1, 4);
	linecol(empty, 0, 1, 1);
	release(set);
}

static void add(plan_set *set, plan_source *src, size_t start, size_t end, const char *msg)
{
	plan_span s;

	s.start = start;
	s.end = end;
	plan_diag_add(&set->diags, PLAN_SEV_ERROR, "test", src, s, "%s", msg);
}

static void test_sorted(void **state)
{
	plan_set *set = NULL;
	plan_source *a = source(&set, "a.plan", "0123456789\n0123456789\n", 22);
	plan_source *b = source(&set, "b.plan", "0123456789\n", 11);
	plan_diag **v;
	const char *want[] = { "file-1", "file-2", "a@0", "a@5-first", "a@5-second",
			       "a@5-third", "a@15", "b@0", "b@3" };
	size_t i;

	(void)state;
	assert_int_equal(a->index, 0);
	assert_int_equal(b->index, 1);
	add(set, b, 3, 4, "b@3");
	add(set, a, 15, 16, "a@15");
	add(set, a, 5, 9, "a@5-first");
	plan_diag_file(&set->diags, PLAN_SEV_ERROR, "test", "x.plan", "file-1");
	add(set, b, 0, 1, "b@0");
	add(set, a, 5, 6, "a@5-second");
	add(set, a, 0, 1, "a@0");
	plan_diag_file(&set->diags, PLAN_SEV_NOTE, "test", NULL, "file-2");
	add(set, a, 5, 5, "a@5-third");
	assert_int_equal(set->diags.total, 9);
	v = plan_diags_sorted(&set->diags);
	assert_non_null(v);
	for (i = 0; i < 9; i++)
		assert_string_equal(v[i]->msg, want[i]);
	/* The list itself keeps the order they were made in. */
	assert_string_equal(set->diags.head->msg, "b@3");
	assert_string_equal(set->diags.tail->msg, "a@5-third");
	release(set);
}

/* Writes the diagnostics of set to a tmpfile and returns what was written. */
static char *written(plan_set *set)
{
	FILE *f = tmpfile();
	long n;
	char *s;

	assert_non_null(f);
	assert_int_equal(plan_diags_write_text(&set->diags, f, "plancheck"), 0);
	n = ftell(f);
	assert_true(n >= 0);
	rewind(f);
	s = malloc((size_t)n + 1);
	assert_non_null(s);
	assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
	s[n] = '\0';
	fclose(f);
	return s;
}

static void test_write_text(void **state)
{
	static const char text[] =
		"plan P T\n"
		"  note a\tb caf\xC3\xA9 XYZ end\n";
	plan_set *set = NULL;
	plan_source *src = source(&set, "dir/x.plan", text, sizeof(text) - 1);
	size_t x = (size_t)(strstr(text, "XYZ") - text);
	char *out;

	(void)state;
	/* On "XYZ": col 17 ("  note a", tab, "b café " before it). */
	plan_diag_add(&set->diags, PLAN_SEV_ERROR, "lead", src,
		      (plan_span){ x, x + 3 }, "bad %s", "thing");
	plan_diag_add(&set->diags, PLAN_SEV_WARNING, "style", src,
		      (plan_span){ 0, 4 }, "a warning");
	plan_diag_file(&set->diags, PLAN_SEV_NOTE, "io", "other.plan", "about a file");
	out = written(set);
	assert_string_equal(out,
		"other.plan: note: about a file [io]\n"
		"dir/x.plan:1:1: warning: a warning [style]\n"
		"  plan P T\n"
		"  ^~~~\n"
		"dir/x.plan:2:17: error: bad thing [lead]\n"
		"    note a\tb caf\xC3\xA9 XYZ end\n"
		"          \t       ^~~\n");
	free(out);
	release(set);
}

/* The caret of a span on a multibyte character, and of an empty span at the line end. */
static void test_write_text_caret_multibyte(void **state)
{
	static const char text[] = "\xC2\xA3\xC2\xA3 \xE2\x82\xAC\xE2\x82\xAC!\n";
	plan_set *set = NULL;
	plan_source *src = source(&set, "u.plan", text, sizeof(text) - 1);
	char *out;

	(void)state;
	/* "€€" is two characters: one caret, one tilde. */
	add(set, src, 5, 11, "euros");
	add(set, src, 12, 12, "eol");
	out = written(set);
	assert_string_equal(out,
		"u.plan:1:4: error: euros [test]\n"
		"  \xC2\xA3\xC2\xA3 \xE2\x82\xAC\xE2\x82\xAC!\n"
		"     ^~\n"
		"u.plan:1:7: error: eol [test]\n"
		"  \xC2\xA3\xC2\xA3 \xE2\x82\xAC\xE2\x82\xAC!\n"
		"        ^\n");
	free(out);
	release(set);
}

static void test_write_text_control_chars(void **state)
{
	static const char text[] = "  note a\x01" "b\x7f" "c\x1b[31m X\n";
	plan_set *set = NULL;
	plan_source *src = source(&set, "c.plan", text, sizeof(text) - 1);
	size_t x = (size_t)(strchr(text, 'X') - text);
	char *out;

	(void)state;
	add(set, src, x, x + 1, "msg");
	out = written(set);
	assert_string_equal(out,
		"c.plan:1:19: error: msg [test]\n"
		"    note a?b?c?[31m X\n"
		"  " "                  " "^\n");  /* 18 columns before the X */
	/* Nothing below 0x20 but the line breaks and the tab of the caret line. */
	{
		const char *p;
		for (p = out; *p; p++)
			assert_true((unsigned char)*p >= 0x20 || *p == '\n' || *p == '\t');
	}
	free(out);
	release(set);
}

static void test_write_text_long_line(void **state)
{
	char text[301 + 1];
	char want[1024], *w = want;
	plan_set *set = NULL;
	plan_source *src;
	char *out;

	(void)state;
	memset(text, 'a', 300);
	text[150] = 'X';
	text[300] = '\n';
	text[301] = '\0';
	src = source(&set, "l.plan", text, 301);
	add(set, src, 150, 151, "long");
	out = written(set);
	/* 80 bytes each side of the caret. */
	w += sprintf(w, "l.plan:1:151: error: long [test]\n  ...");
	memcpy(w, text + 70, 160);
	w += 160;
	w += sprintf(w, "...\n     ");
	memset(w, ' ', 80);
	w += 80;
	w += sprintf(w, "^\n");
	assert_string_equal(out, want);
	/* Never more than about 170 characters on one line. */
	assert_true(strlen(out) < 2 * 200);
	free(out);
	release(set);
}

/* Clipping never cuts a UTF-8 character in two. */
static void test_write_text_long_line_utf8(void **state)
{
	char text[3 * 200 + 2];
	plan_set *set = NULL;
	plan_source *src;
	char *out, *line2;
	size_t i;

	(void)state;
	for (i = 0; i < 200; i++)
		memcpy(text + 3 * i, "\xE2\x82\xAC", 3);
	text[600] = '\n';
	text[601] = '\0';
	src = source(&set, "e.plan", text, 601);
	add(set, src, 300, 303, "euro");
	out = written(set);
	line2 = strchr(out, '\n') + 1;
	assert_memory_equal(line2, "  ...\xE2\x82\xAC", 8);
	/* Between the dots only whole euro signs. */
	{
		char *end = strstr(line2 + 5, "...");
		assert_non_null(end);
		assert_int_equal((end - (line2 + 5)) % 3, 0);
	}
	free(out);
	release(set);
}

static void test_max_diags(void **state)
{
	plan_set *set = NULL;
	plan_source *src = source(&set, "m.plan", "x\n", 2);
	size_t i, n = 0;
	const plan_diag *g;
	char *out;

	(void)state;
	for (i = 0; i < PLAN_MAX_DIAGS + 5; i++)
		add(set, src, 0, 1, "many");
	/* A note past the limit is not counted either. */
	plan_diag_add(&set->diags, PLAN_SEV_NOTE, "test", src, (plan_span){ 0, 1 }, "late note");
	assert_int_equal(set->diags.total, PLAN_MAX_DIAGS);
	assert_true(set->diags.truncated);
	for (g = set->diags.head; g; g = g->next)
		n++;
	assert_int_equal(n, PLAN_MAX_DIAGS);
	/* Errors past the limit still count, so that the run still fails. */
	assert_int_equal(set->diags.count[PLAN_SEV_ERROR], PLAN_MAX_DIAGS + 5);
	assert_int_equal(set->diags.count[PLAN_SEV_NOTE], 0);
	assert_null(find_diag(set, -1, "late note"));
	out = written(set);
	assert_non_null(strstr(out, "stopped after 1000 diagnostics"));
	free(out);
	release(set);
}

static void test_severity_names(void **state)
{
	(void)state;
	assert_string_equal(plan_severity_name(PLAN_SEV_ERROR), "error");
	assert_string_equal(plan_severity_name(PLAN_SEV_WARNING), "warning");
	assert_string_equal(plan_severity_name(PLAN_SEV_NOTE), "note");
}

/* Through the parser: the caret of a real error, with a tab in front of it. */
static void test_write_text_from_parse(void **state)
{
	plan_set *set;
	char *out;

	(void)state;
	set = parse("plan P T\naction A1\n\tdue\tOctobr 2015\n");
	assert_errors(set, 1);
	out = written(set);
	assert_non_null(strstr(out, "t.plan:3:6: error: "));
	assert_non_null(strstr(out, "[syntax]\n  \tdue\tOctobr 2015\n  \t   \t^~~~~~~~~~~\n"));
	free(out);
	release(set);
}

/* What may reach a terminal: each unsafe character becomes one '?'. */
static void test_write_safe(void **state)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{ "plain text, tab\there", "plain text, tab\there" },
		{ "esc \033[31m bell \a del \177", "esc ?[31m bell ? del ?" },
		{ "C1 \xc2\x9b and \xc2\x80; nbsp \xc2\xa0 kept", "C1 ? and ?; nbsp \xc2\xa0 kept" },
		{ "LRE \xe2\x80\xaa RLO \xe2\x80\xae", "LRE ? RLO ?" },
		{ "LRI \xe2\x81\xa6 PDI \xe2\x81\xa9", "LRI ? PDI ?" },
		/* Neighbours that are fine: U+2029, U+202F, U+2065, U+206A, RLM. */
		{ "\xe2\x80\xa9\xe2\x80\xaf\xe2\x81\xa5\xe2\x81\xaa\xe2\x80\x8f",
		  "\xe2\x80\xa9\xe2\x80\xaf\xe2\x81\xa5\xe2\x81\xaa\xe2\x80\x8f" },
		/* A sequence cut by the end is not read past it, nor written. */
		{ "cut \xe2\x80", "cut ??" },
		/* Bytes that start no character: Latin-1, and a raw C1 CSI. */
		{ "Ren\xe9 \x9b" "31m", "Ren? ?31m" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char buf[256];
		FILE *f = fmemopen(buf, sizeof(buf), "w");
		assert_non_null(f);
		plan_write_safe(f, cases[i].in, strlen(cases[i].in));
		fclose(f);
		assert_string_equal(buf, cases[i].out);
	}
	assert_int_equal(plan_unsafe_len("\xe2\x80\xae", 0, 2), 1);
	assert_int_equal(plan_unsafe_len("\xe2\x80\xae", 0, 3), 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_linecol),
		TEST(test_write_safe),
		TEST(test_linecol_any_order),
		TEST(test_line_bounds),
		TEST(test_linecol_final_break),
		TEST(test_column_units),
		TEST(test_sorted),
		TEST(test_write_text),
		TEST(test_write_text_caret_multibyte),
		TEST(test_write_text_control_chars),
		TEST(test_write_text_long_line),
		TEST(test_write_text_long_line_utf8),
		TEST(test_max_diags),
		TEST(test_severity_names),
		TEST(test_write_text_from_parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
