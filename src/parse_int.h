/*
 * parse_int.h - what the scanner (grammar/plan.l) and the parser
 * (grammar/plan.y) share.  Not for other modules: they use parse.h.
 */
#ifndef PLAN_PARSE_INT_H
#define PLAN_PARSE_INT_H

#include <setjmp.h>
#include <stddef.h>

#include "parse.h"

/* A piece of the source buffer; not NUL-terminated. */
typedef struct plan_str {
	const char *p;
	size_t len;
} plan_str;

/*
 * Continuation lines gathered for a text block.  The bytes are in the
 * parser's scratch buffer (one block is gathered at a time), and copied
 * once into the arena when the block is complete (plan_text_join).
 */
typedef struct plan_textbuf {
	size_t len;
	int blank;          /* a blank line is pending: next line starts a paragraph */
	int starts_para;    /* a blank line came before the first line here */
} plan_textbuf;

typedef struct plan_tokdate {
	plan_date date;
	int ok;             /* 0: already reported as invalid */
} plan_tokdate;

/* A rhythm: its plan_rhythm, and for "every N units", N and the unit. */
typedef struct plan_tokrhythm {
	int rhythm;
	int every;
	int unit;
} plan_tokrhythm;

/* An unknown word, the rest of its line up to a comma, and its context. */
typedef struct plan_junk {
	const char *text;           /* clipped for messages; arena */
	plan_span span;
	size_t closed_line;         /* see plan_parser.closed_line */
} plan_junk;

typedef struct plan_parser {
	void *scanner;              /* yyscan_t; owned */
	plan_builder *b;            /* borrowed */
	plan_source *src;           /* borrowed */
	plan_arena *arena;          /* the set's */
	plan_diags *diags;          /* the set's */
	const char *base;           /* src->buf */

	/* Text blocks: the indentation of the line that opened the block. */
	int block_open;
	int opens_block;            /* the current line opens one at its end (2: a line
				     * that starts with an unknown word) */
	size_t line_start;          /* start of the current line */
	size_t ind_start, ind_len;  /* indentation of the current line */
	size_t own_line, own_ind, own_len;  /* the block's opening line */
	size_t closed_line;         /* line whose block this line closed, or (size_t)-1 */
	size_t own_closed;          /* what closed_line becomes when the block closes */
	plan_span invis;            /* indentation that does not count (U+00A0...), or empty */

	int kw;                     /* the current line's keyword (plan_word), or 0 */
	plan_span kw_span;
	int line_kw;                /* kw, kept until the next line starts */
	int line_sep;               /* the current line is an update in separate form */
	plan_span upd_id;           /* the first id of the latest update line (in separate
				     * form, the action's); end <= line_start: none yet */
	int after_colon;            /* start condition after "lead:" (see colon_keyword) */

	/*
	 * The line of the latest syntax error, for the recovery rule: what
	 * its keyword was (0: none), where the line's text starts, and the
	 * action an update line names (end 0: none).  See plan_recovered.
	 */
	int err_kw;
	size_t err_kw_end, err_line;
	plan_span err_target;
	plan_span prev_tok;         /* the token before the current one */
	plan_span last_tok;
	plan_junk junk;             /* the latest unknown word */
	plan_date years_to;         /* the last year of the latest YEARS token
				     * (its value, a plan_tokdate, is the first:
				     * the parser's stack entries stay small) */
	int lone_cr_seen;
	const char *fix;            /* what should replace fix_span: the "did you mean" of
				     * the next plan_scan_error, which takes it (a static
				     * string), or NULL */
	plan_span fix_span;
	char fix_buf[128];          /* where fix points when it is made here (a date) */
	int bad_bytes;              /* invalid UTF-8 and NUL bytes found */
	plan_token_fn on_token;     /* plan_parse_tokens's, or NULL */
	void *token_ctx;
	int nerrors;
	int oom;
	jmp_buf fatal;              /* scanner failures that flex cannot return */
	char *scratch;              /* the text block being gathered; owned */
	size_t scratch_cap;
} plan_parser;

/* Appends a continuation line to t; PLAN_OK, or PLAN_ENOMEM. */
int plan_textbuf_add(plan_parser *p, plan_textbuf *t, const char *s, size_t len);

/* first + continuation lines as one arena string, or NULL on failure. */
char *plan_text_join(plan_parser *p, plan_str first, const plan_textbuf *t);

/* Reports an unknown word where a line's keyword belongs. */
void plan_unknown_word(plan_parser *p, const plan_junk *j);

/*
 * A line with a syntax error has been skipped: tells the builder what the
 * line was (SPEC.md section 12, one mistake, one message), so that a bad
 * directive still opens its scope and a bad field still counts as written.
 * end is where the line ends.
 */
void plan_recovered(plan_parser *p, size_t end);


/* Restores the byte after the current token, which flex holds aside (grammar/plan.l). */
void plan_scan_unhold(void *scanner);

/* Starts scanning buf[0..n) with scanner (grammar/plan.l); -1 on failure. */
int plan_scan_begin(char *buf, size_t n, void *scanner);

void plan_scan_error(plan_parser *p, plan_span at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
