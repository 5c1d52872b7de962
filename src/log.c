/*
 * log.c - gathering the history of actions (see log.h).
 *
 * The walk hands over both sides of each commit that changed an action
 * asked for; the changes of each action are kept in the order they come,
 * newest first.  Actions that no commit changed are looked up in the
 * plans at the tip, for their title or, when they are not there either,
 * the closest ids.
 */
#include "log.h"
#include "alloc.h"
#include "error.h"
#include "logcache.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

struct gather {
	plan_log *log;
	const plan_commit_info *c;  /* the commit being compared */
	plan_log_commit *commit;    /* its copy, made at its first change */
	size_t target;              /* the action the changes are of */
	int oom;
};

static char *copy(plan_log *log, const char *s)
{
	return s ? plan_arena_strndup(log->arena, s, strlen(s)) : NULL;
}

/* A copy of s on one line. */
static char *one_line(plan_log *log, const char *s)
{
	char *d = copy(log, s), *p;

	for (p = d; p && *p; p++)
		if (*p == '\n')
			*p = ' ';
	return d;
}

static int add_action(plan_log *log, const char *id)
{
	plan_log_action *a;

	if (PLAN_GROW(log->actions, log->cap, log->nactions + 1) < 0)
		return PLAN_ENOMEM;
	a = &log->actions[log->nactions];
	memset(a, 0, sizeof(*a));
	if (!(a->id = copy(log, id)))
		return PLAN_ENOMEM;
	log->nactions++;
	return PLAN_OK;
}

/* The action id found while walking every action (all mode), added when new. */
static int add_found(plan_log *log, const char *id)
{
	uint64_t h = plan_hash_str(id);
	size_t it, i;

	for (i = plan_map_first(&log->ids, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&log->ids, h, &it))
		if (strcmp(log->actions[i].id, id) == 0)
			return PLAN_OK;
	if (add_action(log, id) < 0 || plan_map_put(&log->ids, h, log->nactions - 1) < 0)
		return PLAN_ENOMEM;
	return PLAN_OK;
}

/* In all mode: every action of s that differs in other becomes one to show. */
static int add_changed(plan_log *log, const plan_set *s, const plan_set *other)
{
	const plan_plan *p;
	const plan_action *a;

	for (p = s->plans.head; p; p = p->next)
		for (a = p->actions.head; a; a = a->next)
			if (plan_action_changes(plan_set_action(other, a->id), a, NULL, NULL) &&
			    add_found(log, a->id) < 0)
				return PLAN_ENOMEM;
	return PLAN_OK;
}

static void keep(struct gather *g, plan_change_kind kind, const char *before, const char *after,
		 const char *text)
{
	plan_log *log = g->log;
	plan_log_action *a = &log->actions[g->target];
	plan_log_change *ch;

	if (!g->commit) {
		const plan_commit_info *c = g->c;
		if (!(g->commit = plan_arena_zalloc(log->arena, sizeof(*g->commit))) ||
		    !(g->commit->author = copy(log, c->author)) || !(g->commit->subject = copy(log, c->subject))) {
			g->oom = 1;
			g->commit = NULL;
			return;
		}
		memcpy(g->commit->id, c->id, sizeof(g->commit->id));
		g->commit->when = c->when;
		g->commit->offset = c->offset;
		g->commit->merge = c->parents > 1;
	}
	if (PLAN_GROW(a->changes, a->cap, a->nchanges + 1) < 0) {
		g->oom = 1;
		return;
	}
	ch = &a->changes[a->nchanges];
	ch->commit = g->commit;
	ch->kind = kind;
	ch->moves = 0;
	ch->before = before ? copy(log, before) : NULL;
	ch->after = after ? copy(log, after) : NULL;
	ch->text = copy(log, text);
	if ((before && !ch->before) || (after && !ch->after) || !ch->text) {
		g->oom = 1;
		return;
	}
	a->nchanges++;
}

static void on_change(void *ctx, const plan_change *c)
{
	keep(ctx, c->kind, c->before, c->after, c->text);
}

/* Errors in the file that holds action b (b NULL: the action is gone, and any error may hide it). */
static size_t errors_about(const plan_set *s, const plan_action *b)
{
	const plan_diag *d;
	size_t n = 0;

	if (!b)
		return s->diags.count[PLAN_SEV_ERROR];
	for (d = s->diags.head; d; d = d->next)
		n += d->sev == PLAN_SEV_ERROR && d->src == b->loc.src;
	return n;
}

static int on_commit(void *ctx, const plan_commit_info *c, const plan_set *now, const plan_set *before)
{
	struct gather *g = ctx;
	plan_log *log = g->log;
	size_t i;

	g->c = c;
	g->commit = NULL;
	if (log->all && (add_changed(log, now, before) < 0 || add_changed(log, before, now) < 0))
		return plan_error_oom();
	for (i = 0; i < log->nactions && !g->oom; i++) {
		plan_log_action *x = &log->actions[i];
		const plan_action *a = plan_set_action(before, x->id), *b = plan_set_action(now, x->id);
		size_t errors;

		if (!a && !b)
			continue;
		x->seen = 1;
		g->target = i;
		if ((errors = errors_about(now, b)) != 0) {
			char t[200];
			snprintf(t, sizeof(t), "(the plan files of this commit have %zu error%s; what "
				 "follows may be incomplete)", errors, errors == 1 ? "" : "s");
			keep(g, PLAN_CHANGE_UNPARSED, NULL, NULL, t);
		}
		if (b && !x->title && !(x->title = one_line(log, b->title)))
			g->oom = 1;
		plan_action_changes(a, b, on_change, g);
	}
	return g->oom ? plan_error_oom() : PLAN_OK;
}

