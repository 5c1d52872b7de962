/*
 * test_records.c - which ids' records differ between two versions of a
 * plan file, found from their lines alone (src/records.h).
 *
 * Every comparison goes through diff(), which joins the reported keys with
 * commas ("A1,A3") and checks three things on the way that every answer
 * must satisfy:
 *   - the keys come in byte order, each once;
 *   - the answer is symmetric: new against old reports the same keys and
 *     the same return value;
 *   - the answer does not depend on the shortcut plan_records_diff takes
 *     (it splits only the stretch between the records in column 1 around
 *     the change): the same two files with one more space in front of
 *     every line, so that nothing is in column 1 and both are split whole,
 *     give the same keys (and PLAN_RECORDS_ANY whenever the shortcut does).
 *
 * Covered: changes in the first, middle and last action; added and
 * deleted actions and files; text lines that start with a keyword, at and
 * deeper than their field's indentation; indented directives; updates in
 * separate form; moved and swapped records; comments; CR LF and lone CR
 * line ends; a byte order mark; keyword and id case; fields before the
 * first record; include lines (records keyed "include PATH"); long ids; a
 * file of 2000 actions; junk, NUL bytes and random edits; and every
 * allocation failure (run under ASan by make asan, which catches a leak on
 * any failure path).
 *
 * A side with no records (a file added or deleted, or only comments) is
 * covered on purpose: qsort's array argument must not be NULL even when
 * empty, which UBSan checks.
 */
#include "helpers.h"

#include "alloc.h"
#include "changes.h"
#include "records.h"

/* ---- collecting the keys ---- */

#define KEYS_MAX (1 << 17)

/* The keys one call reported, comma-joined in s. */
struct keys {
	char s[KEYS_MAX];
	size_t len;
	size_t last, lastlen;   /* the previous key, in s */
	int count;
	int unordered;          /* a key not after the one before it */
	int overflow;
};

static void collect(void *ctx, const char *key, size_t len)
{
	struct keys *k = ctx;

	if (k->count > 0) {
		size_t n = len < k->lastlen ? len : k->lastlen;
		int c = memcmp(k->s + k->last, key, n);

		if (c > 0 || (c == 0 && k->lastlen >= len))
			k->unordered = 1;
	}
	if (k->len + len + 2 > sizeof(k->s)) {
		k->overflow = 1;
		return;
	}
	if (k->count > 0)
		k->s[k->len++] = ',';
	k->last = k->len;
	k->lastlen = len;
	memcpy(k->s + k->len, key, len);
	k->len += len;
	k->s[k->len] = '\0';
	k->count++;
}

static int run(const char *old, size_t oldlen, const char *new_, size_t newlen, struct keys *k)
{
	memset(k, 0, sizeof(*k));
	return plan_records_diff(old, oldlen, new_, newlen, collect, k);
}

/*
 * s[0..len) with one more space at the start of every line (after \r\n, \n
 * or a lone \r), in a new buffer (NULL for NULL); *outlen is its length.
 * Indentation is compared as a prefix, so this changes no line's kind.
 */
static char *indent_all(const char *s, size_t len, size_t *outlen)
{
	char *out;
	size_t i, n = 0;

	*outlen = 0;
	if (!s)
		return NULL;
	out = malloc(2 * len + 1);
	assert_non_null(out);
	for (i = 0; i < len; i++) {
		if (i == 0 || s[i - 1] == '\n' || (s[i - 1] == '\r' && s[i] != '\n'))
			out[n++] = ' ';
		out[n++] = s[i];
	}
	*outlen = n;
	return out;
}

static int has_bom(const char *s, size_t len)
{
	return s && len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0;
}

static void show(const char *what, const char *s, size_t len)
{
	size_t i;

	fprintf(stderr, "%s: ", what);
	if (!s) {
		fprintf(stderr, "NULL\n");
		return;
	}
	fputc('"', stderr);
	for (i = 0; i < len && i < 400; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\n')
			fputs("\\n", stderr);
		else if (c == '\r')
			fputs("\\r", stderr);
		else if (c < 0x20 || c >= 0x7f)
			fprintf(stderr, "\\x%02x", c);
		else
			fputc(c, stderr);
	}
	fprintf(stderr, "%s\"\n", i < len ? "..." : "");
}

/*
 * The keys plan_records_diff reports for old[0..oldlen) -> new_[0..newlen),
 * comma-joined (valid until the next call), with its return value in *rc;
 * checked for order, symmetry and independence from the shortcut (see the
 * top of the file).
 */
static const char *diff_n(const char *old, size_t oldlen, const char *new_, size_t newlen,
			  int *rc)
{
	static struct keys fwd, back, whole;
	static char result[KEYS_MAX];
	size_t ioldlen, inewlen;
	char *iold, *inew;
	int rc1, rc2, rc3 = 0, check_whole;

	rc1 = run(old, oldlen, new_, newlen, &fwd);
	rc2 = run(new_, newlen, old, oldlen, &back);
	check_whole = !has_bom(old, oldlen) && !has_bom(new_, newlen);
	if (check_whole) {
		iold = indent_all(old, oldlen, &ioldlen);
		inew = indent_all(new_, newlen, &inewlen);
		rc3 = run(iold, ioldlen, inew, inewlen, &whole);
		free(iold);
		free(inew);
	}
	if (rc1 != rc2 || strcmp(fwd.s, back.s) != 0 || fwd.unordered ||
	    (check_whole && (strcmp(fwd.s, whole.s) != 0 ||
			     (rc1 == PLAN_RECORDS_ANY && rc3 != PLAN_RECORDS_ANY)))) {
		show("old", old, oldlen);
		show("new", new_, newlen);
		fprintf(stderr, "old->new: rc %d keys \"%s\"%s\n", rc1, fwd.s,
			fwd.unordered ? " (not in byte order)" : "");
		fprintf(stderr, "new->old: rc %d keys \"%s\"\n", rc2, back.s);
		if (check_whole)
			fprintf(stderr, "indented: rc %d keys \"%s\"\n", rc3, whole.s);
	}
	assert_int_not_equal(rc1, -1);
	assert_false(fwd.overflow);
	assert_false(fwd.unordered);
	assert_int_equal(rc1, rc2);
	assert_string_equal(fwd.s, back.s);
	if (check_whole) {
		assert_int_not_equal(rc3, -1);
		assert_string_equal(fwd.s, whole.s);
		if (rc1 == PLAN_RECORDS_ANY)
			assert_int_equal(rc3, PLAN_RECORDS_ANY);
	}
	memcpy(result, fwd.s, fwd.len + 1);
	*rc = rc1;
	return result;
}

/* As diff_n on C strings; either may be NULL (a file added or deleted). */
static const char *diff(const char *old, const char *new_, int *rc)
{
	return diff_n(old, old ? strlen(old) : 0, new_, new_ ? strlen(new_) : 0, rc);
}

/* As diff, asserting that the return value is 0. */
static const char *diff0(const char *old, const char *new_)
{
	int rc = -2;
	const char *k = diff(old, new_, &rc);

	assert_int_equal(rc, 0);
	return k;
}

/* Whether key is one of the comma-joined keys. */
static int has_key(const char *keys, const char *key)
{
	size_t n = strlen(key);
	const char *p = keys;

	for (;;) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);

		if (len == n && memcmp(p, key, n) == 0)
			return 1;
		if (!e)
			return 0;
		p = e + 1;
	}
}

#define assert_has_key(keys, key) do {                                    \
		const char *k_ = (keys);                                  \
		if (!has_key(k_, (key)))                                  \
			fprintf(stderr, "\"%s\" not in \"%s\"\n", (key), k_); \
		assert_true(has_key(k_, (key)));                          \
	} while (0)

#define assert_no_key(keys, key) do {                                     \
		const char *k_ = (keys);                                  \
		if (has_key(k_, (key)))                                   \
			fprintf(stderr, "\"%s\" in \"%s\"\n", (key), k_); \
		assert_false(has_key(k_, (key)));                         \
	} while (0)

/* ---- plain changes ---- */

#define THREE                                                           \
	"plan P1 Plan\n"                                                \
	"  period 2018/19\n"                                            \
	"\n"                                                            \
	"action A1 First\n"                                             \
	"  lead Louis Smith\n"                                          \
	"  due 2019-03\n"                                               \
	"\n"                                                            \
	"action A2 Second\n"                                            \
	"  lead Community Safety Team\n"                                \
	"  review 2019-01\n"                                            \
	"\n"                                                            \
	"action A3 Third\n"                                             \
	"  lead Harrow Police\n"                                        \
	"  update 2018-10-19 green\n"                                   \
	"    Ongoing and on target.\n"

