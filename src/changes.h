/*
 * changes.h - what changed in one action between two states of the plans,
 * field by field, as planlog reports it.
 */
#ifndef PLAN_CHANGES_H
#define PLAN_CHANGES_H

#include "model.h"

/*
 * Receives one change: kind is a stable name ("created", "deleted",
 * "moved", "title", "lead-added", "lead-removed", "due", "review",
 * "decision", "update-added", "update-rewritten" (edited or deleted),
 * "rag"); text says it for people.
 */
typedef void (*plan_change_fn)(void *ctx, const char *kind, const char *text);

/*
 * Reports how action now differs from action before (either may be NULL:
 * created, deleted).  Returns the number of changes; fn NULL only counts.
 */
int plan_action_changes(const plan_action *before, const plan_action *now,
			plan_change_fn fn, void *ctx);

#endif
