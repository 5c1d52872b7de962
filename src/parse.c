/*
 * parse.c - from bytes to model: encoding checks, then the generated
 * scanner and parser (grammar/plan.l, grammar/plan.y).
 *
 * The bytes are in the set's arena (read there by the loader, or copied
 * there once), with the two NUL bytes flex needs at the end, and scanned
 * in place (yy_scan_buffer): token offsets are then offsets into
 * src->buf, which diagnostics show.
 */
#include "parse_int.h"
#include "alloc.h"
#include "error.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "plan.tab.h"
#define YYSTYPE PLAN_YYSTYPE
#define YYLTYPE PLAN_YYLTYPE
#include "plan.lex.h"

plan_source *plan_source_new(plan_set *set, const char *path,
			     const char *bytes, size_t len)
{
	char *buf;

	if (len > (size_t)-1 - 2)
		return NULL;
	if (!(buf = plan_arena_alloc(set->arena, len + 2)))
		return NULL;
	if (len)
		memcpy(buf, bytes, len);
	return plan_source_adopt(set, path, buf, len);
}

plan_source *plan_source_adopt(plan_set *set, const char *path, char *buf, size_t len)
{
	plan_source *src = plan_arena_zalloc(set->arena, sizeof(*src));

	if (!src)
		return NULL;
	buf[len] = buf[len + 1] = '\0';
	src->buf = buf;
	src->len = len;
	src->path = plan_arena_strndup(set->arena, path, strlen(path));
	if (!src->path || plan_set_add_source(set, src) < 0)
		return NULL;
	return src;
}

void plan_clip(char *buf, size_t size, const char *s, size_t len, size_t max)
{
	size_t i = 0, chars = 0, o = 0;

	while (i < len && chars < max && o + 8 < size) {
		size_t n = 1;
		unsigned char c = (unsigned char)s[i];
		if (c >= 0xF0) n = 4; else if (c >= 0xE0) n = 3; else if (c >= 0xC0) n = 2;
		if (i + n > len)
			break;
		if (c < 0x20 || c == 0x7f) {
			buf[o++] = '?';
		} else {
			memcpy(buf + o, s + i, n);
			o += n;
		}
		i += n;
		chars++;
	}
	if (i < len && o + 4 <= size) {
		memcpy(buf + o, "...", 3);
		o += 3;
	}
	buf[o] = '\0';
}

void plan_scan_error(plan_parser *p, plan_span at, const char *fmt, ...)
{
	char msg[1024];
	const char *fix = p->fix;
	plan_diag *g;
	va_list ap;

	p->fix = NULL;
	/* Every syntax error of a file counts towards its limit. */
	if (++p->nerrors > PLAN_MAX_SYNTAX_ERRORS)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	g = plan_diag_add(p->diags, PLAN_SEV_ERROR, "syntax", p->src, at, "%s", msg);
	if (fix)
		plan_diag_fix(p->diags, g, p->fix_span, fix, strlen(fix));
}

int plan_textbuf_add(plan_parser *p, plan_textbuf *t, const char *s, size_t len)
{
	if (PLAN_GROW(p->scratch, p->scratch_cap, t->len + len + 2) < 0)
		return PLAN_ENOMEM;
	if (t->len) {
		p->scratch[t->len++] = '\n';
		if (t->blank)
			p->scratch[t->len++] = '\n';
	} else {
		t->starts_para = t->blank;
	}
	t->blank = 0;
	memcpy(p->scratch + t->len, s, len);
	t->len += len;
	return 0;
}

char *plan_text_join(plan_parser *p, plan_str first, const plan_textbuf *t)
{
	size_t sep = first.len && t->len ? (t->starts_para ? 2 : 1) : 0;
	size_t n = first.len + sep + t->len;
	char *s = plan_arena_alloc(p->arena, n + 1), *o;

	if (!s)
		return NULL;
	o = s;
	memcpy(o, first.p, first.len);
	o += first.len;
	while (sep--)
		*o++ = '\n';
	if (t->len)
		memcpy(o, p->scratch, t->len);
	o += t->len;
	*o = '\0';
	return s;
}

/*
 * Windows-1252's characters for the bytes 0x80-0x9F (0: none); 0xA0-0xFF
 * are Latin-1's, the same code points.  Word and Excel on Windows save
 * text in it, and text pasted from them brings its smart quotes and dashes.
 */
static const unsigned short cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* The code point byte c (0x80 or more) stands for in Windows-1252, or 0. */
static unsigned cp1252(unsigned char c)
{
	return c < 0xA0 ? cp1252_high[c - 0x80] : c;
}

/* Writes code point u (below 0x10000) as UTF-8 into out (room for 4). */
static void put_utf8(char *out, unsigned u)
{
	if (u < 0x800) {
		out[0] = (char)(0xC0 | (u >> 6));
		out[1] = (char)(0x80 | (u & 0x3F));
		out[2] = '\0';
	} else {
		out[0] = (char)(0xE0 | (u >> 12));
		out[1] = (char)(0x80 | ((u >> 6) & 0x3F));
		out[2] = (char)(0x80 | (u & 0x3F));
		out[3] = '\0';
	}
}

/*
 * Reports NUL bytes and invalid UTF-8, replacing each bad byte by '?' so
 * that offsets stay as they were.  When every bad byte is a character of
 * Windows-1252, the file was most likely saved in it (or text pasted from
 * Word was): one message says so, at the first.  Otherwise each bad byte
 * gets its own, up to a limit.  Returns -1 for a binary file.
 */
