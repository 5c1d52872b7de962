/*
 * date.c - calendar arithmetic and the date forms of the plan language.
 *
 * The scanner decides the shape of a date with its patterns; this module
 * turns the matched text into a plan_date and checks it against the
 * calendar, so that "2019-02-30" is an error naming the day.  Numeric
 * dates are day first, as UK public bodies write them: "03/31/2026" is
 * an error (no month 31) that names the right spelling, never 31 March.
 * plan_date_advice does the same for text no date pattern took.
 */
#include "date.h"
#include "error.h"

#include <stdarg.h>
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
	return plan_date_period(a->prec) == plan_date_period(b->prec) && a->year == b->year &&
	       a->month == b->month && a->day == b->day;
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

void plan_day_from_number(long long n, long long *y, int *m, int *d)
{
	/* The inverse of plan_day_number (H. Hinnant's civil_from_days). */
	long long z = n + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
	long long doe = z - era * 146097;
	long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;

	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
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
	case PLAN_PREC_FQUARTER:
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

/* ---- reading ---------------------------------------------------------- */

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The value of s[0..n), all digits; -1 when one is not, or it has more than 6. */
static int number(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	if (n > 6)
		return -1;
	for (i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* The lengths of the runs of digits, letters and blanks at s[i..len). */
static size_t digits_at(const char *s, size_t i, size_t len)
{
	size_t j = i;
	while (j < len && s[j] >= '0' && s[j] <= '9')
		j++;
	return j - i;
}

static size_t letters_at(const char *s, size_t i, size_t len)
{
	size_t j = i;
	while (j < len && is_letter(s[j]))
		j++;
	return j - i;
}

static size_t blanks_at(const char *s, size_t i, size_t len)
{
	size_t j = i;
	while (j < len && (s[j] == ' ' || s[j] == '\t'))
		j++;
	return j - i;
}

__attribute__((format(printf, 3, 4)))
static int fail(size_t *bad_off, size_t off, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	*bad_off = off;
	return plan_error_set(PLAN_EINVALID, "%s", msg);
}

#define YEAR_RANGE_TEXT PLAN_LIMIT_TEXT(PLAN_DATE_MIN_YEAR) "-" PLAN_LIMIT_TEXT(PLAN_DATE_MAX_YEAR)

static int year_ok(int y)
{
	return y >= PLAN_DATE_MIN_YEAR && y <= PLAN_DATE_MAX_YEAR;
}

/* Quarter q (1..4) of the financial year that starts in April of year fy. */
static void financial_quarter(plan_date *out, int fy, int q)
{
	out->year = q == 4 ? fy + 1 : fy;
	out->month = q == 4 ? 1 : 3 * q + 1;
	out->day = 1;
	out->prec = PLAN_PREC_FQUARTER;
}

void plan_date_quarter_of_fy(plan_date *d)
{
	if (d->prec == PLAN_PREC_QUARTER)
		financial_quarter(d, d->year, (d->month - 1) / 3 + 1);
}

/*
 * The second year of a financial year that starts in year, written at
 * s[i..i+n) ("20" or "2020"): its offset is reported when it does not
 * follow the first.
 */
static int second_year(const char *s, size_t i, size_t n, int year, size_t *bad_off)
{
	int next = number(s + i, n);

	if (n == 2 && next == (year + 1) % 100)
		return PLAN_OK;
	if (n == 4 && next == year + 1)
		return PLAN_OK;
	if (n == 4 && next > year + 1)
		return fail(bad_off, i, "the second year of a financial year must follow the first "
			    "(%d/%02d); for the years %d to %d write %d-%d", year, (year + 1) % 100,
			    year, next, year, next);
	if (n != 2 && n != 4)
		return fail(bad_off, i, "a financial year is written like %d/%02d", year, (year + 1) % 100);
	return fail(bad_off, i, "the second year of a financial year must follow the first (%d/%02d)",
		    year, (year + 1) % 100);
}

/* After a financial year ending at s[i]: nothing, or blanks and "Q1".."Q4". */
static int fy_rest(plan_date *out, const char *s, size_t len, size_t i, size_t *bad_off)
{
	size_t q;

	if (i == len) {
		out->month = 4;
		out->day = 1;
		out->prec = PLAN_PREC_FY;
		return PLAN_OK;
	}
	q = i + blanks_at(s, i, len);
	if (q > i && q + 2 == len && (s[q] | 32) == 'q') {
		if (s[q + 1] < '1' || s[q + 1] > '4')
			return fail(bad_off, q, "a quarter is Q1 to Q4");
		financial_quarter(out, out->year, s[q + 1] - '0');
		return PLAN_OK;
	}
	return fail(bad_off, i, "a financial year is written like %d/%02d, or a quarter of it like "
		    "%d/%02d Q4", out->year, (out->year + 1) % 100, out->year, (out->year + 1) % 100);
}

/* Dates that start with a four-digit year: "2019", "2019-03-31", "2019/20 Q3", ... */
static int from_year(plan_date *out, const char *s, size_t len, size_t *bad_off)
{
	int year = number(s, 4), month, day;
	size_t n;

	if (!year_ok(year))
		return fail(bad_off, 0, "year out of range " YEAR_RANGE_TEXT);
	out->year = year;
	out->month = 1;
	out->day = 1;
	if (len == 4) {
		out->prec = PLAN_PREC_YEAR;
		return PLAN_OK;
	}
	if (s[4] == '/') {
		n = digits_at(s, 5, len);
		if (n == 2 && 7 < len && s[7] == '/')
			return fail(bad_off, 0, "a day is written year first with hyphens (%.4s-%.2s-%.*s) "
				    "or day first (%.*s/%.2s/%.4s)", s, s + 5, (int)(len - 8), s + 8,
				    (int)(len - 8), s + 8, s + 5, s);
		if (second_year(s, 5, n, year, bad_off) < 0)
			return PLAN_EINVALID;
		return fy_rest(out, s, len, 5 + n, bad_off);
	}
	if (s[4] != '-')
		return fail(bad_off, 4, "expected '-' after the year");
	if (len == 7 && (s[5] | 32) == 'q') {
		if (s[6] < '1' || s[6] > '4')
			return fail(bad_off, 5, "a quarter is Q1 to Q4");
		out->month = (s[6] - '1') * 3 + 1;
		out->prec = PLAN_PREC_QUARTER;
		return PLAN_OK;
	}
	n = digits_at(s, 5, len);
	if (n == 4)
		return fail(bad_off, 0, "%.*s is a range of years, not one date", (int)len, s);
	if (n != 2)
		return fail(bad_off, 5, "expected a two-digit month");
	month = number(s + 5, 2);
	if (len == 7) {
		/* 2019-03 is March 2019; 2019-20 the financial year 2019/20. */
		if (month >= 1 && month <= 12) {
			out->month = month;
			out->prec = PLAN_PREC_MONTH;
			return PLAN_OK;
		}
		if (month == (year + 1) % 100) {
			out->month = 4;
			out->prec = PLAN_PREC_FY;
			return PLAN_OK;
		}
		return fail(bad_off, 5, "no such month: months run from 01 to 12 (the financial year "
			    "is written %d/%02d)", year, (year + 1) % 100);
	}
	if (month < 1 || month > 12)
		return fail(bad_off, 5, "no such month: months run from 01 to 12");
	out->month = month;
	if (len != 10 || s[7] != '-' || (day = number(s + 8, 2)) < 0)
		return fail(bad_off, 7, "a day is written like 2019-03-31");
	if (day < 1 || day > plan_days_in_month(year, month))
		return fail(bad_off, 8, "no such day in that month");
	out->day = day;
	out->prec = PLAN_PREC_DAY;
	return PLAN_OK;
}

/* "31/03/2026", "31.03.2026", "31-03-2026": day first, always. */
static int day_first_numeric(plan_date *out, const char *s, size_t len, size_t dn, size_t *bad_off)
{
	char sep = s[dn];
	size_t m0 = dn + 1, mn = digits_at(s, m0, len), y0 = m0 + mn + 1, yn;
	int day = number(s, dn), month = number(s + m0, mn), year;

	if (mn < 1 || mn > 2 || m0 + mn >= len || s[m0 + mn] != sep)
		return fail(bad_off, m0, "a day is written like 31%c03%c2026 (day, month, year)", sep, sep);
	yn = digits_at(s, y0, len);
	if (y0 + yn != len)
		return fail(bad_off, y0, "a day is written like 31%c03%c2026 (day, month, year)", sep, sep);
	if (yn == 2)
		return fail(bad_off, y0, "write the year in full: %.*s%c%.*s%c20%.2s", (int)dn, s, sep,
			    (int)mn, s + m0, sep, s + y0);
	if (yn != 4)
		return fail(bad_off, y0, "expected a four-digit year");
	year = number(s + y0, 4);
	if (!year_ok(year))
		return fail(bad_off, y0, "year out of range " YEAR_RANGE_TEXT);
	if (month < 1 || month > 12) {
		if (month <= 31 && day >= 1 && day <= 12 && month <= plan_days_in_month(year, day))
			return fail(bad_off, m0, "no such month: dates are day first, so this is month %d; "
				    "for %d %s %d write %02d%c%02d%c%d (or %d-%02d-%02d)", month, month,
				    plan_month_name(day), year, month, sep, day, sep, year, year, day, month);
		return fail(bad_off, m0, "no such month: months run from 1 to 12 (dates are day first)");
	}
	if (day < 1 || day > plan_days_in_month(year, month))
		return fail(bad_off, 0, "no such day in that month");
	out->year = year;
	out->month = month;
	out->day = day;
	out->prec = PLAN_PREC_DAY;
	return PLAN_OK;
}

/* "March 2019", "Mar-19", "March-2019", and after a day, "March 2019" (at s[i]). */
static int month_year(plan_date *out, const char *s, size_t len, size_t i, int day, size_t *bad_off)
{
	size_t w = letters_at(s, i, len), y;
	int month = plan_month_from_name(s + i, w), year;

	if (!month)
		return fail(bad_off, i, "not an English month name");
	y = i + w;
	if (!day && y < len && s[y] == '-') {
		size_t n = digits_at(s, y + 1, len);
		if (y + 1 + n != len || (n != 2 && n != 4))
			return fail(bad_off, y + 1, "a month and year are written like Apr-25 or April-2025");
		year = number(s + y + 1, n);
		/* A spreadsheet's two-digit year: 00-29 are 2000-2029, 30-99 are 1930-1999. */
		if (n == 2)
			year += year < 30 ? 2000 : 1900;
		y++;
	} else {
		y += blanks_at(s, y, len);
		if (len - y != 4 || (year = number(s + y, 4)) < 0)
			return fail(bad_off, y, "expected a four-digit year");
	}
	if (!year_ok(year))
		return fail(bad_off, y, "year out of range " YEAR_RANGE_TEXT);
	out->year = year;
	out->month = month;
	if (day) {
		if (day > plan_days_in_month(year, month))
			return fail(bad_off, 0, "no such day in that month");
		out->day = day;
		out->prec = PLAN_PREC_DAY;
	} else {
		out->day = 1;
		out->prec = PLAN_PREC_MONTH;
	}
	return PLAN_OK;
}

/* Dates that start with a day: "31 March 2019", "31st of March 2019", "31/03/2019". */
static int from_day(plan_date *out, const char *s, size_t len, size_t dn, size_t *bad_off)
{
	int day = number(s, dn);
	size_t i = dn, w;

	if (day < 1)
		return fail(bad_off, 0, "no such day in that month");
	if (i < len && (s[i] == '/' || s[i] == '.' || s[i] == '-'))
		return day_first_numeric(out, s, len, dn, bad_off);
	if (letters_at(s, i, len) == 2) {
		char a = (char)(s[i] | 32), b = (char)(s[i + 1] | 32);
		if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
		      (a == 't' && b == 'h')))
			return fail(bad_off, i, "a day is written 31 or 31st");
		i += 2;
	}
	w = blanks_at(s, i, len);
	if (!w)
		return fail(bad_off, i, "a day is written like 31 March 2019");
	i += w;
	if (letters_at(s, i, len) == 2 && (s[i] | 32) == 'o' && (s[i + 1] | 32) == 'f' &&
	    blanks_at(s, i + 2, len))
		i += 2 + blanks_at(s, i + 2, len);
	return month_year(out, s, len, i, day, bad_off);
}

/* "Q3 2019" (a calendar quarter), "Q3 2019/20", "Q3 2019/2020" (a financial one). */
static int from_quarter(plan_date *out, const char *s, size_t len, size_t *bad_off)
{
	size_t i, n;
	int year;

	if (len < 2 || s[1] < '1' || s[1] > '4')
		return fail(bad_off, 0, "a quarter is Q1 to Q4");
	i = 2 + blanks_at(s, 2, len);
	n = digits_at(s, i, len);
	if (i == 2 || n != 4)
		return fail(bad_off, i, "expected a four-digit year");
	year = number(s + i, 4);
	if (!year_ok(year))
		return fail(bad_off, i, "year out of range " YEAR_RANGE_TEXT);
	out->year = year;
	out->day = 1;
	i += 4;
	if (i == len) {
		out->month = (s[1] - '1') * 3 + 1;
		out->prec = PLAN_PREC_QUARTER;
		return PLAN_OK;
	}
	if (s[i] != '/')
		return fail(bad_off, i, "a quarter is written like 2019-Q3, or Q3 2019/20 in a financial year");
	n = digits_at(s, i + 1, len);
	if (i + 1 + n != len || second_year(s, i + 1, n, year, bad_off) < 0)
		return i + 1 + n != len ? fail(bad_off, i + 1, "a financial year is written like %d/%02d",
					       year, (year + 1) % 100) : PLAN_EINVALID;
	financial_quarter(out, year, s[1] - '0');
	return PLAN_OK;
}

int plan_date_parse(plan_date *out, const char *s, size_t len, size_t *bad_off)
{
	size_t n;

	memset(out, 0, sizeof(*out));
	if (len == 0)
		return fail(bad_off, 0, "empty date");
	if (is_digit(s[0])) {
		n = digits_at(s, 0, len);
		if (n == 4)
			return from_year(out, s, len, bad_off);
		if (n <= 2)
			return from_day(out, s, len, n, bad_off);
		return fail(bad_off, 0, "expected a date such as 2019-03-31");
	}
	if ((s[0] | 32) == 'q' && len > 1 && is_digit(s[1]))
		return from_quarter(out, s, len, bad_off);
	return month_year(out, s, len, 0, 0, bad_off);
}

int plan_years_parse(plan_date *from, plan_date *to, const char *s, size_t len, size_t *bad_off)
{
	size_t i;
	int a, b;

	memset(from, 0, sizeof(*from));
	memset(to, 0, sizeof(*to));
	if (len < 9 || digits_at(s, 0, len) != 4)
		return fail(bad_off, 0, "a range of years is written like 2017-2021");
	i = 4 + blanks_at(s, 4, len);
	if (i >= len || s[i] != '-')
		return fail(bad_off, i, "a range of years is written like 2017-2021");
	i++;
	i += blanks_at(s, i, len);
	if (len - i != 4 || digits_at(s, i, len) != 4)
		return fail(bad_off, i, "expected a four-digit year");
	a = number(s, 4);
	b = number(s + i, 4);
	if (!year_ok(a))
		return fail(bad_off, 0, "year out of range " YEAR_RANGE_TEXT);
	if (!year_ok(b))
		return fail(bad_off, i, "year out of range " YEAR_RANGE_TEXT);
	if (b < a)
		return fail(bad_off, i, "a range must not end before it starts");
	if (b == a)
		return fail(bad_off, 0, "write the one year: %d", a);
	if (b == a + 1)
		return fail(bad_off, 0, "\"%.*s\" could be the financial year %d/%02d or the calendar "
			    "years %d and %d: write %d/%02d for the financial year, or %d to %d for the "
			    "two years", (int)len, s, a, b % 100, a, b, a, b % 100, a, b);
	from->year = a;
	to->year = b;
	from->month = to->month = 1;
	from->day = to->day = 1;
	from->prec = to->prec = PLAN_PREC_YEAR;
	return PLAN_OK;
}

int plan_date_bare_quarter(const char *s, size_t len)
{
	return len > 0 && (s[0] | 32) == 'q' && !memchr(s, '/', len);
}

plan_date plan_date_financial_quarter(const plan_date *q)
{
	plan_date r;

	financial_quarter(&r, q->year, (q->month - 1) / 3 + 1);
	return r;
}

/* ---- advice ----------------------------------------------------------- */

/*
 * The text is looked at as words: runs of letters, runs of digits, and
 * single other bytes, blanks skipped.  Enough to recognise the refused
 * forms, never to accept one.
 */
#define MAXWORDS 8

typedef struct word {
	const char *p;
	size_t n;
	int kind;           /* 'a' letters, '9' digits, else the byte */
	int val;            /* digits: their value (-1 past 9 digits) */
} word;

static size_t words_of(word *w, const char *s, size_t len)
{
	size_t i = 0, k = 0;

	while (i < len && k < MAXWORDS) {
		size_t n;
		i += blanks_at(s, i, len);
		if (i >= len)
			break;
		if ((n = letters_at(s, i, len)) > 0) {
			w[k].kind = 'a';
		} else if ((n = digits_at(s, i, len)) > 0) {
			w[k].kind = '9';
		} else {
			n = 1;
			w[k].kind = (unsigned char)s[i];
			/* An en or em dash (U+2013, U+2014) reads as a hyphen. */
			if (i + 3 <= len && memcmp(s + i, "\xE2\x80", 2) == 0 &&
			    (s[i + 2] == '\x93' || s[i + 2] == '\x94')) {
				n = 3;
				w[k].kind = 0x2013;
			}
		}
		w[k].p = s + i;
		w[k].n = n;
		w[k].val = w[k].kind == '9' && n <= 9 ? number(s + i, n) : -1;
		k++;
		i += n;
	}
	return i < len ? MAXWORDS + 1 : k;
}

static int word_is(const word *w, const char *lower)
{
	size_t i, n = strlen(lower);

	if (w->kind != 'a' || w->n != n)
		return 0;
	for (i = 0; i < n; i++)
		if ((w->p[i] | 32) != lower[i])
			return 0;
	return 1;
}

/* Edit distance of a (any case) and b (lower case), for short words; capped at 3. */
static size_t near(const char *a, size_t an, const char *b)
{
	size_t bn = strlen(b), row[16], i, j;

	if (an >= 15 || bn >= 15)
		return 3;
	for (j = 0; j <= bn; j++)
		row[j] = j;
	for (i = 1; i <= an; i++) {
		size_t diag = row[0], best;
		row[0] = i;
		best = row[0];
		for (j = 1; j <= bn; j++) {
			size_t up = row[j], c = diag + ((a[i - 1] | 32) != b[j - 1]);
			if (up + 1 < c)
				c = up + 1;
			if (row[j - 1] + 1 < c)
				c = row[j - 1] + 1;
			diag = up;
			row[j] = c;
			if (c < best)
				best = c;
		}
		if (best >= 3)
			return 3;
	}
	return row[bn] < 3 ? row[bn] : 3;
}

/* The month a misspelt word of four letters or more is nearest to, or 0. */
static int near_month(const word *w)
{
	char lower[16];
	int m, found = 0;
	size_t i, best = 3;

	if (w->kind != 'a' || w->n < 4 || w->n >= sizeof(lower))
		return 0;
	for (m = 1; m <= 12; m++) {
		size_t d;
		for (i = 0; month_names[m - 1][i]; i++)
			lower[i] = (char)(month_names[m - 1][i] | 32);
		lower[i] = '\0';
		d = near(w->p, w->n, lower);
		if (d < best && d < strlen(lower) - 2) {
			best = d;
			found = m;
		}
	}
	return found;
}

static int month_word(const word *w)
{
	return w->kind == 'a' ? plan_month_from_name(w->p, w->n) : 0;
}

static int year_word(const word *w)
{
	return w->kind == '9' && w->n == 4 && year_ok(w->val) ? w->val : 0;
}

/* Whether s[0..len) parses as a date; *d is then it. */
static int date_at(plan_date *d, const char *s, size_t len)
{
	size_t bad;
	int rc;

	while (len && is_blank(s[len - 1]))
		len--;
	rc = plan_date_parse(d, s, len, &bad);
	plan_error_clear();
	return rc == PLAN_OK;
}

/* n, less the blanks that end s[0..n). */
static int trimmed(const char *s, size_t n)
{
	while (n && is_blank(s[n - 1]))
		n--;
	return (int)n;
}

static const char *const seasons[] = { "spring", "summer", "autumn", "fall", "winter" };
/* The months each season is taken to be: meteorological, as the Met Office counts them. */
static const int season_start[] = { 3, 6, 9, 9, 12 };

int plan_date_advice(char *buf, size_t size, const char *s, size_t len, char *fix, size_t fixsize)
{
	word w[MAXWORDS];
	size_t n, k, whole = len;
	plan_date d;
	int m, y;

	buf[0] = '\0';
	if (fix && fixsize)
		fix[0] = '\0';
	while (len && is_blank(s[len - 1]))
		len--;
	n = words_of(w, s, len);
	if (n == 0 || n > MAXWORDS)
		return 0;

	/* Seasons: "Spring 2020", "summer". */
	for (k = 0; k < sizeof(seasons) / sizeof(seasons[0]); k++) {
		if (!word_is(&w[0], seasons[k]))
			continue;
		m = season_start[k];
		y = n == 2 ? year_word(&w[1]) : 0;
		if (y)
			snprintf(buf, size, "a season is not a date: write its months, %d-%02d to %d-%02d",
				 y, m, m == 12 ? y + 1 : y, m == 12 ? 2 : m + 2);
		else
			snprintf(buf, size, "a season is not a date: write its months, such as "
				 "2020-%02d to %d-%02d", m, m == 12 ? 2021 : 2020, m == 12 ? 2 : m + 2);
		return 1;
	}
	/* "end of March 2019", "by March 2019": a deadline falls due at the end of its period. */
	if (n >= 2 && (word_is(&w[0], "by") || word_is(&w[0], "before") || word_is(&w[0], "until") ||
		       word_is(&w[0], "end") || word_is(&w[0], "w"))) {
		size_t from = 1;
		if (word_is(&w[0], "end") && n > 2 && word_is(&w[1], "of"))
			from = 2;
		if (word_is(&w[0], "w") && n > 3 && w[1].kind == '/')
			from = 3;
		if (date_at(&d, w[from].p, len - (size_t)(w[from].p - s))) {
			char h[64];
			plan_date_format(h, sizeof(h), &d);
			snprintf(buf, size, "write the date alone, %s: a date falls due at the end of the "
				 "period it names", h);
			return 1;
		}
	}
	/* "early 2020", "mid-2019", "late 2019". */
	if (n >= 2 && (word_is(&w[0], "early") || word_is(&w[0], "mid") || word_is(&w[0], "late")) &&
	    (y = year_word(&w[n - 1])) != 0) {
		snprintf(buf, size, "write the months you mean, such as %d-%02d to %d-%02d",
			 y, word_is(&w[0], "early") ? 1 : word_is(&w[0], "mid") ? 5 : 9,
			 y, word_is(&w[0], "early") ? 4 : word_is(&w[0], "mid") ? 8 : 12);
		return 1;
	}
	/* "FY 2025/26", "FY2025/26", "FY25/26", "financial year 2025/26". */
	if (word_is(&w[0], "fy") || (n >= 3 && word_is(&w[0], "financial") && word_is(&w[1], "year"))) {
		k = word_is(&w[0], "fy") ? 1 : 2;
		if (k + 2 < n + 1 && k < n && w[k].kind == '9' && (k + 1 == n || w[k + 1].kind == '/' ||
								     w[k + 1].kind == '-')) {
			y = w[k].val;
			if (w[k].n == 2)
				y += 2000;
			if (year_ok(y)) {
				snprintf(buf, size, "a financial year is written %d/%02d", y, (y + 1) % 100);
				return 1;
			}
		}
	}
	/* "H1 2025", "H2 2025/26": halves. */
	if ((w[0].kind == 'a' && w[0].n == 1 && (w[0].p[0] | 32) == 'h') && n >= 3 && w[1].kind == '9' &&
	    (w[1].val == 1 || w[1].val == 2) && (y = year_word(&w[2])) != 0) {
		int fy = n >= 5 && w[3].kind == '/';
		int from = fy ? (w[1].val == 1 ? 4 : 10) : (w[1].val == 1 ? 1 : 7);
		int fy1 = fy && w[1].val == 2 ? y + 1 : y;
		snprintf(buf, size, "write the half as a range of months: %d-%02d to %d-%02d",
			 y, from, from == 10 ? fy1 : y, from == 10 ? 3 : from + 5);
		return 1;
	}
	/* "Q5 2019", "2019-Q5", "Q3" alone, "Q3 19". */
	if (w[0].kind == 'a' && w[0].n == 1 && (w[0].p[0] | 32) == 'q' && n >= 2 && w[1].kind == '9') {
		if (w[1].val < 1 || w[1].val > 4) {
			snprintf(buf, size, "a quarter is Q1 to Q4");
			return 1;
		}
		if (n == 3 && w[2].kind == '9' && w[2].n == 2) {
			int yy = 2000 + w[2].val;
			snprintf(buf, size, "write the year in full: %d-Q%d for a calendar quarter, or Q%d "
				 "%d/%02d for a quarter of the financial year", yy, w[1].val, w[1].val, yy,
				 (yy + 1) % 100);
			return 1;
		}
		if (n == 2) {
			snprintf(buf, size, "a quarter needs its year: 2019-Q%d for a calendar quarter, or "
				 "Q%d 2019/20 for a quarter of a financial year", w[1].val, w[1].val);
			return 1;
		}
	}
	/* "2019 Q3": the year first, with a space. */
	if (n == 3 && (y = year_word(&w[0])) != 0 && w[1].kind == 'a' && w[1].n == 1 &&
	    (w[1].p[0] | 32) == 'q' && w[2].kind == '9' && w[2].val >= 1 && w[2].val <= 4) {
		snprintf(buf, size, "write %d-Q%d for a calendar quarter, or Q%d %d/%02d for a quarter "
			 "of the financial year", y, w[2].val, w[2].val, y, (y + 1) % 100);
		return 1;
	}
	if (n == 4 && year_word(&w[0]) && w[1].kind == '-' && w[2].kind == 'a' && w[2].n == 1 &&
	    (w[2].p[0] | 32) == 'q' && w[3].kind == '9') {
		snprintf(buf, size, "a quarter is Q1 to Q4");
		return 1;
	}
	/* Ranges with a dash: "Jan-Mar 2026", "2019–2021" (an en dash), "March 2019 - May 2019". */
	for (k = 1; k + 1 < n; k++) {
		if (w[k].kind != '-' && w[k].kind != 0x2013)
			continue;
		if (month_word(&w[k - 1]) && month_word(&w[k + 1]) && k + 2 < n &&
		    (y = year_word(&w[k + 2])) != 0 && k == 1) {
			snprintf(buf, size, "write a range of months with \"to\": %d-%02d to %d-%02d",
				 y, month_word(&w[0]), y, month_word(&w[2]));
			return 1;
		}
		if (w[k].kind == 0x2013) {
			plan_date a, b;
			const char *after = w[k + 1].p;
			if (date_at(&a, s, (size_t)(w[k].p - s)) &&
			    date_at(&b, after, len - (size_t)(after - s))) {
				if (year_word(&w[0]) && n == 3 && year_word(&w[2]))
					snprintf(buf, size, "write the range with a hyphen (%.4s-%.4s) or with "
						 "\"to\" (%.4s to %.4s)", w[0].p, w[2].p, w[0].p, w[2].p);
				else
					snprintf(buf, size, "write a range with \"to\": %.*s to %.*s",
						 trimmed(s, (size_t)(w[k].p - s)), s,
						 (int)(len - (size_t)(after - s)), after);
				return 1;
			}
		}
		if (w[k].kind == '-' && date_at(&d, s, (size_t)(w[k].p - s)) &&
		    date_at(&d, w[k + 1].p, len - (size_t)(w[k + 1].p - s))) {
			snprintf(buf, size, "write a range with \"to\": %.*s to %.*s",
				 trimmed(s, (size_t)(w[k].p - s)), s, (int)(len - (size_t)(w[k + 1].p - s)),
				 w[k + 1].p);
			return 1;
		}
	}
	/* "January to March 2026". */
	if (n == 4 && month_word(&w[0]) && word_is(&w[1], "to") && month_word(&w[2]) &&
	    (y = year_word(&w[3])) != 0) {
		snprintf(buf, size, "write a range of months with the year of each: %d-%02d to %d-%02d",
			 y, month_word(&w[0]), y, month_word(&w[2]));
		return 1;
	}
	/* A weekday first: "Monday 31 March 2026". */
	if (n >= 2 && w[0].kind == 'a') {
		static const char *const days[] = { "monday", "tuesday", "wednesday", "thursday", "friday",
						    "saturday", "sunday", "mon", "tue", "tues", "wed",
						    "thu", "thur", "thurs", "fri", "sat", "sun" };
		for (k = 0; k < sizeof(days) / sizeof(days[0]); k++)
			if (word_is(&w[0], days[k])) {
				size_t from = w[1].kind == ',' && n > 2 ? 2 : 1;
				if (date_at(&d, w[from].p, len - (size_t)(w[from].p - s))) {
					snprintf(buf, size, "leave out the day of the week: %.*s",
						 (int)(len - (size_t)(w[from].p - s)), w[from].p);
					return 1;
				}
			}
	}
	/* A month with a full stop: "Sept. 2019", "31 Oct. 2019". */
	for (k = 0; k + 1 < n; k++)
		if (month_word(&w[k]) && w[k + 1].kind == '.') {
			snprintf(buf, size, "write the month without a full stop: %.*s%.*s",
				 (int)(w[k + 1].p - s), s, (int)(len - (size_t)(w[k + 1].p - s) - 1),
				 w[k + 1].p + 1);
			return 1;
		}
	/* A misspelt month: "Octobr 2015", "31 Febuary 2019". */
	for (k = 0; k < n; k++)
		if (!month_word(&w[k]) && (m = near_month(&w[k])) != 0) {
			snprintf(buf, size, "did you mean \"%.*s%s%.*s\"?", (int)(w[k].p - s), s,
				 plan_month_name(m), (int)(len - (size_t)(w[k].p - s) - w[k].n),
				 w[k].p + w[k].n);
			/* The same, with the blanks after it that the advice left out. */
			if (fix && (size_t)snprintf(fix, fixsize, "%.*s%s%.*s", (int)(w[k].p - s), s,
						    plan_month_name(m), (int)(whole - (size_t)(w[k].p - s) - w[k].n),
						    w[k].p + w[k].n) >= fixsize)
				fix[0] = '\0';
			return 1;
		}
	/* A month and a two-digit year: "Apr 25", "April '25" (from 30, a day: "March 31"). */
	if (n >= 2 && (m = month_word(&w[0])) != 0 && w[n - 1].kind == '9' && w[n - 1].n == 2 &&
	    w[n - 1].val < 30 && (n == 2 || (n == 3 && w[1].kind == '\''))) {
		y = 2000 + w[n - 1].val;
		snprintf(buf, size, "write the year in full: %s %d (or %.3s-%02d); a day is written "
			 "%d %s YYYY", plan_month_name(m), y, plan_month_name(m), y % 100,
			 w[n - 1].val, plan_month_name(m));
		return 1;
	}
	/* The month first, as in the US: "March 31 2026", "March 31st, 2026". */
	if (n >= 2 && (m = month_word(&w[0])) != 0 && w[1].kind == '9' && w[1].val >= 1 &&
	    w[1].val <= 31 && w[1].n <= 2) {
		y = 0;
		for (k = 2; k < n; k++)
			if ((y = year_word(&w[k])) != 0)
				break;
		if (y)
			snprintf(buf, size, "write the day first: %d %s %d", w[1].val, plan_month_name(m), y);
		else
			snprintf(buf, size, "write the day first, and the year: %d %s YYYY", w[1].val,
				 plan_month_name(m));
		return 1;
	}
	/* No year: "31 March", "31st March", "March", "31/03". */
	if (n == 1 && month_word(&w[0])) {
		snprintf(buf, size, "a date needs its year: %s YYYY", plan_month_name(month_word(&w[0])));
		return 1;
	}
	if (n >= 2 && w[0].kind == '9' && w[0].n <= 2 && w[0].val >= 1 && w[0].val <= 31) {
		k = 1;
		if (w[1].kind == 'a' && w[1].n == 2 && !month_word(&w[1]))
			k = 2;     /* "31st" */
		if (k < n && word_is(&w[k], "of"))
			k++;
		if (k + 1 == n && (m = month_word(&w[k])) != 0) {
			snprintf(buf, size, "a date needs its year: %d %s YYYY", w[0].val, plan_month_name(m));
			return 1;
		}
		/* Numeric, day first, the year cut short or missing. */
		if (n == 3 && (w[1].kind == '/' || w[1].kind == '.') && w[2].kind == '9' && w[2].n <= 2) {
			int a = w[0].val, b = w[2].val;
			if (w[1].kind == '/' && b == (a + 1) % 100 && b > 12) {
				snprintf(buf, size, "a financial year is written with its first year in full: "
					 "20%02d/%02d", a, b);
				return 1;
			}
			if (b >= 1 && b <= 12) {
				snprintf(buf, size, "a date needs its year: %02d%c%02d%cYYYY (day, month, year)",
					 a, w[1].kind, b, w[1].kind);
				return 1;
			}
		}
		if (n == 5 && (w[1].kind == '/' || w[1].kind == '.' || w[1].kind == '-') &&
		    w[3].kind == w[1].kind && w[2].kind == '9' && w[4].kind == '9' && w[4].n == 2) {
			snprintf(buf, size, "write the year in full: %.*s20%.2s", (int)(w[4].p - s), s, w[4].p);
			return 1;
		}
	}
	/* A day year first with slashes: "2026/03/31". */
	if (n == 5 && year_word(&w[0]) && w[1].kind == '/' && w[3].kind == '/' && w[2].kind == '9' &&
	    w[4].kind == '9') {
		snprintf(buf, size, "write %.4s-%02d-%02d (or %02d/%02d/%.4s, day first)", w[0].p, w[2].val,
			 w[4].val, w[4].val, w[2].val, w[0].p);
		return 1;
	}
	/* Not dates at all. */
	if (word_is(&w[0], "asap") || word_is(&w[0], "immediately") || word_is(&w[0], "immediate") ||
	    (n >= 2 && word_is(&w[0], "as") && (word_is(&w[1], "required") || word_is(&w[1], "needed") ||
						word_is(&w[1], "and") || word_is(&w[1], "soon"))) ||
	    word_is(&w[0], "when")) {
		snprintf(buf, size, "that is not a date: write a date, a rhythm such as quarterly, or "
			 "TBC while it is not known");
		return 1;
	}
	return 0;
}

/* ---- writing ---------------------------------------------------------- */

/* The financial year a date of a financial quarter is in, and the quarter. */
static void fy_of(const plan_date *d, int *fy, int *q)
{
	*fy = d->month >= 4 ? d->year : d->year - 1;
	*q = d->month >= 4 ? (d->month - 4) / 3 + 1 : 4;
}

int plan_date_format(char *buf, size_t size, const plan_date *d)
{
	int fy, q;

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
	case PLAN_PREC_FQUARTER:
		fy_of(d, &fy, &q);
		return snprintf(buf, size, "%04d/%02d Q%d", fy, (fy + 1) % 100, q);
	}
	return snprintf(buf, size, "?");
}

