/*
 * walk.c - the history of plans, commit by commit (plan_repo_walk).
 *
 * Three steps, each paying only for what the one before it found:
 *
 * 1. Reach the commits from the tip, their parents and times from the
 *    cache (logcache.h) or, for commits it does not know, from the
 *    commits; put them in order (list_graph); and list, for each, the
 *    plan files whose blob differs from its first parent's, comparing
 *    object ids only: root tree, then the subtrees that differ, then
 *    blobs.  No blob is read, and commits seen before come from the cache.
 * 2. For each changed file, learn which ids' records differ between its two
 *    versions (records.c).  Results come from the key cache when it has
 *    them; the rest are read path by path, newest version first, so that
 *    libgit2's delta-base cache serves each version from the one before
 *    (read in commit order instead, the versions of several files evict
 *    one another, about ten times slower).
 * 3. Parse only the commits that changed an id asked for, and in them only
 *    the files that mention one (and the files that include those), and
 *    hand both sides to the caller.  Which files mention one, and what is
 *    kept of each file parsed, come from the cache too, keyed by blob and
 *    by a digest of the ids asked for.
 */
#include "alloc.h"
#include "arena.h"
#include "history_int.h"
#include "logcache.h"
#include "records.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* One plan file that a commit changed; a zero id: the file is absent. */
struct change {
	const char *path;          /* arena */
	git_oid old, new_;
	int any;                   /* PLAN_RECORDS_ANY: any id may have changed */
	int known;                 /* keys below are filled */
	const char **keys;         /* arena; the ids whose records differ */
	size_t nkeys;
};

/* A commit that changed plan files, and where its changes are. */
struct step {
	git_oid id;
	size_t first, n;
};

struct walk {
	plan_repo *r;
	plan_arena *arena;
	struct change *ch;
	size_t nch, capch;
	struct step *st;
	size_t nst, capst;
	const char *const *ids;    /* asked for; none: every id */
	size_t nids;
	plan_logcache *cache;
	/* keys of the change being filled */
	const char **keys;
	size_t nkeys, capkeys;
	int oom;
	int unreadable;            /* a blob could not be read (facts_of) */
};

static const git_oid zero_oid;

static int is_zero(const git_oid *id)
{
	return git_oid_equal(id, &zero_oid);
}

/*
 * v, an array of *cap elements of size bytes (plan_realloc'ed, or NULL),
 * with room for need of them: v itself or a larger copy, *cap updated.
 * NULL when memory ran out (v is then as it was).
 */
static void *grown(void *v, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap ? *cap : 64;
	void *n;

	if (v && need <= *cap)
		return v;
	while (c < need)
		c *= 2;
	if (!(n = plan_realloc(v, c * size)))
		return NULL;
	*cap = c;
	return n;
}

/* A new, zeroed change at the end of w's list; NULL when memory ran out. */
static struct change *new_change(struct walk *w)
{
	struct change *v = grown(w->ch, &w->capch, w->nch + 1, sizeof(*v));

	if (!v)
		return NULL;
	w->ch = v;
	memset(&w->ch[w->nch], 0, sizeof(w->ch[w->nch]));
	return &w->ch[w->nch++];
}

static int add_change(struct walk *w, const char *dir, const char *name, const git_oid *old,
		      const git_oid *new_)
{
	size_t dl = strlen(dir), nl = strlen(name);
	char *path = plan_arena_alloc(w->arena, dl + nl + 1);
	struct change *c;

	if (!path || !(c = new_change(w)))
		return -1;
	memcpy(path, dir, dl);
	memcpy(path + dl, name, nl + 1);
	c->path = path;
	git_oid_cpy(&c->old, old ? old : &zero_oid);
	git_oid_cpy(&c->new_, new_ ? new_ : &zero_oid);
	return 0;
}

static int diff_trees(struct walk *w, git_tree *a, git_tree *b, const char *dir);

/* The changes below the subtree entries ea (before) and eb (after), either NULL. */
static int diff_subtrees(struct walk *w, const git_tree_entry *ea, const git_tree_entry *eb,
			 const char *dir, const char *name)
{
	git_tree *ta = NULL, *tb = NULL;
	char sub[PLAN_MAX_GIT_PATH];
	int rc;

	if ((size_t)snprintf(sub, sizeof(sub), "%s%s/", dir, name) >= sizeof(sub))
		return 0;
	if ((ea && git_tree_lookup(&ta, w->r->repo, git_tree_entry_id(ea)) < 0) ||
	    (eb && git_tree_lookup(&tb, w->r->repo, git_tree_entry_id(eb)) < 0)) {
		git_tree_free(ta);
		return -2;
	}
	rc = diff_trees(w, ta, tb, sub);
	git_tree_free(ta);
	git_tree_free(tb);
	return rc;
}

static int is_plan_blob(const git_tree_entry *e)
{
	return e && git_tree_entry_type(e) == GIT_OBJECT_BLOB && plan_is_plan_path(git_tree_entry_name(e));
}

static int is_tree(const git_tree_entry *e)
{
	return e && git_tree_entry_type(e) == GIT_OBJECT_TREE;
}

/*
 * Adds the plan files that differ between trees a (the parent's) and b,
 * either NULL, under dir.  -1: out of memory; -2: an object is missing.
 */
