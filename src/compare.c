/*
 * compare.c - the rules between HEAD and what is staged.
 *
 * Actions are matched by id across all files, so moving an action, or its
 * updates, to another file changes nothing.  A dated update is matched by
 * its date and content (text, RAG, author) among the updates of the same
 * action; an old one with no match is a rewrite (another update of that
 * date is there) or a deletion.  Undated updates have no identity to
 * keep and are not compared.  In a merge, a difference that the merged
 * commit already had came from it, not from this commit.
 */
#include "check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cmp {
	plan_set *now;
	const plan_set *other;      /* the merged commit's plans, or NULL */
	const plan_check_options *opt;
};


/*
 * Reports at `at`, or, when at is NULL (nothing of it is left staged),
 * about the file path.  p is the plan whose settings apply, or NULL.
 */
__attribute__((format(printf, 6, 7)))
static void report(struct cmp *c, plan_check_id id, const plan_plan *p, const plan_loc *at,
		   const char *path, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	int sev = plan_check_severity(c->opt, p, id);
	int rewrite = id == PLAN_CHECK_REWRITTEN_UPDATE || id == PLAN_CHECK_REMOVED_ACTION;

	if (sev < 0)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (rewrite && c->opt->allow_rewrite)
		sev = PLAN_SEV_NOTE;
	if (at)
		plan_diag_add(&c->now->diags, (plan_severity)sev, plan_checks[id].name, at->src,
			      at->span, "%s%s", sev == PLAN_SEV_NOTE && rewrite ?
			      "let through (--allow-rewrite): " : "", msg);
	else
		plan_diag_file(&c->now->diags, (plan_severity)sev, plan_checks[id].name, path,
			       "%s%s", sev == PLAN_SEV_NOTE && rewrite ?
			       "let through (--allow-rewrite): " : "", msg);
}

static void where(char *buf, size_t size, const plan_loc *l)
{
	size_t line, col;
	plan_source_linecol((plan_source *)l->src, l->span.start, &line, &col);
	snprintf(buf, size, "%s:%zu", l->src->path, line);
}

/* Updates of old that now has no longer, as they were. */
static void compare_updates(struct cmp *c, const plan_action *old, const plan_action *now,
			    const plan_action *other)
{
	const plan_update *u, *v;
	char *taken = calloc(now->updates.count + 1, 1);   /* now's updates already matched */
	size_t i;

	if (!taken) {
		c->now->diags.oom = 1;
		return;
	}
	for (u = old->updates.head; u; u = u->next) {
		const plan_update *same_day = NULL;
		char date[32], was[300];
		int found = 0;

		if (!u->has_date)
			continue;
		for (v = now->updates.head, i = 0; v; v = v->next, i++) {
			if (taken[i])
				continue;
			if (plan_update_same(u, v)) {
				taken[i] = 1;
				found = 1;
				break;
			}
			if (v->has_date && plan_date_equal(&u->date, &v->date) && !same_day)
				same_day = v;
		}
		/* Changed or deleted in the merged commit: that commit's doing. */
		if (found || (c->other && !plan_action_has_update(other, u)))
			continue;
		plan_date_human(date, sizeof(date), &u->date);
		where(was, sizeof(was), &u->loc);
		if (same_day)
			report(c, PLAN_CHECK_REWRITTEN_UPDATE, now->plan, &same_day->loc, NULL,
			       "the update of %s dated %s was changed after it was committed (was at %s "
			       "in HEAD): committed updates are history; add a new dated update instead",
			       now->id, date, was);
		else
			report(c, PLAN_CHECK_REWRITTEN_UPDATE, now->plan, &now->id_loc, NULL,
			       "the update of %s dated %s, committed at %s, was deleted: committed "
			       "updates are history; add a new dated update instead", now->id, date, was);
	}
	free(taken);
}

/* Whether now has a dated update that old did not have. */
static int has_new_update(const plan_action *old, const plan_action *now)
{
	const plan_update *u, *v;

	for (v = now->updates.head; v; v = v->next) {
		if (!v->has_date)
			continue;
		for (u = old->updates.head; u && !plan_update_same(u, v); u = u->next)
			;
		if (!u)
			return 1;
	}
	return 0;
}

int plan_compare(const plan_set *old, const plan_set *other, plan_set *now,
		 const plan_check_options *opt)
{
	struct cmp c;
	const plan_plan *p;

	c.now = now;
	c.other = other;
	c.opt = opt;
	for (p = old->plans.head; p; p = p->next) {
		const plan_action *a;
		for (a = p->actions.head; a; a = a->next) {
			const plan_named *n = plan_set_find(now, a->id);
			const plan_action *b = n && n->kind == PLAN_KIND_ACTION ? n->obj : NULL;
			const plan_action *o = plan_set_action(other, a->id);
			char was[300];

			where(was, sizeof(was), &a->loc);
			if (!b) {
				if (plan_action_is_closed(a) || (other && !o))
					continue;
				/* Gone: reported at its plan when that is still there. */
				n = plan_set_find(now, p->id);
				if (n && n->kind == PLAN_KIND_PLAN)
					report(&c, PLAN_CHECK_REMOVED_ACTION, n->obj,
					       &((const plan_plan *)n->obj)->id_loc, NULL,
					       "action %s (%s in HEAD) was removed without a complete or remove "
					       "decision: record the decision instead of deleting it", a->id, was);
				else
					report(&c, PLAN_CHECK_REMOVED_ACTION, NULL, NULL, a->loc.src->path,
					       "action %s (%s in HEAD) was removed without a complete or remove "
					       "decision: record the decision instead of deleting it", a->id, was);
				continue;
			}
			if (strcmp(a->title, b->title) != 0 && !(o && strcmp(o->title, b->title) == 0))
				report(&c, PLAN_CHECK_RETITLED_ID, b->plan, &b->id_loc, NULL,
				       "id %s now names \"%.60s\", which in HEAD was \"%.60s\": give a new "
				       "action a new id", b->id, b->title, a->title);
			if (!plan_when_same(a->due, b->due) && !has_new_update(a, b) && !(o && plan_when_same(o->due, b->due)))
				report(&c, PLAN_CHECK_MOVED_DEADLINE, b->plan, b->due ? &b->due->loc : &b->id_loc, NULL,
				       "the deadline of %s moved from %s to %s with no dated update saying why",
				       b->id, a->due ? a->due->written : "none", b->due ? b->due->written : "none");
			compare_updates(&c, a, b, o);
		}
	}
	return now->diags.oom ? -1 : 0;
}
