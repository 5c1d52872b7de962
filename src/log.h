/*
 * log.h - the history of actions, gathered from git as planlog shows it.
 *
 * plan_log_read walks the history (history.h) and keeps, for each action
 * asked for (or, with none asked for, each action that changed), every
 * change of every commit that changed it (changes.h), newest first, and
 * how many times each deadline move has moved it so far.  Each change is
 * kept once, in the commit that made it: a merge keeps only what it
 * changed itself, not what it brought from its other parents (unless
 * the walk follows first parents only).  What it keeps
 * is values; planlog writes them as text, json.c as JSON.
 */
#ifndef PLAN_LOG_H
#define PLAN_LOG_H

#include "changes.h"
#include "history.h"

typedef struct plan_log_commit {
	char id[GIT_OID_HEXSZ_ + 1];
	const char *author;        /* as the commit has it: any bytes */
	const char *subject;       /* the same */
	long long when;            /* author time, seconds since the epoch */
	int offset;                /* minutes east of UTC */
	int merge;                 /* more than one parent: compared with the first */
	int merge_own;             /* a merge read with its other parents: its changes are
				    * only those it made itself (none of them had) */
} plan_log_commit;

typedef struct plan_log_change {
	const plan_log_commit *commit;
	plan_change_kind kind;
	const char *before, *after, *text;   /* as in plan_change */
	int moves;                 /* a deadline that moved: its moves so far, from the
				    * oldest commit read; else 0 */
} plan_log_change;

typedef struct plan_log_action {
	const char *id;
	const char *title;         /* the newest title seen, on one line; NULL: none */
	int seen;                  /* some commit read, or the tip, has the action */
	const char *suggest;       /* when not seen: the closest ids ("A1, A2"); when
				    * ambiguous: its qualified names ("P1:1.1 or P2:1.1"); or NULL */
	int ambiguous;             /* asked for by an id that actions of more than one plan have */
	plan_log_change *changes;  /* newest first; plan_malloc'ed */
	size_t nchanges, cap;
} plan_log_action;

/* Everything in it lives until plan_log_free. */
typedef struct plan_log {
	plan_arena *arena;
	plan_log_action *actions;  /* as asked for, or as found; plan_malloc'ed */
	size_t nactions, cap;
	plan_map ids;              /* actions by id, when none were asked for */
	int all;                   /* none were asked for */
	plan_walk_result result;   /* shallow, unborn */
	struct plan_logcache *cache;  /* what the walk learnt, for plan_log_save; NULL: none */
} plan_log;

/*
 * Walks r's history as opt says and gathers the log into *out.  PLAN_OK
 * (an id that never existed is an action not seen), or a negative code
 * with the reason recorded; *out is NULL then.
 */
int plan_log_read(plan_log **out, plan_repo *r, const plan_walk_options *opt);

/*
 * Writes what the walk learnt into planlog's cache (unless opt->no_cache),
 * when it can: a cache that cannot be written is no error (logcache.h).
 * planlog calls it once its output is written, so that nothing the cache
 * does (a full disk, a size limit) can cost the output.
 */
void plan_log_save(plan_log *log);

/* NULL-safe; does not write the cache. */
void plan_log_free(plan_log *log);

/*
 * Writes into buf (at least PLAN_LOG_DATE_SIZE bytes) the date of a
 * commit's author, YYYY-MM-DD in the author's time zone (when, offset as
 * plan_log_commit has them), as git shows it: a year past 9999 with all
 * its digits; a date the C library cannot represent (its year past an
 * int) is 1970-01-01, as git shows such a date.  Returns buf.
 */
#define PLAN_LOG_DATE_SIZE 32
const char *plan_log_date(char *buf, long long when, int offset);

/* c's text for people, with the count of a deadline's moves; returns buf. */
const char *plan_log_change_text(char *buf, size_t size, const plan_log_change *c);

#endif