static int diff_trees(struct walk *w, git_tree *a, git_tree *b, const char *dir)
{
	size_t i, n;
	int rc;

	n = b ? git_tree_entrycount(b) : 0;
	for (i = 0; i < n; i++) {
		const git_tree_entry *eb = git_tree_entry_byindex(b, i);
		const char *name = git_tree_entry_name(eb);
		const git_tree_entry *ea = a ? git_tree_entry_byname(a, name) : NULL;

		if (ea && git_tree_entry_type(ea) == git_tree_entry_type(eb) &&
		    git_oid_equal(git_tree_entry_id(ea), git_tree_entry_id(eb)))
			continue;
		if (is_tree(eb) || is_tree(ea)) {
			rc = diff_subtrees(w, is_tree(ea) ? ea : NULL, is_tree(eb) ? eb : NULL, dir, name);
			if (rc < 0)
				return rc;
		}
		if ((is_plan_blob(ea) || is_plan_blob(eb)) &&
		    add_change(w, dir, name, is_plan_blob(ea) ? git_tree_entry_id(ea) : NULL,
			       is_plan_blob(eb) ? git_tree_entry_id(eb) : NULL) < 0)
			return -1;
	}
	n = a ? git_tree_entrycount(a) : 0;
	for (i = 0; i < n; i++) {
		const git_tree_entry *ea = git_tree_entry_byindex(a, i);
		const char *name = git_tree_entry_name(ea);

		if (b && git_tree_entry_byname(b, name))
			continue;
		if (is_tree(ea) && (rc = diff_subtrees(w, ea, NULL, dir, name)) < 0)
			return rc;
		if (is_plan_blob(ea) && add_change(w, dir, name, git_tree_entry_id(ea), NULL) < 0)
			return -1;
	}
	return 0;
}

static int in_window(const plan_repo *r, long long t)
{
	return (!r->since || t >= r->since) && (!r->until || t < r->until);
}

static long long author_time(const git_commit *c)
{
	const git_signature *sig = git_commit_author(c);
	return sig ? (long long)sig->when.time : 0;
}

/* Keeps the changes from first on that are within the limit; if any, a step. */
static int add_step(struct walk *w, const git_oid *id, size_t first)
{
	struct step *v;
	size_t i, n;

	for (i = n = first; i < w->nch; i++)
		if (plan_repo_within(w->r, w->ch[i].path))
			w->ch[n++] = w->ch[i];
	w->nch = n;
	if (w->nch == first)
		return 0;
	if (!(v = grown(w->st, &w->capst, w->nst + 1, sizeof(*v))))
		return -1;
	w->st = v;
	git_oid_cpy(&w->st[w->nst].id, id);
	w->st[w->nst].first = first;
	w->st[w->nst].n = w->nch - first;
	w->nst++;
	return 0;
}

/* Step 1 for a commit the cache knows: no object is read. */
static int list_known(struct walk *w, const git_oid *id, const plan_file_change *v, size_t n)
{
	size_t first = w->nch, i;

	for (i = 0; i < n; i++) {
		struct change *c = new_change(w);
		if (!c)
			return -1;
		c->path = v[i].path;
		memcpy(c->old.id, v[i].old, PLAN_OID_SIZE);
		memcpy(c->new_.id, v[i].new_, PLAN_OID_SIZE);
	}
	return add_step(w, id, first);
}

/*
 * Step 1 for commit c: the plan files it changed, from its trees, which
 * then go into the cache.
 */
static int list_changes(struct walk *w, git_commit *c, git_commit *parent)
{
	git_tree *t = NULL, *pt = NULL;
	const plan_file_change *known;
	plan_file_change *v;
	size_t first = w->nch, i, n;
	long long when;
	int rc = 0;

	if (plan_logcache_get_commit(w->cache, git_commit_id(c)->id, &when, &known, &n))
		return list_known(w, git_commit_id(c), known, n);
	if (!parent || !git_oid_equal(git_commit_tree_id(c), git_commit_tree_id(parent))) {
		if (git_commit_tree(&t, c) < 0 || (parent && git_commit_tree(&pt, parent) < 0))
			rc = -2;
		else
			rc = diff_trees(w, pt, t, "");
		git_tree_free(t);
		git_tree_free(pt);
		if (rc < 0)
			return rc;
	}
	n = w->nch - first;
	if (!(v = plan_malloc((n ? n : 1) * sizeof(*v))))
		return -1;
	for (i = 0; i < n; i++) {
		v[i].path = w->ch[first + i].path;
		memcpy(v[i].old, w->ch[first + i].old.id, PLAN_OID_SIZE);
		memcpy(v[i].new_, w->ch[first + i].new_.id, PLAN_OID_SIZE);
	}
	rc = plan_logcache_put_commit(w->cache, git_commit_id(c)->id, author_time(c), v, n);
	plan_free(v);
	return rc < 0 ? -1 : add_step(w, git_commit_id(c), first);
}

/* Step 1: the commits in the window, newest first, with their changes. */
/* ---- oid tables: open addressing over arrays whose elements start with a git_oid ---- */

static size_t oid_hash(const git_oid *id)
{
	size_t h;
	memcpy(&h, id->id, sizeof(h));
	return h;
}

static const git_oid *oid_at(const void *base, size_t stride, size_t k)
{
	return (const git_oid *)(const void *)((const char *)base + k * stride);
}

/* The slot holding id (its index + 1), or the empty slot where it belongs. */
static size_t *oid_slot(size_t *slot, size_t nslot, const void *base, size_t stride, const git_oid *id)
{
	size_t i;

	for (i = oid_hash(id) & (nslot - 1); slot[i]; i = (i + 1) & (nslot - 1))
		if (git_oid_equal(oid_at(base, stride, slot[i] - 1), id))
			break;
	return &slot[i];
}

/* Room in the table for one more of the n elements at base; -1 when memory ran out. */
static int oid_room(size_t **slot, size_t *nslot, const void *base, size_t stride, size_t n)
{
	size_t cap = *nslot ? *nslot * 2 : 1024, k;
	size_t *v;

	if ((n + 1) * 2 <= *nslot)
		return 0;
	if (!(v = plan_malloc(cap * sizeof(*v))))
		return -1;
	memset(v, 0, cap * sizeof(*v));
	for (k = 0; k < n; k++)
		*oid_slot(v, cap, base, stride, oid_at(base, stride, k)) = k + 1;
	plan_free(*slot);
	*slot = v;
	*nslot = cap;
	return 0;
}

