/*
 * parse.h - parsing one file.
 */
#ifndef PLAN_PARSE_H
#define PLAN_PARSE_H

#include "limit.h"

#include "build.h"

/*
 * A source for bytes[0..len), registered with set: the bytes are copied
 * into the set's arena (git blobs and mapped files need not be
 * NUL-terminated).  NULL when memory is exhausted.
 */
plan_source *plan_source_new(plan_set *set, const char *path,
			     const char *bytes, size_t len);

/*
 * A source for buf[0..len), registered with set, without a copy: buf is
 * in the set's arena, with room for two bytes more, where the NULs the
 * scanner needs are written.  NULL when memory is exhausted.
 */
plan_source *plan_source_adopt(plan_set *set, const char *path, char *buf, size_t len);

/*
 * Parses src into the model through b, reporting every syntax error into
 * the set's diagnostics.  Invalid UTF-8 and NUL bytes are reported and
 * replaced by '?' in src->buf.  Returns PLAN_OK, or PLAN_ENOMEM when
 * memory ran out (the model is then incomplete).
 */
int plan_parse(plan_builder *b, plan_source *src);

#endif
