/*
 * lsp.c - the base protocol of LSP: Content-Length framing, read and
 * written.
 *
 * A message is a header block, lines "Name: value\r\n" ended by an empty
 * line, then as many bytes of body as its Content-Length says.  The
 * reader holds the bytes read in one buffer, which grows to at most a
 * header block and the largest body allowed (PLAN_LSP_MAX_HEADER,
 * PLAN_LSP_MAX_MESSAGE); the body it returns points into that buffer
 * and is dropped at the next call.  Every way a message can be wrong
 * ends in the reader stepping over it, never in waiting for bytes that
 * cannot make it right: a header block with no end within the limit is
 * dropped up to the next empty line; a body too long is dropped as it
 * arrives.  The input ending is the end, whatever was held.
 */
#include "lsp.h"
#include "alloc.h"
#include "error.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Reads more into r's buffer, so that it holds at least need bytes if the input has them. */
static int fill(plan_lsp_reader *r, size_t need)
{
	ssize_t n;

	if (r->end)
		return 0;
	if (need < r->len + 4096)
		need = r->len + 4096;
	if (PLAN_GROW(r->buf, r->cap, need) < 0)
		return PLAN_ENOMEM;
	do
		n = r->read(r->ctx, r->buf + r->len, r->cap - r->len);
	while (n < 0 && errno == EINTR);
	if (n <= 0) {
		r->end = 1;
		return 0;
	}
	r->len += (size_t)n;
	return 1;
}

static void drop(plan_lsp_reader *r, size_t n)
{
	if (n > r->len)
		n = r->len;
	if (!n)
		return;
	memmove(r->buf, r->buf + n, r->len - n);
	r->len -= n;
}

/* Where the empty line that ends a header block starts in b[0..n), or n. */
static size_t header_end(const char *b, size_t n)
{
	size_t i;

	for (i = 0; i + 3 < n; i++)
		if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n')
			return i;
	return n;
}

/*
 * Reads the header block h[0..n) (without its empty line): 0 with the
 * Content-Length in *cl, or -1 with *why.  Every line must be
 * "Name: value"; names are compared without case; Content-Type and
 * other headers are allowed and ignored.
 */
static int parse_headers(const char *h, size_t n, unsigned long long *cl, const char **why)
{
	size_t i = 0;
	int have = 0;

	while (i < n) {
		size_t e = i, colon, v;
		while (e < n && !(h[e] == '\r' && e + 1 < n && h[e + 1] == '\n'))
			e++;
		for (colon = i; colon < e && h[colon] != ':'; colon++)
			;
		if (colon == e || colon == i) {
			*why = "a header line is not \"Name: value\"";
			return -1;
		}
		if (colon - i == 14 && strncasecmp(h + i, "Content-Length", 14) == 0) {
			unsigned long long x = 0;
			size_t digits = 0;
			v = colon + 1;
			while (v < e && (h[v] == ' ' || h[v] == '\t'))
				v++;
			for (; v < e && h[v] >= '0' && h[v] <= '9'; v++, digits++) {
				if (x > (~0ULL - 9) / 10) {
					*why = "the Content-Length is too large";
					return -1;
				}
				x = x * 10 + (unsigned)(h[v] - '0');
			}
			while (v < e && (h[v] == ' ' || h[v] == '\t'))
				v++;
			if (!digits || v != e || have) {
				*why = have ? "two Content-Length headers" : "the Content-Length is not a number";
				return -1;
			}
			*cl = x;
			have = 1;
		}
		i = e + 2;
	}
	if (!have) {
		*why = "no Content-Length header";
		return -1;
	}
	return 0;
}

/*
 * The Content-Length among the whole lines of a header block's first n
 * bytes, into *out (left alone when there is none, or it is not a
 * number): a header block too long to read still tells how long its body
 * is, so that the body is not taken for the next message.
 */
static void early_length(const char *h, size_t n, long long *out)
{
	size_t i = 0;

	while (i < n) {
		size_t e = i;
		unsigned long long cl;
		const char *why;
		while (e + 1 < n && !(h[e] == '\r' && h[e + 1] == '\n'))
			e++;
		if (e + 1 >= n)
			return;
		if (e - i > 14 && strncasecmp(h + i, "Content-Length", 14) == 0 &&
		    parse_headers(h + i, e - i, &cl, &why) == 0 && cl <= (unsigned long long)PLAN_LSP_MAX_MESSAGE) {
			*out = (long long)cl;
			return;
		}
		i = e + 2;
	}
}