/* ---- step 1: the commit graph, then the commits in order ---- */

/* A commit reached from the tip or from the commit hidden. */
struct cnode {
	git_oid id;                /* first: see oid_slot */
	long long ctime, atime;    /* commit time (the order), author time (the window) */
	size_t par, npar;          /* parents: graph.par[par .. par + npar) */
	size_t children;           /* shown children not yet listed */
	int hidden;                /* reached from the commit hidden */
};

struct graph {
	struct cnode *v;
	size_t n, cap;
	size_t *slot, nslot;
	git_oid *par;
	size_t npar, cappar;
	git_oid *todo;             /* commits still to reach */
	size_t ntodo, captodo;
	size_t *heap;              /* commits ready to be listed */
	size_t nheap;
};

static void graph_free(struct graph *g)
{
	plan_free(g->v);
	plan_free(g->slot);
	plan_free(g->par);
	plan_free(g->todo);
	plan_free(g->heap);
}

static int push_todo(struct graph *g, const git_oid *id)
{
	git_oid *v = grown(g->todo, &g->captodo, g->ntodo + 1, sizeof(*v));

	if (!v)
		return -1;
	g->todo = v;
	git_oid_cpy(&g->todo[g->ntodo++], id);
	return 0;
}

/*
 * Adds commit id to g, its parents and times from the cache or, failing
 * that, from the commit (and then into the cache).  -1: out of memory;
 * -2: the commit cannot be read.
 */
static int add_commit(struct walk *w, struct graph *g, const git_oid *id, int hidden)
{
	const unsigned char *parents;
	struct cnode *n;
	git_oid *par;
	size_t np, k;
	git_commit *c = NULL;

	if (oid_room(&g->slot, &g->nslot, g->v, sizeof(*g->v), g->n) < 0 ||
	    !(n = grown(g->v, &g->cap, g->n + 1, sizeof(*n))))
		return -1;
	g->v = n;
	n = &g->v[g->n];
	memset(n, 0, sizeof(*n));
	git_oid_cpy(&n->id, id);
	n->hidden = hidden;
	n->par = g->npar;
	if (plan_logcache_get_parents(w->cache, id->id, &n->ctime, &n->atime, &parents, &np)) {
		if (!(par = grown(g->par, &g->cappar, g->npar + np, sizeof(*par))))
			return -1;
		g->par = par;
		for (k = 0; k < np; k++)
			memcpy(g->par[g->npar++].id, parents + k * PLAN_OID_SIZE, PLAN_OID_SIZE);
	} else {
		unsigned char *v;
		if (git_commit_lookup(&c, w->r->repo, id) < 0)
			return -2;
		np = git_commit_parentcount(c);
		n->ctime = (long long)git_commit_time(c);
		n->atime = author_time(c);
		if (!(par = grown(g->par, &g->cappar, g->npar + np, sizeof(*par)))) {
			git_commit_free(c);
			return -1;
		}
		g->par = par;
		for (k = 0; k < np; k++)
			git_oid_cpy(&g->par[g->npar++], git_commit_parent_id(c, (unsigned)k));
		git_commit_free(c);
		if (!(v = plan_malloc(np ? np * PLAN_OID_SIZE : 1)))
			return -1;
		for (k = 0; k < np; k++)
			memcpy(v + k * PLAN_OID_SIZE, g->par[n->par + k].id, PLAN_OID_SIZE);
		k = plan_logcache_put_parents(w->cache, id->id, n->ctime, n->atime, v, np) < 0;
		plan_free(v);
		if (k)
			return -1;
	}
	n->npar = np;
	*oid_slot(g->slot, g->nslot, g->v, sizeof(*g->v), id) = g->n + 1;
	g->n++;
	return 0;
}

/*
 * Reaches every commit from start: following first parents only when
 * first_parent, marking them hidden when hidden.  Commits in g already are
 * not reached again, unless hidden reaches a shown one (it is then
 * hidden, and its parents too).
 */
static int reach(struct walk *w, struct graph *g, const git_oid *start, int first_parent, int hidden,
		 char *err, size_t errsize)
{
	g->ntodo = 0;
	if (push_todo(g, start) < 0)
		goto oom;
	while (g->ntodo) {
		git_oid id;
		size_t slot, k, np;
		int rc;

		git_oid_cpy(&id, &g->todo[--g->ntodo]);
		slot = g->nslot ? *oid_slot(g->slot, g->nslot, g->v, sizeof(*g->v), &id) : 0;
		if (slot) {
			if (!hidden || g->v[slot - 1].hidden)
				continue;
			g->v[slot - 1].hidden = 1;
			k = slot - 1;
		} else {
			if ((rc = add_commit(w, g, &id, hidden)) == -1)
				goto oom;
			if (rc < 0) {
				snprintf(err, errsize, "cannot read commit %s: %s", git_oid_tostr_s(&id),
					 plan_git_message());
				return -1;
			}
			k = g->n - 1;
		}
		np = first_parent && !hidden && g->v[k].npar > 1 ? 1 : g->v[k].npar;
		while (np--)
			if (push_todo(g, &g->par[g->v[k].par + np]) < 0)
				goto oom;
	}
	return 0;
oom:
	snprintf(err, errsize, "out of memory");
	return -1;
}

/* Whether shown commit a comes before b: newer commit time, then smaller id. */
static int before(const struct graph *g, size_t a, size_t b)
{
	if (g->v[a].ctime != g->v[b].ctime)
		return g->v[a].ctime > g->v[b].ctime;
	return git_oid_cmp(&g->v[a].id, &g->v[b].id) < 0;
}

