/*
 * commits.c - the checks of a commit against its parents (commits.h).
 *
 * A commit is judged as compare.h says: against its first parent (HEAD),
 * and, for a merge, against each merged parent and that parent's merge
 * base with the first.  Every set of plans the judgement needs is read
 * whole or the check stops: a blob, a tree or a commit that cannot be
 * read makes the result PLAN_EREAD, so that a damaged repository or a
 * partial clone never lets a rewrite through unseen.
 *
 * What a commit did not change is standing: a warning or note on an
 * action the commit left alone, or about a file it left alone.  Unless
 * asked for all, standing findings are counted, not kept, so that what
 * the commit brings is not lost among them.  Which actions a commit
 * changed is found from the records of each file that differs
 * (records.h), in time linear in the files.
 */
#include "commits.h"
#include "history_int.h"
#include "alloc.h"
#include "compare.h"
#include "map.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* More merged heads than this is not a merge git makes. */
#define MAX_MERGED 64

/* ---- reading the plans of commits ---------------------------------------- */

/* An empty, linked set. */
static int empty_set(plan_set **out)
{
	if (!(*out = plan_set_new()) || plan_set_link(*out) < 0) {
		plan_set_free(*out);
		*out = NULL;
		return plan_error_oom();
	}
	return PLAN_OK;
}

/*
 * The plans of the commit id, linked, into *out; what names it in a
 * message ("HEAD", "the merge base of HEAD and 1a2b3c4").
 */
static int commit_plans(plan_repo *r, const git_oid *id, const char *what, plan_set **out)
{
	git_commit *c = NULL;
	git_tree *t = NULL;
	int rc;

	*out = NULL;
	plan_git_clear();
	if (plan_commit_lookup(&c, r->repo, id) < 0 || git_commit_tree(&t, c) < 0) {
		git_commit_free(c);
		return plan_git_error(PLAN_EREAD, "cannot read %s (commit %.12s)", what, git_oid_tostr_s(id));
	}
	if (!(*out = plan_set_new())) {
		rc = plan_error_oom();
	} else {
		r->unreadable = 0;
		rc = plan_repo_load_tree(r, t, *out, NULL);
		if (rc == PLAN_OK && r->unreadable)
			rc = PLAN_EREAD;
		if (rc == PLAN_EREAD)
			rc = plan_error_set(PLAN_EREAD, "cannot read the plans of %s (commit %.12s) "
					    "completely: %s", what, git_oid_tostr_s(id), plan_error_message());
		else if (rc == PLAN_OK && plan_set_link(*out) < 0)
			rc = plan_error_oom();
	}
	git_tree_free(t);
	git_commit_free(c);
	if (rc < 0) {
		plan_set_free(*out);
		*out = NULL;
	}
	return rc;
}

/*
 * ---- walking the commit graph ----
 * git's own way (paint_down_to_common, limit_list): commits are taken
 * newest first, each marked with the sides that reach it.  For a merge
 * base, the first commit reached from both sides is the base, and what
 * it reaches is marked stale; for a range, what the base reaches is
 * stale.  The walk ends when only stale commits are left.  (libgit2
 * 1.5's git_merge_base and git_revwalk_next crash when an allocation
 * fails.)
 */
enum { SIDE_A = 1, SIDE_B = 2, STALE = 4 };

struct pnode {
	git_oid id;
	long long time;            /* commit time */
	unsigned flags;
	int queued;
	size_t par, npar;          /* parents: paint.par[par .. par + npar) */
};

struct paint {
	plan_repo *r;
	struct pnode *v;
	size_t n, cap;
	plan_map ids;
	git_oid *par;
	size_t npar, cappar;
	plan_pqueue q;
	size_t live;               /* queued and not stale */
	int merge;                 /* finding a merge base (else a range) */
	size_t base;               /* the merge base found, or PLAN_MAP_NONE */
};

static int newer(const void *ctx, size_t a, size_t b)
{
	const struct paint *p = ctx;
	if (p->v[a].time != p->v[b].time)
		return p->v[a].time > p->v[b].time;
	return memcmp(p->v[a].id.id, p->v[b].id.id, GIT_OID_RAWSZ) < 0;
}

