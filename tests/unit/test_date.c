/*
 * test_date.c - dates at the precision a plan gives them (src/date.h):
 * plan_date_parse on every written form and its precision (the ISO forms,
 * words, and the forms UK public bodies write: day-first numeric dates,
 * ordinals, spreadsheet month-years, financial years and their quarters),
 * ranges of years, calendar errors with the offset of the wrong part and
 * the right spelling in the message, plan_date_advice for the forms that
 * are refused, plan_date_last_day for each precision, plan_date_format's
 * canonical forms and plan_date_human's, plan_day_number and
 * plan_month_from_name.
 *
 * The last tests parse dates through a whole plan, where the scanner's
 * patterns and plan_date_parse must agree; two of them show library bugs
 * (found by the last two tests, now fixed in src/).
 */
#include "helpers.h"

#include "date.h"

/* Parses s, which must succeed. */
static plan_date ok_date(const char *s)
{
	plan_date d;
	size_t bad = 12345;
	int rc = plan_date_parse(&d, s, strlen(s), &bad);

	if (rc != 0)
		fprintf(stderr, "\"%s\": %s (offset %zu)\n", s, plan_error_message(), bad);
	assert_int_equal(rc, PLAN_OK);
	return d;
}

/* Parses s, which must fail; returns the offset of the bad part. */
static size_t bad_date(const char *s)
{
	plan_date d;
	size_t bad = 12345;

	if (plan_date_parse(&d, s, strlen(s), &bad) == 0)
		fprintf(stderr, "\"%s\" parsed as %d-%d-%d prec %d\n", s, d.year, d.month,
			d.day, (int)d.prec);
	plan_error_clear();
	assert_int_equal(plan_date_parse(&d, s, strlen(s), &bad), PLAN_EINVALID);
	assert_int_equal(plan_error_code(), PLAN_EINVALID);
	assert_true(strlen(plan_error_message()) > 0);
	assert_true(bad < strlen(s) || (bad == 0 && s[0] == '\0'));
	return bad;
}

static void check(const char *s, int y, int m, int d, plan_precision p)
{
	plan_date got = ok_date(s);
	assert_date(&got, y, m, d, p);
}

static void test_iso_forms(void **state)
{
	(void)state;
	check("2019-03-31", 2019, 3, 31, PLAN_PREC_DAY);
	check("2019-03", 2019, 3, 1, PLAN_PREC_MONTH);
	check("2019-Q3", 2019, 7, 1, PLAN_PREC_QUARTER);
	check("2019-q1", 2019, 1, 1, PLAN_PREC_QUARTER);
	check("2019-Q2", 2019, 4, 1, PLAN_PREC_QUARTER);
	check("2019-Q4", 2019, 10, 1, PLAN_PREC_QUARTER);
	check("2019", 2019, 1, 1, PLAN_PREC_YEAR);
	/* A financial year runs from 1 April. */
	check("2019/20", 2019, 4, 1, PLAN_PREC_FY);
	check("1999/00", 1999, 4, 1, PLAN_PREC_FY);
	check("1900-01-01", 1900, 1, 1, PLAN_PREC_DAY);
	check("2999-12-31", 2999, 12, 31, PLAN_PREC_DAY);
}

static void test_word_forms(void **state)
{
	(void)state;
	check("Q3 2019", 2019, 7, 1, PLAN_PREC_QUARTER);
	check("q1 2020", 2020, 1, 1, PLAN_PREC_QUARTER);
	check("31 March 2019", 2019, 3, 31, PLAN_PREC_DAY);
	check("1 October 2015", 2015, 10, 1, PLAN_PREC_DAY);
	check("March 2019", 2019, 3, 1, PLAN_PREC_MONTH);
	check("Mar 2019", 2019, 3, 1, PLAN_PREC_MONTH);
	check("Sept 2019", 2019, 9, 1, PLAN_PREC_MONTH);
	check("Sep 2019", 2019, 9, 1, PLAN_PREC_MONTH);
	check("September 2019", 2019, 9, 1, PLAN_PREC_MONTH);
	check("may 2019", 2019, 5, 1, PLAN_PREC_MONTH);
	check("march 2019", 2019, 3, 1, PLAN_PREC_MONTH);
	check("MARCH 2019", 2019, 3, 1, PLAN_PREC_MONTH);
	check("DEC 2019", 2019, 12, 1, PLAN_PREC_MONTH);
	check("sEpT 2019", 2019, 9, 1, PLAN_PREC_MONTH);
	check("29 february 2020", 2020, 2, 29, PLAN_PREC_DAY);
	/* The scanner allows several blanks and tabs between the words. */
	check("31  March\t2019", 2019, 3, 31, PLAN_PREC_DAY);
}

static void test_calendar_errors(void **state)
{
	(void)state;
	/* The offset names the part that is wrong. */
	assert_int_equal(bad_date("2019-02-30"), 8);
	assert_int_equal(bad_date("2019-04-31"), 8);
	assert_int_equal(bad_date("2019-01-00"), 8);
	assert_int_equal(bad_date("2019-13"), 5);
	assert_int_equal(bad_date("2019-00"), 5);
	assert_int_equal(bad_date("2019-13-01"), 5);
	assert_int_equal(bad_date("2019/21"), 5);
	assert_int_equal(bad_date("2019/19"), 5);
	/* Leap years: every 4th, not every 100th, but every 400th. */
	ok_date("2020-02-29");
	assert_int_equal(bad_date("2019-02-29"), 8);
	assert_int_equal(bad_date("1900-02-29"), 8);
	ok_date("2000-02-29");
	/* The day of a written-out date is its first word. */
	assert_int_equal(bad_date("30 February 2019"), 0);
	assert_int_equal(bad_date("29 February 2019"), 0);
	assert_int_equal(bad_date("32 March 2019"), 0);
	/* A word that is not a month. */
	assert_int_equal(bad_date("Marchh 2019"), 0);
	assert_int_equal(bad_date("12 Foo 2019"), 3);
	/* Years outside 1900-2999. */
	bad_date("1899");
	bad_date("3000-01");
	bad_date("");
}