static void heap_push(struct graph *g, size_t k)
{
	size_t i = g->nheap++;

	while (i > 0 && before(g, k, g->heap[(i - 1) / 2])) {
		g->heap[i] = g->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	g->heap[i] = k;
}

static size_t heap_pop(struct graph *g)
{
	size_t top = g->heap[0], last = g->heap[--g->nheap], i = 0;

	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= g->nheap)
			break;
		if (c + 1 < g->nheap && before(g, g->heap[c + 1], g->heap[c]))
			c++;
		if (!before(g, g->heap[c], last))
			break;
		g->heap[i] = g->heap[c];
		i = c;
	}
	if (g->nheap)
		g->heap[i] = last;
	return top;
}

/* The parent j of shown commit k, when it is shown and followed; else (size_t)-1. */
static size_t shown_parent(const struct graph *g, size_t k, size_t j)
{
	size_t slot = *oid_slot(g->slot, g->nslot, g->v, sizeof(*g->v), &g->par[g->v[k].par + j]);

	return slot && !g->v[slot - 1].hidden ? slot - 1 : (size_t)-1;
}

/* Step 1 for shown commit k, in the window: its changes, from the cache or its trees. */
static int list_one(struct walk *w, const struct cnode *n, char *err, size_t errsize)
{
	const plan_file_change *v;
	git_commit *c = NULL, *parent = NULL;
	long long when;
	size_t nv;
	int rc;

	if (plan_logcache_get_commit(w->cache, n->id.id, &when, &v, &nv)) {
		if (list_known(w, &n->id, v, nv) < 0) {
			snprintf(err, errsize, "out of memory");
			return -1;
		}
		return 0;
	}
	if (git_commit_lookup(&c, w->r->repo, &n->id) < 0 ||
	    (git_commit_parentcount(c) > 0 && git_commit_parent(&parent, c, 0) < 0)) {
		snprintf(err, errsize, "cannot read commit %s: %s", git_oid_tostr_s(&n->id),
			 plan_git_message());
		git_commit_free(c);
		return -1;
	}
	rc = list_changes(w, c, parent);
	git_commit_free(parent);
	git_commit_free(c);
	if (rc < 0) {
		snprintf(err, errsize, rc == -1 ? "out of memory" : "cannot read commit %s: %s",
			 git_oid_tostr_s(&n->id), plan_git_message());
		return -1;
	}
	return 0;
}

/*
 * Step 1 in a whole repository.  The commit graph is reached from the
 * cache, reading only the commits it does not know, and the commits are
 * listed newest first with every commit before its parents: of those
 * whose shown children are all listed, the one with the latest commit
 * time (then the smallest id) comes next.
 */
static int list_graph(struct walk *w, int first_parent, char *err, size_t errsize)
{
	plan_repo *r = w->r;
	struct graph g;
	git_oid tip;
	size_t k, j;
	int rc = 0;

	memset(&g, 0, sizeof(g));
	if (r->has_from)
		git_oid_cpy(&tip, &r->from);
	else if (git_reference_name_to_id(&tip, r->repo, "HEAD") < 0) {
		snprintf(err, errsize, "cannot read HEAD: %s", plan_git_message());
		return -1;
	}
	if ((r->has_hide && reach(w, &g, &r->hide, 0, 1, err, errsize) < 0) ||
	    reach(w, &g, &tip, first_parent, 0, err, errsize) < 0) {
		graph_free(&g);
		return -1;
	}
	for (k = 0; k < g.n; k++) {
		if (g.v[k].hidden)
			continue;
		for (j = 0; j < (first_parent && g.v[k].npar > 1 ? 1 : g.v[k].npar); j++) {
			size_t p = shown_parent(&g, k, j);
			if (p != (size_t)-1)
				g.v[p].children++;
		}
	}
	if (!(g.heap = plan_malloc((g.n ? g.n : 1) * sizeof(*g.heap)))) {
		snprintf(err, errsize, "out of memory");
		graph_free(&g);
		return -1;
	}
	for (k = 0; k < g.n; k++)
		if (!g.v[k].hidden && g.v[k].children == 0)
			heap_push(&g, k);
	while (g.nheap && rc == 0) {
		k = heap_pop(&g);
		if (in_window(r, g.v[k].atime))
			rc = list_one(w, &g.v[k], err, errsize);
		for (j = 0; j < (first_parent && g.v[k].npar > 1 ? 1 : g.v[k].npar); j++) {
			size_t p = shown_parent(&g, k, j);
			if (p != (size_t)-1 && --g.v[p].children == 0)
				heap_push(&g, p);
		}
	}
	graph_free(&g);
	return rc;
}

/*
 * Step 1.  In a shallow clone, libgit2 1.5 cannot read past the boundary:
 * first parents are walked by hand up to it, from the commits themselves.
 */
static int list_commits(struct walk *w, int first_parent, int *shallow, char *err, size_t errsize)
{
	plan_repo *r = w->r;
	git_oid id, next;
	int rc = 0, have_next = 1;

	*shallow = git_repository_is_shallow(r->repo) == 1;
	if (!*shallow)
		return list_graph(w, first_parent, err, errsize);
	if (r->has_from)
		git_oid_cpy(&next, &r->from);
	else if (git_reference_name_to_id(&next, r->repo, "HEAD") < 0) {
		snprintf(err, errsize, "cannot read HEAD: %s", plan_git_message());
		return -1;
	}
	while (have_next && !(r->has_hide && git_oid_equal(&next, &r->hide))) {
		git_commit *c = NULL, *parent = NULL;

		git_oid_cpy(&id, &next);
		have_next = 0;
		if (git_commit_lookup(&c, r->repo, &id) < 0) {
			snprintf(err, errsize, "cannot read commit %s: %s", git_oid_tostr_s(&id),
				 plan_git_message());
			return -1;
		}
		/* At a shallow clone's boundary the parent is missing, not empty:
		 * nothing can be said about what the last commit changed. */
		if (git_commit_parentcount(c) > 0 && git_commit_parent(&parent, c, 0) < 0) {
			git_commit_free(c);
			break;
		}
		if (parent) {
			git_oid_cpy(&next, git_commit_id(parent));
			have_next = 1;
		}
		if (in_window(r, author_time(c)))
			rc = list_changes(w, c, parent);
		git_commit_free(parent);
		git_commit_free(c);
		if (rc < 0) {
			snprintf(err, errsize, rc == -1 ? "out of memory" : "cannot read commit %s: %s",
				 git_oid_tostr_s(&id), plan_git_message());
			return -1;
		}
	}
	return 0;
}