static void test_identical(void **state)
{
	int rc = -2;

	(void)state;
	assert_string_equal(diff(THREE, THREE, &rc), "");
	assert_int_equal(rc, 0);
	assert_string_equal(diff("", "", &rc), "");
	assert_int_equal(rc, 0);
	assert_string_equal(diff(NULL, NULL, &rc), "");
	assert_int_equal(rc, 0);
	/* A copy at another address is still the same file. */
	{
		char copy[] = THREE;
		assert_string_equal(diff(THREE, copy, &rc), "");
		assert_int_equal(rc, 0);
	}
}

static void test_field_of_middle_action(void **state)
{
	(void)state;
	assert_string_equal(diff0(THREE,
		"plan P1 Plan\n"
		"  period 2018/19\n"
		"\n"
		"action A1 First\n"
		"  lead Louis Smith\n"
		"  due 2019-03\n"
		"\n"
		"action A2 Second\n"
		"  lead Community Safety Team\n"
		"  review 2019-02\n"
		"\n"
		"action A3 Third\n"
		"  lead Harrow Police\n"
		"  update 2018-10-19 green\n"
		"    Ongoing and on target.\n"), "A2");
	/* The directive line itself (its title). */
	assert_string_equal(diff0(THREE,
		"plan P1 Plan\n"
		"  period 2018/19\n"
		"\n"
		"action A1 First\n"
		"  lead Louis Smith\n"
		"  due 2019-03\n"
		"\n"
		"action A2 The second\n"
		"  lead Community Safety Team\n"
		"  review 2019-01\n"
		"\n"
		"action A3 Third\n"
		"  lead Harrow Police\n"
		"  update 2018-10-19 green\n"
		"    Ongoing and on target.\n"), "A2");
	/* A blank line added at the end of A2 belongs to A2. */
	assert_string_equal(diff0(THREE,
		"plan P1 Plan\n"
		"  period 2018/19\n"
		"\n"
		"action A1 First\n"
		"  lead Louis Smith\n"
		"  due 2019-03\n"
		"\n"
		"action A2 Second\n"
		"  lead Community Safety Team\n"
		"  review 2019-01\n"
		"\n"
		"\n"
		"action A3 Third\n"
		"  lead Harrow Police\n"
		"  update 2018-10-19 green\n"
		"    Ongoing and on target.\n"), "A2");
}

static void test_first_and_last_action(void **state)
{
	(void)state;
	assert_string_equal(diff0(THREE,
		"plan P1 Plan\n"
		"  period 2018/19\n"
		"\n"
		"action A1 First\n"
		"  lead Louis Smith\n"
		"  due 2019-04\n"
		"\n"
		"action A2 Second\n"
		"  lead Community Safety Team\n"
		"  review 2019-01\n"
		"\n"
		"action A3 Third\n"
		"  lead Harrow Police\n"
		"  update 2018-10-19 green\n"
		"    Ongoing and on target!\n"), "A1,A3");
	/* The last character of the file only. */
	assert_string_equal(diff0(THREE,
		"plan P1 Plan\n"
		"  period 2018/19\n"
		"\n"
		"action A1 First\n"
		"  lead Louis Smith\n"
		"  due 2019-03\n"
		"\n"
		"action A2 Second\n"
		"  lead Community Safety Team\n"
		"  review 2019-01\n"
		"\n"
		"action A3 Third\n"
		"  lead Harrow Police\n"
		"  update 2018-10-19 green\n"
		"    Ongoing and on target.\n\n"), "A3");
	/* The first character of the file: the plan, not its actions. */
	assert_string_equal(diff0(THREE,
		"Plan P1 Plan\n"
		"  period 2018/19\n"
		"\n"
		"action A1 First\n"
		"  lead Louis Smith\n"
		"  due 2019-03\n"
		"\n"
		"action A2 Second\n"
		"  lead Community Safety Team\n"
		"  review 2019-01\n"
		"\n"
		"action A3 Third\n"
		"  lead Harrow Police\n"
		"  update 2018-10-19 green\n"
		"    Ongoing and on target.\n"), "P1");
}

static void test_action_added_and_deleted(void **state)
{
	const char *added = THREE
		"action A4 Fourth\n"
		"  lead Someone\n";
	const char *between =
		"plan P1 Plan\n"
		"  period 2018/19\n"
		"\n"
		"action A1 First\n"
		"  lead Louis Smith\n"
		"  due 2019-03\n"
		"\n"
		"action A15 Between\n"
		"  lead Someone\n"
		"\n"
		"action A2 Second\n"
		"  lead Community Safety Team\n"
		"  review 2019-01\n"
		"\n"
		"action A3 Third\n"
		"  lead Harrow Police\n"
		"  update 2018-10-19 green\n"
		"    Ongoing and on target.\n";
	const char *deleted =
		"plan P1 Plan\n"
		"  period 2018/19\n"
		"\n"
		"action A1 First\n"
		"  lead Louis Smith\n"
		"  due 2019-03\n"
		"\n"
		"action A3 Third\n"
		"  lead Harrow Police\n"
		"  update 2018-10-19 green\n"
		"    Ongoing and on target.\n";

	(void)state;
	assert_string_equal(diff0(THREE, added), "A4");
	assert_string_equal(diff0(THREE, between), "A15");
	assert_string_equal(diff0(THREE, deleted), "A2");
	/* An id given a new name: both. */
	assert_string_equal(diff0("action A1\n  lead x\naction A2\n  lead y\n",
				  "action A1\n  lead x\naction B2\n  lead y\n"), "A2,B2");
}

static void test_whole_file_added_and_deleted(void **state)
{
	const char *file =
		"plan P1 Plan\n"
		"section S1 Section\n"
		"  statement A statement\n"
		"objective O1 Objective\n"
		THREE
		"2019-01-10 A2 green\n"
		"  In separate form.\n";

	(void)state;
	assert_string_equal(diff0(NULL, file), "A1,A2,A3,O1,P1,S1,green");
	assert_string_equal(diff0(file, NULL), "A1,A2,A3,O1,P1,S1,green");
	/* An empty file is the same as no file. */
	assert_string_equal(diff0("", file), "A1,A2,A3,O1,P1,S1,green");
	assert_string_equal(diff0(file, ""), "A1,A2,A3,O1,P1,S1,green");
	/* A length with a NULL file is ignored. */
	{
		struct keys *k = malloc(sizeof(*k));
		int rc;

		assert_non_null(k);
		rc = run(NULL, 12345, file, strlen(file), k);
		assert_int_equal(rc, 0);
		assert_string_equal(k->s, "A1,A2,A3,O1,P1,S1,green");
		free(k);
	}
}

/* Keys come in byte order: capitals before small letters, "A10" before "A2". */
static void test_keys_in_byte_order(void **state)
{
	(void)state;
	assert_string_equal(diff0(NULL,
		"action b1\naction A2\naction Z\naction A10\naction B1\naction a1\n"),
		"A10,A2,B1,Z,a1,b1");
}

/* ---- which lines are records ---- */

static void test_text_line_starting_with_action(void **state)
{
	const char *old =
		"action A1 First\n"
		"  update 2019-01-10 green\n"
		"    Work goes on.\n"
		"    action taken by police\n"
		"    in every ward\n"
		"action A2 Second\n"
		"  lead y\n";

	(void)state;
	/* Text after the "action" line. */
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  update 2019-01-10 green\n"
		"    Work goes on.\n"
		"    action taken by police\n"
		"    in every ward but one\n"
		"action A2 Second\n"
		"  lead y\n"), "A1");
	/* The "action" line itself: "taken" is no id. */
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  update 2019-01-10 green\n"
		"    Work goes on.\n"
		"    action taken by the police\n"
		"    in every ward\n"
		"action A2 Second\n"
		"  lead y\n"), "A1");
	/* Such a line added, and with an id-like word and another keyword. */
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  update 2019-01-10 green\n"
		"    Work goes on.\n"
		"    action taken by police\n"
		"    Action A2 follows up\n"
		"    objective O9 is met\n"
		"    2018 - 86 burglaries\n"
		"    in every ward\n"
		"action A2 Second\n"
		"  lead y\n"), "A1");
	/* Deeper than any field's text: a note, a title, a separate-form update. */
	assert_string_equal(diff0(
		"action A1\n"
		"  note A note that runs on\n"
		"  \taction X1 is in the note\n"
		"  title A title that runs on\n"
		"      action X2 is in the title\n"
		"2019-02-01 A1 amber\n"
		" action X3 is in the update\n"
		"action A2\n",
		"action A1\n"
		"  note A note that runs on\n"
		"  \taction X1 is in the note!\n"
		"  title A title that runs on\n"
		"      action X2 is in the title!\n"
		"2019-02-01 A1 amber\n"
		" action X3 is in the update!\n"
		"action A2\n"), "A1,amber");
}

