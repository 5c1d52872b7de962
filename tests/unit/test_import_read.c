/*
 * test_import_read.c - planimport's readers (import.h): Word documents
 * and Excel workbooks made by other producers (pandoc, openpyxl) and by
 * hand (tests/import/fixtures.py, for what those cannot write), read into
 * tables; format detection; every kind of bad input a clear PLAN_EINVALID
 * naming the file and the part; and each PLAN_IMPORT_* limit of limit.h
 * at the limit and one past it.
 *
 * The fixtures are written once, by /usr/bin/python3
 * tests/import/fixtures.py into a temporary directory (some 130 MB for
 * the limits, removed at the end).  Run from the top of the tree (make
 * unit does).  A missing python3, openpyxl or pandoc fails the setup.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "alloc.h"
#include "error.h"
#include "import.h"
#include "limit.h"

static char dir[64];

static int setup(void **state)
{
	char cmd[256];

	(void)state;
	strcpy(dir, "/tmp/plan-test-import-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(cmd, sizeof(cmd), "/usr/bin/python3 tests/import/fixtures.py %s big", dir);
	if (system(cmd) != 0) {
		fprintf(stderr, "tests/import/fixtures.py failed (python3-openpyxl and pandoc are needed: make deps)\n");
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static const char *fixture(const char *name)
{
	static char path[128];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

/* Reads fixture name as fmt; fails the test, with the message, when it is not read. */
static plan_table_doc *read_ok(const char *name, plan_import_format fmt)
{
	plan_table_doc *doc = NULL;
	int code = plan_table_doc_read(&doc, fixture(name), fmt);

	if (code != PLAN_OK)
		fail_msg("%s: %d: %s", name, code, plan_error_message());
	assert_non_null(doc);
	return doc;
}

/* Reads fixture name, expecting PLAN_EINVALID with a message holding the file's name and each of words. */
static void read_bad(const char *name, plan_import_format fmt, const char *words)
{
	plan_table_doc *doc = (plan_table_doc *)1;
	int code = plan_table_doc_read(&doc, fixture(name), fmt);
	const char *msg = plan_error_message();

	if (code != PLAN_EINVALID)
		fail_msg("%s: expected PLAN_EINVALID, got %d (%s)", name, code, msg);
	assert_null(doc);
	if (!strstr(msg, name))
		fail_msg("%s: the message does not name the file: %s", name, msg);
	if (!strstr(msg, words))
		fail_msg("%s: the message does not say \"%s\": %s", name, words, msg);
}

static const plan_table_cell *cell(const plan_table_doc *doc, size_t t, size_t r, size_t c)
{
	assert_true(t < doc->ntables);
	assert_true(r < doc->tables[t].nrows);
	if (c >= doc->tables[t].rows[r].ncells)
		fail_msg("table %zu row %zu has %zu cells, not %zu", t, r, doc->tables[t].rows[r].ncells, c + 1);
	return &doc->tables[t].rows[r].cells[c];
}

static void check_text(const plan_table_doc *doc, size_t t, size_t r, size_t c, const char *text)
{
	assert_string_equal(cell(doc, t, r, c)->text, text);
}

static void check_fill(const plan_table_doc *doc, size_t t, size_t r, size_t c, int has, unsigned rgb)
{
	const plan_table_cell *x = cell(doc, t, r, c);

	assert_int_equal(x->has_fill, has);
	if (has)
		assert_int_equal(x->fill, rgb);
}

/* ---- Word ---- */

