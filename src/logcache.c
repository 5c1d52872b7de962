/*
 * logcache.c - planlog's cache of compared blob pairs (see logcache.h).
 *
 * File layout (integers little-endian):
 *   "planlog cache 5\n"
 *   batches: 'B', u32 payload length, u64 FNV-1a of the payload, payload
 *   payload: entries, each either
 *     'K', old id (20), new id (20), u8 flags (1: any id), u32 key count,
 *          then each key as u8 length and its bytes
 *     'C', commit id (20), i64 author time, u32 change count, then each
 *          change as u16 path length, the path, old id (20), new id (20)
 *     'R', blob id (20), digest of the ids asked for (20), u32 length,
 *          then the bytes plan_records_keep kept of the blob for them
 *     'F', blob id (20), digest of the ids asked for (20), then as 'K'
 *          (flags: PLAN_LOGCACHE_ANY, PLAN_LOGCACHE_HAS_ID; the keys are
 *          the texts of the blob's include records)
 *     'P', commit id (20), i64 commit time, i64 author time, i32 the
 *          author's offset (minutes east of UTC), u32 parent count, then
 *          each parent id (20)
 * (Version 3 had no offset in 'P'; version 4's keys left out ids that
 * start with a digit.  A file of another version is started afresh.)
 * Reading stops at the first batch that does not check out.
 *
 * The file is another user's to plant things at (a link to a file of
 * yours, a FIFO): it is read only when it is a regular file, opened without
 * following a link or blocking, and never written through.  A write makes
 * a new file beside it (the batches that check out, then the new one) and
 * renames it over the old, so that a reader sees one whole file or the
 * other, and a write that fails (a full disk, a size limit, a crash)
 * leaves the old file as it was.  Two planlogs that write at once each
 * leave a whole file; the entries of the one renamed first are lost.
 */
#include "logcache.h"
#include "alloc.h"
#include "arena.h"
#include "error.h"
#include "load.h"
#include "map.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define HEADER "planlog cache 5\n"

_Static_assert(PLAN_RECORD_KEY_MAX <= 255, "keys are written with a one-byte length");
#define HEADER_LEN (sizeof(HEADER) - 1)
#define BATCH_HEAD 13          /* 'B', u32 length, u64 checksum */
#define P_HEAD 24              /* a 'P' entry after its id: times, offset, count */

struct entry {
	unsigned char old[PLAN_OID_SIZE], new_[PLAN_OID_SIZE];   /* 'C', 'P': commit, zero;
								    'R', 'F': blob, digest */
	char kind;                 /* 'K', 'C', 'R', 'F' or 'P' */
	unsigned char flags;       /* 'K', 'F' */
	long long when;            /* 'C', 'P': author time */
	long long ctime;           /* 'P': commit time */
	int offset;                /* 'P': the author's offset */
	union {
		const char **keys;             /* 'K', 'F' */
		plan_file_change *changes;     /* 'C' */
		const char *kept;              /* 'R' */
		const unsigned char *parents;  /* 'P': n ids */
	} u;
	size_t n;                  /* keys, changes, bytes kept or parents */
};

struct plan_logcache {
	char *path;
	plan_arena *arena;
	struct entry **v;          /* every entry; plan_malloc'ed */
	size_t n, cap;
	plan_map keys;             /* v[] by kind, old and new_ */
	unsigned char *out;        /* entries added, as a payload */
	size_t outlen, outcap;
	int leave;                 /* what is at path is no cache of ours: never write */
};

static uint64_t get_le(const unsigned char *p, int n)
{
	uint64_t v = 0;
	while (n--)
		v = v << 8 | p[n];
	return v;
}

static void put_le(unsigned char *p, uint64_t v, int n)
{
	int i;
	for (i = 0; i < n; i++, v >>= 8)
		p[i] = (unsigned char)v;
}

static uint64_t key_hash(char kind, const unsigned char *old, const unsigned char *new_)
{
	unsigned char k[1 + 2 * PLAN_OID_SIZE];

	k[0] = (unsigned char)kind;
	memcpy(k + 1, old, PLAN_OID_SIZE);
	memcpy(k + 1 + PLAN_OID_SIZE, new_, PLAN_OID_SIZE);
	return plan_hash(k, sizeof(k));
}