int plan_lsp_read(plan_lsp_reader *r, const char **body, size_t *len, const char **why)
{
	int rc;

	drop(r, r->used);
	r->used = 0;
	for (;;) {
		size_t h;
		unsigned long long cl;

		if (r->skip) {
			size_t n = r->skip < r->len ? (size_t)r->skip : r->len;
			drop(r, n);
			r->skip -= n;
			if (r->skip) {
				r->len = 0;
				if ((rc = fill(r, 0)) <= 0)
					return rc;
				continue;
			}
		}
		h = header_end(r->buf, r->len);
		if (r->resync) {
			if (h == r->len) {
				drop(r, r->len > 3 ? r->len - 3 : 0);
				if ((rc = fill(r, 0)) <= 0)
					return rc;
				continue;
			}
			drop(r, h + 4);
			r->resync = 0;
			if (r->resync_len > 0)
				r->skip = (unsigned long long)r->resync_len;
			continue;
		}
		if (h == r->len) {
			if (r->len > PLAN_LSP_MAX_HEADER) {
				/* Its body is stepped over too, if a Content-Length
				 * came among its first lines. */
				r->resync = 1;
				r->resync_len = -1;
				early_length(r->buf, PLAN_LSP_MAX_HEADER, &r->resync_len);
				*why = "a header block is longer than " PLAN_LIMIT_TEXT(PLAN_LSP_MAX_HEADER) " bytes";
				return PLAN_LSP_BAD;
			}
			if ((rc = fill(r, 0)) <= 0)
				return rc;
			continue;
		}
		if (h > PLAN_LSP_MAX_HEADER) {
			long long early = -1;
			early_length(r->buf, PLAN_LSP_MAX_HEADER, &early);
			drop(r, h + 4);
			if (early > 0)
				r->skip = (unsigned long long)early;
			*why = "a header block is longer than " PLAN_LIMIT_TEXT(PLAN_LSP_MAX_HEADER) " bytes";
			return PLAN_LSP_BAD;
		}
		if (parse_headers(r->buf, h, &cl, why) < 0) {
			drop(r, h + 4);
			return PLAN_LSP_BAD;
		}
		if (cl > (unsigned long long)PLAN_LSP_MAX_MESSAGE) {
			drop(r, h + 4);
			r->skip = cl;
			*why = "a message is longer than " PLAN_LSP_MAX_MESSAGE_TEXT;
			return PLAN_LSP_BAD;
		}
		if (r->len - (h + 4) >= cl) {
			*body = r->buf + h + 4;
			*len = (size_t)cl;
			r->used = h + 4 + (size_t)cl;
			return PLAN_LSP_MESSAGE;
		}
		if ((rc = fill(r, h + 4 + (size_t)cl)) <= 0)
			return rc;
	}
}

int plan_lsp_buffered(const plan_lsp_reader *r)
{
	const char *b = r->buf + r->used, *why;
	size_t n = r->len - r->used, h;
	unsigned long long cl;

	if (r->skip || r->resync || !r->buf)
		return 0;
	h = header_end(b, n);
	if (h == n)
		return n > PLAN_LSP_MAX_HEADER;
	if (h > PLAN_LSP_MAX_HEADER || parse_headers(b, h, &cl, &why) < 0 ||
	    cl > (unsigned long long)PLAN_LSP_MAX_MESSAGE)
		return 1;
	return n - (h + 4) >= cl;
}

void plan_lsp_reader_free(plan_lsp_reader *r)
{
	plan_free(r->buf);
	r->buf = NULL;
	r->len = r->cap = r->used = 0;
}

int plan_lsp_write(plan_lsp_write_fn write, void *ctx, const json_t *msg)
{
	char head[64], *body = json_dumps(msg, JSON_COMPACT);
	size_t n;
	int rc;

	if (!body)
		return -1;
	n = strlen(body);
	snprintf(head, sizeof(head), "Content-Length: %zu\r\n\r\n", n);
	rc = write(ctx, head, strlen(head)) < 0 || write(ctx, body, n) < 0 ? -1 : 0;
	plan_free(body);
	return rc;
}
