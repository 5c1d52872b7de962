/*
 * compare.c - the rules between a commit's plans and its parents'
 * (compare.h).
 *
 * Actions are matched by id across all files, so moving an action, or its
 * updates, to another file changes nothing.  A dated update is matched by
 * its date and content (RAG, author, text) by meaning (plan_update_same),
 * through a ledger per set: every dated update, found by its action's id
 * and its content in a hash map, so that an action with many updates
 * costs time in proportion to them.  Undated updates have no identity to
 * keep and are not compared.
 *
 * Each rule is a check of scope STAGED, called for each action of the
 * parent judged (the side): of the first parent, every committed update
 * and action must be kept; of a merged parent, what it added since its
 * merge base.  A loss is excused when a merged parent (another one than
 * the side) made that same change itself since its own base.  The plan
 * whose settings apply is the new one of the same action, or, for an
 * action that is gone, the new plan of the same id.
 */
#include "compare.h"
#include "check_int.h"
#include "alloc.h"
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* One dated update, and its action. */
typedef struct entry {
	const plan_action *a;
	const plan_update *u;
} entry;

/* Every dated update of a set. */
typedef struct ledger {
	const plan_set *set;
	entry *v;
	unsigned char *taken;      /* matched already, while one side is judged */
	size_t n, cap;
	plan_map map;
} ledger;

struct plan_compare {
	const plan_parent *parents;
	size_t nparents;
	size_t side;               /* the parent judged */
	const plan_set *from;      /* its plans */
	ledger now;
	ledger *plans, *bases;     /* by parent; bases[0] is empty */
};

static uint64_t entry_hash(const plan_action *a, const plan_update *u)
{
	return plan_update_hash(u) ^ plan_hash(&a, sizeof(a));
}

static int ledger_fill(ledger *l, const plan_set *set)
{
	const plan_plan *p;
	const plan_action *a;
	const plan_update *u;
	size_t i;

	l->set = set;
	if (!set)
		return PLAN_OK;
	for (p = set->plans.head; p; p = p->next)
		for (a = p->actions.head; a; a = a->next)
			for (u = a->updates.head; u; u = u->next) {
				if (!u->has_date)
					continue;
				if (PLAN_GROW(l->v, l->cap, l->n + 1) < 0)
					return PLAN_ENOMEM;
				l->v[l->n].a = a;
				l->v[l->n++].u = u;
			}
	if (!(l->taken = plan_calloc(l->n + 1, 1)))
		return PLAN_ENOMEM;
	for (i = 0; i < l->n; i++)
		if (plan_map_put(&l->map, entry_hash(l->v[i].a, l->v[i].u), i) < 0)
			return PLAN_ENOMEM;
	return PLAN_OK;
}

static void ledger_free(ledger *l)
{
	plan_free(l->v);
	plan_free(l->taken);
	plan_map_free(&l->map);
}

/*
 * The index of an update of action a (of l's set; NULL: none) that is the
 * same as u, and, when take, not taken yet (it then is); PLAN_MAP_NONE
 * when there is none.
 */
static size_t ledger_find(ledger *l, const plan_action *a, const plan_update *u, int take)
{
	size_t it, i;
	uint64_t h = entry_hash(a, u);

	if (!a)
		return PLAN_MAP_NONE;
	for (i = plan_map_first(&l->map, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&l->map, h, &it))
		if ((!take || !l->taken[i]) && l->v[i].a == a && plan_update_same(l->v[i].u, u)) {
			if (take)
				l->taken[i] = 1;
			return i;
		}
	return PLAN_MAP_NONE;
}

/* The action of l's set (or of set) that is action a of the side judged. */
static const plan_action *same(const struct plan_compare *c, const plan_set *set, const plan_action *a)
{
	return plan_set_action_of(set, a, c->from);
}

/* Whether l's set has the action that is a (of the side judged) with update u. */
static int ledger_has(const struct plan_compare *c, ledger *l, const plan_action *a, const plan_update *u)
{
	return ledger_find(l, same(c, l->set, a), u, 0) != PLAN_MAP_NONE;
}

/* Whether the side judged added u (of its action a) itself: the first parent holds it as committed. */
static int side_added(const struct plan_compare *c, const plan_action *a, const plan_update *u)
{
	return c->side == 0 || !ledger_has(c, &c->bases[c->side], a, u);
}

/* Whether a merged parent other than the side dropped u (of action a) since its base. */
static int dropped_elsewhere(const struct plan_compare *c, const plan_action *a, const plan_update *u)
{
	size_t j;

	for (j = 1; j < c->nparents; j++)
		if (j != c->side && ledger_has(c, &c->bases[j], a, u) && !ledger_has(c, &c->plans[j], a, u))
			return 1;
	return 0;
}

