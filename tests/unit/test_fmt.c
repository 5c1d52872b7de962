/*
 * test_fmt.c - planfmt's canonical form (src/fmt.c) and its diff
 * (src/udiff.c).
 *
 * The property test reads every plan of the tree: the .plan files of plans/ and
 * of its directories, tests/cli/data (every file, recursively), fuzz/corpus
 * and fuzz/seeds (most of the fuzzer's inputs have syntax errors, and
 * are only read).  For each file without syntax errors it checks that
 *   - formatting the formatted text changes nothing (idempotent);
 *   - the formatted text parses without a syntax error;
 *   - the model is the same: the JSON export (plan_json_model) of the
 *     file and of its formatted text are equal, leaving out "source" and
 *     "written" (positions move, dates are respelt: their value is
 *     compared) and comparing prose (statements, measures, notes, update
 *     texts) word by word, paragraph by paragraph (re-wrapping moves its
 *     line breaks, and blanks around a line's text go).
 * both at the default width and at a narrow one (32), where much more is
 * filled.  Then unit tests of the rules themselves and of the diff (its
 * output applied as patch applies it must give the new text back).
 */
#include "helpers.h"

#include <fnmatch.h>
#include <jansson.h>

#include "alloc.h"
#include "error.h"
#include "fmt.h"
#include "json.h"
#include "udiff.h"

/* Reads path into a plan_malloc'ed buffer; NULL when it cannot. */
static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (buf = plan_malloc((size_t)n + 1)) != NULL) {
		*len = fread(buf, 1, (size_t)n, f);
		buf[*len] = '\0';
	}
	fclose(f);
	return buf;
}