static void test_action_at_field_indentation(void **state)
{
	const char *old =
		"action A1 First\n"
		"  update 2019-01-10 green\n"
		"    Work goes on.\n"
		"  action X1 Not text\n"
		"  lead z\n"
		"action A2 Second\n"
		"  lead y\n";

	(void)state;
	/* The line after the "action X1" line belongs to X1. */
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  update 2019-01-10 green\n"
		"    Work goes on.\n"
		"  action X1 Not text\n"
		"  lead zz\n"
		"action A2 Second\n"
		"  lead y\n"), "X1");
	/* Less indented than the field, too. */
	assert_string_equal(diff0(
		"action A1 First\n"
		"    update 2019-01-10 green\n"
		"      Work goes on.\n"
		"  action X1 Not text\n"
		"    lead z\n",
		"action A1 First\n"
		"    update 2019-01-10 green\n"
		"      Work goes on.\n"
		"  action X1 Not text\n"
		"    lead zz\n"), "X1");
	/* Removing the line gives its lines back to A1. */
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  update 2019-01-10 green\n"
		"    Work goes on.\n"
		"  lead z\n"
		"action A2 Second\n"
		"  lead y\n"), "A1,X1");
	/* One more space makes it text. */
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  update 2019-01-10 green\n"
		"    Work goes on.\n"
		"   action X1 Not text\n"
		"  lead z\n"
		"action A2 Second\n"
		"  lead y\n"), "A1,X1");
	/* A directive line opens no block: a deeper line after it is not text. */
	assert_string_equal(diff0(
		"action A1 First\n"
		"    action X1\n"
		"  lead z\n",
		"action A1 First\n"
		"    action X1\n"
		"  lead zz\n"), "X1");
	/* Nor does an unknown word, or an include. */
	assert_string_equal(diff0(
		"action A1 First\n"
		"  laed Someone\n"
		"    action X1\n"
		"  include other.plan\n"
		"    action X2\n"
		"  lead z\n",
		"action A1 First\n"
		"  laed Someone\n"
		"    action X1\n"
		"  include other.plan\n"
		"    action X2\n"
		"  lead zz\n"), "X2");
	/* Both end an open block, as any line not indented deeper does. */
	assert_string_equal(diff0(
		"action A1 First\n"
		"  note Some text\n"
		"  laed Someone\n"
		"    action X1\n"
		"  lead z\n",
		"action A1 First\n"
		"  note Some text\n"
		"  laed Someone\n"
		"    action X1\n"
		"  lead zz\n"), "X1");
	assert_string_equal(diff0(
		"action A1 First\n"
		"  note Some text\n"
		"  include other.plan\n"
		"    action X2\n"
		"  lead z\n",
		"action A1 First\n"
		"  note Some text\n"
		"  include other.plan\n"
		"    action X2\n"
		"  lead zz\n"), "X2");
	/* A keyword ends at a comma (as the scanner's words do): "note," opens a block. */
	assert_string_equal(diff0(
		"action A1 First\n"
		"  note,with a comma\n"
		"    action X1 is text\n"
		"  lead z\n",
		"action A1 First\n"
		"  note,with a comma\n"
		"    action X1 is text\n"
		"  lead zz\n"), "A1");
	/* ... but not at another character: "note:" is no keyword. */
	assert_string_equal(diff0(
		"action A1 First\n"
		"  note: no keyword\n"
		"    action X1 not text\n"
		"  lead z\n",
		"action A1 First\n"
		"  note: no keyword\n"
		"    action X1 not text\n"
		"  lead zz\n"), "X1");
}

/* Blocks compare indentation byte for byte: a tab is one byte. */
static void test_tabs(void **state)
{
	(void)state;
	assert_string_equal(diff0(
		"action A1\n"
		"\tnote x\n"
		"\t\taction X1 text\n"
		"\tlead a\n",
		"action A1\n"
		"\tnote x\n"
		"\t\taction X1 text\n"
		"\tlead b\n"), "A1");
	assert_string_equal(diff0(
		"action A1\n"
		"\tnote x\n"
		"\taction X1\n"
		"\tlead a\n",
		"action A1\n"
		"\tnote x\n"
		"\taction X1\n"
		"\tlead b\n"), "X1");
	/*
	 * Tabs and spaces mixed differently (an error): the line is text when
	 * it is longer than the block's first line's indentation, else not.
	 */
	assert_string_equal(diff0(
		"action A1\n"
		"\tnote x\n"
		"  action X1 text\n"
		"\tlead a\n",
		"action A1\n"
		"\tnote x\n"
		"  action X1 text\n"
		"\tlead b\n"), "A1");
	assert_string_equal(diff0(
		"action A1\n"
		"  note x\n"
		"\taction X1\n"
		"  lead a\n",
		"action A1\n"
		"  note x\n"
		"\taction X1\n"
		"  lead b\n"), "X1");
}

static void test_indented_directives(void **state)
{
	const char *old =
		"  plan P1 Plan\n"
		"    period 2018/19\n"
		"  action A1 First\n"
		"    lead Louis Smith\n"
		"  action A2 Second\n"
		"    update 2019-01-10 green\n"
		"      Work goes on.\n"
		"      action taken\n"
		"  action A3 Third\n"
		"    lead Harrow Police\n";

	(void)state;
	assert_string_equal(diff0(old,
		"  plan P1 Plan\n"
		"    period 2018/19\n"
		"  action A1 First\n"
		"    lead Louis Smith\n"
		"  action A2 Second\n"
		"    update 2019-01-10 green\n"
		"      Work goes on.\n"
		"      action taken at once\n"
		"  action A3 Third\n"
		"    lead Harrow Police\n"), "A2");
	assert_string_equal(diff0(old,
		"  plan P1 Plan\n"
		"    period 2018/19\n"
		"  action A1 First\n"
		"    lead Louis Smith\n"
		"  action A2 Second\n"
		"    update 2019-01-10 green\n"
		"      Work goes on.\n"
		"      action taken\n"
		"  action A3 Third\n"
		"    lead Harrow Police and Partners\n"), "A3");
	assert_string_equal(diff0(old,
		"  plan P1 Plan\n"
		"    period 2018/19\n"
		"  action A1 First\n"
		"    lead Someone Else\n"
		"  action A2 Second\n"
		"    update 2019-01-10 green\n"
		"      Work goes on.\n"
		"      action taken\n"
		"  action A3 Third\n"
		"    lead Harrow Police\n"), "A1");
	/* Free indentation: each directive indented its own way. */
	assert_string_equal(diff0(
		"action A1\n"
		"    lead a\n"
		"   action A2\n"
		" lead b\n"
		"\taction A3\n"
		"lead c\n",
		"action A1\n"
		"    lead a\n"
		"   action A2\n"
		" lead bb\n"
		"\taction A3\n"
		"lead c\n"), "A2");
}

/* ---- updates in separate form ---- */

