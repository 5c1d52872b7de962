/*
 * compare.h - the rules between a commit's plans and its parents' (SPEC.md
 * section 17): what `plancheck --staged` checks between HEAD and what is
 * staged, and `plancheck --range` between each commit and its parents.
 */
#ifndef PLAN_COMPARE_H
#define PLAN_COMPARE_H

#include "check.h"

/* One parent of the commit compared. */
typedef struct plan_parent {
	const plan_set *plans;   /* its plans, linked (empty: no parent, an unborn HEAD) */
	const plan_set *base;    /* a merged parent: the plans of its merge base with
				  * the first parent, linked (empty when there is none);
				  * the first parent: NULL */
	const char *name;        /* how messages name it: "HEAD", "1a2b3c4" */
} plan_parent;

/*
 * Runs the checks of scope STAGED (check.h) on now (linked) against its
 * parents: parents[0] is the first (HEAD, during a merge the branch merged
 * into), the others the commits being merged.  What is committed in the
 * first parent, and what each merged parent added since its merge base,
 * must be kept, unless another merged parent itself changed it since its
 * own base (that change was checked when it was made).  Adds diagnostics
 * to now->diags.  Returns PLAN_OK, or PLAN_ENOMEM when memory ran out.
 */
int plan_compare(const plan_parent *parents, size_t nparents, plan_set *now,
		 const plan_check_options *opt);

#endif
