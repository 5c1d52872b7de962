/*
 * changes.h - what changed in one action between two states of the plans,
 * field by field, as planlog reports it: values, with the sentence that
 * says each for people.
 */
#ifndef PLAN_CHANGES_H
#define PLAN_CHANGES_H

#include "model.h"

/* ORDER: plan_change_kind_name (changes.c) and SPEC.md section 18 list them so. */
typedef enum {
	PLAN_CHANGE_CREATED,
	PLAN_CHANGE_DELETED,
	PLAN_CHANGE_MOVED,
	PLAN_CHANGE_TITLE,
	PLAN_CHANGE_LEAD_ADDED,
	PLAN_CHANGE_LEAD_REMOVED,
	PLAN_CHANGE_DUE,
	PLAN_CHANGE_REVIEW,
	PLAN_CHANGE_DECISION,
	PLAN_CHANGE_UPDATE_ADDED,
	PLAN_CHANGE_UPDATE_REWRITTEN,
	PLAN_CHANGE_RAG,
	PLAN_CHANGE_UNPARSED,          /* made by planlog: the plans did not parse */
	PLAN_NCHANGE_KINDS
} plan_change_kind;

/*
 * One change.  before and after are the field's values on either side,
 * NULL where there is none (see SPEC.md section 18 for each kind); text
 * says the change for people.  The strings are valid during the callback
 * only.
 */
typedef struct plan_change {
	plan_change_kind kind;
	const char *before, *after;
	const char *text;
} plan_change;

/* Receives one change. */
typedef void (*plan_change_fn)(void *ctx, const plan_change *c);

/*
 * Reports how action now differs from action before (either may be NULL:
 * created, deleted), in the order of plan_change_kind.  Returns the
 * number of changes; fn NULL only counts.  Values are whole (an update's
 * text, a deadline's note, however long): PLAN_ENOMEM when memory for one
 * ran out, and fn may then have missed changes.
 */
int plan_action_changes(const plan_action *before, const plan_action *now,
			plan_change_fn fn, void *ctx);

/* The stable name of a kind ("created", "lead-added", ...), as JSON writes it. */
const char *plan_change_kind_name(plan_change_kind k);

/*
 * Writes c's text for people into buf, and, for a deadline that moved
 * (moves > 0), how many times it has moved so far; never cuts a
 * character.  Returns buf.
 */
const char *plan_change_text(char *buf, size_t size, const plan_change *c, int moves);

#endif