/* Parses s, which must fail with a message that contains want. */
static void bad_says(const char *s, const char *want)
{
	bad_date(s);
	if (!strstr(plan_error_message(), want))
		fprintf(stderr, "\"%s\": \"%s\" does not say \"%s\"\n", s, plan_error_message(), want);
	assert_non_null(strstr(plan_error_message(), want));
}

/* s is the period from first to last (YYYY-MM-DD), at precision p. */
static void check_period(const char *s, const char *first, const char *last, plan_precision p)
{
	plan_date d = ok_date(s), e = plan_date_last_day(&d);
	char a[11], b[11];

	plan_day_format(a, d.year, d.month, d.day);
	plan_day_format(b, e.year, e.month, e.day);
	assert_string_equal(a, first);
	assert_string_equal(b, last);
	assert_int_equal(d.prec, p);
}

/* The forms of SPEC.md section 7's table that UK public bodies write. */
static void test_uk_forms(void **state)
{
	(void)state;
	/* Day first, always, with slashes, full stops or hyphens. */
	check_period("31/03/2026", "2026-03-31", "2026-03-31", PLAN_PREC_DAY);
	check_period("31.03.2026", "2026-03-31", "2026-03-31", PLAN_PREC_DAY);
	check_period("31-03-2026", "2026-03-31", "2026-03-31", PLAN_PREC_DAY);
	check_period("1/4/2026", "2026-04-01", "2026-04-01", PLAN_PREC_DAY);
	check_period("05/04/2026", "2026-04-05", "2026-04-05", PLAN_PREC_DAY);
	/* Ordinals, with "of" or without. */
	check_period("31st March 2026", "2026-03-31", "2026-03-31", PLAN_PREC_DAY);
	check_period("1st Oct 2019", "2019-10-01", "2019-10-01", PLAN_PREC_DAY);
	check_period("2nd of May 2019", "2019-05-02", "2019-05-02", PLAN_PREC_DAY);
	check_period("23RD June 2019", "2019-06-23", "2019-06-23", PLAN_PREC_DAY);
	/* A spreadsheet's month-year. */
	check_period("Apr-25", "2025-04-01", "2025-04-30", PLAN_PREC_MONTH);
	check_period("April-2025", "2025-04-01", "2025-04-30", PLAN_PREC_MONTH);
	check_period("sept-19", "2019-09-01", "2019-09-30", PLAN_PREC_MONTH);
	check_period("Dec-99", "1999-12-01", "1999-12-31", PLAN_PREC_MONTH);
	/* Financial years, three ways. */
	check_period("2025/26", "2025-04-01", "2026-03-31", PLAN_PREC_FY);
	check_period("2025-26", "2025-04-01", "2026-03-31", PLAN_PREC_FY);
	check_period("2025/2026", "2025-04-01", "2026-03-31", PLAN_PREC_FY);
	check_period("1999-00", "1999-04-01", "2000-03-31", PLAN_PREC_FY);
	/* 2011-12 is December 2011: a month wins where both could be meant. */
	check_period("2011-12", "2011-12-01", "2011-12-31", PLAN_PREC_MONTH);
	/* Quarters of a financial year: Q1 is April to June, Q4 January to March. */
	check_period("Q4 2025/26", "2026-01-01", "2026-03-31", PLAN_PREC_FQUARTER);
	check_period("2025/26 Q4", "2026-01-01", "2026-03-31", PLAN_PREC_FQUARTER);
	check_period("Q1 2025/26", "2025-04-01", "2025-06-30", PLAN_PREC_FQUARTER);
	check_period("q2 2017/18", "2017-07-01", "2017-09-30", PLAN_PREC_FQUARTER);
	check_period("Q3 2019/2020", "2019-10-01", "2019-12-31", PLAN_PREC_FQUARTER);
	check_period("2019/2020 q3", "2019-10-01", "2019-12-31", PLAN_PREC_FQUARTER);
	/* A calendar quarter. */
	check_period("Q3 2019", "2019-07-01", "2019-09-30", PLAN_PREC_QUARTER);
	check_period("2019-Q3", "2019-07-01", "2019-09-30", PLAN_PREC_QUARTER);
	assert_true(plan_date_bare_quarter("Q3 2019", 7));
	assert_false(plan_date_bare_quarter("Q3 2019/20", 10));
	assert_false(plan_date_bare_quarter("2019-Q3", 7));
	{
		plan_date q = ok_date("Q3 2019"), f = plan_date_financial_quarter(&q);
		assert_date(&f, 2019, 10, 1, PLAN_PREC_FQUARTER);
		q = ok_date("Q4 2019");
		f = plan_date_financial_quarter(&q);
		assert_date(&f, 2020, 1, 1, PLAN_PREC_FQUARTER);
	}
	/* The same period written two ways is the same date. */
	{
		plan_date a = ok_date("Q4 2025/26"), b = ok_date("2026-Q1"), c = ok_date("2026");
		assert_true(plan_date_equal(&a, &b));
		assert_false(plan_date_equal(&a, &c));
	}
}

/* What is refused, with the offset of the wrong part and the right spelling. */
static void test_uk_forms_refused(void **state)
{
	(void)state;
	/* Never month first. */
	assert_int_equal(bad_date("03/31/2026"), 3);
	bad_says("03/31/2026", "for 31 March 2026 write 31/03/2026 (or 2026-03-31)");
	bad_says("13/13/2026", "months run from 1 to 12");
	bad_says("31/04/2026", "no such day");
	bad_says("29.02.2019", "no such day");
	ok_date("29.02.2020");
	/* Runs of digits too long for an int are refused, never overflowed (UBSan would stop here). */
	bad_date("20/8119999999999999");
	bad_date("99999999999/03/2026");
	bad_date("1234567890123 March 2026");
	bad_date("2026-99999999999");
	/* A year in full. */
	assert_int_equal(bad_date("31/03/26"), 6);
	bad_says("31/03/26", "write the year in full: 31/03/2026");
	/* One separator. */
	bad_date("31/03.2026");
	/* Financial years. */
	bad_says("2019/2021", "for the years 2019 to 2021 write 2019-2021");
	bad_says("2019-13", "the financial year is written 2019/20");
	bad_says("2026/03/31", "2026-03-31");
	bad_says("Q5 2019", "a quarter is Q1 to Q4");
	bad_says("2019/20 Q5", "a quarter is Q1 to Q4");
	bad_says("Q4 2019/21", "must follow the first");
	/* The suffix need not agree with the day. */
	ok_date("1th March 2019");
	bad_date("Apr-2");
	bad_date("Apr-123");
	bad_date("Q1 1899/00");
}

