/*
 * model.h - the plan model that every command shares.
 *
 * A load (plan_set) holds plans; a plan holds sections, objectives and
 * actions, each in file order, each knowing its parents.  An action holds
 * its leads, dates, decisions and updates.  Updates written in a separate
 * file ("2019-01-10 HV1.1 green") are attached to their action when the
 * load is linked, so both forms mean the same thing.
 *
 * All of it lives in the arena of the plan_set and is freed with it.
 * Strings are NUL-terminated UTF-8; text blocks keep their line breaks
 * ("\n") and paragraph breaks ("\n\n").
 */
#ifndef PLAN_MODEL_H
#define PLAN_MODEL_H

#include "limit.h"

#include "arena.h"
#include "date.h"
#include "diag.h"
#include "error.h"
#include "map.h"

/* Where a thing was written. */
typedef struct plan_loc {
	const plan_source *src;
	plan_span span;
} plan_loc;

/* A singly linked list with a tail, in file order. */
#define PLAN_LIST(T) struct { T *head, *tail; size_t count; }
#define PLAN_LIST_APPEND(list, node) do {                   \
		(node)->next = NULL;                        \
		if ((list).tail) (list).tail->next = (node); \
		else (list).head = (node);                  \
		(list).tail = (node);                       \
		(list).count++;                             \
	} while (0)

typedef struct plan_text {
	struct plan_text *next;
	const char *text;
	plan_loc loc;
} plan_text;

/*
 * Measures and their figures (SPEC.md section 6, "Measures").  A measure
 * is a line of text under an objective or an action; the `baseline`,
 * `target`, `milestone` and `actual` lines after it are its figures, each
 * a date and a value.  measure.h reads a figure's value and answers what
 * the figures of a measure say together.
 */
typedef enum {
	PLAN_FIGURE_BASELINE = 1,
	PLAN_FIGURE_TARGET,
	PLAN_FIGURE_MILESTONE,
	PLAN_FIGURE_ACTUAL
} plan_figure_kind;

/* "at least", "at most": which way a target or milestone is met. */
typedef enum {
	PLAN_BOUND_NONE = 0,
	PLAN_BOUND_AT_LEAST,
	PLAN_BOUND_AT_MOST
} plan_bound;

/*
 * What is wrong with a figure line, found when it is read (measure.c);
 * the check measure-figure says it, with the fix (plan_figure_problem_text).
 */
typedef enum {
	PLAN_FIGURE_OK = 0,
	PLAN_FIGURE_BAD_DATE,    /* its date is invalid: a syntax error says so already */
	PLAN_FIGURE_NO_DATE,     /* the line does not start with a date */
	PLAN_FIGURE_DATE_LAST,   /* the date comes after the value ("20 panels by 2008/09") */
	PLAN_FIGURE_NO_VALUE,    /* nothing after the date */
	PLAN_FIGURE_COLON,       /* "2006/07: 5 panels" */
	PLAN_FIGURE_BOUND,       /* "at least" or "at most" on a baseline or an actual */
	PLAN_FIGURE_NOT_NUMBER,  /* the value does not start with a number */
	PLAN_FIGURE_GROUPS,      /* commas not between groups of three digits ("1,23") */
	PLAN_FIGURE_GLUED,       /* a word run into the number ("5panels") */
	PLAN_FIGURE_NOT_UNIT,    /* after the number, neither a unit word nor a comma */
	PLAN_FIGURE_TOO_LONG,    /* more than PLAN_FIGURE_MAX_DIGITS digits */
	PLAN_FIGURE_PERCENT_APART /* "5 %": the percent sign apart from its number */
} plan_figure_problem;