static void test_docx_features(void **state)
{
	plan_table_doc *doc = read_ok("features.docx", PLAN_IMPORT_AUTO);

	(void)state;
	assert_int_equal(doc->format, PLAN_IMPORT_DOCX);
	assert_string_equal(doc->title, "Vision plan 2019");   /* core.xml's, not the first paragraph */
	assert_int_equal(doc->ntables, 2);                     /* the page break splits the plan in two */
	assert_string_equal(doc->tables[0].name, "table 1");
	assert_string_equal(doc->tables[1].name, "table 2");
	assert_int_equal(doc->tables[0].nrows, 5);
	/* the header row, repeated on the second page */
	assert_true(doc->tables[0].rows[0].header);
	assert_false(doc->tables[0].rows[1].header);
	assert_true(doc->tables[1].rows[0].header);
	check_text(doc, 1, 0, 1, "Action");
	/* paragraphs joined by "\n", an empty one kept between */
	check_text(doc, 0, 1, 1, "1.1 First\n\nsecond para");
	/* vMerge: restart then continue */
	check_text(doc, 0, 1, 0, "1. Grow");
	assert_false(cell(doc, 0, 1, 0)->continued);
	assert_true(cell(doc, 0, 2, 0)->continued);
	check_text(doc, 0, 2, 0, "");
	/* w:br a line end, w:tab a space */
	check_text(doc, 0, 2, 1, "line\nbreak tab");
	/* shading: w:fill, "auto" none, w:val="solid" takes w:color */
	check_fill(doc, 0, 1, 2, 1, 0x00b050);
	check_fill(doc, 0, 2, 2, 0, 0);
	check_fill(doc, 0, 3, 1, 1, 0xffc000);
	check_fill(doc, 0, 1, 1, 0, 0);
	/* gridSpan */
	assert_int_equal(doc->tables[0].rows[3].ncells, 2);
	assert_int_equal(cell(doc, 0, 3, 0)->span, 2);
	assert_int_equal(cell(doc, 0, 3, 1)->span, 1);
	/* list paragraphs each a line starting "- " */
	check_text(doc, 0, 4, 0, "Leads:\n- Ann\n- Bob");
	/* a nested table flattened into its cell; its shading stays inside */
	check_text(doc, 0, 4, 1, "outer\ninner a\ninner b");
	check_fill(doc, 0, 4, 1, 0, 0);
	/* deleted text and field codes are not text; mc:Fallback repeats mc:Choice */
	check_text(doc, 0, 4, 2, "abc");
	/* the continuation's first cell is empty, its fill read */
	check_text(doc, 1, 1, 0, "");
	check_text(doc, 1, 1, 1, "1.2 After the break");
	check_fill(doc, 1, 1, 2, 1, 0xff0000);
	plan_table_doc_free(doc);
}

static void test_docx_title_from_paragraph(void **state)
{
	plan_table_doc *doc = read_ok("notitle.docx", PLAN_IMPORT_DOCX);

	(void)state;
	assert_string_equal(doc->title, "Community Safety Plan");
	assert_int_equal(doc->ntables, 1);
	plan_table_doc_free(doc);
}

static void test_docx_pandoc(void **state)
{
	plan_table_doc *doc = read_ok("pandoc.docx", PLAN_IMPORT_AUTO);

	(void)state;
	assert_int_equal(doc->format, PLAN_IMPORT_DOCX);
	assert_string_equal(doc->title, "Road Safety Plan");
	assert_int_equal(doc->ntables, 1);
	assert_int_equal(doc->tables[0].nrows, 3);
	assert_true(doc->tables[0].rows[0].header);
	check_text(doc, 0, 0, 0, "Action");
	check_text(doc, 0, 1, 0, "1.1 Fix the signs");
	check_text(doc, 0, 2, 1, "Ann Smith");
	check_text(doc, 0, 2, 2, "Ongoing");
	plan_table_doc_free(doc);
}

/* ---- Excel ---- */

static void test_xlsx_openpyxl(void **state)
{
	plan_table_doc *doc = read_ok("openpyxl.xlsx", PLAN_IMPORT_AUTO);
	const plan_table *t;

	(void)state;
	assert_int_equal(doc->format, PLAN_IMPORT_XLSX);
	assert_null(doc->title);
	assert_int_equal(doc->ntables, 2);
	t = &doc->tables[0];
	assert_string_equal(t->name, "Actions");
	assert_string_equal(doc->tables[1].name, "Notes");
	assert_int_equal(t->nrows, 7);
	check_text(doc, 0, 0, 0, "Objective");
	check_text(doc, 0, 1, 3, "2019-03-31");          /* a date */
	check_text(doc, 0, 2, 3, "2019-06-30");          /* a date and time: the date */
	check_text(doc, 0, 3, 3, "1900-01-01");          /* serial 1 */
	check_text(doc, 0, 3, 5, "1900-01-07");          /* a custom dd/mm/yyyy format */
	check_text(doc, 0, 2, 4, "3.25");                /* a number as written */
	check_text(doc, 0, 1, 5, "TRUE");
	check_text(doc, 0, 2, 5, "FALSE");
	check_text(doc, 0, 2, 2, "Bob\nCarl");
	check_fill(doc, 0, 1, 4, 1, 0x00b050);
	check_fill(doc, 0, 2, 4, 1, 0xffc000);
	check_fill(doc, 0, 1, 3, 0, 0);
	check_fill(doc, 0, 1, 6, 1, 0x9bbb59);           /* a theme colour */
	check_fill(doc, 0, 2, 6, 1, 0xc3d69b);           /* lighter 40%, as Excel shows it */
	check_fill(doc, 0, 3, 6, 1, 0xff0000);           /* the legacy palette */
	/* A2:A3 merged */
	check_text(doc, 0, 1, 0, "1. Grow");
	assert_int_equal(cell(doc, 0, 1, 0)->span, 1);
	assert_true(cell(doc, 0, 2, 0)->continued);
	/* row 5 is empty; B6:D7 merged, H6 after it in column H */
	assert_int_equal(t->rows[4].ncells, 0);
	assert_int_equal(t->rows[5].ncells, 6);          /* A, B:D, E, F, G, H */
	check_text(doc, 0, 5, 1, "merged block");
	assert_int_equal(cell(doc, 0, 5, 1)->span, 3);
	check_text(doc, 0, 5, 5, "far");
	assert_int_equal(t->rows[6].ncells, 2);          /* A7, then B7:D7 continued */
	assert_true(cell(doc, 0, 6, 1)->continued);
	assert_int_equal(cell(doc, 0, 6, 1)->span, 3);
	/* the second sheet: a gap row and a gap cell */
	assert_int_equal(doc->tables[1].nrows, 2);
	check_text(doc, 1, 1, 0, "");
	check_text(doc, 1, 1, 1, "Ann");
	plan_table_doc_free(doc);
}

