/*
 * test_sheet.c - text made safe for a spreadsheet cell (pack_sheet.h):
 * formula starts neutralised, bytes that are not UTF-8 replaced, Excel's
 * escapes and XML's forbidden characters in the workbook, the cut at a
 * cell's limit counted as Excel counts; and the CSV of a pack written
 * whole or not at all when allocations fail.  What the plan loader
 * cannot produce (a title starting with a tab, bytes that are not UTF-8)
 * is tested here; the rest is read back by tests/sheets.
 */
#include "helpers.h"

#include "alloc.h"
#include "pack.h"
#include "pack_sheet.h"

static plan_sheet_buf buf;

static const char *clean(const char *s, int flags)
{
	assert_int_equal(plan_sheet_text(&buf, s, flags), 0);
	assert_int_equal(buf.n, strlen(buf.s));
	return buf.s;
}

static int teardown(void **state)
{
	(void)state;
	plan_sheet_buf_free(&buf);
	return 0;
}

static void test_formula_starts(void **state)
{
	static const char *const starts[] = { "=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx" };
	size_t i;
	char want[32];

	(void)state;
	for (i = 0; i < sizeof(starts) / sizeof(starts[0]); i++) {
		snprintf(want, sizeof(want), "'%s", starts[i]);
		assert_string_equal(clean(starts[i], 0), want);
		assert_string_equal(clean(starts[i], PLAN_SHEET_XML), want);
	}
	/* Only the first character counts; text that is already safe is kept. */
	assert_string_equal(clean("a=1", 0), "a=1");
	assert_string_equal(clean(" =1", 0), " =1");
	assert_string_equal(clean("'=1", 0), "'=1");
	assert_string_equal(clean("", 0), "");
	assert_string_equal(clean("\xEF\xBC\x9D" "1", 0), "\xEF\xBC\x9D" "1");  /* U+FF1D, a fullwidth = */
}