static void on_key(void *ctx, const char *key, size_t len)
{
	struct walk *w = ctx;
	char *k;

	const char **v = grown(w->keys, &w->capkeys, w->nkeys + 1, sizeof(*v));

	if (v)
		w->keys = v;
	if (!v || !(k = plan_arena_strndup(w->arena, key, len))) {
		w->oom = 1;
		return;
	}
	w->keys[w->nkeys++] = k;
}

/* Two blobs held, so that a version read for one change serves the next. */
struct held {
	git_blob *b[2];
	int next;
};

/* The blob id, from the two held or read now, never dropping keep. */
static const git_blob *hold(struct walk *w, struct held *h, const git_oid *id, const git_blob *keep)
{
	git_blob *b;
	int i, slot;

	if (is_zero(id))
		return NULL;
	for (i = 0; i < 2; i++)
		if (h->b[i] && git_oid_equal(git_blob_id(h->b[i]), id))
			return h->b[i];
	if (git_blob_lookup(&b, w->r->repo, id) < 0)
		return NULL;
	slot = h->b[0] == keep && keep ? 1 : h->b[1] == keep && keep ? 0 : h->next;
	git_blob_free(h->b[slot]);
	h->b[slot] = b;
	h->next = slot ^ 1;
	return b;
}

static int by_path(const void *x, const void *y, void *ctx)
{
	const struct walk *w = ctx;
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	int c = strcmp(w->ch[a].path, w->ch[b].path);
	return c ? c : (a > b) - (a < b);
}

/*
 * Fills in c's keys from the two versions.  Versions of one path come
 * newest first, so this change's new version is the last one's old: it is
 * held already.
 */
static int learn(struct walk *w, struct change *c, struct held *h)
{
	const git_blob *n = hold(w, h, &c->new_, NULL), *o = hold(w, h, &c->old, n);
	int rc;

	if ((!o && !is_zero(&c->old)) || (!n && !is_zero(&c->new_)))
		return -2;
	w->nkeys = 0;
	rc = plan_records_diff(o ? git_blob_rawcontent(o) : NULL, o ? (size_t)git_blob_rawsize(o) : 0,
			       n ? git_blob_rawcontent(n) : NULL, n ? (size_t)git_blob_rawsize(n) : 0,
			       on_key, w);
	if (rc < 0 || w->oom)
		return -1;
	c->any = rc == PLAN_RECORDS_ANY;
	c->nkeys = w->nkeys;
	if (w->nkeys && !(c->keys = plan_arena_alloc(w->arena, w->nkeys * sizeof(*c->keys))))
		return -1;
	if (w->nkeys)
		memcpy(c->keys, w->keys, w->nkeys * sizeof(*c->keys));
	c->known = 1;
	return plan_logcache_put(w->cache, c->old.id, c->new_.id, c->any, c->keys, c->nkeys);
}

/* Step 2: the keys of every change. */
static int learn_all(struct walk *w, char *err, size_t errsize)
{
	struct held h = { { NULL, NULL }, 0 };
	size_t *order, i, n = 0;
	int rc = 0;

	for (i = 0; i < w->nch; i++) {
		struct change *c = &w->ch[i];
		int any;
		if (plan_logcache_get(w->cache, c->old.id, c->new_.id, &any, &c->keys, &c->nkeys))
			c->any = any, c->known = 1;
		else
			n++;
	}
	if (!n)
		return 0;
	if (!(order = plan_malloc(n * sizeof(*order)))) {
		snprintf(err, errsize, "out of memory");
		return -1;
	}
	for (i = 0, n = 0; i < w->nch; i++)
		if (!w->ch[i].known)
			order[n++] = i;
	qsort_r(order, n, sizeof(*order), by_path, w);
	for (i = 0; i < n && rc == 0; i++) {
		struct change *c = &w->ch[order[i]];
		rc = learn(w, c, &h);
		if (rc < 0)
			snprintf(err, errsize, rc == -1 ? "out of memory" : "cannot read %s: %s", c->path,
				 plan_git_message());
	}
	git_blob_free(h.b[0]);
	git_blob_free(h.b[1]);
	plan_free(order);
	return rc < 0 ? -1 : 0;
}

/*
 * Whether key[0..len) is the key of an id asked for (keys are cut at
 * PLAN_RECORD_KEY_MAX, see records.h).  Also plan_records_keep's test.
 */
static int keep_key(void *ctx, const char *key, size_t len)
{
	const struct walk *w = ctx;
	size_t j, n;

	for (j = 0; j < w->nids; j++) {
		n = strlen(w->ids[j]);
		if (n > PLAN_RECORD_KEY_MAX)
			n = PLAN_RECORD_KEY_MAX;
		if (n == len && memcmp(key, w->ids[j], n) == 0)
			return 1;
	}
	return 0;
}

/* An id asked for as keep_key sees it: cut to PLAN_RECORD_KEY_MAX bytes. */
struct cut_id {
	const char *s;
	size_t len;
};