/* The node of commit id, or PLAN_MAP_NONE. */
static size_t paint_find(const struct paint *p, const git_oid *id)
{
	uint64_t h = plan_hash(id->id, GIT_OID_RAWSZ);
	size_t it, i;

	for (i = plan_map_first(&p->ids, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&p->ids, h, &it))
		if (git_oid_equal(&p->v[i].id, id))
			return i;
	return PLAN_MAP_NONE;
}

/* The node of commit id, read when new. */
static int paint_node(struct paint *p, const git_oid *id, size_t *out)
{
	uint64_t h = plan_hash(id->id, GIT_OID_RAWSZ);
	size_t i;
	unsigned k, np;
	git_commit *c;

	if ((*out = paint_find(p, id)) != PLAN_MAP_NONE)
		return PLAN_OK;
	if (plan_commit_lookup(&c, p->r->repo, id) < 0)
		return plan_git_error(PLAN_EREAD, "cannot read commit %.12s", git_oid_tostr_s(id));
	np = git_commit_parentcount(c);
	if (PLAN_GROW(p->v, p->cap, p->n + 1) < 0 || PLAN_GROW(p->par, p->cappar, p->npar + np) < 0 ||
	    plan_map_put(&p->ids, h, p->n) < 0) {
		git_commit_free(c);
		return plan_error_oom();
	}
	i = *out = p->n++;
	memset(&p->v[i], 0, sizeof(p->v[i]));
	git_oid_cpy(&p->v[i].id, id);
	p->v[i].time = (long long)git_commit_time(c);
	p->v[i].par = p->npar;
	p->v[i].npar = np;
	for (k = 0; k < np; k++)
		git_oid_cpy(&p->par[p->npar++], git_commit_parent_id(c, k));
	git_commit_free(c);
	return PLAN_OK;
}

/* Marks commit id with flags, queueing it when that is news. */
static int paint_mark(struct paint *p, const git_oid *id, unsigned flags)
{
	struct pnode *n;
	size_t i;
	int rc;

	if ((rc = paint_node(p, id, &i)) < 0)
		return rc;
	n = &p->v[i];
	if ((n->flags & flags) == flags)
		return PLAN_OK;
	if (n->queued && !(n->flags & STALE) && (flags & STALE))
		p->live--;
	n->flags |= flags;
	if (!n->queued) {
		if (plan_pqueue_push(&p->q, i) < 0)
			return plan_error_oom();
		n->queued = 1;
		p->live += !(n->flags & STALE);
	}
	return PLAN_OK;
}

static int paint_run(struct paint *p)
{
	int rc = PLAN_OK;

	while (rc == PLAN_OK && p->live) {
		size_t i = plan_pqueue_pop(&p->q), k;
		unsigned flags = p->v[i].flags;

		p->v[i].queued = 0;
		if (!(flags & STALE))
			p->live--;
		if (p->merge && (flags & (SIDE_A | SIDE_B | STALE)) == (SIDE_A | SIDE_B)) {
			if (p->base == PLAN_MAP_NONE)
				p->base = i;
			flags |= STALE;
		}
		for (k = 0; rc == PLAN_OK && k < p->v[i].npar; k++)
			rc = paint_mark(p, &p->par[p->v[i].par + k], flags);
	}
	return rc;
}

static void paint_free(struct paint *p)
{
	plan_free(p->v);
	plan_free(p->par);
	plan_map_free(&p->ids);
	plan_pqueue_free(&p->q);
}

static void paint_init(struct paint *p, plan_repo *r, int merge)
{
	memset(p, 0, sizeof(*p));
	p->r = r;
	p->merge = merge;
	p->base = PLAN_MAP_NONE;
	p->q.before = newer;
	p->q.ctx = p;
}

