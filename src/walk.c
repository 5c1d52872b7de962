/*
 * walk.c - the history of plans, commit by commit (plan_repo_walk).
 *
 * Three steps, each paying only for what the one before it found:
 *
 * 1. The commits in the window, newest first, each with the plan files
 *    whose blob differs from its first parent's (graph.c, treediff.c).
 * 2. For each changed file, which ids' records differ between its two
 *    versions (records.c).  Results come from the cache when it has them;
 *    the rest are read path by path, newest version first, so that
 *    libgit2's delta-base cache serves each version from the one before
 *    (read in commit order instead, the versions of several files evict
 *    one another, about ten times slower).
 * 3. Only the commits that changed an id asked for are parsed, and in them
 *    only the files that hold one (and the files that include those:
 *    facts.c), and of each only the records wanted; both sides go to the
 *    caller.  Which files hold one, and what is kept of each file parsed,
 *    come from the cache too, keyed by blob and by a digest of the ids
 *    asked for.  With no ids asked for (planlog --since), the ids wanted
 *    are, commit by commit, those the commit changed (want_step), so that
 *    the work grows with what changed, not with the plans; what each
 *    changed file keeps for its commit is read beforehand in step 2's
 *    order (prefetch), since libgit2 rebuilds versions read in the
 *    commits' order from far down their delta chains.
 */
#include "walk_int.h"
#include "alloc.h"
#include "arena.h"
#include "error.h"
#include "map.h"
#include "records.h"
#include "words.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int is_zero(const git_oid *id)
{
	return git_oid_equal(id, &plan_zero_oid);
}

uint64_t plan_oid_hash(const git_oid *id)
{
	return plan_hash(id->id, GIT_OID_RAWSZ);
}

int plan_walk_in_window(const struct walk *w, long long when, int offset)
{
	long long t;

	/* The author's own clock; past what a long long holds, its end. */
	if (__builtin_add_overflow(when, (long long)offset * 60, &t))
		t = when > 0 ? LLONG_MAX : LLONG_MIN;
	return (!w->opt->since || t >= w->opt->since) && (!w->opt->until || t < w->opt->until);
}

/* Whether c is a blank as git's isspace counts them (no \v, no \f). */
static int git_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/*
 * The time and offset of an ident line (after "author "), line[0..len),
 * as git reads them (split_ident_line, show_ident_date): the digits after
 * the last '>', then blanks, then a sign and digits.  Without them, or
 * with a time past what git can show, 0 and 0.
 */
static void ident_when(const char *line, size_t len, long long *when, int *offset)
{
	const char *end = line + len, *p, *lt = memchr(line, '<', len);
	unsigned long long t = 0;
	long long tz = 0;
	int neg;

	*when = 0;
	*offset = 0;
	if (!lt || !memchr(lt, '>', (size_t)(end - lt)))
		return;
	for (p = end - 1; *p != '>'; p--)
		;
	for (p++; p < end && git_space(*p); p++)
		;
	if (p == end || *p < '0' || *p > '9')
		return;
	for (; p < end && *p >= '0' && *p <= '9'; p++)
		if (t > (unsigned long long)LLONG_MAX / 10 ||
		    (t = t * 10 + (unsigned)(*p - '0')) > (unsigned long long)LLONG_MAX)
			t = (unsigned long long)LLONG_MAX + 1;   /* past what git shows: stays so */
	for (; p < end && git_space(*p); p++)
		;
	if (p == end || (*p != '+' && *p != '-') || p + 1 == end || p[1] < '0' || p[1] > '9')
		return;
	if (t > (unsigned long long)LLONG_MAX)
		return;
	*when = (long long)t;
	neg = *p++ == '-';
	for (; p < end && *p >= '0' && *p <= '9'; p++)
		if ((tz = tz * 10 + (*p - '0')) > (neg ? (long long)INT_MAX : INT_MAX - 1))
			return;                     /* past an int: git takes it as +0000 */
	/* HHMM, and MM may be past 59: +0099 is 99 minutes. */
	*offset = (int)(tz / 100 * 60 + tz % 100) * (neg ? -1 : 1);
}