static void test_not_utf8(void **state)
{
	(void)state;
	assert_string_equal(clean("a\xFF" "b", 0), "a\xEF\xBF\xBD" "b");
	/* A sequence cut short: each byte of it. */
	assert_string_equal(clean("\xE2\x80", 0), "\xEF\xBF\xBD\xEF\xBF\xBD");
	/* An overlong form and a surrogate are not UTF-8 either. */
	assert_string_equal(clean("\xC0\xBD", 0), "\xEF\xBF\xBD\xEF\xBF\xBD");
	assert_string_equal(clean("\xED\xA0\x80", PLAN_SHEET_XML),
			    "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	/* A replaced first byte starts no formula. */
	assert_string_equal(clean("\xFF=", 0), "\xEF\xBF\xBD=");
}

static void test_xml(void **state)
{
	(void)state;
	/* U+FFFE and U+FFFF are kept in CSV, replaced in the workbook. */
	assert_string_equal(clean("a\xEF\xBF\xBE\xEF\xBF\xBF", 0), "a\xEF\xBF\xBE\xEF\xBF\xBF");
	assert_string_equal(clean("a\xEF\xBF\xBE\xEF\xBF\xBF", PLAN_SHEET_XML), "a\xEF\xBF\xBD\xEF\xBF\xBD");
	/* Excel's escape, written as text, stays text; what only looks like one is kept. */
	assert_string_equal(clean("_x0041_", 0), "_x0041_");
	assert_string_equal(clean("_x0041_", PLAN_SHEET_XML), "_x005F_x0041_");
	assert_string_equal(clean("a_x00e9_b_x0041", PLAN_SHEET_XML), "a_x005F_x00e9_b_x0041");
	assert_string_equal(clean("_x00G1_ _X0041_", PLAN_SHEET_XML), "_x00G1_ _X0041_");
}

/* Characters (UTF-16 units) of a cleaned text, as Excel counts them. */
static size_t units(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n += ((unsigned char)*s >= 0xF0) + 1;
	return n;
}

static void test_cut(void **state)
{
	const size_t max = PLAN_SHEET_CELL_MAX;
	char *s = plan_malloc(4 * max + 8);
	size_t i;

	(void)state;
	assert_non_null(s);
	/* Exactly a cell's worth is kept whole, in both. */
	memset(s, 'a', max);
	s[max] = '\0';
	assert_int_equal(strlen(clean(s, PLAN_SHEET_XML)), max);
	/* One more: cut to the limit, ending with an ellipsis; CSV keeps it whole. */
	s[max] = 'b';
	s[max + 1] = '\0';
	clean(s, PLAN_SHEET_XML);
	assert_int_equal(units(buf.s), max);
	assert_string_equal(buf.s + buf.n - 3, "\xE2\x80\xA6");
	assert_int_equal(strlen(clean(s, 0)), max + 1);
	/* Characters outside the BMP count twice, and are never split. */
	for (i = 0; i < max; i++)
		memcpy(s + 4 * i, "\xF0\x9F\x98\x80", 4);
	s[4 * max] = '\0';
	clean(s, PLAN_SHEET_XML);
	assert_true(units(buf.s) <= max);
	assert_int_equal(units(buf.s), max);   /* 16383 faces (32766) and the ellipsis */
	assert_string_equal(buf.s + buf.n - 7, "\xF0\x9F\x98\x80\xE2\x80\xA6");
	/* The apostrophe counts. */
	memset(s, 'a', max);
	s[0] = '=';
	s[max] = '\0';
	clean(s, PLAN_SHEET_XML);
	assert_int_equal(units(buf.s), max);
	assert_int_equal(buf.s[0], '\'');
	plan_free(s);
}

/* The CSV of a small pack, with allocation i failing: whole, or -1 with why. */
static void test_csv_alloc_failures(void **state)
{
	plan_set *set = parse("plan P1 Plan\n  period 2019/20\naction A1 =Title\n  lead Jo, \"Smith\"\n"
			      "  due 2019-05\n  update 2019-05-01 red by Jo\n    Text\n");
	plan_pack_options po = PLAN_PACK_OPTIONS_INIT;
	plan_pack *pack;
	char *want = NULL, *got;
	size_t wantn = 0, gotn;
	long i;
	FILE *f;

	(void)state;
	po.today = plan_day_number(2019, 6, 1);
	assert_int_equal(plan_pack_build(&pack, set, &po), 0);
	f = open_memstream(&want, &wantn);
	assert_int_equal(plan_pack_csv(pack, PLAN_PACK_ROWS_ACTIONS, f), 0);
	fclose(f);
	assert_non_null(strstr(want, "\r\nP1,,,A1,'=Title,\"Jo, \"\"Smith\"\"\",2019-05,2019-05-01,2019-05-31,"
				     "2019-05-31,open,overdue,1,red,2019-05-01,Text,,,\r\n"));
	for (i = 0; i < 100; i++) {
		int rc;
		long made;

		got = NULL;
		f = open_memstream(&got, &gotn);
		plan_error_clear();
		plan_alloc_fail_after(i);
		rc = plan_pack_csv(pack, PLAN_PACK_ROWS_ACTIONS, f);
		made = plan_alloc_fail_after(-1);
		fclose(f);
		if (rc == 0) {
			assert_true(made <= i);
			assert_string_equal(got, want);
			free(got);
			break;
		}
		assert_int_equal(plan_error_code(), PLAN_ENOMEM);
		free(got);
	}
	assert_true(i > 0 && i < 100);
	free(want);
	plan_pack_free(pack);
	release(set);
}

/* The workbook with allocation i failing: written, or -1 with why, and nothing leaked. */
static void test_xlsx_alloc_failures(void **state)
{
	plan_set *set = parse("plan P1 Plan\n  period 2019/20\naction A1 Title\n  lead Jo\n"
			      "  due 2019-05\n  update 2019-05-01 red by Jo\n    Text\n");
	plan_pack_options po = PLAN_PACK_OPTIONS_INIT;
	plan_pack *pack;
	char path[] = "/tmp/test_sheet-XXXXXX";
	struct stat sb;
	long i;
	int fd;

	(void)state;
	po.today = plan_day_number(2019, 6, 1);
	assert_int_equal(plan_pack_build(&pack, set, &po), 0);
	assert_true((fd = mkstemp(path)) >= 0);
	close(fd);
	for (i = 0; i < 100; i++) {
		int rc;
		long made;

		plan_error_clear();
		plan_alloc_fail_after(i);
		rc = plan_pack_xlsx(pack, path);
		made = plan_alloc_fail_after(-1);
		if (rc == 0) {
			assert_true(made <= i);
			break;
		}
		assert_int_equal(rc, -1);
		assert_int_equal(plan_error_code(), PLAN_ENOMEM);
	}
	assert_true(i > 0 && i < 100);
	assert_int_equal(stat(path, &sb), 0);
	assert_true(sb.st_size > 1000);
	/* A path that cannot be written: -1, and why. */
	plan_error_clear();
	assert_int_equal(plan_pack_xlsx(pack, "/nonexistent-dir/x.xlsx"), -1);
	assert_non_null(strstr(plan_error_message(), "cannot write the workbook"));
	unlink(path);
	plan_pack_free(pack);
	release(set);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_formula_starts, teardown),
		cmocka_unit_test_teardown(test_not_utf8, teardown),
		cmocka_unit_test_teardown(test_xml, teardown),
		cmocka_unit_test_teardown(test_cut, teardown),
		cmocka_unit_test(test_csv_alloc_failures),
		cmocka_unit_test(test_xlsx_alloc_failures),
	};
	return cmocka_run_group_tests(tests, NULL, release_all);
}