/* ORDER: the ints together, then the double, so that the struct has no padding. */
typedef struct plan_figure {
	struct plan_figure *next;    /* in its measure's list of its kind, in file order */
	plan_figure_kind kind;
	plan_figure_problem problem; /* PLAN_FIGURE_OK: the value below was read */
	int has_date;                /* 0: none, or an invalid one */
	plan_date date;
	int percent;                 /* the number was written with "%" */
	int change;                  /* a target or milestone written with a sign: a change
				      * against the baseline ("-5%") */
	plan_bound bound;
	double number;               /* as written: -5 for "-5%", 1234 for "1,234" */
	const char *unit;            /* the words after the number, or NULL */
	const char *note;            /* the text after the comma (and its continuation lines), or NULL */
	const char *text;            /* what follows the date, as written: the value, the comma and
				      * the note, then any continuation lines ("\n"-joined); "" when none */
	size_t value_len;            /* how much of text is the value (up to the comma or the line's end) */
	size_t text_start;           /* where text starts in the source */
	plan_span date_span;         /* the date as written; empty when none */
	plan_span at;                /* the part of the line a problem is about */
	plan_loc loc;                /* the whole line */
} plan_figure;

typedef struct plan_measure {
	struct plan_measure *next;
	const char *text;
	plan_loc loc;
	PLAN_LIST(plan_figure) baselines;   /* the first is the baseline; a second is an error */
	PLAN_LIST(plan_figure) targets;
	PLAN_LIST(plan_figure) milestones;
	PLAN_LIST(plan_figure) actuals;
	plan_span stray;             /* the first line of its text that reads as a figure line
				      * indented too deep (so it is text); empty when none */
	size_t nstray;               /* how many such lines */
} plan_measure;

typedef enum {
	PLAN_WHEN_DATE = 1,
	PLAN_WHEN_RANGE,
	PLAN_WHEN_RHYTHM
} plan_when_kind;

/* plan_when's flags. */
enum {
	PLAN_WHEN_TBC = 1,      /* "TBC", "TBA", "TBD", "N/A": no date yet (valid is 0) */
	PLAN_WHEN_Q_FROM = 2,   /* its (first) date was written "Q3 2019": see plan_plan's quarters */
	PLAN_WHEN_Q_TO = 4      /* the last date of its range was */
};

/* `quarters financial` and `quarters calendar`: how "Q3 2019" is read. */
enum { PLAN_QUARTERS_FINANCIAL = 1, PLAN_QUARTERS_CALENDAR };

/* ORDER: the ints together, so that the struct has no padding (96 bytes). */
typedef struct plan_when {
	struct plan_when *next;
	plan_when_kind kind;
	plan_date from;          /* DATE and RANGE */
	plan_date to;            /* RANGE */
	plan_rhythm rhythm;      /* RHYTHM */
	int month;               /* RHYTHM: "annually in October" = 10, else 0 */
	unsigned char every;     /* RHYTHM EVERY: "every 3 years" = 3, else 0 (PLAN_EVERY_MAX) */
	unsigned char unit;      /* RHYTHM EVERY: its plan_unit, else 0 */
	unsigned char valid;     /* 0: a date in it was invalid; never kept in the model */
	unsigned char flags;     /* PLAN_WHEN_TBC, PLAN_WHEN_Q_FROM, PLAN_WHEN_Q_TO */
	const char *note;        /* text after the comma, or NULL */
	const char *written;     /* the date part as written */
	plan_loc loc;
} plan_when;

typedef enum { PLAN_RAG_NONE = 0, PLAN_RAG_RED, PLAN_RAG_AMBER, PLAN_RAG_GREEN } plan_rag;

typedef enum {
	PLAN_VERB_CONTINUE = 1,
	PLAN_VERB_COMPLETE,
	PLAN_VERB_REMOVE,
	PLAN_VERB_DECOMMISSION
} plan_verb;

typedef struct plan_decision {
	struct plan_decision *next;
	int has_date;
	plan_date date;
	plan_verb verb;
	int has_into;
	plan_date into;          /* "continue into 2019/20" */
	const char *note;
	plan_loc loc;
} plan_decision;

struct plan_action;

typedef struct plan_update {
	struct plan_update *next;       /* in its action, in file order */
	struct plan_update *next_loose; /* in plan_set.loose: separate-file updates */
	int has_date;
	plan_date date;
	plan_rag rag;
	const char *author;      /* NULL when not given */
	const char *text;        /* "" when the update has no text */
	const char *target;      /* separate form: the action named (an id or PLAN:ID); else NULL */
	const struct plan_plan *scope;   /* separate form: the plan of the file it was read
					  * in (the includer's), or NULL */
	plan_loc target_loc;
	struct plan_action *action;  /* set when attached */
	plan_loc loc;
	int unread;              /* separate form, and a line that could not be read: 1, its
				  * own (never attached: it marks its action's unread
				  * instead); 2, one below it (attached, and marks it) */
} plan_update;