void plan_commit_author(const struct wcommit *c, long long *when, int *offset)
{
	const char *h = c->header, *end = c->header + c->header_len, *nl;

	*when = 0;
	*offset = 0;
	for (; h && h < end; h = nl ? nl + 1 : NULL) {
		nl = memchr(h, '\n', (size_t)(end - h));
		if ((size_t)(end - h) > 7 && strncmp(h, "author ", 7) == 0) {
			ident_when(h + 7, (size_t)((nl ? nl : end) - h) - 7, when, offset);
			return;
		}
	}
}

/* libgit2's signature trimming: blanks and punctuation around a name. */
static int is_crud(unsigned char ch)
{
	return ch <= 32 || ch == '.' || ch == ',' || ch == ':' || ch == ';' || ch == '<' || ch == '>' ||
	       ch == '"' || ch == '\\' || ch == '\'';
}

/* The subject of message m[0..n), as git_commit_summary makes it; plan_malloc'ed. */
static char *summary_of(const char *m, size_t n)
{
	const char *end = m + n, *space = NULL, *next;
	char *out, *o;
	int space_nl = 0;

	while (m < end && *m == '\n')
		m++;
	if (!(o = out = plan_malloc((size_t)(end - m) + 1)))
		return NULL;
	for (; m < end && *m; m++) {
		char ch = *m;
		if (ch == '\n') {
			if (m + 1 == end || m[1] == '\n')
				break;
			for (next = m + 1; next < end && (*next == ' ' || *next == '\t' || *next == '\r' ||
							   *next == '\v' || *next == '\f'); next++)
				;
			if (next == end || *next == '\n')
				break;
		}
		if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f') {
			if (!space) {
				space = m;
				space_nl = 0;
			}
			space_nl |= ch == '\n';
		} else {
			if (space) {
				if (space_nl) {
					*o++ = ' ';
				} else {
					memcpy(o, space, (size_t)(m - space));
					o += m - space;
				}
				space = NULL;
			}
			*o++ = ch;
		}
	}
	*o = '\0';
	return out;
}

/* Reads commit id into *c by hand, from its object; see struct wcommit. */
static int read_by_hand(struct walk *w, const git_oid *id, struct wcommit *c)
{
	const char *p, *end, *line, *nl, *msg;
	size_t cap = 0;
	int have_tree = 0;
	git_odb *odb;

	if (git_repository_odb(&odb, w->r->repo) < 0)
		return PLAN_EGIT;
	if (git_odb_read(&c->obj, odb, id) < 0) {
		git_odb_free(odb);
		return PLAN_EGIT;
	}
	git_odb_free(odb);
	if (git_odb_object_type(c->obj) != GIT_OBJECT_COMMIT)
		return PLAN_EGIT;
	p = git_odb_object_data(c->obj);
	end = p + git_odb_object_size(c->obj);
	c->header = p;
	/* Header lines up to a blank line, then the message. */
	for (line = p, msg = end; line < end; line = nl + 1) {
		size_t len;
		if (*line == '\n') {
			msg = line + 1;
			break;
		}
		if (!(nl = memchr(line, '\n', (size_t)(end - line))))
			nl = end;
		len = (size_t)(nl - line);
		if (len >= 5 + GIT_OID_HEXSZ && !have_tree && strncmp(line, "tree ", 5) == 0) {
			have_tree = git_oid_fromstrn(&c->tree, line + 5, GIT_OID_HEXSZ) == 0;
		} else if (len >= 7 + GIT_OID_HEXSZ && strncmp(line, "parent ", 7) == 0) {
			if (PLAN_GROW(c->parents, cap, c->nparents + 1) < 0)
				return PLAN_ENOMEM;
			if (git_oid_fromstrn(&c->parents[c->nparents], line + 7, GIT_OID_HEXSZ) < 0)
				return PLAN_EGIT;
			c->nparents++;
		} else if (len > 10 && strncmp(line, "committer ", 10) == 0) {
			int offset;
			ident_when(line + 10, len - 10, &c->ctime, &offset);
		} else if (len > 7 && strncmp(line, "author ", 7) == 0 && !c->author) {
			const char *a = line + 7, *lt = memchr(a, '<', len - 7), *z = lt ? lt : nl;
			while (a < z && is_crud((unsigned char)*a))
				a++;
			while (z > a && is_crud((unsigned char)z[-1]))
				z--;
			if (!(c->author = plan_strndup(a, (size_t)(z - a))))
				return PLAN_ENOMEM;
		}
		if (nl == end)
			break;
	}
	c->header_len = (size_t)((msg < end ? msg - 1 : end) - p);
	if (!have_tree) {
		git_error_set_str(GIT_ERROR_OBJECT, "a commit without a tree");
		return PLAN_EGIT;
	}
	if (!c->author && !(c->author = plan_strdup("")))
		return PLAN_ENOMEM;
	if (!(c->summary = summary_of(msg, (size_t)(end - msg))))
		return PLAN_ENOMEM;
	return PLAN_OK;
}