static void check_years(const char *s, int a, int b)
{
	plan_date from, to;
	size_t bad = 99;

	assert_int_equal(plan_years_parse(&from, &to, s, strlen(s), &bad), PLAN_OK);
	assert_date(&from, a, 1, 1, PLAN_PREC_YEAR);
	assert_date(&to, b, 1, 1, PLAN_PREC_YEAR);
}

static size_t bad_years(const char *s, const char *want)
{
	plan_date from, to;
	size_t bad = 99;

	assert_int_equal(plan_years_parse(&from, &to, s, strlen(s), &bad), PLAN_EINVALID);
	if (!strstr(plan_error_message(), want))
		fprintf(stderr, "\"%s\": %s\n", s, plan_error_message());
	assert_non_null(strstr(plan_error_message(), want));
	return bad;
}

static void test_year_ranges(void **state)
{
	(void)state;
	check_years("2017-2021", 2017, 2021);
	check_years("2017 - 2021", 2017, 2021);
	check_years("2017\t-  2021", 2017, 2021);
	assert_int_equal(bad_years("2021-2017", "end before it starts"), 5);
	bad_years("2025-2026", "write 2025/26 for the financial year, or 2025 to 2026");
	bad_years("2025-2025", "write the one year: 2025");
	assert_int_equal(bad_years("2017-3021", "year out of range"), 5);
	bad_years("2017-21", "written like 2017-2021");
	/* Not one date. */
	bad_says("2017-2021", "a range of years, not one date");
}

/* What plan_date_advice says about text no date pattern took. */
static void advice(const char *s, const char *want)
{
	char buf[300];
	int known = plan_date_advice(buf, sizeof(buf), s, strlen(s), NULL, 0);

	if (!known || !strstr(buf, want))
		fprintf(stderr, "advice on \"%s\": %d \"%s\", want \"%s\"\n", s, known, buf, want);
	assert_true(known);
	assert_non_null(strstr(buf, want));
}

static void test_advice(void **state)
{
	char buf[200];

	(void)state;
	advice("Octobr 2015", "did you mean \"October 2015\"?");
	advice("31 Febuary 2019", "did you mean \"31 February 2019\"?");
	advice("31/03/26", "write the year in full: 31/03/2026");
	advice("31.03.26", "write the year in full: 31.03.2026");
	advice("31/03", "a date needs its year: 31/03/YYYY");
	advice("31 March", "a date needs its year: 31 March YYYY");
	advice("31st March", "a date needs its year: 31 March YYYY");
	advice("March", "a date needs its year: March YYYY");
	advice("March 31 2026", "write the day first: 31 March 2026");
	advice("March 31", "write the day first, and the year: 31 March YYYY");
	advice("Apr 25", "write the year in full: April 2025 (or Apr-25)");
	advice("Spring 2020", "a season is not a date: write its months, 2020-03 to 2020-05");
	advice("winter 2019", "2019-12 to 2020-02");
	advice("end of March 2019", "write the date alone, 2019-03");
	advice("by 31 March 2019", "write the date alone, 2019-03-31");
	advice("early 2020", "2020-01 to 2020-04");
	advice("FY 2025/26", "a financial year is written 2025/26");
	advice("FY25/26", "a financial year is written 2025/26");
	advice("financial year 2025/26", "a financial year is written 2025/26");
	advice("25/26", "20" "25/26");
	advice("H1 2025", "2025-01 to 2025-06");
	advice("H2 2025/26", "2025-10 to 2026-03");
	advice("Q5 2019", "a quarter is Q1 to Q4");
	advice("2019-Q5", "a quarter is Q1 to Q4");
	advice("Q3", "a quarter needs its year");
	advice("Q3 19", "write the year in full: 2019-Q3");
	advice("Jan-Mar 2026", "2026-01 to 2026-03");
	advice("January to March 2026", "2026-01 to 2026-03");
	advice("2019\xE2\x80\x93" "2021", "2019-2021");
	advice("March 2019 - May 2019", "write a range with \"to\": March 2019 to May 2019");
	advice("2026/03/31", "write 2026-03-31");
	advice("Monday 31 March 2026", "leave out the day of the week: 31 March 2026");
	advice("Sept. 2019", "write the month without a full stop: Sept 2019");
	advice("ASAP", "TBC while it is not known");
	/* What it does not know. */
	assert_int_equal(plan_date_advice(buf, sizeof(buf), "whenever", 8, NULL, 0), 0);
	assert_string_equal(buf, "");
	assert_int_equal(plan_date_advice(buf, sizeof(buf), "blue moon", 9, NULL, 0), 0);
	assert_int_equal(plan_date_advice(buf, sizeof(buf), "", 0, NULL, 0), 0);
}

static void check_human(const char *s, const char *want)
{
	plan_date d = ok_date(s);
	char buf[40];

	plan_date_human(buf, sizeof(buf), &d);
	assert_string_equal(buf, want);
}

static void test_human(void **state)
{
	(void)state;
	check_human("2019-03-31", "31 March 2019");
	check_human("31/03/2019", "31 March 2019");
	check_human("2019-03", "March 2019");
	check_human("2019-Q3", "July to September 2019");
	check_human("Q4 2017/18", "Q4 2017/18");
	check_human("2017/18 Q1", "Q1 2017/18");
	check_human("2024", "2024");
	check_human("2025-26", "2025/26");
}

static void check_last(const char *s, int y, int m, int d)
{
	plan_date x = ok_date(s);
	plan_date l = plan_date_last_day(&x);

	assert_date(&l, y, m, d, PLAN_PREC_DAY);
}

