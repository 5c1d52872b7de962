/*
 * check.h - the named checks that plancheck runs on a linked plan set.
 *
 * Each check has a stable name, a default severity and a one-line summary
 * (the table in check.c; ORDER: it follows plan_check_id).  A severity can
 * be set per plan (`check NAME SEVERITY` in the plan) and for the whole run
 * (plan_check_options.sev, from -W on the command line); the run's setting
 * wins.  Checks in the strict set are off unless --strict or a setting
 * turns them on.
 */
#ifndef PLAN_CHECK_H
#define PLAN_CHECK_H

#include "model.h"

typedef enum {
	PLAN_CHECK_MISSING_OWNER,
	PLAN_CHECK_UNDECLARED_OWNER,
	PLAN_CHECK_OVERDUE,
	PLAN_CHECK_STALE,
	PLAN_CHECK_MISSING_RAG,
	PLAN_CHECK_RED_COMPLETE,
	PLAN_CHECK_FUTURE_UPDATE,
	PLAN_CHECK_UPDATE_ORDER,
	PLAN_CHECK_OUTSIDE_PERIOD,
	PLAN_CHECK_DECISION_DATE,
	PLAN_CHECK_EMPTY_OBJECTIVE,
	PLAN_CHECK_NO_DEADLINE,
	PLAN_CHECK_EMPTY_UPDATE,
	PLAN_CHECK_PLACEHOLDER,
	PLAN_CHECK_BIDI_CONTROL,
	PLAN_CHECK_LARGE_FILE,
	/* Between HEAD and what is staged (plan_compare). */
	PLAN_CHECK_REWRITTEN_UPDATE,
	PLAN_CHECK_REMOVED_ACTION,
	PLAN_CHECK_RETITLED_ID,
	PLAN_CHECK_MOVED_DEADLINE,
	PLAN_NCHECKS
} plan_check_id;

/* A check's severity as configured: a plan_severity, or one of these. */
#define PLAN_SETTING_UNSET (-1)
#define PLAN_SETTING_OFF   3
#define PLAN_SETTING_ON    4   /* on, at the check's default severity */

typedef struct plan_check_info {
	const char *name;
	plan_severity severity;    /* default when on */
	int strict;                /* off unless turned on (--strict, -W, the plan) */
	const char *summary;
} plan_check_info;

extern const plan_check_info plan_checks[PLAN_NCHECKS];

/* The check named name, or -1. */
int plan_check_lookup(const char *name);

/* "error", "warning", "note", "off", "on" -> a setting, or PLAN_SETTING_UNSET. */
int plan_setting_parse(const char *word);

/* Days a plan allows between updates when the action names no rhythm. */
#define PLAN_DEFAULT_STALE_DAYS 92
/* Added to a rhythm's period before an update counts as late. */
#define PLAN_STALE_GRACE_DAYS 14

typedef struct plan_check_options {
	long today;                     /* plan_day_number of "today" */
	int strict;                     /* turn on the strict set */
	signed char sev[PLAN_NCHECKS];  /* PLAN_SETTING_*; UNSET: as the plan says */
	int allow_rewrite;              /* plan_compare: let rewrites through, as notes */
} plan_check_options;

/* Options with nothing set: today 0, every check as its plan says. */
void plan_check_options_init(plan_check_options *opt);

/*
 * Runs every check that is on over a linked set, adding diagnostics to
 * set->diags.  Returns 0, or -1 when memory ran out.
 */
int plan_check_run(plan_set *set, const plan_check_options *opt);

/*
 * The rules between two states of the plans: old (HEAD) and now (what is
 * staged), both linked.  During a merge, other holds the plans of the
 * commit being merged (else NULL): what now shares with other came from
 * that commit, which was checked when it was made, so it is not reported.
 * Adds diagnostics to now->diags.  Returns 0, or -1 when memory ran out.
 */
int plan_compare(const plan_set *old, const plan_set *other, plan_set *now,
		 const plan_check_options *opt);

/* The severity check c has in plan p under opt, or -1 when it is off. */
int plan_check_severity(const plan_check_options *opt, const plan_plan *p, plan_check_id c);

/* Whether a lead's text is only a placeholder ("TBC", "????", "Leads."). */
int plan_lead_is_placeholder(const char *text);

/* Writes a date for people: "31 March 2019", "March 2019", "Q3 2019", "2019/20". */
int plan_date_human(char *buf, size_t size, const plan_date *d);

#endif
