/*
 * diag.c - collecting diagnostics and showing them the way compilers do.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void plan_diags_init(plan_diags *d, plan_arena *arena)
{
	memset(d, 0, sizeof(*d));
	d->arena = arena;
}

int plan_hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

size_t plan_utf8_len(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned c = s[0];
	size_t len, i;
	unsigned cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
	else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
	else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
	else return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

void plan_utf8_trim(char *s)
{
	size_t n = strlen(s), start = n;

	/* Back to the start of the last character. */
	while (start > 0 && n - start < 4 && ((unsigned char)s[start - 1] & 0xC0) == 0x80)
		start--;
	if (start > 0 && (unsigned char)s[start - 1] >= 0xC0) {
		start--;
		if (!plan_utf8_len(s + start, n - start))
			s[start] = '\0';
	}
}

/*
 * Makes msg valid UTF-8, each byte that starts no valid sequence becoming
 * '?': callers format plan text into fixed buffers, which may cut a
 * character in two, and JSON refuses anything but UTF-8.
 */
static void fix_utf8(char *msg)
{
	size_t i = 0, n, len = strlen(msg);

	while (i < len) {
		if ((n = plan_utf8_len(msg + i, len - i)) == 0)
			msg[i++] = '?';
		else
			i += n;
	}
}

static plan_diag *add(plan_diags *d, plan_severity sev, const char *check,
		      const plan_source *src, plan_span span, const char *path,
		      const char *fmt, va_list ap)
{
	plan_diag *g;
	va_list ap2;
	int n;

	if (d->total >= PLAN_MAX_DIAGS) {
		d->truncated = 1;
		if (sev == PLAN_SEV_ERROR)
			d->count[PLAN_SEV_ERROR]++;
		return NULL;
	}
	g = plan_arena_zalloc(d->arena, sizeof(*g));
	if (!g) {
		d->oom = 1;
		return NULL;
	}
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	g->msg = n < 0 ? NULL : plan_arena_alloc(d->arena, (size_t)n + 1);
	if (!g->msg) {
		d->oom = 1;
		return NULL;
	}
	vsnprintf(g->msg, (size_t)n + 1, fmt, ap);
	fix_utf8(g->msg);
	g->sev = sev;
	g->check = check;
	g->src = src;
	g->span = span;
	g->path = src ? src->path : path ? plan_arena_strndup(d->arena, path, strlen(path)) : NULL;
	if (!src && path && !g->path) {
		d->oom = 1;
		return NULL;
	}
	if (d->tail)
		d->tail->next = g;
	else
		d->head = g;
	d->tail = g;
	d->count[sev]++;
	d->total++;
	return g;
}

int plan_diags_full(const plan_diags *d)
{
	return d->total >= PLAN_MAX_DIAGS;
}

plan_diag *plan_diag_add(plan_diags *d, plan_severity sev, const char *check,
			 const plan_source *src, plan_span span, const char *fmt, ...)
{
	plan_diag *g;
	va_list ap;
	va_start(ap, fmt);
	g = add(d, sev, check, src, span, NULL, fmt, ap);
	va_end(ap);
	return g;
}

void plan_diag_fix(plan_diags *d, plan_diag *g, plan_span span, const char *text, size_t len)
{
	char *t;

	if (!g || !g->src || span.start > span.end || span.end > g->src->len)
		return;
	if (!(t = plan_arena_strndup(d->arena, text, len))) {
		d->oom = 1;
		return;
	}
	g->fix = t;
	g->fix_span = span;
}

void plan_diag_file(plan_diags *d, plan_severity sev, const char *check,
		    const char *path, const char *fmt, ...)
{
	plan_span none = { 0, 0 };
	va_list ap;
	va_start(ap, fmt);
	add(d, sev, check, NULL, none, path, fmt, ap);
	va_end(ap);
}

const char *plan_severity_name(plan_severity s)
{
	switch (s) {
	case PLAN_SEV_ERROR: return "error";
	case PLAN_SEV_WARNING: return "warning";
	case PLAN_SEV_NOTE: return "note";
	}
	return "?";
}

/*
 * Line breaks are LF, CRLF and a lone CR, as the scanner counts them: the
 * break of a CRLF is its LF.  There is no line table: diagnostics are
 * shown in order of position, so each lookup counts the breaks between
 * the offset asked for and the one asked for before (src->memo_off).
 */
static int is_break(const plan_source *src, size_t i)
{
	char c = src->buf[i];
	return c == '\n' || (c == '\r' && (i + 1 == src->len || src->buf[i + 1] != '\n'));
}

/* Line breaks in buf[from..to). */
static size_t count_breaks(const plan_source *src, size_t from, size_t to)
{
	const char *b = src->buf, *q;
	size_t n = 0, i;

	for (i = from; i < to && (q = memchr(b + i, '\n', to - i)) != NULL; i = (size_t)(q - b) + 1)
		n++;
	for (i = from; i < to && (q = memchr(b + i, '\r', to - i)) != NULL; i = (size_t)(q - b) + 1)
		if (is_break(src, (size_t)(q - b)))
			n++;
	return n;
}