int plan_wcommit_read(struct walk *w, const git_oid *id, struct wcommit *c)
{
	int rc;

	memset(c, 0, sizeof(*c));
	git_oid_cpy(&c->id, id);
	plan_git_clear();
	if (plan_commit_lookup(&c->c, w->r->repo, id) == 0) {
		git_oid_cpy(&c->tree, git_commit_tree_id(c->c));
		c->nparents = git_commit_parentcount(c->c);
		c->ctime = (long long)git_commit_time(c->c);
		c->header = git_commit_raw_header(c->c);
		c->header_len = c->header ? strlen(c->header) : 0;
		return PLAN_OK;
	}
	if (plan_git_alloc_failed())
		return PLAN_ENOMEM;
	/* libgit2 would not parse it: what git reads of it, by hand. */
	if ((rc = read_by_hand(w, id, c)) < 0) {
		if (rc == PLAN_EGIT && plan_git_alloc_failed())
			rc = PLAN_ENOMEM;
		plan_wcommit_free(c);
		return rc;
	}
	plan_git_clear();
	return PLAN_OK;
}

const git_oid *plan_wcommit_parent(const struct wcommit *c, size_t k)
{
	return c->c ? git_commit_parent_id(c->c, (unsigned)k) : &c->parents[k];
}

void plan_wcommit_free(struct wcommit *c)
{
	if (!c)
		return;
	git_commit_free(c->c);
	git_odb_object_free(c->obj);
	plan_free(c->parents);
	plan_free(c->author);
	plan_free(c->summary);
	memset(c, 0, sizeof(*c));
}

/* ---- step 2: the keys of every change ---- */

