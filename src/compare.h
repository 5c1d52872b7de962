/*
 * compare.h - the rules between two states of the plans: HEAD and what is
 * staged (plancheck --staged, SPEC.md section 17).
 */
#ifndef PLAN_COMPARE_H
#define PLAN_COMPARE_H

#include "check.h"

/*
 * Runs the checks of scope STAGED (check.h) for every action of old
 * (HEAD's plans) against now (what is staged), both linked.  During a
 * merge, other holds the plans of the commit being merged (else NULL):
 * what now shares with other came from that commit, which was checked
 * when it was made, so it is not reported.  Adds diagnostics to
 * now->diags.  Returns PLAN_OK, or PLAN_ENOMEM when memory ran out.
 */
int plan_compare(const plan_set *old, const plan_set *other, plan_set *now,
		 const plan_check_options *opt);

#endif