int plan_date_human(char *buf, size_t size, const plan_date *d)
{
	int fy, q;

	switch (d->prec) {
	case PLAN_PREC_DAY:
		return snprintf(buf, size, "%d %s %d", d->day, plan_month_name(d->month), d->year);
	case PLAN_PREC_MONTH:
		return snprintf(buf, size, "%s %d", plan_month_name(d->month), d->year);
	case PLAN_PREC_QUARTER:
		return snprintf(buf, size, "%s to %s %d", plan_month_name(d->month),
				plan_month_name(d->month + 2), d->year);
	case PLAN_PREC_FQUARTER:
		fy_of(d, &fy, &q);
		return snprintf(buf, size, "Q%d %d/%02d", q, fy, (fy + 1) % 100);
	case PLAN_PREC_YEAR:
	case PLAN_PREC_FY:
		break;
	}
	return plan_date_format(buf, size, d);
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
	case PLAN_PREC_FQUARTER: return "financial-quarter";
	}
	return "?";
}

/* ---- rhythms ---------------------------------------------------------- */

const char *plan_rhythm_name(plan_rhythm r)
{
	switch (r) {
	case PLAN_RHYTHM_ONGOING: return "ongoing";
	case PLAN_RHYTHM_ANNUAL: return "annual";
	case PLAN_RHYTHM_QUARTERLY: return "quarterly";
	case PLAN_RHYTHM_MONTHLY: return "monthly";
	case PLAN_RHYTHM_FORTNIGHTLY: return "fortnightly";
	case PLAN_RHYTHM_WEEKLY: return "weekly";
	case PLAN_RHYTHM_SIX_MONTHLY: return "six-monthly";
	case PLAN_RHYTHM_BI_MONTHLY: return "bi-monthly";
	case PLAN_RHYTHM_TERMLY: return "termly";
	case PLAN_RHYTHM_EVERY: return "every";
	}
	return "?";
}

