/*
 * treediff.c - which plan files a commit changed, by object ids alone.
 *
 * Root tree, then only the subtrees whose ids differ, then blobs: no blob
 * is read.  What a commit changed never changes, so it goes into the cache
 * (logcache.h), and a commit seen before reads no object at all.
 */
#include "walk_int.h"
#include "alloc.h"
#include "error.h"

#include <stdio.h>
#include <string.h>

const git_oid plan_zero_oid;

/* A new, zeroed change at the end of w's list; NULL when memory ran out. */
static struct change *new_change(struct walk *w)
{
	if (PLAN_GROW(w->ch, w->capch, w->nch + 1) < 0)
		return NULL;
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
		return PLAN_ENOMEM;
	memcpy(path, dir, dl);
	memcpy(path + dl, name, nl + 1);
	c->path = path;
	git_oid_cpy(&c->old, old ? old : &plan_zero_oid);
	git_oid_cpy(&c->new_, new_ ? new_ : &plan_zero_oid);
	return PLAN_OK;
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
		return PLAN_OK;
	if ((ea && git_tree_lookup(&ta, w->r->repo, git_tree_entry_id(ea)) < 0) ||
	    (eb && git_tree_lookup(&tb, w->r->repo, git_tree_entry_id(eb)) < 0)) {
		git_tree_free(ta);
		return PLAN_EGIT;
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
 * either NULL, under dir.  PLAN_ENOMEM, or PLAN_EGIT: an object is
 * missing.
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
			return PLAN_ENOMEM;
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
			return PLAN_ENOMEM;
	}
	return PLAN_OK;
}

/* Keeps the changes from first on that are within the limit; if any, a step. */
static int add_step(struct walk *w, const git_oid *id, size_t first)
{
	size_t i, n;

	for (i = n = first; i < w->nch; i++)
		if (plan_path_within(w->limit, w->ch[i].path))
			w->ch[n++] = w->ch[i];
	w->nch = n;
	if (w->nch == first)
		return PLAN_OK;
	if (PLAN_GROW(w->st, w->capst, w->nst + 1) < 0)
		return PLAN_ENOMEM;
	memset(&w->st[w->nst], 0, sizeof(w->st[w->nst]));
	git_oid_cpy(&w->st[w->nst].id, id);
	w->st[w->nst].first = first;
	w->st[w->nst].n = w->nch - first;
	for (i = first; i < w->nch; i++)
		w->ch[i].step = w->nst;
	w->nst++;
	return PLAN_OK;
}

int plan_walk_known(struct walk *w, const git_oid *id, const plan_file_change *v, size_t n)
{
	size_t first = w->nch, i;

	for (i = 0; i < n; i++) {
		struct change *c = new_change(w);
		if (!c)
			return PLAN_ENOMEM;
		c->path = v[i].path;
		memcpy(c->old.id, v[i].old, PLAN_OID_SIZE);
		memcpy(c->new_.id, v[i].new_, PLAN_OID_SIZE);
	}
	return add_step(w, id, first);
}

int plan_walk_changes(struct walk *w, const struct wcommit *c, const struct wcommit *parent)
{
	git_tree *t = NULL, *pt = NULL;
	const plan_file_change *known;
	plan_file_change *v;
	size_t first = w->nch, i, n;
	long long when;
	int rc = PLAN_OK, offset;

	if (plan_logcache_get_commit(w->cache, c->id.id, &when, &known, &n))
		return plan_walk_known(w, &c->id, known, n);
	if (!parent || !git_oid_equal(&c->tree, &parent->tree)) {
		if (git_tree_lookup(&t, w->r->repo, &c->tree) < 0 ||
		    (parent && git_tree_lookup(&pt, w->r->repo, &parent->tree) < 0))
			rc = PLAN_EGIT;
		else
			rc = diff_trees(w, pt, t, "");
		git_tree_free(t);
		git_tree_free(pt);
		if (rc == PLAN_EGIT)
			return plan_git_error(PLAN_EGIT, "cannot read commit %s", git_oid_tostr_s(&c->id));
		if (rc < 0)
			return rc;
	}
	n = w->nch - first;
	if (!(v = plan_calloc(n ? n : 1, sizeof(*v))))
		return PLAN_ENOMEM;
	for (i = 0; i < n; i++) {
		v[i].path = w->ch[first + i].path;
		memcpy(v[i].old, w->ch[first + i].old.id, PLAN_OID_SIZE);
		memcpy(v[i].new_, w->ch[first + i].new_.id, PLAN_OID_SIZE);
	}
	plan_commit_author(c, &when, &offset);
	rc = plan_logcache_put_commit(w->cache, c->id.id, when, v, n);
	plan_free(v);
	return rc < 0 ? PLAN_ENOMEM : add_step(w, &c->id, first);
}