static void on_key(void *ctx, const char *key, size_t len)
{
	struct walk *w = ctx;
	char *k;

	if (PLAN_GROW(w->keys, w->capkeys, w->nkeys + 1) < 0 ||
	    !(k = plan_arena_strndup(w->arena, key, len))) {
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
 * held already.  PLAN_ENOMEM, or PLAN_EGIT when a blob cannot be read.
 */
static int learn(struct walk *w, struct change *c, struct held *h)
{
	const git_blob *n = hold(w, h, &c->new_, NULL), *o = hold(w, h, &c->old, n);
	int rc;

	if ((!o && !is_zero(&c->old)) || (!n && !is_zero(&c->new_)))
		return PLAN_EGIT;
	w->nkeys = 0;
	rc = plan_records_diff(o ? git_blob_rawcontent(o) : NULL, o ? (size_t)git_blob_rawsize(o) : 0,
			       n ? git_blob_rawcontent(n) : NULL, n ? (size_t)git_blob_rawsize(n) : 0,
			       on_key, w);
	if (rc < 0 || w->oom)
		return PLAN_ENOMEM;
	c->any = rc == PLAN_RECORDS_ANY;
	c->nkeys = w->nkeys;
	if (w->nkeys && !(c->keys = plan_arena_alloc(w->arena, w->nkeys * sizeof(*c->keys))))
		return PLAN_ENOMEM;
	if (w->nkeys)
		memcpy(c->keys, w->keys, w->nkeys * sizeof(*c->keys));
	c->known = 1;
	return plan_logcache_put(w->cache, c->old.id, c->new_.id, c->any, c->keys, c->nkeys) < 0 ?
	       PLAN_ENOMEM : PLAN_OK;
}

static int learn_all(struct walk *w)
{
	struct held h = { { NULL, NULL }, 0 };
	size_t *order, i, n = 0;
	int rc = PLAN_OK;

	for (i = 0; i < w->nch; i++) {
		struct change *c = &w->ch[i];
		int any;
		if (plan_logcache_get(w->cache, c->old.id, c->new_.id, &any, &c->keys, &c->nkeys))
			c->any = any, c->known = 1;
		else
			n++;
	}
	if (!n)
		return PLAN_OK;
	if (!(order = plan_calloc(n, sizeof(*order))))
		return plan_error_oom();
	for (i = 0, n = 0; i < w->nch; i++)
		if (!w->ch[i].known)
			order[n++] = i;
	qsort_r(order, n, sizeof(*order), by_path, w);
	for (i = 0; i < n && rc == PLAN_OK; i++) {
		struct change *c = &w->ch[order[i]];
		if ((rc = learn(w, c, &h)) == PLAN_ENOMEM)
			plan_error_oom();
		else if (rc < 0)
			plan_git_error(rc, "cannot read %s", c->path);
	}
	git_blob_free(h.b[0]);
	git_blob_free(h.b[1]);
	plan_free(order);
	return rc;
}

/* ---- step 3: the commits wanted, parsed ---- */

/*
 * Whether key[0..len) is a key wanted (keys are cut at
 * PLAN_RECORD_KEY_MAX, see records.h).  Also plan_records_keep's test.
 */
static int keep_key(void *ctx, const char *key, size_t len)
{
	const struct walk *w = ctx;
	uint64_t h;
	size_t it, i;

	if (len > PLAN_RECORD_KEY_MAX)
		len = PLAN_RECORD_KEY_MAX;
	h = plan_hash(key, len);
	for (i = plan_map_first(&w->want_map, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&w->want_map, h, &it))
		if (w->want[i].len == len && memcmp(w->want[i].s, key, len) == 0)
			return 1;
	return 0;
}

int plan_walk_asked(const struct walk *w, const char *key)
{
	return keep_key((void *)w, key, strlen(key));
}

int plan_walk_wants(const struct walk *w, const char *key, size_t len)
{
	return keep_key((void *)w, key, len);
}

/* Makes the set of keys wanted empty. */
static void want_clear(struct walk *w)
{
	w->nwant = 0;
	plan_map_free(&w->want_map);
}

/* Adds key s (its first PLAN_RECORD_KEY_MAX bytes) to the keys wanted, once. */
static int want_add(struct walk *w, const char *s)
{
	size_t len = strlen(s);

	if (len > PLAN_RECORD_KEY_MAX)
		len = PLAN_RECORD_KEY_MAX;
	if (keep_key(w, s, len))
		return PLAN_OK;
	if (PLAN_GROW(w->want, w->capwant, w->nwant + 1) < 0 ||
	    PLAN_GROW(w->changed, w->capchanged, w->nwant + 1) < 0 ||
	    plan_map_put(&w->want_map, plan_hash(s, len), w->nwant) < 0)
		return PLAN_ENOMEM;
	w->changed[w->nwant] = s;
	w->want[w->nwant].s = s;
	w->want[w->nwant].len = len;
	w->want[w->nwant].hash = plan_hash(s, len);
	w->nwant++;
	return PLAN_OK;
}


static int cmp_want(const void *a, const void *b)
{
	const struct wanted_key *x = a, *y = b;
	int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);

	return c ? c : (x->len > y->len) - (x->len < y->len);
}

/*
 * A digest of the set of keys wanted, the same whatever their order: what
 * keep_key keeps is a function of a blob and this set.
 */
static int want_digest(const struct walk *w, unsigned char out[GIT_OID_RAWSZ])
{
	struct wanted_key *v = plan_calloc(w->nwant ? w->nwant : 1, sizeof(*v));
	size_t i, n = 0, total = 0;
	char *buf = NULL;
	git_oid oid;
	int rc = PLAN_ENOMEM;

	if (!v)
		return PLAN_ENOMEM;
	for (i = 0; i < w->nwant; i++)
		total += w->want[i].len + 1;
	if (w->nwant)
		memcpy(v, w->want, w->nwant * sizeof(*v));
	qsort(v, w->nwant, sizeof(*v), cmp_want);
	if ((buf = plan_malloc(total + 1)) != NULL) {
		for (i = 0; i < w->nwant; i++) {
			memcpy(buf + n, v[i].s, v[i].len);
			n += v[i].len;
			buf[n++] = '\0';
		}
		if (git_odb_hash(&oid, buf, n, GIT_OBJECT_BLOB) == 0) {
			memcpy(out, oid.id, GIT_OID_RAWSZ);
			rc = PLAN_OK;
		}
	}
	plan_free(buf);
	plan_free(v);
	return rc;
}

/* Whether a step changed an id asked for (or, with none asked, any id). */
static int wanted_step(const struct walk *w, const struct step *s)
{
	size_t i, k;

	for (i = s->first; i < s->first + s->n; i++) {
		const struct change *c = &w->ch[i];
		if (c->any || (!w->opt->nids && c->nkeys))
			return 1;
		for (k = 0; k < c->nkeys; k++)
			if (plan_walk_asked(w, c->keys[k]))
				return 1;
	}
	return 0;
}

/*
 * With no ids asked for, the keys wanted for step s: the keys its changes
 * touched (not include lines'), and whether only those are read: not when
 * a change may have changed any action.  Then s->digest names them.
 */
static int want_step(struct walk *w, struct step *s)
{
	size_t i, k;

	want_clear(w);
	w->reduce = 1;
	for (i = s->first; i < s->first + s->n; i++) {
		const struct change *c = &w->ch[i];
		if (c->any)
			w->reduce = 0;
		for (k = 0; k < c->nkeys; k++)
			if (!plan_is_include_key(c->keys[k], strlen(c->keys[k])) && want_add(w, c->keys[k]) < 0)
				return plan_error_oom();
	}
	if (w->reduce && !s->has_digest) {
		if (want_digest(w, s->digest) < 0)
			return plan_error_oom();
		s->has_digest = 1;
	}
	return PLAN_OK;
}

/*
 * With no ids asked for, step 3 reads, in the commits' order, what each
 * changed file keeps for its step, and the facts of each version
 * (facts.c): read there, each version is rebuilt from the start of its
 * delta chain once the files are many (libgit2 keeps few delta bases).
 * This reads them first in step 2's order, path by path, newest first,
 * each version from the one before it: what is kept goes into w->mem
 * under the step's digest, where plan_repo_load_tree finds it, and the
 * facts into t.
 */
static int prefetch(struct walk *w, struct plan_facts *t)
{
	struct held h = { { NULL, NULL }, 0 };
	size_t *order, i, n = 0;
	char *buf = NULL;
	size_t cap = 0;
	int rc = PLAN_OK;

	if (!(w->mem = plan_logcache_open(NULL)) || !(order = plan_calloc(w->nch ? w->nch : 1, sizeof(*order))))
		return plan_error_oom();
	for (i = 0; i < w->nch; i++)
		if (wanted_step(w, &w->st[w->ch[i].step]))
			order[n++] = i;
	qsort_r(order, n, sizeof(*order), by_path, w);
	for (i = 0; i < n && rc == PLAN_OK; i++) {
		const struct change *c = &w->ch[order[i]];
		struct step *s = &w->st[c->step];
		const git_oid *id[2] = { &c->new_, &c->old };
		const git_blob *b[2];
		int k;

		if ((rc = want_step(w, s)) < 0)
			break;
		if (!w->reduce)
			continue;
		b[0] = hold(w, &h, id[0], NULL);
		b[1] = hold(w, &h, id[1], b[0]);
		for (k = 0; k < 2 && rc == PLAN_OK; k++) {
			const char *bytes, *kept;
			size_t len, m;
			if (is_zero(id[k]))
				continue;
			if (!b[k]) {
				rc = plan_git_error(PLAN_EGIT, "cannot read %s", c->path);
				break;
			}
			bytes = git_blob_rawcontent(b[k]);
			len = (size_t)git_blob_rawsize(b[k]);
			if (plan_facts_learn(w, t, id[k], bytes, len) < 0 || PLAN_GROW(buf, cap, len + 1) < 0) {
				rc = plan_error_oom();
				break;
			}
			if (plan_logcache_get_kept(w->mem, id[k]->id, s->digest, &kept, &m))
				continue;
			memcpy(buf, bytes, len);
			m = plan_records_keep(buf, len, keep_key, w, buf);
			if (m != (size_t)-1 && plan_logcache_put_kept(w->mem, id[k]->id, s->digest, buf, m) < 0)
				rc = plan_error_oom();
		}
	}
	git_blob_free(h.b[0]);
	git_blob_free(h.b[1]);
	plan_free(buf);
	plan_free(order);
	return rc;
}

/* The linked plans of tree (NULL: none); NULL when memory ran out or a blob is unreadable. */
static plan_set *plans_of(struct walk *w, struct plan_facts *t, git_tree *tree)
{
	plan_set *s = plan_set_new();
	plan_tree_read how = PLAN_TREE_READ_INIT;
	struct plan_files fs;
	int rc = PLAN_OK, any = 0;

	if (!s)
		return NULL;
	memset(&fs, 0, sizeof(fs));
	fs.w = w;
	fs.t = t;
	if (tree && w->reduce && plan_files_choose(&fs, tree, &any) < 0)
		rc = PLAN_ENOMEM;
	if (rc == PLAN_OK && tree) {
		how.limit = w->limit;
		if (w->reduce) {
			how.keep = plan_files_keep;
			how.keep_ctx = &fs;
		}
		/* Only the records wanted are parsed, unless a file has fields
		 * that belong to whatever includes it. */
		if (w->reduce && !any) {
			how.reduce = keep_key;
			how.reduce_ctx = w;
			if (w->has_digest) {
				how.cache = w->cache;
				how.digest = w->digest;
			} else if (w->step_digest) {
				how.cache = w->mem;
				how.digest = w->step_digest;
			}
		}
		rc = plan_repo_load_tree(w->r, tree, s, &how);
	}
	plan_files_free(&fs);
	if (rc == PLAN_ENOMEM || plan_set_link(s) < 0) {
		plan_set_free(s);
		return NULL;
	}
	return s;
}

/*
 * Fills info from commit c.  Its summary is made on first use, and
 * libgit2 1.5 makes it "" when memory runs out meanwhile: that is an
 * error, not an empty subject.
 */
static int commit_info(plan_commit_info *info, const struct wcommit *c)
{
	const git_signature *sig = c->c ? git_commit_author(c->c) : NULL;

	git_oid_tostr(info->id, sizeof(info->id), &c->id);
	info->author = sig && sig->name ? sig->name : c->author ? c->author : "";
	plan_commit_author(c, &info->when, &info->offset);
	info->parents = (unsigned)c->nparents;
	info->others = NULL;
	info->nothers = 0;
	info->changed = NULL;
	info->nchanged = 0;
	info->any = 0;
	if (!c->c) {
		info->subject = c->summary;
		return PLAN_OK;
	}
	plan_git_clear();
	if (!(info->subject = git_commit_summary(c->c)) || plan_git_alloc_failed())
		return plan_error_oom();
	return PLAN_OK;
}

/*
 * The plans of the parents of merge c after its first, into *out
 * (plan_malloc'ed, nparents - 1 of them; NULL when there are none); -1 when
 * memory ran out or one cannot be read (w->unreadable or PLAN_EGIT
 * recorded).
 */
static int other_parents(struct walk *w, struct plan_facts *t, const struct wcommit *c, plan_set ***out)
{
	size_t n = c->nparents, k;
	plan_set **v;

	*out = NULL;
	if (n < 2)
		return 0;
	if (!(v = plan_calloc(n - 1, sizeof(*v))))
		return -1;
	for (k = 1; k < n; k++) {
		struct wcommit p;
		git_tree *tree = NULL;
		if (plan_wcommit_read(w, plan_wcommit_parent(c, k), &p) < 0 ||
		    git_tree_lookup(&tree, w->r->repo, &p.tree) < 0) {
			w->unreadable = 1;
			v[k - 1] = NULL;
		} else {
			v[k - 1] = plans_of(w, t, tree);
		}
		git_tree_free(tree);
		plan_wcommit_free(&p);
		if (!v[k - 1]) {
			while (k-- > 1)
				plan_set_free(v[k - 1]);
			plan_free(v);
			return -1;
		}
	}
	*out = v;
	return 0;
}

static void free_others(plan_set **v, size_t n)
{
	size_t k;

	for (k = 0; v && k < n; k++)
		plan_set_free(v[k]);
	plan_free(v);
}

/* Step 3: both sides of each step wanted, to fn. */
static int report(struct walk *w, plan_history_fn fn, void *ctx)
{
	struct plan_facts t;
	plan_set *cached = NULL;
	git_oid cached_id;
	size_t i;
	int rc = PLAN_OK;

	memset(&t, 0, sizeof(t));
	memset(&cached_id, 0, sizeof(cached_id));
	if (plan_facts_join(w, &t) < 0)
		rc = plan_error_oom();
	else if (!w->opt->nids)
		rc = prefetch(w, &t);
	for (i = 0; i < w->nst && rc == PLAN_OK; i++) {
		struct wcommit c, parent;
		git_tree *tree = NULL, *ptree = NULL;
		plan_set *now = NULL, *before = NULL, **others = NULL;
		plan_commit_info info;
		/* A merge's other parents are read unless the walk follows first
		 * parents only (--first-parent, or a shallow clone). */
		int all_parents = !w->opt->first_parent && !w->r->shallow;

		if (!wanted_step(w, &w->st[i]))
			continue;
		/* With no ids asked for, each step reads only what it changed. */
		if (!w->opt->nids && (rc = want_step(w, &w->st[i])) < 0)
			break;
		w->step_digest = !w->opt->nids && w->st[i].has_digest ? w->st[i].digest : NULL;
		memset(&parent, 0, sizeof(parent));
		if ((rc = plan_wcommit_read(w, &w->st[i].id, &c)) == PLAN_ENOMEM) {
			rc = plan_error_oom();
			break;
		}
		if (rc < 0 || git_tree_lookup(&tree, w->r->repo, &c.tree) < 0 ||
		    (c.nparents > 0 &&
		     ((rc = plan_wcommit_read(w, plan_wcommit_parent(&c, 0), &parent)) < 0 ||
		      git_tree_lookup(&ptree, w->r->repo, &parent.tree) < 0))) {
			rc = rc == PLAN_ENOMEM ? plan_error_oom() :
			     plan_git_error(PLAN_EGIT, "cannot read commit %s", git_oid_tostr_s(&w->st[i].id));
		} else {
			/* The plans of the step before's parent, when this is it and
			 * the same keys are wanted. */
			now = cached && w->opt->nids && git_oid_equal(&cached_id, &w->st[i].id) ? cached :
			      plans_of(w, &t, tree);
			if (now == cached)
				cached = NULL;
			before = plans_of(w, &t, ptree);
			if (now && before && all_parents && other_parents(w, &t, &c, &others) < 0) {
				plan_set_free(before);
				before = NULL;
			}
			if (!now || !before) {
				if (w->unreadable)
					rc = plan_git_error(PLAN_EGIT, "cannot read the plan files of commit %s",
							    git_oid_tostr_s(&w->st[i].id));
				else
					rc = plan_error_oom();
			} else if ((rc = commit_info(&info, &c)) == PLAN_OK) {
				if (others) {
					info.others = (const plan_set *const *)others;
					info.nothers = c.nparents - 1;
				}
				if (!w->opt->nids) {
					info.changed = w->changed;
					info.nchanged = w->nwant;
					info.any = !w->reduce;
				}
				rc = fn(ctx, &info, now, before);
			}
			free_others(others, c.nparents ? c.nparents - 1 : 0);
			plan_set_free(now);
			plan_set_free(cached);
			cached = before;
			if (c.nparents)
				git_oid_cpy(&cached_id, &parent.id);
			else
				memset(&cached_id, 0, sizeof(cached_id));
		}
		git_tree_free(ptree);
		plan_wcommit_free(&parent);
		git_tree_free(tree);
		plan_wcommit_free(&c);
	}
	plan_set_free(cached);
	plan_facts_free(&t);
	return rc;
}

/* Fills w from opt: the tip, the revision hidden, the path limit. */
static int start(struct walk *w, plan_repo *r, const plan_walk_options *opt)
{
	size_t i;
	int rc;

	w->r = r;
	w->opt = opt;
	if (opt->from) {
		if ((rc = plan_repo_commit_of(r, opt->from, &w->from)) < 0)
			return rc;
	} else {
		git_oid_cpy(&w->from, &r->head_commit);
	}
	if (opt->hide) {
		if ((rc = plan_repo_commit_of(r, opt->hide, &w->hide)) < 0)
			return rc;
		w->has_hide = 1;
	}
	if (opt->path) {
		size_t n;
		if (!(w->limit = plan_strdup(opt->path)))
			return plan_error_oom();
		plan_path_normalise(w->limit);
		n = strlen(w->limit);
		if (n > 1 && w->limit[n - 1] == '/')
			w->limit[n - 1] = '\0';
		if (strcmp(w->limit, ".") == 0) {
			plan_free(w->limit);
			w->limit = NULL;
		}
	}
	if (!(w->arena = plan_arena_new()))
		return plan_error_oom();
	if (opt->cache)
		w->cache = opt->cache;
	else if (!opt->no_cache)
		w->cache = plan_repo_open_cache(r);
	/* The records of an id asked for as PLAN:ID are keyed by the id alone. */
	for (i = 0; i < opt->nids; i++) {
		const char *sep = strchr(opt->ids[i], PLAN_ID_SEP);
		if (want_add(w, sep ? sep + 1 : opt->ids[i]) < 0)
			return plan_error_oom();
	}
	if (w->cache && opt->nids) {
		if (want_digest(w, w->digest) == PLAN_ENOMEM)
			return plan_error_oom();
		w->has_digest = 1;
	}
	w->reduce = opt->nids > 0;
	return PLAN_OK;
}

plan_logcache *plan_repo_open_cache(plan_repo *r)
{
	return plan_logcache_open(git_repository_commondir(r->repo));
}

int plan_repo_walk(plan_repo *r, const plan_walk_options *opt, plan_history_fn fn, void *ctx,
		   plan_walk_result *result)
{
	struct walk w;
	int rc;

	memset(&w, 0, sizeof(w));
	result->shallow = r->shallow;
	result->unborn = r->unborn;
	if (result->unborn)
		return PLAN_OK;
	plan_git_clear();
	rc = start(&w, r, opt);
	if (rc == PLAN_OK)
		rc = plan_walk_list(&w);
	if (rc == PLAN_OK)
		rc = learn_all(&w);
	if (rc == PLAN_OK)
		rc = report(&w, fn, ctx);
	if (w.cache != opt->cache)
		plan_logcache_close(w.cache);
	plan_free(w.limit);
	plan_free(w.keys);
	plan_free(w.want);
	plan_free(w.changed);
	plan_logcache_free(w.mem);
	plan_map_free(&w.want_map);
	plan_free(w.ch);
	plan_free(w.st);
	plan_arena_free(w.arena);
	return rc;
}
