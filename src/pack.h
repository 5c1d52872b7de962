/*
 * pack.h - the board pack: what a partnership board reads each quarter,
 * as one value that every format of planreport renders (text, markdown,
 * html, csv, xlsx), so that they never disagree.
 *
 * plan_pack_build judges every action of a set once, on one day, by the
 * rules of the checks (plan_action_state_at: overdue, stale, deadline
 * after "continue into"; plan_action_has_owner), and gathers:
 *   - items: one per action kept (all, or those whose leads name
 *     opt->lead), in the order of the plans, each with its state;
 *   - groups: per plan, per section and per objective, the counts of
 *     their items (ratings as counts, never one invented rating);
 *   - the exception lists, as indexes into items;
 *   - orgs: who owes what, per organisation a plan declares (matched in
 *     leads as undeclared-owner matches them) or, for a plan that
 *     declares none, per lead as written;
 *   - with opt->log (planreport --since), what changed in the window:
 *     each item's changes, the totals by kind, and the decisions recorded.
 *
 * Text in it is the plans' own, borrowed from the set (and the log): any
 * bytes a plan holds.  Each renderer escapes for its destination.
 */
#ifndef PLAN_PACK_H
#define PLAN_PACK_H

#include <stdio.h>

#include "check.h"
#include "log.h"
#include "model.h"

typedef struct plan_pack_options {
	long today;                /* a day number (date.h): the "as at" day */
	const char *lead;          /* keep only the actions whose leads name it
				    * (plan_lead_names), or NULL: all */
	const plan_log *log;       /* the changes of the meeting window, or NULL */
	const char *since, *until; /* the window as given (a day or a revision), for
				    * the cover; NULL when not given */
} plan_pack_options;

#define PLAN_PACK_OPTIONS_INIT { 0, NULL, NULL, NULL, NULL }

/* Counts of a plan, a section, an objective or the whole pack. */
typedef struct plan_pack_counts {
	size_t actions;            /* every action */
	size_t open;               /* not closed (plan_action_state.closed) */
	size_t rag[PLAN_RAG_GREEN + 1];  /* open actions by latest rating;
					  * [PLAN_RAG_NONE] never rated */
	size_t complete, removed;  /* closed by decision complete; by remove or
				    * decommissioned (or by the plan's status: removed
				    * is not said, complete neither: counted in neither) */
	size_t overdue, stale, no_owner;   /* open actions only */
	size_t changed;            /* with a log: actions with a change in the window */
} plan_pack_counts;

/* One action of the pack. */
typedef struct plan_pack_item {
	const plan_action *action;
	plan_action_state st;      /* on opt.today */
	plan_rag rag;              /* its latest rating: of the last update that has one */
	const plan_update *rated;  /* that update, or NULL */
	const plan_update *latest; /* its last update in plan order (dated or not), or NULL */
	const plan_decision *decision;  /* its latest decision, or NULL */
	int owner;                 /* plan_action_has_owner */
	int due_soon;              /* open, not overdue, its deadline ends before the next
				    * quarter ends, and nothing decided about that deadline
				    * (no decision, or only the "continue into" that set it) */
	/* With a log: */
	const plan_log_action *log;  /* its changes in the window, or NULL: none */
	int updated;               /* an update was added in the window */
	int moves;                 /* its deadline moved in the window: how many times */
} plan_pack_item;

/* A plan, section or objective, with the counts of its items. */
typedef struct plan_pack_group {
	plan_kind kind;            /* PLAN_KIND_PLAN, _SECTION or _OBJECTIVE */
	const void *obj;           /* the plan_plan, plan_section or plan_objective */
	const char *id, *title;
	int depth;                 /* 0 plan, 1 section, 2 objective (1 for an objective
				    * outside any section) */
	plan_pack_counts counts;
} plan_pack_group;

/*
 * The runs of items in the action tables: each run is the items of one
 * plan, section and objective (either may be NULL), consecutive in items.
 */
typedef struct plan_pack_run {
	const plan_plan *plan;
	const plan_section *section;
	const plan_objective *objective;
	size_t first, n;           /* items[first .. first + n) */
} plan_pack_run;

/* An index list: positions in items. */
typedef struct plan_pack_list {
	size_t *v;
	size_t n, cap;
} plan_pack_list;

/* Who owes what: an organisation, or a lead as written (those written
 * alike, dashes, ASCII case and blanks aside, together). */
typedef struct plan_pack_org {
	const char *name;          /* as declared, or as first written */
	char *key;                 /* a lead as written: what groups it with others
				    * (dashes, case, blanks aside); NULL when declared */
	const plan_plan *plan;     /* the plan that declares it, or, for a lead as
				    * written, the plan of its actions */
	int declared;              /* a declared organisation (not a lead as written) */
	plan_pack_list open;       /* its open actions, in plan order */
	plan_pack_list not_updated; /* of those: with a log, no update added in the
				     * window; without, stale */
} plan_pack_org;