static int cmp_cut_id(const void *a, const void *b)
{
	const struct cut_id *x = a, *y = b;
	int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);

	return c ? c : (x->len > y->len) - (x->len < y->len);
}

/*
 * A digest of the set of ids asked for, the same whatever their order or
 * repetition: what keep_key keeps is a function of a blob and this set.
 * -1 when memory ran out.
 */
static int ids_digest(const struct walk *w, unsigned char out[GIT_OID_RAWSZ])
{
	struct cut_id *v = plan_malloc(w->nids * sizeof(*v));
	char *buf = NULL;
	size_t i, n = 0, total = 0;
	git_oid oid;
	int rc = -1;

	if (!v)
		return -1;
	for (i = 0; i < w->nids; i++) {
		v[i].s = w->ids[i];
		v[i].len = strlen(w->ids[i]) > PLAN_RECORD_KEY_MAX ? PLAN_RECORD_KEY_MAX : strlen(w->ids[i]);
		total += v[i].len + 1;
	}
	qsort(v, w->nids, sizeof(*v), cmp_cut_id);
	if ((buf = plan_malloc(total + 1)) != NULL) {
		for (i = 0; i < w->nids; i++) {
			if (i && cmp_cut_id(&v[i - 1], &v[i]) == 0)
				continue;
			memcpy(buf + n, v[i].s, v[i].len);
			n += v[i].len;
			buf[n++] = '\0';
		}
		if (git_odb_hash(&oid, buf, n, GIT_OBJECT_BLOB) == 0) {
			memcpy(out, oid.id, GIT_OID_RAWSZ);
			rc = 0;
		}
	}
	plan_free(buf);
	plan_free(v);
	return rc;
}

static int asked(const struct walk *w, const char *key)
{
	return keep_key((void *)w, key, strlen(key));
}

/* Whether a step changed an id asked for (or, with none asked, any id). */
static int wanted_step(const struct walk *w, const struct step *s)
{
	size_t i, k;

	for (i = s->first; i < s->first + s->n; i++) {
		const struct change *c = &w->ch[i];
		if (c->any || (!w->nids && c->nkeys))
			return 1;
		for (k = 0; k < c->nkeys; k++)
			if (asked(w, c->keys[k]))
				return 1;
	}
	return 0;
}

/*
 * What planlog needs to know of a blob to decide whether to parse it: does
 * it hold a record of an id asked for, and what does it include.  Blobs
 * that a change joins without touching either (no key asked for, no
 * include line) share the answer, so it is read off one of them only
 * (union-find over blob ids).
 */
struct node {
	git_oid id;                /* first: see oid_slot */
	size_t up;                 /* union-find parent */
	size_t rep;                /* at the root: the newest blob of the set */
	int known, has_id;         /* at the root of a set */
	int any;                   /* fields before its first record (records.h) */
	const char **incl;         /* arena: include texts */
	size_t nincl;
};

struct nodes {
	struct node *v;
	size_t n, cap;
	size_t *slot;              /* open addressing: index + 1, 0 empty */
	size_t nslot;
};

/* The node of blob id, added when new; (size_t)-1 when memory ran out. */
static size_t node_of(struct nodes *t, const git_oid *id)
{
	struct node *v;
	size_t *slot;

	if (oid_room(&t->slot, &t->nslot, t->v, sizeof(*t->v), t->n) < 0)
		return (size_t)-1;
	slot = oid_slot(t->slot, t->nslot, t->v, sizeof(*t->v), id);
	if (*slot)
		return *slot - 1;
	if (!(v = grown(t->v, &t->cap, t->n + 1, sizeof(*v))))
		return (size_t)-1;
	t->v = v;
	memset(&t->v[t->n], 0, sizeof(t->v[t->n]));
	git_oid_cpy(&t->v[t->n].id, id);
	t->v[t->n].up = t->n;
	t->v[t->n].rep = t->n;
	/* No file: no record, nothing included. */
	t->v[t->n].known = is_zero(id);
	*slot = t->n + 1;
	return t->n++;
}

static size_t root_of(struct nodes *t, size_t i)
{
	while (t->v[i].up != i) {
		t->v[i].up = t->v[t->v[i].up].up;
		i = t->v[i].up;
	}
	return i;
}

/* Whether key is an include line's ("include PATH": no id has a blank). */
static int is_include_key(const char *k)
{
	return strncasecmp(k, "include", 7) == 0 && (k[7] == ' ' || k[7] == '\t');
}

/* Joins the two sides of every change that leaves both answers alone. */
static int join_neutral(struct walk *w, struct nodes *t)
{
	size_t i, k;

	for (i = 0; i < w->nch; i++) {
		const struct change *c = &w->ch[i];
		size_t a, b;
		int neutral = !c->any;

		for (k = 0; k < c->nkeys && neutral; k++)
			neutral = !asked(w, c->keys[k]) && !is_include_key(c->keys[k]);
		if (!neutral)
			continue;
		if ((a = node_of(t, &c->old)) == (size_t)-1 || (b = node_of(t, &c->new_)) == (size_t)-1)
			return -1;
		a = root_of(t, a);
		b = root_of(t, b);
		if (a != b) {
			/* Keep a known answer (a missing file's) at the root, and the
			 * newest blob (nodes come newest first), which is the cheapest
			 * to read: packs keep recent versions whole. */
			size_t rep = t->v[a].rep < t->v[b].rep ? t->v[a].rep : t->v[b].rep;
			if (t->v[a].known)
				t->v[b].up = a, t->v[a].rep = rep;
			else
				t->v[a].up = b, t->v[b].rep = rep;
		}
	}
	return 0;
}

struct facts {
	struct walk *w;
	struct node *n;
	const char **incl;
	size_t nincl, cap;
	int oom;
};

