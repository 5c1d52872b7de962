/*
 * check.c - the named checks.
 *
 * One pass over every plan and action of a linked set.  Each check asks
 * severity() whether it is on for that plan and at what severity, then
 * adds its diagnostic at the line the problem is on.  Dates are compared
 * as day numbers; a deadline at month precision falls due at the end of
 * its month (plan_date_last_day).
 *
 * ORDER: plan_checks[] follows plan_check_id in check.h; SPEC.md section
 * "Checks" lists them in the same order.
 */
#include "check.h"
#include "alloc.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

_Static_assert(PLAN_NCHECKS <= PLAN_MAX_CHECKS, "plan_plan.settings is too small");

const plan_check_info plan_checks[PLAN_NCHECKS] = {
	[PLAN_CHECK_MISSING_OWNER] = { "missing-owner", PLAN_SEV_ERROR, 0,
		"an action with no lead, or only placeholders for one" },
	[PLAN_CHECK_UNDECLARED_OWNER] = { "undeclared-owner", PLAN_SEV_WARNING, 1,
		"a lead that names no person or organisation the plan declares" },
	[PLAN_CHECK_OVERDUE] = { "overdue", PLAN_SEV_WARNING, 0,
		"the deadline or review point has passed and no decision closed the action" },
	[PLAN_CHECK_STALE] = { "stale", PLAN_SEV_WARNING, 0,
		"an open action whose last update is older than its rhythm allows" },
	[PLAN_CHECK_MISSING_RAG] = { "missing-rag", PLAN_SEV_WARNING, 1,
		"the last update of an open action has no RAG rating" },
	[PLAN_CHECK_RED_COMPLETE] = { "red-complete", PLAN_SEV_WARNING, 0,
		"a completed action whose last rating is red" },
	[PLAN_CHECK_FUTURE_UPDATE] = { "future-update", PLAN_SEV_WARNING, 0,
		"an update dated after today" },
	[PLAN_CHECK_UPDATE_ORDER] = { "update-order", PLAN_SEV_WARNING, 0,
		"an update written after one with a later date" },
	[PLAN_CHECK_OUTSIDE_PERIOD] = { "outside-period", PLAN_SEV_NOTE, 0,
		"a deadline outside the plan's period" },
	[PLAN_CHECK_DECISION_DATE] = { "decision-date", PLAN_SEV_WARNING, 0,
		"a decision dated before the action's first update, or after today" },
	[PLAN_CHECK_EMPTY_OBJECTIVE] = { "empty-objective", PLAN_SEV_NOTE, 0,
		"an objective with no action" },
	[PLAN_CHECK_NO_DEADLINE] = { "no-deadline", PLAN_SEV_WARNING, 0,
		"an action with neither a deadline nor a review point" },
	[PLAN_CHECK_EMPTY_UPDATE] = { "empty-update", PLAN_SEV_WARNING, 0,
		"an update with no text" },
	[PLAN_CHECK_PLACEHOLDER] = { "placeholder", PLAN_SEV_WARNING, 0,
		"drafting remnants such as TBC, ???? or \"Delete some or all of this\"" },
	[PLAN_CHECK_BIDI_CONTROL] = { "bidi-control", PLAN_SEV_WARNING, 0,
		"a bidirectional control character, which makes text display otherwise than it reads" },
	[PLAN_CHECK_LARGE_FILE] = { "large-file", PLAN_SEV_NOTE, 0,
		"a plan file over " PLAN_LARGE_FILE_SIZE_TEXT ", whose history planlog reads slowly" },
	[PLAN_CHECK_REWRITTEN_UPDATE] = { "rewritten-update", PLAN_SEV_ERROR, 0,
		"(--staged) a dated update committed before was changed or deleted" },
	[PLAN_CHECK_REMOVED_ACTION] = { "removed-action", PLAN_SEV_ERROR, 0,
		"(--staged) an action was removed without a complete or remove decision" },
	[PLAN_CHECK_RETITLED_ID] = { "retitled-id", PLAN_SEV_WARNING, 0,
		"(--staged) an id now names an action with a different title" },
	[PLAN_CHECK_MOVED_DEADLINE] = { "moved-deadline", PLAN_SEV_WARNING, 0,
		"(--staged) a deadline moved with no dated update in the same commit" },
};

void plan_check_options_init(plan_check_options *opt)
{
	memset(opt, 0, sizeof(*opt));
	memset(opt->sev, PLAN_SETTING_UNSET, sizeof(opt->sev));
}

