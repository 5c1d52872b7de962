/*
 * graph.c - the commits a walk looks at, and their order (step 1 of
 * plan_repo_walk, see walk.c).
 *
 * The commit graph is reached from the tip, each commit's parents and
 * times coming from the cache (logcache.h) or, for the commits it does
 * not know, from the commits themselves (and then into the cache).  The
 * commits are listed newest first with every commit before its parents:
 * of those whose shown children are all listed, the one with the latest
 * commit time (then the smallest id) comes next, as `git log --date-order`
 * does.  A shallow clone is walked by hand, first parents only, up to its
 * boundary, which libgit2 1.5 cannot read past.
 */
#include "walk_int.h"
#include "alloc.h"
#include "error.h"
#include "map.h"

#include <stdio.h>
#include <string.h>

/* A commit reached from the tip or from the commit hidden. */
struct cnode {
	git_oid id;
	long long ctime, atime;    /* commit time (the order), author time (the window) */
	int aoffset;               /* the author's offset (the window) */
	size_t par, npar;          /* parents: graph.par[par .. par + npar) */
	size_t children;           /* shown children not yet listed */
	int hidden;                /* reached from the commit hidden */
};

struct graph {
	struct cnode *v;           /* plan_malloc'ed */
	size_t n, cap;
	plan_map ids;              /* v[] by id */
	git_oid *par;              /* plan_malloc'ed */
	size_t npar, cappar;
	git_oid *todo;             /* commits still to reach; plan_malloc'ed */
	size_t ntodo, captodo;
};

static void graph_free(struct graph *g)
{
	plan_free(g->v);
	plan_map_free(&g->ids);
	plan_free(g->par);
	plan_free(g->todo);
}

/* The node of commit id, or PLAN_MAP_NONE. */
static size_t node_of(const struct graph *g, const git_oid *id)
{
	uint64_t h = plan_oid_hash(id);
	size_t it, i;

	for (i = plan_map_first(&g->ids, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&g->ids, h, &it))
		if (git_oid_equal(&g->v[i].id, id))
			return i;
	return PLAN_MAP_NONE;
}

static int push_todo(struct graph *g, const git_oid *id)
{
	if (PLAN_GROW(g->todo, g->captodo, g->ntodo + 1) < 0)
		return PLAN_ENOMEM;
	git_oid_cpy(&g->todo[g->ntodo++], id);
	return PLAN_OK;
}

/*
 * Adds commit id to g, its parents and times from the cache or, failing
 * that, from the commit (and then into the cache).  PLAN_ENOMEM, or
 * PLAN_EGIT: the commit cannot be read.
 */
static int add_commit(struct walk *w, struct graph *g, const git_oid *id, int hidden)
{
	const unsigned char *parents;
	struct cnode *n;
	size_t np, k;
	struct wcommit c;

	if (PLAN_GROW(g->v, g->cap, g->n + 1) < 0)
		return PLAN_ENOMEM;
	n = &g->v[g->n];
	memset(n, 0, sizeof(*n));
	git_oid_cpy(&n->id, id);
	n->hidden = hidden;
	n->par = g->npar;
	if (plan_logcache_get_parents(w->cache, id->id, &n->ctime, &n->atime, &n->aoffset, &parents, &np)) {
		if (PLAN_GROW(g->par, g->cappar, g->npar + np) < 0)
			return PLAN_ENOMEM;
		for (k = 0; k < np; k++)
			memcpy(g->par[g->npar++].id, parents + k * PLAN_OID_SIZE, PLAN_OID_SIZE);
	} else {
		unsigned char *v;
		int rc;
		if ((rc = plan_wcommit_read(w, id, &c)) < 0)
			return rc;
		np = c.nparents;
		n->ctime = c.ctime;
		plan_commit_author(&c, &n->atime, &n->aoffset);
		if (PLAN_GROW(g->par, g->cappar, g->npar + np) < 0) {
			plan_wcommit_free(&c);
			return PLAN_ENOMEM;
		}
		for (k = 0; k < np; k++)
			git_oid_cpy(&g->par[g->npar++], plan_wcommit_parent(&c, k));
		plan_wcommit_free(&c);
		if (!(v = plan_malloc(np ? np * PLAN_OID_SIZE : 1)))
			return PLAN_ENOMEM;
		for (k = 0; k < np; k++)
			memcpy(v + k * PLAN_OID_SIZE, g->par[n->par + k].id, PLAN_OID_SIZE);
		rc = plan_logcache_put_parents(w->cache, id->id, n->ctime, n->atime, n->aoffset, v, np);
		plan_free(v);
		if (rc < 0)
			return PLAN_ENOMEM;
	}
	n->npar = np;
	if (plan_map_put(&g->ids, plan_oid_hash(id), g->n) < 0)
		return PLAN_ENOMEM;
	g->n++;
	return PLAN_OK;
}

