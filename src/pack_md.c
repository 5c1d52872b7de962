/*
 * pack_md.c - the board pack as GitHub-flavoured Markdown: a sink of the
 * pack's walk (pack_doc.c).  Pictures have no Markdown form: the tables
 * say what they show.
 *
 * Escaping: every string from the walk is written through md_text, which
 * makes it literal text wherever it lands: the characters that Markdown
 * or GFM give a meaning inline (\ ` * _ [ ] # ~ |) are backslash-escaped
 * and & < > written as entities, so no link, image, HTML tag, emphasis or
 * table cell boundary can come from a plan; at the start of a line, what
 * would open a block (a list marker, "1.", "-", "+", "=", indentation) is
 * escaped or dropped; a tab is a space; other C0 and C1 controls, DEL
 * and the bidi overrides are dropped, and invalid UTF-8 becomes U+FFFD.  In a table cell a line
 * break is <br>, the one tag written.
 */
#include "pack.h"
#include "diag.h"

#include <string.h>

struct md {
	FILE *out;
	int started;               /* something is written: blocks are separated by a blank line */
};

/* The blank line between two blocks. */
static void block(struct md *m)
{
	if (m->started)
		fputc('\n', m->out);
	m->started = 1;
}

/*
 * Whether the character at s (of len bytes, valid UTF-8) is dropped: a
 * C1 control (U+0080..U+009F) or a bidirectional override or isolate
 * (U+202A..U+202E, U+2066..U+2069), as C0 controls are.
 */
static int dropped(const unsigned char *s, size_t len)
{
	if (len == 2)
		return s[0] == 0xC2 && s[1] <= 0x9F;
	return len == 3 && s[0] == 0xE2 && ((s[1] == 0x80 && s[2] >= 0xAA && s[2] <= 0xAE) ||
					    (s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9));
}

/* Where md_text writes: what a line break becomes there. */
enum { IN_PARA, IN_CELL, IN_HEADING };

/*
 * Writes s as literal Markdown text.  A line break is a hard break in a
 * paragraph, <br> in a table cell, a space in a heading.
 */
static void md_text(FILE *out, const char *str, int where)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t n = strlen(str), i = 0;
	int line_start = 1;

	while (i < n) {
		unsigned char c = s[i];
		size_t len;

		if (c == '\n') {
			fputs(where == IN_CELL ? "<br>" : where == IN_HEADING ? " " : "\\\n", out);
			i++;
			line_start = where == IN_PARA;
			continue;
		}
		if (c == '\t') {
			fputc(' ', out);
			i++;
			continue;
		}
		if (c < 0x20 || c == 0x7F) {
			i++;
			continue;
		}
		if (line_start) {
			/* What would start a block: "1. ", "1) ", "- ", "+ ", "=", indentation. */
			size_t j = i;
			if (c == ' ') {
				i++;
				continue;
			}
			while (j < n && s[j] >= '0' && s[j] <= '9')
				j++;
			if (j > i && j < n && (s[j] == '.' || s[j] == ')')) {
				fwrite(s + i, 1, j - i, out);
				fputc('\\', out);
				fputc(s[j], out);
				i = j + 1;
				line_start = 0;
				continue;
			}
			if (c == '-' || c == '+' || c == '=')
				fputc('\\', out);
		}
		line_start = 0;
		if (c >= 0x80) {
			len = plan_utf8_len((const char *)s + i, n - i);
			if (!len) {
				fputs("\xEF\xBF\xBD", out);
				i++;
				continue;
			}
			if (dropped(s + i, len)) {
				i += len;
				continue;
			}
			fwrite(s + i, 1, len, out);
			i += len;
			continue;
		}
		switch (c) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '|': fputs("\\|", out); break;
		case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '~':
			fputc('\\', out);
			fputc(c, out);
			break;
		default:
			fputc(c, out);
		}
		i++;
	}
}

static void md_begin(void *ctx, const char *title)
{
	(void)ctx;
	(void)title;
}

static void md_heading(void *ctx, int level, const char *anchor, const char *text)
{
	struct md *m = ctx;

	(void)anchor;    /* GitHub makes its own anchors from the heading's text */
	block(m);
	fprintf(m->out, "%.*s ", level, "######");
	md_text(m->out, text, IN_HEADING);
	fputc('\n', m->out);
}

static void md_para(void *ctx, const char *text)
{
	struct md *m = ctx;

	block(m);
	md_text(m->out, text, IN_PARA);
	fputc('\n', m->out);
}

static void md_table_begin(void *ctx, size_t ncols, const char *const *heads, const unsigned char *numeric)
{
	struct md *m = ctx;
	size_t c;

	block(m);
	fputc('|', m->out);
	for (c = 0; c < ncols; c++) {
		fputc(' ', m->out);
		md_text(m->out, heads[c], IN_CELL);
		fputs(" |", m->out);
	}
	fputs("\n|", m->out);
	for (c = 0; c < ncols; c++)
		fputs(numeric[c] ? " ---: |" : " --- |", m->out);
	fputc('\n', m->out);
}

static void md_row(void *ctx, const plan_pack_cell *cells, size_t n, const char *anchor)
{
	struct md *m = ctx;
	size_t c;

	(void)anchor;
	fputc('|', m->out);
	for (c = 0; c < n; c++) {
		const plan_pack_cell *x = &cells[c];
		fputc(' ', m->out);
		switch (x->kind) {
		case PLAN_CELL_COUNT:
			fprintf(m->out, "%zu", x->count);
			break;
		case PLAN_CELL_RAG:
			fputs(x->rag == PLAN_RAG_RED ? "**Red**" : x->rag == PLAN_RAG_AMBER ? "**Amber**"
			      : x->rag == PLAN_RAG_GREEN ? "Green" : "unrated", m->out);
			break;
		default:
			if (x->text)
				md_text(m->out, x->text, IN_CELL);
			break;
		}
		fputs(" |", m->out);
	}
	fputc('\n', m->out);
}

static void md_table_end(void *ctx)
{
	(void)ctx;
}

static void md_picture(void *ctx, plan_pack_picture kind, const plan_pack *pack, const plan_measure *m)
{
	(void)ctx;
	(void)kind;
	(void)pack;
	(void)m;
}

static void md_end(void *ctx)
{
	(void)ctx;
}

int plan_pack_markdown(const plan_pack *pack, FILE *out)
{
	struct md m = { out, 0 };
	const plan_pack_sink sink = {
		&m, md_begin, md_heading, md_para, md_table_begin, md_row, md_table_end, md_picture, md_end
	};

	if (plan_pack_walk(pack, &sink) < 0)
		return -1;
	return ferror(out) ? -1 : 0;
}