static struct entry *find(const struct plan_logcache *c, char kind, const unsigned char *old,
			  const unsigned char *new_)
{
	uint64_t h;
	size_t it, i;

	if (!c)
		return NULL;
	h = key_hash(kind, old, new_);
	for (i = plan_map_first(&c->keys, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&c->keys, h, &it)) {
		struct entry *e = c->v[i];
		if (e->kind == kind && memcmp(e->old, old, PLAN_OID_SIZE) == 0 &&
		    memcmp(e->new_, new_, PLAN_OID_SIZE) == 0)
			return e;
	}
	return NULL;
}

/* Adds e unless an entry with its key is there already (the first one read stays). */
static int insert(struct plan_logcache *c, struct entry *e)
{
	if (find(c, e->kind, e->old, e->new_))
		return PLAN_OK;
	if (PLAN_GROW(c->v, c->cap, c->n + 1) < 0 ||
	    plan_map_put(&c->keys, key_hash(e->kind, e->old, e->new_), c->n) < 0)
		return PLAN_ENOMEM;
	c->v[c->n++] = e;
	return PLAN_OK;
}

/* A new entry of kind for (old, new_; NULL: zero), its other fields zero; NULL when memory ran out. */
static struct entry *new_entry(struct plan_logcache *c, char kind, const unsigned char *old,
			       const unsigned char *new_)
{
	struct entry *e = plan_arena_alloc(c->arena, sizeof(*e));

	if (!e)
		return NULL;
	memcpy(e->old, old, PLAN_OID_SIZE);
	if (new_)
		memcpy(e->new_, new_, PLAN_OID_SIZE);
	else
		memset(e->new_, 0, PLAN_OID_SIZE);
	e->kind = kind;
	e->flags = 0;
	e->when = e->ctime = 0;
	e->offset = 0;
	e->u.keys = NULL;
	e->n = 0;
	return e;
}

/*
 * The entries of a payload are read in two passes over each: the first
 * checks that it is whole (its counts and lengths within the payload), the
 * second, when c is not NULL, stores it.  With c NULL only the first runs:
 * plan_logcache_write checks a file so, without allocating.
 */

/* One 'K' or 'F' entry at p[i..n); its end, or 0 when malformed or memory ran out. */
static size_t read_keys(struct plan_logcache *c, char kind, const unsigned char *p, size_t i,
			size_t n)
{
	struct entry *e;
	const char **keys = NULL;
	size_t k, count, at;

	if (n - i < 2 * PLAN_OID_SIZE + 5)
		return 0;
	count = (size_t)get_le(p + i + 2 * PLAN_OID_SIZE + 1, 4);
	if (count > n - i)
		return 0;
	for (k = 0, at = i + 2 * PLAN_OID_SIZE + 5; k < count; k++) {
		if (at >= n || n - at - 1 < p[at])
			return 0;
		at += 1 + (size_t)p[at];
	}
	if (!c)
		return at;
	if (!(e = new_entry(c, kind, p + i, p + i + PLAN_OID_SIZE)) ||
	    (count && !(keys = plan_arena_alloc(c->arena, count * sizeof(*keys)))))
		return 0;
	e->flags = p[i + 2 * PLAN_OID_SIZE] & (PLAN_LOGCACHE_ANY | PLAN_LOGCACHE_HAS_ID);
	i += 2 * PLAN_OID_SIZE + 5;
	for (k = 0; k < count; k++) {
		if (!(keys[k] = plan_arena_strndup(c->arena, (const char *)p + i + 1, p[i])))
			return 0;
		i += 1 + (size_t)p[i];
	}
	e->u.keys = keys;
	e->n = count;
	return insert(c, e) < 0 ? 0 : i;
}