const char *plan_unit_name(plan_unit u)
{
	switch (u) {
	case PLAN_UNIT_WEEK: return "week";
	case PLAN_UNIT_MONTH: return "month";
	case PLAN_UNIT_YEAR: return "year";
	}
	return "?";
}

plan_rhythm plan_rhythm_every(int n, plan_unit u)
{
	if (u == PLAN_UNIT_WEEK && n == 1)
		return PLAN_RHYTHM_WEEKLY;
	if (u == PLAN_UNIT_WEEK && n == 2)
		return PLAN_RHYTHM_FORTNIGHTLY;
	if (u == PLAN_UNIT_MONTH && n == 1)
		return PLAN_RHYTHM_MONTHLY;
	if (u == PLAN_UNIT_MONTH && n == 2)
		return PLAN_RHYTHM_BI_MONTHLY;
	if (u == PLAN_UNIT_MONTH && n == 3)
		return PLAN_RHYTHM_QUARTERLY;
	if (u == PLAN_UNIT_MONTH && n == 6)
		return PLAN_RHYTHM_SIX_MONTHLY;
	if ((u == PLAN_UNIT_MONTH && n == 12) || (u == PLAN_UNIT_YEAR && n == 1))
		return PLAN_RHYTHM_ANNUAL;
	return PLAN_RHYTHM_EVERY;
}

