/*
 * github.h - diagnostics as GitHub Actions workflow commands, which a
 * workflow run shows as annotations on the lines they name (SPEC.md
 * section 14, "Output for CI").
 */
#ifndef PLAN_GITHUB_H
#define PLAN_GITHUB_H

#include <stdio.h>

#include "diag.h"

/*
 * Writes one line per diagnostic, in the order plancheck prints them:
 * "::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=prog CHECK::MESSAGE"
 * (::warning, ::notice for the other severities; the position, or the
 * file too, left out when the diagnostic has none); then, as the text
 * form does, a line each when the diagnostics were cut short or memory
 * ran out.  Returns 0, or -1 on a write error.
 */
int plan_github_write(plan_diags *d, FILE *out, const char *prog);

/*
 * Writes s as the message of a workflow command: '%', CR and LF as %25,
 * %0D and %0A, so that s stays one command; and, as everything written
 * to a log that is shown, each character plan_unsafe_len names as '?'.
 * NULL writes nothing.
 */
void plan_github_write_message(FILE *out, const char *s);

/* The same for the value of a property (file=, title=): ':' and ',' too, as %3A and %2C. */
void plan_github_write_property(FILE *out, const char *s);

#endif
