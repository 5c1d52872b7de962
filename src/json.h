/*
 * json.h - the JSON forms of every command: diagnostics, the model and
 * the history of actions (SPEC.md sections 14, 15 and 18).  Built with
 * jansson, which does the escaping; the caller owns the returned json_t
 * and json_decref()s it.  NULL means memory ran out: never a partial
 * object.
 */
#ifndef PLAN_JSON_H
#define PLAN_JSON_H

#include <jansson.h>

#include "log.h"
#include "model.h"

/* Version of every JSON form; bumped when a key changes meaning. */
#define PLAN_JSON_VERSION 1

/* {"version", "diagnostics": [...], "errors", "warnings", "notes", "files"}. */
json_t *plan_json_diags(plan_set *set);

/* {"version", "files": [...], "plans": [...]}: the whole model. */
json_t *plan_json_model(plan_set *set);

/*
 * {"version", "actions": [{"id", "title", "commits": [...]}], "shallow"}:
 * planlog's history, each action's commits newest first (oldest first
 * when reverse), at most limit of them (limit < 0: all).
 */
json_t *plan_json_log(const plan_log *log, int reverse, long limit);

#endif
