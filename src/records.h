/*
 * records.h - which actions two versions of a plan file differ in, found
 * from their lines alone, without parsing.
 *
 * A record is a directive line (plan, section, objective, action) or an
 * update in separate form, with every line after it up to the next one:
 * its fields, their text, comments and includes.  Its key is the id the
 * line names (an update's line: each id-like word on it, since the id
 * follows a date of one or more words).  Which lines are records is
 * decided by SPEC.md's line rules (section 3 and 4) exactly: a line
 * indented deeper than an open text block continues it, whatever word it
 * starts with.
 *
 * An include line is a record of its own, inside whatever record it is
 * in, keyed by its text ("include PATH", which no id can be), so that a
 * change of what a file includes is seen too.
 *
 * planlog uses this to learn, from the two versions of each changed file,
 * which ids a commit touched, and parses only the commits that touched the
 * ids asked for.
 */
#ifndef PLAN_RECORDS_H
#define PLAN_RECORDS_H

#include "limit.h"

#include <stddef.h>

/*
 * Returned when the part compared starts at the top of a file that has
 * fields before its first record (when no record starts in column 1 above
 * the first difference, that part is the whole file): such fields belong to
 * whatever directive includes the file, so any action may have changed.
 */
#define PLAN_RECORDS_ANY 1

/* Receives one key (not NUL-terminated). */
typedef void (*plan_record_key_fn)(void *ctx, const char *key, size_t len);

/*
 * Calls fn once for each key whose records differ between old and new
 * (either may be NULL with length 0: a file added or deleted, whose keys
 * are then all reported), in byte order of the keys.  Records that only moved within the file do not
 * differ.  Returns 0, PLAN_RECORDS_ANY (with the keys reported as well),
 * or PLAN_ENOMEM when memory ran out.
 */
int plan_records_diff(const char *old, size_t oldlen, const char *new_, size_t newlen,
		      plan_record_key_fn fn, void *ctx);

/* Whether the records of key (not NUL-terminated) are wanted. */
typedef int (*plan_record_keep_fn)(void *ctx, const char *key, size_t len);

/*
 * Writes into out (room for len bytes; out may be s) what of s[0..len)
 * must be parsed to know the records that keep accepts: each plan's
 * record, the records accepted, the records that hold an include line
 * (whole, so that what an included file adds goes where it went), and
 * the include lines before the first record, in file order; a directive
 * line indented after a record left out is kept from its first word.
 * Returns the bytes written, or (size_t)-1 when the whole file is needed
 * (fields come before the first record: they belong to an includer; or an
 * update in separate form is indented after a record left out) or memory
 * ran out.
 */
size_t plan_records_keep(const char *s, size_t len, plan_record_keep_fn keep, void *ctx, char *out);

#endif