/* Up to three ids of s within two edits of id, nearest first, each once, into *out (NULL: none). */
static int suggestions(plan_log *log, const plan_set *s, const char *id, const char **out)
{
	const plan_plan *p;
	const plan_action *a;
	const char *named[3];
	char buf[300] = "";
	size_t d, n = 0, k;

	for (d = 1; d <= 2; d++)
		for (p = s->plans.head; p; p = p->next)
			for (a = p->actions.head; a && n < 3; a = a->next) {
				if (plan_edit_distance(id, a->id, 2) != d)
					continue;
				for (k = 0; k < n && strcmp(named[k], a->id) != 0; k++)
					;
				if (k < n)
					continue;
				snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), "%s%s", n ? ", " : "", a->id);
				named[n++] = a->id;
			}
	*out = NULL;
	if (n && !(*out = copy(log, buf)))
		return PLAN_ENOMEM;
	return PLAN_OK;
}

/*
 * The actions that no commit changed: those the plans at the end of the
 * walk hold are shown unchanged, with their title; for the others, the
 * closest ids.
 */
static int unchanged(plan_log *log, plan_repo *r, const plan_walk_options *opt)
{
	plan_set *tip = NULL;
	size_t i;
	int rc = PLAN_OK;

	for (i = 0; i < log->nactions && rc == PLAN_OK; i++) {
		plan_log_action *x = &log->actions[i];
		const plan_action *a;

		if (x->seen && x->title)
			continue;
		if (!tip) {
			if (!(tip = plan_set_new()))
				return plan_error_oom();
			if (plan_repo_load_rev(r, opt->from, tip) == PLAN_ENOMEM || plan_set_link(tip) < 0) {
				plan_set_free(tip);
				return plan_error_oom();
			}
		}
		if ((a = plan_set_action(tip, x->id)) != NULL) {
			x->seen = 1;
			if (!x->title && !(x->title = one_line(log, a->title)))
				rc = plan_error_oom();
		} else if (!x->seen && suggestions(log, tip, x->id, &x->suggest) < 0) {
			rc = plan_error_oom();
		}
	}
	plan_set_free(tip);
	return rc;
}

/*
 * Counts, for each deadline move, the moves so far: from the oldest
 * change on.  Setting a deadline where there was none is not a move.
 */
static void count_moves(plan_log *log)
{
	size_t i, k;

	for (i = 0; i < log->nactions; i++) {
		plan_log_action *x = &log->actions[i];
		int moves = 0;

		for (k = x->nchanges; k-- > 0;)
			if (x->changes[k].kind == PLAN_CHANGE_DUE && x->changes[k].before)
				x->changes[k].moves = ++moves;
	}
}

int plan_log_read(plan_log **out, plan_repo *r, const plan_walk_options *opt)
{
	plan_log *log = plan_calloc(1, sizeof(*log));
	plan_walk_options wo;
	struct gather g;
	size_t i;
	int rc;

	*out = NULL;
	if (!log || !(log->arena = plan_arena_new())) {
		plan_free(log);
		return plan_error_oom();
	}
	log->all = opt->nids == 0;
	for (i = 0; i < opt->nids; i++)
		if (add_action(log, opt->ids[i]) < 0) {
			plan_log_free(log);
			return plan_error_oom();
		}
	memset(&g, 0, sizeof(g));
	g.log = log;
	wo = *opt;
	if (!opt->no_cache && !opt->cache) {
		/* Kept for plan_log_save, to be written once the output is;
		 * without memory for it, the walk goes without. */
		wo.cache = log->cache = plan_repo_open_cache(r);
		wo.no_cache = !log->cache;
	}
	rc = plan_repo_walk(r, &wo, on_commit, &g, &log->result);
	if (rc == PLAN_OK && !log->result.unborn)
		rc = unchanged(log, r, opt);
	if (rc != PLAN_OK) {
		plan_log_free(log);
		return rc < 0 ? rc : plan_error_oom();
	}
	count_moves(log);
	*out = log;
	return PLAN_OK;
}

void plan_log_save(plan_log *log)
{
	if (log)
		plan_logcache_write(log->cache);
}

void plan_log_free(plan_log *log)
{
	size_t i;

	if (!log)
		return;
	plan_logcache_free(log->cache);
	for (i = 0; i < log->nactions; i++)
		plan_free(log->actions[i].changes);
	plan_free(log->actions);
	plan_map_free(&log->ids);
	plan_arena_free(log->arena);
	plan_free(log);
}

const char *plan_log_change_text(char *buf, size_t size, const plan_log_change *c)
{
	plan_change v;

	v.kind = c->kind;
	v.before = c->before;
	v.after = c->after;
	v.text = c->text;
	return plan_change_text(buf, size, &v, c->moves);
}

const char *plan_log_date(char *buf, long long when, int offset)
{
	long long t, days, z, era, doe, yoe, doy, mp, y;
	int m, d;

	/* Past a long long, or a year past an int (where gmtime fails): git
	 * shows the start of its epoch. */
	if (__builtin_add_overflow(when, (long long)offset * 60, &t))
		t = 0;
	days = t / 86400 - (t % 86400 < 0);
	/* Days since 1970-01-01 to the proleptic Gregorian calendar (as in
	 * Howard Hinnant's civil_from_days), on long longs. */
	z = days + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = (int)(doy - (153 * mp + 2) / 5 + 1);
	m = (int)(mp < 10 ? mp + 3 : mp - 9);
	y = yoe + era * 400 + (m <= 2);
	if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) {
		y = 1970;
		m = d = 1;
	}
	snprintf(buf, PLAN_LOG_DATE_SIZE, "%04lld-%02d-%02d", y, m, d);
	return buf;
}