/* The merge base of a and b into *base, and 1; 0 when they have none. */
static int merge_base(plan_repo *r, const git_oid *a, const git_oid *b, git_oid *base)
{
	struct paint p;
	int rc;

	paint_init(&p, r, 1);
	rc = paint_mark(&p, a, SIDE_A);
	if (rc == PLAN_OK)
		rc = paint_mark(&p, b, SIDE_B);
	if (rc == PLAN_OK)
		rc = paint_run(&p);
	if (rc == PLAN_OK && p.base != PLAN_MAP_NONE) {
		git_oid_cpy(base, &p.v[p.base].id);
		rc = 1;
	}
	paint_free(&p);
	return rc;
}

/* The plans of the merge base of a and b, or an empty set when they have none. */
static int base_plans(plan_repo *r, const git_oid *a, const git_oid *b, const char *what, plan_set **out)
{
	git_oid base;
	int rc;

	plan_git_clear();
	*out = NULL;
	if ((rc = merge_base(r, a, b, &base)) < 0)
		return rc == PLAN_ENOMEM ? rc : plan_error_set(rc, "cannot find %s: %s", what, plan_error_message());
	return rc ? commit_plans(r, &base, what, out) : empty_set(out);
}

/* ---- what a commit changed -------------------------------------------- */

/* The ids whose records differ between two states of the plans. */
typedef struct touched {
	const plan_set *before, *now;
	char **keys;
	size_t n, cap;
	plan_map map;
	const plan_source **changed;   /* files of now that differ from before */
	size_t nchanged, changed_cap;
	int any;                       /* a change may concern any action */
	int oom;
} touched;

static int has_key(const touched *t, const char *key, size_t len)
{
	size_t it, i;
	uint64_t h = plan_hash(key, len);

	for (i = plan_map_first(&t->map, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&t->map, h, &it))
		if (strncmp(t->keys[i], key, len) == 0 && t->keys[i][len] == '\0')
			return 1;
	return 0;
}

static void on_key(void *ctx, const char *key, size_t len)
{
	touched *t = ctx;
	char *copy;

	if (t->oom || has_key(t, key, len))
		return;
	if (PLAN_GROW(t->keys, t->cap, t->n + 1) < 0 || !(copy = plan_strndup(key, len))) {
		t->oom = 1;
		return;
	}
	t->keys[t->n] = copy;
	if (plan_map_put(&t->map, plan_hash(key, len), t->n) < 0) {
		plan_free(copy);
		t->oom = 1;
		return;
	}
	t->n++;
}

static const plan_source *source_of(const plan_set *set, const char *path)
{
	size_t i;

	for (i = 0; i < set->nsources; i++)
		if (strcmp(set->sources[i]->path, path) == 0)
			return set->sources[i];
	return NULL;
}

static int touched_find(touched *t, const plan_set *before, plan_set *now)
{
	size_t i;

	memset(t, 0, sizeof(*t));
	t->before = before;
	t->now = now;
	for (i = 0; i < now->nsources && !t->oom; i++) {
		const plan_source *s = now->sources[i], *o = source_of(before, s->path);
		int rc;

		if (o && o->len == s->len && memcmp(o->buf, s->buf, s->len) == 0)
			continue;
		if (PLAN_GROW(t->changed, t->changed_cap, t->nchanged + 1) < 0) {
			t->oom = 1;
			break;
		}
		t->changed[t->nchanged++] = s;
		rc = plan_records_diff(o ? o->buf : NULL, o ? o->len : 0, s->buf, s->len, on_key, t);
		if (rc == PLAN_ENOMEM)
			t->oom = 1;
		else if (rc == PLAN_RECORDS_ANY)
			t->any = 1;
	}
	return t->oom ? plan_error_oom() : PLAN_OK;
}

static void touched_free(touched *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		plan_free(t->keys[i]);
	plan_free(t->keys);
	plan_free(t->changed);
	plan_map_free(&t->map);
}

/* Whether g is the commit's business: not standing. */
static int not_standing(void *ctx, const plan_diag *g)
{
	const touched *t = ctx;
	int c = plan_check_lookup(g->check);
	size_t i;

	if (g->sev == PLAN_SEV_ERROR || c < 0 || plan_checks[c].scope == PLAN_SCOPE_STAGED)
		return 1;
	if (g->action)
		return t->any || has_key(t, g->action, strlen(g->action));
	for (i = 0; i < t->nchanged; i++)
		if (g->src ? g->src == t->changed[i] : g->path && strcmp(g->path, t->changed[i]->path) == 0)
			return 1;
	return 0;
}

