/*
 * history.h - plans as git holds them: the index (what is staged) and the
 * tree of HEAD.  Read with libgit2; nothing here writes to the repository
 * (the index is never written nor locked).
 */
#ifndef PLAN_HISTORY_H
#define PLAN_HISTORY_H

#include "model.h"

/* Hexadecimal digits of a SHA-1 object id. */
#define GIT_OID_HEXSZ_ 40

typedef struct plan_repo plan_repo;

/*
 * Opens the repository at or above dir (NULL: $GIT_DIR, else the current
 * directory), with the index git asks hooks to check ($GIT_INDEX_FILE,
 * which differs per commit mode) when it is set.  On failure returns -1
 * and writes the reason into err.
 */
int plan_repo_open(plan_repo **out, const char *dir, char *err, size_t errsize);

/*
 * Opens the repository at or above dir (NULL: the current directory) to
 * read its history only: bare repositories and an unborn HEAD are fine.
 */
int plan_repo_open_history(plan_repo **out, const char *dir, char *err, size_t errsize);

/* NULL-safe. */
void plan_repo_free(plan_repo *r);

/* One commit, as planlog shows it. */
typedef struct plan_commit_info {
	char id[GIT_OID_HEXSZ_ + 1];   /* hexadecimal */
	const char *author;            /* name */
	long long when;                /* seconds since the epoch, author time */
	int offset;                    /* minutes east of UTC */
	const char *subject;           /* first line of the message */
	unsigned parents;
} plan_commit_info;

/*
 * Called for each commit that changed an action asked for (see
 * plan_repo_walk), newest first: now holds the commit's plans, before its
 * first parent's (empty for the root), both linked.  Only the files that
 * mention an id asked for are read, with the files that include them.
 * A non-zero return stops the walk and is returned by plan_repo_walk.
 */
typedef int (*plan_history_fn)(void *ctx, const plan_commit_info *c,
			       const plan_set *now, const plan_set *before);

/*
 * Walks the history of HEAD (following first parents only when
 * first_parent is set) and calls fn for each commit whose plan files
 * change the record (see records.h) of one of ids, or of any id when nids
 * is 0.  Which commits those are is kept in a cache in the git directory
 * (plan_repo_cache).  *shallow is set when the history is cut (a shallow
 * clone); *unborn when there is no commit.  Returns 0, fn's non-zero
 * value, or -1 with err filled.
 */
int plan_repo_walk(plan_repo *r, int first_parent, const char *const *ids, size_t nids,
		   plan_history_fn fn, void *ctx, int *shallow, int *unborn, char *err, size_t errsize);

/*
 * Whether plan_repo_walk reads and extends its cache (on by default): the
 * file planlog.cache in the git directory (shared by its worktrees), see
 * logcache.h.  Commits and blobs never change, so it never goes stale;
 * deleting it only costs time.
 */
void plan_repo_cache(plan_repo *r, int on);

/*
 * Narrows later walks: start at revision from instead of HEAD (NULL:
 * HEAD); leave out hide and what it reaches (NULL: nothing); only commits
 * whose author time is in [since, until) (0: no bound).  -1 with err when
 * a revision cannot be resolved.
 */
int plan_repo_window(plan_repo *r, const char *from, const char *hide,
		     long long since, long long until, char *err, size_t errsize);

/* Only plan files at or under path (a file or a directory) count; NULL: all. */
void plan_repo_limit(plan_repo *r, const char *path);

/*
 * Loads into set every staged file whose name ends in ".plan" (not the
 * intent-to-add ones), reading included files from the index too.  Paths
 * are relative to the top of the work tree.  Returns PLAN_OK or
 * PLAN_ENOMEM; a git failure is a diagnostic and PLAN_EREAD.
 */
int plan_repo_load_index(plan_repo *r, plan_set *set);

/* The same for the tree of HEAD; an unborn HEAD has no plans. */
int plan_repo_load_head(plan_repo *r, plan_set *set);

/*
 * The same for the commit walks start from: HEAD, or the revision given
 * to plan_repo_window.
 */
int plan_repo_load_tip(plan_repo *r, plan_set *set);

/*
 * During a merge (MERGE_HEAD exists), the same for the tree of the commit
 * being merged, and 1; otherwise 0.  -1 when it cannot be read.
 */
int plan_repo_load_merge_head(plan_repo *r, plan_set *set);

#endif
