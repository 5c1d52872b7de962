/*
 * commits.h - what plancheck checks of commits (SPEC.md section 17): the
 * one being made, from the index (--staged), and each commit of a range
 * (--range), against its parents with the rules of compare.h, a merge
 * against each merged parent's merge base, then every check of check.h.
 *
 * Both fail closed: when a commit, a parent, a merge base or the index
 * cannot be read completely, the result is an error (PLAN_EREAD, with the
 * reason recorded), never a rule left out.
 */
#ifndef PLAN_COMMITS_H
#define PLAN_COMMITS_H

#include "check.h"
#include "history.h"

typedef struct plan_commits_options {
	plan_check_options check;
	int all;          /* also the standing findings: those on what the
			   * commit did not change (warnings, notes) */
} plan_commits_options;

typedef struct plan_commits_result {
	size_t hidden[3];   /* standing findings left out, by severity */
	size_t commits;     /* commits checked (--range) */
} plan_commits_result;

/*
 * `plancheck --staged` in a repository opened with plan_repo_open: the
 * staged plans against HEAD (during a merge, with every commit being
 * merged and its merge base).  *out receives the staged plans and their
 * diagnostics, also when the result is PLAN_EREAD (something could not
 * be read: a diagnostic or the recorded reason says what) or PLAN_ENOMEM
 * (diags.oom is then set); NULL when not even that could be made.
 */
int plan_staged_check(plan_set **out, plan_repo *r, const plan_commits_options *opt,
		      plan_commits_result *res);

/* The commits a range names: what plancheck --range checks. */
typedef struct plan_range {
	unsigned char base[20], tip[20];   /* object ids */
	int all;                           /* no base: every commit tip reaches */
	char text[128];                    /* as given, for messages */
} plan_range;

/*
 * Reads text, BASE..TIP or BASE (for BASE..HEAD), in a repository opened
 * with plan_repo_open_history; a BASE of forty zeros, what git gives a
 * hook for a new branch, stands for every commit TIP reaches.
 * PLAN_EINVALID for text that is not a range, PLAN_ENOTFOUND for a
 * revision that names no commit.
 */
int plan_range_resolve(plan_repo *r, const char *text, plan_range *out);

/*
 * `plancheck --range`: each commit of range is checked against its
 * parents, parents first; *out receives the findings, each marked with
 * its commit (its plans are kept with it), as plan_staged_check does.  A
 * commit whose message has a "Plan-Allow-Rewrite: WHY" trailer has its
 * rewrites let through, as notes that say so.
 */
int plan_range_check(plan_set **out, plan_repo *r, const plan_range *range,
		     const plan_commits_options *opt, plan_commits_result *res);

#endif