/* Whether bytes s[0..n) at i start a blank: space, tab, line break, or a space that does not count. */
static size_t blank_at(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
		return 1;
	if (i + 1 < n && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (i + 2 < n && u[0] == 0xE2 && u[1] == 0x80 && (u[2] <= 0x8B || u[2] == 0xAF))
		return 3;
	if (i + 2 < n && ((u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F) ||
			  (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) ||
			  (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)))
		return 3;
	return 0;
}

/* Prose as words and paragraphs: each run of blanks one space, or " | " when it holds a blank line. */
static json_t *words(const char *s)
{
	size_t n = strlen(s), i = 0, o = 0, k;
	char *w = plan_malloc(n * 3 + 4);
	json_t *j;

	assert_non_null(w);
	while (i < n) {
		if ((k = blank_at(s, n, i)) != 0) {
			int lines = 0;
			while (i < n && (k = blank_at(s, n, i)) != 0) {
				lines += s[i] == '\n';
				i += k;
			}
			if (o && i < n) {
				if (lines >= 2) {
					memcpy(w + o, " | ", 3);
					o += 3;
				} else {
					w[o++] = ' ';
				}
			}
			continue;
		}
		w[o++] = s[i++];
	}
	w[o] = '\0';
	j = json_string(w);
	plan_free(w);
	return j;
}

static int prose_key(const char *key)
{
	return strcmp(key, "statement") == 0 || strcmp(key, "measure") == 0 ||
	       strcmp(key, "measures") == 0 || strcmp(key, "notes") == 0 ||
	       strcmp(key, "note") == 0 || strcmp(key, "text") == 0;
}

/*
 * j without "source" and "written", its prose as words.  mode: 1, j is
 * prose (under a prose key); 0, it is not; -1, it is under "leads",
 * whose "text" is a lead's, kept line for line.
 */
static json_t *normal(json_t *j, int mode)
{
	if (json_is_object(j)) {
		json_t *o = json_object(), *v;
		const char *key;
		json_object_foreach(j, key, v) {
			if (strcmp(key, "source") == 0 || strcmp(key, "written") == 0)
				continue;
			json_object_set_new(o, key, normal(v, mode < 0 || strcmp(key, "leads") == 0 ? -1 :
							      prose_key(key)));
		}
		return o;
	}
	if (json_is_array(j)) {
		json_t *a = json_array(), *v;
		size_t i;
		json_array_foreach(j, i, v)
			json_array_append_new(a, normal(v, mode));
		return a;
	}
	if (json_is_string(j) && mode == 1)
		return words(json_string_value(j));
	return json_deep_copy(j);
}

/* The model of bytes read as the file path, as JSON (normal). */
static json_t *model_of(const char *path, const char *bytes, size_t len)
{
	plan_set *set = plan_set_new();
	json_t *j, *n;

	assert_non_null(set);
	plan_load_buffer(set, path, bytes, len);
	plan_set_link(set);
	j = plan_json_model(set, plan_day_number(2019, 6, 1), NULL);
	assert_non_null(j);
	n = normal(j, 0);
	json_decref(j);
	plan_set_free(set);
	return n;
}

static int nfiles, nformatted;

/* The property, for one file. */
static int check_width(const char *path, char *in, size_t len, int width);

static int nmessy, nmessy_formatted;

/*
 * in[0..len) made messy as text pasted from Word is, line by line: a
 * field's line indented with non-breaking spaces, a keyword in capitals,
 * blanks at the ends of lines, text lines split in two, blank lines
 * doubled.  Returns it (plan_malloc'ed; *out_len bytes).
 */
static char *messy(const char *in, size_t len, size_t *out_len)
{
	char *o = plan_malloc(len * 3 + 64);
	size_t i = 0, k = 0, line = 0;

	assert_non_null(o);
	while (i < len) {
		const char *nl = memchr(in + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - in) : len, ws = 0, w;
		const char *l = in + i;
		size_t n = e - i;

		while (ws < n && l[ws] == ' ')
			ws++;
		for (w = ws; w < n && l[w] >= 'a' && l[w] <= 'z'; w++)
			;
		line++;
		if (ws == 2 && w > ws && w < n && l[w] == ' ' && line % 3 == 0) {
			/* "  lead X" -> "\u00a0\u00a0LEAD X" */
			memcpy(o + k, "\xC2\xA0\xC2\xA0", 4);
			k += 4;
			for (size_t c = ws; c < w; c++)
				o[k++] = (char)(l[c] - 32);
			memcpy(o + k, l + w, n - w);
			k += n - w;
		} else if (ws == 4 && line % 2 == 0 && memchr(l + ws, ' ', n - ws)) {
			/* A text line split at its first space. */
			const char *sp = memchr(l + ws, ' ', n - ws);
			memcpy(o + k, l, (size_t)(sp - l));
			k += (size_t)(sp - l);
			memcpy(o + k, "\n    ", 5);
			k += 5;
			memcpy(o + k, sp + 1, (size_t)(l + n - sp - 1));
			k += (size_t)(l + n - sp - 1);
		} else {
			memcpy(o + k, l, n);
			k += n;
		}
		if (line % 5 == 0 && n)
			o[k++] = ' ', o[k++] = '\t';
		if (nl)
			o[k++] = '\n';
		if (nl && n == 0)
			o[k++] = '\n';
		i = e + (nl != NULL);
	}
	o[k] = '\0';
	*out_len = k;
	nmessy++;
	return o;
}

/* The property, for one file, at the default width and at a narrow one, where more is filled. */
static void check_file(const char *path)
{
	size_t len;
	char *in = slurp(path, &len);

	if (!in)
		return;
	nfiles++;
	nformatted += check_width(path, in, len, PLAN_FMT_WIDTH);
	in = slurp(path, &len);
	check_width(path, in, len, 32);
	if ((in = slurp(path, &len)) != NULL) {
		char *m = messy(in, len, &len);
		plan_free(in);
		nmessy_formatted += check_width(path, m, len, PLAN_FMT_WIDTH);
	}
}

/* The property at width; frees in.  Whether the file could be formatted. */
static int check_width(const char *path, char *in, size_t len, int width)
{
	plan_fmt_options opt = PLAN_FMT_OPTIONS_INIT;
	size_t n1, n2;
	char *out1, *out2;
	plan_set *set;
	int rc;

	opt.width = width;
	set = plan_set_new();
	assert_non_null(set);
	rc = plan_fmt(set, path, in, len, &opt, &out1, &n1);
	plan_set_free(set);
	if (rc == PLAN_EINVALID) {
		plan_free(in);
		return 0;
	}
	assert_int_equal(rc, PLAN_OK);

	set = plan_set_new();
	rc = plan_fmt(set, path, out1, n1, &opt, &out2, &n2);
	if (rc != PLAN_OK) {
		fprintf(stderr, "%s: the formatted text does not parse:\n%s", path, out1);
		dump_diags(set);
	}
	plan_set_free(set);
	assert_int_equal(rc, PLAN_OK);
	if (n1 != n2 || memcmp(out1, out2, n1) != 0) {
		char *d;
		size_t dn;
		assert_int_equal(plan_udiff(path, out1, n1, out2, n2, &d, &dn), 0);
		fprintf(stderr, "%s: not idempotent:\n%s", path, d);
		plan_free(d);
		fail();
	}
	{
		json_t *a = model_of(path, in, len), *b = model_of(path, out1, n1);
		if (!json_equal(a, b)) {
			char *sa = json_dumps(a, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
			char *sb = json_dumps(b, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
			char *d;
			size_t dn;
			assert_int_equal(plan_udiff(path, sa, strlen(sa), sb, strlen(sb), &d, &dn), 0);
			fprintf(stderr, "%s: the model changed:\n%s", path, d);
			plan_free(d);
			free(sa);
			free(sb);
			fail();
		}
		json_decref(a);
		json_decref(b);
	}
	plan_free(out1);
	plan_free(out2);
	plan_free(in);
	return 1;
}

/* Every regular file under dir (recursively with deep), whose name matches glob. */
static void check_dir(const char *dir, const char *glob, int deep)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[4096];

	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		struct stat st;
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (lstat(path, &st) < 0)
			continue;
		if (S_ISDIR(st.st_mode) && deep)
			check_dir(path, glob, deep);
		else if (S_ISREG(st.st_mode) && fnmatch(glob, e->d_name, 0) == 0)
			check_file(path);
	}
	closedir(d);
}

static void test_corpus(void **state)
{
	(void)state;
	plan_json_begin();
	check_dir("plans", "*.plan", 0);
	check_dir("plans/vve-2018-19", "*.plan", 0);
	check_dir("tests/cli/data", "*", 1);
	check_dir("fuzz/corpus", "*", 0);
	check_dir("fuzz/seeds", "*", 0);
	fprintf(stderr, "fmt: %d files read, %d formatted and checked; %d made messy, %d of them checked\n",
		nfiles, nformatted, nmessy, nmessy_formatted);
	/* The corpus is there, and most of it parses. */
	assert_true(nfiles > 900);
	assert_true(nformatted > 140);
	assert_true(nmessy_formatted > 100);
}

/* Formats text with width; the result, plan_malloc'ed (NULL: syntax errors). */
static char *fmt(const char *text, int width)
{
	plan_fmt_options opt = PLAN_FMT_OPTIONS_INIT;
	plan_set *set = plan_set_new();
	char *out;
	size_t n;
	int rc;

	opt.width = width;
	rc = plan_fmt(set, "t.plan", text, strlen(text), &opt, &out, &n);
	plan_set_free(set);
	assert_true(rc == PLAN_OK || rc == PLAN_EINVALID);
	return out;
}

static void expect(const char *in, const char *want, int width)
{
	char *got = fmt(in, width);

	assert_non_null(got);
	if (strcmp(got, want) != 0)
		fprintf(stderr, "got:\n%s---\nwant:\n%s---\n", got, want);
	assert_string_equal(got, want);
	plan_free(got);
}

static void test_heads(void **state)
{
	(void)state;
	expect("\xEF\xBB\xBFPLAN  P1   Title  here\r\n\tPeriod 2019/2020\r\n"
	       "\xC2\xA0\xC2\xA0Quarters Financial\r\nAction A1. Do it\n  DUE  Q3 2019 , later\n"
	       "  review every 3 months\n  REVIEW november annually\n  start 1st of March 2019\n"
	       "  Decision 17/05/2019 Continued 2019-20\n  update 31.03.2019 GREEN BY  Police\n"
	       "  Organization Harrow Council\n",
	       "plan P1 Title  here\n  period 2019/20\n  quarters Financial\n\naction A1 Do it\n"
	       "  due Q3 2019, later\n  review quarterly\n  review annually in November\n"
	       "  start 2019-03-01\n  decision 2019-05-17 continued into 2019/20\n"
	       "  update 2019-03-31 green by Police\n  organisation Harrow Council\n", 88);
	/* A figure's date is respelt; its value is not touched, nor its place after a colon. */
	expect("plan P\nobjective O\n  measure M\n  baseline Mar-19: 5 panels\n  target 2019/2020 7\n",
	       "plan P\n\nobjective O\n  measure M\n  baseline 2019-03: 5 panels\n  target 2019/20 7\n", 88);
	/* A financial year run into "Q3" keeps its spelling ("2019/20 Q3" would be a quarter). */
	expect("2019-20 Q3 green\n  Text.\n", "2019-20 Q3 green\n  Text.\n", 88);
	/* Separate-form updates at the margin, their text two in; a field after one stays out of it. */
	expect("plan P\naction A\n  lead X\n  31/03/2019 A amber by Me\n      It went.\n",
	       "plan P\n\naction A\n  lead X\n2019-03-31 A amber by Me\n  It went.\n", 88);
}

static void test_prose(void **state)
{
	(void)state;
	/* A paragraph's own breaks are filled; a list keeps its lines; so does a short line. */
	expect("plan P\n  statement One two three four five six seven eight nine ten eleven twelve\n"
	       "      thirteen fourteen.\n\n      Items:\n      - first\n      - second\n"
	       "      Short line.\n      And then a long line that goes on and on, and on again\n"
	       "      and ends here.\n",
	       "plan P\n  statement One two three four five six seven eight nine ten\n"
	       "    eleven twelve thirteen fourteen.\n\n    Items:\n    - first\n    - second\n"
	       "    Short line.\n    And then a long line that goes on and on, and on again\n"
	       "    and ends here.\n", 60);
	/* A word that starts with '#' never starts a line: it would be a comment. */
	expect("plan P\n  note aaaa bbbb\n    cccc dddddd #3 eeee\n",
	       "plan P\n  note aaaa bbbb cccc dddddd #3\n    eeee\n", 30);
	/* A blank line after a field's own text is a paragraph break, prose or not;
	 * after an update's line, which has none, it means nothing. */
	expect("plan P\naction A\n  title X\n\n    more\n  update\n\n    Text.\n  note N\n\n\n    more\n",
	       "plan P\n\naction A\n  title X\n\n    more\n  update\n    Text.\n  note N\n\n    more\n", 88);
	/* Titles and leads are not prose: their lines stay. */
	expect("plan P\naction A\n  title A long title written over\n     two lines\n",
	       "plan P\n\naction A\n  title A long title written over\n    two lines\n", 88);
	/* Comments stay where they are; blank lines: one before a directive, runs of them one. */
	expect("\n\n# top\nplan P\n# about A\naction A\n\n\n  lead X\n    # inside\n    more\n# end\n\n",
	       "# top\nplan P\n\n# about A\naction A\n\n  lead X\n    # inside\n    more\n# end\n", 88);
}

static void test_refuses(void **state)
{
	char *out;

	(void)state;
	/* Syntax errors and invalid UTF-8: not formatted. */
	assert_null(out = fmt("plan P\n  laed X\n", 88));
	assert_null(out = fmt("plan P\n  note caf\xE9\n", 88));
	assert_null(out = fmt("plan P\naction A\n  due 31/02/2019\n", 88));
}

static void diff_is(const char *a, const char *b, const char *want)
{
	char *d;
	size_t n;

	assert_int_equal(plan_udiff("x", a, strlen(a), b, strlen(b), &d, &n), 0);
	if (strcmp(d, want) != 0)
		fprintf(stderr, "got:\n%s---\n", d);
	assert_string_equal(d, want);
	plan_free(d);
}

static void test_diff(void **state)
{
	(void)state;
	diff_is("a\nb\n", "a\nb\n", "");
	diff_is("a\nb\nc\n", "a\nB\nc\n", "--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
	diff_is("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\nX\n3\n4\n5\n6\n7\n8\n9\n10\n11\nY\n",
		"--- a/x\n+++ b/x\n@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n"
		"@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+Y\n");
	diff_is("a\nb", "a\nb\n", "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
	diff_is("", "a\n", "--- a/x\n+++ b/x\n@@ -0,0 +1,1 @@\n+a\n");
}

/*
 * Applies the unified diff d to a (what patch does, checking every
 * context and removed line against a), into a plan_malloc'ed text.
 */
static char *apply(const char *a, const char *d)
{
	size_t alen = strlen(a), ai = 0, o = 0, line = 0;   /* line: a's lines read */
	char *out = plan_malloc(alen + strlen(d) + 1);
	const char *p = d;

	assert_non_null(out);
	if (*p) {
		assert_true(strncmp(p, "--- a/", 6) == 0);
		p = strchr(p, '\n') + 1;
		assert_true(strncmp(p, "+++ b/", 6) == 0);
		p = strchr(p, '\n') + 1;
	}
	while (*p) {
		size_t from, na;
		assert_int_equal(sscanf(p, "@@ -%zu,%zu", &from, &na), 2);
		p = strchr(p, '\n') + 1;
		/* Copy a up to the hunk's first line (from is 1-based; 0 for none). */
		if (na == 0)
			from++;
		while (line + 1 < from) {
			const char *nl = memchr(a + ai, '\n', alen - ai);
			size_t e = nl ? (size_t)(nl - a) + 1 : alen;
			memcpy(out + o, a + ai, e - ai);
			o += e - ai;
			ai = e;
			line++;
		}
		while (*p == ' ' || *p == '-' || *p == '+') {
			char mark = *p++;
			const char *nl = strchr(p, '\n');
			size_t n = (size_t)(nl - p) + 1;
			static const char no_nl[] = "\\ No newline at end of file\n";
			int no_eol = strncmp(nl + 1, no_nl, sizeof(no_nl) - 1) == 0;
			if (no_eol)
				n--;
			if (mark != '+') {
				assert_true(ai + n <= alen);
				assert_memory_equal(a + ai, p, n);
				ai += n;
				line++;
			}
			if (mark != '-') {
				memcpy(out + o, p, n);
				o += n;
			}
			p = nl + 1 + (no_eol ? sizeof(no_nl) - 1 : 0);
		}
	}
	memcpy(out + o, a + ai, alen - ai);
	o += alen - ai;
	out[o] = '\0';
	return out;
}

/* Random texts of few distinct lines, and their diffs applied: the diff takes a to b. */
static void test_diff_random(void **state)
{
	static const char *const words[] = { "a\n", "b\n", "c\n", "d\n", "a long line\n", "\n" };
	unsigned seed = 12345;
	int round;

	(void)state;
	for (round = 0; round < 3000; round++) {
		char a[512], b[512], *d, *got;
		size_t na = 0, nb = 0, k, dn;
		int la, lb;
		a[0] = b[0] = '\0';
		seed = seed * 1103515245u + 12345u;
		la = (int)(seed >> 16) % 24;
		seed = seed * 1103515245u + 12345u;
		lb = (int)(seed >> 16) % 24;
		for (k = 0; k < (size_t)la; k++) {
			seed = seed * 1103515245u + 12345u;
			na += (size_t)snprintf(a + na, sizeof(a) - na, "%s", words[(seed >> 16) % 6]);
		}
		for (k = 0; k < (size_t)lb; k++) {
			seed = seed * 1103515245u + 12345u;
			/* b is mostly a, with some lines changed. */
			if (k < (size_t)la && (seed >> 16) % 3)
				nb += (size_t)snprintf(b + nb, sizeof(b) - nb, "%s", words[k % 6]);
			else
				nb += (size_t)snprintf(b + nb, sizeof(b) - nb, "%s", words[(seed >> 20) % 6]);
		}
		/* Now and then a last line without its line break. */
		if (round % 7 == 0 && na && a[na - 1] == '\n')
			a[--na] = '\0';
		if (round % 11 == 0 && nb && b[nb - 1] == '\n')
			b[--nb] = '\0';
		assert_int_equal(plan_udiff("x", a, na, b, nb, &d, &dn), 0);
		got = apply(a, d);
		if (strcmp(got, b) != 0)
			fprintf(stderr, "a:\n%s---\nb:\n%s---\ndiff:\n%s---\ngot:\n%s---\n", a, b, d, got);
		assert_string_equal(got, b);
		plan_free(got);
		plan_free(d);
	}
}

/*
 * Texts too long for the table (6000 lines, some repeated): cut at their
 * anchors, the diff takes a to b, and shows few more lines than changed.
 */
static void test_diff_anchors(void **state)
{
	unsigned seed = 777;
	int round;

	(void)state;
	for (round = 0; round < 6; round++) {
		size_t cap = 6000 * 24, na = 0, nb = 0, k, dn, changed = 0, shown = 0;
		char *a = plan_malloc(cap), *b = plan_malloc(cap), *d, *got, *p;
		assert_non_null(a);
		assert_non_null(b);
		for (k = 0; k < 6000; k++) {
			int r;
			seed = seed * 1103515245u + 12345u;
			r = (int)((seed >> 16) % 100);
			/* Every tenth line is one of a few, as blank lines and "}" are. */
			if (k % 10 == 0)
				na += (size_t)snprintf(a + na, cap - na, "common %zu\n", k % 3);
			else
				na += (size_t)snprintf(a + na, cap - na, "line %zu\n", k);
			if (r < 2) {
				changed++;                               /* changed */
				nb += (size_t)snprintf(b + nb, cap - nb, "new %zu\n", k);
			} else if (r < 3) {
				changed++;                               /* removed */
			} else if (k % 10 == 0) {
				nb += (size_t)snprintf(b + nb, cap - nb, "common %zu\n", k % 3);
			} else {
				nb += (size_t)snprintf(b + nb, cap - nb, "line %zu\n", k);
			}
		}
		assert_int_equal(plan_udiff("x", a, na, b, nb, &d, &dn), 0);
		got = apply(a, d);
		assert_string_equal(got, b);
		for (p = d; (p = strchr(p, '\n')) != NULL; p++)
			shown += p[1] == '-' || p[1] == '+';
		/* Each change shows a line or two, not the whole text. */
		assert_true(shown <= 2 * changed + 2);
		plan_free(got);
		plan_free(d);
		plan_free(a);
		plan_free(b);
	}
}

/* Lines "x", "c", "x", "c", ... "x" (n of them, n odd): x's apart, c's in common. */
static char *alternate(size_t n, char x)
{
	char *s = plan_malloc(2 * n + 1);
	size_t i;

	assert_non_null(s);
	for (i = 0; i < n; i++) {
		s[2 * i] = i % 2 ? 'c' : x;
		s[2 * i + 1] = '\n';
	}
	s[2 * n] = '\0';
	return s;
}

/* Whether the diff of n alternating lines keeps their common lines as context. */
static int aligned(size_t n)
{
	char *a = alternate(n, 'a'), *b = alternate(n, 'b'), *d;
	size_t dn;
	int kept;

	assert_int_equal(plan_udiff("x", a, strlen(a), b, strlen(b), &d, &dn), 0);
	kept = strstr(d, "\n c\n") != NULL;
	/* Either way, the diff takes a to b. */
	{
		char *got = apply(a, d);
		assert_string_equal(got, b);
		plan_free(got);
	}
	plan_free(d);
	plan_free(a);
	plan_free(b);
	return kept;
}

/* PLAN_UDIFF_MAX_CELLS: (4095 + 1) x (4095 + 1) cells is the limit; one line more, one hunk. */
static void test_diff_limit(void **state)
{
	(void)state;
	assert_int_equal(PLAN_UDIFF_MAX_CELLS, 4096L * 4096);
	assert_true(aligned(4095));
	assert_false(aligned(4097));
}

/*
 * Allocation number i fails (or every one from i on): formatting gives
 * the whole canonical form or PLAN_ENOMEM, never a part of it nor a
 * syntax error, and the diff the whole diff or PLAN_ENOMEM; ASan's leak
 * check sees that nothing is lost on the way out.
 */
static void test_alloc_failures(void **state)
{
	plan_fmt_options opt = PLAN_FMT_OPTIONS_INIT;
	size_t len, wlen, dlen;
	char *in = slurp("tests/cli/data/fmt/messy.plan", &len);
	char *want = slurp("tests/cli/data/fmt/canonical.plan", &wlen), *want_d;
	long i;
	int once;

	(void)state;
	assert_non_null(in);
	assert_non_null(want);
	assert_int_equal(plan_udiff("m", in, len, want, wlen, &want_d, &dlen), 0);
	for (once = 0; once < 2; once++)
	for (i = 0; i < 100000; i++) {
		plan_set *set = plan_set_new();
		char *out = NULL, *d = NULL;
		size_t n, dn;
		int rc, drc;
		long made;

		assert_non_null(set);
		if (once)
			plan_alloc_fail_only(i);
		else
			plan_alloc_fail_after(i);
		rc = plan_fmt(set, "m.plan", in, len, &opt, &out, &n);
		drc = plan_udiff("m", in, len, want, wlen, &d, &dn);
		made = plan_alloc_fail_after(-1);
		if (rc == PLAN_OK) {
			assert_int_equal(n, wlen);
			assert_memory_equal(out, want, wlen);
		} else {
			assert_int_equal(rc, PLAN_ENOMEM);
			assert_null(out);
		}
		if (drc == PLAN_OK)
			assert_string_equal(d, want_d);
		else
			assert_int_equal(drc, PLAN_ENOMEM);
		plan_free(d);
		plan_free(out);
		plan_set_free(set);
		if (made <= i)
			break;
	}
	assert_true(i > 20);
	plan_free(want_d);
	plan_free(want);
	plan_free(in);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_heads),
		cmocka_unit_test(test_prose),
		cmocka_unit_test(test_refuses),
		cmocka_unit_test(test_diff),
		cmocka_unit_test(test_diff_limit),
		cmocka_unit_test(test_diff_random),
		cmocka_unit_test(test_diff_anchors),
		cmocka_unit_test(test_alloc_failures),
		cmocka_unit_test(test_corpus),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