/*
 * The longest run of n calendar months, in days: the most that n months
 * from any first month can hold, over the four years of the leap cycle
 * (1 month 31, 3 months 92, 12 months 366).
 */
static long months_days(int n)
{
	long best = 0;
	int start;

	for (start = 0; start < 48; start++) {
		long sum = 0;
		int k;
		for (k = 0; k < n; k++) {
			int m = (start + k) % 48;
			sum += plan_days_in_month(2000 + m / 12, m % 12 + 1);
		}
		if (sum > best)
			best = sum;
	}
	return best;
}

/*
 * The named rhythms' months_days, worked out once: the stale check asks
 * for every action (test_date.c's test_rhythms compares them).
 */
long plan_rhythm_days(plan_rhythm r, int every, plan_unit unit)
{
	switch (r) {
	case PLAN_RHYTHM_ONGOING: return 0;
	case PLAN_RHYTHM_WEEKLY: return 7;
	case PLAN_RHYTHM_FORTNIGHTLY: return 14;
	case PLAN_RHYTHM_MONTHLY: return 31;            /* months_days(1) */
	case PLAN_RHYTHM_BI_MONTHLY: return 62;         /* months_days(2) */
	case PLAN_RHYTHM_QUARTERLY: return 92;          /* months_days(3) */
	/* The end of the summer term (July) to the end of the autumn term (December). */
	case PLAN_RHYTHM_TERMLY: return 153;            /* months_days(5) */
	case PLAN_RHYTHM_SIX_MONTHLY: return 184;       /* months_days(6) */
	case PLAN_RHYTHM_ANNUAL: return 366;            /* months_days(12) */
	case PLAN_RHYTHM_EVERY:
		if (unit == PLAN_UNIT_WEEK)
			return 7L * every;
		/* n years hold at most one leap day in four. */
		if (unit == PLAN_UNIT_YEAR)
			return 365L * every + (every + 3) / 4;
		return months_days(every);
	}
	return 0;
}

