/*
 * json.h - the JSON forms of every command: diagnostics, the model and
 * the history of actions (SPEC.md sections 14, 15 and 18).  Built with
 * jansson, which does the escaping; the caller owns the returned json_t
 * and json_decref()s it.  NULL means memory ran out: never a partial
 * object.  A JSON form written by a module of its own (sarif.c) is built
 * with the blocks at the end, so that every string is made one way.
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

/* The same, "column" and "end_column" counted in unit (diag.h). */
json_t *plan_json_diags_unit(plan_set *set, plan_column_unit unit);

/*
 * {"version", "today", "lead", "files": [...], "plans": [...]}: the whole
 * model, each action with its state on day today (a day number); with
 * lead (else NULL), only the actions whose leads name it (plan_lead_names).
 */
json_t *plan_json_model(plan_set *set, long today, const char *lead);

/*
 * {"version", "actions": [{"id", "title", "commits": [...]}], "shallow"}:
 * planlog's history, each action's commits newest first (oldest first
 * when reverse), at most limit of them (limit < 0: all).
 */
json_t *plan_json_log(const plan_log *log, int reverse, long limit);

/*
 * The blocks of every JSON form.  plan_json_begin makes jansson allocate
 * through alloc.h: call it before building.  plan_json_text is the JSON
 * string of s, valid UTF-8 always (a byte that starts no character
 * becomes U+FFFD); NULL when memory ran out.  plan_json_put consumes v
 * into o[key] and plan_json_push appends v to a; either clears *ok when
 * o, a or v is NULL or the call fails.  plan_json_finish returns o when
 * *ok, else releases it and returns NULL.
 */
void plan_json_begin(void);
json_t *plan_json_text(const char *s);
void plan_json_put(json_t *o, const char *key, json_t *v, int *ok);
void plan_json_push(json_t *a, json_t *v, int *ok);
json_t *plan_json_finish(json_t *o, int ok);

#endif