/* One 'C' entry at p[i..n); its end, or 0 when malformed or memory ran out. */
static size_t read_commit(struct plan_logcache *c, const unsigned char *p, size_t i, size_t n)
{
	struct entry *e;
	plan_file_change *v = NULL;
	size_t k, count, at, len;

	if (n - i < PLAN_OID_SIZE + 12)
		return 0;
	count = (size_t)get_le(p + i + PLAN_OID_SIZE + 8, 4);
	if (count > n - i)
		return 0;
	for (k = 0, at = i + PLAN_OID_SIZE + 12; k < count; k++) {
		if (n - at < 2 || n - at - 2 < (len = (size_t)get_le(p + at, 2)) + 2 * PLAN_OID_SIZE)
			return 0;
		at += 2 + len + 2 * PLAN_OID_SIZE;
	}
	if (!c)
		return at;
	if (!(e = new_entry(c, 'C', p + i, NULL)) ||
	    (count && !(v = plan_arena_alloc(c->arena, count * sizeof(*v)))))
		return 0;
	e->when = (long long)get_le(p + i + PLAN_OID_SIZE, 8);
	i += PLAN_OID_SIZE + 12;
	for (k = 0; k < count; k++) {
		plan_file_change *f = &v[k];
		len = (size_t)get_le(p + i, 2);
		if (!(f->path = plan_arena_strndup(c->arena, (const char *)p + i + 2, len)))
			return 0;
		i += 2 + len;
		memcpy(f->old, p + i, PLAN_OID_SIZE);
		memcpy(f->new_, p + i + PLAN_OID_SIZE, PLAN_OID_SIZE);
		i += 2 * PLAN_OID_SIZE;
	}
	e->u.changes = v;
	e->n = count;
	return insert(c, e) < 0 ? 0 : i;
}

/* One 'R' entry at p[i..n); its end, or 0 when malformed or memory ran out. */
static size_t read_kept(struct plan_logcache *c, const unsigned char *p, size_t i, size_t n)
{
	struct entry *e;
	size_t len;

	if (n - i < 2 * PLAN_OID_SIZE + 4)
		return 0;
	len = (size_t)get_le(p + i + 2 * PLAN_OID_SIZE, 4);
	if (len > n - i - 2 * PLAN_OID_SIZE - 4)
		return 0;
	if (!c)
		return i + 2 * PLAN_OID_SIZE + 4 + len;
	if (!(e = new_entry(c, 'R', p + i, p + i + PLAN_OID_SIZE)) ||
	    !(e->u.kept = plan_arena_strndup(c->arena, (const char *)p + i + 2 * PLAN_OID_SIZE + 4, len)))
		return 0;
	e->n = len;
	return insert(c, e) < 0 ? 0 : i + 2 * PLAN_OID_SIZE + 4 + len;
}

/* One 'P' entry at p[i..n); its end, or 0 when malformed or memory ran out. */
static size_t read_parents(struct plan_logcache *c, const unsigned char *p, size_t i, size_t n)
{
	struct entry *e;
	size_t count;
	unsigned char *v = NULL;

	if (n - i < PLAN_OID_SIZE + P_HEAD)
		return 0;
	count = (size_t)get_le(p + i + PLAN_OID_SIZE + 20, 4);
	if (count > (n - i - PLAN_OID_SIZE - P_HEAD) / PLAN_OID_SIZE)
		return 0;
	if (!c)
		return i + PLAN_OID_SIZE + P_HEAD + count * PLAN_OID_SIZE;
	if (!(e = new_entry(c, 'P', p + i, NULL)) ||
	    (count && !(v = plan_arena_alloc(c->arena, count * PLAN_OID_SIZE))))
		return 0;
	e->ctime = (long long)get_le(p + i + PLAN_OID_SIZE, 8);
	e->when = (long long)get_le(p + i + PLAN_OID_SIZE + 8, 8);
	e->offset = (int)(int32_t)(uint32_t)get_le(p + i + PLAN_OID_SIZE + 16, 4);
	i += PLAN_OID_SIZE + P_HEAD;
	if (count)
		memcpy(v, p + i, count * PLAN_OID_SIZE);
	e->u.parents = v;
	e->n = count;
	return insert(c, e) < 0 ? 0 : i + count * PLAN_OID_SIZE;
}