static void test_xlsx_by_hand(void **state)
{
	plan_table_doc *doc = read_ok("hand.xlsx", PLAN_IMPORT_XLSX);

	(void)state;
	assert_int_equal(doc->ntables, 1);
	assert_string_equal(doc->tables[0].name, "Plan");
	check_text(doc, 0, 0, 0, "Rich text");           /* runs joined, the phonetic run left out */
	check_text(doc, 0, 0, 1, "");
	check_text(doc, 0, 0, 2, "inline");              /* an inline string of two runs */
	check_text(doc, 0, 2, 0, "2023-04-01");          /* date1904; a custom format "d-mmm-yy" */
	check_fill(doc, 0, 2, 0, 1, 0xff0000);           /* cellXfs' fill, not cellStyleXfs' */
	check_text(doc, 0, 2, 1, "43555.5");             /* a time format: a number */
	check_text(doc, 0, 2, 2, "#N/A");
	check_text(doc, 0, 2, 3, "computed");            /* the formula's value */
	check_text(doc, 0, 2, 4, "1.5");                 /* "day" in quotes is not a date */
	check_fill(doc, 0, 2, 4, 0, 0);                  /* gray125 is no fill */
	assert_true(cell(doc, 0, 3, 0)->continued);      /* A3:A4 */
	check_text(doc, 0, 3, 1, " spaced ");
	plan_table_doc_free(doc);
}

static void test_format_given(void **state)
{
	plan_table_doc *doc = NULL;

	(void)state;
	read_bad("openpyxl.xlsx", PLAN_IMPORT_DOCX, "no word/document.xml");
	read_bad("features.docx", PLAN_IMPORT_XLSX, "no xl/workbook.xml");
	read_bad("pandoc.md", PLAN_IMPORT_DOCX, "not a zip archive");
	read_bad("pandoc.md", PLAN_IMPORT_XLSX, "not a zip archive");
	/* bytes that are not a zip, asked for by AUTO, are CSV */
	assert_int_equal(plan_table_doc_read_buffer(&doc, "x.csv", "a,b\r\n1,2\n", 9, PLAN_IMPORT_AUTO), PLAN_OK);
	assert_int_equal(doc->format, PLAN_IMPORT_CSV);
	assert_int_equal(doc->ntables, 1);
	plan_table_doc_free(doc);
}

static void test_not_readable(void **state)
{
	plan_table_doc *doc = (plan_table_doc *)1;

	(void)state;
	assert_int_equal(plan_table_doc_read(&doc, fixture("missing.docx"), PLAN_IMPORT_AUTO), PLAN_EREAD);
	assert_null(doc);
	assert_non_null(strstr(plan_error_message(), "missing.docx"));
	assert_int_equal(plan_table_doc_read(&doc, dir, PLAN_IMPORT_AUTO), PLAN_EREAD);
	assert_non_null(strstr(plan_error_message(), "is a directory"));
}

/* ---- bad input ---- */

