/*
 * measure.c - reading a figure's value, and what the figures of a measure
 * say together (measure.h; SPEC.md section 6, "Measures").
 *
 * A value is read by hand rather than with sscanf: every way it can be
 * wrong is told apart (a colon after the date, a unit run into the
 * number, a comma that is not a thousands separator, ...), so that the
 * message says how to write it.  Numbers are converted with strtod from
 * their digits alone (the commas taken out); the commands never call
 * setlocale, so the decimal point is ".".
 */
#include "measure.h"
#include "alloc.h"
#include "limit.h"
#include "words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The examples of each kind of figure, for messages: a date and a value. */
static const char *example_date(plan_figure_kind k)
{
	switch (k) {
	case PLAN_FIGURE_BASELINE: return "2006/07";
	case PLAN_FIGURE_TARGET: return "2008/09";
	case PLAN_FIGURE_MILESTONE: return "2025-Q4";
	case PLAN_FIGURE_ACTUAL: return "2025-09";
	}
	return "2019/20";
}

static const char *example_value(plan_figure_kind k)
{
	switch (k) {
	case PLAN_FIGURE_BASELINE: return "5 panels";
	case PLAN_FIGURE_TARGET: return "20 panels";
	case PLAN_FIGURE_MILESTONE: return "12";
	case PLAN_FIGURE_ACTUAL: return "68%";
	}
	return "5";
}

