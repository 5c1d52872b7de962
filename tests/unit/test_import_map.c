/*
 * test_import_map.c - planimport's mapper (src/import_map.c) and CSV
 * reader (src/import_csv.c).
 *
 * Covered: CSV with a byte order mark, CRLF, LF and CR mixed, quoted
 * fields holding separators, quotes and line breaks, a semicolon file;
 * the CSV errors (an open quote at the end, a NUL, bytes that are not
 * UTF-8: a lone continuation byte, an overlong form, a surrogate) with
 * their line; numbering read as ids; fill colours classified by hue;
 * a table built in memory as a Word reader gives it (a header row
 * flagged, an objective heading spanning the table, merged objective
 * cells, a fill-only RAG, a second table with the same columns and no
 * header: the first continued after a page break, a repeated header)
 * written as a plan that parses with no error, with the ids, leads,
 * ratings and notes expected; duplicate ids suffixed; no plan-like table
 * refused; and every allocation failing in turn, with a clean error and
 * nothing leaked.
 */
#include "helpers.h"

#include "alloc.h"
#include "arena.h"
#include "error.h"
#include "import.h"
#include "import_int.h"
#include "import_map.h"

static plan_table_doc *new_doc(void)
{
	plan_table_doc *doc = plan_calloc(1, sizeof *doc);
	assert_non_null(doc);
	doc->arena = plan_arena_new();
	assert_non_null(doc->arena);
	return doc;
}

static int read_csv(plan_table_doc **out, const char *s, size_t n)
{
	plan_table_doc *doc = plan_calloc(1, sizeof *doc);
	int rc;

	*out = NULL;
	if (!doc)
		return PLAN_ENOMEM;
	if (!(doc->arena = plan_arena_new())) {
		plan_free(doc);
		return PLAN_ENOMEM;
	}
	rc = plan_import_csv_read(doc, s, n);
	if (rc) {
		plan_table_doc_free(doc);
		return rc;
	}
	*out = doc;
	return PLAN_OK;
}

static const char *cell(const plan_table_doc *doc, size_t r, size_t c)
{
	assert_true(doc->ntables >= 1);
	assert_true(r < doc->tables[0].nrows);
	assert_true(c < doc->tables[0].rows[r].ncells);
	return doc->tables[0].rows[r].cells[c].text;
}

static void test_csv_forms(void **state)
{
	static const char csv[] = "\xef\xbb\xbf" "Action,Lead\r\n\"a, \"\"b\"\"\",\"two\r\nlines\"\rc,d\n\ne,\"\"\n";
	plan_table_doc *doc;

	(void)state;
	assert_int_equal(read_csv(&doc, csv, sizeof csv - 1), PLAN_OK);
	assert_int_equal(doc->ntables, 1);
	assert_int_equal(doc->tables[0].nrows, 4);
	assert_string_equal(cell(doc, 0, 0), "Action");
	assert_string_equal(cell(doc, 1, 0), "a, \"b\"");
	assert_string_equal(cell(doc, 1, 1), "two\nlines");
	assert_string_equal(cell(doc, 2, 0), "c");
	assert_string_equal(cell(doc, 2, 1), "d");
	assert_string_equal(cell(doc, 3, 1), "");
	assert_int_equal(doc->tables[0].rows[3].cells[1].span, 1);
	plan_table_doc_free(doc);

	assert_int_equal(read_csv(&doc, "A;B\n1;2,5\n", 10), PLAN_OK);
	assert_string_equal(cell(doc, 1, 1), "2,5");
	plan_table_doc_free(doc);
}

static void expect_error(const char *s, size_t n, const char *what)
{
	plan_table_doc *doc;

	assert_int_equal(read_csv(&doc, s, n), PLAN_EINVALID);
	assert_null(doc);
	if (!strstr(plan_error_message(), what))
		fail_msg("message \"%s\" does not say \"%s\"", plan_error_message(), what);
	plan_error_clear();
}

