/*
 * facts.c - which plan files of a tree planlog parses (step 3 of
 * plan_repo_walk, see walk.c).
 *
 * To decide whether to parse a file, planlog needs two facts of its blob:
 * does it hold a record of a key wanted, and what does it include.  With
 * ids asked for, the keys wanted are those ids throughout; with none (all
 * mode), they are the keys of the commit being read, so every key of
 * each blob is kept, and the first fact is worked out per commit.
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

int plan_is_include_key(const char *k, size_t len)
{
	const plan_word_info *inc = &plan_words[PLAN_WORD_INCLUDE];

	return len > inc->len && strncasecmp(k, inc->word, inc->len) == 0 &&
	       (k[inc->len] == ' ' || k[inc->len] == '\t');
}

/* Joins the two sides of every change that leaves both answers alone. */
int plan_facts_join(struct walk *w, struct plan_facts *t)
{
	size_t i, k;

	for (i = 0; i < w->nch; i++) {
		const struct change *c = &w->ch[i];
		size_t a, b;
		/* With no ids asked for, any key changed may be wanted. */
		int neutral = !c->any && (w->opt->nids || !c->nkeys);

		for (k = 0; k < c->nkeys && neutral; k++)
			neutral = !plan_walk_asked(w, c->keys[k]) &&
				  !plan_is_include_key(c->keys[k], strlen(c->keys[k]));
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
	struct plan_facts *t;
	size_t root;               /* the node whose answers these are */
	const char **incl;         /* plan_malloc'ed; the texts in the arena */
	size_t nincl, cap;
	uint64_t *keys;            /* all mode: the keys' hashes; plan_malloc'ed */
	size_t nkeys, capkeys;
	int oom;
};

static void on_fact(void *ctx, const char *key, size_t len)
{
	struct facts *f = ctx;
	char *k;

	if (plan_is_include_key(key, len)) {
		if (!(k = plan_arena_strndup(f->w->arena, key, len)) ||
		    PLAN_GROW(f->incl, f->cap, f->nincl + 1) < 0) {
			f->oom = 1;
			return;
		}
		for (k += plan_words[PLAN_WORD_INCLUDE].len; *k == ' ' || *k == '\t'; k++)
			;
		f->incl[f->nincl++] = k;
	} else if (!f->w->opt->nids) {
		/* All mode: every key, for the steps to come. */
		if (PLAN_GROW(f->keys, f->capkeys, f->nkeys + 1) < 0) {
			f->oom = 1;
			return;
		}
		f->keys[f->nkeys++] = plan_hash(key, len);
	} else if (plan_walk_wants(f->w, key, len)) {
		f->t->v[f->root].has_id = 1;
	}
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/* Whether node's sorted key hashes hold h. */
static int holds_hash(const struct plan_blob *n, uint64_t h)
{
	size_t lo = 0, hi = n->nkeys;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (n->keys[mid] == h)
			return 1;
		if (n->keys[mid] < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* Sorts f's key hashes, each once, into the arena as node's.  -1: out of memory. */
static int keep_hashes(struct facts *f, struct plan_blob *node)
{
	size_t i, n = 0;
	uint64_t *v;

	if (!f->nkeys)
		return 0;
	qsort(f->keys, f->nkeys, sizeof(*f->keys), cmp_u64);
	for (i = 0; i < f->nkeys; i++)
		if (!n || f->keys[i] != f->keys[n - 1])
			f->keys[n++] = f->keys[i];
	if (!(v = plan_arena_alloc(f->w->arena, n * sizeof(*v))))
		return -1;
	memcpy(v, f->keys, n * sizeof(*v));
	node->keys = v;
	node->nkeys = n;
	return 0;
}

/*
 * Reads the answers of node r (a root) off bytes[0..len), a blob of its
 * set; the cache's too, with ids asked for.  PLAN_ENOMEM.
 */
static int read_facts(struct walk *w, struct plan_facts *t, size_t r, const char *bytes, size_t len)
{
	struct plan_blob *root = &t->v[r];
	struct facts f;
	int rc;

	memset(&f, 0, sizeof(f));
	f.w = w;
	f.t = t;
	f.root = r;
	rc = plan_records_diff(NULL, 0, bytes, len, on_fact, &f);
	if (rc >= 0 && !f.oom && f.nincl &&
	    (root->incl = plan_arena_alloc(w->arena, f.nincl * sizeof(*root->incl))) != NULL)
		memcpy(root->incl, f.incl, f.nincl * sizeof(*root->incl));
	if (rc >= 0 && !f.oom && keep_hashes(&f, root) < 0)
		f.oom = 1;
	plan_free(f.incl);
	plan_free(f.keys);
	if (rc < 0 || f.oom || (f.nincl && !root->incl))
		return PLAN_ENOMEM;
	root->nincl = f.nincl;
	root->any = rc == PLAN_RECORDS_ANY;
	root->known = 1;
	if (w->has_digest &&
	    plan_logcache_put_facts(w->cache, t->v[root->rep].id.id, w->digest,
				    (root->any ? PLAN_LOGCACHE_ANY : 0) |
				    (root->has_id ? PLAN_LOGCACHE_HAS_ID : 0),
				    root->incl, root->nincl) < 0)
		return PLAN_ENOMEM;
	return PLAN_OK;
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
	rc = read_facts(w, t, r, git_blob_rawcontent(b), (size_t)git_blob_rawsize(b));
	git_blob_free(b);
	return rc < 0 ? PLAN_MAP_NONE : r;
}

int plan_facts_learn(struct walk *w, struct plan_facts *t, const git_oid *id, const char *bytes, size_t len)
{
	size_t i = node_of(t, id), r;

	if (i == PLAN_MAP_NONE)
		return PLAN_ENOMEM;
	r = root_of(t, i);
	return t->v[r].known ? PLAN_OK : read_facts(w, t, r, bytes, len);
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
	fs->v[fs->n].hash = plan_hash_str(buf);
	if (!(fs->v[fs->n].path = plan_arena_strndup(fs->w->arena, buf, strlen(buf))) ||
	    (fs->v[fs->n].facts = facts_of(fs->w, fs->t, git_tree_entry_id(e))) == PLAN_MAP_NONE ||
	    plan_map_put(&fs->paths, fs->v[fs->n].hash, fs->n) < 0)
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

/* The index in fs of the file at path, or PLAN_MAP_NONE. */
static size_t file_index(const struct plan_files *fs, const char *path)
{
	uint64_t h = plan_hash_str(path);
	size_t it, i;

	for (i = plan_map_first(&fs->paths, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&fs->paths, h, &it))
		if (strcmp(fs->v[i].path, path) == 0)
			return i;
	return PLAN_MAP_NONE;
}

/* Whether the blobs of node hold a record of a key wanted. */
static int holds_wanted(const struct plan_files *fs, size_t node)
{
	const struct walk *w = fs->w;
	size_t k;

	if (w->opt->nids)
		return fs->t->v[node].has_id;
	for (k = 0; k < w->nwant; k++)
		if (holds_hash(&fs->t->v[node], w->want[k].hash))
			return 1;
	return 0;
}

/*
 * Marks the files of fs to parse: those with a record of a key wanted,
 * and those that include one of them or a file not listed (which nobody
 * has looked at).
 */
static int mark(struct plan_files *fs)
{
	size_t i, j, k;
	int more;

	for (i = 0; i < fs->n; i++) {
		const struct plan_blob *f = &fs->t->v[fs->v[i].facts];
		fs->v[i].keep = holds_wanted(fs, fs->v[i].facts);
		for (k = 0; k < f->nincl && !fs->v[i].keep; k++) {
			char *to = include_target(fs->w->arena, fs->v[i].path, f->incl[k]);
			if (!to)
				return PLAN_ENOMEM;
			fs->v[i].keep = file_index(fs, to) == PLAN_MAP_NONE;
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
				if ((j = file_index(fs, to)) != PLAN_MAP_NONE && fs->v[j].keep)
					fs->v[i].keep = more = 1;
			}
		}
	} while (more);
	return PLAN_OK;
}

int plan_files_keep(void *ctx, const char *path, const git_oid *blob)
{
	const struct plan_files *fs = ctx;
	size_t i = file_index(fs, path);

	(void)blob;
	return i == PLAN_MAP_NONE || fs->v[i].keep;
}

void plan_files_free(struct plan_files *fs)
{
	plan_free(fs->v);
	plan_map_free(&fs->paths);
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
