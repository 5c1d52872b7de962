/*
 * check.h - the named checks that plancheck runs on a linked plan set.
 *
 * The checks are a registry: each row of plan_checks (check.c) has the
 * check's stable name, its default severity, whether it is in the strict
 * set, a one-line summary, its scope and the function that runs it.  The
 * runner (plan_check_run) calls each function of scope FILE on every file
 * read, then, plan by plan, each of scope PLAN on the plan and each of
 * scope ACTION on its actions; plan_compare (compare.h) calls each of
 * scope STAGED on the actions of HEAD.  A new check is a constant here, a
 * row and a function.
 *
 * A severity can be set per plan (`check NAME SEVERITY` lines, read by
 * plan_check_settings) and for the whole run (plan_check_options.sev,
 * from -W on the command line); the run's setting wins.  Checks in the
 * strict set are off unless --strict or a setting turns them on.
 */
#ifndef PLAN_CHECK_H
#define PLAN_CHECK_H

#include "model.h"

/* ORDER: SPEC.md section 13 lists the checks in this order. */
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
	PLAN_CHECK_AMBIGUOUS_QUARTER,
	PLAN_CHECK_DECISION_DATE,
	PLAN_CHECK_EMPTY_OBJECTIVE,
	PLAN_CHECK_NO_DEADLINE,
	PLAN_CHECK_EMPTY_UPDATE,
	PLAN_CHECK_PLACEHOLDER,
	PLAN_CHECK_BIDI_CONTROL,
	PLAN_CHECK_LARGE_FILE,
	PLAN_CHECK_FORMAT,
	PLAN_CHECK_MEASURE_FIGURE,
	PLAN_CHECK_FUTURE_ACTUAL,
	PLAN_CHECK_MISSING_ACTUAL,
	PLAN_CHECK_MEASURE_OFF_TARGET,
	PLAN_CHECK_REWRITTEN_UPDATE,
	PLAN_CHECK_REMOVED_ACTION,
	PLAN_CHECK_RETITLED_ID,
	PLAN_CHECK_MOVED_DEADLINE,
	PLAN_NCHECKS
} plan_check_id;

typedef enum {
	PLAN_SCOPE_FILE = 1,   /* each file read */
	PLAN_SCOPE_PLAN,       /* each plan */
	PLAN_SCOPE_ACTION,     /* each action */
	PLAN_SCOPE_STAGED      /* each action of HEAD, against what is staged */
} plan_check_scope;

/* What a check function is given to report with (check_int.h). */
typedef struct plan_check_ctx plan_check_ctx;

typedef struct plan_check_info {
	const char *name;
	plan_severity severity;    /* default when on */
	int strict;                /* 1: off unless turned on (--strict, -W, the plan);
				    * PLAN_OPT_IN: off unless -W or the plan turns it on */
	const char *summary;
	plan_check_scope scope;
	union {
		void (*file)(plan_check_ctx *x, const plan_source *src);
		void (*plan)(plan_check_ctx *x, const plan_plan *p);
		void (*action)(plan_check_ctx *x, const plan_action *a);
		void (*staged)(plan_check_ctx *x, const plan_action *old);
	} run;
} plan_check_info;

extern const plan_check_info plan_checks[PLAN_NCHECKS];

/* plan_check_info.strict of a check that --strict leaves off (format). */
#define PLAN_OPT_IN 2

/*
 * The other names a diagnostic's check can have: the problems of reading
 * and parsing (syntax, structure, ...), which are always errors and are
 * not settings.  The library writes these names as literals where it
 * makes the diagnostics (parse.c, build.c, load.c, ...): a new one is a
 * row here too, and in SPEC.md section 12's table.
 */
typedef struct plan_diag_kind {
	const char *name;
	const char *summary;
} plan_diag_kind;

/* ORDER: SPEC.md section 12 lists the kinds in this order. */
#define PLAN_NDIAG_KINDS 7
extern const plan_diag_kind plan_diag_kinds[PLAN_NDIAG_KINDS];

/* A check's severity as configured: a plan_severity, or one of these. */
#define PLAN_SETTING_UNSET (-1)
#define PLAN_SETTING_OFF   3
#define PLAN_SETTING_ON    4   /* on, at the check's default severity */

/* The check named name, or -1. */
int plan_check_lookup(const char *name);

/*
 * Whether check c is a history rule (rewritten-update, removed-action),
 * which only --allow-rewrite lets through: neither a plan's `check` line
 * nor -W can set it.
 */
int plan_check_is_history(int c);

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
	const char *allow_reason;       /* what let them through; NULL: --allow-rewrite */
	int range;                      /* plan_compare: commits made already (--range) */
} plan_check_options;

/* Options with nothing set: today 0, every check as its plan says. */
void plan_check_options_init(plan_check_options *opt);

/*
 * Reads the `check` lines of every plan of set into plan_plan.settings,
 * once per set, reporting those it cannot read.  plan_check_run and
 * plan_compare call it; a command that runs neither calls it to hear
 * about them.  Returns PLAN_OK or PLAN_ENOMEM.
 */
int plan_check_settings(plan_set *set);

/*
 * Runs every check that is on over a linked set, adding diagnostics to
 * set->diags.  Returns PLAN_OK, or PLAN_ENOMEM when memory ran out.
 */
int plan_check_run(plan_set *set, const plan_check_options *opt);

/*
 * What a lead says of who owns its action (SPEC section 13): someone, or
 * nobody, for it is only a placeholder ("TBC", "????", "Leads.") or it
 * names everyone ("All agencies", "Partnership"), which makes nobody in
 * particular accountable.  Case, surrounding blanks, brackets, dashes and
 * full stops aside.
 */
typedef enum {
	PLAN_LEAD_OWNER = 0,
	PLAN_LEAD_PLACEHOLDER,
	PLAN_LEAD_EVERYONE
} plan_lead_kind;

plan_lead_kind plan_lead_kind_of(const char *text);

/* Whether a lead's text is only a placeholder. */
int plan_lead_is_placeholder(const char *text);

/*
 * Whether some lead of a names an owner: the one rule of missing-owner
 * and of planreport's count of actions with an owner.
 */
int plan_action_has_owner(const plan_action *a);

/* What an action's dates say on a day, as the overdue and stale checks judge them. */
typedef struct plan_action_state {
	int closed;                 /* by its last decision, or its plan's status */
	const plan_when *when;      /* the due, or else the last review, that dates it, or NULL */
	const plan_date *deadline;  /* its effective deadline (after "continue into"), or NULL */
	long deadline_day;          /* that deadline's last day (a day number), or 0 */
	long days_overdue;          /* days since that deadline ended, for an open action; else 0 */
	const plan_update *last;    /* its latest dated update, or NULL */
	int judged;                 /* whether it can be stale: open, and its clock readable */
	long stale_from;            /* if judged, the first day it is stale (a day number) */
	int stale;                  /* on that day */
} plan_action_state;

/* Fills *st for action a on day today (a day number). */
void plan_action_state_at(const plan_action *a, long today, plan_action_state *st);

/*
 * Whether lead text names name: name's words appear in it as whole words,
 * compared as people read them (fold.h: case, composed or not), as
 * undeclared-owner matches declared names.  -1 when memory ran out.
 */
int plan_lead_names(const char *lead, const char *name);

#endif