static void test_csv_errors(void **state)
{
	(void)state;
	expect_error("a,b\n\"open,c\n", 12, "line 2: the quoted field opened here is not closed");
	expect_error("a,b\nc\0d\n", 8, "line 2: a NUL byte");
	expect_error("a\n\nb\x80\n", 6, "line 3: byte 0x80 is not UTF-8");
	expect_error("a\xc0\x80\n", 4, "line 1: byte 0xC0 is not UTF-8");
	expect_error("a\xed\xa0\x80\n", 5, "byte 0xED is not UTF-8");
	expect_error("a\xe2\x80", 3, "byte 0xE2 is not UTF-8");
}

static void test_labels(void **state)
{
	static const struct { const char *text, *label; size_t skip; } cases[] = {
		{ "1. To ensure", "1", 3 }, { "1.1.1 Deliver", "1.1.1", 6 }, { "(a) Develop", "a", 4 },
		{ "b) Address", "b", 3 }, { "a. Item", "a", 3 }, { "3a) Three", "3a", 4 },
		{ "(iv) Roman", "iv", 5 }, { "1.2. Knife", "1.2", 5 }, { "12 \xe2\x80\x93 x", NULL, 0 },
		{ "2 year fixed term", NULL, 0 }, { "Deliver", NULL, 0 }, { "(a)b", NULL, 0 },
		{ "A. Smith", NULL, 0 }, { "2) \xe2\x80\x93 Dash", "2", 7 },
	};
	char label[64];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n = plan_import_label(cases[i].text, label, sizeof label);
		if (!cases[i].label) {
			if (n)
				fail_msg("\"%s\" read as numbering \"%s\"", cases[i].text, label);
			continue;
		}
		if (!n || strcmp(label, cases[i].label) || n != cases[i].skip)
			fail_msg("\"%s\": got \"%s\" (%zu), want \"%s\" (%zu)", cases[i].text, n ? label : "",
				 n, cases[i].label, cases[i].skip);
	}
}

static void test_fill_hues(void **state)
{
	static const struct { unsigned rgb; int rag; } cases[] = {
		{ 0xFF0000, PLAN_RAG_RED }, { 0xC00000, PLAN_RAG_RED }, { 0xE6B8B7, PLAN_RAG_NONE },
		{ 0xFF6666, PLAN_RAG_RED }, { 0xFFC000, PLAN_RAG_AMBER }, { 0xFFFF00, PLAN_RAG_AMBER },
		{ 0xF79646, PLAN_RAG_AMBER }, { 0x00B050, PLAN_RAG_GREEN }, { 0x92D050, PLAN_RAG_GREEN },
		{ 0x00FF00, PLAN_RAG_GREEN }, { 0xFFFFFF, PLAN_RAG_NONE }, { 0xF2F2F2, PLAN_RAG_NONE },
		{ 0x000000, PLAN_RAG_NONE }, { 0x0070C0, PLAN_RAG_NONE }, { 0x7030A0, PLAN_RAG_NONE },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (plan_import_rag_of_fill(cases[i].rgb) != cases[i].rag)
			fail_msg("#%06X: got %d, want %d", cases[i].rgb, plan_import_rag_of_fill(cases[i].rgb),
				 cases[i].rag);
}

/* A row of cells from "text|text|..."; "^" is a cell continued from above, "~RRGGBB" a fill. */
static void add_row(plan_table_doc *doc, plan_table *t, int header, const char *spec, unsigned span0)
{
	plan_table_row *rows = plan_arena_alloc(doc->arena, (t->nrows + 1) * sizeof *rows);
	plan_table_row *r;
	const char *p = spec;
	size_t n = 1, i;

	assert_non_null(rows);
	if (t->nrows)
		memcpy(rows, t->rows, t->nrows * sizeof *rows);
	t->rows = rows;
	r = &rows[t->nrows++];
	memset(r, 0, sizeof *r);
	r->header = header;
	for (; *p; p++)
		n += *p == '|';
	r->cells = plan_arena_zalloc(doc->arena, n * sizeof *r->cells);
	assert_non_null(r->cells);
	r->ncells = n;
	for (i = 0, p = spec; i < n; i++) {
		size_t len = strcspn(p, "|");
		plan_table_cell *c = &r->cells[i];
		c->span = i == 0 && span0 ? span0 : 1;
		if (len && *p == '^') {
			c->continued = 1;
			c->text = "";
		} else if (len && *p == '~') {
			c->has_fill = 1;
			c->fill = (unsigned)strtoul(p + 1, NULL, 16);
			c->text = "";
		} else {
			c->text = plan_arena_strndup(doc->arena, p, len);
		}
		p += len + (p[len] == '|');
	}
}

static char *write_plan(const plan_table_doc *doc, const plan_import_options *opt, plan_import_stats *st, int *rc)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	*rc = plan_import_write(doc, opt, f, st);
	fclose(f);
	return buf;
}

