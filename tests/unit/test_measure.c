/*
 * test_measure.c - measures with figures (src/measure.c, the figure lines
 * of grammar/plan.y and src/build.c; SPEC.md section 6, "Measures").
 *
 * Covered: every form of value and every way of getting one wrong, each
 * with the part of the line the problem points at; which measure a
 * figure belongs to; notes and their continuation lines; figure lines
 * indented under the measure (read as its text, and found); and what the
 * figures of a measure say together: the value of a change, which way is
 * better, the latest actual, the target or milestone it is judged
 * against, whether it meets it, and how figures are written for people.
 */
#include "helpers.h"

#include "check.h"
#include "measure.h"

/* A plan whose objective O1 has the measure "Panels set up" and then lines. */
static plan_set *with_lines(const char *lines)
{
	char buf[4096];

	snprintf(buf, sizeof(buf),
		 "plan P1 Example\n  period 2019/20\nobjective O1 Panels\n  measure Panels set up\n%s", lines);
	return parse(buf);
}

static const plan_measure *first_measure(const plan_set *set)
{
	const plan_measure *m = set->plans.head->objectives.head->measures.head;

	assert_non_null(m);
	return m;
}

/* The one figure of m, whatever its kind. */
static const plan_figure *only_figure(const plan_measure *m)
{
	const plan_figure *lists[4] = { m->baselines.head, m->targets.head, m->milestones.head,
					m->actuals.head };
	const plan_figure *found = NULL;
	int i;

	assert_int_equal(m->baselines.count + m->targets.count + m->milestones.count + m->actuals.count, 1);
	for (i = 0; i < 4; i++)
		if (lists[i])
			found = lists[i];
	return found;
}

/* Asserts that f's problem points at exactly the bytes `at` of its line. */
static void assert_at(const plan_figure *f, const char *at)
{
	size_t n = strlen(at);

	if (f->at.end - f->at.start != n || memcmp(f->loc.src->buf + f->at.start, at, n) != 0)
		fprintf(stderr, "points at \"%.*s\", want \"%s\"\n", (int)(f->at.end - f->at.start),
			f->loc.src->buf + f->at.start, at);
	assert_int_equal(f->at.end - f->at.start, n);
	assert_memory_equal(f->loc.src->buf + f->at.start, at, n);
}

/* ------------------------------------------------------------------ */
/* Values. */