static void test_last_day(void **state)
{
	(void)state;
	check_last("2015-10-07", 2015, 10, 7);
	check_last("2015-10", 2015, 10, 31);
	check_last("2015-11", 2015, 11, 30);
	check_last("2020-02", 2020, 2, 29);
	check_last("2019-02", 2019, 2, 28);
	check_last("2019/20", 2020, 3, 31);
	check_last("1999/00", 2000, 3, 31);
	check_last("2019-Q4", 2019, 12, 31);
	check_last("2019-Q2", 2019, 6, 30);
	check_last("2019-Q3", 2019, 9, 30);
	check_last("Q1 2019", 2019, 3, 31);
	check_last("2019", 2019, 12, 31);
	check_last("March 2019", 2019, 3, 31);
}

static void check_format(const char *s, const char *want)
{
	plan_date d = ok_date(s);
	char buf[32];
	int n = plan_date_format(buf, sizeof(buf), &d);

	assert_string_equal(buf, want);
	assert_int_equal(n, (int)strlen(want));
}

static void test_format(void **state)
{
	(void)state;
	check_format("2019-03-31", "2019-03-31");
	check_format("31 March 2019", "2019-03-31");
	check_format("1 March 2019", "2019-03-01");
	check_format("2019-03", "2019-03");
	check_format("Mar 2019", "2019-03");
	check_format("Sept 2019", "2019-09");
	check_format("2019-q3", "2019-Q3");
	check_format("Q3 2019", "2019-Q3");
	check_format("2019", "2019");
	check_format("2019/20", "2019/20");
	check_format("1999/00", "1999/00");
	check_format("2025/2026", "2025/26");
	check_format("2025-26", "2025/26");
	check_format("Q4 2025/26", "2025/26 Q4");
	check_format("2025/2026 Q1", "2025/26 Q1");
	check_format("31/03/2026", "2026-03-31");
	check_format("1st Oct 2019", "2019-10-01");
	check_format("Apr-25", "2025-04");

	/* plan_day_format writes one calendar day. */
	{
		char day[11];
		plan_day_format(day, 2019, 3, 1);
		assert_string_equal(day, "2019-03-01");
	}
	/* A small buffer is never overrun and the full length is still returned. */
	{
		plan_date d = ok_date("2019-03-31");
		char small[5];
		memset(small, 'x', sizeof(small));
		assert_int_equal(plan_date_format(small, sizeof(small), &d), 10);
		assert_string_equal(small, "2019");
	}
}

static void test_day_number(void **state)
{
	(void)state;
	assert_int_equal(plan_day_number(1970, 1, 1), 0);
	assert_int_equal(plan_day_number(1970, 1, 2), 1);
	assert_int_equal(plan_day_number(1969, 12, 31), -1);
	assert_int_equal(plan_day_number(2000, 1, 1), 10957);
	assert_int_equal(plan_day_number(2000, 3, 1), 11017);
	assert_int_equal(plan_day_number(2019, 3, 31), 17986);
	/* Consecutive days differ by one, across leap days and month ends. */
	assert_int_equal(plan_day_number(2020, 2, 29) - plan_day_number(2020, 2, 28), 1);
	assert_int_equal(plan_day_number(2020, 3, 1) - plan_day_number(2020, 2, 29), 1);
	assert_int_equal(plan_day_number(2019, 3, 1) - plan_day_number(2019, 2, 28), 1);
	assert_int_equal(plan_day_number(1900, 3, 1) - plan_day_number(1900, 2, 28), 1);
	assert_int_equal(plan_day_number(2000, 3, 1) - plan_day_number(2000, 2, 29), 1);
	assert_int_equal(plan_day_number(2020, 1, 1) - plan_day_number(2019, 12, 31), 1);
	/* Whole years: 366 days in a leap year, 365 otherwise. */
	assert_int_equal(plan_day_number(2021, 1, 1) - plan_day_number(2020, 1, 1), 366);
	assert_int_equal(plan_day_number(1901, 1, 1) - plan_day_number(1900, 1, 1), 365);
	/* Walking every day of 1900-2100 by days_in_month agrees with it. */
	{
		long n = plan_day_number(1900, 1, 1);
		int y, m, d;
		for (y = 1900; y <= 2100; y++)
			for (m = 1; m <= 12; m++)
				for (d = 1; d <= plan_days_in_month(y, m); d++)
					assert_int_equal(plan_day_number(y, m, d), n++);
	}
}

static void test_days_in_month(void **state)
{
	(void)state;
	assert_int_equal(plan_days_in_month(2019, 1), 31);
	assert_int_equal(plan_days_in_month(2019, 2), 28);
	assert_int_equal(plan_days_in_month(2020, 2), 29);
	assert_int_equal(plan_days_in_month(1900, 2), 28);
	assert_int_equal(plan_days_in_month(2000, 2), 29);
	assert_int_equal(plan_days_in_month(2019, 4), 30);
	assert_int_equal(plan_days_in_month(2019, 12), 31);
	assert_int_equal(plan_days_in_month(2019, 0), 0);
	assert_int_equal(plan_days_in_month(2019, 13), 0);
}

static int month(const char *s)
{
	return plan_month_from_name(s, strlen(s));
}

