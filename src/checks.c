/*
 * checks.c - the checks of files, plans and actions (rows of plan_checks
 * in check.c; SPEC.md section 13 says what each finds).
 *
 * Each function is called only when its check is on for the plan at hand,
 * and reports at the line the problem is on.  Dates are compared as day
 * numbers; a deadline at month precision falls due at the end of its
 * month (plan_date_last_day).
 */
#include "check_int.h"
#include "alloc.h"
#include "fold.h"
#include "measure.h"
#include "words.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How messages name action a of the set checked (plan_check_name). */
#define NAME(a) plan_check_name(x, (a))

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

/* Lower-cased text with surrounding blanks, brackets, dashes and full stops removed. */
static void normalise(char *out, size_t size, const char *s)
{
	static const char around[] = " \t\n().[]-";
	size_t n = strlen(s), i, o = 0;

	while (n && strchr(around, s[n - 1]))
		n--;
	for (i = 0; i < n && strchr(around, s[i]); i++)
		;
	for (; i < n && o + 1 < size; i++)
		out[o++] = (char)tolower((unsigned char)s[i]);
	out[o] = '\0';
}

/*
 * Leads that name nobody: placeholders, and leads that name everyone,
 * which make nobody in particular accountable.  ORDER: SPEC.md section 13
 * lists these words; keep both in step.
 */
static const char *const placeholder_leads[] = {
	"tbc", "tba", "tbd", "?", "??", "???", "????", "to be confirmed", "to be agreed",
	"to be decided", "name tbc shortly", "leads", "lead", "n/a", "none", "unknown",
	"vacant"
};
static const char *const everyone_leads[] = {
	"all agencies", "all partners", "all", "everyone", "partnership"
};

/* The length of the longest word of the two lists above. */
static size_t longest_nobody(void)
{
	static size_t longest;
	size_t i, n = 0;

	if (longest)
		return longest;
	for (i = 0; i < sizeof(placeholder_leads) / sizeof(placeholder_leads[0]); i++)
		if (strlen(placeholder_leads[i]) > n)
			n = strlen(placeholder_leads[i]);
	for (i = 0; i < sizeof(everyone_leads) / sizeof(everyone_leads[0]); i++)
		if (strlen(everyone_leads[i]) > n)
			n = strlen(everyone_leads[i]);
	return longest = n;
}

plan_lead_kind plan_lead_kind_of(const char *text)
{
	char buf[64];
	size_t i, most = longest_nobody();

	/* A lead longer than every word (most are) is read no further than that. */
	normalise(buf, most + 2 < sizeof(buf) ? most + 2 : sizeof(buf), text);
	if (strlen(buf) > most)
		return PLAN_LEAD_OWNER;
	if (!buf[0])
		return PLAN_LEAD_PLACEHOLDER;
	for (i = 0; i < sizeof(placeholder_leads) / sizeof(placeholder_leads[0]); i++)
		if (strcmp(buf, placeholder_leads[i]) == 0)
			return PLAN_LEAD_PLACEHOLDER;
	for (i = 0; i < sizeof(everyone_leads) / sizeof(everyone_leads[0]); i++)
		if (strcmp(buf, everyone_leads[i]) == 0)
			return PLAN_LEAD_EVERYONE;
	return PLAN_LEAD_OWNER;
}

int plan_lead_is_placeholder(const char *text)
{
	return plan_lead_kind_of(text) == PLAN_LEAD_PLACEHOLDER;
}

int plan_action_has_owner(const plan_action *a)
{
	const plan_lead *l;

	for (l = a->leads.head; l; l = l->next)
		if (plan_lead_kind_of(l->text) == PLAN_LEAD_OWNER)
			return 1;
	return 0;
}

void plan_check_missing_owner(plan_check_ctx *x, const plan_action *a)
{
	const plan_lead *l;
	size_t everyone = 0;

	/* An unreadable lead may be its owner (SPEC.md section 12). */
	if (a->unread & PLAN_UNREAD(PLAN_WORD_LEAD))
		return;
	if (plan_action_has_owner(a))
		return;
	for (l = a->leads.head; l; l = l->next)
		everyone += plan_lead_kind_of(l->text) == PLAN_LEAD_EVERYONE;
	if (!a->leads.head)
		plan_check_report(x, PLAN_CHECK_MISSING_OWNER, &a->id_loc, "action %s has no lead", NAME(a));
	else if (a->leads.count == 1 && everyone)
		plan_check_report(x, PLAN_CHECK_MISSING_OWNER, &a->leads.head->loc,
				  "action %s has no owner: its lead \"%s\" names everyone, so nobody in "
				  "particular is accountable for it; name who leads it", NAME(a), a->leads.head->text);
	else if (a->leads.count == 1)
		plan_check_report(x, PLAN_CHECK_MISSING_OWNER, &a->leads.head->loc,
				  "action %s has no owner: its lead \"%s\" is a placeholder", NAME(a),
				  a->leads.head->text);
	else if (everyone == a->leads.count)
		plan_check_report(x, PLAN_CHECK_MISSING_OWNER, &a->leads.head->loc,
				  "action %s has no owner: each of its leads names everyone, so nobody in "
				  "particular is accountable for it; name who leads it", NAME(a));
	else if (everyone)
		plan_check_report(x, PLAN_CHECK_MISSING_OWNER, &a->leads.head->loc,
				  "action %s has no owner: each of its leads is a placeholder or names "
				  "everyone; name who leads it", NAME(a));
	else
		plan_check_report(x, PLAN_CHECK_MISSING_OWNER, &a->leads.head->loc,
				  "action %s has no owner: all of its leads are placeholders", NAME(a));
}

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

/* A declared name, folded to be matched (fold.h). */
struct folded {
	const char *s;
	size_t len;
};

