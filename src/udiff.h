/*
 * udiff.h - a unified diff of two texts, as "diff -u" writes it, for
 * planfmt --check.
 *
 * Lines are compared whole (their line break included).  The common
 * first and last lines are set aside, and the longest common subsequence
 * of the rest is found by dynamic programming, in a table of at most
 * PLAN_UDIFF_MAX_CELLS cells; longer texts are first cut at the lines
 * each holds once (patience diff's anchors), and what still has no
 * anchor and no room is shown as removed and added in one hunk (still a
 * correct diff, if not the shortest).
 */
#ifndef PLAN_UDIFF_H
#define PLAN_UDIFF_H

#include "limit.h"

#include <stddef.h>

/*
 * The diff from a[0..alen) to b[0..blen), with three lines of context
 * and the headers "--- a/NAME" and "+++ b/NAME", into *out
 * (plan_malloc'ed, NUL-terminated, *out_len bytes; "" when the texts are
 * equal).  A last line without a line break is followed by "\ No newline
 * at end of file".  PLAN_OK or PLAN_ENOMEM.
 */
int plan_udiff(const char *name, const char *a, size_t alen, const char *b, size_t blen,
	       char **out, size_t *out_len);

#endif
