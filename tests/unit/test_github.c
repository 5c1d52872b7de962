/*
 * test_github.c - diagnostics as GitHub Actions workflow commands
 * (src/github.h).
 *
 * Covered: the escapes of a message (%25, %0D, %0A; ':' and ',' kept) and
 * of a property (also %3A, %2C); control characters, bidirectional
 * overrides and bytes that are not UTF-8 written as '?', other UTF-8
 * kept; plan_github_write: one command per diagnostic in plancheck's
 * order, ::error/::warning/::notice, file, line, col, endLine and
 * endColumn as the JSON form has them, col and endColumn left out for a
 * span over several lines, a span that ends with its line break kept on
 * its line, the file alone for a whole-file diagnostic, nothing of a file
 * for one about no file; the lines of a cut-short or out-of-memory run.
 */
#include "helpers.h"

#include "check.h"
#include "github.h"

/* What f(out, s) writes. */
static char *written(void (*f)(FILE *, const char *), const char *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	assert_non_null(out);
	f(out, s);
	assert_int_equal(fclose(out), 0);
	return buf;
}

static void message(const char *s, const char *want)
{
	char *got = written(plan_github_write_message, s);
	assert_string_equal(got, want);
	free(got);
}

static void property(const char *s, const char *want)
{
	char *got = written(plan_github_write_property, s);
	assert_string_equal(got, want);
	free(got);
}

static void test_escapes(void **state)
{
	(void)state;
	message("50% done, see: later", "50%25 done, see: later");
	message("one\r\ntwo\nthree\rfour", "one%0D%0Atwo%0Athree%0Dfour");
	message("%0A is not a line break", "%250A is not a line break");
	message("::error::forged", "::error::forged");      /* inside one line: harmless */
	property("a, b: c%.plan", "a%2C b%3A c%25.plan");
	property("x\ny", "x%0Ay");
	/* What a log must not show as it is. */
	message("red \x1b[31m here", "red ?[31m here");
	message("bell\a, del\x7f, C1 \xC2\x9B", "bell?, del?, C1 ?");
	message("Finance\xE2\x80\xAE", "Finance?");
	property("caf\xE9.plan", "caf?.plan");
	/* Other UTF-8, and tabs, as they are. */
	message("caf\xC3\xA9 \xF0\x9F\x9A\x80\tok", "caf\xC3\xA9 \xF0\x9F\x9A\x80\tok");
	message("", "");
	message(NULL, "");
}

/* What plan_github_write writes of set's diagnostics. */
static char *annotations(plan_set *set)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	assert_non_null(out);
	assert_int_equal(plan_github_write(&set->diags, out, "plancheck"), 0);
	assert_int_equal(fclose(out), 0);
	return buf;
}

static void test_write(void **state)
{
	plan_set *set;
	plan_check_options opt;
	char *got;

	(void)state;
	set = parse("plan P1 Example\n"
		    "  period 2019/20\n"
		    "action A1 First, ???? and more\n"
		    "  lead Jane Smith\n"
		    "  due 2019-12\n"
		    "  update 2019-05-01 green\n"
		    "action A2 Nobody leads this\n"
		    "  due 2019-12\n"
		    "50% done, see: later\n");
	plan_check_options_init(&opt);
	opt.today = plan_day_number(2019, 6, 1);
	assert_int_equal(plan_check_run(set, &opt), PLAN_OK);
	plan_diag_file(&set->diags, PLAN_SEV_ERROR, "io", "gone, really: 100%.plan", "cannot read: %s", "gone");
	plan_diag_file(&set->diags, PLAN_SEV_WARNING, "io", NULL, "about no file");
	/* A span over two lines: line and endLine only. */
	plan_diag_add(&set->diags, PLAN_SEV_NOTE, "made-up", set->sources[0], (plan_span){ 2, 20 }, "two lines");
	got = annotations(set);
	assert_string_equal(got,
		"::error file=gone%2C really%3A 100%25.plan,title=plancheck io::cannot read: gone\n"
		"::warning title=plancheck io::about no file\n"
		"::notice file=t.plan,line=1,endLine=2,title=plancheck made-up::two lines\n"
		"::warning file=t.plan,line=3,col=18,endLine=3,endColumn=22,title=plancheck placeholder::"
		"the title of action A1 contains the placeholder \"????\"\n"
		/* The update's span takes in its line break: it stays on line 6. */
		"::warning file=t.plan,line=6,col=3,endLine=6,endColumn=26,title=plancheck empty-update::"
		"update of action A1 has no text\n"
		"::error file=t.plan,line=7,col=8,endLine=7,endColumn=10,title=plancheck missing-owner::"
		"action A2 has no lead\n"
		"::error file=t.plan,line=9,col=1,endLine=9,endColumn=9,title=plancheck syntax::"
		"\"50%25 done\" is not a directive or field; to continue the text of line 8, indent this "
		"line more than that one\n");
	free(got);

	set->diags.truncated = 1;
	set->diags.oom = 1;
	got = annotations(set);
	assert_non_null(strstr(got, "\n::notice title=plancheck::stopped after 1000 diagnostics\n"
				    "::error title=plancheck::out of memory; results are incomplete\n"));
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_escapes),
		TEST(test_write),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
