/*
 * date.h - dates at the precision a plan gives them.
 *
 * A plan_date names a period: a day, a month, a calendar quarter, a year or
 * a UK financial year (1 April to 31 March).  It is stored as its first day
 * plus its precision; its last day is derived (plan_date_last_day).  A
 * plan_when is what a `due`, `review`, `start` or `period` line says: one
 * date, a range of two, or a rhythm such as "quarterly".
 */
#ifndef PLAN_DATE_H
#define PLAN_DATE_H

#include "limit.h"

#include <stddef.h>

typedef enum {
	PLAN_PREC_DAY = 1,
	PLAN_PREC_MONTH,
	PLAN_PREC_QUARTER,
	PLAN_PREC_YEAR,
	PLAN_PREC_FY
} plan_precision;

typedef struct plan_date {
	int year;
	int month;  /* 1..12: first month of the period */
	int day;    /* 1..31: first day of the period */
	plan_precision prec;
} plan_date;

typedef enum {
	PLAN_RHYTHM_ONGOING = 1,
	PLAN_RHYTHM_ANNUAL,
	PLAN_RHYTHM_QUARTERLY,
	PLAN_RHYTHM_MONTHLY,
	PLAN_RHYTHM_FORTNIGHTLY,
	PLAN_RHYTHM_WEEKLY
} plan_rhythm;

/* Whether a and b name the same period (same first day and precision). */
int plan_date_equal(const plan_date *a, const plan_date *b);

/* Days in month m (1..12) of year y. */
int plan_days_in_month(int y, int m);

/* Days since 1970-01-01 of the given calendar day (proleptic Gregorian). */
long plan_day_number(int y, int m, int d);

/* The last day of the period d names, as a day-precision date. */
plan_date plan_date_last_day(const plan_date *d);

/*
 * Parses one date as the scanner matched it: "2019-03-31", "2019-03",
 * "2019-Q3", "Q3 2019", "2019", "2019/20", "31 March 2019", "March 2019",
 * "Mar 2019", "Sept 2019" (month names in any case).  Returns PLAN_OK and
 * fills *out, or PLAN_EINVALID with what is wrong recorded (error.h) and
 * *bad_off set to the offset in s of the part that is wrong (the day of
 * "2019-02-30", say).
 */
int plan_date_parse(plan_date *out, const char *s, size_t len, size_t *bad_off);

/* Writes the canonical form ("2019-03", "2019/20", ...); returns its length. */
int plan_date_format(char *buf, size_t size, const plan_date *d);

/* Writes a date for people: "31 March 2019", "March 2019", "2019-Q3", "2019/20". */
int plan_date_human(char *buf, size_t size, const plan_date *d);

/* Writes "YYYY-MM-DD" of a calendar day; buf needs 11 bytes. */
void plan_day_format(char *buf, int y, int m, int d);

/* "day", "month", "quarter", "year", "financial-year". */
const char *plan_precision_name(plan_precision p);

/* "ongoing", "annual", "quarterly", ... */
const char *plan_rhythm_name(plan_rhythm r);

/* Month number 1..12 of an English month name or abbreviation, or 0. */
int plan_month_from_name(const char *s, size_t len);

/* English name of month m (1..12). */
const char *plan_month_name(int m);

#endif
