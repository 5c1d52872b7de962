/*
 * history.h - plans as git holds them: the index (what is staged) and the
 * tree of HEAD.  Read with libgit2; nothing here writes to the repository
 * (the index is never written nor locked).
 */
#ifndef PLAN_HISTORY_H
#define PLAN_HISTORY_H

#include "model.h"

typedef struct plan_repo plan_repo;

/*
 * Opens the repository at or above dir (NULL: $GIT_DIR, else the current
 * directory), with the index git asks hooks to check ($GIT_INDEX_FILE,
 * which differs per commit mode) when it is set.  On failure returns -1
 * and writes the reason into err.
 */
int plan_repo_open(plan_repo **out, const char *dir, char *err, size_t errsize);

/* NULL-safe. */
void plan_repo_free(plan_repo *r);

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
 * During a merge (MERGE_HEAD exists), the same for the tree of the commit
 * being merged, and 1; otherwise 0.  -1 when it cannot be read.
 */
int plan_repo_load_merge_head(plan_repo *r, plan_set *set);

#endif