typedef struct plan_pack {
	plan_pack_options opt;
	char today[11];            /* opt.today as YYYY-MM-DD */
	long quarter_end;          /* the last day of the quarter after today's (a day number) */
	plan_pack_item *items;
	size_t nitems;
	plan_pack_group *groups;   /* plan, then its sections and objectives, in file order */
	size_t ngroups;
	plan_pack_run *runs;
	size_t nruns;
	plan_pack_counts total;
	plan_pack_list overdue;    /* most days late first */
	plan_pack_list stale;      /* stale on today, in plan order */
	plan_pack_list moved;      /* with a log: deadline moved in the window, most moves first */
	plan_pack_list red;        /* open, rated red, in plan order */
	plan_pack_list due_soon;   /* soonest deadline first */
	plan_pack_list no_owner;   /* open, without an owner, in plan order */
	plan_pack_list changed;    /* with a log: items with changes, in plan order */
	const plan_log_action **gone;  /* with a log (and no lead): actions changed in the
					* window that the plans no longer have */
	size_t ngone;
	plan_pack_org *orgs;       /* per plan: its declared organisations in order,
				    * then its leads as written, by key; only those
				    * with open actions */
	size_t norgs;
	size_t kinds[PLAN_NCHANGE_KINDS];  /* with a log: changes by kind */
	size_t nchanges;           /* with a log: every change */
	const plan_set *set;
} plan_pack;

/*
 * Builds the pack of set on opt->today into *out.  Returns PLAN_OK, or
 * PLAN_ENOMEM (with the reason recorded: error.h) and *out NULL.  The
 * pack borrows set and opt->log: free it before them.
 */
int plan_pack_build(plan_pack **out, const plan_set *set, const plan_pack_options *opt);

/* NULL-safe. */
void plan_pack_free(plan_pack *pack);

/* The group of a plan, section or objective (obj), or NULL. */
const plan_pack_group *plan_pack_group_of(const plan_pack *pack, const void *obj);

/*
 * The few words a table shows for item's state: "complete", "removed",
 * "closed", "overdue", "stale", "open".
 */
const char *plan_pack_status(const plan_pack_item *it);

/*
 * The document formats (markdown, html) are sinks of one walk of the
 * pack (pack_doc.c): headings, paragraphs, tables of cells and pictures,
 * in the order a reader meets them.  Strings handed to a sink are any
 * bytes (plan text among them): the sink escapes them for its format.
 */
typedef enum {
	PLAN_CELL_TEXT = 0,        /* text: may hold line breaks */
	PLAN_CELL_REF,             /* an action's name (text) linking to its row (anchor) */
	PLAN_CELL_RAG,             /* rag; PLAN_RAG_NONE: unrated */
	PLAN_CELL_COUNT,           /* count */
	PLAN_CELL_STATUS           /* text is plan_pack_status: "overdue", "open", ... */
} plan_pack_cell_kind;

typedef struct plan_pack_cell {
	plan_pack_cell_kind kind;
	const char *text;          /* NULL: an empty cell */
	const char *anchor;        /* REF: the anchor of the action's row, or NULL */
	plan_rag rag;
	size_t count;
} plan_pack_cell;

typedef enum {
	PLAN_PICTURE_RAG_BARS = 1, /* the RAG counts of each plan and section (the groups) */
	PLAN_PICTURE_TIMELINE,     /* the open actions' deadlines against today */
	PLAN_PICTURE_MEASURE       /* a measure's actuals against baseline and target */
} plan_pack_picture;

typedef struct plan_pack_sink {
	void *ctx;
	void (*begin)(void *ctx, const char *title);
	/* Level 1 to 5; anchor names it for links, or NULL. */
	void (*heading)(void *ctx, int level, const char *anchor, const char *text);
	void (*para)(void *ctx, const char *text);
	/* A table of ncols columns: heads[] their names; numeric[] those right-aligned. */
	void (*table_begin)(void *ctx, size_t ncols, const char *const *heads, const unsigned char *numeric);
	/* A row; anchor names it for links (an action's row in the action tables), or NULL. */
	void (*row)(void *ctx, const plan_pack_cell *cells, size_t n, const char *anchor);
	void (*table_end)(void *ctx);
	/* A picture of what the tables say (measure: for PLAN_PICTURE_MEASURE). */
	void (*picture)(void *ctx, plan_pack_picture kind, const plan_pack *pack, const plan_measure *measure);
	void (*end)(void *ctx);
} plan_pack_sink;

/* Walks the pack into sink; returns 0, or -1 when memory ran out (recorded). */
int plan_pack_walk(const plan_pack *pack, const plan_pack_sink *sink);

/* The anchor of an action's row: "a-" and its plan's id and its id, each
 * byte outside [A-Za-z0-9_-] written as "." and two hex digits. */
void plan_pack_anchor(char *buf, size_t size, const plan_action *a);

/*
 * Renderers: each writes the whole pack to out and returns 0, or -1 on a
 * write error or when memory ran out (with the reason recorded).
 */
int plan_pack_text(const plan_pack *pack, FILE *out);
int plan_pack_markdown(const plan_pack *pack, FILE *out);
int plan_pack_html(const plan_pack *pack, FILE *out);

/* The rows planreport --format=csv writes: --rows=actions or --rows=updates. */
typedef enum { PLAN_PACK_ROWS_ACTIONS = 0, PLAN_PACK_ROWS_UPDATES } plan_pack_rows;
int plan_pack_csv(const plan_pack *pack, plan_pack_rows rows, FILE *out);

/* Writes the workbook to path (libxlsxwriter writes a file, not a stream). */
int plan_pack_xlsx(const plan_pack *pack, const char *path);

#endif