/* Whether a merged parent other than the side removed action a since its base. */
static int removed_elsewhere(const struct plan_compare *c, const plan_action *a)
{
	size_t j;

	for (j = 1; j < c->nparents; j++)
		if (j != c->side && same(c, c->parents[j].base, a) && !same(c, c->parents[j].plans, a))
			return 1;
	return 0;
}

/* ---- messages ----------------------------------------------------------- */

/* The advice after a rewrite: the first way forward. */
#define HISTORY "committed updates are history: restore it"
#define DECIDE "record the decision instead of deleting the action"

/* How a real correction goes through, after "or, ". */
static const char *correction(const plan_check_ctx *x)
{
	return x->opt->range ?
		"for a real correction, say why in that commit's message with a trailer "
		"\"Plan-Allow-Rewrite: WHY\"" :
		"for a real correction, commit with "
		"PLAN_ALLOW_REWRITE=1 git commit --trailer \"Plan-Allow-Rewrite: WHY\"";
}

/* plan_check_emitv with the arguments given here. */
__attribute__((format(printf, 7, 8)))
static void emit(plan_check_ctx *x, plan_check_id id, int sev, const plan_loc *at, const char *path,
		 const char *prefix, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	plan_check_emitv(x, id, sev, at, path, prefix, fmt, ap);
	va_end(ap);
}

/*
 * Reports a rewrite (rewritten-update or removed-action) at `at`, or about
 * the file path when at is NULL, followed by advice, the ways forward;
 * when rewrites are allowed it is let through, as a note that says so and
 * why.
 */
__attribute__((format(printf, 6, 7)))
static void rewrite(plan_check_ctx *x, plan_check_id id, const plan_loc *at, const char *path,
		    const char *advice, const char *fmt, ...)
{
	va_list ap;
	char prefix[200], msg[1200];
	int sev = plan_check_severity(x, id);

	if (sev < 0)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	plan_utf8_trim(msg);
	if (x->opt->allow_rewrite) {
		snprintf(prefix, sizeof(prefix), "let through (%.160s): ",
			 x->opt->allow_reason ? x->opt->allow_reason : "--allow-rewrite");
		plan_utf8_trim(prefix);
		emit(x, id, PLAN_SEV_NOTE, at, path, prefix, "%s", msg);
	} else {
		emit(x, id, sev, at, path, "", "%s; %s, or, %s", msg, advice, correction(x));
	}
}

/*
 * Reads text as plan_text_same compares it: each run of blanks one space,
 * none at either end.
 */
typedef struct squeezed {
	const char *s;
} squeezed;

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void squeeze_start(squeezed *q, const char *s)
{
	while (is_blank(*s))
		s++;
	q->s = s;
}

/* The next byte, or 0 at the end. */
static char squeeze_next(squeezed *q)
{
	if (is_blank(*q->s)) {
		while (is_blank(*q->s))
			q->s++;
		return *q->s ? ' ' : 0;
	}
	return *q->s ? *q->s++ : 0;
}

/*
 * Up to 48 bytes of s as squeezed from about byte `from` of it, quoted,
 * into buf: where a text changed.
 */
static void excerpt(char *buf, size_t size, const char *s, size_t from)
{
	char part[64];
	size_t start = from > 16 ? from - 16 : 0, i = 0, n = 0;
	squeezed q;
	char c;

	int word = start == 0;

	squeeze_start(&q, s);
	while (n < 48 && (c = squeeze_next(&q))) {
		/* Start at a word, before the change if there is one there. */
		if (i++ < start || (!word && i <= from)) {
			word |= i > start && c == ' ';
			continue;
		}
		if (n == 0 && ((unsigned char)c & 0xC0) == 0x80)
			continue;
		part[n++] = c;
	}
	part[n] = '\0';
	plan_utf8_trim(part);
	snprintf(buf, size, "\"%s%s%s\"", start ? "..." : "", part,
		 n == 48 && squeeze_next(&q) ? "..." : "");
}

/*
 * What differs between the updates was and now (of one date), for a
 * person: "RAG green, now amber; text "...", now "..."".
 */
