/*
 * date.h - dates at the precision a plan gives them.
 *
 * A plan_date names a period: a day, a month, a calendar quarter, a
 * quarter of a UK financial year, a year or a financial year (1 April to
 * 31 March).  It is stored as its first day plus its precision; its last
 * day is derived (plan_date_last_day).  A plan_when is what a `due`,
 * `review`, `start` or `period` line says: one date, a range of two, or a
 * rhythm such as "quarterly".
 *
 * The scanner (grammar/plan.l) decides the shape of a date with its
 * patterns; plan_date_parse reads every form SPEC.md section 7 lists, and
 * plan_date_advice names the right spelling of the forms it refuses.
 */
#ifndef PLAN_DATE_H
#define PLAN_DATE_H

#include "limit.h"

#include <stddef.h>

typedef enum {
	PLAN_PREC_DAY = 1,
	PLAN_PREC_MONTH,
	PLAN_PREC_QUARTER,      /* calendar: January to March is Q1 */
	PLAN_PREC_YEAR,
	PLAN_PREC_FY,
	PLAN_PREC_FQUARTER      /* of a financial year: April to June is Q1 */
} plan_precision;

typedef struct plan_date {
	int year;
	int month;  /* 1..12: first month of the period */
	int day;    /* 1..31: first day of the period */
	plan_precision prec;
} plan_date;

/* ORDER: plan_rhythm_name and plan_rhythm_days follow this list. */
typedef enum {
	PLAN_RHYTHM_ONGOING = 1,
	PLAN_RHYTHM_ANNUAL,
	PLAN_RHYTHM_QUARTERLY,
	PLAN_RHYTHM_MONTHLY,
	PLAN_RHYTHM_FORTNIGHTLY,
	PLAN_RHYTHM_WEEKLY,
	PLAN_RHYTHM_SIX_MONTHLY,
	PLAN_RHYTHM_BI_MONTHLY,
	PLAN_RHYTHM_TERMLY,
	PLAN_RHYTHM_EVERY       /* every N weeks, months or years */
} plan_rhythm;

/* The unit of "every N ...". */
typedef enum {
	PLAN_UNIT_WEEK = 1,
	PLAN_UNIT_MONTH,
	PLAN_UNIT_YEAR
} plan_unit;

/* The largest N of "every N weeks|months|years". */
#define PLAN_EVERY_MAX 99

/*
 * Whether a and b name the same period: the same first day and the same
 * length ("2026-Q1" is "Q4 2025/26").
 */
int plan_date_equal(const plan_date *a, const plan_date *b);

/* The precision that plan_date_equal compares: a financial quarter is a quarter. */
static inline plan_precision plan_date_period(plan_precision p)
{
	return p == PLAN_PREC_FQUARTER ? PLAN_PREC_QUARTER : p;
}

/* Days in month m (1..12) of year y. */
int plan_days_in_month(int y, int m);

/* Days since 1970-01-01 of the given calendar day (proleptic Gregorian). */
long plan_day_number(int y, int m, int d);

/* The last day of the period d names, as a day-precision date. */
plan_date plan_date_last_day(const plan_date *d);

/*
 * Parses one date as the scanner matched it, in any form of SPEC.md
 * section 7: "2019-03-31", "31 March 2019", "31st March 2019",
 * "31/03/2019", "31.03.2019", "31-03-2019" (day first, always),
 * "2019-03", "March 2019", "Mar 2019", "Sept 2019", "Mar-19",
 * "March-2019", "2019-Q3", "Q3 2019", "Q3 2019/20", "2019/20 Q3",
 * "2019", "2019/20", "2019-20", "2019/2020" (month names in any case).
 * "Q3 2019" is read as a calendar quarter (plan_date_bare_quarter says
 * when a plan's `quarters` line decides otherwise).  Returns PLAN_OK and
 * fills *out, or PLAN_EINVALID with what is wrong and how to write it
 * recorded (error.h) and *bad_off set to the offset in s of the part
 * that is wrong (the day of "2019-02-30", say).
 */
int plan_date_parse(plan_date *out, const char *s, size_t len, size_t *bad_off);

/*
 * A range of whole years, "2017-2021" or "2017 - 2021": *from is the
 * first year, *to the last.  PLAN_EINVALID, as plan_date_parse, for a
 * range that ends before it starts and for two consecutive years
 * ("2025-2026": the financial year or the two calendar years?).
 */