/* Index (from 0) of the line holding off (at most src->len). */
static size_t line_index(plan_source *src, size_t off)
{
	if (off >= src->memo_off)
		src->memo_line += count_breaks(src, src->memo_off, off);
	else if (off >= src->memo_off / 2)
		src->memo_line -= count_breaks(src, off, src->memo_off);
	else
		src->memo_line = count_breaks(src, 0, off);
	src->memo_off = off;
	return src->memo_line;
}

void plan_source_line_bounds(plan_source *src, size_t off, size_t *start, size_t *end)
{
	size_t s, e;

	if (off > src->len)
		off = src->len;
	for (s = off; s > 0 && !is_break(src, s - 1); s--)
		;
	for (e = s; e < src->len && src->buf[e] != '\n' && src->buf[e] != '\r'; e++)
		;
	*start = s;
	*end = e;
}

void plan_source_linecol(plan_source *src, size_t off, size_t *line, size_t *col)
{
	plan_source_linecol_unit(src, off, PLAN_COLUMN_CHAR, line, col);
}

void plan_source_linecol_unit(plan_source *src, size_t off, plan_column_unit unit,
			      size_t *line, size_t *col)
{
	size_t s, e, i, c = 1;

	if (off > src->len)
		off = src->len;
	plan_source_line_bounds(src, off, &s, &e);
	/* A byte order mark is not a character of the first line. */
	if (s == 0 && src->len >= 3 && memcmp(src->buf, "\xEF\xBB\xBF", 3) == 0 && off >= 3)
		s = 3;
	for (i = s; i < off; i++) {
		unsigned char b = (unsigned char)src->buf[i];
		if (unit == PLAN_COLUMN_BYTE || (b & 0xC0) != 0x80)
			c++;
		/* A 4-byte character is outside the BMP: a surrogate pair. */
		if (unit == PLAN_COLUMN_UTF16 && b >= 0xF0)
			c++;
	}
	*line = line_index(src, off) + 1;
	*col = c;
}

void plan_diags_move(plan_diags *to, plan_diags *from, const plan_diag_commit *commit)
{
	plan_diag *g;
	int s;

	for (g = from->head; g; g = g->next)
		g->commit = commit;
	if (from->head) {
		if (to->tail)
			to->tail->next = from->head;
		else
			to->head = from->head;
		to->tail = from->tail;
	}
	for (s = 0; s < 3; s++)
		to->count[s] += from->count[s];
	to->total += from->total;
	to->truncated |= from->truncated;
	to->oom |= from->oom;
	from->head = from->tail = NULL;
	from->total = 0;
	memset(from->count, 0, sizeof(from->count));
}

void plan_diags_filter(plan_diags *d, int (*keep)(void *ctx, const plan_diag *g), void *ctx,
		       size_t dropped[3])
{
	plan_diag **at = &d->head, *g;

	d->tail = NULL;
	while ((g = *at)) {
		if (keep(ctx, g)) {
			d->tail = g;
			at = &g->next;
			continue;
		}
		*at = g->next;
		dropped[g->sev]++;
		d->count[g->sev]--;
		d->total--;
	}
}

static int cmp_diag(const void *a, const void *b)
{
	const plan_diag *x = *(plan_diag *const *)a, *y = *(plan_diag *const *)b;
	unsigned xi = x->src ? x->src->index : 0, yi = y->src ? y->src->index : 0;
	unsigned xc = x->commit ? x->commit->seq : 0, yc = y->commit ? y->commit->seq : 0;

	if (xc != yc)
		return xc < yc ? -1 : 1;

	/* File-level diagnostics (no source) come first. */
	if (!x->src != !y->src)
		return x->src ? 1 : -1;
	if (xi != yi)
		return xi < yi ? -1 : 1;
	if (x->span.start != y->span.start)
		return x->span.start < y->span.start ? -1 : 1;
	return 0;
}

plan_diag **plan_diags_sorted(plan_diags *d)
{
	plan_diag **v, *g;
	size_t i = 0;

	v = plan_arena_alloc(d->arena, (d->total ? d->total : 1) * sizeof(*v));
	if (!v)
		return NULL;
	for (g = d->head; g; g = g->next)
		v[i++] = g;
	{
		/* Insertion sort: stable, and diagnostics arrive nearly sorted. */
		size_t j;
		for (i = 1; i < d->total; i++) {
			plan_diag *x = v[i];
			for (j = i; j > 0 && cmp_diag(&v[j - 1], &x) > 0; j--)
				v[j] = v[j - 1];
			v[j] = x;
		}
	}
	return v;
}