static const struct {
	const char *line;
	plan_figure_kind kind;
	double number;
	int percent, change;
	plan_bound bound;
	const char *unit, *note;
} good[] = {
	{ "  baseline 2006/07 5 panels\n", PLAN_FIGURE_BASELINE, 5, 0, 0, PLAN_BOUND_NONE, "panels", NULL },
	{ "  target 2008/09 20 panels a year\n", PLAN_FIGURE_TARGET, 20, 0, 0, PLAN_BOUND_NONE,
	  "panels a year", NULL },
	{ "  target 2026/27 -5%\n", PLAN_FIGURE_TARGET, -5, 1, 1, PLAN_BOUND_NONE, NULL, NULL },
	{ "  milestone 2025-Q4 +12\n", PLAN_FIGURE_MILESTONE, 12, 0, 1, PLAN_BOUND_NONE, NULL, NULL },
	{ "  actual 2025-09 68%\n", PLAN_FIGURE_ACTUAL, 68, 1, 0, PLAN_BOUND_NONE, NULL, NULL },
	{ "  baseline 2006 68% satisfied, 2006 survey\n", PLAN_FIGURE_BASELINE, 68, 1, 0, PLAN_BOUND_NONE,
	  "satisfied", "2006 survey" },
	{ "  actual 2019 1,234,567.25 burglaries\n", PLAN_FIGURE_ACTUAL, 1234567.25, 0, 0, PLAN_BOUND_NONE,
	  "burglaries", NULL },
	{ "  actual 2019 1234\n", PLAN_FIGURE_ACTUAL, 1234, 0, 0, PLAN_BOUND_NONE, NULL, NULL },
	/* A sign in an actual is the number's, not a change. */
	{ "  actual 2019 -3%\n", PLAN_FIGURE_ACTUAL, -3, 1, 0, PLAN_BOUND_NONE, NULL, NULL },
	{ "  actual 2019 \xe2\x88\x92" "3\n", PLAN_FIGURE_ACTUAL, -3, 0, 0, PLAN_BOUND_NONE, NULL, NULL },
	{ "  target 2019 \xe2\x80\x93" "3%\n", PLAN_FIGURE_TARGET, -3, 1, 1, PLAN_BOUND_NONE, NULL, NULL },
	{ "  target 2019 at least 240 new cases\n", PLAN_FIGURE_TARGET, 240, 0, 0, PLAN_BOUND_AT_LEAST,
	  "new cases", NULL },
	{ "  Target 2019 AT\tMOST 800\n", PLAN_FIGURE_TARGET, 800, 0, 0, PLAN_BOUND_AT_MOST, NULL, NULL },
	{ "  actual 2019 2.5 hours,provisional\n", PLAN_FIGURE_ACTUAL, 2.5, 0, 0, PLAN_BOUND_NONE, "hours",
	  "provisional" },
	{ "  actual March 2019 5\n", PLAN_FIGURE_ACTUAL, 5, 0, 0, PLAN_BOUND_NONE, NULL, NULL },
	{ "  actual 31 March 2019 5 m\xc2\xb2\n", PLAN_FIGURE_ACTUAL, 5, 0, 0, PLAN_BOUND_NONE,
	  "m\xc2\xb2", NULL },
	{ "  actual Q3 2019 0.5   \n", PLAN_FIGURE_ACTUAL, 0.5, 0, 0, PLAN_BOUND_NONE, NULL, NULL },
	/* Limits: PLAN_FIGURE_MAX_DIGITS digits, decimals included, commas not counted. */
	{ "  actual 2019 123,456,789,012,345 pounds\n", PLAN_FIGURE_ACTUAL, 123456789012345.0, 0, 0,
	  PLAN_BOUND_NONE, "pounds", NULL },
	{ "  actual 2019 999999999999999\n", PLAN_FIGURE_ACTUAL, 999999999999999.0, 0, 0, PLAN_BOUND_NONE,
	  NULL, NULL },
	{ "  actual 2019 0.00000000000001\n", PLAN_FIGURE_ACTUAL, 0.00000000000001, 0, 0, PLAN_BOUND_NONE,
	  NULL, NULL },
	{ "  actual 2019 1.23456789012345%\n", PLAN_FIGURE_ACTUAL, 1.23456789012345, 1, 0, PLAN_BOUND_NONE,
	  NULL, NULL },
	{ "  actual 2019 -0\n", PLAN_FIGURE_ACTUAL, 0, 0, 0, PLAN_BOUND_NONE, NULL, NULL },
	{ "  baseline 2019 -1,234.5 pounds\n", PLAN_FIGURE_BASELINE, -1234.5, 0, 0, PLAN_BOUND_NONE,
	  "pounds", NULL },
	{ "  target 2019 at least -2\n", PLAN_FIGURE_TARGET, -2, 0, 1, PLAN_BOUND_AT_LEAST, NULL, NULL },
	{ "  actual 2019 007\n", PLAN_FIGURE_ACTUAL, 7, 0, 0, PLAN_BOUND_NONE, NULL, NULL },
	/* "%" against unit words: "per cent" and "percent" are "%"; other words are a unit. */
	{ "  actual 2019 68 per cent satisfied\n", PLAN_FIGURE_ACTUAL, 68, 1, 0, PLAN_BOUND_NONE,
	  "satisfied", NULL },
	{ "  actual 2019 68 Per\tCent\n", PLAN_FIGURE_ACTUAL, 68, 1, 0, PLAN_BOUND_NONE, NULL, NULL },
	{ "  target 2019 -5 percent, on 2018\n", PLAN_FIGURE_TARGET, -5, 1, 1, PLAN_BOUND_NONE, NULL,
	  "on 2018" },
	{ "  actual 2019 68 percentage points\n", PLAN_FIGURE_ACTUAL, 68, 0, 0, PLAN_BOUND_NONE,
	  "percentage points", NULL },
	{ "  actual 2019 68 percents\n", PLAN_FIGURE_ACTUAL, 68, 0, 0, PLAN_BOUND_NONE, "percents", NULL },
	{ "  actual 2019 68% per year\n", PLAN_FIGURE_ACTUAL, 68, 1, 0, PLAN_BOUND_NONE, "per year", NULL },
};

