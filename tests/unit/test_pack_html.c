/*
 * test_pack_html.c - the board pack as HTML (pack_html.c): its one
 * writer of strings (markup, quotes, controls, bidi controls, invalid
 * UTF-8), the cells (a rating as its word, a link to a row, a row
 * header) and the three pictures (test_pack fails each allocation of
 * the page in turn).  tests/browser/run renders the page in a real
 * browser.
 */
#include "helpers.h"
#include "alloc.h"
#include "pack.h"

static const char html_plan[] =
	"plan P <b>Pack</b> & \"co\"\n"
	"  period 2018/19 to 2019/20\n"
	"objective O1 Fewer burglaries\n"
	"  measure Burglaries reported\n"
	"  baseline 2015/16 1,234 burglaries\n"
	"  target 2019/20 -10%\n"
	"  actual 2018/19 1,150 burglaries\n"
	"  actual 2016/17 1,250 burglaries\n"
	"action A1 Late <script>alert(1)</script>\n"
	"  lead \"><img src=x onerror=alert(2)>\n"
	"  due 2019-03\n"
	"  update 2019-02-01 red\n"
	"    First line\n"
	"    second line \x01 bell\n"
	"action A2 Ahead 'quoted'\n"
	"  lead Jane\n"
	"  due 2019-12\n";

static plan_pack *build(plan_set *set)
{
	plan_pack_options opt = PLAN_PACK_OPTIONS_INIT;
	plan_pack *pack;

	opt.today = plan_day_number(2019, 6, 1);
	assert_int_equal(plan_pack_build(&pack, set, &opt), PLAN_OK);
	assert_non_null(pack);
	return pack;
}

/* The page of text as a string (free it). */
static char *page(const char *text)
{
	plan_set *set = parse(text);
	plan_pack *pack = build(set);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	assert_int_equal(plan_pack_html(pack, f), 0);
	fclose(f);
	plan_pack_free(pack);
	release(set);
	return buf;
}

static int count(const char *s, const char *what)
{
	int n = 0;

	while ((s = strstr(s, what))) {
		n++;
		s += strlen(what);
	}
	return n;
}

static void test_document(void **state)
{
	char *p = page(html_plan);
	(void)state;

	assert_true(strncmp(p, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", 63) == 0);
	assert_non_null(strstr(p, "<title>"));
	assert_non_null(strstr(p, "@page{size:A4 landscape;"));
	assert_non_null(strstr(p, "thead{display:table-header-group}"));
	assert_non_null(strstr(p, "tr,figure{break-inside:avoid}"));
	assert_null(strstr(p, "<script"));
	assert_null(strstr(p, "<img"));
	assert_non_null(strstr(p, "</main>\n</body>\n</html>\n"));
	assert_int_equal(count(p, "<table>"), count(p, "</table>"));
	assert_int_equal(count(p, "<thead>"), count(p, "<table>"));
	free(p);
}

static void test_escaping(void **state)
{
	char *p = page(html_plan);
	(void)state;

	assert_non_null(strstr(p, "Late &lt;script&gt;alert(1)&lt;/script&gt;"));
	assert_non_null(strstr(p, "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
	assert_non_null(strstr(p, "&lt;b&gt;Pack&lt;/b&gt; &amp; &quot;co&quot;"));
	assert_non_null(strstr(p, "Ahead &#39;quoted&#39;"));
	/* The control character is U+FFFD; the line break stays. */
	assert_non_null(strstr(p, "First line\nsecond line \xef\xbf\xbd bell"));
	assert_null(strchr(p, '\x01'));
	free(p);
}

static void test_bytes(void **state)
{
	/* The loader makes a plan's text valid UTF-8; a commit message or a
	 * file name need not be: here the title is set to such bytes. */
	plan_set *set = parse("plan P Bytes\naction A1 x\n  lead J\n  due 2019-12\n");
	plan_pack *pack;
	char *p = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&p, &len);
	(void)state;

	assert_non_null(f);
	/* Invalid UTF-8 (a lone byte, a surrogate, an overlong form), a C1
	 * control, a bidi override and a noncharacter: U+FFFD each. */
	set->plans.head->actions.head->title =
		"a\xff" "b \xed\xa0\x80 c \xc0\xaf d \xc2\x85 e \xe2\x80\xae f \xef\xbf\xbf g \xe2\x80\x94 h";
	pack = build(set);
	assert_int_equal(plan_pack_html(pack, f), 0);
	fclose(f);
	assert_non_null(strstr(p, "a\xef\xbf\xbd" "b \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd c "
			       "\xef\xbf\xbd\xef\xbf\xbd d \xef\xbf\xbd e \xef\xbf\xbd f \xef\xbf\xbd g "
			       "\xe2\x80\x94 h"));
	assert_null(strstr(p, "\xc2\x85"));
	assert_null(strstr(p, "\xe2\x80\xae"));
	free(p);
	plan_pack_free(pack);
	release(set);
}

static void test_cells(void **state)
{
	char *p = page(html_plan);
	(void)state;

	/* A rating is its word on its fill; an action's row has an id and a row header. */
	assert_non_null(strstr(p, "<span class=\"rag r\">Red</span>"));
	assert_non_null(strstr(p, "<span class=\"rag u\">Unrated</span>"));
	assert_non_null(strstr(p, "<tr id=\"a-P-A1\"><th scope=\"row\">"));
	assert_non_null(strstr(p, "<a href=\"#a-P-A1\">A1</a>"));
	assert_non_null(strstr(p, "<th scope=\"col\">"));
	assert_non_null(strstr(p, "<th scope=\"col\" class=\"n\">"));
	assert_non_null(strstr(p, "<span class=\"st-overdue\">overdue</span>"));
	free(p);
}

static void test_pictures(void **state)
{
	char *p = page(html_plan);
	(void)state;

	assert_int_equal(count(p, "<svg "), 3);
	assert_int_equal(count(p, "role=\"img\""), 3);
	assert_non_null(strstr(p, "aria-label=\"Open actions by rating, per plan and section: "
			       "2 open in all, 0 green, 0 amber, 1 red, 1 unrated\""));
	assert_non_null(strstr(p, "aria-label=\"Deadlines of 2 open actions from March 2019 to "
			       "December 2019 against today, 1 June 2019: 1 overdue, 1 still ahead\""));
	assert_non_null(strstr(p, "aria-label=\"Burglaries reported: 2 actuals, the latest 1150 "
			       "burglaries for 2018/19; target 1110.6 burglaries (-10%) for 2019/20\""));
	/* The actuals in date order, whatever the file's. */
	assert_non_null(strstr(p, "<title>actual 1250 burglaries for 2016/17</title>"));
	assert_true(strstr(p, "actual 1250 burglaries") < strstr(p, "actual 1150 burglaries"));
	assert_non_null(strstr(p, "<figcaption>Burglaries reported</figcaption>"));
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_document),
		TEST(test_escaping),
		TEST(test_bytes),
		TEST(test_cells),
		TEST(test_pictures),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