static void test_month_from_name(void **state)
{
	static const char *const full[12] = {
		"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"
	};
	int m;

	(void)state;
	for (m = 1; m <= 12; m++) {
		char abbr[4], upper[16];
		size_t i;
		assert_int_equal(month(full[m - 1]), m);
		memcpy(abbr, full[m - 1], 3);
		abbr[3] = '\0';
		assert_int_equal(month(abbr), m);
		for (i = 0; full[m - 1][i]; i++)
			upper[i] = (char)(full[m - 1][i] & ~32);
		upper[i] = '\0';
		assert_int_equal(month(upper), m);
		assert_string_equal(plan_month_name(m), full[m - 1]);
	}
	assert_int_equal(month("sept"), 9);
	assert_int_equal(month("SEPT"), 9);
	assert_int_equal(month("jan"), 1);
	assert_int_equal(month("december"), 12);
	/* Not month names. */
	assert_int_equal(month(""), 0);
	assert_int_equal(month("ja"), 0);
	assert_int_equal(month("janu"), 0);
	assert_int_equal(month("Septe"), 0);
	assert_int_equal(month("Mayo"), 0);
	assert_int_equal(month("Octobr"), 0);
	assert_int_equal(month("Marc"), 0);
	assert_int_equal(month("foo"), 0);
	/* Only len bytes are read. */
	assert_int_equal(plan_month_from_name("Marchxyz", 5), 3);
	assert_int_equal(plan_month_from_name("Marchxyz", 3), 3);
}

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(plan_precision_name(PLAN_PREC_DAY), "day");
	assert_string_equal(plan_precision_name(PLAN_PREC_MONTH), "month");
	assert_string_equal(plan_precision_name(PLAN_PREC_QUARTER), "quarter");
	assert_string_equal(plan_precision_name(PLAN_PREC_YEAR), "year");
	assert_string_equal(plan_precision_name(PLAN_PREC_FY), "financial-year");
	assert_string_equal(plan_precision_name(PLAN_PREC_FQUARTER), "financial-quarter");
	assert_string_equal(plan_rhythm_name(PLAN_RHYTHM_ONGOING), "ongoing");
	assert_string_equal(plan_rhythm_name(PLAN_RHYTHM_ANNUAL), "annual");
	assert_string_equal(plan_rhythm_name(PLAN_RHYTHM_QUARTERLY), "quarterly");
	assert_string_equal(plan_rhythm_name(PLAN_RHYTHM_MONTHLY), "monthly");
	assert_string_equal(plan_rhythm_name(PLAN_RHYTHM_FORTNIGHTLY), "fortnightly");
	assert_string_equal(plan_rhythm_name(PLAN_RHYTHM_WEEKLY), "weekly");
	assert_string_equal(plan_rhythm_name(PLAN_RHYTHM_SIX_MONTHLY), "six-monthly");
	assert_string_equal(plan_rhythm_name(PLAN_RHYTHM_BI_MONTHLY), "bi-monthly");
	assert_string_equal(plan_rhythm_name(PLAN_RHYTHM_TERMLY), "termly");
	assert_string_equal(plan_rhythm_name(PLAN_RHYTHM_EVERY), "every");
	assert_string_equal(plan_unit_name(PLAN_UNIT_WEEK), "week");
	assert_string_equal(plan_unit_name(PLAN_UNIT_MONTH), "month");
	assert_string_equal(plan_unit_name(PLAN_UNIT_YEAR), "year");
}

/* How long each rhythm may go between two points, and its name for people. */
static void test_rhythms(void **state)
{
	char buf[40];

	(void)state;
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_ONGOING, 0, 0), 0);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_WEEKLY, 0, 0), 7);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_FORTNIGHTLY, 0, 0), 14);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_MONTHLY, 0, 0), 31);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_BI_MONTHLY, 0, 0), 62);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_QUARTERLY, 0, 0), 92);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_TERMLY, 0, 0), 153);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_SIX_MONTHLY, 0, 0), 184);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_ANNUAL, 0, 0), 366);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_EVERY, 4, PLAN_UNIT_WEEK), 28);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_EVERY, 18, PLAN_UNIT_MONTH), 550);
	/* The named ones are every N months worked out. */
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_EVERY, 1, PLAN_UNIT_MONTH), 31);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_EVERY, 2, PLAN_UNIT_MONTH), 62);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_EVERY, 3, PLAN_UNIT_MONTH), 92);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_EVERY, 5, PLAN_UNIT_MONTH), 153);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_EVERY, 6, PLAN_UNIT_MONTH), 184);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_EVERY, 12, PLAN_UNIT_MONTH), 366);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_EVERY, 3, PLAN_UNIT_YEAR), 1096);
	assert_int_equal(plan_rhythm_days(PLAN_RHYTHM_EVERY, 5, PLAN_UNIT_YEAR), 1827);
	/* Every N units in its simplest name. */
	assert_int_equal(plan_rhythm_every(1, PLAN_UNIT_WEEK), PLAN_RHYTHM_WEEKLY);
	assert_int_equal(plan_rhythm_every(2, PLAN_UNIT_WEEK), PLAN_RHYTHM_FORTNIGHTLY);
	assert_int_equal(plan_rhythm_every(1, PLAN_UNIT_MONTH), PLAN_RHYTHM_MONTHLY);
	assert_int_equal(plan_rhythm_every(2, PLAN_UNIT_MONTH), PLAN_RHYTHM_BI_MONTHLY);
	assert_int_equal(plan_rhythm_every(3, PLAN_UNIT_MONTH), PLAN_RHYTHM_QUARTERLY);
	assert_int_equal(plan_rhythm_every(6, PLAN_UNIT_MONTH), PLAN_RHYTHM_SIX_MONTHLY);
	assert_int_equal(plan_rhythm_every(12, PLAN_UNIT_MONTH), PLAN_RHYTHM_ANNUAL);
	assert_int_equal(plan_rhythm_every(1, PLAN_UNIT_YEAR), PLAN_RHYTHM_ANNUAL);
	assert_int_equal(plan_rhythm_every(3, PLAN_UNIT_WEEK), PLAN_RHYTHM_EVERY);
	assert_int_equal(plan_rhythm_every(2, PLAN_UNIT_YEAR), PLAN_RHYTHM_EVERY);
	/* Articles agree. */
	plan_rhythm_human(buf, sizeof(buf), PLAN_RHYTHM_ANNUAL, 0, 0);
	assert_string_equal(buf, "an annual");
	plan_rhythm_human(buf, sizeof(buf), PLAN_RHYTHM_ONGOING, 0, 0);
	assert_string_equal(buf, "an ongoing");
	plan_rhythm_human(buf, sizeof(buf), PLAN_RHYTHM_QUARTERLY, 0, 0);
	assert_string_equal(buf, "a quarterly");
	plan_rhythm_human(buf, sizeof(buf), PLAN_RHYTHM_SIX_MONTHLY, 0, 0);
	assert_string_equal(buf, "a six-monthly");
	plan_rhythm_human(buf, sizeof(buf), PLAN_RHYTHM_EVERY, 3, PLAN_UNIT_YEAR);
	assert_string_equal(buf, "every 3 years");
}

