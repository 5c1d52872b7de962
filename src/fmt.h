/*
 * fmt.h - planfmt's canonical form of a plan file (SPEC.md section 14,
 * "planfmt").
 *
 * The file is parsed alone (its includes are not read: what a file says
 * is in its own tokens), through the parser's own scanner, and written
 * back line by line from its tokens: directives at the margin, fields
 * indented two spaces, text two spaces deeper than the line that opens
 * it, every date in its canonical spelling, keywords in lower case, one
 * blank line before each directive, and the paragraphs of prose
 * re-wrapped where the source broke its lines inside them.  Comments stay
 * where they are.  Nothing that the model holds changes, but the line
 * breaks inside a re-wrapped paragraph, the dates' spelling ("written")
 * and source positions; tests/unit/test_fmt.c proves it over every plan
 * of the tree.
 */
#ifndef PLAN_FMT_H
#define PLAN_FMT_H

#include "limit.h"

#include <stddef.h>

#include "model.h"

typedef struct plan_fmt_options {
	int width;      /* fill re-wrapped paragraphs to this many characters */
} plan_fmt_options;

#define PLAN_FMT_OPTIONS_INIT { PLAN_FMT_WIDTH }

/*
 * Formats bytes[0..len), a plan file named path (only shown), into *out
 * (plan_malloc'ed, NUL-terminated, *out_len bytes).  The file is parsed
 * into set, whose diagnostics then hold what the parse found.  Returns
 * PLAN_OK; PLAN_EINVALID when the file has syntax errors or invalid
 * UTF-8 (those are in set's diagnostics with the check "syntax" or
 * "encoding": the file cannot be formatted, *out is NULL); PLAN_ENOMEM;
 * PLAN_EBUG when what it would write does not parse, or says something
 * else than the file (the same tokens, as values: a bug of planfmt's,
 * said in set's diagnostics; *out is NULL).
 */
int plan_fmt(plan_set *set, const char *path, const char *bytes, size_t len,
	     const plan_fmt_options *opt, char **out, size_t *out_len);

#endif