static void test_bad_input(void **state)
{
	(void)state;
	read_bad("other.zip", PLAN_IMPORT_AUTO, "neither a Word document");
	read_bad("truncated.docx", PLAN_IMPORT_AUTO, "not a valid zip archive");
	read_bad("truncated.docx", PLAN_IMPORT_DOCX, "not a valid zip archive");
	read_bad("badutf8.docx", PLAN_IMPORT_AUTO, "word/document.xml: not well-formed XML, line 2: Input is not proper UTF-8");
	read_bad("unclosed.docx", PLAN_IMPORT_AUTO, "word/document.xml: not well-formed XML");
	read_bad("notword.docx", PLAN_IMPORT_AUTO, "not a Word document");
	read_bad("laughs.docx", PLAN_IMPORT_AUTO, "word/document.xml");
	read_bad("rows-out-of-order.xlsx", PLAN_IMPORT_AUTO, "row 1: after row 2");
	read_bad("cells-out-of-order.xlsx", PLAN_IMPORT_AUTO, "cell \"A1\": cells out of order");
	read_bad("bad-sst.xlsx", PLAN_IMPORT_AUTO, "shared string 5, which does not exist");
	read_bad("bad-ref.xlsx", PLAN_IMPORT_AUTO, "cell \"XFE1\"");
	read_bad("nosheet.xlsx", PLAN_IMPORT_AUTO, "no sheet");
}

