/*
 * date.c - calendar arithmetic and the date forms of the plan language.
 *
 * The scanner decides the shape of a date with its patterns; this module
 * turns the matched text into a plan_date and checks it against the
 * calendar, so that "2019-02-30" is an error naming the day.
 */
#include "date.h"
#include "error.h"

#include <stdio.h>
#include <string.h>

static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int plan_date_equal(const plan_date *a, const plan_date *b)
{
	return a->prec == b->prec && a->year == b->year && a->month == b->month && a->day == b->day;
}

int plan_days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

long plan_day_number(int y, int m, int d)
{
	/* Days from civil, after H. Hinnant's algorithm. */
	long yy = y - (m <= 2);
	long era = (yy >= 0 ? yy : yy - 399) / 400;
	long yoe = yy - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

plan_date plan_date_last_day(const plan_date *d)
{
	plan_date r = *d;
	r.prec = PLAN_PREC_DAY;
	switch (d->prec) {
	case PLAN_PREC_DAY:
		break;
	case PLAN_PREC_MONTH:
		r.day = plan_days_in_month(d->year, d->month);
		break;
	case PLAN_PREC_QUARTER:
		r.month = d->month + 2;
		r.day = plan_days_in_month(d->year, r.month);
		break;
	case PLAN_PREC_YEAR:
		r.month = 12;
		r.day = 31;
		break;
	case PLAN_PREC_FY:
		r.year = d->year + 1;
		r.month = 3;
		r.day = 31;
		break;
	}
	return r;
}

int plan_month_from_name(const char *s, size_t len)
{
	int m;
	size_t i;

	if (len < 3)
		return 0;
	/* "Sept" is the one four-letter abbreviation in common use. */
	if (len == 4 && (s[0] | 32) == 's' && (s[1] | 32) == 'e' &&
	    (s[2] | 32) == 'p' && (s[3] | 32) == 't')
		return 9;
	for (m = 0; m < 12; m++) {
		const char *n = month_names[m];
		size_t nl = strlen(n);
		if (len != 3 && len != nl)
			continue;
		for (i = 0; i < len; i++)
			if ((s[i] | 32) != (n[i] | 32))
				break;
		if (i == len)
			return m + 1;
	}
	return 0;
}

const char *plan_month_name(int m)
{
	return m >= 1 && m <= 12 ? month_names[m - 1] : "?";
}

static int digits(const char *s, size_t n, int *out)
{
	int v = 0;
	size_t i;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int fail(size_t *bad_off, const char *msg, size_t off)
{
	*bad_off = off;
	return plan_error_set(PLAN_EINVALID, "%s", msg);
}

/* "31 March 2019", "March 2019", "Q3 2019": words separated by blanks. */
static int parse_words(plan_date *out, const char *s, size_t len, size_t *bad_off)
{
	size_t i = 0, w0, w1;
	int day = 0, year;

	if (is_digit(s[0])) {
		while (i < len && is_digit(s[i]))
			i++;
		if (digits(s, i, &day) < 0 || i > 2 || day < 1)
			return fail(bad_off, "no such day in that month", 0);
		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
	}
	w0 = i;
	while (i < len && s[i] != ' ' && s[i] != '\t')
		i++;
	w1 = i;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (len - i != 4 || digits(s + i, 4, &year) < 0)
		return fail(bad_off, "expected a four-digit year", i);
	if (year < PLAN_DATE_MIN_YEAR || year > PLAN_DATE_MAX_YEAR)
		return fail(bad_off, "year out of range " PLAN_LIMIT_TEXT(PLAN_DATE_MIN_YEAR) "-" PLAN_LIMIT_TEXT(PLAN_DATE_MAX_YEAR), i);
	out->year = year;
	if ((s[w0] | 32) == 'q' && w1 - w0 == 2) {
		out->month = (s[w0 + 1] - '1') * 3 + 1;
		out->day = 1;
		out->prec = PLAN_PREC_QUARTER;
		return 0;
	}
	out->month = plan_month_from_name(s + w0, w1 - w0);
	if (!out->month)
		return fail(bad_off, "not an English month name", w0);
	if (day) {
		if (day > plan_days_in_month(year, out->month))
			return fail(bad_off, "no such day in that month", 0);
		out->day = day;
		out->prec = PLAN_PREC_DAY;
	} else {
		out->day = 1;
		out->prec = PLAN_PREC_MONTH;
	}
	return 0;
}

int plan_date_parse(plan_date *out, const char *s, size_t len, size_t *bad_off)
{
	int year, month, day, next;

	memset(out, 0, sizeof(*out));
	if (len == 0)
		return fail(bad_off, "empty date", 0);
	if (len < 4 || digits(s, 4, &year) < 0 || (len > 4 && is_digit(s[4])))
		return parse_words(out, s, len, bad_off);

	if (year < PLAN_DATE_MIN_YEAR || year > PLAN_DATE_MAX_YEAR)
		return fail(bad_off, "year out of range " PLAN_LIMIT_TEXT(PLAN_DATE_MIN_YEAR) "-" PLAN_LIMIT_TEXT(PLAN_DATE_MAX_YEAR), 0);
	out->year = year;
	out->month = 1;
	out->day = 1;
	if (len == 4) {
		out->prec = PLAN_PREC_YEAR;
		return 0;
	}
	if (s[4] == '/') {
		/* 2019/20: the second year must follow the first. */
		if (len != 7 || digits(s + 5, 2, &next) < 0)
			return fail(bad_off, "a financial year is written like 2019/20", 0);
		if (next != (year + 1) % 100)
			return fail(bad_off, "the second year of a financial year must follow the first", 5);
		out->month = 4;
		out->prec = PLAN_PREC_FY;
		return 0;
	}
	if (s[4] != '-')
		return fail(bad_off, "expected '-' after the year", 4);
	if (len == 7 && (s[5] | 32) == 'q') {
		if (s[6] < '1' || s[6] > '4')
			return fail(bad_off, "a quarter is Q1 to Q4", 5);
		out->month = (s[6] - '1') * 3 + 1;
		out->prec = PLAN_PREC_QUARTER;
		return 0;
	}
	if (len < 7 || digits(s + 5, 2, &month) < 0)
		return fail(bad_off, "expected a two-digit month", 5);
	if (month < 1 || month > 12)
		return fail(bad_off, "no such month: months run from 01 to 12", 5);
	out->month = month;
	if (len == 7) {
		out->prec = PLAN_PREC_MONTH;
		return 0;
	}
	if (len != 10 || s[7] != '-' || digits(s + 8, 2, &day) < 0)
		return fail(bad_off, "a day is written like 2019-03-31", 7);
	if (day < 1 || day > plan_days_in_month(year, month))
		return fail(bad_off, "no such day in that month", 8);
	out->day = day;
	out->prec = PLAN_PREC_DAY;
	return 0;
}

int plan_date_format(char *buf, size_t size, const plan_date *d)
{
	switch (d->prec) {
	case PLAN_PREC_DAY:
		return snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month, d->day);
	case PLAN_PREC_MONTH:
		return snprintf(buf, size, "%04d-%02d", d->year, d->month);
	case PLAN_PREC_QUARTER:
		return snprintf(buf, size, "%04d-Q%d", d->year, (d->month - 1) / 3 + 1);
	case PLAN_PREC_YEAR:
		return snprintf(buf, size, "%04d", d->year);
	case PLAN_PREC_FY:
		return snprintf(buf, size, "%04d/%02d", d->year, (d->year + 1) % 100);
	}
	return snprintf(buf, size, "?");
}

int plan_date_human(char *buf, size_t size, const plan_date *d)
{
	switch (d->prec) {
	case PLAN_PREC_DAY:
		return snprintf(buf, size, "%d %s %d", d->day, plan_month_name(d->month), d->year);
	case PLAN_PREC_MONTH:
		return snprintf(buf, size, "%s %d", plan_month_name(d->month), d->year);
	default:
		return plan_date_format(buf, size, d);
	}
}

void plan_day_format(char *buf, int y, int m, int d)
{
	unsigned uy = (unsigned)y % 10000, um = (unsigned)m % 100, ud = (unsigned)d % 100;
	snprintf(buf, 11, "%04u-%02u-%02u", uy, um, ud);
}

const char *plan_precision_name(plan_precision p)
{
	switch (p) {
	case PLAN_PREC_DAY: return "day";
	case PLAN_PREC_MONTH: return "month";
	case PLAN_PREC_QUARTER: return "quarter";
	case PLAN_PREC_YEAR: return "year";
	case PLAN_PREC_FY: return "financial-year";
	}
	return "?";
}

const char *plan_rhythm_name(plan_rhythm r)
{
	switch (r) {
	case PLAN_RHYTHM_ONGOING: return "ongoing";
	case PLAN_RHYTHM_ANNUAL: return "annual";
	case PLAN_RHYTHM_QUARTERLY: return "quarterly";
	case PLAN_RHYTHM_MONTHLY: return "monthly";
	case PLAN_RHYTHM_FORTNIGHTLY: return "fortnightly";
	case PLAN_RHYTHM_WEEKLY: return "weekly";
	}
	return "?";
}