/* The plan text parses with no error; returns the set (release it). */
static plan_set *parses(const char *text)
{
	plan_set *set = track(plan_set_new());

	assert_int_equal(plan_load_buffer(set, "imported.plan", text, strlen(text)), PLAN_OK);
	plan_set_link(set);
	if (set->diags.count[PLAN_SEV_ERROR]) {
		dump_diags(set);
		fail_msg("the plan written has errors:\n%s", text);
	}
	return set;
}

static plan_table_doc *word_doc(void)
{
	plan_table_doc *doc = new_doc();
	plan_table *t = plan_arena_zalloc(doc->arena, 2 * sizeof *t);

	assert_non_null(t);
	doc->tables = t;
	doc->ntables = 2;
	doc->title = "Delivery Plan 2018 - 2019";
	t[0].name = "table 1";
	add_row(doc, &t[0], 0, "Strategic Objective 1 \xe2\x80\x93 Burglary : To reduce burglary", 5);
	add_row(doc, &t[0], 1, "Measures & targets|Action|Review Point|Lead|Update/Progress|RAG", 0);
	add_row(doc, &t[0], 0, "Fewer burglaries|(a) Deliver Be Safe|January 2019 CONTINUE 2019/20|Louis Smith\nHarrow Police|"
		"Ongoing.\nUPDATE 10th Jan 2019 Green\nRan well.|~FF0000", 0);
	add_row(doc, &t[0], 0, "^|(b) Take forward the recommendations into|September 2018\nREMOVE|Alex Dewsnap|Taken|~92D050", 0);
	t[1].name = "table 2";
	add_row(doc, &t[1], 1, "Measures & targets|Action|Review Point|Lead|Update/Progress|RAG", 0);
	add_row(doc, &t[1], 0, "|community engagement|||forward.|", 0);
	add_row(doc, &t[1], 0, "|(a) Deliver Be Safe again|Octobr 2019|Jo Bloggs|# first|Purple", 0);
	return doc;
}