static void test_separate_form_update(void **state)
{
	const char *old =
		"action A1 First\n"
		"  lead x\n"
		"2019-01-10 HV1.1 green by Harrow Police\n"
		"  Autumn Nights ran successfully.\n"
		"  2018 - 86\n"
		"action A2 Second\n"
		"  lead y\n";
	const char *k;

	(void)state;
	k = diff0(old,
		"action A1 First\n"
		"  lead x\n"
		"2019-01-10 HV1.1 green by Harrow Police\n"
		"  Autumn Nights ran well.\n"
		"  2018 - 86\n"
		"action A2 Second\n"
		"  lead y\n");
	assert_has_key(k, "HV1.1");
	assert_no_key(k, "A1");
	assert_no_key(k, "A2");
	/* Its last text line, which starts with a digit but is text. */
	k = diff0(old,
		"action A1 First\n"
		"  lead x\n"
		"2019-01-10 HV1.1 green by Harrow Police\n"
		"  Autumn Nights ran successfully.\n"
		"  2018 - 87\n"
		"action A2 Second\n"
		"  lead y\n");
	assert_has_key(k, "HV1.1");
	assert_no_key(k, "A1");
	assert_no_key(k, "A2");
	assert_no_key(k, "");
	/* Its line ends A1's record. */
	k = diff0(
		"action A1 First\n"
		"  lead x\n"
		"2019-01-10 HV1.1 green\n"
		"  text\n",
		"action A1 First\n"
		"  lead x\n"
		"2019-01-10 HV1.1 green\n"
		"  more text\n");
	assert_string_equal(k, "HV1.1,green");
	/* A date in words, indented, before the first action. */
	k = diff0(
		"  10 Jan 2019 HV1.1 amber\n"
		"    Ongoing.\n"
		"action A1 First\n"
		"  lead x\n",
		"  10 Jan 2019 HV1.1 amber\n"
		"    Ongoing, and on target.\n"
		"action A1 First\n"
		"  lead x\n");
	assert_has_key(k, "HV1.1");
	assert_no_key(k, "A1");
	k = diff0(
		"action A1 First\n"
		"10 January 2019 knife-crime_2.a\n"
		"  Ongoing.\n"
		"action A2 Second\n",
		"action A1 First\n"
		"10 January 2019 knife-crime_2.a\n"
		"  Ongoing?\n"
		"action A2 Second\n");
	assert_has_key(k, "knife-crime_2.a");
	assert_no_key(k, "A1");
	assert_no_key(k, "A2");
	/* At a field's indentation, a digit starts an update, not text. */
	k = diff0(
		"action A1 First\n"
		"  update 2019-01-10\n"
		"    text\n"
		"  2019-02-01 B7 red\n"
		"  lead x\n",
		"action A1 First\n"
		"  update 2019-01-10\n"
		"    text\n"
		"  2019-02-01 B7 red\n"
		"  lead xx\n");
	assert_has_key(k, "B7");
	assert_no_key(k, "A1");
	/* Numbered ids: the word after the date, whatever it looks like. */
	k = diff0("action 1.1. First\n2019-01-10 1.1 green\n  a\n",
		  "action 1.1. First\n2019-01-10 1.1 green\n  b\n");
	assert_string_equal(k, "1.1,green");
	k = diff0("action 1.1. First\n  lead x\n", "action 1.1. First\n  lead y\n");
	assert_string_equal(k, "1.1");
	k = diff0("action 2a\n10 Jan 2019 2019 amber\n  a\n", "action 2a\n10 Jan 2019 2019 amber\n  b\n");
	assert_has_key(k, "2019");
	assert_no_key(k, "2a");
	k = diff0("2019-01-10 P:3.2b\n  a\n", "2019-01-10 P:3.2b\n  b\n");
	assert_has_key(k, "3.2b");
	assert_has_key(k, "P");
	assert_no_key(k, "2019-01-10");
}

/* ---- records that moved ---- */

static void test_moved_records(void **state)
{
	const char *old =
		"plan P1\n"
		"action A1 First\n"
		"  lead x\n"
		"  update 2019-01-10\n"
		"    text\n"
		"action A2 Second\n"
		"  lead y\n"
		"action A3 Third\n"
		"  lead z\n"
		"action A4 Fourth\n"
		"  lead w\n";

	(void)state;
	/* A1 to the end. */
	assert_string_equal(diff0(old,
		"plan P1\n"
		"action A2 Second\n"
		"  lead y\n"
		"action A3 Third\n"
		"  lead z\n"
		"action A4 Fourth\n"
		"  lead w\n"
		"action A1 First\n"
		"  lead x\n"
		"  update 2019-01-10\n"
		"    text\n"), "");
	/* A2 and A3 swapped. */
	assert_string_equal(diff0(old,
		"plan P1\n"
		"action A1 First\n"
		"  lead x\n"
		"  update 2019-01-10\n"
		"    text\n"
		"action A3 Third\n"
		"  lead z\n"
		"action A2 Second\n"
		"  lead y\n"
		"action A4 Fourth\n"
		"  lead w\n"), "");
	/* Moved and changed. */
	assert_string_equal(diff0(old,
		"plan P1\n"
		"action A1 First\n"
		"  lead x\n"
		"  update 2019-01-10\n"
		"    text\n"
		"action A3 Third\n"
		"  lead zz\n"
		"action A2 Second\n"
		"  lead y\n"
		"action A4 Fourth\n"
		"  lead w\n"), "A3");
	/* Separate-form updates: moved among actions, nothing; re-ordered, their id. */
	{
		const char *upd =
			"action A1\n"
			"2019-01-10 HV1.1 green\n"
			"  first\n"
			"action A2\n"
			"2019-02-10 HV1.1 green\n"
			"  second\n"
			"action A3\n";
		const char *k;

		assert_string_equal(diff0(upd,
			"2019-01-10 HV1.1 green\n"
			"  first\n"
			"action A1\n"
			"action A2\n"
			"2019-02-10 HV1.1 green\n"
			"  second\n"
			"action A3\n"), "");
		k = diff0(upd,
			"action A1\n"
			"2019-02-10 HV1.1 green\n"
			"  second\n"
			"action A2\n"
			"2019-01-10 HV1.1 green\n"
			"  first\n"
			"action A3\n");
		assert_has_key(k, "HV1.1");
		assert_no_key(k, "A1");
		assert_no_key(k, "A2");
		assert_no_key(k, "A3");
		/* Adjacent. */
		k = diff0(
			"2019-01-10 HV1.1\n"
			"  first\n"
			"2019-02-10 HV1.1\n"
			"  second\n",
			"2019-02-10 HV1.1\n"
			"  second\n"
			"2019-01-10 HV1.1\n"
			"  first\n");
		assert_string_equal(k, "HV1.1");
	}
}

/* ---- comments ---- */

static void test_comments(void **state)
{
	const char *old =
		"action A1 First\n"
		"  lead x\n"
		"action A2 Second\n"
		"  lead y\n";
	const char *k;

	(void)state;
	k = diff0(old,
		"action A1 First\n"
		"  lead x\n"
		"# A comment between\n"
		"action A2 Second\n"
		"  lead y\n");
	assert_true(strcmp(k, "") == 0 || strcmp(k, "A1") == 0);
	k = diff0(old,
		"action A1 First\n"
		"  lead x\n"
		"    # An indented comment, with action X9 in it\n"
		"action A2 Second\n"
		"  lead y\n");
	assert_true(strcmp(k, "") == 0 || strcmp(k, "A1") == 0);
	/* A comment in column 1 does not end a text block. */
	old = "action A1 First\n"
	      "  note first\n"
	      "# comment\n"
	      "    action B2 second\n"
	      "\n"
	      "    action B3 third\n"
	      "action A2\n";
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  note first\n"
		"# comment\n"
		"    action B2 second!\n"
		"\n"
		"    action B3 third\n"
		"action A2\n"), "A1");
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  note first\n"
		"# comment\n"
		"    action B2 second\n"
		"\n"
		"    action B3 third!\n"
		"action A2\n"), "A1");
	/* A comment line that starts with a keyword is no record. */
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  note first\n"
		"#action C1 comment\n"
		"    action B2 second\n"
		"\n"
		"    action B3 third\n"
		"action A2\n"), "A1");
}

/* ---- line ends ---- */

static void test_crlf(void **state)
{
	const char *lf =
		"plan P1\n"
		"action A1 First\n"
		"  lead x\n"
		"action A2 Second\n"
		"  update 2019-01-10\n"
		"    text\n"
		"    action taken\n"
		"2019-02-01 A3 red\n"
		"  text\n";
	const char *crlf =
		"plan P1\r\n"
		"action A1 First\r\n"
		"  lead x\r\n"
		"action A2 Second\r\n"
		"  update 2019-01-10\r\n"
		"    text\r\n"
		"    action taken\r\n"
		"2019-02-01 A3 red\r\n"
		"  text\r\n";

	(void)state;
	assert_string_equal(diff0(crlf,
		"plan P1\r\n"
		"action A1 First\r\n"
		"  lead x\r\n"
		"action A2 Second\r\n"
		"  update 2019-01-10\r\n"
		"    text\r\n"
		"    action taken!\r\n"
		"2019-02-01 A3 red\r\n"
		"  text\r\n"), "A2");
	assert_string_equal(diff0(crlf,
		"plan P1\r\n"
		"action A1 First\r\n"
		"  lead xx\r\n"
		"action A2 Second\r\n"
		"  update 2019-01-10\r\n"
		"    text\r\n"
		"    action taken\r\n"
		"2019-02-01 A3 red\r\n"
		"  text\r\n"), "A1");
	/* LF to CR LF everywhere: every record's bytes changed. */
	assert_string_equal(diff0(lf, crlf), "A1,A2,A3,P1,red");
	/* One line's end only. */
	assert_string_equal(diff0(lf,
		"plan P1\n"
		"action A1 First\n"
		"  lead x\r\n"
		"action A2 Second\n"
		"  update 2019-01-10\n"
		"    text\n"
		"    action taken\n"
		"2019-02-01 A3 red\n"
		"  text\n"), "A1");
	/* A CR LF cut between two versions: CR alone, then LF. */
	assert_string_equal(diff0(crlf,
		"plan P1\r\n"
		"action A1 First\r\n"
		"  lead x\r"
		"action A2 Second\r\n"
		"  update 2019-01-10\r\n"
		"    text\r\n"
		"    action taken\r\n"
		"2019-02-01 A3 red\r\n"
		"  text\r\n"), "A1");
	assert_string_equal(diff0(crlf,
		"plan P1\r\n"
		"action A1 First\r\n"
		"  lead x\r\n"
		"action A2 Second\r\n"
		"  update 2019-01-10\r\n"
		"    text\r\n"
		"    action taken\r\n"
		"\n"
		"2019-02-01 A3 red\r\n"
		"  text\r\n"), "A2");
}