/* Reads (c NULL: checks) the entries of one payload; -1 when it is malformed or memory ran out. */
static int read_payload(struct plan_logcache *c, const unsigned char *p, size_t n)
{
	size_t i = 0;

	while (i < n) {
		char kind = (char)p[i++];
		if ((kind == 'K' || kind == 'F' ? (i = read_keys(c, kind, p, i, n)) :
		     kind == 'C' ? (i = read_commit(c, p, i, n)) :
		     kind == 'R' ? (i = read_kept(c, p, i, n)) :
		     kind == 'P' ? (i = read_parents(c, p, i, n)) : 0) == 0)
			return -1;
	}
	return 0;
}

/*
 * Reads (c NULL: checks) the batches of the file's bytes buf[0..size),
 * up to the first that does not check out (its length, checksum or
 * entries) or, when c is set, that memory ran out in.  Returns the bytes
 * of the header and the batches that did: 0 when the header is wrong.
 */
static size_t read_batches(struct plan_logcache *c, const unsigned char *buf, size_t size)
{
	size_t at;

	if (size < HEADER_LEN || memcmp(buf, HEADER, HEADER_LEN) != 0)
		return 0;
	for (at = HEADER_LEN; size - at >= BATCH_HEAD; ) {
		size_t len = (size_t)get_le(buf + at + 1, 4);
		if (buf[at] != 'B' || size - at - BATCH_HEAD < len ||
		    plan_hash(buf + at + BATCH_HEAD, len) != get_le(buf + at + 5, 8) ||
		    read_payload(c, buf + at + BATCH_HEAD, len) < 0)
			break;
		at += BATCH_HEAD + len;
	}
	return at;
}

/* What lies at the cache's path. */
enum place {
	PLACE_FILE,                /* a regular file, opened */
	PLACE_NONE,                /* nothing: the cache may be made there */
	PLACE_OTHER                /* anything else, or unreadable: left alone, never written */
};

/*
 * Opens the file at path to read, never through a link and never
 * blocking (a FIFO or a device planted there is not even opened): *fd
 * and *st are set when it is a regular file.  Anything else at path is
 * PLACE_OTHER, and so is a file that cannot be opened.
 */
static enum place open_place(const char *path, int *fd, struct stat *st)
{
	struct stat lst;

	if (lstat(path, &lst) < 0)
		return errno == ENOENT ? PLACE_NONE : PLACE_OTHER;
	if (!S_ISREG(lst.st_mode))
		return PLACE_OTHER;
	*fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (*fd < 0)
		return errno == ENOENT ? PLACE_NONE : PLACE_OTHER;
	/* Whatever is read comes from what fstat describes: a regular file,
	 * the one lstat saw (not something swapped in since). */
	if (fstat(*fd, st) < 0 || !S_ISREG(st->st_mode) || st->st_dev != lst.st_dev ||
	    st->st_ino != lst.st_ino) {
		close(*fd);
		return PLACE_OTHER;
	}
	return PLACE_FILE;
}

/*
 * Reads the regular file fd (st: its fstat) whole into *out
 * (plan_malloc'ed, size in *len), or nothing when it is larger than
 * PLAN_LOGCACHE_MAX_SIZE.  -1 when it cannot be read or memory ran out.
 */
static int read_whole(int fd, const struct stat *st, unsigned char **out, size_t *len)
{
	*out = NULL;
	*len = 0;
	if (st->st_size > PLAN_LOGCACHE_MAX_SIZE)
		return 0;
	return plan_read_fd(fd, (size_t)st->st_size, PLAN_LOGCACHE_MAX_SIZE, (char **)out, len);
}

static void load(struct plan_logcache *c)
{
	struct stat st;
	unsigned char *buf;
	size_t len;
	int fd = -1;

	switch (open_place(c->path, &fd, &st)) {
	case PLACE_NONE:
		return;
	case PLACE_OTHER:
		c->leave = 1;
		return;
	case PLACE_FILE:
		break;
	}
	if (read_whole(fd, &st, &buf, &len) == 0 && buf) {
		read_batches(c, buf, len);
		plan_free(buf);
	}
	close(fd);
}

