/*
 * history_int.h - what history.c shares with the walk (walk.c, graph.c,
 * treediff.c): the repository handle and the readers of trees.  Not for
 * the commands.
 */
#ifndef PLAN_HISTORY_INT_H
#define PLAN_HISTORY_INT_H

#include "history.h"
#include "load.h"
#include "records.h"

#include <git2.h>

struct plan_logcache;

/*
 * HEAD is read when the repository is opened, and never again: libgit2
 * 1.5 dereferences NULL when memory runs out while it reads a loose
 * reference (refdb_fs), so the allocation-failure tests start after it.
 */
struct plan_repo {
	git_repository *repo;   /* owned */
	git_index *index;       /* owned; NULL when opened for history */
	git_tree *head;         /* owned; NULL when HEAD is unborn */
	git_oid head_commit;    /* HEAD's commit, unless unborn */
	int unborn;             /* HEAD names no commit yet */
	int shallow;            /* a shallow clone */
	int unreadable;         /* a blob or tree could not be read since this
				 * was last cleared: what was loaded is incomplete */
};

/* Forgets libgit2's last error, and any allocation of libgit2's that failed. */
void plan_git_clear(void);

/*
 * Whether an allocation of libgit2's failed since plan_git_clear: where
 * libgit2 1.5 answers anyway (a commit's summary becomes ""), the answer
 * is not to be trusted.
 */
int plan_git_alloc_failed(void);

/*
 * Records a libgit2 failure (out of memory when an allocation of
 * libgit2's failed since plan_git_clear): code, what was being done (printf-formatted)
 * and libgit2's own message.  Returns code.
 */
int plan_git_error(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * git_commit_lookup, but a commit that libgit2 1.5 handed back half
 * parsed (no author or committer: an allocation failed while it was
 * parsed, and the parse said nothing) is a failure, out of memory.
 */
int plan_commit_lookup(git_commit **out, git_repository *repo, const git_oid *id);

/* The commit that revision rev names (an annotated tag: the commit it tags). */
int plan_repo_commit_of(plan_repo *r, const char *rev, git_oid *out);

/* Whether path (relative to the top) is at or under limit (NULL: all are). */
int plan_path_within(const char *limit, const char *path);

/* Whether path names a plan file (ends in ".plan"). */
int plan_is_plan_path(const char *path);

/* Whether the plan file at path, with blob id, is to be read. */
typedef int (*plan_path_fn)(void *ctx, const char *path, const git_oid *blob);

/* How plan_repo_load_tree reads a tree. */
typedef struct plan_tree_read {
	const char *limit;               /* only plan files at or under it; NULL: all */
	plan_path_fn keep;               /* and, of those, the ones it accepts; NULL: all */
	void *keep_ctx;
	/* When set, only what these records need is parsed of each file
	 * (plan_records_keep), and, when cache is set too, what was kept of
	 * each blob is looked up in and added to the cache, under digest (a
	 * digest of the records wanted). */
	plan_record_keep_fn reduce;
	void *reduce_ctx;
	struct plan_logcache *cache;
	const unsigned char *digest;
} plan_tree_read;

#define PLAN_TREE_READ_INIT { NULL, NULL, NULL, NULL, NULL, NULL, NULL }

/*
 * Loads into set the plan files of tree that how accepts (how NULL: all),
 * as plan_load_paths does; includes are read whatever how says.
 */
int plan_repo_load_tree(plan_repo *r, git_tree *tree, plan_set *set, const plan_tree_read *how);

#endif
