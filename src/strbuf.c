/*
 * strbuf.c - a growing string (strbuf.h).
 */
#include "strbuf.h"
#include "alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void plan_strbuf_add(plan_strbuf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (PLAN_GROW(b->s, b->cap, b->len + n + 1) < 0) {
		b->oom = 1;
		return;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void plan_strbuf_adds(plan_strbuf *b, const char *s)
{
	plan_strbuf_add(b, s, strlen(s));
}

void plan_strbuf_vaddf(plan_strbuf *b, const char *fmt, va_list ap)
{
	va_list again;
	int n;

	if (b->oom)
		return;
	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, again);
	va_end(again);
	if (n < 0 || PLAN_GROW(b->s, b->cap, b->len + (size_t)n + 1) < 0) {
		b->oom = 1;
		return;
	}
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void plan_strbuf_addf(plan_strbuf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	plan_strbuf_vaddf(b, fmt, ap);
	va_end(ap);
}

void plan_strbuf_reset(plan_strbuf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

const char *plan_strbuf_str(const plan_strbuf *b)
{
	return b->s && !b->oom ? b->s : "";
}

void plan_strbuf_free(plan_strbuf *b)
{
	if (!b)
		return;
	plan_free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
	b->oom = 0;
}