/*
 * The people and organisations of a plan, indexed once per plan for
 * undeclared-owner, in the set's arena: folded as people read them
 * (fold.h: "ZOË MÜLLER" is "Zoë Müller", however either was typed) and
 * sorted, so that the names a lead holds as whole words are found by one
 * walk from each word of the lead, narrowing the range of names that
 * start with what was read so far; and folded without accents, for the
 * nearest name (plan_near).  Either way the cost of a lead does not grow
 * with the number of names, where comparing it with each name did.
 */
struct plan_owner_index {
	struct folded *folded;     /* the non-empty names, sorted */
	size_t nfolded;
	plan_near near;            /* every name: people, then organisations, in order */
};

static int cmp_folded(const void *a, const void *b)
{
	return strcmp(((const struct folded *)a)->s, ((const struct folded *)b)->s);
}

/* The index of x->plan's names, made on first use; NULL when memory ran out (said). */
static const struct plan_owner_index *owner_index(plan_check_ctx *x)
{
	const plan_plan *p = x->plan;
	plan_arena *ar = x->set->arena;
	size_t n = p->people.count + p->organisations.count, i = 0, k = 0;
	const plan_text *lists[2], *d;
	struct plan_owner_index *o;
	plan_near_name *v;
	int w;

	if (x->owners && x->owners_of == p)
		return x->owners;
	o = plan_arena_zalloc(ar, sizeof(*o));
	v = plan_arena_alloc(ar, (n ? n : 1) * sizeof(*v));
	if (!o || !v || !(o->folded = plan_arena_alloc(ar, (n ? n : 1) * sizeof(*o->folded)))) {
		x->set->diags.oom = 1;
		return NULL;
	}
	lists[0] = p->people.head;
	lists[1] = p->organisations.head;
	for (w = 0; w < 2; w++)
		for (d = lists[w]; d; d = d->next) {
			size_t len = strlen(d->text);

			v[i].name = d->text;
			v[i].order = i;
			if (!(v[i].key = plan_fold_arena(ar, d->text, len, PLAN_FOLD_LOOSE, NULL)) ||
			    !(o->folded[k].s = plan_fold_arena(ar, d->text, len, PLAN_FOLD_CASE,
							       &o->folded[k].len))) {
				x->set->diags.oom = 1;
				return NULL;
			}
			i++;
			if (o->folded[k].len)
				k++;    /* an empty name is in no lead */
		}
	if (k)
		qsort(o->folded, k, sizeof(*o->folded), cmp_folded);
	o->nfolded = k;
	plan_near_init(&o->near, v, i);
	x->owners = o;
	x->owners_of = p;
	return o;
}