static void test_values(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		plan_set *set = with_lines(good[i].line);
		const plan_figure *f = only_figure(first_measure(set));

		if (f->problem != PLAN_FIGURE_OK)
			fprintf(stderr, "case %zu: %s", i, good[i].line);
		assert_errors(set, 0);
		assert_int_equal(f->problem, PLAN_FIGURE_OK);
		assert_int_equal(f->kind, good[i].kind);
		assert_true(f->has_date);
		assert_true(f->number == good[i].number);
		assert_int_equal(f->percent, good[i].percent);
		assert_int_equal(f->change, good[i].change);
		assert_int_equal(f->bound, good[i].bound);
		if (good[i].unit)
			assert_string_equal(f->unit, good[i].unit);
		else
			assert_null(f->unit);
		if (good[i].note)
			assert_string_equal(f->note, good[i].note);
		else
			assert_null(f->note);
		release(set);
	}
}

static const struct {
	const char *line;
	plan_figure_problem problem;
	const char *at;
} bad[] = {
	{ "  baseline 2006/07: 5 panels\n", PLAN_FIGURE_COLON, ":" },
	{ "  target 20 panels a year by 2008/09\n", PLAN_FIGURE_DATE_LAST, "2008/09" },
	{ "  target 20 panels March 2019\n", PLAN_FIGURE_DATE_LAST, "March 2019" },
	{ "  target 20 panels for 31 March 2019\n", PLAN_FIGURE_DATE_LAST, "31 March 2019" },
	{ "  actual about 5\n", PLAN_FIGURE_NO_DATE, "about" },
	{ "  actual by 2019\n", PLAN_FIGURE_NO_DATE, "by" },
	{ "  actual\n", PLAN_FIGURE_NO_DATE, "actual" },
	{ "  actual Autumn 4\n", PLAN_FIGURE_NO_DATE, "Autumn" },
	{ "  actual 2019-Qx 4\n", PLAN_FIGURE_NO_DATE, "2019-Qx" },
	/* A long number last is no date (it overflowed plan_date_parse's day). */
	{ "  actual 20/8119 999999999999999\n", PLAN_FIGURE_NO_DATE, "20/8119" },
	{ "  actual 5 panels 99999999999999999999\n", PLAN_FIGURE_NO_DATE, "5" },
	{ "  actual 2019\n", PLAN_FIGURE_NO_VALUE, "2019" },
	{ "  actual 2019, provisional\n", PLAN_FIGURE_NO_VALUE, "2019" },
	{ "  actual 2019 about 5\n", PLAN_FIGURE_NOT_NUMBER, "about" },
	{ "  actual 2019 + 5\n", PLAN_FIGURE_NOT_NUMBER, "+" },
	{ "  actual 2019 .5\n", PLAN_FIGURE_NOT_NUMBER, ".5" },
	{ "  target 2019 at least\tmany\n", PLAN_FIGURE_NOT_NUMBER, "many" },
	{ "  actual 2019 5panels\n", PLAN_FIGURE_GLUED, "5panels" },
	{ "  actual 2019 68%satisfied, x\n", PLAN_FIGURE_GLUED, "68%satisfied" },
	{ "  actual 2019 20,5\n", PLAN_FIGURE_GROUPS, "20,5" },
	{ "  actual 2019 1234,567\n", PLAN_FIGURE_GROUPS, "1234,567" },
	{ "  actual 2019 1,2345\n", PLAN_FIGURE_GROUPS, "1,2345" },
	{ "  actual 2019 20 (provisional)\n", PLAN_FIGURE_NOT_UNIT, "(provisional)" },
	{ "  actual 2019 20/25\n", PLAN_FIGURE_NOT_UNIT, "/25" },
	{ "  actual 2019 1234567890123456\n", PLAN_FIGURE_TOO_LONG, "1234567890123456" },
	{ "  actual 2019 -1,234,567,890,123,456 pounds\n", PLAN_FIGURE_TOO_LONG,
	  "-1,234,567,890,123,456" },
	{ "  actual 2019 0.000000000000001\n", PLAN_FIGURE_TOO_LONG, "0.000000000000001" },
	{ "  actual 2019 99999999999999999999999999999999999999999999999999999999999999999999999\n",
	  PLAN_FIGURE_TOO_LONG, "99999999999999999999999999999999999999999999999999999999999999999999999" },
	{ "  actual 2019 1e6\n", PLAN_FIGURE_GLUED, "1e6" },
	{ "  actual 2019 5 %\n", PLAN_FIGURE_PERCENT_APART, "5 %" },
	{ "  target 2019 -12.5\t%, x\n", PLAN_FIGURE_PERCENT_APART, "-12.5\t%" },
	{ "  actual 2019 5%%\n", PLAN_FIGURE_NOT_UNIT, "%" },
	{ "  actual 2019 --5\n", PLAN_FIGURE_NOT_NUMBER, "--5" },
	{ "  actual 2019 5.\n", PLAN_FIGURE_NOT_UNIT, "." },
	{ "  actual 2019 1.2.3\n", PLAN_FIGURE_NOT_UNIT, ".3" },
	{ "  actual 2019 \xc2\xa3" "5\n", PLAN_FIGURE_NOT_NUMBER, "\xc2\xa3" "5" },
	{ "  baseline 2019 at least 4\n", PLAN_FIGURE_BOUND, "at least" },
	{ "  actual 2019 at most 4\n", PLAN_FIGURE_BOUND, "at most" },
};