static void test_lone_cr(void **state)
{
	const char *old =
		"plan P1\r"
		"action A1 First\r"
		"  lead x\r"
		"action A2 Second\r"
		"  update 2019-01-10\r"
		"    text\r"
		"    action taken\r"
		"action A3 Third\r"
		"  lead z\r";

	(void)state;
	assert_string_equal(diff0(old,
		"plan P1\r"
		"action A1 First\r"
		"  lead x\r"
		"action A2 Second\r"
		"  update 2019-01-10\r"
		"    text\r"
		"    action taken!\r"
		"action A3 Third\r"
		"  lead z\r"), "A2");
	assert_string_equal(diff0(old,
		"plan P1\r"
		"action A1 First\r"
		"  lead x\r"
		"action A2 Second\r"
		"  update 2019-01-10\r"
		"    text\r"
		"    action taken\r"
		"action A3 Third\r"
		"  lead zz\r"), "A3");
	assert_string_equal(diff0(old,
		"plan P1\r"
		"action A1 First\r"
		"  lead xx\r"
		"action A2 Second\r"
		"  update 2019-01-10\r"
		"    text\r"
		"    action taken\r"
		"action A3 Third\r"
		"  lead z\r"), "A1");
	/* CR to CR LF at one line: that line's record. */
	assert_string_equal(diff0(old,
		"plan P1\r"
		"action A1 First\r"
		"  lead x\r"
		"action A2 Second\r\n"
		"  update 2019-01-10\r"
		"    text\r"
		"    action taken\r"
		"action A3 Third\r"
		"  lead z\r"), "A2");
	/* LF, then CR: an empty line between. */
	assert_string_equal(diff0("action A1\n\raction A2\n  lead x\n",
				  "action A1\n\raction A2\n  lead y\n"), "A2");
}

static void test_bom(void **state)
{
	const char *old = "\xEF\xBB\xBF" "action A1 First\n  lead x\naction A2\n  lead y\n";

	(void)state;
	assert_string_equal(diff0(old,
		"\xEF\xBB\xBF" "action A1 First\n  lead xx\naction A2\n  lead y\n"), "A1");
	assert_string_equal(diff0(old,
		"\xEF\xBB\xBF" "action A1 First\n  lead x\naction A2\n  lead yy\n"), "A2");
	assert_string_equal(diff0(NULL, old), "A1,A2");
	assert_string_equal(diff0(old, NULL), "A1,A2");
	/* A BOM before the only, indented, record. */
	assert_string_equal(diff0("\xEF\xBB\xBF" "  action A1\n    lead x\n",
				  "\xEF\xBB\xBF" "  action A1\n    lead y\n"), "A1");
	/* A BOM before a field: fields before the first record. */
	{
		int rc = -2;
		diff("\xEF\xBB\xBF" "lead x\naction A1\n", "\xEF\xBB\xBF" "lead y\naction A1\n", &rc);
		assert_int_equal(rc, PLAN_RECORDS_ANY);
	}
}

/* ---- case ---- */

static void test_keyword_and_id_case(void **state)
{
	(void)state;
	assert_string_equal(diff0("ACTION A1\n  LEAD x\nAction A2\n  Lead y\n",
				  "ACTION A1\n  LEAD xx\nAction A2\n  Lead y\n"), "A1");
	assert_string_equal(diff0("ACTION A1\n  LEAD x\nAction A2\n  Lead y\n",
				  "ACTION A1\n  LEAD x\nAction A2\n  Lead yy\n"), "A2");
	assert_string_equal(diff0("aCtIoN A1\n  Update 2019-01-10\n    ACTION X1\n    x\n",
				  "aCtIoN A1\n  Update 2019-01-10\n    ACTION X1\n    y\n"), "A1");
	/* A keyword's case changed: that record. */
	assert_string_equal(diff0("action A1\naction A2\n",
				  "action A1\nACTION A2\n"), "A2");
	/* Ids are case-sensitive. */
	assert_string_equal(diff0("action A1\n  lead x\n",
				  "action a1\n  lead x\n"), "A1,a1");
	assert_string_equal(diff0("action A1\n  lead x\naction a1\n  lead x\n",
				  "action A1\n  lead x\naction a1\n  lead y\n"), "a1");
	assert_string_equal(diff0("action A1\n  lead x\naction a1\n  lead x\n",
				  "action A1\n  lead y\naction a1\n  lead x\n"), "A1");
}

/* ---- fields before the first record ---- */

static void test_fields_before_first_record(void **state)
{
	int rc = -2;
	const char *k;

	(void)state;
	/* A file of updates for the action that includes it. */
	k = diff("  update 2019-01-10 green\n    text\n  lead x\n",
		 "  update 2019-01-10 green\n    more text\n  lead x\n", &rc);
	assert_string_equal(k, "");
	assert_int_equal(rc, PLAN_RECORDS_ANY);
	/* Followed by records. */
	k = diff("lead x\n  note y\n    action X1\naction A1\n  lead z\n",
		 "lead x\n  note yy\n    action X1\naction A1\n  lead z\n", &rc);
	assert_int_equal(rc, PLAN_RECORDS_ANY);
	assert_no_key(k, "X1");
	assert_no_key(k, "A1");
	/* Added, or deleted, in front of a record. */
	k = diff("action A1\n  lead z\n", "lead x\naction A1\n  lead z\n", &rc);
	assert_int_equal(rc, PLAN_RECORDS_ANY);
	assert_no_key(k, "A1");
	k = diff("due 2019-03\naction A1\n  lead z\n", "action A1\n  lead z\n", &rc);
	assert_int_equal(rc, PLAN_RECORDS_ANY);
	/* A whole such file added. */
	diff(NULL, "  lead x\n", &rc);
	assert_int_equal(rc, PLAN_RECORDS_ANY);
	/* Keys are still reported. */
	k = diff("lead x\naction A1\n  lead z\n", "lead y\naction A1\n  lead zz\n", &rc);
	assert_int_equal(rc, PLAN_RECORDS_ANY);
	assert_string_equal(k, "A1");

	/* Includes, comments and blank lines are not fields. */
	{
		const char *inc =
			"# Updates from partners\n"
			"include a.plan\n"
			"\n"
			"  INCLUDE b/c.plan\n"
			"action A1 Title\n"
			"  lead x\n";

		assert_string_equal(diff0(inc,
			"# Updates from partners\n"
			"include a.plan\n"
			"\n"
			"  INCLUDE b/c.plan\n"
			"action A1 New title\n"
			"  lead x\n"), "A1");
		assert_string_equal(diff0(inc,
			"# Updates from partners\n"
			"include a.plan\n"
			"\n"
			"  INCLUDE b/c.plan\n"
			"action A1 Title\n"
			"  lead y\n"), "A1");
		/* An include added there: its own key (see test_include_lines). */
		assert_string_equal(diff0(inc,
			"# Updates from partners\n"
			"include a.plan\n"
			"include d.plan\n"
			"\n"
			"  INCLUDE b/c.plan\n"
			"action A1 Title\n"
			"  lead x\n"), "include d.plan");
		assert_string_equal(diff0(NULL, inc), "A1,INCLUDE b/c.plan,include a.plan");
	}
	/* Before an update in separate form. */
	assert_string_equal(diff0("include a.plan\n2019-01-10 A1\n  text\n",
				  "include a.plan\n2019-01-10 A1\n  text!\n"), "A1");
}

/* ---- include lines ---- */