int plan_rhythm_human(char *buf, size_t size, plan_rhythm r, int every, plan_unit unit)
{
	const char *name = plan_rhythm_name(r);

	if (r == PLAN_RHYTHM_EVERY)
		return snprintf(buf, size, "every %d %ss", every, plan_unit_name(unit));
	return snprintf(buf, size, "%s %s", name[0] == 'a' || name[0] == 'o' ? "an" : "a", name);
}

/* Every rhythm's spellings, for "did you mean" (ORDER: grammar/plan.l's S_WHEN rules). */
static const char *const rhythm_spellings[] = {
	"ongoing", "on-going", "annually", "annual", "yearly", "six-monthly", "6-monthly",
	"half-yearly", "bi-annually", "biannually", "bi-annual", "biannual", "termly",
	"quarterly", "bi-monthly", "bimonthly", "monthly", "fortnightly", "weekly",
};

/* ORDER: RHYTHM_LIST below names the same rhythms. */
static const char *const rhythm_words[] = {
	"ongoing", "weekly", "fortnightly", "monthly", "bi-monthly", "quarterly", "termly",
	"six-monthly", "annually", "every",
};

size_t plan_rhythm_words(const char *const **out)
{
	*out = rhythm_words;
	return sizeof(rhythm_words) / sizeof(rhythm_words[0]);
}