size_t plan_unsafe_len(const char *s, size_t i, size_t n)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t left = n - i;

	if ((u[0] < 0x20 && u[0] != '\t') || u[0] == 0x7f)
		return 1;
	/* A byte that starts no character: a C1 control to some terminals. */
	if (u[0] >= 0x80 && !plan_utf8_len(s + i, left))
		return 1;
	if (left >= 2 && u[0] == 0xC2 && u[1] >= 0x80 && u[1] <= 0x9F)
		return 2;
	if (left >= 3 && u[0] == 0xE2 && ((u[1] == 0x80 && u[2] >= 0xAA && u[2] <= 0xAE) ||
					  (u[1] == 0x81 && u[2] >= 0xA6 && u[2] <= 0xA9)))
		return 3;
	return 0;
}

void plan_write_safe(FILE *out, const char *s, size_t n)
{
	size_t i = 0, k;

	while (i < n) {
		if ((k = plan_unsafe_len(s, i, n)) != 0) {
			putc('?', out);
			i += k;
		} else {
			/* A whole character: its bytes after the first start none. */
			k = (unsigned char)s[i] < 0x80 ? 1 : plan_utf8_len(s + i, n - i);
			fwrite(s + i, 1, k, out);
			i += k;
		}
	}
}

/* Writes buf[s..e) as plan_write_safe does. */
static void put_safe(FILE *out, const char *buf, size_t s, size_t e)
{
	plan_write_safe(out, buf + s, e - s);
}

void plan_puts_safe(FILE *out, const char *s)
{
	if (s)
		plan_write_safe(out, s, strlen(s));
}

static size_t char_start(const char *buf, size_t lo, size_t i)
{
	while (i > lo && ((unsigned char)buf[i] & 0xC0) == 0x80)
		i--;
	return i;
}

static void write_echo(FILE *out, plan_source *src, plan_span span)
{
	size_t s, e, from, to, i, caret_end;

	plan_source_line_bounds(src, span.start, &s, &e);
	if (s == 0 && src->len >= 3 && memcmp(src->buf, "\xEF\xBB\xBF", 3) == 0)
		s = 3;      /* not shown: a byte order mark */
	from = s;
	to = e;
	if (span.start - s > PLAN_DIAG_ECHO_HALF)
		from = char_start(src->buf, s, span.start - PLAN_DIAG_ECHO_HALF);
	if (e - span.start > PLAN_DIAG_ECHO_HALF)
		to = char_start(src->buf, s, span.start + PLAN_DIAG_ECHO_HALF);
	fputs("  ", out);
	if (from > s)
		fputs("...", out);
	put_safe(out, src->buf, from, to);
	if (to < e)
		fputs("...", out);
	fputs("\n  ", out);
	if (from > s)
		fputs("   ", out);
	for (i = from; i < span.start && i < to; i++) {
		unsigned char c = (unsigned char)src->buf[i];
		if (c == '\t')
			putc('\t', out);
		else if ((c & 0xC0) != 0x80)
			putc(' ', out);
	}
	putc('^', out);
	caret_end = span.end < to ? span.end : to;
	for (i = span.start + 1; i < caret_end; i++)
		if (((unsigned char)src->buf[i] & 0xC0) != 0x80)
			putc('~', out);
	putc('\n', out);
}

int plan_diags_write_text(plan_diags *d, FILE *out, const char *prog)
{
	return plan_diags_write_text_unit(d, out, prog, PLAN_COLUMN_CHAR);
}

int plan_diags_write_text_unit(plan_diags *d, FILE *out, const char *prog, plan_column_unit unit)
{
	plan_diag **v;
	size_t i;

	v = plan_diags_sorted(d);
	if (!v)
		return -1;
	for (i = 0; i < d->total; i++) {
		plan_diag *g = v[i];
		if (g->commit && (i == 0 || v[i - 1]->commit != g->commit)) {
			fprintf(out, "%scommit %s: ", i ? "\n" : "", g->commit->id);
			plan_puts_safe(out, g->commit->subject);
			putc('\n', out);
		}
		if (g->src) {
			size_t line, col;
			plan_source *src = (plan_source *)g->src;
			plan_source_linecol_unit(src, g->span.start, unit, &line, &col);
			plan_puts_safe(out, src->path);
			fprintf(out, ":%zu:%zu: %s: ", line, col, plan_severity_name(g->sev));
			plan_puts_safe(out, g->msg);
			fprintf(out, " [%s]\n", g->check);
			write_echo(out, src, g->span);
		} else {
			plan_puts_safe(out, g->path ? g->path : prog);
			fprintf(out, ": %s: ", plan_severity_name(g->sev));
			plan_puts_safe(out, g->msg);
			fprintf(out, " [%s]\n", g->check);
		}
	}
	if (d->truncated)
		fprintf(out, "%s: note: stopped after %d diagnostics\n", prog, PLAN_MAX_DIAGS);
	if (d->oom)
		fprintf(out, "%s: error: out of memory; results are incomplete\n", prog);
	return ferror(out) ? -1 : 0;
}