static void update_diff(char *buf, size_t size, const plan_update *was, const plan_update *now)
{
	size_t at = 0;

	buf[0] = '\0';
	if (was->rag != now->rag)
		at += (size_t)snprintf(buf + at, size - at, "RAG %s, now %s",
				       was->rag ? plan_rag_name(was->rag) : "none",
				       now->rag ? plan_rag_name(now->rag) : "none");
	if (at < size && !plan_text_same(was->author, now->author))
		at += (size_t)snprintf(buf + at, size - at, "%sauthor %.40s, now %.40s", at ? "; " : "",
				       was->author ? was->author : "none", now->author ? now->author : "none");
	if (at < size && !plan_text_same(was->text, now->text)) {
		char ea[80], eb[80], x, y;
		squeezed a, b;
		size_t p = 0;

		squeeze_start(&a, was->text);
		squeeze_start(&b, now->text);
		while ((x = squeeze_next(&a)) && (y = squeeze_next(&b)) && x == y)
			p++;
		excerpt(ea, sizeof(ea), was->text, p);
		excerpt(eb, sizeof(eb), now->text, p);
		snprintf(buf + at, size - at, "%stext %s, now %s", at ? "; " : "", ea, eb);
	}
	plan_utf8_trim(buf);
}

/* Where an old thing was: "p.plan:6 in HEAD". */
static void where_in(char *buf, size_t size, const plan_check_ctx *x, const plan_loc *l)
{
	char at[300];

	plan_check_where(at, sizeof(at), l);
	snprintf(buf, size, "%s in %s%s", at, x->cmp->side ? "the merged commit " : "",
		 x->cmp->parents[x->cmp->side].name);
	plan_utf8_trim(buf);
}

/* ---- the rules ---------------------------------------------------------- */

/* The update of now dated as u is that the side's action old did not have, or NULL. */
static const plan_update *same_day(plan_check_ctx *x, const plan_action *old, const plan_action *now,
				   const plan_update *u)
{
	struct plan_compare *c = x->cmp;
	const plan_update *v;

	for (v = now->updates.head; v; v = v->next)
		if (v->has_date && plan_date_equal(&u->date, &v->date) &&
		    ledger_find(&c->plans[c->side], old, v, 0) == PLAN_MAP_NONE)
			return v;
	return NULL;
}

void plan_check_rewritten_update(plan_check_ctx *x, const plan_action *old)
{
	struct plan_compare *c = x->cmp;
	const plan_action *now = same(c, x->set, old);
	const plan_update *u, *v;
	char date[32], was[400], diff[400], name[300];

	/* An action gone is removed-action's, unless a merged parent wrote
	 * to it: what it wrote is lost with it. */
	if (!now && (c->side == 0 || !same(c, c->parents[c->side].base, old)))
		return;
	plan_action_ref(now ? x->set : c->from, now ? now : old, name, sizeof(name));
	for (u = old->updates.head; u; u = u->next) {
		if (!u->has_date || !side_added(c, old, u) ||
		    (now && ledger_find(&c->now, now, u, 1) != PLAN_MAP_NONE) ||
		    dropped_elsewhere(c, old, u))
			continue;
		plan_date_human(date, sizeof(date), &u->date);
		where_in(was, sizeof(was), x, &u->loc);
		if (!now)
			rewrite(x, PLAN_CHECK_REWRITTEN_UPDATE, NULL, old->loc.src->path, "keep the action",
				"the update of %s dated %s (%s) is lost: its action is gone from the merge",
				name, date, was);
		else if ((v = same_day(x, old, now, u))) {
			update_diff(diff, sizeof(diff), u, v);
			rewrite(x, PLAN_CHECK_REWRITTEN_UPDATE, &v->loc, NULL, HISTORY,
				"the update of %s dated %s was changed after it was committed (was at %s): "
				"%s", name, date, was, diff);
		} else {
			rewrite(x, PLAN_CHECK_REWRITTEN_UPDATE, &now->id_loc, NULL, HISTORY,
				"the update of %s dated %s, committed at %s, was deleted", name, date, was);
		}
	}
}

void plan_check_removed_action(plan_check_ctx *x, const plan_action *old)
{
	struct plan_compare *c = x->cmp;
	const plan_named *n;
	char was[400], name[300];

	if (same(c, x->set, old) || plan_action_is_closed(old) ||
	    (c->side && same(c, c->parents[c->side].base, old)) || removed_elsewhere(c, old))
		return;
	where_in(was, sizeof(was), x, &old->loc);
	plan_action_ref(c->from, old, name, sizeof(name));
	/* Gone: reported at its plan when that is still there. */
	n = plan_set_find_in(x->set, NULL, old->plan->id);
	if (n)
		rewrite(x, PLAN_CHECK_REMOVED_ACTION, &((const plan_plan *)n->obj)->id_loc, NULL,
			DECIDE, "action %s (%s) was removed without a complete or remove decision",
			name, was);
	else
		rewrite(x, PLAN_CHECK_REMOVED_ACTION, NULL, old->loc.src->path, DECIDE,
			"action %s (%s) was removed without a complete or remove decision", name, was);
}

