/*
 * compare.c - the rules between HEAD and what is staged (compare.h).
 *
 * Actions are matched by id across all files, so moving an action, or its
 * updates, to another file changes nothing.  A dated update is matched by
 * its date and content (text, RAG, author) among the updates of the same
 * action; an old one with no match is a rewrite (another update of that
 * date is there) or a deletion.  Undated updates have no identity to
 * keep and are not compared.  In a merge, a difference that the merged
 * commit already had came from it, not from this commit.
 *
 * Each rule is a check of scope STAGED (check.h), called for each action
 * of HEAD; the plan whose settings apply is the staged one of the same
 * action, or, for an action that is gone, the staged plan of the same id.
 */
#include "compare.h"
#include "check_int.h"
#include "alloc.h"
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* The staged action of old's id, or NULL. */
static const plan_action *now_of(const plan_check_ctx *x, const plan_action *old)
{
	return plan_set_action(x->set, old->id);
}

/*
 * Reports a rewrite (rewritten-update or removed-action) at `at`, or about
 * the file path when at is NULL; with --allow-rewrite it is let through,
 * as a note that says so.
 */
__attribute__((format(printf, 5, 6)))
static void rewrite(plan_check_ctx *x, plan_check_id id, const plan_loc *at, const char *path,
		    const char *fmt, ...)
{
	va_list ap;
	int sev = plan_check_severity(x, id);

	if (sev < 0)
		return;
	va_start(ap, fmt);
	if (x->opt->allow_rewrite)
		plan_check_emitv(x, id, PLAN_SEV_NOTE, at, path, "let through (--allow-rewrite): ", fmt, ap);
	else
		plan_check_emitv(x, id, sev, at, path, "", fmt, ap);
	va_end(ap);
}

void plan_check_rewritten_update(plan_check_ctx *x, const plan_action *old)
{
	const plan_action *now = now_of(x, old), *other = plan_set_action(x->other, old->id);
	const plan_update *u, *v;
	char *taken;   /* now's updates already matched */
	size_t i;

	if (!now)
		return;
	if (!(taken = plan_calloc(now->updates.count + 1, 1))) {
		x->set->diags.oom = 1;
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
		if (found || (x->other && !plan_action_has_update(other, u)))
			continue;
		plan_date_human(date, sizeof(date), &u->date);
		plan_check_where(was, sizeof(was), &u->loc);
		if (same_day)
			rewrite(x, PLAN_CHECK_REWRITTEN_UPDATE, &same_day->loc, NULL,
				"the update of %s dated %s was changed after it was committed (was at %s "
				"in HEAD): committed updates are history; add a new dated update instead",
				now->id, date, was);
		else
			rewrite(x, PLAN_CHECK_REWRITTEN_UPDATE, &now->id_loc, NULL,
				"the update of %s dated %s, committed at %s, was deleted: committed "
				"updates are history; add a new dated update instead", now->id, date, was);
	}
	plan_free(taken);
}

void plan_check_removed_action(plan_check_ctx *x, const plan_action *old)
{
	const plan_named *n;
	char was[300];

	if (now_of(x, old) || plan_action_is_closed(old) ||
	    (x->other && !plan_set_action(x->other, old->id)))
		return;
	plan_check_where(was, sizeof(was), &old->loc);
	/* Gone: reported at its plan when that is still there. */
	n = plan_set_find(x->set, old->plan->id);
	if (n && n->kind == PLAN_KIND_PLAN)
		rewrite(x, PLAN_CHECK_REMOVED_ACTION, &((const plan_plan *)n->obj)->id_loc, NULL,
			"action %s (%s in HEAD) was removed without a complete or remove "
			"decision: record the decision instead of deleting it", old->id, was);
	else
		rewrite(x, PLAN_CHECK_REMOVED_ACTION, NULL, old->loc.src->path,
			"action %s (%s in HEAD) was removed without a complete or remove "
			"decision: record the decision instead of deleting it", old->id, was);
}

void plan_check_retitled_id(plan_check_ctx *x, const plan_action *old)
{
	const plan_action *now = now_of(x, old), *o = plan_set_action(x->other, old->id);

	if (now && strcmp(old->title, now->title) != 0 && !(o && strcmp(o->title, now->title) == 0))
		plan_check_report(x, PLAN_CHECK_RETITLED_ID, &now->id_loc,
				  "id %s now names \"%.60s\", which in HEAD was \"%.60s\": give a new "
				  "action a new id", now->id, now->title, old->title);
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

void plan_check_moved_deadline(plan_check_ctx *x, const plan_action *old)
{
	const plan_action *now = now_of(x, old), *o = plan_set_action(x->other, old->id);

	if (now && !plan_when_same(old->due, now->due) && !has_new_update(old, now) &&
	    !(o && plan_when_same(o->due, now->due)))
		plan_check_report(x, PLAN_CHECK_MOVED_DEADLINE, now->due ? &now->due->loc : &now->id_loc,
				  "the deadline of %s moved from %s to %s with no dated update saying why",
				  now->id, old->due ? old->due->written : "none",
				  now->due ? now->due->written : "none");
}

int plan_compare(const plan_set *old, const plan_set *other, plan_set *now,
		 const plan_check_options *opt)
{
	plan_check_ctx x;
	const plan_plan *p;
	const plan_action *a;

	memset(&x, 0, sizeof(x));
	x.set = now;
	x.opt = opt;
	x.old = old;
	x.other = other;
	if (plan_check_settings(now) < 0)
		return PLAN_ENOMEM;
	for (p = old->plans.head; p; p = p->next)
		for (a = p->actions.head; a; a = a->next) {
			const plan_action *b = plan_set_action(now, a->id);
			const plan_named *n = b ? NULL : plan_set_find(now, p->id);

			plan_check_use(&x, b ? b->plan : n && n->kind == PLAN_KIND_PLAN ? n->obj : NULL);
			plan_check_run_scope(&x, PLAN_SCOPE_STAGED, a);
		}
	return now->diags.oom ? PLAN_ENOMEM : PLAN_OK;
}
