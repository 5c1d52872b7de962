/*
 * strbuf.h - a growing string, the one the library builds text in (the
 * board pack's cells, planfmt's output and its diff, planimport's
 * cells).  Appending never fails on the spot: when memory runs out, oom
 * is set and the string keeps what it had, so that a builder appends
 * freely and checks oom once, at the end (git's strbuf, with failure
 * kept instead of dying).  s is NUL-terminated whenever it is not NULL.
 */
#ifndef PLAN_STRBUF_H
#define PLAN_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct plan_strbuf {
	char *s;                   /* plan_malloc'ed; NULL until something is added */
	size_t len, cap;
	int oom;                   /* an append ran out of memory */
} plan_strbuf;

#define PLAN_STRBUF_INIT { NULL, 0, 0, 0 }

/* Appends s[0..n). */
void plan_strbuf_add(plan_strbuf *b, const char *s, size_t n);

/* Appends the string s. */
void plan_strbuf_adds(plan_strbuf *b, const char *s);

/* Appends what printf would write, whole, however long. */
void plan_strbuf_addf(plan_strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The same with the arguments as a va_list. */
void plan_strbuf_vaddf(plan_strbuf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

/* Empties b for reuse, keeping its memory (and its oom). */
void plan_strbuf_reset(plan_strbuf *b);

/* Its text: "" when empty or when memory ran out. */
const char *plan_strbuf_str(const plan_strbuf *b);

/* Frees what b holds and leaves it empty; NULL-safe. */
void plan_strbuf_free(plan_strbuf *b);

#endif
