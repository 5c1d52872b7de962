/*
 * diag.h - sources and diagnostics.
 *
 * A plan_source is one file's bytes as parsed.  Positions everywhere are
 * byte offsets into it; line and column are computed only when a
 * diagnostic is shown, by counting from the offset looked up before.
 *
 * A plan_diags collects diagnostics (severity, the name of the check that
 * made them, a span, a message) in the arena of a load.  The library only
 * collects; a command decides what to print (plan_diags_write_text or
 * plan_diags_to_json) and which exit status follows.
 */
#ifndef PLAN_DIAG_H
#define PLAN_DIAG_H

#include "limit.h"

#include <stddef.h>
#include <stdio.h>

#include "arena.h"

typedef struct plan_source {
	const char *path;   /* as the user named it; owned by the arena */
	const char *buf;    /* the bytes parsed (invalid bytes shown as '?'); arena */
	size_t len;
	unsigned index;     /* order in which sources were loaded */
	size_t memo_off;    /* the offset last looked up, and its line (from 0) */
	size_t memo_line;
} plan_source;

typedef struct plan_span {
	size_t start, end;  /* byte offsets, end exclusive */
} plan_span;

typedef enum {
	PLAN_SEV_NOTE = 0,
	PLAN_SEV_WARNING = 1,
	PLAN_SEV_ERROR = 2
} plan_severity;

/* A commit that diagnostics are found in (plancheck --range). */
typedef struct plan_diag_commit {
	const char *id;           /* hexadecimal */
	const char *subject;      /* the first line of its message (any bytes) */
	unsigned seq;             /* the order commits were checked in */
} plan_diag_commit;

typedef struct plan_diag {
	struct plan_diag *next;
	plan_severity sev;
	const char *check;        /* static name: "syntax", "include", ... */
	const plan_source *src;   /* NULL when about no position */
	plan_span span;
	const char *path;         /* when src is NULL: the file concerned (a copy), or NULL */
	char *msg;                /* arena */
	const char *plan;         /* the id of the plan it is about, or NULL */
	const char *action;       /* the id of the action it is about (in plan), or NULL */
	const plan_diag_commit *commit;   /* the commit it is in, or NULL */
	const char *fix;          /* the text that should replace fix_span of src (the
				   * "did you mean" of the message), or NULL: plan_diag_fix */
	plan_span fix_span;
} plan_diag;

typedef struct plan_diags {
	plan_arena *arena;
	plan_diag *head, *tail;
	size_t count[3];          /* by severity */
	size_t total;
	int truncated;            /* PLAN_MAX_DIAGS reached */
	int oom;                  /* an allocation failed: results incomplete */
} plan_diags;

void plan_diags_init(plan_diags *d, plan_arena *arena);

/*
 * Adds a diagnostic at span of src (src may be NULL).  The message is
 * printf-formatted and copied.  Past PLAN_MAX_DIAGS nothing more is kept.
 * Returns the diagnostic, or NULL when it was not kept.
 */