/* ORDER: rhythm_words above names the same rhythms. */
#define RHYTHM_LIST "ongoing, weekly, fortnightly, monthly, bi-monthly, quarterly, termly, " \
	"six-monthly, annually (\"annually in October\") and every N weeks, months or years"

int plan_rhythm_advice(char *buf, size_t size, const char *s, size_t len, const char **fix,
		       size_t *fix_len)
{
	size_t n = 0, k, best = 3, d;
	const char *found = NULL;

	buf[0] = '\0';
	if (fix)
		*fix = NULL;
	while (n < len && !is_blank(s[n]))
		n++;
	if (n == 0)
		return 0;
	for (k = 0; k < n; k++)
		if (!((s[k] | 32) >= 'a' && (s[k] | 32) <= 'z') && s[k] != '-' && !(s[k] >= '0' && s[k] <= '9'))
			return 0;
	if (n == 5 && (s[0] | 32) == 'e' && near(s, n, "every") == 0) {
		snprintf(buf, size, "write every N weeks, every N months or every N years, N from 1 to "
			 PLAN_LIMIT_TEXT(PLAN_EVERY_MAX));
		return 1;
	}
	for (k = 0; k < sizeof(rhythm_spellings) / sizeof(rhythm_spellings[0]); k++) {
		d = near(s, n, rhythm_spellings[k]);
		if (d < best && d + 2 < strlen(rhythm_spellings[k])) {
			best = d;
			found = rhythm_spellings[k];
		}
	}
	if (found && fix) {
		*fix = found;
		*fix_len = n;
	}
	if (found)
		snprintf(buf, size, "did you mean \"%s\"? The rhythms are " RHYTHM_LIST, found);
	else
		snprintf(buf, size, "the rhythms are " RHYTHM_LIST);
	return 1;
}
