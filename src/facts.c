/*
 * facts.c - which plan files of a tree planlog parses (step 3 of
 * plan_repo_walk, see walk.c).
 *
 * To decide whether to parse a file, planlog needs two facts of its blob:
 * does it hold a record of an id asked for, and what does it include.
 * Blobs that a change joins without touching either (no key asked for, no
 * include line) share the answer, so it is read off one of them only
 * (union-find over blob ids), or from the cache.  A file is parsed when it
 * holds such a record, or includes a file that is parsed or that the tree
 * does not list.
 */
#include "walk_int.h"
#include "alloc.h"
#include "arena.h"
#include "error.h"
#include "map.h"
#include "records.h"
#include "words.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* The node of blob id, added when new; PLAN_MAP_NONE when memory ran out. */
static size_t node_of(struct plan_facts *t, const git_oid *id)
{
	uint64_t h = plan_oid_hash(id);
	size_t it, i;

	for (i = plan_map_first(&t->ids, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&t->ids, h, &it))
		if (git_oid_equal(&t->v[i].id, id))
			return i;
	if (PLAN_GROW(t->v, t->cap, t->n + 1) < 0 || plan_map_put(&t->ids, h, t->n) < 0)
		return PLAN_MAP_NONE;
	memset(&t->v[t->n], 0, sizeof(t->v[t->n]));
	git_oid_cpy(&t->v[t->n].id, id);
	t->v[t->n].up = t->n;
	t->v[t->n].rep = t->n;
	/* No file: no record, nothing included. */
	t->v[t->n].known = git_oid_equal(id, &plan_zero_oid);
	return t->n++;
}

static size_t root_of(struct plan_facts *t, size_t i)
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
	const plan_word_info *inc = &plan_words[PLAN_WORD_INCLUDE];

	return strncasecmp(k, inc->word, inc->len) == 0 && (k[inc->len] == ' ' || k[inc->len] == '\t');
}

/* Joins the two sides of every change that leaves both answers alone. */
int plan_facts_join(struct walk *w, struct plan_facts *t)
{
	size_t i, k;

	for (i = 0; i < w->nch; i++) {
		const struct change *c = &w->ch[i];
		size_t a, b;
		int neutral = !c->any;

		for (k = 0; k < c->nkeys && neutral; k++)
			neutral = !plan_walk_asked(w, c->keys[k]) && !is_include_key(c->keys[k]);
		if (!neutral)
			continue;
		if ((a = node_of(t, &c->old)) == PLAN_MAP_NONE || (b = node_of(t, &c->new_)) == PLAN_MAP_NONE)
			return PLAN_ENOMEM;
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
	return PLAN_OK;
}

struct facts {
	struct walk *w;
	struct plan_blob *n;
	const char **incl;         /* plan_malloc'ed; the texts in the arena */
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
		if (PLAN_GROW(f->incl, f->cap, f->nincl + 1) < 0) {
			f->oom = 1;
			return;
		}
		for (k += plan_words[PLAN_WORD_INCLUDE].len; *k == ' ' || *k == '\t'; k++)
			;
		f->incl[f->nincl++] = k;
	} else if (plan_walk_asked(f->w, k)) {
		f->n->has_id = 1;
	}
}

/*
 * The node that holds the answers for blob id (the root of its set), read
 * off it when its set has none yet; PLAN_MAP_NONE when memory ran out or
 * the blob cannot be read.  An index, not a pointer: t->v moves as it
 * grows.
 */