plan_logcache *plan_logcache_open(const char *gitdir)
{
	struct plan_logcache *c;
	size_t n;

	if (!(c = plan_malloc(sizeof(*c))))
		return NULL;
	memset(c, 0, sizeof(*c));
	if (!(c->arena = plan_arena_new()) || (gitdir && !(c->path = plan_malloc(strlen(gitdir) + 32)))) {
		plan_logcache_free(c);
		return NULL;
	}
	if (!gitdir)
		return c;
	n = strlen(gitdir);
	snprintf(c->path, n + 32, "%s%splanlog.cache", gitdir,
		 n && gitdir[n - 1] == '/' ? "" : "/");
	load(c);
	return c;
}

int plan_logcache_get(plan_logcache *c, const unsigned char *old, const unsigned char *new_,
		      int *any, const char ***keys, size_t *nkeys)
{
	const struct entry *e = find(c, 'K', old, new_);

	if (!e)
		return 0;
	*any = e->flags & PLAN_LOGCACHE_ANY;
	*keys = e->u.keys;
	*nkeys = e->n;
	return 1;
}

static const unsigned char no_id[PLAN_OID_SIZE];

int plan_logcache_get_commit(plan_logcache *c, const unsigned char *commit, long long *when,
			     const plan_file_change **v, size_t *n)
{
	const struct entry *e = find(c, 'C', commit, no_id);

	if (!e)
		return 0;
	*when = e->when;
	*v = e->u.changes;
	*n = e->n;
	return 1;
}

int plan_logcache_get_kept(plan_logcache *c, const unsigned char *blob, const unsigned char *digest,
			   const char **bytes, size_t *len)
{
	const struct entry *e = find(c, 'R', blob, digest);

	if (!e)
		return 0;
	*bytes = e->u.kept;
	*len = e->n;
	return 1;
}

int plan_logcache_get_parents(plan_logcache *c, const unsigned char *commit, long long *ctime,
			      long long *atime, int *aoffset, const unsigned char **parents, size_t *n)
{
	const struct entry *e = find(c, 'P', commit, no_id);

	if (!e)
		return 0;
	*ctime = e->ctime;
	*atime = e->when;
	*aoffset = e->offset;
	*parents = e->u.parents;
	*n = e->n;
	return 1;
}

static int grow_out(struct plan_logcache *c, size_t more)
{
	return PLAN_GROW(c->out, c->outcap, c->outlen + more);
}

/*
 * After an entry was added at out[start..]: a cache of memory only reads
 * it at once (it answers for it from now on) and keeps no bytes for a
 * file.  Returns rc, or PLAN_ENOMEM.
 */
static int added(struct plan_logcache *c, size_t start, int rc)
{
	if (rc == 0 && c && !c->path && c->outlen > start) {
		if (read_payload(c, c->out + start, c->outlen - start) < 0)
			rc = PLAN_ENOMEM;
		c->outlen = start;
	}
	return rc;
}

/* Adds an entry of kind 'K' or 'F'. */
static int put_keys(plan_logcache *c, char kind, const unsigned char *old, const unsigned char *new_,
		    int flags, const char *const *keys, size_t nkeys)
{
	size_t k, start, need = 1 + 2 * PLAN_OID_SIZE + 5;

	if (!c)
		return 0;
	for (k = 0; k < nkeys; k++)
		need += 1 + (strlen(keys[k]) > PLAN_RECORD_KEY_MAX ? PLAN_RECORD_KEY_MAX : strlen(keys[k]));
	if (grow_out(c, need) < 0)
		return -1;
	start = c->outlen;
	c->out[c->outlen++] = (unsigned char)kind;
	memcpy(c->out + c->outlen, old, PLAN_OID_SIZE);
	memcpy(c->out + c->outlen + PLAN_OID_SIZE, new_, PLAN_OID_SIZE);
	c->out[c->outlen + 2 * PLAN_OID_SIZE] = (unsigned char)(flags & (PLAN_LOGCACHE_ANY | PLAN_LOGCACHE_HAS_ID));
	put_le(c->out + c->outlen + 2 * PLAN_OID_SIZE + 1, nkeys, 4);
	c->outlen += 2 * PLAN_OID_SIZE + 5;
	for (k = 0; k < nkeys; k++) {
		size_t len = strlen(keys[k]) > PLAN_RECORD_KEY_MAX ? PLAN_RECORD_KEY_MAX : strlen(keys[k]);
		c->out[c->outlen] = (unsigned char)len;
		memcpy(c->out + c->outlen + 1, keys[k], len);
		c->outlen += 1 + len;
	}
	return added(c, start, 0);
}