/* The parents of node k that a walk follows. */
static size_t followed(const struct walk *w, const struct cnode *n)
{
	return w->opt->first_parent && !n->hidden && n->npar > 1 ? 1 : n->npar;
}

/*
 * Reaches every commit from start, marking them hidden when hidden.
 * Commits in g already are not reached again, unless hidden reaches a
 * shown one (it is then hidden, and its parents too).
 */
static int reach(struct walk *w, struct graph *g, const git_oid *start, int hidden)
{
	g->ntodo = 0;
	if (push_todo(g, start) < 0)
		return plan_error_oom();
	while (g->ntodo) {
		git_oid id;
		size_t k, np;
		int rc;

		git_oid_cpy(&id, &g->todo[--g->ntodo]);
		k = node_of(g, &id);
		if (k != PLAN_MAP_NONE) {
			if (!hidden || g->v[k].hidden)
				continue;
			g->v[k].hidden = 1;
		} else {
			if ((rc = add_commit(w, g, &id, hidden)) == PLAN_ENOMEM)
				return plan_error_oom();
			if (rc < 0)
				return plan_git_error(PLAN_EGIT, "cannot read commit %s", git_oid_tostr_s(&id));
			k = g->n - 1;
		}
		np = followed(w, &g->v[k]);
		while (np--)
			if (push_todo(g, &g->par[g->v[k].par + np]) < 0)
				return plan_error_oom();
	}
	return PLAN_OK;
}

/* Whether shown commit a comes before b: newer commit time, then smaller id. */
static int before(const void *ctx, size_t a, size_t b)
{
	const struct graph *g = ctx;

	if (g->v[a].ctime != g->v[b].ctime)
		return g->v[a].ctime > g->v[b].ctime;
	return git_oid_cmp(&g->v[a].id, &g->v[b].id) < 0;
}

/* The parent j of shown commit k, when it is shown and followed; else PLAN_MAP_NONE. */
static size_t shown_parent(const struct graph *g, size_t k, size_t j)
{
	size_t p = node_of(g, &g->par[g->v[k].par + j]);

	return p != PLAN_MAP_NONE && !g->v[p].hidden ? p : PLAN_MAP_NONE;
}

/* The changes of shown commit k, in the window: from the cache or its trees. */
static int list_one(struct walk *w, const struct cnode *n)
{
	const plan_file_change *v;
	struct wcommit c, parent;
	long long when;
	size_t nv;
	int rc;

	if (plan_logcache_get_commit(w->cache, n->id.id, &when, &v, &nv))
		return plan_walk_known(w, &n->id, v, nv);
	memset(&parent, 0, sizeof(parent));
	if ((rc = plan_wcommit_read(w, &n->id, &c)) < 0 ||
	    (c.nparents > 0 && (rc = plan_wcommit_read(w, plan_wcommit_parent(&c, 0), &parent)) < 0)) {
		plan_wcommit_free(&c);
		return rc == PLAN_ENOMEM ? plan_error_oom() :
		       plan_git_error(PLAN_EGIT, "cannot read commit %s", git_oid_tostr_s(&n->id));
	}
	rc = plan_walk_changes(w, &c, c.nparents ? &parent : NULL);
	plan_wcommit_free(&parent);
	plan_wcommit_free(&c);
	return rc;
}