static size_t facts_of(struct walk *w, struct plan_facts *t, const git_oid *id)
{
	size_t i = node_of(t, id), r;
	struct plan_blob *root;
	struct facts f;
	git_blob *b;
	int rc;

	if (i == PLAN_MAP_NONE)
		return PLAN_MAP_NONE;
	r = root_of(t, i);
	root = &t->v[r];
	if (root->known)
		return r;
	if (w->has_digest) {
		int flags;
		const char **incl;
		size_t nincl;
		if (plan_logcache_get_facts(w->cache, t->v[root->rep].id.id, w->digest, &flags, &incl, &nincl)) {
			root->incl = incl;
			root->nincl = nincl;
			root->any = (flags & PLAN_LOGCACHE_ANY) != 0;
			root->has_id = (flags & PLAN_LOGCACHE_HAS_ID) != 0;
			root->known = 1;
			return r;
		}
	}
	if (git_blob_lookup(&b, w->r->repo, &t->v[root->rep].id) < 0) {
		w->unreadable = 1;
		return PLAN_MAP_NONE;
	}
	memset(&f, 0, sizeof(f));
	f.w = w;
	f.n = root;
	rc = plan_records_diff(NULL, 0, git_blob_rawcontent(b), (size_t)git_blob_rawsize(b), on_fact, &f);
	git_blob_free(b);
	if (rc >= 0 && !f.oom && f.nincl &&
	    (root->incl = plan_arena_alloc(w->arena, f.nincl * sizeof(*root->incl))) != NULL)
		memcpy(root->incl, f.incl, f.nincl * sizeof(*root->incl));
	plan_free(f.incl);
	if (rc < 0 || f.oom || (f.nincl && !root->incl))
		return PLAN_MAP_NONE;
	root->nincl = f.nincl;
	root->any = rc == PLAN_RECORDS_ANY;
	root->known = 1;
	if (w->has_digest &&
	    plan_logcache_put_facts(w->cache, t->v[root->rep].id.id, w->digest,
				    (root->any ? PLAN_LOGCACHE_ANY : 0) |
				    (root->has_id ? PLAN_LOGCACHE_HAS_ID : 0),
				    root->incl, root->nincl) < 0)
		return PLAN_MAP_NONE;
	return r;
}

static int list_file(const char *root, const git_tree_entry *e, void *payload)
{
	struct plan_files *fs = payload;
	char buf[PLAN_MAX_GIT_PATH];

	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB || !plan_is_plan_path(git_tree_entry_name(e)) ||
	    (size_t)snprintf(buf, sizeof(buf), "%s%s", root, git_tree_entry_name(e)) >= sizeof(buf) ||
	    !plan_path_within(fs->w->limit, buf))
		return 0;
	if (PLAN_GROW(fs->v, fs->cap, fs->n + 1) < 0)
		goto fail;
	fs->v[fs->n].keep = 0;
	if (!(fs->v[fs->n].path = plan_arena_strndup(fs->w->arena, buf, strlen(buf))) ||
	    (fs->v[fs->n].facts = facts_of(fs->w, fs->t, git_tree_entry_id(e))) == PLAN_MAP_NONE)
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
static int mark(struct plan_files *fs)
{
	size_t i, j, k;
	int more;

	for (i = 0; i < fs->n; i++) {
		const struct plan_blob *f = &fs->t->v[fs->v[i].facts];
		fs->v[i].keep = f->has_id;
		for (k = 0; k < f->nincl && !fs->v[i].keep; k++) {
			char *to = include_target(fs->w->arena, fs->v[i].path, f->incl[k]);
			if (!to)
				return PLAN_ENOMEM;
			for (j = 0; j < fs->n && strcmp(fs->v[j].path, to) != 0; j++)
				;
			fs->v[i].keep = j == fs->n;
		}
	}
	do {
		more = 0;
		for (i = 0; i < fs->n; i++) {
			const struct plan_blob *f = &fs->t->v[fs->v[i].facts];
			for (k = 0; k < f->nincl && !fs->v[i].keep; k++) {
				char *to = include_target(fs->w->arena, fs->v[i].path, f->incl[k]);
				if (!to)
					return PLAN_ENOMEM;
				for (j = 0; j < fs->n; j++)
					if (fs->v[j].keep && strcmp(fs->v[j].path, to) == 0)
						fs->v[i].keep = more = 1;
			}
		}
	} while (more);
	return PLAN_OK;
}

int plan_files_keep(void *ctx, const char *path, const git_oid *blob)
{
	const struct plan_files *fs = ctx;
	size_t i;

	(void)blob;
	for (i = 0; i < fs->n; i++)
		if (strcmp(fs->v[i].path, path) == 0)
			return fs->v[i].keep;
	return 1;
}

int plan_files_choose(struct plan_files *fs, git_tree *tree, int *any)
{
	size_t i;

	*any = 0;
	if (git_tree_walk(tree, GIT_TREEWALK_PRE, list_file, fs) < 0 || fs->fail || mark(fs) < 0)
		return PLAN_ENOMEM;
	for (i = 0; i < fs->n; i++)
		*any |= fs->t->v[fs->v[i].facts].any;
	return PLAN_OK;
}

void plan_facts_free(struct plan_facts *t)
{
	plan_free(t->v);
	plan_map_free(&t->ids);
}