/* ---- judging one commit ------------------------------------------------ */

/*
 * Runs the rules and the checks on now against parents, and leaves out
 * the standing findings unless opt->all.
 */
static int judge(plan_set *now, const plan_parent *parents, size_t n,
		 const plan_commits_options *opt, const plan_check_options *check,
		 plan_commits_result *res)
{
	touched t;
	int rc;

	if (plan_compare(parents, n, now, check) < 0 || plan_check_run(now, check) < 0) {
		now->diags.oom = 1;
		return plan_error_oom();
	}
	if (opt->all)
		return PLAN_OK;
	rc = touched_find(&t, parents[0].plans, now);
	if (rc == PLAN_OK)
		plan_diags_filter(&now->diags, not_standing, &t, res->hidden);
	touched_free(&t);
	if (rc < 0)
		now->diags.oom = 1;
	return rc;
}

/* The merged parents and their bases, freed together. */
typedef struct sides {
	plan_parent v[MAX_MERGED + 1];
	char names[MAX_MERGED + 1][16];
	plan_set *owned[2 * MAX_MERGED + 2];
	size_t n, nowned;
} sides;

static void sides_free(sides *s)
{
	while (s->nowned)
		plan_set_free(s->owned[--s->nowned]);
}

/*
 * Adds parent id (or, when id is NULL, an empty first parent) with, when
 * it is a merged one, its merge base with first.
 */
static int add_side(sides *s, plan_repo *r, const git_oid *id, const git_oid *first, const char *name)
{
	plan_parent *p = &s->v[s->n];
	plan_set *plans = NULL, *base = NULL;
	char what[96];
	int rc;

	if (s->n > MAX_MERGED)
		return plan_error_set(PLAN_EINVALID, "a merge of more than %d commits", MAX_MERGED);
	if (name)
		snprintf(s->names[s->n], sizeof(s->names[s->n]), "%s", name);
	else
		snprintf(s->names[s->n], sizeof(s->names[s->n]), "%.7s", git_oid_tostr_s(id));
	snprintf(what, sizeof(what), "%s %s", s->n ? "the merged commit" : "the parent", s->names[s->n]);
	rc = id ? commit_plans(r, id, s->n ? what : s->names[0], &plans) : empty_set(&plans);
	if (rc == PLAN_OK && s->n) {
		snprintf(what, sizeof(what), "the merge base of %s and %s", s->names[0], s->names[s->n]);
		rc = first ? base_plans(r, first, id, what, &base) : empty_set(&base);
	}
	if (plans)
		s->owned[s->nowned++] = plans;
	if (base)
		s->owned[s->nowned++] = base;
	if (rc < 0)
		return rc;
	p->plans = plans;
	p->base = base;
	p->name = s->names[s->n++];
	return PLAN_OK;
}

/* ---- --staged ---------------------------------------------------------- */

/* The commits being merged: MERGE_HEAD, or, for pre-merge-commit, GITHEAD_<id>. */
typedef struct merged {
	git_oid id[MAX_MERGED];
	size_t n;
	int too_many;
} merged;

static int add_merged(const git_oid *id, void *payload)
{
	merged *m = payload;

	if (m->n == MAX_MERGED) {
		m->too_many = 1;
		return 1;
	}
	git_oid_cpy(&m->id[m->n++], id);
	return 0;
}

/*
 * git sets GITHEAD_<id> for each commit merged while the pre-merge-commit
 * hook runs (MERGE_HEAD is written only after it).
 */
static void merged_from_env(merged *m)
{
	extern char **environ;
	char **e;

	for (e = environ; *e; e++)
		if (strncmp(*e, "GITHEAD_", 8) == 0) {
			char hex[GIT_OID_HEXSZ + 1];
			const char *eq = strchr(*e, '=');
			git_oid id;
			if (!eq || eq - *e - 8 != GIT_OID_HEXSZ)
				continue;
			memcpy(hex, *e + 8, GIT_OID_HEXSZ);
			hex[GIT_OID_HEXSZ] = '\0';
			if (git_oid_fromstr(&id, hex) == 0)
				add_merged(&id, m);
		}
}