int plan_logcache_put(plan_logcache *c, const unsigned char *old, const unsigned char *new_,
		      int any, const char *const *keys, size_t nkeys)
{
	return put_keys(c, 'K', old, new_, any ? PLAN_LOGCACHE_ANY : 0, keys, nkeys);
}

int plan_logcache_get_facts(plan_logcache *c, const unsigned char *blob, const unsigned char *digest,
			    int *flags, const char ***incl, size_t *nincl)
{
	const struct entry *e = find(c, 'F', blob, digest);

	if (!e)
		return 0;
	*flags = e->flags;
	*incl = e->u.keys;
	*nincl = e->n;
	return 1;
}

int plan_logcache_put_facts(plan_logcache *c, const unsigned char *blob, const unsigned char *digest,
			    int flags, const char *const *incl, size_t nincl)
{
	return put_keys(c, 'F', blob, digest, flags, incl, nincl);
}

int plan_logcache_put_commit(plan_logcache *c, const unsigned char *commit, long long when,
			     const plan_file_change *v, size_t n)
{
	size_t k, start, need = 1 + PLAN_OID_SIZE + 12;

	if (!c)
		return 0;
	for (k = 0; k < n; k++) {
		if (strlen(v[k].path) > 0xffff)
			return 0;   /* longer than the format's u16: the commit is not kept */
		need += 2 + strlen(v[k].path) + 2 * PLAN_OID_SIZE;
	}
	if (grow_out(c, need) < 0)
		return -1;
	start = c->outlen;
	c->out[c->outlen++] = 'C';
	memcpy(c->out + c->outlen, commit, PLAN_OID_SIZE);
	put_le(c->out + c->outlen + PLAN_OID_SIZE, (uint64_t)when, 8);
	put_le(c->out + c->outlen + PLAN_OID_SIZE + 8, n, 4);
	c->outlen += PLAN_OID_SIZE + 12;
	for (k = 0; k < n; k++) {
		size_t len = strlen(v[k].path);
		put_le(c->out + c->outlen, len, 2);
		memcpy(c->out + c->outlen + 2, v[k].path, len);
		c->outlen += 2 + len;
		memcpy(c->out + c->outlen, v[k].old, PLAN_OID_SIZE);
		memcpy(c->out + c->outlen + PLAN_OID_SIZE, v[k].new_, PLAN_OID_SIZE);
		c->outlen += 2 * PLAN_OID_SIZE;
	}
	return added(c, start, 0);
}

int plan_logcache_put_kept(plan_logcache *c, const unsigned char *blob, const unsigned char *digest,
			   const char *bytes, size_t len)
{
	size_t start;

	if (!c || len > 0xffffffffu)
		return 0;
	if (grow_out(c, 1 + 2 * PLAN_OID_SIZE + 4 + len) < 0)
		return -1;
	start = c->outlen;
	c->out[c->outlen++] = 'R';
	memcpy(c->out + c->outlen, blob, PLAN_OID_SIZE);
	memcpy(c->out + c->outlen + PLAN_OID_SIZE, digest, PLAN_OID_SIZE);
	put_le(c->out + c->outlen + 2 * PLAN_OID_SIZE, len, 4);
	c->outlen += 2 * PLAN_OID_SIZE + 4;
	memcpy(c->out + c->outlen, bytes, len);
	c->outlen += len;
	return added(c, start, 0);
}