/* An include line is a record of its own, keyed by its text, inside the record it is in. */
static void test_include_lines(void **state)
{
	const char *old =
		"action A1 First\n"
		"  lead x\n"
		"  include a.plan\n"
		"  note n\n"
		"action A2 Second\n"
		"include b.plan\r\n"
		"action A3 Third\n";
	const char *k;

	(void)state;
	/* What A1 includes changed: A1 and both includes. */
	k = diff0(old,
		"action A1 First\n"
		"  lead x\n"
		"  include c.plan\n"
		"  note n\n"
		"action A2 Second\n"
		"include b.plan\r\n"
		"action A3 Third\n");
	assert_string_equal(k, "A1,include a.plan,include c.plan");
	/* A1 changed elsewhere: not the include. */
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  lead y\n"
		"  include a.plan\n"
		"  note n\n"
		"action A2 Second\n"
		"include b.plan\r\n"
		"action A3 Third\n"), "A1");
	/* Added, deleted; the line end and trailing blanks are not in the key. */
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  lead x\n"
		"  include a.plan\n"
		"  note n\n"
		"action A2 Second\n"
		"include b.plan\r\n"
		"include d.plan  \r\n"
		"action A3 Third\n"), "A2,include d.plan");
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  lead x\n"
		"  include a.plan\n"
		"  note n\n"
		"action A2 Second\n"
		"action A3 Third\n"), "A2,include b.plan");
	/* Moved to another action: both actions, not the include. */
	assert_string_equal(diff0(old,
		"action A1 First\n"
		"  lead x\n"
		"  note n\n"
		"action A2 Second\n"
		"include b.plan\r\n"
		"action A3 Third\n"
		"  include a.plan\n"), "A1,A3");
	/* In a text block it is text. */
	assert_string_equal(diff0(
		"action A1\n"
		"  note Read\n"
		"    include a.plan\n",
		"action A1\n"
		"  note Read\n"
		"    include b.plan\n"), "A1");
}

/* ---- long ids ---- */

static void test_long_id(void **state)
{
	char old[1024], new_[1024], id[400];
	const char *k;

	(void)state;
	memset(id, 'x', 300);
	id[0] = 'L';
	id[300] = '\0';
	snprintf(old, sizeof(old), "action A1\naction %s\n  lead a\naction Z1\n", id);
	snprintf(new_, sizeof(new_), "action A1\naction %s\n  lead b\naction Z1\n", id);
	k = diff0(old, new_);
	assert_int_equal(strlen(k), PLAN_RECORD_KEY_MAX);
	assert_memory_equal(k, id, PLAN_RECORD_KEY_MAX);
	/* Exactly at the limit: kept whole. */
	id[PLAN_RECORD_KEY_MAX] = '\0';
	snprintf(old, sizeof(old), "action %s\n  lead a\n", id);
	snprintf(new_, sizeof(new_), "action %s\n  lead b\n", id);
	assert_string_equal(diff0(old, new_), id);
	/* Ids that differ only after the cut are one key. */
	snprintf(old, sizeof(old), "action A1\naction %sxxxx1\n  lead a\n", id);
	snprintf(new_, sizeof(new_), "action A1\naction %sxxxx2\n  lead a\n", id);
	assert_string_equal(diff0(old, new_), id);
	/* In separate form too. */
	snprintf(old, sizeof(old), "2019-01-10 %sxx\n  a\n", id);
	snprintf(new_, sizeof(new_), "2019-01-10 %sxx\n  b\n", id);
	assert_string_equal(diff0(old, new_), id);
}

/* ---- large files ---- */

/* A file of n actions A0..A{n-1}, indented by ind spaces; action `changed` gets "!". */
static char *many_actions(int n, int ind, int changed, const char *eol)
{
	size_t cap = (size_t)n * (200 + 4 * (size_t)ind) + 100, len = 0;
	char *s = malloc(cap);
	int i;

	assert_non_null(s);
	len += (size_t)snprintf(s + len, cap - len, "plan P1 Big%s", eol);
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(s + len, cap - len,
			"%*saction A%d Action number %d%s"
			"%*s  lead Someone%s"
			"%*s  update 2019-01-10 green%s"
			"%*s    Progress on %d%s%s"
			"%*s    action taken%s"
			"%s",
			ind, "", i, i, eol,
			ind, "", eol,
			ind, "", eol,
			ind, "", i, i == changed ? "!" : "", eol,
			ind, "", eol,
			eol);
	assert_true(len < cap);
	return s;
}

static void test_large_file(void **state)
{
	struct { int ind, changed; const char *eol, *key; } cases[] = {
		{ 0, 1990, "\n", "A1990" },
		{ 0, 1999, "\n", "A1999" },
		{ 0, 0, "\n", "A0" },
		{ 0, 1000, "\r\n", "A1000" },
		{ 2, 1000, "\n", "A1000" },
		{ 2, 1998, "\r", "A1998" },
	};
	size_t c;

	(void)state;
	for (c = 0; c < sizeof(cases) / sizeof(*cases); c++) {
		char *old = many_actions(2000, cases[c].ind, -1, cases[c].eol);
		char *new_ = many_actions(2000, cases[c].ind, cases[c].changed, cases[c].eol);
		int rc = -2;
		char key[32];

		snprintf(key, sizeof(key), "%s", diff(old, new_, &rc));
		free(old);
		free(new_);
		assert_string_equal(key, cases[c].key);
		assert_int_equal(rc, 0);
	}
	/* Two changes far apart. */
	{
		char *old = many_actions(2000, 0, 10, "\n");
		char *new_ = many_actions(2000, 0, 1900, "\n");
		int rc = -2;
		char key[32];

		snprintf(key, sizeof(key), "%s", diff(old, new_, &rc));
		free(old);
		free(new_);
		assert_string_equal(key, "A10,A1900");
		assert_int_equal(rc, 0);
	}
}

/* ---- robustness ---- */

static void test_edges(void **state)
{
	int rc = -2;

	(void)state;
	assert_string_equal(diff0("", "action A1\n"), "A1");
	assert_string_equal(diff0("", "\n"), "");
	assert_string_equal(diff0("", "   \n\n# c\n"), "");
	assert_string_equal(diff0("\r", ""), "");
	assert_string_equal(diff0("\r", NULL), "");
	assert_string_equal(diff0("\r", "\r\n"), "");
	assert_string_equal(diff0("\n", "\r"), "");
	assert_string_equal(diff0("\r", "action A1\r"), "A1");
	/* No final line break. */
	assert_string_equal(diff0("action A1\n  lead x", "action A1\n  lead y"), "A1");
	assert_string_equal(diff0("action A1\n  lead x", "action A1\n  lead x\n"), "A1");
	assert_string_equal(diff0("action A1\naction A2", "action A1\naction A3"), "A2,A3");
	assert_string_equal(diff0("action A1", "action A12"), "A1,A12");
	assert_string_equal(diff0("action A1\naction A2", "action A1\r\naction A2"), "A1");
	/*
	 * Records without an id (their key is empty, which the joined keys
	 * cannot tell from none): A1 is not among them.
	 */
	diff0("action\n", "action \n");
	assert_string_equal(diff0("action A1\naction\n", "action A1\naction -1\n"), "");
	assert_string_equal(diff0("action A1\naction\n", "action A1\naction 1\n"), ",1");
	assert_string_equal(diff0("action A1\n2019-01-10\n  a\n", "action A1\n2019-01-10\n  b\n"), "");
	assert_no_key(diff("action A1\n,\n\t\n#\n  #\n2\n", "action A1\n,\n\t\n#\n  #\n3\n", &rc),
		      "A1");
	/* One of the files a prefix of the other. */
	assert_string_equal(diff0("action A1\n  lead x\naction A2\n", "action A1\n  lead x\n"), "A2");
	assert_string_equal(diff0("action A1\n  le", "action A1\n  lead x\naction A2\n"), "A1,A2");
}

