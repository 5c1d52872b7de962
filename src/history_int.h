/*
 * history_int.h - what history.c shares with walk.c: the repository handle
 * and the readers of trees.  Not for the commands.
 */
#ifndef PLAN_HISTORY_INT_H
#define PLAN_HISTORY_INT_H

#include "history.h"
#include "load.h"
#include "records.h"

#include <git2.h>

struct plan_repo {
	git_repository *repo;   /* owned */
	git_index *index;       /* owned */
	git_tree *head;         /* owned; NULL when HEAD is unborn */
	git_tree *tree;         /* the tree read_head reads: HEAD's or the merge head's */
	char *limit;            /* only plan files at or under this path; NULL: all */
	git_oid from, hide;     /* plan_repo_window */
	int has_from, has_hide;
	long long since, until;
	int no_cache;           /* plan_repo_cache */
	/* When set, trees are read keeping only what these records need
	 * (plan_records_keep): planlog's parse of the commits it shows. */
	plan_record_keep_fn reduce;
	void *reduce_ctx;
	/* and, when set, what was kept of each blob is looked up in and
	 * added to this cache, under this digest of the records wanted */
	struct plan_logcache *kept_cache;
	unsigned char kept_digest[GIT_OID_RAWSZ];
};

/* libgit2's last error message, or a stand-in when it has none. */
const char *plan_git_message(void);

/* Whether path (relative to the top) is within r's limit. */
int plan_repo_within(const plan_repo *r, const char *path);

/* Whether path names a plan file (ends in ".plan"). */
int plan_is_plan_path(const char *path);

/* Whether the plan file at path, with blob id, is to be read. */
typedef int (*plan_path_fn)(void *ctx, const char *path, const git_oid *blob);

/*
 * Loads into set the plan files of tree within r's limit that keep accepts
 * (NULL: all), as plan_load_paths does; includes are read whatever keep
 * says.
 */
int plan_repo_load_tree(plan_repo *r, git_tree *tree, plan_set *set, plan_path_fn keep, void *ctx);

#endif