const char *plan_figure_kind_name(plan_figure_kind k)
{
	switch (k) {
	case PLAN_FIGURE_BASELINE: return "baseline";
	case PLAN_FIGURE_TARGET: return "target";
	case PLAN_FIGURE_MILESTONE: return "milestone";
	case PLAN_FIGURE_ACTUAL: return "actual";
	}
	return "?";
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A letter: ASCII, or any character beyond it (a unit may be "m²" or "élèves"). */
static int is_letter(char c)
{
	return ((c | 32) >= 'a' && (c | 32) <= 'z') || (unsigned char)c >= 0x80;
}

/* Whether s[0..n) starts with the words w (lower case), in any case, then a blank. */
static size_t words_at(const char *s, size_t n, const char *w)
{
	size_t len = strlen(w), i;

	if (n <= len || !is_blank(s[len]))
		return 0;
	for (i = 0; i < len; i++)
		if ((char)(s[i] | 32) != w[i] && !(w[i] == ' ' && is_blank(s[i])))
			return 0;
	return len;
}

/* Whether s[0..n) starts with the words w (lower case), in any case, then a blank, a comma or its end. */
static size_t word_at(const char *s, size_t n, const char *w)
{
	size_t len = strlen(w), i;

	if (n < len || (n > len && !is_blank(s[len]) && s[len] != ','))
		return 0;
	for (i = 0; i < len; i++)
		if ((char)(s[i] | 32) != w[i] && !(w[i] == ' ' && is_blank(s[i])))
			return 0;
	return len;
}

/* The end of the word at s[i] (up to a blank, a comma or n). */
static size_t word_end(const char *s, size_t i, size_t n)
{
	while (i < n && !is_blank(s[i]) && s[i] != ',')
		i++;
	return i;
}

static int problem(plan_figure *f, plan_figure_problem p, size_t start, size_t end)
{
	f->problem = p;
	f->at.start = start;
	f->at.end = end;
	return PLAN_OK;
}

/*
 * Whether s[from..n) is a date of section 7 (checked before
 * plan_date_parse, which expects the shapes the scanner matches): a word
 * that starts with four digits ("2008/09", "2019-03"), or a month name
 * and a year, with a day before it or not.
 */
static int is_date(const char *s, size_t from, size_t n)
{
	plan_date d;
	size_t bad, i, w;

	if (n - from >= 4 && is_digit(s[from]) && is_digit(s[from + 1]) && is_digit(s[from + 2]) &&
	    is_digit(s[from + 3])) {
		/*
		 * "2019-03-31" is the longest date of this shape; a longer word
		 * ("999999999999999", a figure's number) is none, and is not
		 * handed to plan_date_parse, which expects the scanner's shapes.
		 */
		if (n - from > 10)
			return 0;
		for (i = from; i < n; i++)
			if (!is_digit(s[i]) && s[i] != '-' && s[i] != '/' && (s[i] | 32) != 'q')
				return 0;
		return plan_date_parse(&d, s + from, n - from, &bad) == PLAN_OK;
	}
	i = from;
	if (is_digit(s[i])) {
		while (i < n && is_digit(s[i]))
			i++;
		if (i - from > 2 || i == n || !is_blank(s[i]))
			return 0;
		while (i < n && is_blank(s[i]))
			i++;
	}
	w = i;
	while (i < n && !is_blank(s[i]))
		i++;
	if (!plan_month_from_name(s + w, i - w))
		return 0;
	while (i < n && is_blank(s[i]))
		i++;
	if (n - i != 4 || !is_digit(s[i]) || !is_digit(s[i + 1]) || !is_digit(s[i + 2]) ||
	    !is_digit(s[i + 3]))
		return 0;
	return plan_date_parse(&d, s + from, n - from, &bad) == PLAN_OK;
}

/*
 * A figure whose line does not start with a date: its date written
 * after the value ("20 panels a year by 2008/09"), or none.
 */
static int no_date(plan_figure *f, size_t n)
{
	const char *s = f->text;
	size_t base = f->at.start, starts[3], k = 0, i = n, cut;
	int w;

	if (n == 0)
		return problem(f, PLAN_FIGURE_NO_DATE, f->loc.span.start,
			       f->loc.span.start + strlen(plan_figure_kind_name(f->kind)));
	/* The starts of the last three words. */
	while (k < 3 && i > 0) {
		while (i > 0 && !is_blank(s[i - 1]))
			i--;
		starts[k++] = i;
		while (i > 0 && is_blank(s[i - 1]))
			i--;
	}
	/* The longest date first: "March 2019" before "2019". */
	for (w = (int)k - 1; w >= 0; w--) {
		if (starts[w] == 0 || !is_date(s, starts[w], n))
			continue;
		cut = starts[w];
		while (cut > 0 && is_blank(s[cut - 1]))
			cut--;
		/* "by 2008/09", "in 2008/09", "for 2008/09": the word goes with the date. */
		for (i = cut; i > 0 && !is_blank(s[i - 1]); i--)
			;
		if ((cut - i == 2 && (words_at(s + i, n - i, "by") || words_at(s + i, n - i, "in"))) ||
		    (cut - i == 3 && words_at(s + i, n - i, "for"))) {
			cut = i;
			while (cut > 0 && is_blank(s[cut - 1]))
				cut--;
		}
		if (cut == 0)
			break;
		f->value_len = cut;
		return problem(f, PLAN_FIGURE_DATE_LAST, base + starts[w], base + n);
	}
	return problem(f, PLAN_FIGURE_NO_DATE, base, base + word_end(s, 0, n));
}

int plan_figure_read(plan_figure *f, plan_arena *a, size_t n)
{
	const char *s = f->text;
	size_t base = f->at.start, i = 0, k, sign0, len, o, run;
	char digits[64];
	int neg = 0, has_sign = 0, grouped = 0;

	f->value_len = n;
	f->text_start = base;
	if (!f->has_date) {
		if (f->date_span.end > f->date_span.start) {
			f->problem = PLAN_FIGURE_BAD_DATE;
			return PLAN_OK;
		}
		return no_date(f, n);
	}
	if (n == 0 || s[0] == ',')
		return problem(f, PLAN_FIGURE_NO_VALUE, f->date_span.start, f->date_span.end);
	if (s[0] == ':')
		return problem(f, PLAN_FIGURE_COLON, base, base + 1);

	/* "at least", "at most": a target's or a milestone's. */
	if ((len = words_at(s, n, "at least")) != 0)
		f->bound = PLAN_BOUND_AT_LEAST;
	else if ((len = words_at(s, n, "at most")) != 0)
		f->bound = PLAN_BOUND_AT_MOST;
	if (f->bound) {
		if (f->kind == PLAN_FIGURE_BASELINE || f->kind == PLAN_FIGURE_ACTUAL)
			return problem(f, PLAN_FIGURE_BOUND, base, base + len);
		for (i = len; i < n && is_blank(s[i]); i++)
			;
	}

	/* The sign: "-", "+", or the minus sign and the en dash a word processor puts for "-". */
	sign0 = i;
	if (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-';
		has_sign = 1;
		i++;
	} else if (n - i >= 3 && (memcmp(s + i, "\xE2\x88\x92", 3) == 0 || memcmp(s + i, "\xE2\x80\x93", 3) == 0)) {
		neg = has_sign = 1;
		i += 3;
	}

	/* The number: digits, in groups of three after commas or not, then decimals. */
	if (i >= n || !is_digit(s[i]))
		return problem(f, PLAN_FIGURE_NOT_NUMBER, base + sign0, base + word_end(s, sign0, n));
	for (k = i; k < n && is_digit(s[k]); k++)
		;
	run = k - i;
	while (n - k >= 4 && s[k] == ',' && is_digit(s[k + 1]) && is_digit(s[k + 2]) && is_digit(s[k + 3]) &&
	       (n - k == 4 || !is_digit(s[k + 4]))) {
		k += 4;
		grouped = 1;
	}
	if ((grouped && run > 3) || (n - k >= 2 && s[k] == ',' && is_digit(s[k + 1]))) {
		while (k < n && (is_digit(s[k]) || s[k] == ','))
			k++;
		return problem(f, PLAN_FIGURE_GROUPS, base + sign0, base + k);
	}
	if (n - k >= 2 && s[k] == '.' && is_digit(s[k + 1]))
		for (k++; k < n && is_digit(s[k]); k++)
			;
	for (o = 0, len = i; len < k; len++)
		if (is_digit(s[len]) && ++o > PLAN_FIGURE_MAX_DIGITS)
			return problem(f, PLAN_FIGURE_TOO_LONG, base + sign0, base + k);
	for (o = 0, len = i; len < k; len++)
		if (s[len] != ',')
			digits[o++] = s[len];
	digits[o] = '\0';
	f->number = strtod(digits, NULL);
	if (neg)
		f->number = -f->number;
	f->change = has_sign && (f->kind == PLAN_FIGURE_TARGET || f->kind == PLAN_FIGURE_MILESTONE);
	if (k < n && s[k] == '%') {
		f->percent = 1;
		k++;
	}
	if (k < n && !is_blank(s[k]) && s[k] != ',') {
		if (is_letter(s[k]))
			return problem(f, PLAN_FIGURE_GLUED, base + sign0, base + word_end(s, k, n));
		return problem(f, PLAN_FIGURE_NOT_UNIT, base + k, base + word_end(s, k, n));
	}
	while (k < n && is_blank(s[k]))
		k++;
	if (k < n && s[k] == '%')
		return problem(f, PLAN_FIGURE_PERCENT_APART, base + sign0, base + k + 1);

	/* "per cent" and "percent" are "%" in words. */
	if (!f->percent && ((len = word_at(s + k, n - k, "per cent")) != 0 ||
			    (len = word_at(s + k, n - k, "percent")) != 0)) {
		f->percent = 1;
		for (k += len; k < n && is_blank(s[k]); k++)
			;
	}

	/* The unit: words up to a comma. */
	if (k < n && s[k] != ',') {
		size_t u = k, e;
		if (!is_letter(s[k])) {
			for (e = k; e < n && s[e] != ','; e++)
				;
			while (e > k && is_blank(s[e - 1]))
				e--;
			return problem(f, PLAN_FIGURE_NOT_UNIT, base + k, base + e);
		}
		while (k < n && s[k] != ',')
			k++;
		for (e = k; e > u && is_blank(s[e - 1]); e--)
			;
		if (!(f->unit = plan_arena_strndup(a, s + u, e - u)))
			return PLAN_ENOMEM;
	}

	/* The note: after the comma, with the continuation lines. */
	if (k < n && s[k] == ',') {
		size_t e = strlen(s);
		f->value_len = k;
		for (k++; k < e && (is_blank(s[k]) || s[k] == '\n'); k++)
			;
		while (e > k && (is_blank(s[e - 1]) || s[e - 1] == '\n'))
			e--;
		if (e > k && !(f->note = plan_arena_strndup(a, s + k, e - k)))
			return PLAN_ENOMEM;
	}
	return PLAN_OK;
}

/* Whether the line at s[0..n) (its indentation skipped) starts like a figure line. */
static int looks_like_figure(const char *s, size_t n)
{
	size_t i = 0, w;

	while (i < n && is_letter(s[i]) && (unsigned char)s[i] < 0x80)
		i++;
	if (i == 0 || i == n || !is_blank(s[i]))
		return 0;
	{
		plan_word kw = plan_word_lookup(s, i);
		if (kw == PLAN_WORD_NONE || plan_words[kw].class_ != PLAN_CLASS_FIGURE)
			return 0;
	}
	while (i < n && is_blank(s[i]))
		i++;
	if (i < n && is_digit(s[i]))
		return 1;
	if (n - i >= 2 && (s[i] | 32) == 'q' && is_digit(s[i + 1]))
		return 1;
	for (w = i; i < n && !is_blank(s[i]); i++)
		;
	return plan_month_from_name(s + w, i - w) != 0;
}

void plan_measure_find_stray(plan_measure *m)
{
	const char *b = m->loc.src->buf;
	size_t i = m->loc.span.start, end = m->loc.span.end;

	/* Each line after the measure's own, to the end of its text. */
	while (i < end) {
		const char *nl = memchr(b + i, '\n', end - i);
		size_t s, e;

		if (!nl)
			break;
		s = (size_t)(nl - b) + 1;
		for (e = s; e < end && b[e] != '\n' && b[e] != '\r'; e++)
			;
		i = e;
		while (s < e && is_blank(b[s]))
			s++;
		if (!looks_like_figure(b + s, e - s))
			continue;
		if (!m->nstray++) {
			m->stray.start = s;
			m->stray.end = e;
		}
	}
}

/* ---- what the figures say ------------------------------------------------ */

static long end_day(const plan_date *d)
{
	plan_date e = plan_date_last_day(d);
	return plan_day_number(e.year, e.month, e.day);
}

static int is_read(const plan_figure *f)
{
	return f && f->problem == PLAN_FIGURE_OK;
}

const plan_figure *plan_measure_baseline(const plan_measure *m)
{
	return is_read(m->baselines.head) ? m->baselines.head : NULL;
}

int plan_measure_has_figures(const plan_measure *m)
{
	const plan_figure *lists[4] = { m->baselines.head, m->targets.head, m->milestones.head,
					m->actuals.head };
	const plan_figure *f;
	int i;

	for (i = 0; i < 4; i++)
		for (f = lists[i]; f; f = f->next)
			if (is_read(f))
				return 1;
	return 0;
}

/* v rounded to six decimals, so that a change gives 1172.3, not 1172.2999999999999. */
static double round6(double v)
{
	double x = v * 1e6;

	if (x > 9e15 || x < -9e15)
		return v;
	return (double)(long long)(x + (x < 0 ? -0.5 : 0.5)) / 1e6;
}

int plan_figure_value(const plan_measure *m, const plan_figure *f, double *out, int *percent)
{
	const plan_figure *b;

	if (!is_read(f))
		return 0;
	if (!f->change) {
		*out = f->number;
		*percent = f->percent;
		return 1;
	}
	if (!(b = plan_measure_baseline(m)))
		return 0;
	if (f->percent)
		*out = round6(b->number + b->number * f->number / 100);
	else
		*out = round6(b->number + f->number);
	*percent = b->percent;
	return 1;
}

const char *plan_figure_unit(const plan_measure *m, const plan_figure *f)
{
	const plan_figure *b;

	if (f->unit || !f->change)
		return f->unit;
	b = plan_measure_baseline(m);
	return b ? b->unit : NULL;
}

plan_bound plan_figure_direction(const plan_measure *m, const plan_figure *f)
{
	const plan_figure *b = plan_measure_baseline(m);
	double v;
	int pc;

	if (f->bound)
		return f->bound;
	if (!b || !plan_figure_value(m, f, &v, &pc) || pc != b->percent)
		return PLAN_BOUND_NONE;
	if (v > b->number)
		return PLAN_BOUND_AT_LEAST;
	if (v < b->number)
		return PLAN_BOUND_AT_MOST;
	return PLAN_BOUND_NONE;
}

const plan_figure *plan_measure_latest(const plan_measure *m)
{
	const plan_figure *f, *best = NULL;

	for (f = m->actuals.head; f; f = f->next)
		if (is_read(f) && (!best || end_day(&f->date) >= end_day(&best->date)))
			best = f;
	return best;
}

const plan_figure *plan_measure_due(const plan_measure *m, const plan_figure *actual)
{
	const plan_figure *lists[2] = { m->milestones.head, m->targets.head }, *f, *best = NULL;
	long by = end_day(&actual->date);
	int i;

	/* Milestones first: a target that ends with one replaces it. */
	for (i = 0; i < 2; i++)
		for (f = lists[i]; f; f = f->next)
			if (is_read(f) && end_day(&f->date) <= by &&
			    (!best || end_day(&f->date) >= end_day(&best->date)))
				best = f;
	return best;
}

int plan_figure_meets(const plan_measure *m, const plan_figure *point, const plan_figure *actual)
{
	double want, got, slack;
	int wp, gp;
	plan_bound dir;

	if (!plan_figure_value(m, point, &want, &wp) || !plan_figure_value(m, actual, &got, &gp) ||
	    wp != gp || (dir = plan_figure_direction(m, point)) == PLAN_BOUND_NONE)
		return -1;
	slack = 1e-9 * (want < 0 ? -want : want > 1 ? want : 1);
	if (dir == PLAN_BOUND_AT_LEAST)
		return got >= want - slack;
	return got <= want + slack;
}

const plan_figure *plan_measure_final_target(const plan_measure *m)
{
	const plan_figure *f, *best = NULL;

	for (f = m->targets.head; f; f = f->next)
		if (is_read(f) && (!best || end_day(&f->date) >= end_day(&best->date)))
			best = f;
	return best;
}

/* ---- for people ----------------------------------------------------------- */

int plan_number_format(char *buf, size_t size, double v)
{
	char t[64];
	int n = snprintf(t, sizeof(t), "%.6f", v);

	if (n > 0 && (size_t)n < sizeof(t) && strchr(t, '.')) {
		while (n > 0 && t[n - 1] == '0')
			t[--n] = '\0';
		if (n > 0 && t[n - 1] == '.')
			t[--n] = '\0';
	}
	if (strcmp(t, "-0") == 0)
		strcpy(t, "0");
	return snprintf(buf, size, "%s", t);
}

int plan_figure_format(char *buf, size_t size, const plan_measure *m, const plan_figure *f)
{
	const char *bound = f->bound == PLAN_BOUND_AT_LEAST ? "at least " :
			    f->bound == PLAN_BOUND_AT_MOST ? "at most " : "";
	const char *unit = plan_figure_unit(m, f);
	char num[64], change[80];
	double v;
	int pc;

	if (!f->change || !plan_figure_value(m, f, &v, &pc)) {
		plan_number_format(num, sizeof(num), f->number);
		return snprintf(buf, size, "%s%s%s%s%s%s", bound, f->change && f->number > 0 ? "+" : "",
				num, f->percent ? "%" : "", unit ? " " : "", unit ? unit : "");
	}
	plan_number_format(num, sizeof(num), f->number);
	snprintf(change, sizeof(change), "%s%s%s", f->number > 0 ? "+" : "", num, f->percent ? "%" : "");
	plan_number_format(num, sizeof(num), v);
	return snprintf(buf, size, "%s%s%s%s%s (%s)", bound, num, pc ? "%" : "", unit ? " " : "",
			unit ? unit : "", change);
}

/* Copies src[start..end) of f's file into buf, clipped to 40 bytes at a character. */
static void quote(char *buf, size_t size, const plan_figure *f, size_t start, size_t end)
{
	const char *b = f->loc.src->buf;
	size_t all = end > start ? end - start : 0, n = all;

	if (n > 40) {
		n = 40;
		while (n > 0 && ((unsigned char)b[start + n] & 0xC0) == 0x80)
			n--;
	}
	snprintf(buf, size, "%.*s%s", (int)n, b + start, all > n ? "..." : "");
}

/* The length of f's text from i to the end of its first line. */
static size_t line_rest(const plan_figure *f, size_t i)
{
	return strcspn(f->text + i, "\n");
}

int plan_figure_problem_text(char *buf, size_t size, const plan_figure *f)
{
	const char *k = plan_figure_kind_name(f->kind), *an = f->kind == PLAN_FIGURE_ACTUAL ? "an" : "a";
	const char *t = f->text;
	char date[64], found[64];
	size_t base = f->text_start, i, nl;

	quote(date, sizeof(date), f, f->date_span.start, f->date_span.end);
	quote(found, sizeof(found), f, f->at.start, f->at.end);
	switch (f->problem) {
	case PLAN_FIGURE_OK:
	case PLAN_FIGURE_BAD_DATE:
		break;
	case PLAN_FIGURE_NO_DATE:
		if (!t[0] || t[0] == '\n')
			return snprintf(buf, size, "%s %s needs a date, then its value: write, for example, "
					"\"%s %s %s\"", an, k, k, example_date(f->kind), example_value(f->kind));
		return snprintf(buf, size, "%s %s starts with its date, such as 2008/09 or 2019-03, found \"%s\": "
				"write, for example, \"%s %s %s\"", an, k, found, k, example_date(f->kind),
				example_value(f->kind));
	case PLAN_FIGURE_DATE_LAST:
		return snprintf(buf, size, "write the date of %s %s first: \"%s %s %.*s\"", an, k, k, found,
				(int)f->value_len, t);
	case PLAN_FIGURE_NO_VALUE:
		return snprintf(buf, size, "%s %s needs a value after its date: a number, with %% or a unit "
				"word if it has one, as in \"%s %s %s\"", an, k, k, date, example_value(f->kind));
	case PLAN_FIGURE_COLON:
		for (i = 1; t[i] == ' ' || t[i] == '\t'; i++)
			;
		nl = line_rest(f, i);
		return snprintf(buf, size, "remove the colon after the date: \"%s %s %.*s\"", k, date,
				(int)nl, t + i);
	case PLAN_FIGURE_BOUND:
		for (i = f->at.end - base; t[i] == ' ' || t[i] == '\t'; i++)
			;
		nl = line_rest(f, i);
		return snprintf(buf, size, "\"%s\" belongs to a target or a milestone; %s %s is the figure "
				"itself: \"%s %s %.*s\"", found, an, k, k, date, (int)nl, t + i);
	case PLAN_FIGURE_NOT_NUMBER:
		return snprintf(buf, size, "expected a number after the date, found \"%s\": a value is a number, "
				"with %% or a unit word if it has one, as in \"%s %s %s\"", found, k, date,
				example_value(f->kind));
	case PLAN_FIGURE_GROUPS:
		return snprintf(buf, size, "\"%s\" is not a number: write it without commas, or with commas only "
				"between groups of three digits (1,234); decimals follow a point (2.5)", found);
	case PLAN_FIGURE_GLUED:
		/* The number (sign, digits, commas, point, %) and the word run into it. */
		for (i = f->at.start - base; i < f->at.end - base && !is_letter(t[i]); i++)
			;
		return snprintf(buf, size, "write a space between the number and its unit: \"%.*s %.*s\"",
				(int)(i - (f->at.start - base)), t + (f->at.start - base),
				(int)(f->at.end - base - i), t + i);
	case PLAN_FIGURE_TOO_LONG:
		return snprintf(buf, size, "\"%s\" has more than %d digits, which is more than a figure can "
				"hold exactly: round it, or count in a larger unit (\"%s %s 1.2 million pounds\")",
				found, PLAN_FIGURE_MAX_DIGITS, k, date);
	case PLAN_FIGURE_PERCENT_APART:
		for (i = f->at.end - base - 1; i > f->at.start - base && (t[i - 1] == ' ' || t[i - 1] == '\t'); i--)
			;
		return snprintf(buf, size, "write %% right after the number: \"%.*s%%\"",
				(int)(i - (f->at.start - base)), t + (f->at.start - base));
	case PLAN_FIGURE_NOT_UNIT:
		for (i = f->at.start - base; i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'); i--)
			;
		return snprintf(buf, size, "expected a unit word after the number, found \"%s\": a note goes "
				"after a comma, as in \"%s %s %.*s, %s\"", found, k, date, (int)i, t, found);
	}
	return snprintf(buf, size, "%s %s cannot be read", an, k);
}

void plan_measure_name(char *buf, size_t size, const char *text)
{
	size_t n = strcspn(text, "\n"), i, chars = 0, cut = 0;

	for (i = 0; i < n; i++) {
		if (((unsigned char)text[i] & 0xC0) == 0x80)
			continue;
		if (chars++ == 40)
			break;
		if (is_blank(text[i]))
			cut = i;
	}
	if (i < n) {
		if (!cut)
			cut = i;
		while (cut > 0 && is_blank(text[cut - 1]))
			cut--;
		snprintf(buf, size, "%.*s...", (int)cut, text);
	} else {
		snprintf(buf, size, "%.*s", (int)n, text);
	}
	plan_utf8_trim(buf);
}