/* Whether a merged parent changed action now (of the set checked) to what it is, since its base. */
static int changed_by_merge(const plan_check_ctx *x, const plan_action *now,
			    int (*alike)(const plan_action *, const plan_action *))
{
	const struct plan_compare *c = x->cmp;
	size_t j;

	for (j = 1; j < c->nparents; j++) {
		const plan_action *t = plan_set_action_of(c->parents[j].plans, now, x->set);
		const plan_action *b = plan_set_action_of(c->parents[j].base, now, x->set);
		if (t && alike(t, now) && !(b && alike(b, t)))
			return 1;
	}
	return 0;
}

static int same_title(const plan_action *a, const plan_action *b)
{
	return plan_text_same(a->title, b->title);
}

static int same_due(const plan_action *a, const plan_action *b)
{
	return plan_when_same(a->due, b->due);
}

void plan_check_retitled_id(plan_check_ctx *x, const plan_action *old)
{
	const plan_action *now = same(x->cmp, x->set, old);
	char name[300];

	if (x->cmp->side == 0 && now && !same_title(old, now) && !changed_by_merge(x, now, same_title))
		plan_check_report(x, PLAN_CHECK_RETITLED_ID, &now->id_loc,
				  "id %s now names \"%.60s\", which in %s was \"%.60s\": give a new "
				  "action a new id", plan_action_ref(x->set, now, name, sizeof(name)),
				  now->title, x->cmp->parents[0].name, old->title);
}

/* Whether now has a dated update that the first parent's action old did not have. */
static int has_new_update(plan_check_ctx *x, const plan_action *old, const plan_action *now)
{
	const plan_update *v;

	for (v = now->updates.head; v; v = v->next)
		if (v->has_date && ledger_find(&x->cmp->plans[0], old, v, 0) == PLAN_MAP_NONE)
			return 1;
	return 0;
}

void plan_check_moved_deadline(plan_check_ctx *x, const plan_action *old)
{
	const plan_action *now = same(x->cmp, x->set, old);
	char name[300], from[80] = "none", to[80] = "none";

	if (x->cmp->side == 0 && now && !same_due(old, now) && !has_new_update(x, old, now) &&
	    !changed_by_merge(x, now, same_due)) {
		if (old->due)
			plan_when_human(from, sizeof(from), old->due);
		if (now->due)
			plan_when_human(to, sizeof(to), now->due);
		plan_check_report(x, PLAN_CHECK_MOVED_DEADLINE, now->due ? &now->due->loc : &now->id_loc,
				  "the deadline of %s moved from %s to %s with no dated update saying why",
				  plan_action_ref(x->set, now, name, sizeof(name)), from, to);
	}
}

int plan_compare(const plan_parent *parents, size_t nparents, plan_set *now,
		 const plan_check_options *opt)
{
	struct plan_compare c;
	plan_check_ctx x;
	const plan_plan *p;
	const plan_action *a;
	size_t i;
	int rc = PLAN_OK;

	memset(&c, 0, sizeof(c));
	memset(&x, 0, sizeof(x));
	c.parents = parents;
	c.nparents = nparents;
	x.set = now;
	x.opt = opt;
	x.cmp = &c;
	if (plan_check_settings(now) < 0 ||
	    !(c.plans = plan_calloc(nparents, sizeof(*c.plans))) ||
	    !(c.bases = plan_calloc(nparents, sizeof(*c.bases))) ||
	    ledger_fill(&c.now, now) < 0)
		rc = PLAN_ENOMEM;
	for (i = 0; rc == PLAN_OK && i < nparents; i++)
		if (ledger_fill(&c.plans[i], parents[i].plans) < 0 ||
		    ledger_fill(&c.bases[i], i ? parents[i].base : NULL) < 0)
			rc = PLAN_ENOMEM;
	for (c.side = 0; rc == PLAN_OK && c.side < nparents; c.side++) {
		c.from = parents[c.side].plans;
		memset(c.now.taken, 0, c.now.n);
		for (p = c.from->plans.head; p; p = p->next)
			for (a = p->actions.head; a; a = a->next) {
				const plan_action *b = same(&c, now, a);
				const plan_named *n = b ? NULL : plan_set_find_in(now, NULL, p->id);

				plan_check_use(&x, b ? b->plan : n ? n->obj : NULL);
				x.action = b ? b : a;      /* what findings are about */
				plan_check_run_scope(&x, PLAN_SCOPE_STAGED, a);
			}
		x.action = NULL;
	}
	for (i = 0; c.plans && i < nparents; i++)
		ledger_free(&c.plans[i]);
	for (i = 0; c.bases && i < nparents; i++)
		ledger_free(&c.bases[i]);
	ledger_free(&c.now);
	plan_free(c.plans);
	plan_free(c.bases);
	return rc < 0 || now->diags.oom ? plan_error_oom() : PLAN_OK;
}