static void test_binary_junk(void **state)
{
	static const char junk1[] = "action A1\0\0\xff\xfe\n\0action\0A2\n  lead \0x\n\r\r\0";
	static const char junk2[] = "action A1\0\0\xff\xfe\n\0action\0A2\n  lead \0y\n\r\r\0";
	static const char nul_line[] = "action A1\n  lead x\0y\naction A2\n";
	static const char nul_line2[] = "action A1\n  lead x\0z\naction A2\n";
	int rc = -2;

	(void)state;
	diff_n(junk1, sizeof(junk1) - 1, junk2, sizeof(junk2) - 1, &rc);
	diff_n(junk1, sizeof(junk1) - 1, NULL, 0, &rc);
	diff_n(junk1, 1, junk2, 3, &rc);
	/* A NUL inside a field's text is just a byte of A1's record. */
	assert_string_equal(diff_n(nul_line, sizeof(nul_line) - 1,
				   nul_line2, sizeof(nul_line2) - 1, &rc), "A1");
	assert_int_equal(rc, 0);
	/* NUL just after a keyword or an id. */
	assert_string_equal(diff_n("action A1\0\n", 11, "action A1\0\0\n", 12, &rc), "A1");
	diff_n("action\0 A1\n", 11, "action\0 A2\n", 11, &rc);
	/* Only NULs, and bytes >= 0x80 where a keyword or an id would be. */
	{
		char zeros[300] = { 0 }, high[300];
		memset(high, 0xC3, sizeof(high));
		diff_n(zeros, sizeof(zeros), high, sizeof(high), &rc);
		diff_n(zeros, sizeof(zeros), zeros, sizeof(zeros) - 1, &rc);
		assert_string_equal(diff_n("action \xC3\xA9t\xC3\xA9\n", 12,
					   "action \xC3\xA9t\xC3\xA9!\n", 13, &rc), "");
	}
}

/* A small deterministic generator (xorshift). */
static unsigned long rng_state = 88172645463325252UL;

static unsigned long rnd(unsigned long n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (unsigned long)(rng_state % n);
}

/* Random bytes from an alphabet of what matters to the line rules. */
static void test_random_bytes(void **state)
{
	static const char *const bits[] = {
		"\n", "\r", "\r\n", " ", "\t", "#", "action", "ACTION", "update", "lead",
		"include", "A1", "a1", "x.y", "2019", "-", ",", "\0", "\xEF\xBB\xBF", "\xC3",
		"plan", "  ", "9", "_",
	};
	char old[400], new_[400];
	int round;

	(void)state;
	for (round = 0; round < 3000; round++) {
		size_t oldlen = 0, newlen, i, nb = sizeof(bits) / sizeof(*bits);
		int rc;

		while (oldlen < sizeof(old) - 10 && rnd(40)) {
			const char *b = bits[rnd(nb)];
			size_t n = b[0] ? strlen(b) : 1;
			memcpy(old + oldlen, b, n);
			oldlen += n;
		}
		memcpy(new_, old, oldlen);
		newlen = oldlen;
		/* A few bytes changed, inserted or removed. */
		for (i = rnd(4) + 1; i > 0; i--) {
			size_t at = newlen ? rnd(newlen + 1) : 0;
			const char *b = bits[rnd(nb)];
			size_t n = b[0] ? strlen(b) : 1;

			switch (rnd(3)) {
			case 0:
				if (newlen + n < sizeof(new_)) {
					memmove(new_ + at + n, new_ + at, newlen - at);
					memcpy(new_ + at, b, n);
					newlen += n;
				}
				break;
			case 1:
				if (at < newlen) {
					memmove(new_ + at, new_ + at + 1, newlen - at - 1);
					newlen--;
				}
				break;
			default:
				if (at < newlen)
					new_[at] = b[0];
				break;
			}
		}
		diff_n(old, oldlen, new_, newlen, &rc);
		assert_true(rc == 0 || rc == PLAN_RECORDS_ANY);
	}
}

/*
 * Random plans from lines that matter, edited a line at a time: the
 * answer must be the same whole (the checks in diff) and, for an edit of
 * a line inside an action that nothing else can reach, that action.
 */
static void test_random_edits(void **state)
{
	static const char *const lines[] = {
		"plan P1", "section S1", "objective O1", "action A1", "action A2", "Action A3",
		"ACTION a1", "  lead x", "  lead y", "  update 2019-01-10 green", "    text one",
		"    action A9 taken", "      deeper", "2019-02-01 A2 amber", "  2019-03-01 A3",
		"# comment", "  # indented comment", "", "   ", "include x.plan",
		"\tnote tabbed", "\t\ttab text", "laed typo", "  action A4",
		"10 Jan 2019 A1 by Someone", "  note n", "    2018 - 86",
		"action 1.1", "action 2a. Two", "2019-02-01 1.1 amber", "2019-02-02 P1:2a",
	};
	static const char *const eols[] = { "\n", "\n", "\n", "\r\n", "\r" };
	size_t nl = sizeof(lines) / sizeof(*lines);
	int round;

	(void)state;
	for (round = 0; round < 3000; round++) {
		const char *l[40], *e[40];
		size_t n = rnd(25), i, k;
		char old[2048], new_[2048];
		size_t oldlen = 0, newlen = 0;
		int rc;

		for (i = 0; i < n; i++) {
			l[i] = lines[rnd(nl)];
			e[i] = rnd(6) ? eols[rnd(sizeof(eols) / sizeof(*eols))] : "\n";
		}
		for (i = 0; i < n; i++)
			oldlen += (size_t)sprintf(old + oldlen, "%s%s", l[i], e[i]);
		/* One to three edits of whole lines. */
		for (k = rnd(3) + 1; k > 0; k--) {
			size_t at = rnd(n + 1);

			switch (rnd(5)) {
			case 0:           /* insert */
				if (n < 39) {
					memmove(l + at + 1, l + at, (n - at) * sizeof(*l));
					memmove(e + at + 1, e + at, (n - at) * sizeof(*e));
					l[at] = lines[rnd(nl)];
					e[at] = "\n";
					n++;
				}
				break;
			case 1:           /* delete */
				if (at < n) {
					memmove(l + at, l + at + 1, (n - at - 1) * sizeof(*l));
					memmove(e + at, e + at + 1, (n - at - 1) * sizeof(*e));
					n--;
				}
				break;
			case 2:           /* replace */
				if (at < n)
					l[at] = lines[rnd(nl)];
				break;
			case 3:           /* swap with the next */
				if (at + 1 < n) {
					const char *t = l[at];
					l[at] = l[at + 1];
					l[at + 1] = t;
				}
				break;
			default:          /* another line end */
				if (at < n)
					e[at] = eols[rnd(sizeof(eols) / sizeof(*eols))];
				break;
			}
		}
		for (i = 0; i < n; i++)
			newlen += (size_t)sprintf(new_ + newlen, "%s%s", l[i], e[i]);
		if (rnd(8) == 0 && newlen > 0)
			newlen--;   /* sometimes no final line break, or a CR LF cut */
		diff_n(old, oldlen, new_, newlen, &rc);
		assert_true(rc == 0 || rc == PLAN_RECORDS_ANY);
	}
	/* A lead changed in action A5 of plans made of random, but closed, records. */
	for (round = 0; round < 500; round++) {
		char old[4096], new_[4096];
		size_t oldlen = 0, newlen = 0, i, n = rnd(12);
		int rc;

		for (i = 0; i < n; i++)
			oldlen += (size_t)sprintf(old + oldlen, "%s\n", lines[rnd(nl)]);
		memcpy(new_, old, oldlen);
		newlen = oldlen;
		oldlen += (size_t)sprintf(old + oldlen, "action A5\n  lead old\n");
		newlen += (size_t)sprintf(new_ + newlen, "action A5\n  lead new\n");
		for (i = rnd(12); i > 0; i--) {
			const char *x = lines[rnd(nl)];
			oldlen += (size_t)sprintf(old + oldlen, "%s\n", x);
			newlen += (size_t)sprintf(new_ + newlen, "%s\n", x);
		}
		assert_has_key(diff_n(old, oldlen, new_, newlen, &rc), "A5");
	}
}

/* ---- running out of memory ---- */

/*
 * Runs plan_records_diff with allocation n failing, for n = 0, 1, ... until
 * it succeeds: each failure must be -1, and the first success must report
 * what a run without failures reports.  Returns the number of failures.
 */
static long all_failures(const char *old, const char *new_)
{
	static struct keys want, k;
	size_t oldlen = old ? strlen(old) : 0, newlen = new_ ? strlen(new_) : 0;
	long n, made = 0;
	int rc, want_rc = run(old, oldlen, new_, newlen, &want);

	assert_int_not_equal(want_rc, -1);
	for (n = 0; n < 10000; n++) {
		plan_alloc_fail_after(n);
		rc = run(old, oldlen, new_, newlen, &k);
		made = plan_alloc_fail_after(-1);
		if (rc != -1)
			break;
		/* It failed because allocation n failed. */
		assert_true(made > n);
	}
	assert_true(made <= n);
	assert_int_equal(rc, want_rc);
	assert_string_equal(k.s, want.s);
	return n;
}

