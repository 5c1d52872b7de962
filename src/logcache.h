/*
 * logcache.h - the file in which planlog keeps what it has learnt from the
 * history: for each commit, its parents, its times (the author's with
 * its offset) and the plan files it changed (path and both blob ids); for
 * each pair of blobs compared, the ids whose records differ (see
 * records.h); for each blob parsed for a set of ids, the bytes that
 * plan_records_keep kept of it and whether it holds one of them.  Commit and blob ids name contents, so an
 * entry never goes stale.
 *
 * The file is "planlog.cache" in the repository's git directory: a
 * header line, then batches, each checked by its length and a checksum.
 * It is read only when it is a regular file (never through a link, never
 * a FIFO or a device), and written by renaming a whole new file over it
 * (see logcache.c), so that a write that fails or races with another
 * costs the entries of that write and nothing else.  Every function
 * is NULL-safe: without a cache (no memory, a read-only git directory, a
 * full disk, something else at its path), planlog is slower, never wrong.
 */
#ifndef PLAN_LOGCACHE_H
#define PLAN_LOGCACHE_H

#include "limit.h"
#include "error.h"

#include <stddef.h>

/* Bytes of a (SHA-1) object id. */
#define PLAN_OID_SIZE 20

typedef struct plan_logcache plan_logcache;

/*
 * Reads the cache of the git directory gitdir; NULL when memory ran out.
 * With gitdir NULL, a cache of memory only: it answers at once for what
 * is added to it, and writes nothing.
 */
plan_logcache *plan_logcache_open(const char *gitdir);

/*
 * Whether the cache knows the pair (old, new) (an all-zero id: no file);
 * if so, fills *any, *keys and *nkeys (owned by the cache).
 */
int plan_logcache_get(plan_logcache *c, const unsigned char *old, const unsigned char *new_,
		      int *any, const char ***keys, size_t *nkeys);

/* Adds an entry (keys are copied); PLAN_OK, or PLAN_ENOMEM. */
int plan_logcache_put(plan_logcache *c, const unsigned char *old, const unsigned char *new_,
		      int any, const char *const *keys, size_t nkeys);

/* A plan file a commit changed; an all-zero id: the file is absent. */
typedef struct plan_file_change {
	const char *path;
	unsigned char old[PLAN_OID_SIZE], new_[PLAN_OID_SIZE];
} plan_file_change;

/*
 * Whether the cache knows the plan files commit changed (against its
 * first parent, in every directory); if so, fills *when (its author time),
 * *v (owned by the cache) and *n (which may be 0).
 */
int plan_logcache_get_commit(plan_logcache *c, const unsigned char *commit, long long *when,
			     const plan_file_change **v, size_t *n);

/* Adds a commit's changes (copied); PLAN_OK, or PLAN_ENOMEM. */
int plan_logcache_put_commit(plan_logcache *c, const unsigned char *commit, long long when,
			     const plan_file_change *v, size_t n);

/*
 * Whether the cache holds what was kept of blob for the set of ids whose
 * digest is given (any 20 bytes that name the set); if so, fills *bytes
 * (owned by the cache, NUL-terminated) and *len.
 */
int plan_logcache_get_kept(plan_logcache *c, const unsigned char *blob, const unsigned char *digest,
			   const char **bytes, size_t *len);

/* Adds such an entry (bytes are copied); PLAN_OK, or PLAN_ENOMEM. */
int plan_logcache_put_kept(plan_logcache *c, const unsigned char *blob, const unsigned char *digest,
			   const char *bytes, size_t len);

/*
 * Whether the cache knows commit's parents; if so, fills *ctime (its
 * commit time), *atime and *aoffset (its author time, and the author's
 * offset in minutes east of UTC: together, the author's date),
 * *parents (n ids one after another, owned by the cache) and *n.
 */
int plan_logcache_get_parents(plan_logcache *c, const unsigned char *commit, long long *ctime,
			      long long *atime, int *aoffset, const unsigned char **parents, size_t *n);

/* Adds such an entry (the ids are copied); PLAN_OK, or PLAN_ENOMEM. */
int plan_logcache_put_parents(plan_logcache *c, const unsigned char *commit, long long ctime,
			      long long atime, int aoffset, const unsigned char *parents, size_t n);

/* Facts of a blob for a set of ids (plan_logcache_get_facts). */
#define PLAN_LOGCACHE_ANY     1   /* fields before its first record */
#define PLAN_LOGCACHE_HAS_ID  2   /* a record of one of the ids */

/*
 * Whether the cache knows the facts of blob for the set of ids whose
 * digest is given; if so, fills *flags and the texts of its include
 * records, *incl and *nincl (owned by the cache).
 */
int plan_logcache_get_facts(plan_logcache *c, const unsigned char *blob, const unsigned char *digest,
			    int *flags, const char ***incl, size_t *nincl);

/* Adds such an entry (texts are copied); PLAN_OK, or PLAN_ENOMEM. */
int plan_logcache_put_facts(plan_logcache *c, const unsigned char *blob, const unsigned char *digest,
			    int flags, const char *const *incl, size_t nincl);

/*
 * Writes the entries added since c was opened (or last written) into the
 * file as one batch, when it can: returns 1 when they are in it (or there
 * were none), 0 when they could not be written (the git directory is
 * read-only, the disk full, a size limit reached, something other than a
 * regular file at the cache's path, memory ran out), which does no harm.
 */
int plan_logcache_write(plan_logcache *c);

/* Frees c without writing. */
void plan_logcache_free(plan_logcache *c);

/* plan_logcache_write, then plan_logcache_free. */
void plan_logcache_close(plan_logcache *c);

#endif