static int merged_heads(plan_repo *r, merged *m)
{
	int rc;

	m->n = 0;
	m->too_many = 0;
	plan_git_clear();
	rc = git_repository_state(r->repo);
	if (rc < 0 || plan_git_alloc_failed())
		return plan_git_error(PLAN_EREAD, "cannot tell whether a merge is in progress");
	if (rc == GIT_REPOSITORY_STATE_MERGE) {
		rc = git_repository_mergehead_foreach(r->repo, add_merged, m);
		if (rc < 0 && rc != GIT_EUSER && rc != GIT_ENOTFOUND)
			return plan_git_error(PLAN_EREAD, "cannot read MERGE_HEAD");
	} else {
		merged_from_env(m);
	}
	if (m->too_many)
		return plan_error_set(PLAN_EINVALID, "a merge of more than %d commits", MAX_MERGED);
	return PLAN_OK;
}

int plan_staged_check(plan_set **out, plan_repo *r, const plan_commits_options *opt,
		      plan_commits_result *res)
{
	plan_set *now;
	merged m = { .n = 0 };
	sides s;
	size_t i;
	int rc;

	*out = NULL;
	memset(res, 0, sizeof(*res));
	s.n = s.nowned = 0;
	if (!(now = plan_set_new()))
		return plan_error_oom();
	*out = now;
	r->unreadable = 0;
	rc = plan_repo_load_index(r, now);
	if (rc == PLAN_EREAD || (rc == PLAN_OK && r->unreadable))
		rc = plan_error_set(PLAN_EREAD, "a staged file cannot be read: %s", plan_error_message());
	if (rc == PLAN_OK && plan_set_link(now) < 0)
		rc = plan_error_oom();
	if (rc == PLAN_OK)
		rc = add_side(&s, r, r->unborn ? NULL : &r->head_commit, NULL, "HEAD");
	if (rc == PLAN_OK)
		rc = merged_heads(r, &m);
	for (i = 0; rc == PLAN_OK && i < m.n; i++)
		rc = add_side(&s, r, &m.id[i], r->unborn ? NULL : &r->head_commit, NULL);
	if (rc == PLAN_OK)
		rc = judge(now, s.v, s.n, opt, &opt->check, res);
	sides_free(&s);
	if (rc == PLAN_ENOMEM)
		now->diags.oom = 1;
	return rc;
}

/* ---- --range ----------------------------------------------------------- */

/* The last sets read, by commit: a commit's plans are its child's parent's. */
#define CACHED 8

typedef struct cache {
	git_oid id[CACHED];
	plan_set *set[CACHED];
	int kept[CACHED];          /* owned by the result */
	size_t next;
} cache;

/*
 * The plans of commit id, from the cache or read and cached in a slot
 * other than avoid's.
 */
static int cached_plans(cache *k, plan_repo *r, const git_oid *id, plan_set **out, size_t *slot,
			size_t avoid)
{
	size_t i = k->next == avoid ? (k->next + 1) % CACHED : k->next;
	int rc;

	for (*slot = 0; *slot < CACHED; (*slot)++)
		if (k->set[*slot] && git_oid_equal(&k->id[*slot], id)) {
			*out = k->set[*slot];
			return PLAN_OK;
		}
	if ((rc = commit_plans(r, id, git_oid_tostr_s(id), out)) < 0)
		return rc;
	if (!k->kept[i])
		plan_set_free(k->set[i]);
	git_oid_cpy(&k->id[i], id);
	k->set[i] = *out;
	k->kept[i] = 0;
	*slot = i;
	k->next = (i + 1) % CACHED;
	return PLAN_OK;
}

static void cache_free(cache *k)
{
	size_t i;

	for (i = 0; i < CACHED; i++)
		if (!k->kept[i])
			plan_set_free(k->set[i]);
}