int plan_years_parse(plan_date *from, plan_date *to, const char *s, size_t len, size_t *bad_off);

/* Whether s[0..len), a date plan_date_parse reads, is a quarter with no year kind: "Q3 2019". */
int plan_date_bare_quarter(const char *s, size_t len);

/* The calendar quarter q read as a quarter of the financial year that starts in its year. */
plan_date plan_date_financial_quarter(const plan_date *q);

/*
 * What to write instead of s[0..len), text found where a date belongs
 * that no date pattern took ("Octobr 2015", "31/03/26", "Spring 2020",
 * "FY 2025/26", ...): a sentence into buf, such as `write 2026-03-31 for
 * 31 March 2026`.  Returns 1 when it knows one, else 0 (buf is then "").
 * When the advice is a "did you mean" (a misspelt month), fix (unless
 * NULL) gets the text meant, to replace s[0..len) with; else "".
 */
int plan_date_advice(char *buf, size_t size, const char *s, size_t len, char *fix, size_t fixsize);

/*
 * Reads the calendar quarter *d ("Q3 2019") as that quarter of the
 * financial year that starts in its year: Q3 2019/20, October to December
 * 2019; Q4 2019 is January to March 2020.
 */
void plan_date_quarter_of_fy(plan_date *d);

/*
 * Writes the canonical form, one of the written forms ("2019-03",
 * "2019/20", "2019-Q3", "2025/26 Q4", ...); returns its length.
 */
int plan_date_format(char *buf, size_t size, const plan_date *d);

/*
 * Writes a date for people, the form every message uses: "31 March
 * 2019", "March 2019", "July to September 2019" (a calendar quarter),
 * "Q4 2025/26" (a financial quarter), "2019", "2019/20".
 */
int plan_date_human(char *buf, size_t size, const plan_date *d);

/* The calendar day of day number n (plan_day_number's inverse). */
void plan_day_from_number(long long n, long long *y, int *m, int *d);

/* Writes "YYYY-MM-DD" of a calendar day; buf needs 11 bytes. */
void plan_day_format(char *buf, int y, int m, int d);

/* "day", "month", "quarter", "year", "financial-year", "financial-quarter". */
const char *plan_precision_name(plan_precision p);

/* "ongoing", "annual", "quarterly", ..., "six-monthly", "termly", "every". */
const char *plan_rhythm_name(plan_rhythm r);

/*
 * The rhythm "every n u" is, in its simplest name: every 2 weeks is
 * fortnightly, every 3 months quarterly, every 12 months annual, ...;
 * PLAN_RHYTHM_EVERY otherwise.
 */
plan_rhythm plan_rhythm_every(int n, plan_unit u);

/*
 * The longest time between two points of a rhythm, in days: weekly 7,
 * fortnightly 14, monthly 31, bi-monthly 62, quarterly 92, termly 153,
 * six-monthly 184, annual 366; every n weeks 7n, every n months or years
 * the longest run of that many calendar months.  0 for ongoing.
 */
long plan_rhythm_days(plan_rhythm r, int every, plan_unit unit);

/*
 * The rhythm for people, with its article: "a quarterly", "an annual",
 * "a six-monthly"; for every n units, "every 3 years".
 */
int plan_rhythm_human(char *buf, size_t size, plan_rhythm r, int every, plan_unit unit);

/*
 * Advice for text where a rhythm may go that is not one (s[0..len), its
 * first word read): `did you mean "fortnightly"? The rhythms are ...`,
 * or the list alone; for "every" without a number and unit, how to write
 * it.  Returns 1 when s's first word is letters, digits and hyphens (a
 * word that could have been meant as a rhythm), else 0 (buf is then "").
 * For a "did you mean", *fix (unless fix is NULL) is the rhythm meant and
 * *fix_len the length of the word it replaces; else *fix is NULL.
 */
int plan_rhythm_advice(char *buf, size_t size, const char *s, size_t len, const char **fix,
		       size_t *fix_len);

/*
 * The rhythms' names as a plan writes them, for completion: *out points
 * to them; returns how many.  "every" stands for every N weeks, months
 * or years.
 */
size_t plan_rhythm_words(const char *const **out);

/* "week", "month", "year". */
const char *plan_unit_name(plan_unit u);

/* Month number 1..12 of an English month name or abbreviation, or 0. */
int plan_month_from_name(const char *s, size_t len);

/* English name of month m (1..12). */
const char *plan_month_name(int m);

#endif