typedef struct plan_lead {
	struct plan_lead *next;
	const char *text;        /* as written */
	plan_loc loc;
} plan_lead;

struct plan_plan;
struct plan_section;
struct plan_objective;

typedef enum {
	PLAN_KIND_PLAN = 1,
	PLAN_KIND_SECTION,
	PLAN_KIND_OBJECTIVE,
	PLAN_KIND_ACTION
} plan_kind;

typedef struct plan_action {
	struct plan_action *next;         /* in its plan */
	const char *id;
	const char *title;                /* "" when none */
	plan_loc loc;                     /* the whole "action" line */
	plan_loc title_loc;               /* the line the title is on */
	plan_loc id_loc;
	struct plan_plan *plan;
	struct plan_section *section;     /* or NULL */
	struct plan_objective *objective; /* or NULL */
	PLAN_LIST(plan_lead) leads;
	plan_when *due;
	plan_when *start;
	PLAN_LIST(plan_when) reviews;
	PLAN_LIST(plan_decision) decisions;
	PLAN_LIST(plan_update) updates;   /* both forms; see plan_set_link */
	PLAN_LIST(plan_measure) measures;
	PLAN_LIST(plan_text) notes;
	unsigned long long unread;        /* fields written for it that could not be read (a
					   * syntax error, an invalid date): PLAN_UNREAD bits */
	const plan_when *tbc;             /* the first due or review written "TBC" (a placeholder), or NULL */
} plan_action;

/*
 * The bit of plan_action.unread for the field keyword w (a plan_word,
 * words.h).  A field that was written but could not be read still counts
 * as written: the checks that would report it missing stay silent (its
 * syntax error is the one message for the mistake).
 */
#define PLAN_UNREAD(w) (1ull << (w))

typedef struct plan_objective {
	struct plan_objective *next;
	const char *id;
	const char *title;
	const char *statement;            /* NULL when none */
	plan_loc loc, id_loc;
	struct plan_plan *plan;
	struct plan_section *section;
	PLAN_LIST(plan_measure) measures;
	PLAN_LIST(plan_text) notes;
	size_t nactions;
} plan_objective;

typedef struct plan_section {
	struct plan_section *next;
	const char *id;
	const char *title;
	const char *statement;
	plan_loc loc, id_loc;
	struct plan_plan *plan;
	PLAN_LIST(plan_text) notes;
} plan_section;

typedef struct plan_plan {
	struct plan_plan *next;
	const char *id;
	const char *title;
	const char *statement;
	const char *board;                /* NULL when none */
	const char *status;               /* "closed", "archived", "draft"; NULL: open */
	plan_when *period;
	PLAN_LIST(plan_text) checks;      /* `check` lines, as written */
	signed char settings[PLAN_MAX_CHECKS];  /* what they say: see plan_check_settings */
	int stale_days;                   /* `stale after`; 0: the default */
	int quarters;                     /* `quarters`: PLAN_QUARTERS_*, 0 when not declared */
	PLAN_LIST(plan_text) people;      /* `person` lines */
	PLAN_LIST(plan_text) organisations;
	plan_loc loc, id_loc;
	PLAN_LIST(plan_section) sections;
	PLAN_LIST(plan_objective) objectives;
	PLAN_LIST(plan_action) actions;
	PLAN_LIST(plan_text) notes;
} plan_plan;

/*
 * One entry of the id index: whatever the id names.  One per directive
 * read: kept small (where the id was written is the object's id_loc,
 * plan_named_loc).
 */
typedef struct plan_named {
	const char *id;
	plan_kind kind;
	void *obj;                        /* plan_plan, plan_section, ... */
} plan_named;