static int check_encoding(plan_parser *p, char *buf, size_t from, size_t len)
{
	size_t i = from, bad = 0, at[PLAN_MAX_ENCODING_ERRORS];
	unsigned char was[PLAN_MAX_ENCODING_ERRORS];
	int windows = 1, smart = 0;

	const char *nul = memchr(buf, '\0', len < PLAN_BINARY_SNIFF ? len : PLAN_BINARY_SNIFF);

	if (nul) {
		plan_span s = { (size_t)(nul - buf), (size_t)(nul - buf) + 1 };
		plan_diag_add(p->diags, PLAN_SEV_ERROR, "encoding", p->src, s,
			      "binary file (NUL byte): not a plan");
		return -1;
	}
	while (i < len) {
		unsigned char c = (unsigned char)buf[i];
		size_t n;

		/* Eight bytes at a time while they are ASCII (no high bit) and
		 * not NUL (adding 0x7F to a byte below 0x80 sets its high bit
		 * unless it is 0, and carries into no other byte). */
		while (i + 8 <= len) {
			const uint64_t high = 0x8080808080808080ull;
			uint64_t w;
			memcpy(&w, buf + i, 8);
			if ((w & high) || ((w + 0x7F7F7F7F7F7F7F7Full) & high) != high)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		c = (unsigned char)buf[i];
		if (c >= 0x20 && c < 0x80) {
			i++;
			continue;
		}
		n = c ? plan_utf8_len(buf + i, len - i) : 0;
		if (n) {
			i += n;
			continue;
		}
		if (c < 0x80 || !cp1252(c))
			windows = 0;
		else if ((c >= 0x91 && c <= 0x97) || c == 0x85)
			smart = 1;
		if (bad < PLAN_MAX_ENCODING_ERRORS)
			at[bad] = i, was[bad] = c;
		bad++;
		buf[i++] = '?';
		p->bad_bytes++;
	}
	if (windows && bad) {
		unsigned char c = was[0];
		char ch[4];
		plan_span s = { at[0], at[0] + 1 };
		put_utf8(ch, cp1252(c));
		plan_diag_add(p->diags, PLAN_SEV_ERROR, "encoding", p->src, s,
			      "invalid UTF-8 (byte 0x%02X, %s in Windows-1252): the file looks saved as "
			      "Windows-1252%s (%zu such byte%s); save it as UTF-8", c, ch,
			      smart ? ", as text pasted from Word with its smart quotes and dashes is" : "",
			      bad, bad == 1 ? "" : "s");
	} else {
		for (i = 0; i < bad && i < PLAN_MAX_ENCODING_ERRORS; i++) {
			plan_span s = { at[i], at[i] + 1 };
			unsigned char c = was[i];
			if (c)
				plan_diag_add(p->diags, PLAN_SEV_ERROR, "encoding", p->src, s,
					      "invalid UTF-8 (byte 0x%02X): save the file as UTF-8", c);
			else
				plan_diag_add(p->diags, PLAN_SEV_ERROR, "encoding", p->src, s,
					      "NUL byte in text");
		}
		if (bad > PLAN_MAX_ENCODING_ERRORS)
			plan_diag_file(p->diags, PLAN_SEV_ERROR, "encoding", p->src->path,
				       "%zu more invalid bytes not shown", bad - PLAN_MAX_ENCODING_ERRORS);
	}
	return 0;
}

/* Scans buf[0..n) (n counting flex's two NULs); PLAN_ENOMEM on failure. */
static int run(plan_parser *p, char *buf, size_t n)
{
	if (setjmp(p->fatal) != 0)
		return PLAN_ENOMEM;
	if (plan_scan_begin(buf, n, p->scanner) < 0)
		return PLAN_ENOMEM;
	if (plan_yyparse(p->scanner, p) == 2 || p->oom)
		return PLAN_ENOMEM;
	return PLAN_OK;
}

int plan_parse(plan_builder *b, plan_source *src)
{
	int nerrors;

	return plan_parse_tokens(b, src, NULL, NULL, &nerrors);
}

int plan_parse_tokens(plan_builder *b, plan_source *src, plan_token_fn fn, void *ctx,
		      int *nerrors)
{
	plan_parser p;
	yyscan_t scanner = NULL;
	char *buf = (char *)src->buf;
	size_t from = 0;
	int rc = PLAN_OK;

	memset(&p, 0, sizeof(p));
	p.b = b;
	p.src = src;
	p.arena = b->set->arena;
	p.diags = &b->set->diags;
	p.base = src->buf;
	p.closed_line = (size_t)-1;
	p.on_token = fn;
	p.token_ctx = ctx;
	*nerrors = 0;

	/* A UTF-8 byte order mark is allowed and ignored. */
	if (src->len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		from = 3;
	if (check_encoding(&p, buf, from, src->len) < 0) {
		*nerrors = 1;
		return PLAN_OK;
	}
	*nerrors = p.bad_bytes;
	if (src->len == from)
		return PLAN_OK;

	if (plan_yylex_init_extra(&p, &scanner) != 0)
		return PLAN_ENOMEM;
	p.scanner = scanner;
	rc = run(&p, buf + from, src->len - from + 2);
	if (p.nerrors > PLAN_MAX_SYNTAX_ERRORS) {
		plan_span end = { src->len, src->len };
		plan_diag_add(p.diags, PLAN_SEV_NOTE, "syntax", src, end,
			      "%d more syntax errors in this file not shown",
			      p.nerrors - PLAN_MAX_SYNTAX_ERRORS);
	}
	plan_yylex_destroy(scanner);
	plan_free(p.scratch);
	*nerrors += p.nerrors;
	if (b->oom)
		rc = PLAN_ENOMEM;
	return rc;
}