static void on_fact(void *ctx, const char *key, size_t len)
{
	struct facts *f = ctx;
	char *k = plan_arena_strndup(f->w->arena, key, len);

	if (!k) {
		f->oom = 1;
		return;
	}
	if (is_include_key(k)) {
		if (f->nincl == f->cap) {
			size_t cap = f->cap ? f->cap * 2 : 8;
			const char **v = plan_arena_alloc(f->w->arena, cap * sizeof(*v));
			if (!v) {
				f->oom = 1;
				return;
			}
			if (f->nincl)
				memcpy(v, f->incl, f->nincl * sizeof(*v));
			f->incl = v;
			f->cap = cap;
		}
		for (k += 7; *k == ' ' || *k == '\t'; k++)
			;
		f->incl[f->nincl++] = k;
	} else if (asked(f->w, k)) {
		f->n->has_id = 1;
	}
}

/* The answers for blob id, read off it when its set has none yet. */
static const struct node *facts_of(struct walk *w, struct nodes *t, const git_oid *id)
{
	size_t i = node_of(t, id);
	struct node *root;
	struct facts f;
	git_blob *b;
	int rc;

	if (i == (size_t)-1)
		return NULL;
	root = &t->v[root_of(t, i)];
	if (root->known)
		return root;
	if (w->r->kept_cache) {
		int flags;
		const char **incl;
		size_t nincl;
		if (plan_logcache_get_facts(w->r->kept_cache, t->v[root->rep].id.id, w->r->kept_digest,
					    &flags, &incl, &nincl)) {
			root->incl = incl;
			root->nincl = nincl;
			root->any = (flags & PLAN_LOGCACHE_ANY) != 0;
			root->has_id = (flags & PLAN_LOGCACHE_HAS_ID) != 0;
			root->known = 1;
			return root;
		}
	}
	if (git_blob_lookup(&b, w->r->repo, &t->v[root->rep].id) < 0) {
		w->unreadable = 1;
		return NULL;
	}
	memset(&f, 0, sizeof(f));
	f.w = w;
	f.n = root;
	rc = plan_records_diff(NULL, 0, git_blob_rawcontent(b), (size_t)git_blob_rawsize(b), on_fact, &f);
	git_blob_free(b);
	if (rc < 0 || f.oom)
		return NULL;
	root->incl = f.incl;
	root->nincl = f.nincl;
	root->any = rc == PLAN_RECORDS_ANY;
	root->known = 1;
	if (w->r->kept_cache &&
	    plan_logcache_put_facts(w->r->kept_cache, t->v[root->rep].id.id, w->r->kept_digest,
				    (root->any ? PLAN_LOGCACHE_ANY : 0) |
				    (root->has_id ? PLAN_LOGCACHE_HAS_ID : 0),
				    root->incl, root->nincl) < 0)
		return NULL;
	return root;
}

/* A plan file of a tree, and whether to parse it. */
struct file {
	char *path;                /* arena, normalised */
	const struct node *facts;
	int keep;
};

struct files {
	struct walk *w;
	struct nodes *t;
	struct file *v;
	size_t n, cap;
	int fail;
};

static int list_file(const char *root, const git_tree_entry *e, void *payload)
{
	struct files *fs = payload;
	struct file *v;
	char buf[PLAN_MAX_GIT_PATH];

	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB || !plan_is_plan_path(git_tree_entry_name(e)) ||
	    (size_t)snprintf(buf, sizeof(buf), "%s%s", root, git_tree_entry_name(e)) >= sizeof(buf) ||
	    !plan_repo_within(fs->w->r, buf))
		return 0;
	if (!(v = grown(fs->v, &fs->cap, fs->n + 1, sizeof(*v))))
		goto fail;
	fs->v = v;
	fs->v[fs->n].keep = 0;
	if (!(fs->v[fs->n].path = plan_arena_strndup(fs->w->arena, buf, strlen(buf))) ||
	    !(fs->v[fs->n].facts = facts_of(fs->w, fs->t, git_tree_entry_id(e))))
		goto fail;
	fs->n++;
	return 0;
fail:
	fs->fail = 1;
	return -1;
}

/* Where the include text inc of the file at path leads, normalised. */
static char *include_target(plan_arena *a, const char *path, const char *inc)
{
	const char *slash = strrchr(path, '/');
	size_t dl = inc[0] == '/' || !slash ? 0 : (size_t)(slash - path) + 1, il = strlen(inc);
	char *t = plan_arena_alloc(a, dl + il + 1);

	if (t) {
		memcpy(t, path, dl);
		memcpy(t + dl, inc, il + 1);
		plan_path_normalise(t);
	}
	return t;
}

/*
 * Marks the files of fs to parse: those with a record of an id asked for,
 * and those that include one of them or a file not listed (which nobody
 * has looked at).
 */
static int choose(struct files *fs)
{
	size_t i, j, k;
	int more;

	for (i = 0; i < fs->n; i++) {
		const struct node *f = fs->v[i].facts;
		fs->v[i].keep = f->has_id;
		for (k = 0; k < f->nincl && !fs->v[i].keep; k++) {
			char *to = include_target(fs->w->arena, fs->v[i].path, f->incl[k]);
			if (!to)
				return -1;
			for (j = 0; j < fs->n && strcmp(fs->v[j].path, to) != 0; j++)
				;
			fs->v[i].keep = j == fs->n;
		}
	}
	do {
		more = 0;
		for (i = 0; i < fs->n; i++) {
			const struct node *f = fs->v[i].facts;
			for (k = 0; k < f->nincl && !fs->v[i].keep; k++) {
				char *to = include_target(fs->w->arena, fs->v[i].path, f->incl[k]);
				if (!to)
					return -1;
				for (j = 0; j < fs->n; j++)
					if (fs->v[j].keep && strcmp(fs->v[j].path, to) == 0)
						fs->v[i].keep = more = 1;
			}
		}
	} while (more);
	return 0;
}