static void test_problems(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		plan_set *set = with_lines(bad[i].line);
		const plan_figure *f = only_figure(first_measure(set));

		if (f->problem != bad[i].problem)
			fprintf(stderr, "case %zu: %s", i, bad[i].line);
		assert_errors(set, 0);  /* the check says it, not the parser */
		assert_int_equal(f->problem, bad[i].problem);
		assert_at(f, bad[i].at);
		release(set);
	}
}

/* An invalid date is a syntax error, and the figure says nothing more. */
static void test_invalid_date(void **state)
{
	plan_set *set;
	const plan_figure *f;
	plan_check_options opt;

	(void)state;
	set = with_lines("  actual 2019-13 4\n");
	f = only_figure(first_measure(set));
	assert_int_equal(f->problem, PLAN_FIGURE_BAD_DATE);
	assert_false(f->has_date);
	plan_check_options_init(&opt);
	opt.today = plan_day_number(2019, 6, 1);
	assert_int_equal(plan_check_run(set, &opt), PLAN_OK);
	assert_errors(set, 1);
	need_diag(set, PLAN_SEV_ERROR, "invalid date \"2019-13\"");
	release(set);
}

/* ------------------------------------------------------------------ */
/* Where figures go. */

static void test_figures_follow_their_measure(void **state)
{
	plan_set *set;
	const plan_objective *o;
	const plan_action *a;
	const plan_measure *m1, *m2;

	(void)state;
	set = parse("plan P1 Example\n"
		    "objective O1 Panels\n"
		    "  measure First\n"
		    "  baseline 2006/07 5\n"
		    "  note between the figures\n"
		    "  target 2008/09 20\n"
		    "  measure Second\n"
		    "target 2009/10 30\n"             /* indentation is free, as for any field */
		    "actual 2009/10 31\n"
		    "action A1 An action\n"
		    "  lead Jane Smith\n"
		    "  due 2020-03\n"
		    "  measure Of the action\n"
		    "  lead Second Lead\n"
		    "  actual 2019-06 7\n");
	assert_errors(set, 0);
	o = set->plans.head->objectives.head;
	m1 = o->measures.head;
	m2 = m1->next;
	assert_int_equal(o->measures.count, 2);
	assert_int_equal(m1->baselines.count, 1);
	assert_int_equal(m1->targets.count, 1);
	assert_true(m1->targets.head->number == 20);
	assert_int_equal(m2->targets.count, 1);
	assert_int_equal(m2->actuals.count, 1);
	assert_true(m2->actuals.head->number == 31);
	a = need_action(set, "A1");
	assert_int_equal(a->measures.count, 1);
	assert_int_equal(a->measures.head->actuals.count, 1);
	assert_int_equal(a->leads.count, 2);
	release(set);
}

