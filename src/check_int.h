/*
 * check_int.h - what check.c (the registry and the runner), checks.c and
 * compare.c (the checks) share: the context a check function reports
 * through, and the functions of the table of checks.  Not for other modules: they use check.h and
 * compare.h.
 */
#ifndef PLAN_CHECK_INT_H
#define PLAN_CHECK_INT_H

#include "check.h"

#include <stdarg.h>

struct plan_check_ctx {
	plan_set *set;                  /* the set checked: diagnostics go here */
	const plan_check_options *opt;
	const plan_plan *plan;          /* whose settings apply, or NULL (plan_check_use) */
	signed char sev[PLAN_NCHECKS];  /* each check's severity there, or -1: off */
	int sev_known;                  /* sev is worked out for plan */
	const plan_action *action;      /* ACTION: the action checked, whose id findings carry */
	const plan_plan *about;         /* PLAN and ACTION: the plan checked, whose id findings carry */
	struct plan_compare *cmp;       /* STAGED: what compare.c compares with */
	unsigned short remnant_first[256];   /* placeholders: see check.c */
	unsigned short remnant_second[256];
	const plan_plan *owners_of;     /* undeclared-owner: the plan owners indexes */
	const struct plan_owner_index *owners;   /* checks.c; in the set's arena */
	const plan_plan *unjudged_of;   /* stale: the plan told it has no period */
	const plan_action *named;       /* whose name `name` holds: see plan_check_name */
	char name[300];
};

/*
 * How messages name action a: its id, or PLAN:ID when another plan read
 * with it has the same id (plan_action_ref).  Valid until the next call
 * for another action.
 */
const char *plan_check_name(plan_check_ctx *x, const plan_action *a);

/* Makes p (or NULL) the plan whose settings apply, and works out x->sev. */
void plan_check_use(plan_check_ctx *x, const plan_plan *p);

/* The severity check c has for x->plan, or -1 when it is off there. */
static inline int plan_check_severity(const plan_check_ctx *x, plan_check_id c)
{
	return x->sev[c];
}

/*
 * Adds a diagnostic of check c at `at` (or, when at is NULL, about the
 * file path) at severity sev: prefix, then the message fmt and ap make.
 */
void plan_check_emitv(plan_check_ctx *x, plan_check_id c, int sev, const plan_loc *at, const char *path,
		      const char *prefix, const char *fmt, va_list ap) __attribute__((format(printf, 7, 0)));

/* plan_check_emit at the severity c has for x->plan; nothing when it is off. */
void plan_check_report(plan_check_ctx *x, plan_check_id c, const plan_loc *at,
		       const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* plan_check_report at note severity whatever c's is; nothing when c is off. */
void plan_check_note(plan_check_ctx *x, plan_check_id c, const plan_loc *at,
		     const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* "p.plan:12": where l is, for messages. */
void plan_check_where(char *buf, size_t size, const plan_loc *l);

/* Runs the checks of scope that are on for x->plan, on subject (a file, a plan or an action). */
void plan_check_run_scope(plan_check_ctx *x, plan_check_scope scope, const void *subject);

/* Fills x's tables for the placeholder check (checks.c). */
void plan_check_prepare(plan_check_ctx *x);

/* The checks of files, plans and actions (checks.c). */
void plan_check_missing_owner(plan_check_ctx *x, const plan_action *a);
void plan_check_undeclared_owner(plan_check_ctx *x, const plan_action *a);
void plan_check_overdue(plan_check_ctx *x, const plan_action *a);
void plan_check_stale(plan_check_ctx *x, const plan_action *a);
void plan_check_missing_rag(plan_check_ctx *x, const plan_action *a);
void plan_check_red_complete(plan_check_ctx *x, const plan_action *a);
void plan_check_future_update(plan_check_ctx *x, const plan_action *a);
void plan_check_update_order(plan_check_ctx *x, const plan_action *a);
void plan_check_outside_period(plan_check_ctx *x, const plan_action *a);
void plan_check_ambiguous_quarter(plan_check_ctx *x, const plan_action *a);
void plan_check_decision_date(plan_check_ctx *x, const plan_action *a);
void plan_check_empty_objective(plan_check_ctx *x, const plan_plan *p);
void plan_check_no_deadline(plan_check_ctx *x, const plan_action *a);
void plan_check_empty_update(plan_check_ctx *x, const plan_action *a);
void plan_check_placeholder(plan_check_ctx *x, const plan_action *a);
void plan_check_bidi_control(plan_check_ctx *x, const plan_source *src);
void plan_check_large_file(plan_check_ctx *x, const plan_source *src);
void plan_check_format(plan_check_ctx *x, const plan_source *src);   /* fmt.c */
void plan_check_measure_figure(plan_check_ctx *x, const plan_plan *p);
void plan_check_future_actual(plan_check_ctx *x, const plan_plan *p);
void plan_check_missing_actual(plan_check_ctx *x, const plan_plan *p);
void plan_check_measure_off_target(plan_check_ctx *x, const plan_plan *p);

/* The checks between HEAD and what is staged (compare.c). */
void plan_check_rewritten_update(plan_check_ctx *x, const plan_action *old);
void plan_check_removed_action(plan_check_ctx *x, const plan_action *old);
void plan_check_retitled_id(plan_check_ctx *x, const plan_action *old);
void plan_check_moved_deadline(plan_check_ctx *x, const plan_action *old);

#endif
