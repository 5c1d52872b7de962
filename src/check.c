/*
 * check.c - the registry of checks, the plans' settings of them, and the
 * runner.
 *
 * The checks themselves are in checks.c (files, plans, actions) and
 * compare.c (HEAD against what is staged); each is a row of plan_checks
 * below.  The runner asks each check's severity for the plan at hand
 * (plan_check_severity) and skips the checks that are off there; a check
 * adds its diagnostics at the line the problem is on (plan_check_report).
 */
#include "check_int.h"
#include "alloc.h"
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

_Static_assert(PLAN_NCHECKS <= PLAN_MAX_CHECKS, "plan_plan.settings is too small");

#define FILE_CHECK(f) PLAN_SCOPE_FILE, { .file = (f) }
#define PLAN_CHECK(f) PLAN_SCOPE_PLAN, { .plan = (f) }
#define ACTION_CHECK(f) PLAN_SCOPE_ACTION, { .action = (f) }
#define STAGED_CHECK(f) PLAN_SCOPE_STAGED, { .staged = (f) }

const plan_check_info plan_checks[PLAN_NCHECKS] = {
	[PLAN_CHECK_MISSING_OWNER] = { "missing-owner", PLAN_SEV_ERROR, 0,
		"an action with no lead, or only placeholders or leads that name everyone",
		ACTION_CHECK(plan_check_missing_owner) },
	[PLAN_CHECK_UNDECLARED_OWNER] = { "undeclared-owner", PLAN_SEV_WARNING, 1,
		"a lead that names no person or organisation the plan declares",
		ACTION_CHECK(plan_check_undeclared_owner) },
	[PLAN_CHECK_OVERDUE] = { "overdue", PLAN_SEV_WARNING, 0,
		"the deadline or review point has passed and no decision closed the action",
		ACTION_CHECK(plan_check_overdue) },
	[PLAN_CHECK_STALE] = { "stale", PLAN_SEV_WARNING, 0,
		"an open action whose last update is older than its rhythm allows",
		ACTION_CHECK(plan_check_stale) },
	[PLAN_CHECK_MISSING_RAG] = { "missing-rag", PLAN_SEV_WARNING, 1,
		"the last update of an open action has no RAG rating",
		ACTION_CHECK(plan_check_missing_rag) },
	[PLAN_CHECK_RED_COMPLETE] = { "red-complete", PLAN_SEV_WARNING, 0,
		"a completed action whose last rating is red",
		ACTION_CHECK(plan_check_red_complete) },
	[PLAN_CHECK_FUTURE_UPDATE] = { "future-update", PLAN_SEV_WARNING, 0,
		"an update dated after today",
		ACTION_CHECK(plan_check_future_update) },
	[PLAN_CHECK_UPDATE_ORDER] = { "update-order", PLAN_SEV_WARNING, 0,
		"an update written after one with a later date",
		ACTION_CHECK(plan_check_update_order) },
	[PLAN_CHECK_OUTSIDE_PERIOD] = { "outside-period", PLAN_SEV_NOTE, 0,
		"a deadline outside the plan's period",
		ACTION_CHECK(plan_check_outside_period) },
	[PLAN_CHECK_AMBIGUOUS_QUARTER] = { "ambiguous-quarter", PLAN_SEV_WARNING, 0,
		"a quarter written \"Q3 2019\" in a plan that does not say whether its quarters are financial",
		ACTION_CHECK(plan_check_ambiguous_quarter) },
	[PLAN_CHECK_DECISION_DATE] = { "decision-date", PLAN_SEV_WARNING, 0,
		"a decision dated before the action's first update, or after today",
		ACTION_CHECK(plan_check_decision_date) },
	[PLAN_CHECK_EMPTY_OBJECTIVE] = { "empty-objective", PLAN_SEV_NOTE, 0,
		"an objective with no action",
		PLAN_CHECK(plan_check_empty_objective) },
	[PLAN_CHECK_NO_DEADLINE] = { "no-deadline", PLAN_SEV_WARNING, 0,
		"an action with neither a deadline nor a review point",
		ACTION_CHECK(plan_check_no_deadline) },
	[PLAN_CHECK_EMPTY_UPDATE] = { "empty-update", PLAN_SEV_WARNING, 0,
		"an update with no text",
		ACTION_CHECK(plan_check_empty_update) },
	[PLAN_CHECK_PLACEHOLDER] = { "placeholder", PLAN_SEV_WARNING, 0,
		"drafting remnants such as TBC, ???? or \"Delete some or all of this\"",
		ACTION_CHECK(plan_check_placeholder) },
	[PLAN_CHECK_BIDI_CONTROL] = { "bidi-control", PLAN_SEV_WARNING, 0,
		"a bidirectional control character, which makes text display otherwise than it reads",
		FILE_CHECK(plan_check_bidi_control) },
	[PLAN_CHECK_LARGE_FILE] = { "large-file", PLAN_SEV_NOTE, 0,
		"a plan file over " PLAN_LARGE_FILE_SIZE_TEXT ", whose history planlog reads slowly",
		FILE_CHECK(plan_check_large_file) },
	[PLAN_CHECK_FORMAT] = { "format", PLAN_SEV_ERROR, PLAN_OPT_IN,
		"a plan file that planfmt would change",
		FILE_CHECK(plan_check_format) },
	[PLAN_CHECK_MEASURE_FIGURE] = { "measure-figure", PLAN_SEV_ERROR, 0,
		"a baseline, target, milestone or actual that cannot be read, or compared with the baseline",
		PLAN_CHECK(plan_check_measure_figure) },
	[PLAN_CHECK_FUTURE_ACTUAL] = { "future-actual", PLAN_SEV_WARNING, 0,
		"an actual figure of a measure dated after today",
		PLAN_CHECK(plan_check_future_actual) },
	[PLAN_CHECK_MISSING_ACTUAL] = { "missing-actual", PLAN_SEV_WARNING, 0,
		"a target whose date has passed with no actual figure reported on it",
		PLAN_CHECK(plan_check_missing_actual) },
	[PLAN_CHECK_MEASURE_OFF_TARGET] = { "measure-off-target", PLAN_SEV_NOTE, 0,
		"the latest actual figure of a measure misses the target or milestone it reports on",
		PLAN_CHECK(plan_check_measure_off_target) },
	[PLAN_CHECK_REWRITTEN_UPDATE] = { "rewritten-update", PLAN_SEV_ERROR, 0,
		"(--staged) a dated update committed before was changed or deleted",
		STAGED_CHECK(plan_check_rewritten_update) },
	[PLAN_CHECK_REMOVED_ACTION] = { "removed-action", PLAN_SEV_ERROR, 0,
		"(--staged) an action was removed without a complete or remove decision",
		STAGED_CHECK(plan_check_removed_action) },
	[PLAN_CHECK_RETITLED_ID] = { "retitled-id", PLAN_SEV_WARNING, 0,
		"(--staged) an id now names an action with a different title",
		STAGED_CHECK(plan_check_retitled_id) },
	[PLAN_CHECK_MOVED_DEADLINE] = { "moved-deadline", PLAN_SEV_WARNING, 0,
		"(--staged) a deadline moved with no dated update in the same commit",
		STAGED_CHECK(plan_check_moved_deadline) },
};