static void test_figure_without_measure(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	set = parse("plan P1 Example\n"
		    "  target 2019 5\n"
		    "objective O1 Panels\n"
		    "  measure First\n"
		    "objective O2 No measure\n"
		    "  actual 2019 5\n");
	assert_errors(set, 2);
	g = need_diag(set, PLAN_SEV_ERROR, "\"target\" belongs to an objective or an action, not to a plan");
	assert_int_equal(diag_line(g), 2);
	g = need_diag(set, PLAN_SEV_ERROR, "an actual belongs to a measure: write it on a line after the "
		      "\"measure\" line of objective O2 that it is about");
	assert_int_equal(diag_line(g), 6);
	release(set);
}

/* A note continues on lines indented deeper; without a note they are a mistake. */
static void test_notes(void **state)
{
	plan_set *set;
	const plan_measure *m;
	const plan_diag *g;

	(void)state;
	set = with_lines("  actual 2019 5, first line\n"
			 "    and the second\n"
			 "  actual 2020 6\n"
			 "    orphan text\n"
			 "  actual 2021 7panels\n"
			 "    text after a line with a problem\n");
	m = first_measure(set);
	assert_int_equal(m->actuals.count, 3);
	assert_string_equal(m->actuals.head->note, "first line\nand the second");
	assert_string_equal(m->actuals.head->unit ? m->actuals.head->unit : "", "");
	assert_null(m->actuals.head->next->note);
	assert_errors(set, 1);  /* one: the line with a problem says nothing more */
	g = need_diag(set, PLAN_SEV_ERROR, "indented text follows a \"actual\" line that has no note");
	assert_int_equal(diag_line(g), 7);
	release(set);
}

/* Figure lines indented under the measure are its text; they are found. */
static void test_stray_lines(void **state)
{
	plan_set *set;
	const plan_measure *m;

	(void)state;
	set = with_lines("    and more of the measure's text\n"
			 "    target 2008/09 20 panels\n"
			 "    Target groups are young people\n"
			 "    actual March 2019 4\n"
			 "    milestone q3 2019 2\n"
			 "  note the end\n");
	assert_errors(set, 0);
	m = first_measure(set);
	assert_int_equal(m->targets.count + m->actuals.count + m->milestones.count, 0);
	assert_int_equal(m->nstray, 3);
	assert_int_equal(m->stray.end - m->stray.start, strlen("target 2008/09 20 panels"));
	assert_memory_equal(m->loc.src->buf + m->stray.start, "target 2008/09 20 panels",
			    strlen("target 2008/09 20 panels"));
	release(set);

	set = with_lines("    and more of the measure's text\n");
	assert_int_equal(first_measure(set)->nstray, 0);
	release(set);
}

/* ------------------------------------------------------------------ */
/* What the figures say. */

static double value_of(const plan_measure *m, const plan_figure *f, int *percent)
{
	double v = -1;

	assert_true(plan_figure_value(m, f, &v, percent));
	return v;
}