static void test_word_table(void **state)
{
	plan_import_options opt = PLAN_IMPORT_OPTIONS_INIT;
	plan_import_stats st;
	plan_table_doc *doc = word_doc();
	plan_set *set;
	char *text;
	int rc;

	(void)state;
	opt.source = "plan.docx";
	text = write_plan(doc, &opt, &st, &rc);
	assert_int_equal(rc, PLAN_OK);
	set = parses(text);
	/* the heading: objective 1; the repeated header skipped; the cut row joined */
	assert_non_null(strstr(text, "plan DP20182019 Delivery Plan 2018 - 2019\n"));
	assert_non_null(strstr(text, "objective 1\n  title Burglary\n  statement To reduce burglary\n"));
	assert_non_null(strstr(text, "action 1.a\n  title Deliver Be Safe\n  measure Fewer burglaries\n"
				     "  lead Louis Smith\n  lead Harrow Police\n  review 2019-01\n"
				     "  decision continue into 2019/20\n  update\n    Ongoing.\n"
				     "  update 2019-01-10 green\n    Ran well.\n"));
	assert_non_null(strstr(text, "  title Take forward the recommendations into community engagement\n"));
	assert_non_null(strstr(text, "  decision remove\n"));
	/* a fill is a rating only where the row has none in words */
	assert_non_null(strstr(text, "the rating green is the colour of the row's cell (#92D050)\n  update green\n"
				     "    Taken forward.\n"));
	/* a duplicate id, a date not read, a word not a rating: kept */
	assert_non_null(strstr(text, "id 1.a is used above: this action is 1.a_2\naction 1.a_2\n"));
	if (!strstr(text, "  note Review Point: Octobr 2019\n\n    RAG: Purple\n"))
		fail_msg("%s", text);
	assert_non_null(strstr(text, "  update\n    No. # first\n"));
	assert_int_equal(st.rows, 7);
	assert_int_equal(st.actions, 3);
	assert_int_equal(st.updates, 4);
	assert_int_equal(st.notes, 1);
	assert_true(st.guesses >= 3);
	release(set);
	free(text);
	plan_table_doc_free(doc);
}

static void test_no_plan(void **state)
{
	plan_import_options opt = PLAN_IMPORT_OPTIONS_INIT;
	plan_table_doc *doc;
	char *text;
	int rc;

	(void)state;
	assert_int_equal(read_csv(&doc, "Name,Phone\nJo,1\n", 16), PLAN_OK);
	text = write_plan(doc, &opt, NULL, &rc);
	assert_int_equal(rc, PLAN_EINVALID);
	assert_non_null(strstr(plan_error_message(), "no table looks like a plan"));
	free(text);
	opt.columns = "A=action,B=budget";
	text = write_plan(doc, &opt, NULL, &rc);
	assert_int_equal(rc, PLAN_EINVALID);
	free(text);
	opt.columns = "A=action,B=lead";
	text = write_plan(doc, &opt, NULL, &rc);
	assert_int_equal(rc, PLAN_OK);
	assert_non_null(strstr(text, "action A1\n  title Jo\n  lead 1\n"));
	release(parses(text));
	free(text);
	plan_error_clear();
	plan_table_doc_free(doc);
}

/* Allocation i fails, for i = 0, 1, ... until the run succeeds: a clean error each time. */
static void test_out_of_memory(void **state)
{
	static const char csv[] = "Objective,Action,Lead,Timescale,Update,RAG\n"
				  "1. One,(a) First,Jo,Ongoing,\"UPDATE 1 May 2019 Red\nBehind\",\n"
				  ",(a) First,Sam,Octobr,Fine,Amber\n";
	plan_import_options opt = PLAN_IMPORT_OPTIONS_INIT;
	long i;
	int done = 0;

	(void)state;
	for (i = 0; !done && i < 5000; i++) {
		plan_table_doc *doc = NULL;
		char *text = NULL;
		int rc;

		plan_alloc_fail_after(i);
		rc = read_csv(&doc, csv, sizeof csv - 1);
		if (rc == PLAN_OK) {
			text = write_plan(doc, &opt, NULL, &rc);
			free(text);
		}
		plan_alloc_fail_after(-1);
		if (rc == PLAN_OK)
			done = 1;
		else
			assert_int_equal(rc, PLAN_ENOMEM);
		plan_error_clear();
		plan_table_doc_free(doc);
	}
	assert_true(done);
}

static int injection_off(void **state)
{
	(void)state;
	plan_alloc_fail_after(-1);
	release_all(state);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_forms),
		cmocka_unit_test(test_csv_errors),
		cmocka_unit_test(test_labels),
		cmocka_unit_test(test_fill_hues),
		cmocka_unit_test_teardown(test_word_table, injection_off),
		cmocka_unit_test_teardown(test_no_plan, injection_off),
		cmocka_unit_test_teardown(test_out_of_memory, injection_off),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