typedef struct plan_set {
	plan_arena *arena;                /* owns everything below */
	plan_diags diags;
	PLAN_LIST(plan_plan) plans;
	struct { plan_update *head, *tail; size_t count; } loose;
	plan_source **sources;            /* every file read, in load order; plan_malloc'ed */
	size_t nsources, sources_cap;
	plan_named *named;                /* every id registered, in order; plan_malloc'ed */
	size_t nnamed, named_cap;
	plan_map ids;                     /* named[] by id */
	void *loader;                     /* load.c's state; arena */
	void (*loader_free)(void *loader); /* frees what the loader holds outside the arena */
	int linked;
	int settings_read;                /* plan_check_settings has run */
	struct plan_set *also;            /* sets whose diagnostics were moved here
					   * (plan_diags_move); freed with this one */
} plan_set;

/* A new, empty set, or NULL when memory is exhausted. */
plan_set *plan_set_new(void);

/* Frees the set and everything in it; NULL is allowed. */
void plan_set_free(plan_set *set);

/*
 * Attaches separate-form updates to their actions (an unknown id is an
 * error naming the closest ids, when it is kept: plan_diags_full).  An action's own updates keep the order
 * they were written in; each separate-form update goes after the last
 * update dated on or before it (undated updates count as earliest).
 * Call once, after every file is loaded.  PLAN_OK, or PLAN_ENOMEM.
 */
int plan_set_link(plan_set *set);

/*
 * Ids are scoped (SPEC.md section 10): a plan's id is unique among the
 * plans of the set; a section's, an objective's or an action's within its
 * plan, so that two plans may each have an action 1.1.  A reference is an
 * id, or PLAN:ID (the separator is PLAN_ID_SEP) for the id of that plan.
 */
#define PLAN_ID_SEP ':'

/* The plan whose namespace n's id is in: NULL for a plan's own id. */
const plan_plan *plan_named_scope(const plan_named *n);

/* The plan n names or belongs to (a plan is its own). */
const plan_plan *plan_named_plan(const plan_named *n);

/* What id names in scope (NULL: among the plans), or NULL. */
const plan_named *plan_set_find_in(const plan_set *set, const plan_plan *scope, const char *id);

/*
 * What the reference ref names, seen from plan ctx (NULL: from no plan):
 * PLAN:ID in that plan; an id, first in ctx, then in whichever plan has
 * it, then among the plans' own ids.  Returns how many things it could name: 1
 * (*out is it), 0 (*out NULL), or more when plans share the id and none
 * is ctx (*out is the first of them; plan_set_candidates lists them).
 */
size_t plan_set_resolve(const plan_set *set, const plan_plan *ctx, const char *ref,
			const plan_named **out);

/*
 * Writes into buf the qualified names (PLAN:ID) of every non-plan thing
 * that id names, separated by sep (" or "); returns buf.
 */
const char *plan_set_candidates(const plan_set *set, const char *id, const char *sep,
				char *buf, size_t size);

/* Up to max of the things id (unqualified) names, in every scope, into out; how many. */
size_t plan_set_each(const plan_set *set, const char *id, const plan_named **out, size_t max);

/* plan_set_resolve from no plan, when it names one thing; else NULL. */
const plan_named *plan_set_find(const plan_set *set, const char *ref);

/*
 * Registers an id in its scope (plan_named_scope); returns 0, 1 when the
 * id is taken there (*old then names its holder), PLAN_ENOMEM when memory
 * ran out.
 */
int plan_set_register(plan_set *set, const plan_named *n, const plan_named **old);

/* Where the id n names was written: the object's id_loc. */
const plan_loc *plan_named_loc(const plan_named *n);

/* Registers a source with the set (sets its index). */
int plan_set_add_source(plan_set *set, plan_source *src);

/* The latest decision of an action, or NULL. */
const plan_decision *plan_action_decision(const plan_action *a);

/* Whether the latest decision closed the action (complete, remove, decommissioned). */
int plan_action_is_closed(const plan_action *a);

/* The action ref (an id or PLAN:ID) names in set, or NULL (also when set is NULL). */
const plan_action *plan_set_action(const plan_set *set, const char *ref);