static void test_change_against_baseline(void **state)
{
	plan_set *set;
	const plan_measure *m;
	const plan_figure *t;
	int pc;
	char buf[128];

	(void)state;
	set = with_lines("  baseline 2024/25 1,234 burglaries\n"
			 "  target 2026/27 -5%\n"
			 "  target 2027/28 +3\n"
			 "  target 2028/29 1,000 burglaries\n");
	m = first_measure(set);
	t = m->targets.head;
	assert_true(value_of(m, t, &pc) == 1172.3);
	assert_false(pc);
	assert_string_equal(plan_figure_unit(m, t), "burglaries");
	plan_figure_format(buf, sizeof(buf), m, t);
	assert_string_equal(buf, "1172.3 burglaries (-5%)");
	assert_true(value_of(m, t->next, &pc) == 1237);
	plan_figure_format(buf, sizeof(buf), m, t->next);
	assert_string_equal(buf, "1237 burglaries (+3)");
	assert_true(value_of(m, t->next->next, &pc) == 1000);
	plan_figure_format(buf, sizeof(buf), m, t->next->next);
	assert_string_equal(buf, "1000 burglaries");
	release(set);

	/* Of a percentage: +5 is points, +5% a share of it. */
	set = with_lines("  baseline 2006 68%\n"
			 "  target 2010 +5\n"
			 "  target 2011 +5%\n");
	m = first_measure(set);
	assert_true(value_of(m, m->targets.head, &pc) == 73);
	assert_true(pc);
	assert_true(value_of(m, m->targets.tail, &pc) == 71.4);
	plan_figure_format(buf, sizeof(buf), m, m->targets.head);
	assert_string_equal(buf, "73% (+5)");
	release(set);

	/* No baseline: a change has no value, and is shown as written. */
	set = with_lines("  target 2026/27 -5%\n");
	m = first_measure(set);
	assert_false(plan_figure_value(m, m->targets.head, &(double){ 0 }, &pc));
	plan_figure_format(buf, sizeof(buf), m, m->targets.head);
	assert_string_equal(buf, "-5%");
	release(set);
}

static void test_direction(void **state)
{
	plan_set *set;
	const plan_measure *m;
	const plan_figure *t;

	(void)state;
	set = with_lines("  baseline 2006/07 5 panels\n"
			 "  target 2008/09 20 panels\n"
			 "  target 2009/10 2 panels\n"
			 "  target 2010/11 5 panels\n"
			 "  target 2011/12 at most 30 panels\n"
			 "  target 2012/13 -5%\n"
			 "  target 2013/14 7%\n");
	m = first_measure(set);
	t = m->targets.head;
	assert_int_equal(plan_figure_direction(m, t), PLAN_BOUND_AT_LEAST);
	assert_int_equal(plan_figure_direction(m, t = t->next), PLAN_BOUND_AT_MOST);
	assert_int_equal(plan_figure_direction(m, t = t->next), PLAN_BOUND_NONE);
	assert_int_equal(plan_figure_direction(m, t = t->next), PLAN_BOUND_AT_MOST);
	assert_int_equal(plan_figure_direction(m, t = t->next), PLAN_BOUND_AT_MOST);
	/* A percentage against a count: not known. */
	assert_int_equal(plan_figure_direction(m, t = t->next), PLAN_BOUND_NONE);
	release(set);

	set = with_lines("  target 2008/09 20 panels\n"
			 "  target 2009/10 at least 20 panels\n");
	m = first_measure(set);
	assert_int_equal(plan_figure_direction(m, m->targets.head), PLAN_BOUND_NONE);
	assert_int_equal(plan_figure_direction(m, m->targets.tail), PLAN_BOUND_AT_LEAST);
	release(set);
}

static void test_latest_and_due(void **state)
{
	plan_set *set;
	const plan_measure *m;
	const plan_figure *latest;

	(void)state;
	set = with_lines("  baseline 2006/07 5 panels\n"
			 "  milestone 2007/08 12 panels\n"
			 "  milestone 2008/09 19 panels\n"
			 "  target 2008/09 20 panels\n"
			 "  target 2009/10 25 panels\n"
			 "  actual 2008 14 panels\n"          /* ends 2008-12-31 */
			 "  actual 2008-Q4 15 panels\n"       /* the same end, written later: latest */
			 "  actual 2008-06 13 panels\n"
			 "  actual 2008-07 oops\n");         /* not read: never the latest */
	m = first_measure(set);
	latest = plan_measure_latest(m);
	assert_non_null(latest);
	assert_true(latest->number == 15);
	/* Due by the end of 2008: the milestone of 2007/08 (2008/09's targets end in March 2009). */
	assert_ptr_equal(plan_measure_due(m, latest), m->milestones.head);
	assert_int_equal(plan_figure_meets(m, m->milestones.head, latest), 1);
	assert_ptr_equal(plan_measure_final_target(m), m->targets.tail);
	release(set);

	set = with_lines("  baseline 2006/07 5 panels\n"
			 "  milestone 2008/09 19 panels\n"
			 "  target 2008/09 20 panels\n"
			 "  actual 2009-03 18 panels\n");
	m = first_measure(set);
	latest = plan_measure_latest(m);
	/* A target and a milestone that end together: the target. */
	assert_ptr_equal(plan_measure_due(m, latest), m->targets.head);
	assert_int_equal(plan_figure_meets(m, m->targets.head, latest), 0);
	release(set);

	/* Nothing due yet; no actual at all. */
	set = with_lines("  target 2008/09 20 panels\n"
			 "  actual 2008-12 18 panels\n");
	m = first_measure(set);
	assert_null(plan_measure_due(m, plan_measure_latest(m)));
	release(set);
	set = with_lines("  target 2008/09 20 panels\n");
	assert_null(plan_measure_latest(first_measure(set)));
	release(set);
}