/* Every spelling of every rhythm, through the scanner. */
static void test_rhythms_in_a_plan(void **state)
{
	static const struct {
		const char *written;
		plan_rhythm r;
		int every, unit, month;
	} cases[] = {
		{ "ongoing", PLAN_RHYTHM_ONGOING, 0, 0, 0 },
		{ "On going", PLAN_RHYTHM_ONGOING, 0, 0, 0 },
		{ "annually", PLAN_RHYTHM_ANNUAL, 0, 0, 0 },
		{ "every year", PLAN_RHYTHM_ANNUAL, 0, 0, 0 },
		{ "yearly in March", PLAN_RHYTHM_ANNUAL, 0, 0, 3 },
		{ "November annually", PLAN_RHYTHM_ANNUAL, 0, 0, 11 },
		{ "six-monthly", PLAN_RHYTHM_SIX_MONTHLY, 0, 0, 0 },
		{ "6-monthly", PLAN_RHYTHM_SIX_MONTHLY, 0, 0, 0 },
		{ "six monthly", PLAN_RHYTHM_SIX_MONTHLY, 0, 0, 0 },
		{ "Half-yearly", PLAN_RHYTHM_SIX_MONTHLY, 0, 0, 0 },
		{ "half yearly", PLAN_RHYTHM_SIX_MONTHLY, 0, 0, 0 },
		{ "bi-annually", PLAN_RHYTHM_SIX_MONTHLY, 0, 0, 0 },
		{ "biannually", PLAN_RHYTHM_SIX_MONTHLY, 0, 0, 0 },
		{ "bi-annual", PLAN_RHYTHM_SIX_MONTHLY, 0, 0, 0 },
		{ "twice yearly", PLAN_RHYTHM_SIX_MONTHLY, 0, 0, 0 },
		{ "twice a year", PLAN_RHYTHM_SIX_MONTHLY, 0, 0, 0 },
		{ "every 6 months", PLAN_RHYTHM_SIX_MONTHLY, 0, 0, 0 },
		{ "bi-monthly", PLAN_RHYTHM_BI_MONTHLY, 0, 0, 0 },
		{ "bimonthly", PLAN_RHYTHM_BI_MONTHLY, 0, 0, 0 },
		{ "termly", PLAN_RHYTHM_TERMLY, 0, 0, 0 },
		{ "quarterly", PLAN_RHYTHM_QUARTERLY, 0, 0, 0 },
		{ "every 3 months", PLAN_RHYTHM_QUARTERLY, 0, 0, 0 },
		{ "every quarter", PLAN_RHYTHM_QUARTERLY, 0, 0, 0 },
		{ "monthly", PLAN_RHYTHM_MONTHLY, 0, 0, 0 },
		{ "every month", PLAN_RHYTHM_MONTHLY, 0, 0, 0 },
		{ "fortnightly", PLAN_RHYTHM_FORTNIGHTLY, 0, 0, 0 },
		{ "every 2 weeks", PLAN_RHYTHM_FORTNIGHTLY, 0, 0, 0 },
		{ "weekly", PLAN_RHYTHM_WEEKLY, 0, 0, 0 },
		{ "every week", PLAN_RHYTHM_WEEKLY, 0, 0, 0 },
		{ "every 4 weeks", PLAN_RHYTHM_EVERY, 4, PLAN_UNIT_WEEK, 0 },
		{ "every 18 months", PLAN_RHYTHM_EVERY, 18, PLAN_UNIT_MONTH, 0 },
		{ "every 3 years", PLAN_RHYTHM_EVERY, 3, PLAN_UNIT_YEAR, 0 },
		{ "every 3 years in November", PLAN_RHYTHM_EVERY, 3, PLAN_UNIT_YEAR, 11 },
		{ "every  2\tyears", PLAN_RHYTHM_EVERY, 2, PLAN_UNIT_YEAR, 0 },
		{ "every 1 year", PLAN_RHYTHM_ANNUAL, 0, 0, 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char buf[200];
		plan_set *set;
		plan_action *a;

		snprintf(buf, sizeof(buf), "plan P T\naction A1\n  review %s\n", cases[i].written);
		set = parse(buf);
		assert_errors(set, 0);
		a = need_action(set, "A1");
		assert_int_equal(a->reviews.head->kind, PLAN_WHEN_RHYTHM);
		assert_int_equal(a->reviews.head->rhythm, cases[i].r);
		assert_int_equal(a->reviews.head->every, cases[i].every);
		assert_int_equal(a->reviews.head->unit, cases[i].unit);
		assert_int_equal(a->reviews.head->month, cases[i].month);
		release(set);
	}
	/* What is refused. */
	{
		plan_set *set = parse("plan P T\naction A1\n  review every 0 weeks\n"
				      "  review every 100 years\n  review quarterly in May\n"
				      "  review May quarterly\n  review every 2 weeks in May\n");
		assert_errors(set, 5);
		need_diag(set, PLAN_SEV_ERROR, "\"every 0 weeks\": the number is 1 to 99");
		need_diag(set, PLAN_SEV_ERROR, "\"every 100 years\": the number is 1 to 99");
		need_diag(set, PLAN_SEV_ERROR, "only a yearly rhythm can name its month");
		/* Neither number is kept; the other three say what the line says. */
		assert_int_equal(need_action(set, "A1")->reviews.count, 3);
		release(set);
	}
}

/* "Q3 2019": a calendar quarter unless the plan declares its quarters financial. */
static void test_quarters_declared(void **state)
{
	plan_set *set;
	plan_action *a;

	(void)state;
	set = parse("plan P T\n  quarters financial\naction A1\n  due Q3 2019\n"
		    "action A2\n  due Q4 2019 to 2020-Q4\naction A3\n  due 2019-Q3\n");
	assert_errors(set, 0);
	a = need_action(set, "A1");
	assert_int_equal(a->due->from.prec, PLAN_PREC_FQUARTER);
	assert_int_equal(a->due->from.year, 2019);
	assert_int_equal(a->due->from.month, 10);
	assert_int_equal(a->due->flags, 0);
	a = need_action(set, "A2");
	assert_int_equal(a->due->from.prec, PLAN_PREC_FQUARTER);
	assert_int_equal(a->due->from.year, 2020);
	assert_int_equal(a->due->from.month, 1);
	assert_int_equal(a->due->to.prec, PLAN_PREC_QUARTER);    /* 2020-Q4 is never financial */
	assert_int_equal(a->due->to.month, 10);
	assert_int_equal(need_action(set, "A3")->due->from.prec, PLAN_PREC_QUARTER);
	release(set);

	set = parse("plan P T\n  quarters Calendar\naction A1\n  due Q3 2019\n");
	assert_errors(set, 0);
	a = need_action(set, "A1");
	assert_int_equal(a->due->from.prec, PLAN_PREC_QUARTER);
	assert_int_equal(a->due->from.month, 7);
	assert_int_equal(a->due->flags, 0);
	release(set);

	/* Undeclared: read as calendar, and marked for the ambiguous-quarter check. */
	set = parse("plan P T\naction A1\n  due Q3 2019\n  review q1 2020 to Q2 2020\n");
	assert_errors(set, 0);
	a = need_action(set, "A1");
	assert_int_equal(a->due->from.prec, PLAN_PREC_QUARTER);
	assert_int_equal(a->due->flags, PLAN_WHEN_Q_FROM);
	assert_int_equal(a->reviews.head->flags, PLAN_WHEN_Q_FROM | PLAN_WHEN_Q_TO);
	release(set);

	set = parse("plan P T\n  quarters fiscal\n  quarters calendar\n  quarters financial\n");
	assert_errors(set, 2);
	need_diag(set, PLAN_SEV_ERROR, "expected \"quarters financial\" (Q1 is April to June) or "
		  "\"quarters calendar\" (Q1 is January to March), found \"fiscal\"");
	release(set);
}

/* TBC where a date goes: no date, no syntax error, and the action knows why. */
static void test_placeholders(void **state)
{
	static const char *const written[] = { "TBC", "tba", "TBD", "N/A" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(written) / sizeof(written[0]); i++) {
		char buf[200];
		plan_set *set;
		plan_action *a;

		snprintf(buf, sizeof(buf), "plan P T\naction A1\n  due %s, awaiting funding\n"
			 "  lead Jane Smith\naction A2\n  review %s\n", written[i], written[i]);
		set = parse(buf);
		assert_errors(set, 0);
		a = need_action(set, "A1");
		assert_null(a->due);
		assert_non_null(a->tbc);
		assert_string_equal(a->tbc->written, written[i]);
		assert_int_equal(a->leads.count, 1);      /* the rest of the action is read */
		a = need_action(set, "A2");
		assert_int_equal(a->reviews.count, 0);
		assert_non_null(a->tbc);
		release(set);
	}
}

/* Every when as messages write it. */
static void test_when_human(void **state)
{
	static const struct { const char *written, *human; } cases[] = {
		{ "2019-03", "March 2019" },
		{ "Q4 2025/26", "Q4 2025/26" },
		{ "2019-Q3", "July to September 2019" },
		{ "31/03/2026", "31 March 2026" },
		{ "2019/20", "2019/20" },
		{ "2014-11 to 2018-03", "November 2014 to March 2018" },
		{ "2017 - 2021", "2017 to 2021" },
		{ "annually in October", "annually in October" },
		{ "November annually", "annually in November" },
		{ "every 3 years in May", "every 3 years in May" },
		{ "half-yearly", "six-monthly" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char buf[200];
		plan_set *set;

		snprintf(buf, sizeof(buf), "plan P T\naction A1\n  review %s\n", cases[i].written);
		set = parse(buf);
		assert_errors(set, 0);
		plan_when_human(buf, sizeof(buf), need_action(set, "A1")->reviews.head);
		assert_string_equal(buf, cases[i].human);
		release(set);
	}
}

/* A date or rhythm that is refused names the right spelling. */
static void test_when_advice(void **state)
{
	plan_set *set;

	(void)state;
	set = parse("plan P T\naction A1\n  due FY 2025/26\n  review fortnighly\n"
		    "  review November annualy\n  review every 3 yrs\n  review whenever\n"
		    "action A2\n  due Spring 2020\n");
	assert_errors(set, 6);
	need_diag(set, PLAN_SEV_ERROR, "cannot read \"FY 2025/26\" as a date; a financial year is "
		  "written 2025/26");
	need_diag(set, PLAN_SEV_ERROR, "cannot read \"fortnighly\" as a date or a rhythm; did you mean "
		  "\"fortnightly\"? The rhythms are ongoing, weekly, fortnightly, monthly, bi-monthly, "
		  "quarterly, termly, six-monthly, annually");
	need_diag(set, PLAN_SEV_ERROR, "did you mean \"annually\"?");
	need_diag(set, PLAN_SEV_ERROR, "cannot read \"every 3 yrs\" as a date or a rhythm; write every "
		  "N weeks, every N months or every N years, N from 1 to 99");
	need_diag(set, PLAN_SEV_ERROR, "cannot read \"whenever\" as a date or a rhythm; the rhythms are");
	need_diag(set, PLAN_SEV_ERROR, "cannot read \"Spring 2020\" as a date; a season is not a date");
	release(set);
	/* A separate-form update whose date is refused: the date, not "indent this line". */
	set = parse("plan P T\naction A1\n  review quarterly\n31/03/26 A1 green\n  Text.\n");
	assert_errors(set, 1);
	need_diag(set, PLAN_SEV_ERROR, "cannot read \"31/03/26\" as a date; write the year in full: 31/03/2026");
	release(set);
}

/* Dates in a plan: the scanner's date patterns and plan_date_parse together. */
static void test_dates_in_a_plan(void **state)
{
	plan_set *set;
	plan_action *a;
	const plan_diag *g;

	(void)state;
	set = parse("plan P Dates\n"
		    "action A1\n"
		    "  due 31 October 2015\n"
		    "  start Oct 2015\n"
		    "  review Q3 2019\n"
		    "  review 2019-q4\n"
		    "  review 2014-11 to 2018/19\n"
		    "action A2\n"
		    "  due 2019-02-30\n");
	a = need_action(set, "A1");
	assert_date(&a->due->from, 2015, 10, 31, PLAN_PREC_DAY);
	assert_string_equal(a->due->written, "31 October 2015");
	assert_date(&a->start->from, 2015, 10, 1, PLAN_PREC_MONTH);
	assert_int_equal(a->reviews.count, 3);
	assert_date(&a->reviews.head->from, 2019, 7, 1, PLAN_PREC_QUARTER);
	assert_date(&a->reviews.head->next->from, 2019, 10, 1, PLAN_PREC_QUARTER);
	assert_int_equal(a->reviews.tail->kind, PLAN_WHEN_RANGE);
	assert_date(&a->reviews.tail->from, 2014, 11, 1, PLAN_PREC_MONTH);
	assert_date(&a->reviews.tail->to, 2018, 4, 1, PLAN_PREC_FY);
	/* One error, under the day of the impossible date (line 9, "  due 2019-02-" is 14 chars). */
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "2019-02-30");
	assert_int_equal(diag_line(g), 9);
	assert_int_equal(diag_col(g), 15);
	release(set);
}

/* The UK forms through the scanner: every place a date is written. */
static void test_uk_dates_in_a_plan(void **state)
{
	plan_set *set;
	plan_action *a;
	const plan_update *u;
	const plan_decision *d;

	(void)state;
	set = parse("plan P UK dates\n"
		    "  period 2025-26\n"
		    "action A1\n"
		    "  lead Jo\n"
		    "  due Q4 2025/26\n"
		    "  start 1st Apr 2025\n"
		    "  review 2025/26 Q2\n"
		    "  review 2017 - 2021, the strategy's years\n"
		    "  review 30/09/2025 to Apr-26\n"
		    "  decision 31.03.2026 continue into 2026/2027\n"
		    "  update 14-07-2025 green\n"
		    "    On track.\n"
		    "14/07/2025 A1 amber by Police\n"
		    "  Slipping.\n"
		    "31st of July 2025 A1 green\n"
		    "  Back on track.\n");
	assert_errors(set, 0);
	a = need_action(set, "A1");
	assert_date(&set->plans.head->period->from, 2025, 4, 1, PLAN_PREC_FY);
	assert_date(&a->due->from, 2026, 1, 1, PLAN_PREC_FQUARTER);
	assert_date(&a->start->from, 2025, 4, 1, PLAN_PREC_DAY);
	assert_date(&a->reviews.head->from, 2025, 7, 1, PLAN_PREC_FQUARTER);
	assert_int_equal(NTH(a->reviews.head, 1)->kind, PLAN_WHEN_RANGE);
	assert_date(&NTH(a->reviews.head, 1)->from, 2017, 1, 1, PLAN_PREC_YEAR);
	assert_date(&NTH(a->reviews.head, 1)->to, 2021, 1, 1, PLAN_PREC_YEAR);
	assert_string_equal(NTH(a->reviews.head, 1)->written, "2017 - 2021");
	assert_string_equal(NTH(a->reviews.head, 1)->note, "the strategy's years");
	assert_date(&NTH(a->reviews.head, 2)->from, 2025, 9, 30, PLAN_PREC_DAY);
	assert_date(&NTH(a->reviews.head, 2)->to, 2026, 4, 1, PLAN_PREC_MONTH);
	d = a->decisions.head;
	assert_date(&d->date, 2026, 3, 31, PLAN_PREC_DAY);
	assert_date(&d->into, 2026, 4, 1, PLAN_PREC_FY);
	assert_int_equal(a->updates.count, 3);
	u = a->updates.head;
	assert_date(&u->date, 2025, 7, 14, PLAN_PREC_DAY);
	u = u->next;
	assert_date(&u->date, 2025, 7, 14, PLAN_PREC_DAY);
	assert_string_equal(u->author, "Police");
	u = u->next;
	assert_date(&u->date, 2025, 7, 31, PLAN_PREC_DAY);
	release(set);

	/* A range of years is not one date: not an update's, nor a decision's. */
	set = parse("plan P T\naction A1\n  lead Jo\n  due 2019\n"
		    "  decision 2017-2021 complete\n"
		    "  update 2017 - 2021 green\n    Text.\n");
	assert_errors(set, 2);
	need_diag(set, PLAN_SEV_ERROR, "\"2017-2021\" is a range of years; a decision is dated by one date");
	need_diag(set, PLAN_SEV_ERROR, "\"2017 - 2021\" is a range of years; an update is dated by one date");
	release(set);
}

/*
 * Regression test for a bug this test found (since fixed in src/):
 * a day of 0 in a written-out date is accepted and silently read as
 * the whole month: "due 0 March 2019" gives no error (the day is dropped),
 * while "2019-03-00" is rejected.  plan_date_parse("0 March 2019") returns
 * 0 with month precision.
 */
static void test_bug_day_zero_in_words(void **state)
{
	plan_set *set;

	(void)state;
	assert_int_equal(bad_date("0 March 2019"), 0);
	set = parse("plan P T\naction A1\n  due 0 March 2019\n");
	assert_errors(set, 1);
	release(set);
}

/*
 * Regression test for a bug this test found (since fixed in src/):
 * the year range 1900-2999 is only checked for numeric dates:
 * "due 1800-03" is an error but "due March 1800" (and "Q1 0001",
 * "1 May 1066") are accepted.
 */
static void test_bug_year_range_in_words(void **state)
{
	plan_set *set;

	(void)state;
	bad_date("March 1800");
	bad_date("Q1 0001");
	bad_date("1 May 1066");
	set = parse("plan P T\naction A1\n  due March 1800\naction A2\n  due 1800-03\n");
	assert_errors(set, 2);
	release(set);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_iso_forms),
		TEST(test_word_forms),
		TEST(test_calendar_errors),
		TEST(test_uk_forms),
		TEST(test_uk_forms_refused),
		TEST(test_year_ranges),
		TEST(test_advice),
		TEST(test_human),
		TEST(test_last_day),
		TEST(test_format),
		TEST(test_day_number),
		TEST(test_days_in_month),
		TEST(test_month_from_name),
		TEST(test_names),
		TEST(test_rhythms),
		TEST(test_rhythms_in_a_plan),
		TEST(test_quarters_declared),
		TEST(test_placeholders),
		TEST(test_when_advice),
		TEST(test_when_human),
		TEST(test_dates_in_a_plan),
		TEST(test_uk_dates_in_a_plan),
		TEST(test_bug_day_zero_in_words),
		TEST(test_bug_year_range_in_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
