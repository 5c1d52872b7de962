/*
 * measure.h - the figures of a measure (SPEC.md section 6, "Measures").
 *
 * A figure line (`baseline`, `target`, `milestone`, `actual`) is read in
 * two steps.  The scanner and the grammar take its date (the DATE token,
 * so a figure has every date form of section 7) and hand the rest of the
 * line over as text; plan_figure_read reads that text: an optional bound
 * ("at least", "at most"), a number (a sign, thousands in groups of three
 * after commas, decimals, "%" or "per cent"; at most PLAN_FIGURE_MAX_DIGITS
 * digits), an optional unit (words), and a note after a comma.  What it cannot read is kept in the figure as a problem
 * (a code and the part of the line it is about), not as a message: the
 * check measure-figure makes the message (plan_figure_problem_text), so
 * that the severity a plan sets for that check applies.
 *
 * The rest answers what the figures of a measure say together, one way
 * for the checks, the JSON export and planreport alike: the baseline,
 * the value a target written as a change stands for, which way is
 * better, the latest actual and the target or milestone it is judged
 * against.  Dates are compared by the last day of their period: an
 * actual reports on a target when its period ends on or after the end of
 * the target's.
 */
#ifndef PLAN_MEASURE_H
#define PLAN_MEASURE_H

#include "model.h"

/*
 * Reads what figure f says after its date: f->text, whose first
 * first_len bytes are the line's own text, at f->at in the source (the
 * grammar sets both), and whose rest is continuation lines.  Fills the
 * value (number, percent, change, bound, unit, note, value_len), or sets
 * f->problem and f->at to the part of the line at fault.  f->kind,
 * has_date and date_span must be set.  Returns PLAN_OK, or PLAN_ENOMEM
 * (the unit and note are copied into a).
 */
int plan_figure_read(plan_figure *f, plan_arena *a, size_t first_len);

/*
 * Looks through the continuation lines of measure m's text, in the
 * source, for lines that start like a figure line ("target 2008/09
 * ..."): indented deeper than the measure, they are read as its text.
 * Sets m->stray (the first) and m->nstray.
 */
void plan_measure_find_stray(plan_measure *m);

/* "baseline", "target", "milestone", "actual". */
const char *plan_figure_kind_name(plan_figure_kind k);

/* m's baseline: the first of its baselines, when it was read; else NULL. */
const plan_figure *plan_measure_baseline(const plan_measure *m);

/* Whether m has any figure that was read. */
int plan_measure_has_figures(const plan_measure *m);

/*
 * The value figure f of measure m stands for: its number, or, for a
 * change (a target or milestone written with a sign), the baseline's
 * number changed by it: "-5%" is 5 % less than the baseline, "+3" three
 * more in the baseline's terms (percentage points when the baseline is a
 * percentage).  Sets *out and *percent (whether the value is a
 * percentage) and returns 1; returns 0 when there is none: f was not
 * read, or is a change and m has no baseline.
 */
int plan_figure_value(const plan_measure *m, const plan_figure *f, double *out, int *percent);

/* f's unit: its own, or for a change without one the baseline's; NULL when none. */
const char *plan_figure_unit(const plan_measure *m, const plan_figure *f);

/*
 * Which way is better for target or milestone f: its bound when it has
 * one, else up (AT_LEAST) or down (AT_MOST) from the baseline; NONE when
 * that is not known (no baseline, or the same value as it).
 */
plan_bound plan_figure_direction(const plan_measure *m, const plan_figure *f);

/* The latest actual of m: read, dated, its period ending last (of those, the last written); or NULL. */
const plan_figure *plan_measure_latest(const plan_measure *m);

/*
 * The target or milestone of m that actual is judged against: of those
 * read whose period ends on or before the end of actual's, the one that
 * ends last (a target before a milestone of the same end; then the last
 * written); NULL when none has come due by then.
 */
const plan_figure *plan_measure_due(const plan_measure *m, const plan_figure *actual);

/*
 * Whether actual meets point (a target or milestone) of m: 1 it does, 0
 * it misses it, -1 it cannot be told (either has no value, which way is
 * better is not known, or one is a percentage and the other not).
 */
int plan_figure_meets(const plan_measure *m, const plan_figure *point, const plan_figure *actual);

/* The target of m that ends last (of those, the last written), read; or NULL. */
const plan_figure *plan_measure_final_target(const plan_measure *m);

/*
 * Writes f's value for people: "20 panels", "68%", "at least 240 cases",
 * a change as the value it stands for and the change ("1172.3 burglaries
 * (-5%)"), or the change alone when m has no baseline ("-5%").  Returns
 * the length snprintf gives.
 */
int plan_figure_format(char *buf, size_t size, const plan_measure *m, const plan_figure *f);

/* Writes v with at most six decimals and no trailing zeros ("20", "1172.3"). */
int plan_number_format(char *buf, size_t size, double v);

/*
 * Writes the message of f's problem (f->problem is neither OK nor
 * BAD_DATE): what is wrong and how to write it, with the line's own
 * date and figures in the example where it has them.
 */
int plan_figure_problem_text(char *buf, size_t size, const plan_figure *f);

/*
 * Writes the first line of a measure's text for messages, cut after at
 * most 40 characters at a word's end, with "..." when cut.
 */
void plan_measure_name(char *buf, size_t size, const char *text);

#endif