static void test_meets(void **state)
{
	plan_set *set;
	const plan_measure *m;
	const plan_figure *t, *a;

	(void)state;
	/* Down is better: at or under the target meets it. */
	set = with_lines("  baseline 2024/25 1,234 burglaries\n"
			 "  target 2026/27 -5%\n"
			 "  actual 2026/27 1172.3 burglaries\n"
			 "  actual 2026/27 1173\n"
			 "  actual 2026/27 50%\n");
	m = first_measure(set);
	t = m->targets.head;
	a = m->actuals.head;
	assert_int_equal(plan_figure_meets(m, t, a), 1);
	assert_int_equal(plan_figure_meets(m, t, a->next), 0);
	assert_int_equal(plan_figure_meets(m, t, a->next->next), -1);  /* a percentage */
	release(set);

	/* No baseline and no bound: not judged. */
	set = with_lines("  target 2008/09 20\n"
			 "  target 2008/09 at least 20\n"
			 "  actual 2008/09 19\n");
	m = first_measure(set);
	assert_int_equal(plan_figure_meets(m, m->targets.head, m->actuals.head), -1);
	assert_int_equal(plan_figure_meets(m, m->targets.tail, m->actuals.head), 0);
	release(set);
}

static void test_for_people(void **state)
{
	char buf[128];
	plan_set *set;
	const plan_measure *m;

	(void)state;
	plan_number_format(buf, sizeof(buf), 20);
	assert_string_equal(buf, "20");
	plan_number_format(buf, sizeof(buf), 1172.3);
	assert_string_equal(buf, "1172.3");
	plan_number_format(buf, sizeof(buf), -0.0000001);
	assert_string_equal(buf, "0");
	plan_number_format(buf, sizeof(buf), 1234567.25);
	assert_string_equal(buf, "1234567.25");

	set = with_lines("  target 2019 at least 240 new cases\n"
			 "  actual 2019 68%\n");
	m = first_measure(set);
	plan_figure_format(buf, sizeof(buf), m, m->targets.head);
	assert_string_equal(buf, "at least 240 new cases");
	plan_figure_format(buf, sizeof(buf), m, m->actuals.head);
	assert_string_equal(buf, "68%");
	release(set);

	plan_measure_name(buf, sizeof(buf), "Panels set up");
	assert_string_equal(buf, "Panels set up");
	plan_measure_name(buf, sizeof(buf), "Burglaries are reduced compared to the same period in the last 12 months");
	assert_string_equal(buf, "Burglaries are reduced compared to the...");
	plan_measure_name(buf, sizeof(buf), "First line\nsecond line");
	assert_string_equal(buf, "First line");
	plan_measure_name(buf, sizeof(buf), "Élèves élèves élèves élèves élèves élèves élèves");
	assert_string_equal(buf, "Élèves élèves élèves élèves élèves...");   /* 40 characters, not bytes */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_values),
		TEST(test_problems),
		TEST(test_invalid_date),
		TEST(test_figures_follow_their_measure),
		TEST(test_figure_without_measure),
		TEST(test_notes),
		TEST(test_stray_lines),
		TEST(test_change_against_baseline),
		TEST(test_direction),
		TEST(test_latest_and_due),
		TEST(test_meets),
		TEST(test_for_people),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
