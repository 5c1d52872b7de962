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

/*
 * The tokens of a file, as the scanner gives them to the parser, for a
 * reader of the source's own shape (fmt.c, the formatter).  span is in
 * src->buf; a keyword's value is its plan_word, a RAG word's, a verb's
 * and a month's theirs; a date's is read (date_ok 0: invalid, already
 * reported); a range of years has its first and last year; a rhythm its
 * plan_rhythm (0: invalid), N and unit.  ORDER: plan_yylex (plan.y)
 * translates the parser's tokens into these.
 */
typedef enum {
	PLAN_TOK_OTHER = 0,
	PLAN_TOK_NL,
	PLAN_TOK_BLANK,
	PLAN_TOK_CONT,
	PLAN_TOK_TEXT,
	PLAN_TOK_ID,
	PLAN_TOK_JUNK,
	PLAN_TOK_DATE,
	PLAN_TOK_YEARS,
	PLAN_TOK_RHYTHM,
	PLAN_TOK_MONTH,
	PLAN_TOK_PLACEHOLDER,
	PLAN_TOK_RAG,
	PLAN_TOK_VERB,
	PLAN_TOK_TO,
	PLAN_TOK_IN,
	PLAN_TOK_INTO,
	PLAN_TOK_BY,
	PLAN_TOK_COMMA,
	PLAN_TOK_KEYWORD
} plan_tok_kind;

typedef struct plan_token {
	plan_tok_kind kind;
	plan_span span;
	int value;                  /* KEYWORD: plan_word; RAG, VERB, MONTH: theirs */
	plan_date date, to;         /* DATE: date; YEARS: date to to */
	int date_ok;
	int rhythm, every, unit;    /* RHYTHM */
} plan_token;

typedef void (*plan_token_fn)(void *ctx, const plan_token *t);

/*
 * As plan_parse, calling fn(ctx, token) for every token the scanner
 * gives, in order; *nerrors is the number of syntax errors and bytes of
 * invalid UTF-8 the file has (0: its text is what the tokens say).
 */
int plan_parse_tokens(plan_builder *b, plan_source *src, plan_token_fn fn, void *ctx,
		      int *nerrors);

#endif