static int keep_file(void *ctx, const char *path, const git_oid *blob)
{
	const struct files *fs = ctx;
	size_t i;

	(void)blob;
	for (i = 0; i < fs->n; i++)
		if (strcmp(fs->v[i].path, path) == 0)
			return fs->v[i].keep;
	return 1;
}

/* The linked plans of tree (NULL: none); NULL when memory ran out. */
static plan_set *plans_of(struct walk *w, struct nodes *t, git_tree *tree)
{
	plan_set *s = plan_set_new();
	struct files fs;
	int rc = PLAN_OK;

	if (!s)
		return NULL;
	memset(&fs, 0, sizeof(fs));
	fs.w = w;
	fs.t = t;
	if (tree && w->nids && (git_tree_walk(tree, GIT_TREEWALK_PRE, list_file, &fs) < 0 || fs.fail ||
				choose(&fs) < 0))
		rc = PLAN_ENOMEM;
	if (rc == PLAN_OK && tree) {
		/* Only the records asked for are parsed, unless a file has fields
		 * that belong to whatever includes it. */
		size_t i;
		int any = 0;
		for (i = 0; i < fs.n; i++)
			any |= fs.v[i].facts->any;
		if (w->nids && !any) {
			w->r->reduce = keep_key;
			w->r->reduce_ctx = w;
		}
		rc = plan_repo_load_tree(w->r, tree, s, w->nids ? keep_file : NULL, &fs);
		w->r->reduce = NULL;
	}
	plan_free(fs.v);
	w->r->tree = NULL;
	if (rc == PLAN_ENOMEM || plan_set_link(s) < 0) {
		plan_set_free(s);
		return NULL;
	}
	return s;
}

/* Step 3: both sides of each step wanted, to fn. */
static int report(struct walk *w, plan_history_fn fn, void *ctx, char *err, size_t errsize)
{
	struct nodes t = { 0 };
	plan_set *cached = NULL;
	git_oid cached_id;
	size_t i;
	int rc = 0;

	memset(&cached_id, 0, sizeof(cached_id));
	if (w->nids && join_neutral(w, &t) < 0) {
		snprintf(err, errsize, "out of memory");
		rc = -1;
	}
	for (i = 0; i < w->nst && rc == 0; i++) {
		git_commit *c = NULL, *parent = NULL;
		git_tree *tree = NULL, *ptree = NULL;
		plan_set *now = NULL, *before = NULL;
		const git_signature *sig;
		plan_commit_info info;

		if (!wanted_step(w, &w->st[i]))
			continue;
		if (git_commit_lookup(&c, w->r->repo, &w->st[i].id) < 0 || git_commit_tree(&tree, c) < 0 ||
		    (git_commit_parentcount(c) > 0 &&
		     (git_commit_parent(&parent, c, 0) < 0 || git_commit_tree(&ptree, parent) < 0))) {
			snprintf(err, errsize, "cannot read commit %s: %s", git_oid_tostr_s(&w->st[i].id),
				 plan_git_message());
			rc = -1;
		} else {
			now = cached && git_oid_equal(&cached_id, &w->st[i].id) ? cached : plans_of(w, &t, tree);
			if (now == cached)
				cached = NULL;
			before = plans_of(w, &t, ptree);
			if (!now || !before) {
				if (w->unreadable)
					snprintf(err, errsize, "cannot read the plan files of commit %s: %s",
						 git_oid_tostr_s(&w->st[i].id), plan_git_message());
				else
					snprintf(err, errsize, "out of memory");
				rc = -1;
			} else {
				sig = git_commit_author(c);
				git_oid_tostr(info.id, sizeof(info.id), &w->st[i].id);
				info.author = sig && sig->name ? sig->name : "";
				info.when = sig ? (long long)sig->when.time : 0;
				info.offset = sig ? sig->when.offset : 0;
				info.subject = git_commit_summary(c) ? git_commit_summary(c) : "";
				info.parents = git_commit_parentcount(c);
				rc = fn(ctx, &info, now, before);
			}
			plan_set_free(now);
			plan_set_free(cached);
			cached = before;
			if (parent)
				git_oid_cpy(&cached_id, git_commit_id(parent));
			else
				memset(&cached_id, 0, sizeof(cached_id));
		}
		git_tree_free(ptree);
		git_commit_free(parent);
		git_tree_free(tree);
		git_commit_free(c);
	}
	plan_set_free(cached);
	plan_free(t.v);
	plan_free(t.slot);
	return rc;
}

int plan_repo_walk(plan_repo *r, int first_parent, const char *const *ids, size_t nids,
		   plan_history_fn fn, void *ctx, int *shallow, int *unborn, char *err, size_t errsize)
{
	struct walk w;
	int rc;

	memset(&w, 0, sizeof(w));
	w.r = r;
	w.ids = ids;
	w.nids = nids;
	*shallow = git_repository_is_shallow(r->repo) == 1;
	*unborn = git_repository_head_unborn(r->repo) == 1;
	if (*unborn)
		return 0;
	if (!(w.arena = plan_arena_new())) {
		snprintf(err, errsize, "out of memory");
		return -1;
	}
	w.cache = r->no_cache ? NULL : plan_logcache_open(git_repository_commondir(r->repo));
	if (w.cache && nids && ids_digest(&w, r->kept_digest) == 0)
		r->kept_cache = w.cache;
	rc = list_commits(&w, first_parent, shallow, err, errsize);
	if (rc == 0)
		rc = learn_all(&w, err, errsize);
	if (rc == 0)
		rc = report(&w, fn, ctx, err, errsize);
	r->kept_cache = NULL;
	plan_logcache_close(w.cache);
	plan_free(w.keys);
	plan_free(w.ch);
	plan_free(w.st);
	plan_arena_free(w.arena);
	return rc;
}
