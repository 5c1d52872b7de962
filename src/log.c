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
	struct held {              /* its changes, before they are kept (see own_changes) */
		plan_change *v;    /* plan_malloc'ed; the strings plan_strdup'ed */
		size_t n, cap;
		int oom;
	} held;
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

/* The action id found while walking every action (all mode), added when new; its index in *at. */
static int add_found(plan_log *log, const char *id, size_t *at)
{
	uint64_t h = plan_hash_str(id);
	size_t it, i;

	for (i = plan_map_first(&log->ids, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&log->ids, h, &it))
		if (strcmp(log->actions[i].id, id) == 0) {
			*at = i;
			return PLAN_OK;
		}
	if (add_action(log, id) < 0 || plan_map_put(&log->ids, h, log->nactions - 1) < 0)
		return PLAN_ENOMEM;
	*at = log->nactions - 1;
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
		g->commit->merge_own = c->nothers > 0;
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

static char *dup_or_null(const char *s, int *oom)
{
	char *d = s ? plan_strdup(s) : NULL;

	if (s && !d)
		*oom = 1;
	return d;
}

static void hold_change(void *ctx, const plan_change *c)
{
	struct held *h = ctx;
	plan_change *d;

	if (PLAN_GROW(h->v, h->cap, h->n + 1) < 0) {
		h->oom = 1;
		return;
	}
	d = &h->v[h->n++];
	d->kind = c->kind;
	d->before = dup_or_null(c->before, &h->oom);
	d->after = dup_or_null(c->after, &h->oom);
	d->text = dup_or_null(c->text, &h->oom);
}

static void held_clear(struct held *h)
{
	size_t i;

	for (i = 0; i < h->n; i++) {
		plan_free((char *)h->v[i].before);
		plan_free((char *)h->v[i].after);
		plan_free((char *)h->v[i].text);
	}
	h->n = 0;
}

static int same_text(const char *x, const char *y)
{
	return x == y || (x && y && strcmp(x, y) == 0);
}

/*
 * Whether x and y, two changes that lead to the same action (a merge's),
 * are the same change: of the same kind, to the same value (a lead or an
 * update gone: the same one).
 */
static int same_change(const plan_change *x, const plan_change *y)
{
	if (x->kind != y->kind)
		return 0;
	if (x->kind == PLAN_CHANGE_LEAD_REMOVED || x->kind == PLAN_CHANGE_UPDATE_REWRITTEN)
		return same_text(x->before, y->before);
	return same_text(x->after, y->after);
}

/*
 * Into h, the changes of action id from a (the first parent's) to b that
 * commit c made itself: for a merge read with its other parents, those
 * that each other parent shows too against b (what one of them already
 * had came from it, and is shown in the commit that made it); else all.
 * -1 when memory ran out.
 */
static int own_changes(struct held *h, const plan_commit_info *c, const char *id, const plan_action *a,
		       const plan_action *b)
{
	struct held other = { NULL, 0, 0, 0 };
	size_t k, i, j, n;

	held_clear(h);
	if (plan_action_changes(a, b, hold_change, h) < 0)
		h->oom = 1;
	for (k = 0; k < c->nothers && h->n && !h->oom && !other.oom; k++) {
		held_clear(&other);
		if (plan_action_changes(plan_set_action(c->others[k], id), b, hold_change, &other) < 0)
			other.oom = 1;
		for (i = n = 0; i < h->n; i++) {
			for (j = 0; j < other.n && !same_change(&h->v[i], &other.v[j]); j++)
				;
			if (j < other.n) {
				h->v[n++] = h->v[i];
			} else {
				plan_free((char *)h->v[i].before);
				plan_free((char *)h->v[i].after);
				plan_free((char *)h->v[i].text);
			}
		}
		h->n = n;
	}
	held_clear(&other);
	plan_free(other.v);
	return h->oom || other.oom ? -1 : 0;
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

/* Whether actions of more than one plan of set have id. */
static int shared(const plan_set *set, const char *id)
{
	const plan_named *v[3];
	size_t n = plan_set_each(set, id, v, 3), i;
	int actions = 0;

	for (i = 0; i < n; i++)
		actions += v[i]->kind == PLAN_KIND_ACTION;
	return actions > 1;
}

/*
 * Keeps what commit g->c did to action id (an id asked for, at index i
 * of log->actions; in all mode, i is PLAN_MAP_NONE and the action is
 * added when the commit changed it).
 */
static int gather_action(struct gather *g, const char *id, size_t i, const plan_set *now,
			 const plan_set *before)
{
	plan_log *log = g->log;
	const plan_action *a = plan_set_action(before, id), *b = plan_set_action(now, id);
	plan_log_action *x;
	size_t errors, k;

	if (i != PLAN_MAP_NONE && !strchr(id, PLAN_ID_SEP) && !log->actions[i].ambiguous &&
	    (shared(now, id) || shared(before, id))) {
		/* Asked for as 1.1 where plans share 1.1: which is asked for? */
		char names[400];
		x = &log->actions[i];
		x->ambiguous = 1;
		if (!(x->suggest = copy(log, plan_set_candidates(shared(now, id) ? now : before, id, " or ",
								 names, sizeof(names)))))
			return PLAN_ENOMEM;
	}
	if ((!a && !b) || (i != PLAN_MAP_NONE && log->actions[i].ambiguous))
		return PLAN_OK;
	if (own_changes(&g->held, g->c, id, a, b) < 0)
		return PLAN_ENOMEM;
	/* The plans not parsing is said when the commit changed the action
	 * (a merge: when it changed it itself). */
	errors = errors_about(now, b);
	if (i == PLAN_MAP_NONE) {
		if (!g->held.n)
			return PLAN_OK;
		if (add_found(log, id, &i) < 0)
			return PLAN_ENOMEM;
	} else if (!g->held.n && g->c->nothers) {
		errors = 0;
	}
	x = &log->actions[i];
	x->seen = 1;
	g->target = i;
	if (errors) {
		char t[200];
		snprintf(t, sizeof(t), "(the plan files of this commit have %zu error%s; what "
			 "follows may be incomplete)", errors, errors == 1 ? "" : "s");
		keep(g, PLAN_CHANGE_UNPARSED, NULL, NULL, t);
	}
	if (b && !x->title && !(x->title = one_line(log, b->title)))
		g->oom = 1;
	for (k = 0; k < g->held.n && !g->oom; k++)
		keep(g, g->held.v[k].kind, g->held.v[k].before, g->held.v[k].after, g->held.v[k].text);
	return g->oom ? PLAN_ENOMEM : PLAN_OK;
}

/*
 * How the log names action a of set (before or now): its id, or PLAN:ID
 * when plans share the id, in either state of the plans.
 */
static const char *log_ref(const plan_set *set, const plan_action *a, const plan_set *now,
			   const plan_set *before, char *buf, size_t size)
{
	if (shared(now, a->id) || shared(before, a->id))
		return plan_action_ref(set, a, buf, size);
	return a->id;
}

/*
 * gather_action for the actions whose ids start with key, a key cut at
 * PLAN_RECORD_KEY_MAX bytes (records.h): of either side.
 */
static int gather_long(struct gather *g, const char *key, const plan_set *now, const plan_set *before)
{
	const plan_set *side[2] = { now, before };
	const plan_plan *p;
	const plan_action *a;
	size_t len = strlen(key);
	int k, rc = PLAN_OK;

	for (k = 0; k < 2; k++)
		for (p = side[k]->plans.head; p && rc == PLAN_OK; p = p->next)
			for (a = p->actions.head; a && rc == PLAN_OK; a = a->next)
				if (strncmp(a->id, key, len) == 0 && (k == 0 || !plan_set_action_of(now, a, before))) {
					char ref[600];
					rc = gather_action(g, log_ref(side[k], a, now, before, ref, sizeof(ref)),
							   PLAN_MAP_NONE, now, before);
				}
	return rc;
}

/* gather_action for every action whose id is key, in now, then those of before that now lacks. */
static int gather_key(struct gather *g, const char *key, const plan_set *now, const plan_set *before)
{
	const plan_set *side[2] = { now, before };
	const plan_named *v[16];
	char ref[600];
	size_t n, i;
	int k, rc = PLAN_OK;

	for (k = 0; k < 2 && rc == PLAN_OK; k++) {
		n = plan_set_each(side[k], key, v, sizeof(v) / sizeof(*v));
		for (i = 0; i < n && rc == PLAN_OK; i++) {
			const plan_action *a = v[i]->obj;
			if (v[i]->kind != PLAN_KIND_ACTION || (k == 1 && plan_set_action_of(now, a, before)))
				continue;
			rc = gather_action(g, log_ref(side[k], a, now, before, ref, sizeof(ref)),
					   PLAN_MAP_NONE, now, before);
		}
	}
	return rc;
}

static int on_commit(void *ctx, const plan_commit_info *c, const plan_set *now, const plan_set *before)
{
	struct gather *g = ctx;
	plan_log *log = g->log;
	const plan_plan *p;
	const plan_action *a;
	size_t i;
	int rc = PLAN_OK;

	g->c = c;
	g->commit = NULL;
	if (!log->all) {
		for (i = 0; i < log->nactions && rc == PLAN_OK; i++)
			rc = gather_action(g, log->actions[i].id, i, now, before);
	} else if (!c->any) {
		/* The actions whose records the commit changed, and no other:
		 * what this costs grows with what changed, not with the plans. */
		for (i = 0; i < c->nchanged && rc == PLAN_OK; i++) {
			if (strlen(c->changed[i]) < PLAN_RECORD_KEY_MAX)
				rc = gather_key(g, c->changed[i], now, before);
			else
				rc = gather_long(g, c->changed[i], now, before);
		}
	} else {
		/* Every action of either side; those of before that now has were
		 * seen with now's. */
		char ref[600];
		for (p = now->plans.head; p && rc == PLAN_OK; p = p->next)
			for (a = p->actions.head; a && rc == PLAN_OK; a = a->next)
				rc = gather_action(g, log_ref(now, a, now, before, ref, sizeof(ref)),
						   PLAN_MAP_NONE, now, before);
		for (p = before->plans.head; p && rc == PLAN_OK; p = p->next)
			for (a = p->actions.head; a && rc == PLAN_OK; a = a->next)
				if (!plan_set_action_of(now, a, before))
					rc = gather_action(g, log_ref(before, a, now, before, ref, sizeof(ref)),
							   PLAN_MAP_NONE, now, before);
	}
	return rc < 0 ? plan_error_oom() : PLAN_OK;
}

/* s in lower case (ASCII: ids are), cut to fit out[0..size). */
static const char *lower(char *out, size_t size, const char *s)
{
	size_t i;

	for (i = 0; s[i] && i + 1 < size; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i]);
	out[i] = '\0';
	return out;
}

/*
 * Up to three ids of s within two edits of id, case aside, nearest first,
 * each once, into *out (NULL: none).  (Ids cut short here are longer than
 * plan_edit_distance compares but for sameness.)
 */
static int suggestions(plan_log *log, const plan_set *s, const char *id, const char **out)
{
	const plan_plan *p;
	const plan_action *a;
	const char *named[3];
	char buf[300] = "", q[128], key[128];
	size_t d, n = 0, k;

	lower(q, sizeof(q), id);
	for (d = 0; d <= 2; d++)
		for (p = s->plans.head; p; p = p->next)
			for (a = p->actions.head; a && n < 3; a = a->next) {
				if (plan_edit_distance(q, lower(key, sizeof(key), a->id), 2) != d)
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

		if ((x->seen && x->title) || x->ambiguous)
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
	held_clear(&g.held);
	plan_free(g.held.v);
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
	long long t, days, y;
	int m, d;

	/* Past a long long, or a year past an int (where gmtime fails): git
	 * shows the start of its epoch. */
	if (__builtin_add_overflow(when, (long long)offset * 60, &t))
		t = 0;
	days = t / 86400 - (t % 86400 < 0);
	plan_day_from_number(days, &y, &m, &d);
	if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) {
		y = 1970;
		m = d = 1;
	}
	snprintf(buf, PLAN_LOG_DATE_SIZE, "%04lld-%02d-%02d", y, m, d);
	return buf;
}