/* Of f[lo..hi), which share their first k bytes, the first whose byte k is c or more (none: below all). */
static size_t first_from(const struct folded *f, size_t lo, size_t hi, size_t k, int c)
{
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int b = f[mid].len > k ? (unsigned char)f[mid].s[k] : -1;
		if (b < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Whether the character before t + p (p > 0), or the one at t[p..n), is part of a word. */
static int word_before(const char *t, size_t p)
{
	unsigned char b = (unsigned char)t[p - 1];
	return b < 0x80 ? is_alnum((char)b) : plan_fold_word_before(t, p);
}

static int word_at(const char *t, size_t p, size_t n)
{
	unsigned char b = (unsigned char)t[p];
	return p < n && (b < 0x80 ? is_alnum((char)b) : plan_fold_is_word(t + p, n - p));
}

/*
 * Whether t[0..n), a lead folded as the names are (or to be folded byte
 * by byte, when lower is set: plan_fold_is_ascii_case), contains a
 * declared name as whole words: at the start of a character that follows
 * no letter or digit (of any script), where a name's bytes follow and no
 * letter or digit comes after them.  Inlined, so that the loop of each
 * caller is compiled for its case.
 */
static inline __attribute__((always_inline)) int
declared_in(const struct plan_owner_index *o, const char *t, size_t n, int lower)
{
	size_t p, k;

	for (p = 0; p < n; p++) {
		size_t lo = 0, hi = o->nfolded;

		if (((unsigned char)t[p] & 0xC0) == 0x80 || (p && word_before(t, p)))
			continue;
		for (k = 0; p + k < n && lo < hi; k++) {
			int c = (unsigned char)(lower ? fold(t[p + k]) : t[p + k]);

			lo = first_from(o->folded, lo, hi, k, c);
			hi = first_from(o->folded, lo, hi, k, c + 1);
			/* A name of k + 1 bytes sorts first among those it starts. */
			if (lo < hi && o->folded[lo].len == k + 1 && !word_at(t, p + k + 1, n))
				return 1;
		}
	}
	return 0;
}

/* Whether lead text holds a name of o (folded: fold.h); -1 when memory ran out. */
static int lead_declared(const struct plan_owner_index *o, const char *text)
{
	char small[512], *big = NULL;
	size_t len = strlen(text), n;
	int yes;

	/* Most leads need no copy to be compared as folded. */
	if (plan_fold_is_ascii_case(text, len))
		return declared_in(o, text, len, 1);
	n = plan_fold(small, sizeof(small), text, len, PLAN_FOLD_CASE);
	if (n == (size_t)-1)
		return -1;
	if (n >= sizeof(small)) {
		if (!(big = plan_malloc(n + 1)) || plan_fold(big, n + 1, text, len, PLAN_FOLD_CASE) == (size_t)-1) {
			plan_free(big);
			return -1;
		}
	}
	yes = declared_in(o, big ? big : small, n, 0);
	plan_free(big);
	return yes;
}

/* s[0..n) folded (PLAN_FOLD_CASE) into a new allocation; NULL when memory ran out. */
static char *folded_copy(const char *s, size_t n, size_t *len)
{
	char one[1];
	size_t m = plan_fold(one, sizeof(one), s, n, PLAN_FOLD_CASE);
	char *out;

	if (m == (size_t)-1 || !(out = plan_malloc(m + 1)))
		return NULL;
	if (plan_fold(out, m + 1, s, n, PLAN_FOLD_CASE) == (size_t)-1) {
		plan_free(out);
		return NULL;
	}
	*len = m;
	return out;
}

int plan_lead_names(const char *lead, const char *name)
{
	size_t ln, nn, p;
	char *l = NULL, *m = NULL;
	int yes = 0;

	if (!(l = folded_copy(lead, strlen(lead), &ln)) || !(m = folded_copy(name, strlen(name), &nn))) {
		plan_free(l);
		return -1;
	}
	for (p = 0; nn && p + nn <= ln && !yes; p++)
		yes = memcmp(l + p, m, nn) == 0 && (p == 0 || !word_before(l, p)) && !word_at(l, p + nn, ln);
	plan_free(l);
	plan_free(m);
	return yes;
}

void plan_check_undeclared_owner(plan_check_ctx *x, const plan_action *a)
{
	const struct plan_owner_index *o = NULL;
	const plan_lead *l;

	for (l = a->leads.head; l; l = l->next) {
		const char *best = NULL;
		plan_near_hit hit;
		char name[128], key[256];
		int yes;

		/* A placeholder, or everyone: missing-owner's, never a name. */
		if (plan_lead_kind_of(l->text) != PLAN_LEAD_OWNER)
			continue;
		if (!o && !(o = owner_index(x)))
			return;
		if ((yes = lead_declared(o, l->text)) != 0) {
			if (yes < 0) {
				x->set->diags.oom = 1;
				return;
			}
			continue;
		}
		lead_name(name, sizeof(name), l->text);
		/* The nearest name within two edits, accents and case aside, the
		 * first declared of those as near; only for a diagnostic that will
		 * be kept.  (A name cut short here is longer than plan_near
		 * compares but for sameness, and is the same as no declared one.) */
		if (!plan_diags_full(&x->set->diags)) {
			size_t k = plan_fold(key, sizeof(key), name, strlen(name), PLAN_FOLD_LOOSE);
			if (k == (size_t)-1) {
				x->set->diags.oom = 1;
				return;
			}
			if (plan_near_find(&o->near, key, &hit, 1))
				best = hit.name;
		}
		if (best) {
			plan_diag *last = x->set->diags.tail;
			size_t n = strlen(name);
			plan_check_report(x, PLAN_CHECK_UNDECLARED_OWNER, &l->loc,
					  "lead \"%s\" of action %s is not declared in plan %s; did you mean \"%s\"?",
					  name, NAME(a), x->plan->id, best);
			/* The fix: the declared name in place of the name as written,
			 * where the lead's text (after its keyword) starts with it. */
			if (x->set->diags.tail != last && l->loc.src) {
				const char *b = l->loc.src->buf;
				size_t i = l->loc.span.start, e = l->loc.span.end;
				while (i < e && b[i] != ' ' && b[i] != '\t')
					i++;
				while (i < e && (b[i] == ' ' || b[i] == '\t'))
					i++;
				if (n && i + n <= e && memcmp(b + i, name, n) == 0) {
					plan_span sp = { i, i + n };
					plan_diag_fix(&x->set->diags, x->set->diags.tail, sp, best, strlen(best));
				}
			}
		}
		else
			plan_check_report(x, PLAN_CHECK_UNDECLARED_OWNER, &l->loc,
					  "lead \"%s\" of action %s is not declared in plan %s: add a \"person\" or "
					  "\"organisation\" line to the plan", name, NAME(a), x->plan->id);
	}
}

/* ---- dates ------------------------------------------------------------ */

/*
 * The last day of action a's deadline into *end, after a "continue into"
 * that moved it later (*by is then that decision; else NULL), and the
 * when it comes from into *w.  0 when it has none: no dated deadline, or
 * continued with no date.
 */
static int effective_end(const plan_action *a, long *end, const plan_when **w,
			 const plan_decision **by)
{
	const plan_decision *d = plan_action_decision(a);

	*by = NULL;
	if (!(*w = deadline(a)))
		return 0;
	*end = last_day(when_end(*w));
	if (d && d->verb == PLAN_VERB_CONTINUE) {
		/* "continue into 2019/20" moves the deadline to the end of that period. */
		if (!d->has_into)
			return 0;
		if (last_day(&d->into) > *end) {
			*end = last_day(&d->into);
			*by = d;
		}
	}
	return 1;
}

/* Whether the overdue check can judge a: open, and its deadline and decisions readable. */
static int overdue_judged(const plan_action *a)
{
	return !plan_action_is_closed(a) && !plan_is_closed(a->plan) &&
	       !(a->unread & (PLAN_UNREAD(PLAN_WORD_DECISION) | PLAN_UNREAD(PLAN_WORD_DUE)));
}

void plan_check_overdue(plan_check_ctx *x, const plan_action *a)
{
	const plan_when *w;
	const plan_decision *by;
	char when[64];
	long end, late;

	if (!overdue_judged(a) || !effective_end(a, &end, &w, &by))
		return;
	late = x->opt->today - end;
	if (late <= 0)
		return;
	if (by) {
		plan_date_human(when, sizeof(when), &by->into);
		plan_check_report(x, PLAN_CHECK_OVERDUE, &by->loc,
				  "action %s is overdue: it was continued into %s, which ended %ld "
				  "day%s ago, and no later decision is recorded", NAME(a), when, late,
				  plural(late));
		return;
	}
	plan_date_human(when, sizeof(when), when_end(w));
	plan_check_report(x, PLAN_CHECK_OVERDUE, &w->loc,
			  "action %s is overdue: %s %s passed %ld day%s ago, no decision recorded",
			  NAME(a), w == a->due ? "deadline" : "review point", when, late, plural(late));
}

/*
 * Days an action may go without an update: its rhythm's longest gap
 * (plan_rhythm_days) and PLAN_STALE_GRACE_DAYS, the rhythm being that of
 * its `due`, else of its first `review` with one; *rhythm is that when.
 * With none (or `ongoing`), the plan's `stale after`, and *rhythm NULL.
 */
static long allowed_days(const plan_plan *p, const plan_action *a, const plan_when **rhythm)
{
	const plan_when *w = a->due && a->due->kind == PLAN_WHEN_RHYTHM ? a->due : NULL;
	const plan_when *r;

	for (r = a->reviews.head; !w && r; r = r->next)
		if (r->kind == PLAN_WHEN_RHYTHM)
			w = r;
	*rhythm = NULL;
	if (w && w->rhythm != PLAN_RHYTHM_ONGOING) {
		*rhythm = w;
		return plan_rhythm_days(w->rhythm, w->every, (plan_unit)w->unit) + PLAN_STALE_GRACE_DAYS;
	}
	return p->stale_days ? p->stale_days : PLAN_DEFAULT_STALE_DAYS;
}

/* "a quarterly action", "an annual action", "an action due every 3 years". */
static void rhythm_action(char *buf, size_t size, const plan_action *a, const plan_when *w)
{
	char r[40];

	plan_rhythm_human(r, sizeof(r), w->rhythm, w->every, (plan_unit)w->unit);
	if (w->rhythm == PLAN_RHYTHM_EVERY)
		snprintf(buf, size, "an action %s %s", w == a->due ? "due" : "reviewed", r);
	else
		snprintf(buf, size, "%s action", r);
}

/* Whether stale cannot judge a: open, no update at all, no dated start (and the plan no period). */
static int unjudged(const plan_action *a)
{
	return !plan_action_is_closed(a) && !a->updates.head && !dated(a->start);
}

/*
 * A plan with no period: the actions with no update and no start cannot
 * be judged stale.  Said once per plan, at its plan line, as a note
 * whatever stale's severity (nothing is wrong yet), with the line to add:
 * the financial year of today, for example.
 */
static void no_period_note(plan_check_ctx *x)
{
	const plan_plan *p = x->plan;
	const plan_action *a, *first = NULL, *second = NULL, *keep = x->action;
	size_t n = 0;
	long y = 1900, fy;
	char others[64] = "";

	if (x->unjudged_of == p)
		return;
	x->unjudged_of = p;
	for (a = p->actions.head; a; a = a->next)
		if (unjudged(a) && n++ < 2)
			*(n == 1 ? &first : &second) = a;
	if (!first)
		return;
	while (y < 9998 && plan_day_number((int)y + 1, 1, 1) <= x->opt->today)
		y++;
	fy = x->opt->today >= plan_day_number((int)y, 4, 1) ? y : y - 1;
	if (n == 2)
		snprintf(others, sizeof(others), " and %s", second->id);
	else if (n > 2)
		snprintf(others, sizeof(others), " and %zu others", n - 1);
	x->action = NULL;
	plan_check_note(x, PLAN_CHECK_STALE, &p->id_loc,
			"plan %s has no period, so action%s %s%s, with no update and no start, cannot be "
			"judged stale; give the plan its period under the plan line, for example "
			"\"period %ld/%02ld\"", p->id, n == 1 ? "" : "s", first->id, others, fy, (fy + 1) % 100);
	x->action = keep;
}

/* Whether the stale check can judge a: open, and what says its age and allowance readable. */
static int stale_judged(const plan_action *a)
{
	return !plan_action_is_closed(a) && !plan_is_closed(a->plan) &&
	       !(a->unread & (PLAN_UNREAD(PLAN_WORD_UPDATE) | PLAN_UNREAD(PLAN_WORD_DUE) |
			      PLAN_UNREAD(PLAN_WORD_REVIEW) | PLAN_UNREAD(PLAN_WORD_START) |
			      PLAN_UNREAD(PLAN_WORD_DECISION)));
}

/* The latest dated update of a (the later in the list of two of one day), or NULL. */
static const plan_update *latest_update(const plan_action *a)
{
	const plan_update *u, *last = NULL;

	for (u = a->updates.head; u; u = u->next)
		if (u->has_date && (!last || last_day(&u->date) >= last_day(&last->date)))
			last = u;
	return last;
}

/*
 * The day from which a's staleness is counted into *day: its latest dated
 * update's (last), else its start's or its plan's period's when it has no
 * update at all.  0 when there is none that can be read.
 */
static int stale_clock(const plan_action *a, const plan_update *last, long *day)
{
	if (last)
		*day = last_day(&last->date);
	else if (a->updates.head)
		return 0;  /* undated updates only: their age is unknown */
	else if (dated(a->start))
		*day = first_day(&a->start->from);
	else if (a->plan && dated(a->plan->period))
		*day = first_day(&a->plan->period->from);
	else
		return 0;
	return 1;
}

void plan_check_stale(plan_check_ctx *x, const plan_action *a)
{
	const plan_update *last;
	const plan_when *rhythm;
	long allowed, since, age;
	char when[64], what[80];

	if (!stale_judged(a))
		return;
	allowed = allowed_days(x->plan, a, &rhythm);
	last = latest_update(a);
	if (last) {
		age = x->opt->today - last_day(&last->date);
		if (age <= allowed)
			return;
		plan_date_human(when, sizeof(when), &last->date);
		if (rhythm) {
			rhythm_action(what, sizeof(what), a, rhythm);
			plan_check_report(x, PLAN_CHECK_STALE, &a->id_loc,
					  "action %s is stale: its last update (%s) is %ld days old; %s "
					  "is updated at least every %ld days", NAME(a), when, age, what, allowed);
		} else
			plan_check_report(x, PLAN_CHECK_STALE, &a->id_loc,
					  "action %s is stale: its last update (%s) is %ld days old, more than the "
					  "%ld days plan %s allows", NAME(a), when, age, allowed, x->plan->id);
		return;
	}
	if (a->updates.head)
		return; /* undated updates only: their age is unknown */
	if (!stale_clock(a, NULL, &since)) {
		if (!x->plan->period)
			no_period_note(x);
		return;
	}
	age = x->opt->today - since;
	if (age > allowed)
		plan_check_report(x, PLAN_CHECK_STALE, &a->id_loc,
				  "action %s is stale: it has no update at all, %ld days after %s",
				  NAME(a), age, a->start ? "it started" : "the plan's period began");
}

void plan_check_missing_rag(plan_check_ctx *x, const plan_action *a)
{
	if (a->updates.tail && !a->updates.tail->rag && !plan_action_is_closed(a) &&
	    !(a->unread & (PLAN_UNREAD(PLAN_WORD_UPDATE) | PLAN_UNREAD(PLAN_WORD_DECISION))))
		plan_check_report(x, PLAN_CHECK_MISSING_RAG, &a->updates.tail->loc,
				  "the last update of action %s has no RAG rating (red, amber or green)", NAME(a));
}

void plan_check_red_complete(plan_check_ctx *x, const plan_action *a)
{
	const plan_update *u, *last_rated = NULL;
	const plan_decision *d = plan_action_decision(a);

	for (u = a->updates.head; u; u = u->next)
		if (u->rag)
			last_rated = u;
	if (d && d->verb == PLAN_VERB_COMPLETE && last_rated && last_rated->rag == PLAN_RAG_RED)
		plan_check_report(x, PLAN_CHECK_RED_COMPLETE, &d->loc,
				  "action %s is recorded as complete, but its last rating is red", NAME(a));
}

void plan_check_future_update(plan_check_ctx *x, const plan_action *a)
{
	const plan_update *u;
	char when[64];

	for (u = a->updates.head; u; u = u->next)
		if (u->has_date && first_day(&u->date) > x->opt->today) {
			plan_date_human(when, sizeof(when), &u->date);
			plan_check_report(x, PLAN_CHECK_FUTURE_UPDATE, &u->loc,
					  "update of action %s is dated %s, after today", NAME(a), when);
		}
}

void plan_check_update_order(plan_check_ctx *x, const plan_action *a)
{
	const plan_update *u, *prev = NULL;
	char when[64], other[64];

	for (u = a->updates.head; u; u = u->next) {
		/* Separate-form updates are placed by date; only the written order can be wrong. */
		if (!u->has_date || u->target)
			continue;
		if (prev && first_day(&u->date) < first_day(&prev->date)) {
			size_t line = 0, col;
			if (!plan_diags_full(&x->set->diags))
				plan_source_linecol((plan_source *)prev->loc.src, prev->loc.span.start,
						    &line, &col);
			plan_date_human(when, sizeof(when), &u->date);
			plan_date_human(other, sizeof(other), &prev->date);
			plan_check_report(x, PLAN_CHECK_UPDATE_ORDER, &u->loc,
					  "update of action %s dated %s is written after the one dated %s "
					  "(line %zu): keep updates in date order", NAME(a), when, other, line);
		}
		prev = u;
	}
}

void plan_check_decision_date(plan_check_ctx *x, const plan_action *a)
{
	const plan_update *u;
	const plan_decision *d;
	long first = 0;
	int have_first = 0;
	char when[64];

	for (u = a->updates.head; u; u = u->next)
		if (u->has_date && (!have_first || first_day(&u->date) < first)) {
			first = first_day(&u->date);
			have_first = 1;
		}
	for (d = a->decisions.head; d; d = d->next) {
		if (!d->has_date)
			continue;
		plan_date_human(when, sizeof(when), &d->date);
		if (first_day(&d->date) > x->opt->today)
			plan_check_report(x, PLAN_CHECK_DECISION_DATE, &d->loc,
					  "decision on action %s is dated %s, after today", NAME(a), when);
		else if (have_first && last_day(&d->date) < first)
			plan_check_report(x, PLAN_CHECK_DECISION_DATE, &d->loc,
					  "decision on action %s is dated %s, before its first update", NAME(a), when);
	}
}

void plan_check_outside_period(plan_check_ctx *x, const plan_action *a)
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
		plan_check_report(x, PLAN_CHECK_OUTSIDE_PERIOD, &w->loc,
				  "%s of action %s (%s) is outside the plan's period, %s to %s",
				  w == a->due ? "deadline" : "review point", NAME(a), when, from, to);
	else
		plan_check_report(x, PLAN_CHECK_OUTSIDE_PERIOD, &w->loc,
				  "%s of action %s (%s) is outside the plan's period, %s",
				  w == a->due ? "deadline" : "review point", NAME(a), when, from);
}

/* One "Q3 2019" of w (undeclared quarters, so read as a calendar quarter): both readings. */
static void ambiguous_quarter(plan_check_ctx *x, const plan_when *w)
{
	const plan_date *d = w->flags & PLAN_WHEN_Q_FROM ? &w->from : &w->to;
	plan_date fq = *d;
	char cal[64], fin[64], fin_name[32];
	int q = (d->month - 1) / 3 + 1;

	plan_date_quarter_of_fy(&fq);
	plan_date_human(cal, sizeof(cal), d);
	plan_date_human(fin_name, sizeof(fin_name), &fq);
	snprintf(fin, sizeof(fin), "%s to %s %d", plan_month_name(fq.month), plan_month_name(fq.month + 2),
		 fq.year);
	plan_check_report(x, PLAN_CHECK_AMBIGUOUS_QUARTER, &w->loc,
			  "\"Q%d %d\" is read as %s, a calendar quarter; as a quarter of the financial "
			  "year it would be %s (%s). Write %d-Q%d or %s, or say which the plan means "
			  "with \"quarters calendar\" or \"quarters financial\"",
			  q, d->year, cal, fin, fin_name, d->year, q, fin_name);
}

void plan_check_ambiguous_quarter(plan_check_ctx *x, const plan_action *a)
{
	const plan_when *r, *period = a->plan ? a->plan->period : NULL;

	/* The plan's period, once, with its first action's. */
	if (period && a == a->plan->actions.head && (period->flags & (PLAN_WHEN_Q_FROM | PLAN_WHEN_Q_TO))) {
		const plan_action *keep = x->action;
		x->action = NULL;
		ambiguous_quarter(x, period);
		x->action = keep;
	}

	if (a->due && (a->due->flags & (PLAN_WHEN_Q_FROM | PLAN_WHEN_Q_TO)))
		ambiguous_quarter(x, a->due);
	if (a->start && (a->start->flags & (PLAN_WHEN_Q_FROM | PLAN_WHEN_Q_TO)))
		ambiguous_quarter(x, a->start);
	for (r = a->reviews.head; r; r = r->next)
		if (r->flags & (PLAN_WHEN_Q_FROM | PLAN_WHEN_Q_TO))
			ambiguous_quarter(x, r);
}

/* ---- structure and text ---------------------------------------------- */

void plan_check_empty_objective(plan_check_ctx *x, const plan_plan *p)
{
	const plan_objective *o;

	for (o = p->objectives.head; o; o = o->next)
		if (o->nactions == 0)
			plan_check_report(x, PLAN_CHECK_EMPTY_OBJECTIVE, &o->id_loc,
					  "objective %s has no action", o->id);
}

void plan_check_no_deadline(plan_check_ctx *x, const plan_action *a)
{
	if (a->due || a->reviews.head || plan_action_is_closed(a) ||
	    (a->unread & (PLAN_UNREAD(PLAN_WORD_DUE) | PLAN_UNREAD(PLAN_WORD_REVIEW) |
			  PLAN_UNREAD(PLAN_WORD_DECISION))))
		return;
	if (a->tbc)
		plan_check_report(x, PLAN_CHECK_NO_DEADLINE, &a->tbc->loc,
				  "action %s has no deadline yet: \"%s\" is a placeholder, not a date; write "
				  "the date when it is known (due 2026-03), or a review point (review quarterly)",
				  NAME(a), a->tbc->written);
	else
		plan_check_report(x, PLAN_CHECK_NO_DEADLINE, &a->id_loc,
				  "action %s has neither a deadline (due) nor a review point", NAME(a));
}

void plan_check_empty_update(plan_check_ctx *x, const plan_action *a)
{
	const plan_update *u;

	for (u = a->updates.head; u; u = u->next)
		if (!u->text[0])
			plan_check_report(x, PLAN_CHECK_EMPTY_UPDATE, &u->loc,
					  "update of action %s has no text", NAME(a));
}

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

void plan_check_prepare(plan_check_ctx *x)
{
	index_remnants(x->remnant_first, 0);
	index_remnants(x->remnant_second, 1);
}

/*
 * The first remnant of the list found in s (and *len), at its first place,
 * or NULL.  One pass: a place is tried only for the remnants that start
 * with its two bytes (x's tables from index_remnants), which few places do.
 */
static const char *remnant(const plan_check_ctx *x, const char *s, size_t *len)
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

static void placeholder_in(plan_check_ctx *x, const char *text, const plan_loc *at,
			   const char *what, const char *id)
{
	size_t len = 0;
	const char *r;
	plan_loc l;

	if (!text || !(r = remnant(x, text, &len)))
		return;
	l = narrow(at, r, len);
	plan_check_report(x, PLAN_CHECK_PLACEHOLDER, &l, "%s of action %s contains the placeholder \"%.*s\"",
			  what, id, (int)len, r);
}

void plan_check_placeholder(plan_check_ctx *x, const plan_action *a)
{
	const plan_lead *l;
	const plan_update *u;
	const plan_text *t;
	const plan_when *w;

	placeholder_in(x, a->title, &a->title_loc, "the title", NAME(a));
	for (l = a->leads.head; l; l = l->next)
		if (!plan_lead_is_placeholder(l->text))
			placeholder_in(x, l->text, &l->loc, "a lead", NAME(a));
	if (a->due)
		placeholder_in(x, a->due->note, &a->due->loc, "the deadline's note", NAME(a));
	for (w = a->reviews.head; w; w = w->next)
		placeholder_in(x, w->note, &w->loc, "a review point's note", NAME(a));
	for (t = a->notes.head; t; t = t->next)
		placeholder_in(x, t->text, &t->loc, "a note", NAME(a));
	for (u = a->updates.head; u; u = u->next)
		if (u->text[0])
			placeholder_in(x, u->text, &u->loc, "an update", NAME(a));
}

/* ---- measures --------------------------------------------------------- */

/* Whose measure it is, for messages: "objective O1", "action A1.1". */
typedef struct measure_owner {
	const char *kind;
	const char *id;
	int closed;                 /* an action that a decision closed */
} measure_owner;

typedef void (*measure_fn)(plan_check_ctx *x, const plan_measure *m, const measure_owner *o);

/*
 * Calls fn on each measure of plan p: its objectives', then its actions',
 * with x->action set meanwhile, so that findings about an action's
 * measure carry its id, as those of the checks of actions do.
 */
static void each_measure(plan_check_ctx *x, const plan_plan *p, measure_fn fn)
{
	const plan_objective *ob;
	const plan_action *a;
	const plan_measure *m;
	const plan_action *was = x->action;
	measure_owner o = { "objective", NULL, 0 };

	for (ob = p->objectives.head; ob; ob = ob->next) {
		o.id = ob->id;
		for (m = ob->measures.head; m; m = m->next)
			fn(x, m, &o);
	}
	o.kind = "action";
	for (a = p->actions.head; a; a = a->next) {
		if (!a->measures.head)
			continue;
		o.id = a->id;
		o.closed = plan_action_is_closed(a);
		x->action = a;
		for (m = a->measures.head; m; m = m->next)
			fn(x, m, &o);
	}
	x->action = was;
}

/* The line l starts on; 0 when no more diagnostics are kept (it would not be shown). */
static size_t line_of(const plan_check_ctx *x, const plan_loc *l)
{
	size_t line = 0, col;

	if (!plan_diags_full(&x->set->diags))
		plan_source_linecol((plan_source *)l->src, l->span.start, &line, &col);
	return line;
}

static void figure_problems(plan_check_ctx *x, const plan_measure *m, const measure_owner *o)
{
	const plan_figure *lists[4] = { m->baselines.head, m->targets.head, m->milestones.head,
					m->actuals.head };
	const plan_figure *f, *b = plan_measure_baseline(m);
	char msg[1024], name[128], v[128], bv[128];
	int i;

	/* Most measures have no figure: this check then costs nothing. */
	if (!m->nstray && !m->baselines.head && !m->targets.head && !m->milestones.head &&
	    !m->actuals.head)
		return;
	plan_measure_name(name, sizeof(name), m->text);
	if (m->nstray) {
		plan_loc l = { m->loc.src, m->stray };
		char more[64] = "";
		if (m->nstray > 1)
			snprintf(more, sizeof(more), " (and %zu more line%s like it)", m->nstray - 1,
				 m->nstray == 2 ? "" : "s");
		plan_check_report(x, PLAN_CHECK_MEASURE_FIGURE, &l,
				  "this line is read as text of the measure on line %zu, because it is indented "
				  "deeper than that line%s: to make it a figure of the measure, indent it as the "
				  "measure is", line_of(x, &m->loc), more);
	}
	for (i = 0; i < 4; i++)
		for (f = lists[i]; f; f = f->next) {
			plan_loc l = { f->loc.src, f->at };
			if (f->problem == PLAN_FIGURE_BAD_DATE)
				continue;       /* a syntax error says so */
			if (f->problem != PLAN_FIGURE_OK) {
				plan_figure_problem_text(msg, sizeof(msg), f);
				plan_check_report(x, PLAN_CHECK_MEASURE_FIGURE, &l, "%s", msg);
				continue;
			}
			if (f->kind == PLAN_FIGURE_BASELINE && f != m->baselines.head) {
				plan_check_report(x, PLAN_CHECK_MEASURE_FIGURE, &f->loc,
						  "measure \"%s\" (%s %s) has a baseline already, on line %zu: a "
						  "measure has one baseline; a figure measured since is an actual",
						  name, o->kind, o->id, line_of(x, &m->baselines.head->loc));
				continue;
			}
			if (f->change && !b) {
				plan_figure_format(v, sizeof(v), m, f);
				plan_check_report(x, PLAN_CHECK_MEASURE_FIGURE, &l,
						  "the %s %s is a change against the baseline, and measure \"%s\" "
						  "(%s %s) has none: add a line such as \"baseline 2006/07 5 panels\" "
						  "after the measure", plan_figure_kind_name(f->kind), v, name, o->kind,
						  o->id);
				continue;
			}
			if (b && f != b && !f->change && f->percent != b->percent) {
				plan_figure_format(v, sizeof(v), m, f);
				plan_figure_format(bv, sizeof(bv), m, b);
				plan_check_report(x, PLAN_CHECK_MEASURE_FIGURE, &l,
						  "this %s (%s) is %sa percentage and the baseline of measure \"%s\" "
						  "(%s, line %zu) is %s: write the figures of a measure in the same terms",
						  plan_figure_kind_name(f->kind), v, f->percent ? "" : "not ", name, bv,
						  line_of(x, &b->loc), f->percent ? "not" : "one");
			}
		}
}

void plan_check_measure_figure(plan_check_ctx *x, const plan_plan *p)
{
	each_measure(x, p, figure_problems);
}

static void future_actuals(plan_check_ctx *x, const plan_measure *m, const measure_owner *o)
{
	const plan_figure *f;
	char name[128], when[64];

	for (f = m->actuals.head; f; f = f->next) {
		if (!f->has_date || first_day(&f->date) <= x->opt->today)
			continue;
		plan_measure_name(name, sizeof(name), m->text);
		plan_date_human(when, sizeof(when), &f->date);
		plan_check_report(x, PLAN_CHECK_FUTURE_ACTUAL, &f->loc,
				  "actual of measure \"%s\" (%s %s) is dated %s, after today", name, o->kind,
				  o->id, when);
	}
}

void plan_check_future_actual(plan_check_ctx *x, const plan_plan *p)
{
	each_measure(x, p, future_actuals);
}

/*
 * Whether m has an actual that reports on a period ending on day end: one
 * whose own period ends then or later.  An actual whose date is invalid
 * counts (its syntax error is the one message about that line).
 */
static int reported(const plan_measure *m, long end)
{
	const plan_figure *a;

	for (a = m->actuals.head; a; a = a->next)
		if (!a->has_date || last_day(&a->date) >= end)
			return 1;
	return 0;
}

static void missing_actuals(plan_check_ctx *x, const plan_measure *m, const measure_owner *o)
{
	const plan_figure *t;
	char name[128], when[64], value[128], written[64];
	long late;

	if (o->closed || plan_is_closed(x->plan))
		return;
	for (t = m->targets.head; t; t = t->next) {
		if (!t->has_date || (late = x->opt->today - last_day(&t->date)) <= 0 ||
		    reported(m, last_day(&t->date)))
			continue;
		plan_measure_name(name, sizeof(name), m->text);
		plan_date_human(when, sizeof(when), &t->date);
		value[0] = '\0';
		if (t->problem == PLAN_FIGURE_OK) {
			plan_figure_format(value, sizeof(value) - 4, m, t);
			strcat(value, " by");
		}
		snprintf(written, sizeof(written), "%.*s", (int)(t->date_span.end - t->date_span.start),
			 t->loc.src->buf + t->date_span.start);
		plan_check_report(x, PLAN_CHECK_MISSING_ACTUAL, &t->loc,
				  "the target of measure \"%s\" (%s %s), %s%s%s, passed %ld day%s ago with no "
				  "actual reported on it: add a line \"actual %s\" and the figure after the measure",
				  name, o->kind, o->id, value, value[0] ? " " : "", when, late, plural(late), written);
	}
}

void plan_check_missing_actual(plan_check_ctx *x, const plan_plan *p)
{
	each_measure(x, p, missing_actuals);
}

static void off_targets(plan_check_ctx *x, const plan_measure *m, const measure_owner *o)
{
	const plan_figure *a, *t;
	char name[128], av[128], tv[128], aw[64], tw[64];
	int below;

	if (o->closed || plan_is_closed(x->plan) || !(a = plan_measure_latest(m)) ||
	    !(t = plan_measure_due(m, a)) || plan_figure_meets(m, t, a) != 0)
		return;
	below = plan_figure_direction(m, t) == PLAN_BOUND_AT_LEAST;
	plan_measure_name(name, sizeof(name), m->text);
	plan_figure_format(av, sizeof(av), m, a);
	plan_figure_format(tv, sizeof(tv), m, t);
	plan_date_human(aw, sizeof(aw), &a->date);
	plan_date_human(tw, sizeof(tw), &t->date);
	plan_check_report(x, PLAN_CHECK_MEASURE_OFF_TARGET, &a->loc,
			  "the latest actual of measure \"%s\" (%s %s), %s for %s, is %s its %s of %s for %s "
			  "(line %zu)", name, o->kind, o->id, av, aw, below ? "below" : "above",
			  plan_figure_kind_name(t->kind), tv, tw, line_of(x, &t->loc));
}

void plan_check_measure_off_target(plan_check_ctx *x, const plan_plan *p)
{
	each_measure(x, p, off_targets);
}

/* ---- files ------------------------------------------------------------ */

static const char *const bidi_names[] = {
	"LEFT-TO-RIGHT EMBEDDING", "RIGHT-TO-LEFT EMBEDDING", "POP DIRECTIONAL FORMATTING",
	"LEFT-TO-RIGHT OVERRIDE", "RIGHT-TO-LEFT OVERRIDE", "LEFT-TO-RIGHT ISOLATE",
	"RIGHT-TO-LEFT ISOLATE", "FIRST STRONG ISOLATE", "POP DIRECTIONAL ISOLATE",
};

/* Every bidirectional control in a file, comments included. */
void plan_check_bidi_control(plan_check_ctx *x, const plan_source *src)
{
	const char *b = src->buf, *hit;
	size_t i = 0;

	while (i < src->len && (hit = memchr(b + i, 0xE2, src->len - i)) != NULL) {
		const unsigned char *u = (const unsigned char *)hit;
		i = (size_t)(hit - b);
		if (plan_unsafe_len(b, i, src->len) == 3) {
			int cp = (u[1] == 0x80 ? 0x2000 : 0x2040) + (u[2] & 0x3F);
			plan_loc l = { src, { i, i + 3 } };
			plan_check_report(x, PLAN_CHECK_BIDI_CONTROL, &l,
					  "U+%04X (%s) can make this line display otherwise than it reads; remove it",
					  cp, bidi_names[cp >= 0x2066 ? cp - 0x2066 + 5 : cp - 0x202A]);
			i += 3;
		} else {
			i++;
		}
	}
}

void plan_check_large_file(plan_check_ctx *x, const plan_source *src)
{
	plan_loc l = { src, { 0, 0 } };

	if (src->len > PLAN_LARGE_FILE_SIZE)
		plan_check_report(x, PLAN_CHECK_LARGE_FILE, &l,
				  "this file is %zu KiB: planlog reads the history of files over "
				  PLAN_LARGE_FILE_SIZE_TEXT " slowly; split it with include",
				  (src->len + 1023) / 1024);
}

void plan_action_state_at(const plan_action *a, long today, plan_action_state *st)
{
	const plan_when *w, *rhythm;
	const plan_decision *by;
	long end, clock;

	memset(st, 0, sizeof(*st));
	st->closed = plan_action_is_closed(a) || plan_is_closed(a->plan);
	st->last = latest_update(a);
	if (effective_end(a, &end, &w, &by)) {
		st->when = w;
		st->deadline = by ? &by->into : when_end(w);
		st->deadline_day = end;
		if (overdue_judged(a) && today > end)
			st->days_overdue = today - end;
	}
	if (stale_judged(a) && stale_clock(a, st->last, &clock)) {
		st->judged = 1;
		st->stale_from = clock + allowed_days(a->plan, a, &rhythm) + 1;
		st->stale = today >= st->stale_from;
	}
}
