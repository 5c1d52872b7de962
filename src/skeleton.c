/*
 * skeleton.c - the plan that `plancheck --new` writes: a starting point
 * for someone who has never written one, with a comment on every kind of
 * line.
 *
 * The skeleton is one text with a few dates put in, all worked out from
 * the day it is written for: the financial year (April to March) that
 * holds that day is the plan's period, the action falls due at its end,
 * and the one update is dated that day.  So it checks clean (no error,
 * warning or note, --strict included) on that day, whatever the day; the
 * cli test `new.t` and tests/install/run hold it to that.  What each
 * line means is SPEC.md's to say: the comments only point at it.
 */
#include "skeleton.h"

#include "date.h"

int plan_skeleton_write(FILE *out, long today)
{
	long long y;
	int m, d, fy;
	char day[11];

	plan_day_from_number(today, &y, &m, &d);
	plan_day_format(day, (int)y, m, d);
	/* The financial year that holds today: 2026/27 from April 2026 to March 2027. */
	fy = m >= 4 ? (int)y : (int)y - 1;
	fprintf(out,
		"# A new plan, as `plancheck --new` writes it.  Replace the example\n"
		"# words with your own, keep one fact a line, and run `plancheck` on\n"
		"# the file after each change.  SPEC.md (or `man 5 plan`) explains\n"
		"# every line; a line that starts with \"#\" is a comment.\n"
		"\n"
		"# The plan: an id (letters, digits, and . _ - between them), a title.\n"
		"plan P1 Community safety delivery plan\n"
		"  # The period it covers: here a financial year, April to March.\n"
		"  period %d/%02d\n"
		"  # How this plan reads \"Q3 %d\": financial (October to December).\n"
		"  quarters financial\n"
		"  board Community Safety Partnership\n"
		"  statement What the plan is for, in a sentence or two.  A text goes\n"
		"    on over the lines below it that are indented deeper.\n"
		"  # Who may lead actions (plancheck --strict checks every lead).\n"
		"  person Sam Taylor\n"
		"  organisation Community Safety Team\n"
		"\n"
		"# A theme of the plan, then what it should achieve.\n"
		"section S1 Safer neighbourhoods\n"
		"\n"
		"objective S1.1 Fewer burglaries\n"
		"  statement The aim of the objective.\n"
		"  # A measure, and the figures that make it checkable: the\n"
		"  # baseline it starts from and a target (here 5%% fewer).\n"
		"  measure Burglaries reported in the borough\n"
		"  baseline %d/%02d 200 burglaries\n"
		"  target %d/%02d -5%%\n"
		"\n"
		"# A deliverable: who leads it, when it is due, how often it is\n"
		"# reviewed, and its updates, oldest first.\n"
		"action S1.1.1 Visit every household burgled in the last year\n"
		"  lead Sam Taylor, Community Safety Team\n"
		"  due %d-03\n"
		"  review quarterly\n"
		"  # An update: its day, a rating (red, amber or green), then its\n"
		"  # text on the lines below, indented deeper.  When a review\n"
		"  # decides, say so: decision %d-03-31 complete\n"
		"  update %s green\n"
		"    The plan was started.\n",
		fy, (fy + 1) % 100, fy,
		fy - 1, fy % 100, fy, (fy + 1) % 100,
		fy + 1, fy + 1, day);
	return ferror(out) ? -1 : 0;
}