/* "Plan-Allow-Rewrite: WHY" in a commit's message: into buf, and 1. */
static int allowed(const git_commit *c, char *buf, size_t size)
{
	git_message_trailer_array t;
	const char *msg = git_commit_message(c);
	size_t i;
	int found = 0;

	if (!msg || git_message_trailers(&t, msg) < 0)
		return plan_git_alloc_failed() ? plan_error_oom() : 0;
	for (i = 0; i < t.count && !found; i++)
		if (strcasecmp(t.trailers[i].key, "Plan-Allow-Rewrite") == 0) {
			snprintf(buf, size, "Plan-Allow-Rewrite: %.200s", t.trailers[i].value);
			plan_utf8_trim(buf);
			found = 1;
		}
	git_message_trailer_array_free(&t);
	return found;
}

int plan_range_resolve(plan_repo *r, const char *text, plan_range *out)
{
	const char *dots = strstr(text, "..");
	size_t n = dots ? (size_t)(dots - text) : strlen(text);
	char base[256];
	git_oid id;
	int rc;

	memset(out, 0, sizeof(*out));
	if (dots && dots[2] == '.')
		return plan_error_set(PLAN_EINVALID, "\"%.100s\": expected BASE..TIP (two dots)", text);
	if (n == 0 || n >= sizeof(base) || (dots && !dots[2]))
		return plan_error_set(PLAN_EINVALID, "\"%.100s\": expected BASE..TIP or BASE", text);
	memcpy(base, text, n);
	base[n] = '\0';
	snprintf(out->text, sizeof(out->text), "%s", text);
	plan_utf8_trim(out->text);
	out->all = strspn(base, "0") == GIT_OID_HEXSZ && n == GIT_OID_HEXSZ;
	if (!out->all) {
		if ((rc = plan_repo_commit_of(r, base, &id)) < 0)
			return rc;
		memcpy(out->base, id.id, GIT_OID_RAWSZ);
	}
	if ((rc = plan_repo_commit_of(r, dots ? dots + 2 : "HEAD", &id)) < 0)
		return rc;
	memcpy(out->tip, id.id, GIT_OID_RAWSZ);
	return PLAN_OK;
}

/* Whether node i of a range's walk is in the range. */
static int in_range(const struct paint *p, size_t i)
{
	return i != PLAN_MAP_NONE && (p->v[i].flags & (SIDE_A | STALE)) == SIDE_A;
}

/*
 * The commits of range, each after its parents (first parents' history
 * first): *out (plan_malloc'ed) and *n.
 */
