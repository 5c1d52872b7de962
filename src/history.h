/*
 * history.h - plans as git holds them: the index (what is staged), the
 * tree of HEAD and of any commit, and the history of actions.  Read with
 * libgit2; nothing here writes to the repository (the index is never
 * written nor locked) but planlog's cache (logcache.h).
 *
 * Every function returns PLAN_OK or a negative code of error.h, with the
 * reason recorded (plan_error_message).  libgit2's own allocations go
 * through the library's allocator (alloc.h), like every other.
 */
#ifndef PLAN_HISTORY_H
#define PLAN_HISTORY_H

#include "check.h"
#include "model.h"

struct plan_logcache;

/* Hexadecimal digits of a SHA-1 object id. */
#define GIT_OID_HEXSZ_ 40

typedef struct plan_repo plan_repo;

/*
 * Opens the repository at or above dir (NULL: $GIT_DIR, else the current
 * directory), with the index git asks hooks to check ($GIT_INDEX_FILE,
 * which differs per commit mode) when it is set.  PLAN_EGIT when it
 * cannot (not a repository, a bare one, an unreadable index).
 */
int plan_repo_open(plan_repo **out, const char *dir);

/*
 * Opens the repository at or above dir (NULL: the current directory) to
 * read its history only: bare repositories and an unborn HEAD are fine.
 */
int plan_repo_open_history(plan_repo **out, const char *dir);

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
 * The same for the commit that revision rev names (NULL: HEAD); a
 * revision that names no commit is PLAN_ENOTFOUND.
 */
int plan_repo_load_rev(plan_repo *r, const char *rev, plan_set *set);

/*
 * The plan files of the git work tree that holds the current directory
 * ($GIT_DIR's, when it is set), as `git ls-files --cached --others
 * --exclude-standard` lists them: tracked, or untracked and not ignored
 * (.gitignore, .git/info/exclude, core.excludesFile), whose names end in
 * ".plan" and that are on disk; nothing under .git, nor in a submodule.
 * *out receives their paths, relative to the current directory and in
 * order, in a plan_malloc'ed array (plan_work_tree_plans_free).  Returns
 * PLAN_OK, PLAN_ENOTFOUND when the current directory is in no work tree
 * (not in a repository, or a bare one), PLAN_EGIT or PLAN_ENOMEM.
 */
int plan_work_tree_plans(char ***out, size_t *n);

/* Frees what plan_work_tree_plans gave; NULL-safe. */
void plan_work_tree_plans_free(char **v, size_t n);

/* One commit, as planlog shows it. */
typedef struct plan_commit_info {
	char id[GIT_OID_HEXSZ_ + 1];   /* hexadecimal */
	const char *author;            /* name, as the commit has it (any bytes) */
	long long when;                /* seconds since the epoch, author time */
	int offset;                    /* minutes east of UTC */
	const char *subject;           /* first line of the message (any bytes) */
	unsigned parents;
	/* A merge walked with all its parents (neither --first-parent nor a
	 * shallow clone): the plans of its other parents, in order, each read
	 * as before is (so that what the merge brought from them can be told
	 * from what it changed itself); else none. */
	const plan_set *const *others;
	size_t nothers;
	/* With no ids asked for (plan_walk_options.nids 0): the record keys
	 * whose records the commit changed (ids, and words of separate-form
	 * update lines that may be ids; each once, cut as records.h cuts
	 * them), the only actions it can have changed, and of which alone
	 * now and before hold the records; unless any is set, when a change
	 * may touch any action (fields at the top of a file, an include line
	 * changed) and now and before are whole.  With ids asked for: none. */
	const char *const *changed;
	size_t nchanged;
	int any;
} plan_commit_info;

/*
 * Called for each commit that changed an action asked for (see
 * plan_repo_walk), newest first: now holds the commit's plans, before its
 * first parent's (empty for the root), both linked; c->others, a merge's
 * other parents'.  Only the files that hold a record of an id asked for
 * (with none asked for: of a key the commit changed, see
 * plan_commit_info.changed) are read, with the files that include them,
 * and of those only what the records need.
 * A non-zero return stops the walk and is returned by plan_repo_walk.
 */
typedef int (*plan_history_fn)(void *ctx, const plan_commit_info *c,
			       const plan_set *now, const plan_set *before);

/* What plan_repo_walk walks, and how. */
typedef struct plan_walk_options {
	const char *const *ids;        /* the actions asked for; borrowed */
	size_t nids;                   /* 0: every action */
	int first_parent;              /* follow only the first parent of merges */
	const char *path;              /* only plan files at or under it (a file or a
					* directory, from the top); NULL: all */
	const char *from;              /* the revision to start at; NULL: HEAD */
	const char *hide;              /* leave out this revision and what it reaches; NULL: none */
	long long since, until;        /* only commits whose author's own time (author
					* time plus the author's offset, the date shown)
					* is in [since, until); 0: no bound */
	int no_cache;                  /* neither read nor write planlog.cache */
	struct plan_logcache *cache;   /* the cache to read and add to, written by the
					* caller (logcache.h), borrowed; NULL: the walk
					* opens planlog.cache itself (unless no_cache)
					* and writes it as it ends */
} plan_walk_options;

#define PLAN_WALK_OPTIONS_INIT { NULL, 0, 0, NULL, NULL, NULL, 0, 0, 0, NULL }

/* What plan_repo_walk found about the history itself. */
typedef struct plan_walk_result {
	int shallow;                   /* the history is cut (a shallow clone) */
	int unborn;                    /* there is no commit */
} plan_walk_result;

/*
 * Walks the history and calls fn for each commit whose plan files change
 * the record (see records.h) of one of opt->ids, or of any id when there
 * are none.  Which commits those are is kept in a cache in the git
 * directory (logcache.h) unless opt->no_cache.  Returns PLAN_OK, fn's
 * non-zero value, or a negative code (a revision that names no commit:
 * PLAN_ENOTFOUND; an object that cannot be read: PLAN_EGIT).
 */
int plan_repo_walk(plan_repo *r, const plan_walk_options *opt, plan_history_fn fn, void *ctx,
		   plan_walk_result *result);

/*
 * Opens planlog's cache of r's repository (logcache.h), for
 * plan_walk_options.cache; NULL when memory ran out.
 */
struct plan_logcache *plan_repo_open_cache(plan_repo *r);

#endif