int plan_check_lookup(const char *name)
{
	int i;
	for (i = 0; i < PLAN_NCHECKS; i++)
		if (strcmp(plan_checks[i].name, name) == 0)
			return i;
	return -1;
}

int plan_setting_parse(const char *w)
{
	if (strcmp(w, "error") == 0) return PLAN_SEV_ERROR;
	if (strcmp(w, "warning") == 0) return PLAN_SEV_WARNING;
	if (strcmp(w, "note") == 0) return PLAN_SEV_NOTE;
	if (strcmp(w, "off") == 0) return PLAN_SETTING_OFF;
	if (strcmp(w, "on") == 0) return PLAN_SETTING_ON;
	return PLAN_SETTING_UNSET;
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

struct ctx {
	plan_set *set;
	const plan_check_options *opt;
	const plan_plan *plan;
	unsigned short remnant_first[256];   /* bit i: remnants[i] starts with this byte */
	unsigned short remnant_second[256];  /* bit i: its second byte is this one */
};

int plan_check_severity(const plan_check_options *opt, const plan_plan *p, plan_check_id c)
{
	int s = opt->sev[c];

	if (s == PLAN_SETTING_UNSET && p)
		s = p->settings[c];
	if (s == PLAN_SETTING_UNSET)
		s = plan_checks[c].strict && !opt->strict ? PLAN_SETTING_OFF : PLAN_SETTING_ON;
	if (s == PLAN_SETTING_OFF)
		return -1;
	if (s == PLAN_SETTING_ON)
		return (int)plan_checks[c].severity;
	return s;
}

/* The severity of check c for the current plan, or -1 when it is off. */
static int severity(const struct ctx *x, plan_check_id c)
{
	return plan_check_severity(x->opt, x->plan, c);
}

__attribute__((format(printf, 4, 5)))
static void report(struct ctx *x, plan_check_id c, const plan_loc *at, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	int sev = severity(x, c);

	if (sev < 0)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	plan_diag_add(&x->set->diags, (plan_severity)sev, plan_checks[c].name, at->src,
		      at->span, "%s", msg);
}

static long first_day(const plan_date *d)
{
	return plan_day_number(d->year, d->month, d->day);
}

static long last_day(const plan_date *d)
{
	plan_date e = plan_date_last_day(d);
	return plan_day_number(e.year, e.month, e.day);
}

static int plan_is_closed(const plan_plan *p)
{
	return p->status && (strcmp(p->status, "closed") == 0 || strcmp(p->status, "archived") == 0);
}

/* Whether w names dates (not a rhythm), all of them valid. */
static int dated(const plan_when *w)
{
	return w && w->valid && w->kind != PLAN_WHEN_RHYTHM;
}

/* The action's deadline: its `due`, else its last dated review point. */
static const plan_when *deadline(const plan_action *a)
{
	const plan_when *w, *found = NULL;

	if (dated(a->due))
		return a->due;
	for (w = a->reviews.head; w; w = w->next)
		if (dated(w))
			found = w;
	return found;
}

static const plan_date *when_end(const plan_when *w)
{
	return w->kind == PLAN_WHEN_RANGE ? &w->to : &w->from;
}

static const char *plural(long n)
{
	return n == 1 ? "" : "s";
}

/* ---- owners ---------------------------------------------------------- */

/* Lower-cased text with surrounding blanks, brackets and full stops removed. */
static void normalise(char *out, size_t size, const char *s)
{
	size_t n = strlen(s), i, o = 0;

	while (n && strchr(" \t\n().[]-", s[n - 1]))
		n--;
	for (i = 0; i < n && strchr(" \t\n([", s[i]); i++)
		;
	for (; i < n && o + 1 < size; i++)
		out[o++] = (char)tolower((unsigned char)s[i]);
	out[o] = '\0';
}

/*
 * A lead that is only a placeholder.  ORDER: SPEC.md lists these words;
 * keep both in step.
 */
static const char *const placeholder_leads[] = {
	"tbc", "tba", "tbd", "?", "??", "???", "????", "to be confirmed", "to be agreed",
	"to be decided", "name tbc shortly", "leads", "lead", "n/a", "none", "unknown",
	"vacant"
};

int plan_lead_is_placeholder(const char *text)
{
	char buf[64];
	size_t i;

	if (strlen(text) >= sizeof(buf))
		return 0;
	normalise(buf, sizeof(buf), text);
	if (!buf[0])
		return 1;
	for (i = 0; i < sizeof(placeholder_leads) / sizeof(placeholder_leads[0]); i++)
		if (strcmp(buf, placeholder_leads[i]) == 0)
			return 1;
	return 0;
}

static void check_owner(struct ctx *x, const plan_action *a)
{
	const plan_lead *l;

	for (l = a->leads.head; l; l = l->next)
		if (!plan_lead_is_placeholder(l->text))
			return;
	if (!a->leads.head)
		report(x, PLAN_CHECK_MISSING_OWNER, &a->id_loc, "action %s has no lead", a->id);
	else if (a->leads.count == 1)
		report(x, PLAN_CHECK_MISSING_OWNER, &a->leads.head->loc,
		       "action %s has no owner: its lead \"%s\" is a placeholder", a->id, a->leads.head->text);
	else
		report(x, PLAN_CHECK_MISSING_OWNER, &a->leads.head->loc,
		       "action %s has no owner: all of its leads are placeholders", a->id);
}

static const char *find_words(const char *hay, const char *needle);

/* Whether hay contains needle as whole words, ignoring case. */
static int has_words(const char *hay, const char *needle)
{
	return find_words(hay, needle) != NULL;
}

/* The part of a lead that names someone: up to a comma, bracket or slash. */
static void lead_name(char *out, size_t size, const char *text)
{
	size_t n = strcspn(text, ",(/\n");
	while (n && text[n - 1] == ' ')
		n--;
	if (n >= size)
		n = size - 1;
	while (n && ((unsigned char)text[n] & 0xC0) == 0x80)
		n--;    /* not in the middle of a character */
	memcpy(out, text, n);
	out[n] = '\0';
}

/* Keeps in *best the declared name nearest to name, if nearer than *best_d. */
static void nearest(const plan_text *d, const char *name, const char **best, size_t *best_d)
{
	for (; d; d = d->next) {
		size_t dist = plan_edit_distance(name, d->text, 2);
		if (dist < *best_d) {
			*best_d = dist;
			*best = d->text;
		}
	}
}

static void check_declared(struct ctx *x, const plan_action *a)
{
	const plan_lead *l;

	if (severity(x, PLAN_CHECK_UNDECLARED_OWNER) < 0)
		return;
	for (l = a->leads.head; l; l = l->next) {
		const plan_text *d;
		const char *best = NULL;
		size_t best_d = 3;	/* suggest names within two edits */
		char name[128];
		int found = 0;

		if (plan_lead_is_placeholder(l->text))
			continue;
		for (d = x->plan->people.head; d && !found; d = d->next)
			found = has_words(l->text, d->text);
		for (d = x->plan->organisations.head; d && !found; d = d->next)
			found = has_words(l->text, d->text);
		if (found)
			continue;
		lead_name(name, sizeof(name), l->text);
		nearest(x->plan->people.head, name, &best, &best_d);
		nearest(x->plan->organisations.head, name, &best, &best_d);
		if (best)
			report(x, PLAN_CHECK_UNDECLARED_OWNER, &l->loc,
			       "lead \"%s\" of action %s is not declared in plan %s; did you mean \"%s\"?",
			       name, a->id, x->plan->id, best);
		else
			report(x, PLAN_CHECK_UNDECLARED_OWNER, &l->loc,
			       "lead \"%s\" of action %s is not declared in plan %s: add a \"person\" or "
			       "\"organisation\" line to the plan", name, a->id, x->plan->id);
	}
}

/* ---- dates ------------------------------------------------------------ */

static void check_overdue(struct ctx *x, const plan_action *a)
{
	const plan_when *w = deadline(a);
	const plan_decision *d = plan_action_decision(a);
	char when[64];
	long end, late;

	if (!w || plan_action_is_closed(a) || plan_is_closed(x->plan))
		return;
	end = last_day(when_end(w));
	if (d && d->verb == PLAN_VERB_CONTINUE) {
		/* "continue into 2019/20" moves the deadline to the end of that period. */
		if (!d->has_into)
			return;
		if (last_day(&d->into) > end) {
			end = last_day(&d->into);
			late = x->opt->today - end;
			plan_date_human(when, sizeof(when), &d->into);
			if (late > 0)
				report(x, PLAN_CHECK_OVERDUE, &d->loc,
				       "action %s is overdue: it was continued into %s, which ended %ld day%s ago, "
				       "and no later decision is recorded", a->id, when, late, plural(late));
			return;
		}
	}
	late = x->opt->today - end;
	if (late <= 0)
		return;
	plan_date_human(when, sizeof(when), when_end(w));
	report(x, PLAN_CHECK_OVERDUE, &w->loc,
	       "action %s is overdue: %s %s passed %ld day%s ago, no decision recorded",
	       a->id, w == a->due ? "deadline" : "review point", when, late, plural(late));
}

/* Days an action may go without an update, and how that was decided. */
static long allowed_days(const struct ctx *x, const plan_action *a, const char **why)
{
	const plan_when *w = a->due && a->due->kind == PLAN_WHEN_RHYTHM ? a->due : NULL;
	const plan_when *r;

	for (r = a->reviews.head; !w && r; r = r->next)
		if (r->kind == PLAN_WHEN_RHYTHM)
			w = r;
	if (w) {
		switch (w->rhythm) {
		case PLAN_RHYTHM_WEEKLY: *why = "weekly"; return 7 + PLAN_STALE_GRACE_DAYS;
		case PLAN_RHYTHM_FORTNIGHTLY: *why = "fortnightly"; return 14 + PLAN_STALE_GRACE_DAYS;
		case PLAN_RHYTHM_MONTHLY: *why = "monthly"; return 31 + PLAN_STALE_GRACE_DAYS;
		case PLAN_RHYTHM_QUARTERLY: *why = "quarterly"; return 92 + PLAN_STALE_GRACE_DAYS;
		case PLAN_RHYTHM_ANNUAL: *why = "annual"; return 366 + PLAN_STALE_GRACE_DAYS;
		case PLAN_RHYTHM_ONGOING: break;
		}
	}
	*why = NULL;
	return x->plan->stale_days ? x->plan->stale_days : PLAN_DEFAULT_STALE_DAYS;
}

static void check_stale(struct ctx *x, const plan_action *a)
{
	const plan_update *u, *last = NULL;
	const char *why;
	long allowed, since, age;
	char when[64];

	if (plan_action_is_closed(a) || plan_is_closed(x->plan))
		return;
	allowed = allowed_days(x, a, &why);
	for (u = a->updates.head; u; u = u->next)
		if (u->has_date && (!last || last_day(&u->date) >= last_day(&last->date)))
			last = u;
	if (last) {
		age = x->opt->today - last_day(&last->date);
		if (age <= allowed)
			return;
		plan_date_human(when, sizeof(when), &last->date);
		if (why)
			report(x, PLAN_CHECK_STALE, &a->id_loc,
			       "action %s is stale: its last update (%s) is %ld days old; a %s action "
			       "is updated at least every %ld days", a->id, when, age, why, allowed);
		else
			report(x, PLAN_CHECK_STALE, &a->id_loc,
			       "action %s is stale: its last update (%s) is %ld days old, more than the "
			       "%ld days plan %s allows", a->id, when, age, allowed, x->plan->id);
		return;
	}
	if (a->updates.head)
		return; /* undated updates only: their age is unknown */
	if (dated(a->start))
		since = first_day(&a->start->from);
	else if (dated(x->plan->period))
		since = first_day(&x->plan->period->from);
	else
		return;
	age = x->opt->today - since;
	if (age > allowed)
		report(x, PLAN_CHECK_STALE, &a->id_loc,
		       "action %s is stale: it has no update at all, %ld days after %s",
		       a->id, age, a->start ? "it started" : "the plan's period began");
}

static void check_rag(struct ctx *x, const plan_action *a)
{
	const plan_update *u, *last_rated = NULL;
	const plan_decision *d = plan_action_decision(a);

	for (u = a->updates.head; u; u = u->next)
		if (u->rag)
			last_rated = u;
	if (a->updates.tail && !a->updates.tail->rag && !plan_action_is_closed(a))
		report(x, PLAN_CHECK_MISSING_RAG, &a->updates.tail->loc,
		       "the last update of action %s has no RAG rating (red, amber or green)", a->id);
	if (d && d->verb == PLAN_VERB_COMPLETE && last_rated && last_rated->rag == PLAN_RAG_RED)
		report(x, PLAN_CHECK_RED_COMPLETE, &d->loc,
		       "action %s is recorded as complete, but its last rating is red", a->id);
}

static void check_update_dates(struct ctx *x, const plan_action *a)
{
	const plan_update *u, *prev = NULL;
	long first = 0;
	int have_first = 0;
	char when[64], other[64];

	for (u = a->updates.head; u; u = u->next) {
		if (!u->has_date)
			continue;
		if (!have_first || first_day(&u->date) < first) {
			first = first_day(&u->date);
			have_first = 1;
		}
		if (first_day(&u->date) > x->opt->today) {
			plan_date_human(when, sizeof(when), &u->date);
			report(x, PLAN_CHECK_FUTURE_UPDATE, &u->loc,
			       "update of action %s is dated %s, after today", a->id, when);
		}
		/* Separate-form updates are placed by date; only the written order can be wrong. */
		if (u->target)
			continue;
		if (prev && first_day(&u->date) < first_day(&prev->date)) {
			size_t line = 0, col;
			if (!plan_diags_full(&x->set->diags))
				plan_source_linecol((plan_source *)prev->loc.src, prev->loc.span.start,
						    &line, &col);
			plan_date_human(when, sizeof(when), &u->date);
			plan_date_human(other, sizeof(other), &prev->date);
			report(x, PLAN_CHECK_UPDATE_ORDER, &u->loc,
			       "update of action %s dated %s is written after the one dated %s (line %zu): "
			       "keep updates in date order", a->id, when, other, line);
		}
		prev = u;
	}
	{
		const plan_decision *d;
		for (d = a->decisions.head; d; d = d->next) {
			if (!d->has_date)
				continue;
			plan_date_human(when, sizeof(when), &d->date);
			if (first_day(&d->date) > x->opt->today)
				report(x, PLAN_CHECK_DECISION_DATE, &d->loc,
				       "decision on action %s is dated %s, after today", a->id, when);
			else if (have_first && last_day(&d->date) < first)
				report(x, PLAN_CHECK_DECISION_DATE, &d->loc,
				       "decision on action %s is dated %s, before its first update", a->id, when);
		}
	}
}

static void check_period(struct ctx *x, const plan_action *a)
{
	const plan_when *p = x->plan->period, *w = deadline(a);
	char when[64], from[64], to[64];
	long start, end;

	if (!dated(p) || !w || plan_action_is_closed(a))
		return;
	start = first_day(&p->from);
	end = last_day(p->kind == PLAN_WHEN_RANGE ? &p->to : &p->from);
	if (last_day(when_end(w)) >= start && last_day(when_end(w)) <= end)
		return;
	plan_date_human(when, sizeof(when), when_end(w));
	plan_date_human(from, sizeof(from), &p->from);
	plan_date_human(to, sizeof(to), p->kind == PLAN_WHEN_RANGE ? &p->to : &p->from);
	if (p->kind == PLAN_WHEN_RANGE)
		report(x, PLAN_CHECK_OUTSIDE_PERIOD, &w->loc,
		       "%s of action %s (%s) is outside the plan's period, %s to %s",
		       w == a->due ? "deadline" : "review point", a->id, when, from, to);
	else
		report(x, PLAN_CHECK_OUTSIDE_PERIOD, &w->loc,
		       "%s of action %s (%s) is outside the plan's period, %s",
		       w == a->due ? "deadline" : "review point", a->id, when, from);
}

/* ---- structure and text ---------------------------------------------- */

/*
 * Drafting remnants looked for in text, matched without regard to case;
 * each of two bytes or more (remnant() looks for their first two).
 */
#define REMNANT(s, w) { s, sizeof(s) - 1, w }
static const struct {
	const char *text;   /* lower case */
	size_t len;
	int word;           /* must stand as a word */
} remnants[] = {
	REMNANT("????", 0), REMNANT("tbc", 1), REMNANT("tba", 1), REMNANT("tbd", 1),
	REMNANT("to be confirmed", 1), REMNANT("delete some or all of this", 0),
	REMNANT("insert text", 0), REMNANT("xxx", 1), REMNANT("lorem ipsum", 0),
};
#undef REMNANT

static int is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static char fold(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
}

/*
 * Whether needle (n bytes) stands at p in hay, ignoring ASCII case, and
 * as whole words if word.  Stops at the end of hay.
 */
static int stands_at(const char *hay, const char *p, const char *needle, size_t n, int word)
{
	size_t i;

	if (word && p != hay && is_alnum(p[-1]))
		return 0;
	for (i = 0; i < n; i++)
		if (fold(p[i]) != fold(needle[i]))
			return 0;
	return !(word && is_alnum(p[n]));
}

/* Where needle stands in hay as whole words, ignoring case, or NULL. */
static const char *find_words(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	const char *p;

	for (p = hay; n && *p; p++)
		if (stands_at(hay, p, needle, n, 1))
			return p;
	return NULL;
}

#define NREMNANTS (sizeof(remnants) / sizeof(remnants[0]))
_Static_assert(NREMNANTS <= 16, "remnant_first holds 16 bits");

/* Which remnants have each byte, in either case, at position at (0 or 1). */
static void index_remnants(unsigned short t[256], size_t at)
{
	size_t i;

	memset(t, 0, 256 * sizeof(*t));
	for (i = 0; i < NREMNANTS; i++) {
		unsigned char c = (unsigned char)remnants[i].text[at];
		t[c] |= (unsigned short)(1u << i);
		if (c >= 'a' && c <= 'z')
			t[c - ('a' - 'A')] |= (unsigned short)(1u << i);
	}
}

/*
 * The first remnant of the list found in s (and *len), at its first place,
 * or NULL.  One pass: a place is tried only for the remnants that start
 * with its two bytes (x's tables from index_remnants), which few places do.
 */
static const char *remnant(const struct ctx *x, const char *s, size_t *len)
{
	const char *found[NREMNANTS] = { NULL };
	const char *p;
	size_t i;

	for (p = s; *p; p++) {
		unsigned m = x->remnant_first[(unsigned char)p[0]] &
			     x->remnant_second[(unsigned char)p[1]];
		for (i = 0; m; i++, m >>= 1)
			if ((m & 1) && !found[i] &&
			    stands_at(s, p, remnants[i].text, remnants[i].len, remnants[i].word))
				found[i] = p;
	}
	for (i = 0; i < NREMNANTS; i++)
		if (found[i]) {
			*len = remnants[i].len;
			return found[i];
		}
	return NULL;
}

/*
 * at, narrowed to where s[0..len) first stands in the source, ignoring
 * case, within at or the rest of its first line (a note after a date).
 */
static plan_loc narrow(const plan_loc *at, const char *s, size_t len)
{
	plan_loc l = *at;
	const char *buf = at->src->buf;
	size_t i, ls, le, end = at->span.end;

	plan_source_line_bounds((plan_source *)at->src, at->span.start, &ls, &le);
	if (le > end)
		end = le;
	for (i = at->span.start; i + len <= end; i++) {
		if (stands_at(buf, buf + i, s, len, 0)) {
			l.span.start = i;
			l.span.end = i + len;
			break;
		}
	}
	return l;
}

static void placeholder_in(struct ctx *x, const char *text, const plan_loc *at,
			   const char *what, const char *id)
{
	size_t len = 0;
	const char *r;
	plan_loc l;

	if (!text || severity(x, PLAN_CHECK_PLACEHOLDER) < 0)
		return;
	if (!(r = remnant(x, text, &len)))
		return;
	l = narrow(at, r, len);
	report(x, PLAN_CHECK_PLACEHOLDER, &l, "%s of action %s contains the placeholder \"%.*s\"",
	       what, id, (int)len, r);
}

static void check_text(struct ctx *x, const plan_action *a)
{
	const plan_lead *l;
	const plan_update *u;
	const plan_text *t;
	const plan_when *w;

	placeholder_in(x, a->title, &a->title_loc, "the title", a->id);
	for (l = a->leads.head; l; l = l->next)
		if (!plan_lead_is_placeholder(l->text))
			placeholder_in(x, l->text, &l->loc, "a lead", a->id);
	if (a->due)
		placeholder_in(x, a->due->note, &a->due->loc, "the deadline's note", a->id);
	for (w = a->reviews.head; w; w = w->next)
		placeholder_in(x, w->note, &w->loc, "a review point's note", a->id);
	for (t = a->notes.head; t; t = t->next)
		placeholder_in(x, t->text, &t->loc, "a note", a->id);
	for (u = a->updates.head; u; u = u->next) {
		if (!u->text[0])
			report(x, PLAN_CHECK_EMPTY_UPDATE, &u->loc, "update of action %s has no text", a->id);
		else
			placeholder_in(x, u->text, &u->loc, "an update", a->id);
	}
	if (!a->due && !a->reviews.head && !plan_action_is_closed(a))
		report(x, PLAN_CHECK_NO_DEADLINE, &a->id_loc,
		       "action %s has neither a deadline (due) nor a review point", a->id);
}

/*
 * For each file read (by its index), the plan it belongs to: the first
 * with its plan line or an action in it.  NULL when memory ran out.
 */
static const plan_plan **plans_of_files(const plan_set *set)
{
	const plan_plan **v = plan_malloc((set->nsources ? set->nsources : 1) * sizeof(*v));
	const plan_plan *p;
	const plan_action *a;
	size_t i;

	if (!v)
		return NULL;
	for (i = 0; i < set->nsources; i++)
		v[i] = NULL;
	for (p = set->plans.head; p; p = p->next) {
		if (p->loc.src && p->loc.src->index < set->nsources && !v[p->loc.src->index])
			v[p->loc.src->index] = p;
		for (a = p->actions.head; a; a = a->next)
			if (a->loc.src && a->loc.src->index < set->nsources && !v[a->loc.src->index])
				v[a->loc.src->index] = p;
	}
	return v;
}

static const char *const bidi_names[] = {
	"LEFT-TO-RIGHT EMBEDDING", "RIGHT-TO-LEFT EMBEDDING", "POP DIRECTIONAL FORMATTING",
	"LEFT-TO-RIGHT OVERRIDE", "RIGHT-TO-LEFT OVERRIDE", "LEFT-TO-RIGHT ISOLATE",
	"RIGHT-TO-LEFT ISOLATE", "FIRST STRONG ISOLATE", "POP DIRECTIONAL ISOLATE",
};

/* Checks of whole files: their size, and every bidirectional control in them, comments included. */
static void check_files(struct ctx *x)
{
	size_t k;

	const plan_plan **plan = plans_of_files(x->set);

	if (!plan) {
		x->set->diags.oom = 1;
		return;
	}
	for (k = 0; k < x->set->nsources; k++) {
		const plan_source *src = x->set->sources[k];
		const char *b = src->buf, *hit;
		size_t i = 0;

		x->plan = src->index < x->set->nsources ? plan[src->index] : NULL;
		if (src->len > PLAN_LARGE_FILE_SIZE) {
			plan_loc l = { src, { 0, 0 } };
			report(x, PLAN_CHECK_LARGE_FILE, &l,
			       "this file is %zu KiB: planlog reads the history of files over "
			       PLAN_LARGE_FILE_SIZE_TEXT " slowly; split it with include",
			       (src->len + 1023) / 1024);
		}
		while (i < src->len && (hit = memchr(b + i, 0xE2, src->len - i)) != NULL) {
			const unsigned char *u = (const unsigned char *)hit;
			i = (size_t)(hit - b);
			if (plan_unsafe_len(b, i, src->len) == 3) {
				int cp = (u[1] == 0x80 ? 0x2000 : 0x2040) + (u[2] & 0x3F);
				plan_loc l = { src, { i, i + 3 } };
				report(x, PLAN_CHECK_BIDI_CONTROL, &l,
				       "U+%04X (%s) can make this line display otherwise than it reads; remove it",
				       cp, bidi_names[cp >= 0x2066 ? cp - 0x2066 + 5 : cp - 0x202A]);
				i += 3;
			} else {
				i++;
			}
		}
	}
	plan_free(plan);
}

int plan_check_run(plan_set *set, const plan_check_options *opt)
{
	struct ctx x;
	const plan_plan *p;

	x.set = set;
	x.opt = opt;
	index_remnants(x.remnant_first, 0);
	index_remnants(x.remnant_second, 1);
	check_files(&x);
	for (p = set->plans.head; p; p = p->next) {
		const plan_objective *o;
		const plan_action *a;

		x.plan = p;
		for (o = p->objectives.head; o; o = o->next)
			if (o->nactions == 0)
				report(&x, PLAN_CHECK_EMPTY_OBJECTIVE, &o->id_loc,
				       "objective %s has no action", o->id);
		for (a = p->actions.head; a; a = a->next) {
			check_owner(&x, a);
			check_declared(&x, a);
			check_overdue(&x, a);
			check_stale(&x, a);
			check_rag(&x, a);
			check_update_dates(&x, a);
			check_period(&x, a);
			check_text(&x, a);
		}
	}
	return set->diags.oom ? -1 : 0;
}