/* An external entity is never fetched: the DOCTYPE that declares it is refused. */
static void test_xxe(void **state)
{
	plan_table_doc *doc = NULL;
	FILE *f;
	char *data;
	long n;

	(void)state;
	read_bad("xxe.docx", PLAN_IMPORT_AUTO, "document type declaration");
	assert_null(strstr(plan_error_message(), "SECRET-CANARY"));
	/* and from memory, the fuzz target's way */
	f = fopen(fixture("xxe.docx"), "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	data = plan_malloc((size_t)n);
	assert_int_equal(fread(data, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	assert_int_equal(plan_table_doc_read_buffer(&doc, "xxe.docx", data, (size_t)n, PLAN_IMPORT_DOCX),
			 PLAN_EINVALID);
	assert_null(doc);
	plan_free(data);
}

/* ---- the limits of limit.h ---- */

static void test_limit_cells(void **state)
{
	plan_table_doc *doc = read_ok("cells-at.xlsx", PLAN_IMPORT_AUTO);
	size_t r, n = 0;

	(void)state;
	for (r = 0; r < doc->tables[0].nrows; r++)
		n += doc->tables[0].rows[r].ncells;
	assert_int_equal(n, PLAN_IMPORT_MAX_CELLS);
	check_text(doc, 0, 0, 16383, "");
	plan_table_doc_free(doc);
	read_bad("cells-past.xlsx", PLAN_IMPORT_AUTO, "PLAN_IMPORT_MAX_CELLS");
}

static void test_limit_cell(void **state)
{
	plan_table_doc *doc;

	(void)state;
	doc = read_ok("cell-at.xlsx", PLAN_IMPORT_AUTO);
	assert_int_equal(strlen(cell(doc, 0, 0, 0)->text), PLAN_IMPORT_MAX_CELL);
	plan_table_doc_free(doc);
	read_bad("cell-past.xlsx", PLAN_IMPORT_AUTO, "xl/strings.xml: a cell or paragraph of more than 1 MiB");

	doc = read_ok("inline-at.xlsx", PLAN_IMPORT_AUTO);
	assert_int_equal(strlen(cell(doc, 0, 0, 0)->text), PLAN_IMPORT_MAX_CELL);
	plan_table_doc_free(doc);
	read_bad("inline-past.xlsx", PLAN_IMPORT_AUTO, "PLAN_IMPORT_MAX_CELL");

	doc = read_ok("cell-at.docx", PLAN_IMPORT_AUTO);
	assert_int_equal(strlen(cell(doc, 0, 0, 0)->text), PLAN_IMPORT_MAX_CELL);
	plan_table_doc_free(doc);
	read_bad("cell-past.docx", PLAN_IMPORT_AUTO, "word/document.xml: a cell or paragraph of more than 1 MiB");
}

static void test_limit_expanded(void **state)
{
	plan_table_doc *doc = read_ok("expanded-at.docx", PLAN_IMPORT_AUTO);

	(void)state;
	check_text(doc, 0, 0, 0, "big");
	plan_table_doc_free(doc);
	read_bad("expanded-past.docx", PLAN_IMPORT_AUTO, "expands past 64 MiB (PLAN_IMPORT_MAX_EXPANDED)");
}

static void test_limit_ratio(void **state)
{
	plan_table_doc *doc = read_ok("ratio-at.docx", PLAN_IMPORT_AUTO);

	(void)state;
	assert_int_equal(doc->ntables, 1);
	plan_table_doc_free(doc);
	read_bad("ratio-past.docx", PLAN_IMPORT_AUTO, "compressed more than 100 to 1 (PLAN_IMPORT_MAX_RATIO)");
}

/* ---- memory running out ---- */

/* Every allocation made to fail in turn: a clean PLAN_ENOMEM (or the document), never a crash or a leak. */
static void fail_each(const char *name)
{
	FILE *f = fopen(fixture(name), "rb");
	char buf[16384];
	size_t n;
	long i;

	assert_non_null(f);
	n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	assert_true(n > 0 && n < sizeof(buf));
	for (i = 0;; i++) {
		plan_table_doc *doc = NULL;
		int code;

		plan_alloc_fail_after(i);
		code = plan_table_doc_read_buffer(&doc, name, buf, n, PLAN_IMPORT_AUTO);
		plan_alloc_fail_after(-1);
		if (code == PLAN_OK) {
			assert_non_null(doc);
			plan_table_doc_free(doc);
			break;
		}
		assert_null(doc);
		if (code != PLAN_ENOMEM)
			fail_msg("%s, allocation %ld failing: %d (%s)", name, i, code, plan_error_message());
	}
}

/* What a document holds, as one string (plan_free it), to compare two reads. */
static char *dump(const plan_table_doc *doc)
{
	char *buf = NULL;
	size_t len = 0, t, r, c;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	fprintf(f, "%d %s\n", (int)doc->format, doc->title ? doc->title : "-");
	for (t = 0; t < doc->ntables; t++) {
		fprintf(f, "= %s\n", doc->tables[t].name);
		for (r = 0; r < doc->tables[t].nrows; r++) {
			const plan_table_row *row = &doc->tables[t].rows[r];
			fprintf(f, "%d", row->header);
			for (c = 0; c < row->ncells; c++)
				fprintf(f, " [%s %u %d %d %06x]", row->cells[c].text, row->cells[c].span,
					row->cells[c].continued, row->cells[c].has_fill, row->cells[c].fill);
			fputc('\n', f);
		}
	}
	fclose(f);
	return buf;
}

/* Each allocation alone made to fail: PLAN_ENOMEM, or exactly the document read without failures. */
static void fail_one(const char *name)
{
	plan_table_doc *doc = read_ok(name, PLAN_IMPORT_AUTO);
	char *want = dump(doc);
	FILE *f = fopen(fixture(name), "rb");
	char buf[16384];
	size_t n;
	long i, total;

	plan_table_doc_free(doc);
	assert_non_null(f);
	n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	plan_alloc_fail_only(-1);
	assert_int_equal(plan_table_doc_read_buffer(&doc, name, buf, n, PLAN_IMPORT_AUTO), PLAN_OK);
	total = plan_alloc_fail_only(-1);
	plan_table_doc_free(doc);
	for (i = 0; i < total; i++) {
		int code;

		plan_alloc_fail_only(i);
		code = plan_table_doc_read_buffer(&doc, name, buf, n, PLAN_IMPORT_AUTO);
		plan_alloc_fail_only(-1);
		if (code == PLAN_OK) {
			char *got = dump(doc);
			if (strcmp(got, want) != 0)
				fail_msg("%s, allocation %ld failing alone: read as\n%s\nnot\n%s", name, i, got, want);
			free(got);
			plan_table_doc_free(doc);
		} else if (code != PLAN_ENOMEM) {
			fail_msg("%s, allocation %ld failing alone: %d (%s)", name, i, code, plan_error_message());
		}
	}
	free(want);
}

static void test_out_of_memory(void **state)
{
	(void)state;
	fail_each("features.docx");
	fail_each("hand.xlsx");
	fail_each("openpyxl.xlsx");
	fail_one("features.docx");
	fail_one("hand.xlsx");
	fail_one("openpyxl.xlsx");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_docx_features),
		cmocka_unit_test(test_docx_title_from_paragraph),
		cmocka_unit_test(test_docx_pandoc),
		cmocka_unit_test(test_xlsx_openpyxl),
		cmocka_unit_test(test_xlsx_by_hand),
		cmocka_unit_test(test_format_given),
		cmocka_unit_test(test_not_readable),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_xxe),
		cmocka_unit_test(test_limit_cells),
		cmocka_unit_test(test_limit_cell),
		cmocka_unit_test(test_limit_expanded),
		cmocka_unit_test(test_limit_ratio),
		cmocka_unit_test(test_out_of_memory),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