int plan_logcache_put_parents(plan_logcache *c, const unsigned char *commit, long long ctime,
			      long long atime, int aoffset, const unsigned char *parents, size_t n)
{
	size_t start;

	if (!c || n > 0xffffffffu / PLAN_OID_SIZE)
		return 0;
	if (grow_out(c, 1 + PLAN_OID_SIZE + P_HEAD + n * PLAN_OID_SIZE) < 0)
		return -1;
	start = c->outlen;
	c->out[c->outlen++] = 'P';
	memcpy(c->out + c->outlen, commit, PLAN_OID_SIZE);
	put_le(c->out + c->outlen + PLAN_OID_SIZE, (uint64_t)ctime, 8);
	put_le(c->out + c->outlen + PLAN_OID_SIZE + 8, (uint64_t)atime, 8);
	put_le(c->out + c->outlen + PLAN_OID_SIZE + 16, (uint32_t)(int32_t)aoffset, 4);
	put_le(c->out + c->outlen + PLAN_OID_SIZE + 20, n, 4);
	c->outlen += PLAN_OID_SIZE + P_HEAD;
	if (n)
		memcpy(c->out + c->outlen, parents, n * PLAN_OID_SIZE);
	c->outlen += n * PLAN_OID_SIZE;
	return added(c, start, 0);
}

/* Writes all of buf[0..n) to fd; -1 with errno when it cannot. */
static int write_all(int fd, const void *buf, size_t n)
{
	const unsigned char *p = buf;

	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/*
 * Creates a new file beside the cache, named after it, the process and a
 * number (O_EXCL: never one that is there already); its name in tmp.
 */
static int create_beside(const char *path, char *tmp, size_t size)
{
	int i, fd = -1;

	for (i = 0; i < 16 && fd < 0; i++) {
		if ((size_t)snprintf(tmp, size, "%s.%ld-%d.tmp", path, (long)getpid(), i) >= size)
			return -1;
		fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC, 0666);
		if (fd < 0 && errno != EEXIST)
			return -1;
	}
	return fd;
}

int plan_logcache_write(plan_logcache *c)
{
	unsigned char head[HEADER_LEN + BATCH_HEAD], *base = NULL;
	size_t h = 0, keep = 0, len = 0, tmpsize;
	struct stat st;
	char *tmp = NULL;
	int fd = -1, ok = 0;

	if (!c || !c->outlen)
		return 1;
	if (c->leave || c->outlen > 0xffffffffu)
		return 0;
	/* What the file holds now (another planlog may have added to it since
	 * it was read), up to its first batch that does not check out. */
	switch (open_place(c->path, &fd, &st)) {
	case PLACE_OTHER:
		return 0;
	case PLACE_NONE:
		break;
	case PLACE_FILE:
		if (read_whole(fd, &st, &base, &len) < 0) {
			close(fd);
			return 0;
		}
		close(fd);
		keep = base ? read_batches(NULL, base, len) : 0;
		break;
	}
	/* Too large with the new batch: started afresh. */
	if (keep + BATCH_HEAD + c->outlen > (size_t)PLAN_LOGCACHE_MAX_SIZE)
		keep = 0;
	if (!keep) {
		memcpy(head, HEADER, HEADER_LEN);
		h = HEADER_LEN;
	}
	head[h] = 'B';
	put_le(head + h + 1, c->outlen, 4);
	put_le(head + h + 5, plan_hash(c->out, c->outlen), 8);
	h += BATCH_HEAD;
	if (h + c->outlen <= (size_t)PLAN_LOGCACHE_MAX_SIZE &&
	    (tmp = plan_malloc(tmpsize = strlen(c->path) + 48)) != NULL &&
	    (fd = create_beside(c->path, tmp, tmpsize)) >= 0) {
		/* The whole new file, then one rename over the old: a reader sees
		 * the one or the other, never a part; a write that fails (a full
		 * disk, a size limit) leaves the old file as it was. */
		ok = write_all(fd, base, keep) == 0 && write_all(fd, head, h) == 0 &&
		     write_all(fd, c->out, c->outlen) == 0;
		ok = close(fd) == 0 && ok && rename(tmp, c->path) == 0;
		if (!ok)
			unlink(tmp);
	}
	plan_free(tmp);
	plan_free(base);
	if (ok)
		c->outlen = 0;
	return ok;
}

void plan_logcache_free(plan_logcache *c)
{
	if (!c)
		return;
	plan_free(c->out);
	plan_free(c->v);
	plan_map_free(&c->keys);
	plan_free(c->path);
	plan_arena_free(c->arena);
	plan_free(c);
}

void plan_logcache_close(plan_logcache *c)
{
	plan_logcache_write(c);
	plan_logcache_free(c);
}
