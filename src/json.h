/*
 * json.h - the JSON forms of diagnostics and of the model (SPEC.md,
 * "JSON export" and "Diagnostics").  Built with jansson, which does the
 * escaping; the caller owns the returned json_t and json_decref()s it.
 */
#ifndef PLAN_JSON_H
#define PLAN_JSON_H

#include <jansson.h>

#include "model.h"

/* Version of both JSON forms; bumped when a field changes meaning. */
#define PLAN_JSON_VERSION 1

/* {"version", "diagnostics": [...], "errors", "warnings", "notes", "files"}. */
json_t *plan_json_diags(plan_set *set);

/* {"version", "files": [...], "plans": [...]}: the whole model. */
json_t *plan_json_model(plan_set *set);

#endif