static void test_allocation_failure(void **state)
{
	char *old = many_actions(300, 0, 0, "\n");
	char *new_ = many_actions(300, 0, 299, "\n");
	char *ind = many_actions(300, 1, -1, "\n");
	char *ind2 = many_actions(300, 1, 150, "\n");
	long fails[6];

	(void)state;
	/* Hundreds of records in both: the array grows in each. */
	fails[0] = all_failures(old, new_);
	fails[1] = all_failures(ind, ind2);
	fails[2] = all_failures(NULL, ind);
	fails[3] = all_failures(ind, NULL);
	fails[4] = all_failures("action A1\n  lead x\n", "action A1\n  lead y\n");
	fails[5] = all_failures("lead x\n", "lead y\n");
	free(old);
	free(new_);
	free(ind);
	free(ind2);
	assert_true(fails[0] >= 4);
	assert_true(fails[1] >= 4);
	assert_true(fails[2] >= 2);
	assert_true(fails[3] >= 2);
	assert_true(fails[4] >= 2);
}

/* plan_records_keep: the records of the ids in ctx (a NULL-ended list). */
static int keep_ids(void *ctx, const char *key, size_t len)
{
	const char *const *id;

	for (id = ctx; *id; id++)
		if (strlen(*id) == len && memcmp(*id, key, len) == 0)
			return 1;
	return 0;
}

static char *kept(const char *s, const char *const *ids)
{
	size_t len = strlen(s), n;
	char *out = malloc(len + 1);

	assert_non_null(out);
	n = plan_records_keep(s, len, keep_ids, (void *)ids, out);
	if (n == (size_t)-1) {
		free(out);
		return NULL;
	}
	out[n] = '\0';
	return out;
}

/* The plan's record, the records asked for, the records with an include. */
static void test_keep(void **state)
{
	static const char *const a2[] = { "A2", NULL };
	static const char *const hv[] = { "HV1.1", NULL };
	const char *plan =
		"# a comment\n"
		"include head.plan\n"
		"plan P1 Plan\n  period 2019/20\n"
		"section S Section\n"
		"action A1 One\n  lead Ann\n  include a1-notes.plan\n"
		"action A2 Two\n  lead Bob\n  update 2019-01-01 green\n    action taken\n"
		"  include a2.plan\n"
		"2019-02-01 HV1.1 amber by Housing\n  Late.\n"
		"action A3 Three\n  lead Cy";
	char *k;

	(void)state;
	k = kept(plan, a2);
	assert_string_equal(k, "include head.plan\n"
			       "plan P1 Plan\n  period 2019/20\n"
			       "action A1 One\n  lead Ann\n  include a1-notes.plan\n"
			       "action A2 Two\n  lead Bob\n  update 2019-01-01 green\n    action taken\n"
			       "  include a2.plan\n");
	free(k);
	k = kept(plan, hv);
	assert_string_equal(k, "include head.plan\n"
			       "plan P1 Plan\n  period 2019/20\n"
			       "action A1 One\n  lead Ann\n  include a1-notes.plan\n"
			       "action A2 Two\n  lead Bob\n  update 2019-01-01 green\n    action taken\n"
			       "  include a2.plan\n"
			       "2019-02-01 HV1.1 amber by Housing\n  Late.\n");
	free(k);
	/* Fields before the first record belong to an includer: all is needed. */
	assert_null(kept("  lead Ann\naction A1 One\n", a2));
}

/* What is kept parses to the same action as the whole file. */
static void test_keep_parses_the_same(void **state)
{
	static const char *const ids[] = { "A2", NULL };
	const char *plan =
		"plan P1 Plan\n  period 2019/20\n"
		"objective O1 Objective\n"
		"action A1 One\n  lead Ann\n  due 2019-12\n"
		"action A2 Two\n  lead Bob, Police\n  due 2019-11\n  review quarterly\n"
		"  update 2019-01-01 green\n    Went well.\n\n    action followed.\n"
		"  decision 2019-05-17 continue\n"
		"2019-03-01 A2 amber\n  Later.\n"
		"action A3 Three\n  lead Cy\n";
	char *k = kept(plan, ids);
	plan_set *whole = plan_set_new(), *part = plan_set_new();

	(void)state;
	assert_non_null(k);
	assert_int_equal(plan_load_buffer(whole, "p.plan", plan, strlen(plan)), PLAN_OK);
	assert_int_equal(plan_load_buffer(part, "p.plan", k, strlen(k)), PLAN_OK);
	assert_int_equal(plan_set_link(whole), 0);
	assert_int_equal(plan_set_link(part), 0);
	assert_int_equal(part->diags.count[PLAN_SEV_ERROR], 0);
	assert_non_null(plan_set_action(part, "A2"));
	assert_null(plan_set_action(part, "A1"));
	assert_int_equal(plan_set_action(part, "A2")->updates.count, 2);
	assert_int_equal(plan_action_changes(plan_set_action(whole, "A2"), plan_set_action(part, "A2"),
					     NULL, NULL), 0);
	plan_set_free(whole);
	plan_set_free(part);
	free(k);
}

/* The action id of what plan_records_keep keeps of s, parsed, has what the whole file's has. */
static void assert_keep_same(const char *s, const char *id)
{
	const char *ids[2];
	plan_set *whole = plan_set_new(), *part = plan_set_new();
	const plan_action *a, *b;
	char *k;

	ids[0] = id;
	ids[1] = NULL;
	k = kept(s, ids);
	assert_non_null(k);
	assert_int_equal(plan_load_buffer(whole, "p.plan", s, strlen(s)), PLAN_OK);
	assert_int_equal(plan_load_buffer(part, "p.plan", k, strlen(k)), PLAN_OK);
	assert_int_equal(plan_set_link(whole), 0);
	assert_int_equal(plan_set_link(part), 0);
	assert_int_equal(whole->diags.count[PLAN_SEV_ERROR], 0);
	if (part->diags.count[PLAN_SEV_ERROR])
		fprintf(stderr, "kept of %s:\n%s", id, k);
	assert_int_equal(part->diags.count[PLAN_SEV_ERROR], 0);
	a = plan_set_action(whole, id);
	b = plan_set_action(part, id);
	assert_non_null(a);
	if (!b)
		fprintf(stderr, "kept of %s:\n%s", id, k);
	assert_non_null(b);
	assert_int_equal(plan_action_changes(a, b, NULL, NULL), 0);
	assert_string_equal(a->plan->id, b->plan->id);
	plan_set_free(whole);
	plan_set_free(part);
	free(k);
}

/*
 * An indented record line after a record left out: in the file, that
 * record closed the text block before it; what is kept must not read the
 * line as more of that text.
 */
static void test_keep_indented_record_lines(void **state)
{
	(void)state;
	/* A directive after a section left out, below a plan's note. */
	assert_keep_same("plan P\n  note X\nsection S\n    action A1 Real\n", "A1");
	/* A plan line after an action left out, below an update of A2. */
	assert_keep_same("plan P1\n2019-06-01 A2 amber\naction HV1.1 X\n  plan Z\naction A2\n", "A2");
	/* Updates after an action left out, one below the other, with text and an include. */
	assert_keep_same("plan P1 x\naction A1 y\naction Z7\n  2019-01-10 A1 red\n     First.\n\n"
			 "      More.\n  2019-01-11 A1 green\n   Text.\n  # a comment\n", "A1");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identical),
		cmocka_unit_test(test_keep),
		cmocka_unit_test(test_keep_parses_the_same),
		cmocka_unit_test(test_keep_indented_record_lines),
		cmocka_unit_test(test_field_of_middle_action),
		cmocka_unit_test(test_first_and_last_action),
		cmocka_unit_test(test_action_added_and_deleted),
		cmocka_unit_test(test_whole_file_added_and_deleted),
		cmocka_unit_test(test_keys_in_byte_order),
		cmocka_unit_test(test_text_line_starting_with_action),
		cmocka_unit_test(test_action_at_field_indentation),
		cmocka_unit_test(test_tabs),
		cmocka_unit_test(test_indented_directives),
		cmocka_unit_test(test_separate_form_update),
		cmocka_unit_test(test_moved_records),
		cmocka_unit_test(test_comments),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_lone_cr),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_keyword_and_id_case),
		cmocka_unit_test(test_fields_before_first_record),
		cmocka_unit_test(test_include_lines),
		cmocka_unit_test(test_long_id),
		cmocka_unit_test(test_large_file),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_binary_junk),
		cmocka_unit_test(test_random_bytes),
		cmocka_unit_test(test_random_edits),
		cmocka_unit_test(test_allocation_failure),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