/* Step 1 in a whole repository. */
static int list_graph(struct walk *w)
{
	struct graph g;
	plan_pqueue ready = PLAN_PQUEUE_INIT(before, &g);
	size_t k, j, p;
	int rc = PLAN_OK;

	memset(&g, 0, sizeof(g));
	if ((w->has_hide && (rc = reach(w, &g, &w->hide, 1)) < 0) || (rc = reach(w, &g, &w->from, 0)) < 0) {
		graph_free(&g);
		return rc;
	}
	for (k = 0; k < g.n; k++) {
		if (g.v[k].hidden)
			continue;
		for (j = 0; j < followed(w, &g.v[k]); j++)
			if ((p = shown_parent(&g, k, j)) != PLAN_MAP_NONE)
				g.v[p].children++;
	}
	for (k = 0; k < g.n && rc == PLAN_OK; k++)
		if (!g.v[k].hidden && g.v[k].children == 0 && plan_pqueue_push(&ready, k) < 0)
			rc = plan_error_oom();
	while (ready.n && rc == PLAN_OK) {
		k = plan_pqueue_pop(&ready);
		if (plan_walk_in_window(w, g.v[k].atime, g.v[k].aoffset))
			rc = list_one(w, &g.v[k]);
		for (j = 0; j < followed(w, &g.v[k]) && rc == PLAN_OK; j++)
			if ((p = shown_parent(&g, k, j)) != PLAN_MAP_NONE && --g.v[p].children == 0 &&
			    plan_pqueue_push(&ready, p) < 0)
				rc = plan_error_oom();
	}
	plan_pqueue_free(&ready);
	graph_free(&g);
	return rc;
}

/* Step 1 in a shallow clone: first parents, by hand, up to the boundary. */
static int list_shallow(struct walk *w)
{
	git_oid id, next;
	int rc = PLAN_OK, have_next = 1;

	git_oid_cpy(&next, &w->from);
	while (have_next && !(w->has_hide && git_oid_equal(&next, &w->hide))) {
		struct wcommit c, parent;
		long long when;
		int offset;

		git_oid_cpy(&id, &next);
		have_next = 0;
		memset(&parent, 0, sizeof(parent));
		if ((rc = plan_wcommit_read(w, &id, &c)) < 0)
			return rc == PLAN_ENOMEM ? plan_error_oom() :
			       plan_git_error(PLAN_EGIT, "cannot read commit %s", git_oid_tostr_s(&id));
		/* At a shallow clone's boundary the parent is missing, not empty:
		 * nothing can be said about what the last commit changed. */
		if (c.nparents > 0 && (rc = plan_wcommit_read(w, plan_wcommit_parent(&c, 0), &parent)) < 0) {
			plan_wcommit_free(&c);
			if (rc == PLAN_ENOMEM)
				return plan_error_oom();
			break;
		}
		if (c.nparents > 0) {
			git_oid_cpy(&next, &parent.id);
			have_next = 1;
		}
		plan_commit_author(&c, &when, &offset);
		rc = PLAN_OK;
		if (plan_walk_in_window(w, when, offset))
			rc = plan_walk_changes(w, &c, c.nparents > 0 ? &parent : NULL);
		plan_wcommit_free(&parent);
		plan_wcommit_free(&c);
		if (rc < 0)
			return rc;
	}
	return PLAN_OK;
}

int plan_walk_list(struct walk *w)
{
	return w->r->shallow ? list_shallow(w) : list_graph(w);
}