const plan_diag_kind plan_diag_kinds[PLAN_NDIAG_KINDS] = {
	{ "syntax", "a line that does not follow the grammar, an invalid date, inconsistent "
	  "indentation, a lone CR" },
	{ "structure", "a field in the wrong place or twice, a directive outside a plan, an unknown "
	  "status, check name or staleness period" },
	{ "encoding", "a binary file, invalid UTF-8, a NUL byte" },
	{ "include", "an include that cannot be read, a cycle, too deep, read twice (note)" },
	{ "duplicate-id", "an id used twice (error at the second place, note at the first)" },
	{ "unknown-id", "an update in separate form for an id that is not an action" },
	{ "io", "a file named on the command line that cannot be read" },
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

int plan_check_is_history(int c)
{
	return c == PLAN_CHECK_REWRITTEN_UPDATE || c == PLAN_CHECK_REMOVED_ACTION;
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

/* ---- the plans' settings ---------------------------------------------- */

__attribute__((format(printf, 3, 4)))
static void setting_error(plan_set *set, const plan_text *t, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	plan_diag_add(&set->diags, PLAN_SEV_ERROR, "structure", t->loc.src, t->loc.span, "%s", msg);
}

/* "check NAME SEVERITY": how plan p wants a check reported. */
static void read_setting(plan_set *set, plan_plan *p, const plan_text *t)
{
	char name[64];
	const char *text = t->text, *sp = strpbrk(text, " \t"), *word;
	size_t n = sp ? (size_t)(sp - text) : strlen(text), i;
	int id, setting;

	if (n >= sizeof(name))
		n = sizeof(name) - 1;
	memcpy(name, text, n);
	name[n] = '\0';
	for (word = sp; word && (*word == ' ' || *word == '\t'); word++)
		;
	id = plan_check_lookup(name);
	if (id < 0) {
		const char *near = NULL;
		for (i = 0; i < PLAN_NCHECKS; i++)
			if (plan_edit_distance(name, plan_checks[i].name, 2) <= 2)
				near = plan_checks[i].name;
		setting_error(set, t, "unknown check \"%s\"%s%s%s", name, near ? "; did you mean \"" : "",
			      near ? near : "", near ? "\"?" : "");
		return;
	}
	if (plan_check_is_history(id)) {
		setting_error(set, t, "\"%s\" is a history rule, which a plan cannot set: remove this "
			      "line; a real correction goes through with PLAN_ALLOW_REWRITE=1 git commit", name);
		return;
	}
	setting = word && *word ? plan_setting_parse(word) : PLAN_SETTING_UNSET;
	if (setting == PLAN_SETTING_UNSET) {
		setting_error(set, t, "expected error, warning, note, on or off after \"check %s\"", name);
		return;
	}
	p->settings[id] = (signed char)setting;
}

int plan_check_settings(plan_set *set)
{
	plan_plan *p;
	const plan_text *t;

	if (set->settings_read)
		return PLAN_OK;
	set->settings_read = 1;
	for (p = set->plans.head; p; p = p->next) {
		memset(p->settings, PLAN_SETTING_UNSET, sizeof(p->settings));
		for (t = p->checks.head; t; t = t->next)
			read_setting(set, p, t);
	}
	return set->diags.oom ? PLAN_ENOMEM : PLAN_OK;
}

/* ---- reporting --------------------------------------------------------- */

/* The severity check c has under opt in plan p (NULL: none), or -1 when it is off. */
static int severity(const plan_check_options *opt, const plan_plan *p, plan_check_id c)
{
	int s = opt->sev[c];

	if (s == PLAN_SETTING_UNSET && p)
		s = p->settings[c];
	if (s == PLAN_SETTING_UNSET)
		s = plan_checks[c].strict == PLAN_OPT_IN || (plan_checks[c].strict && !opt->strict) ?
		    PLAN_SETTING_OFF : PLAN_SETTING_ON;
	if (s == PLAN_SETTING_OFF)
		return -1;
	if (s == PLAN_SETTING_ON)
		return (int)plan_checks[c].severity;
	return s;
}

void plan_check_use(plan_check_ctx *x, const plan_plan *p)
{
	int c;

	if (x->plan == p && x->sev_known)
		return;
	x->plan = p;
	x->sev_known = 1;
	for (c = 0; c < PLAN_NCHECKS; c++)
		x->sev[c] = (signed char)severity(x->opt, p, (plan_check_id)c);
}

void plan_check_emitv(plan_check_ctx *x, plan_check_id c, int sev, const plan_loc *at, const char *path,
		      const char *prefix, const char *fmt, va_list ap)
{
	char msg[2048];

	plan_diag *last = x->set->diags.tail;

	vsnprintf(msg, sizeof(msg), fmt, ap);
	if (at)
		plan_diag_add(&x->set->diags, (plan_severity)sev, plan_checks[c].name, at->src,
			      at->span, "%s%s", prefix, msg);
	else
		plan_diag_file(&x->set->diags, (plan_severity)sev, plan_checks[c].name, path, "%s%s",
			       prefix, msg);
	if (x->set->diags.tail != last) {
		plan_diag *g = x->set->diags.tail;
		const plan_plan *p = x->action ? x->action->plan : x->about;
		g->action = x->action ? x->action->id : NULL;
		g->plan = p ? p->id : NULL;
	}
}

void plan_check_report(plan_check_ctx *x, plan_check_id c, const plan_loc *at, const char *fmt, ...)
{
	va_list ap;
	int sev = plan_check_severity(x, c);

	if (sev < 0)
		return;
	va_start(ap, fmt);
	plan_check_emitv(x, c, sev, at, NULL, "", fmt, ap);
	va_end(ap);
}

void plan_check_note(plan_check_ctx *x, plan_check_id c, const plan_loc *at, const char *fmt, ...)
{
	va_list ap;

	if (plan_check_severity(x, c) < 0)
		return;
	va_start(ap, fmt);
	plan_check_emitv(x, c, PLAN_SEV_NOTE, at, NULL, "", fmt, ap);
	va_end(ap);
}

void plan_check_where(char *buf, size_t size, const plan_loc *l)
{
	size_t line, col;

	plan_source_linecol((plan_source *)l->src, l->span.start, &line, &col);
	snprintf(buf, size, "%s:%zu", l->src->path, line);
}

/* ---- the runner -------------------------------------------------------- */

/*
 * For each file read (by its index), the plan whose settings apply to it:
 * the first with its plan line or an action in it.  NULL when memory ran
 * out.
 */
static const plan_plan **plans_of_files(const plan_set *set)
{
	const plan_plan **v = plan_calloc(set->nsources ? set->nsources : 1, sizeof(*v));
	const plan_plan *p;
	const plan_action *a;

	if (!v)
		return NULL;
	for (p = set->plans.head; p; p = p->next) {
		if (p->loc.src && p->loc.src->index < set->nsources && !v[p->loc.src->index])
			v[p->loc.src->index] = p;
		for (a = p->actions.head; a; a = a->next)
			if (a->loc.src && a->loc.src->index < set->nsources && !v[a->loc.src->index])
				v[a->loc.src->index] = p;
	}
	return v;
}

void plan_check_run_scope(plan_check_ctx *x, plan_check_scope scope, const void *subject)
{
	int c;

	for (c = 0; c < PLAN_NCHECKS; c++) {
		if (plan_checks[c].scope != scope || plan_check_severity(x, (plan_check_id)c) < 0)
			continue;
		switch (scope) {
		case PLAN_SCOPE_FILE: plan_checks[c].run.file(x, subject); break;
		case PLAN_SCOPE_PLAN: plan_checks[c].run.plan(x, subject); break;
		case PLAN_SCOPE_ACTION: plan_checks[c].run.action(x, subject); break;
		case PLAN_SCOPE_STAGED: plan_checks[c].run.staged(x, subject); break;
		}
	}
}

int plan_check_run(plan_set *set, const plan_check_options *opt)
{
	plan_check_ctx x;
	const plan_plan *p, **file_plan;
	const plan_action *a;
	size_t k;

	memset(&x, 0, sizeof(x));
	x.set = set;
	x.opt = opt;
	if (plan_check_settings(set) < 0)
		return PLAN_ENOMEM;
	plan_check_prepare(&x);
	if (!(file_plan = plans_of_files(set)))
		return PLAN_ENOMEM;
	for (k = 0; k < set->nsources; k++) {
		plan_check_use(&x, file_plan[set->sources[k]->index]);
		plan_check_run_scope(&x, PLAN_SCOPE_FILE, set->sources[k]);
	}
	plan_free(file_plan);
	for (p = set->plans.head; p; p = p->next) {
		plan_check_use(&x, p);
		x.about = p;
		plan_check_run_scope(&x, PLAN_SCOPE_PLAN, p);
		for (a = p->actions.head; a; a = a->next) {
			x.action = a;
			plan_check_run_scope(&x, PLAN_SCOPE_ACTION, a);
		}
		x.action = NULL;
	}
	x.about = NULL;
	return set->diags.oom ? PLAN_ENOMEM : PLAN_OK;
}

const char *plan_check_name(plan_check_ctx *x, const plan_action *a)
{
	if (x->named != a) {
		plan_action_ref(x->set, a, x->name, sizeof(x->name));
		x->named = a;
	}
	return x->name;
}