plan_diag *plan_diag_add(plan_diags *d, plan_severity sev, const char *check,
		   const plan_source *src, plan_span span, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/*
 * Gives g (a diagnostic of d at a position, or NULL: nothing is done) its
 * fix: text[0..len) should replace span of g's source.  The suggestion of
 * a "did you mean" message, as a value that an editor can apply (planls'
 * quick fixes).
 */
void plan_diag_fix(plan_diags *d, plan_diag *g, plan_span span, const char *text, size_t len);

/*
 * Whether PLAN_MAX_DIAGS diagnostics are kept already, so that a new one
 * would only be counted: a caller can then skip the work of its message.
 */
int plan_diags_full(const plan_diags *d);

/* As plan_diag_add, about a whole file named by path (no position). */
void plan_diag_file(plan_diags *d, plan_severity sev, const char *check,
		    const char *path, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/*
 * What a column counts, from 1 at the start of the line (after a byte
 * order mark, on the first line): characters (UTF-8 code points, the
 * default, and SARIF's unicodeCodePoints), bytes (what Vim's quickfix
 * expects: plancheck --column-unit=byte) or UTF-16 code units (a
 * character outside the Basic Multilingual Plane counting two: the
 * language server protocol's default).  A tab counts as one of each.
 */
typedef enum {
	PLAN_COLUMN_CHAR = 0,
	PLAN_COLUMN_BYTE,
	PLAN_COLUMN_UTF16
} plan_column_unit;

/* 1-based line and column of offset off in src, the column in characters. */
void plan_source_linecol(plan_source *src, size_t off, size_t *line, size_t *col);

/* The same, the column counted in unit. */
void plan_source_linecol_unit(plan_source *src, size_t off, plan_column_unit unit,
			      size_t *line, size_t *col);

/* Start and end (excluding the line break) of the line holding off. */
void plan_source_line_bounds(plan_source *src, size_t off, size_t *start, size_t *end);

/*
 * Moves every diagnostic of from to the end of to, each marked as found
 * in commit; from is left empty.  The diagnostics stay in from's arena.
 */
void plan_diags_move(plan_diags *to, plan_diags *from, const plan_diag_commit *commit);

/*
 * Removes from d the diagnostics that keep rejects, and counts them by
 * severity into dropped[].
 */
void plan_diags_filter(plan_diags *d, int (*keep)(void *ctx, const plan_diag *g), void *ctx,
		       size_t dropped[3]);

/*
 * Diagnostics sorted by commit, then source, then position, then the
 * order they were made in; an arena array of d->total pointers, or NULL
 * on failure.
 */
plan_diag **plan_diags_sorted(plan_diags *d);

/*
 * Writes every diagnostic as "path:line:col: severity: message [check]",
 * then the source line and a caret under the span, after a line that
 * names the commit when it is not the one before ("commit ID: SUBJECT");
 * a diagnostic about no file, and the notes that the diagnostics were cut
 * short or that memory ran out, start with prog.  Control characters of the source are never
 * written raw.  Returns 0, or -1 on a write error.
 */
int plan_diags_write_text(plan_diags *d, FILE *out, const char *prog);

/* The same, with the column of "path:line:col" counted in unit. */
int plan_diags_write_text_unit(plan_diags *d, FILE *out, const char *prog, plan_column_unit unit);

/*
 * Writes up to max characters of s[0..len) into buf, whole UTF-8
 * characters, a control character as '?', and "..." when it cut s short.
 */
void plan_clip(char *buf, size_t size, const char *s, size_t len, size_t max);

/* Length of the valid UTF-8 sequence at s[0..n) (n > 0), or 0 when invalid. */
size_t plan_utf8_len(const char *s, size_t n);

/* The value of the hexadecimal digit c (either case), or -1. */
int plan_hex_value(int c);

/*
 * Cuts a NUL-terminated s before a character that its end cuts short (a
 * fixed buffer filled by snprintf may end in half a character).
 */
void plan_utf8_trim(char *s);

/*
 * How many bytes of the character that starts at s[i..n) must not reach a terminal as
 * they are: C0 and C1 control characters (tab excepted), DEL, the
 * bidirectional embeddings, overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069), which reorder what is displayed, and a byte that starts
 * no UTF-8 character (a commit's Latin-1 author: some terminals take
 * 0x80-0x9F for C1 controls); 0 for any other.
 */
size_t plan_unsafe_len(const char *s, size_t i, size_t n);

/* Writes s[0..n) with each such character shown as one '?'. */
void plan_write_safe(FILE *out, const char *s, size_t n);

/* The same for a NUL-terminated s (NULL: nothing). */
void plan_puts_safe(FILE *out, const char *s);

/* "error", "warning", "note". */
const char *plan_severity_name(plan_severity s);

#endif
