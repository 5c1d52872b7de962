/*
 * sarif.h - plancheck's diagnostics as a SARIF 2.1.0 log, the form that
 * code-scanning services read (SPEC.md section 14, "Output for CI").
 *
 * The log is built with jansson through json.h's blocks, so every string
 * in it is valid UTF-8; the caller owns it and json_decref()s it.  NULL
 * means memory ran out: never a partial log.
 */
#ifndef PLAN_SARIF_H
#define PLAN_SARIF_H

#include <jansson.h>

#include "model.h"

typedef struct plan_sarif_options {
	const char *version;   /* the tool's version (tool.driver.version); NULL: left out */
} plan_sarif_options;

#define PLAN_SARIF_OPTIONS_INIT { NULL }

/*
 * One run: the driver "plancheck" with a rule for every name a
 * diagnostic's check can have (plan_diag_kinds, then plan_checks), the
 * files read as artifacts, and one result per diagnostic of set, in the
 * order plancheck prints them.  opt may be NULL (the defaults).
 */
json_t *plan_sarif_log(plan_set *set, const plan_sarif_options *opt);

/*
 * The URI reference of a path as a diagnostic names it, into out (size
 * bytes): each byte but the unreserved ones of RFC 3986 and '/' written
 * as %XX, so that any name, a Latin-1 one too, is a valid URI that gives
 * its bytes back; an absolute path becomes a file: URI.  Returns the
 * length it needs without its NUL: the URI was cut when that is size or
 * more.
 */
size_t plan_sarif_uri(char *out, size_t size, const char *path);

#endif