/*
 * The action of set that is action a of set from (another state of the
 * plans): the one with a's id, when no other plan of either set has that
 * id (so an action that moves to another plan, or whose plan is renamed,
 * stays itself); else the one with a's plan id and id.  NULL when none.
 */
const plan_action *plan_set_action_of(const plan_set *set, const plan_action *a, const plan_set *from);

/*
 * How messages name action a of set: its id, or PLAN:ID when another plan
 * of set has the same id.  Returns buf.
 */
const char *plan_action_ref(const plan_set *set, const plan_action *a, char *buf, size_t size);

/*
 * Sameness by meaning, as the commit hook and planlog judge changes: text
 * is the same whatever its line breaks and runs of blanks (re-wrapping is
 * not a change); dates are compared as dates ("2019-03" is "March 2019");
 * NULL equals only NULL.
 */
int plan_text_same(const char *a, const char *b);
int plan_when_same(const plan_when *a, const plan_when *b);

/*
 * Writes w for people, as every message writes it: a date as
 * plan_date_human ("March 2019", "Q3 2017/18"), a range "March 2019 to
 * May 2019", a rhythm "quarterly", "annually in October", "every 3 years".
 */
int plan_when_human(char *buf, size_t size, const plan_when *w);

/* Same date (or both undated), RAG, author and text. */
int plan_update_same(const plan_update *a, const plan_update *b);

/*
 * Hashes that agree with the sameness above: h continued with text s
 * (NULL too), and an update's date, RAG, author and text.
 */
uint64_t plan_text_hash(uint64_t h, const char *s);
uint64_t plan_update_hash(const plan_update *u);

/* Whether action a (NULL: none) has an update that is the same as u. */
int plan_action_has_update(const plan_action *a, const plan_update *u);

/* "red", "amber", "green" or NULL. */
const char *plan_rag_name(plan_rag r);

/* "continue", "complete", "remove", "decommissioned". */
const char *plan_verb_name(plan_verb v);

/* "plan", "section", "objective", "action". */
const char *plan_kind_name(plan_kind k);

/*
 * Levenshtein distance of a and b, capped at limit + 1.  Strings of 64
 * bytes or more are only told equal (0) or not (limit + 1).
 */
size_t plan_edit_distance(const char *a, const char *b, size_t limit);

/*
 * Names for "did you mean" (unknown ids, undeclared leads): those within
 * PLAN_NEAR_EDITS edits of a query, as plan_edit_distance counts them,
 * found without comparing the query with every name.  Sorted, the names
 * are a trie: plan_near_find walks it keeping one row of the table of
 * edit distances per byte of the prefix at hand, and leaves a prefix and
 * every name under it as soon as each entry of its row is over the
 * limit; so it visits the prefixes near the query's, however many names
 * there are, where comparing with each name costs their number.
 *
 * What is compared is each name's key, which may differ from the name a
 * hit shows: ids in lower case, so that "vawg1.3" finds "VAWG1.3"; names
 * of people folded without accents (fold.h), so that "Tomas O Briain"
 * finds "Tomás Ó Briain".  The query is then given folded the same way.
 */
#define PLAN_NEAR_EDITS 2

typedef struct plan_near_name {
	const char *name;          /* what a hit shows; borrowed */
	const char *key;           /* what is compared; NULL: the name; borrowed */
	size_t order;              /* of two names as near, the smaller order wins */
	size_t len;                /* of the key; set by plan_near_init */
} plan_near_name;

typedef struct plan_near {
	const plan_near_name *v;   /* the caller's array, sorted; borrowed */
	size_t n;
} plan_near;

typedef struct plan_near_hit {
	const char *name;
	size_t order;
	size_t edits;
} plan_near_hit;

/* Makes ix an index of v[0..n) (name, key and order filled in), which it sorts. */
void plan_near_init(plan_near *ix, plan_near_name *v, size_t n);

/*
 * The names whose keys are within PLAN_NEAR_EDITS edits of q, fewest
 * edits first, then smallest order: at most max of them, into hits.
 * Returns how many.
 */
size_t plan_near_find(const plan_near *ix, const char *q, plan_near_hit *hits, size_t max);

#endif