static int range_list(plan_repo *r, const plan_range *range, git_oid **out, size_t *n)
{
	struct stack { size_t node, next; } *st = NULL;
	struct paint p;
	git_oid base, tip;
	unsigned char *seen = NULL;
	size_t top = 0, i;
	int rc;

	*out = NULL;
	*n = 0;
	git_oid_fromraw(&base, range->base);
	git_oid_fromraw(&tip, range->tip);
	paint_init(&p, r, 0);
	rc = paint_mark(&p, &tip, SIDE_A);
	if (rc == PLAN_OK && !range->all)
		rc = paint_mark(&p, &base, STALE);
	if (rc == PLAN_OK)
		rc = paint_run(&p);
	if (rc == PLAN_OK && (!(st = plan_calloc(p.n + 1, sizeof(*st))) || !(seen = plan_calloc(p.n + 1, 1)) ||
			      !(*out = plan_calloc(p.n + 1, sizeof(**out)))))
		rc = plan_error_oom();
	i = paint_find(&p, &tip);
	if (rc == PLAN_OK && in_range(&p, i)) {
		st[top].node = i;
		st[top++].next = 0;
		seen[i] = 1;
	}
	while (rc == PLAN_OK && top) {
		struct stack *e = &st[top - 1];
		const struct pnode *v = &p.v[e->node];
		if (e->next < v->npar) {
			size_t k = paint_find(&p, &p.par[v->par + e->next++]);
			if (in_range(&p, k) && !seen[k]) {
				seen[k] = 1;
				st[top].node = k;
				st[top++].next = 0;
			}
			continue;
		}
		git_oid_cpy(&(*out)[(*n)++], &v->id);
		top--;
	}
	plan_free(st);
	plan_free(seen);
	paint_free(&p);
	if (rc < 0) {
		plan_free(*out);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

/* Keeps now's findings in out, under commit c. */
static int keep_findings(plan_set *out, plan_set *now, const git_commit *c, unsigned seq)
{
	plan_diag_commit *dc = plan_arena_zalloc(out->arena, sizeof(*dc));
	const char *subject = git_commit_summary((git_commit *)c);

	if (!dc || !subject || plan_git_alloc_failed())
		return plan_error_oom();
	dc->id = plan_arena_strndup(out->arena, git_oid_tostr_s(git_commit_id(c)), GIT_OID_HEXSZ);
	dc->subject = plan_arena_strndup(out->arena, subject, strlen(subject));
	if (!dc->id || !dc->subject)
		return plan_error_oom();
	dc->seq = seq;
	plan_diags_move(&out->diags, &now->diags, dc);
	return PLAN_OK;
}

/* Checks commit c against its parents; its findings go to out. */
static int range_commit(plan_set *out, cache *k, plan_repo *r, git_commit *c,
			const plan_commits_options *opt, plan_commits_result *res)
{
	plan_check_options check = opt->check;
	unsigned i, np = git_commit_parentcount(c);
	plan_set *now;
	size_t slot, at = CACHED;
	char reason[256];
	sides s;
	int rc;

	s.n = s.nowned = 0;
	/* The first parent's plans come from the cache, not owned here. */
	if (np == 0) {
		rc = add_side(&s, r, NULL, NULL, "no parent");
	} else {
		const git_oid *p0 = git_commit_parent_id(c, 0);
		plan_set *first;
		if ((rc = cached_plans(k, r, p0, &first, &at, CACHED)) == PLAN_OK) {
			snprintf(s.names[0], sizeof(s.names[0]), "%.7s", git_oid_tostr_s(p0));
			s.v[0].plans = first;
			s.v[0].base = NULL;
			s.v[0].name = s.names[0];
			s.n = 1;
		}
	}
	for (i = 1; rc == PLAN_OK && i < np; i++)
		rc = add_side(&s, r, git_commit_parent_id(c, i), git_commit_parent_id(c, 0), NULL);
	if (rc == PLAN_OK)
		rc = cached_plans(k, r, git_commit_id(c), &now, &slot, at);
	if (rc == PLAN_OK && (rc = allowed(c, reason, sizeof(reason))) > 0) {
		check.allow_rewrite = 1;
		check.allow_reason = reason;
		rc = PLAN_OK;
	}
	if (rc == PLAN_OK)
		rc = judge(now, s.v, s.n, opt, &check, res);
	if (rc == PLAN_OK && now->diags.total) {
		rc = keep_findings(out, now, c, (unsigned)res->commits);
		/* out now refers to now's arena: out frees it. */
		k->kept[slot] = 1;
		now->also = out->also;
		out->also = now;
	}
	if (rc == PLAN_ENOMEM)
		out->diags.oom = 1;
	sides_free(&s);
	return rc;
}

int plan_range_check(plan_set **out, plan_repo *r, const plan_range *range,
		     const plan_commits_options *opt, plan_commits_result *res)
{
	git_oid *list;
	size_t n, i;
	cache k;
	int rc;

	memset(res, 0, sizeof(*res));
	memset(&k, 0, sizeof(k));
	if (!(*out = plan_set_new()))
		return plan_error_oom();
	rc = range_list(r, range, &list, &n);
	for (i = 0; rc == PLAN_OK && i < n; i++) {
		git_commit *c;
		plan_git_clear();
		if (plan_commit_lookup(&c, r->repo, &list[i]) < 0) {
			rc = plan_git_error(PLAN_EREAD, "cannot read commit %.12s", git_oid_tostr_s(&list[i]));
			break;
		}
		res->commits++;
		rc = range_commit(*out, &k, r, c, opt, res);
		git_commit_free(c);
	}
	plan_free(list);
	cache_free(&k);
	if (rc == PLAN_ENOMEM)
		(*out)->diags.oom = 1;
	return rc;
}
