/*
 * pack_html.c - the board pack as one HTML5 page: a sink of the walk of
 * the pack (plan_pack_walk, pack_doc.c), so that it says what the
 * markdown says, in the same order.
 *
 * The page is self-contained: its styles are inline in one <style>, it
 * has no script and fetches nothing, and its pictures are inline SVG.  It
 * is written straight to the FILE as the walk goes, never built in
 * memory: the only allocations are a table's column flags and a
 * measure's points (sorted by date), so output and memory stay linear in
 * the pack.
 *
 * Escaping: every string that reaches the page, whether plan text, an
 * anchor, a number made here or a label of a picture, goes through one
 * writer, put_text, which writes what is safe in HTML text, in a quoted
 * attribute and in SVG alike: & < > " ' as references; tab and line feed
 * as they are; every other C0 control, DEL, C1 control, noncharacter and
 * bidirectional embedding, override or isolate (U+202A-U+202E,
 * U+2066-U+2069, which would reorder what the reader sees) as U+FFFD; a
 * byte that starts no valid UTF-8 character as U+FFFD.  The
 * markup around it is this file's own, written as literals.
 *
 * Reading it: headings h1 to h5 as the walk gives them; tables with
 * <thead> and th scope="col", an action's row with its id as th
 * scope="row" and an id to link to; text cells keep their line breaks
 * (white-space: pre-line); a rating is always its word on a light fill
 * (dark text, contrast far above WCAG 2 AA), never a colour alone.  Each
 * picture repeats what a table beside it says, with a <title> and an
 * aria-label for those who cannot see it.  Printing: A4 landscape, the
 * header of a table repeated on each page, a row never split.
 */
#include "pack.h"
#include "alloc.h"
#include "date.h"
#include "diag.h"
#include "error.h"
#include "measure.h"

#include <stdlib.h>
#include <string.h>

struct html {
	FILE *out;
	size_t ncols;              /* of the open table, 0 when none */
	unsigned char *numeric;    /* its right-aligned columns, or NULL */
	int body;                  /* a row was written: <tbody> is open */
	int oom;                   /* memory ran out in a sink */
};

/* ---------------------------------------------------------------------- */
/* The one writer of strings.                                              */

static const char replacement[] = "\xef\xbf\xbd";   /* U+FFFD */

/* The code point of the valid UTF-8 sequence s[0..len). */
static unsigned long code_point(const unsigned char *s, size_t len)
{
	static const unsigned char lead_mask[5] = { 0, 0x7f, 0x1f, 0x0f, 0x07 };
	unsigned long c = s[0] & lead_mask[len];
	size_t i;

	for (i = 1; i < len; i++)
		c = (c << 6) | (s[i] & 0x3f);
	return c;
}

/*
 * Writes s[0..n), any bytes, as HTML text that is also safe inside a
 * quoted attribute and in inline SVG (see the top of this file).
 */
static void put_text(FILE *out, const char *s, size_t n)
{
	size_t i = 0, run = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		const char *rep = NULL;
		size_t len = 1;

		if (c >= 0x80) {
			len = plan_utf8_len(s + i, n - i);
			if (!len) {
				rep = replacement;
				len = 1;
			} else {
				unsigned long cp = code_point((const unsigned char *)s + i, len);
				if ((cp >= 0x80 && cp <= 0x9f) || (cp >= 0xfdd0 && cp <= 0xfdef) ||
				    (cp & 0xfffe) == 0xfffe || (cp >= 0x202a && cp <= 0x202e) ||
				    (cp >= 0x2066 && cp <= 0x2069))
					rep = replacement;
			}
		} else {
			switch (c) {
			case '&': rep = "&amp;"; break;
			case '<': rep = "&lt;"; break;
			case '>': rep = "&gt;"; break;
			case '"': rep = "&quot;"; break;
			case '\'': rep = "&#39;"; break;
			case '\t':
			case '\n':
				break;
			default:
				if (c < 0x20 || c == 0x7f)
					rep = replacement;
			}
		}
		if (rep) {
			fwrite(s + run, 1, i - run, out);
			fputs(rep, out);
			run = i + len;
		}
		i += len;
	}
	fwrite(s + run, 1, n - run, out);
}

/* The same for a NUL-terminated s; NULL writes nothing. */
static void puts_text(FILE *out, const char *s)
{
	if (s)
		put_text(out, s, strlen(s));
}

/* ---------------------------------------------------------------------- */
/* The page.                                                               */

/*
 * Light fills with dark text (#1b1b1b): each pair is above 10:1, and a
 * rating also says its word.  ORDER: as plan_rag (NONE, RED, AMBER, GREEN).
 */
static const char *const rag_fill[] = { "#e3e3e3", "#f7c9c9", "#ffdf9e", "#c9e7c9" };
static const char *const rag_word[] = { "Unrated", "Red", "Amber", "Green" };
static const char *const rag_class[] = { "u", "r", "a", "g" };
static const char *const rag_lower[] = { "unrated", "red", "amber", "green" };

static const char style[] =
	"body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif;"
	"color:#1b1b1b;background:#fff;margin:0;line-height:1.4;font-size:15px}\n"
	"main{max-width:1400px;margin:0 auto;padding:1rem 1.5rem}\n"
	"h1{font-size:1.7rem;margin:.5rem 0}h2{font-size:1.35rem;margin:1.6rem 0 .5rem;"
	"border-bottom:2px solid #1f3a5f}h3{font-size:1.15rem;margin:1.2rem 0 .4rem}"
	"h4,h5{font-size:1rem;margin:1rem 0 .3rem}\n"
	"p,td,th{white-space:pre-line}\n"
	"p{margin:.4rem 0}\n"
	"a{color:#0b4f9c}\n"
	"table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.9rem}\n"
	"th,td{border:1px solid #8a8f96;padding:.25rem .4rem;text-align:left;vertical-align:top;"
	"overflow-wrap:break-word}\n"
	"thead th{background:#e6ebf2}\n"
	"tbody th{font-weight:600}\n"
	"tbody tr:nth-child(even){background:#f6f7f9}\n"
	"tr:target{outline:3px solid #0b4f9c}\n"
	"td.w{min-width:22em}\n"
	".n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
	".rag{display:inline-block;min-width:4.5em;padding:0 .35em;border:1px solid #444;"
	"border-radius:3px;color:#1b1b1b;font-weight:600;text-align:center;white-space:nowrap}\n"
	".rag.r{background:#f7c9c9}.rag.a{background:#ffdf9e}.rag.g{background:#c9e7c9}"
	".rag.u{background:#e3e3e3;font-weight:400}\n"
	".st-overdue{color:#8a0000;font-weight:700}.st-stale{color:#6b4400;font-weight:700}\n"
	"figure{margin:.5rem 0 1rem}figcaption{font-weight:600;margin:.2rem 0}\n"
	"svg{max-width:100%;height:auto;display:block}\n"
	"svg text{font-family:inherit;fill:#1b1b1b}\n"
	"@media print{\n"
	"@page{size:A4 landscape;margin:12mm 10mm}\n"
	"body{font-size:9pt}\n"
	"main{max-width:none;padding:0}\n"
	"thead{display:table-header-group}\n"
	"tr,figure{break-inside:avoid}\n"
	"h1,h2,h3,h4,h5{break-after:avoid;break-inside:avoid}\n"
	"a{color:inherit;text-decoration:none}\n"
	"*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
	"tr:target{outline:none}\n"
	"}\n";

/* The most characters of the page's <title> ("..." included). */
#define TITLE_MAX 70

static void h_begin(void *ctx, const char *title)
{
	struct html *h = ctx;
	char clipped[300];

	/* A window's title: one line, cut short as a tab would show it. */
	if (!title || !*title)
		title = "Board pack";
	plan_clip(clipped, sizeof(clipped), title, strcspn(title, "\n"), TITLE_MAX);
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>", h->out);
	puts_text(h->out, clipped);
	fputs("</title>\n<style>\n", h->out);
	fputs(style, h->out);
	fputs("</style>\n</head>\n<body>\n<main>\n", h->out);
}

static void h_heading(void *ctx, int level, const char *anchor, const char *text)
{
	struct html *h = ctx;

	if (level < 1)
		level = 1;
	if (level > 5)
		level = 5;
	fprintf(h->out, "<h%d", level);
	if (anchor) {
		fputs(" id=\"", h->out);
		puts_text(h->out, anchor);
		fputc('"', h->out);
	}
	fputc('>', h->out);
	puts_text(h->out, text);
	fprintf(h->out, "</h%d>\n", level);
}

static void h_para(void *ctx, const char *text)
{
	struct html *h = ctx;

	fputs("<p>", h->out);
	puts_text(h->out, text);
	fputs("</p>\n", h->out);
}

static void h_table_begin(void *ctx, size_t ncols, const char *const *heads, const unsigned char *numeric)
{
	struct html *h = ctx;
	size_t i;

	plan_free(h->numeric);
	h->numeric = NULL;
	h->ncols = ncols;
	h->body = 0;
	if (numeric && ncols) {
		h->numeric = plan_malloc(ncols);
		if (h->numeric)
			memcpy(h->numeric, numeric, ncols);
		else
			h->oom = 1;
	}
	fputs("<table>\n<thead>\n<tr>", h->out);
	for (i = 0; i < ncols; i++) {
		fputs(numeric && numeric[i] ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">", h->out);
		puts_text(h->out, heads[i]);
		fputs("</th>", h->out);
	}
	fputs("</tr>\n</thead>\n", h->out);
}

/* Writes the content of cell c (its <td> or <th> is the caller's). */
static void cell(struct html *h, const plan_pack_cell *c)
{
	char num[32];

	switch (c->kind) {
	case PLAN_CELL_REF:
		if (c->anchor) {
			fputs("<a href=\"#", h->out);
			puts_text(h->out, c->anchor);
			fputs("\">", h->out);
			puts_text(h->out, c->text);
			fputs("</a>", h->out);
		} else {
			puts_text(h->out, c->text);
		}
		break;
	case PLAN_CELL_RAG: {
		int r = c->rag >= PLAN_RAG_NONE && c->rag <= PLAN_RAG_GREEN ? (int)c->rag : 0;
		fprintf(h->out, "<span class=\"rag %s\">%s</span>", rag_class[r], rag_word[r]);
		break;
	}
	case PLAN_CELL_COUNT:
		snprintf(num, sizeof(num), "%zu", c->count);
		puts_text(h->out, num);
		break;
	case PLAN_CELL_STATUS:
		if (c->text && (!strcmp(c->text, "overdue") || !strcmp(c->text, "stale"))) {
			fprintf(h->out, "<span class=\"st-%s\">", c->text);
			puts_text(h->out, c->text);
			fputs("</span>", h->out);
		} else {
			puts_text(h->out, c->text);
		}
		break;
	case PLAN_CELL_TEXT:
	default:
		puts_text(h->out, c->text);
		break;
	}
}

/* A text cell longer than this, in bytes, is given a column at least 22em wide. */
#define WIDE_TEXT 200

static void h_row(void *ctx, const plan_pack_cell *cells, size_t n, const char *anchor)
{
	struct html *h = ctx;
	size_t i;

	if (!h->body) {
		fputs("<tbody>\n", h->out);
		h->body = 1;
	}
	fputs("<tr", h->out);
	if (anchor) {
		fputs(" id=\"", h->out);
		puts_text(h->out, anchor);
		fputc('"', h->out);
	}
	fputc('>', h->out);
	for (i = 0; i < n; i++) {
		int num = h->numeric && i < h->ncols && h->numeric[i];
		/* The first cell names the row (an action's id, a group, a kind)
		 * unless it is a number or a rating. */
		int head = i == 0 && n > 1 && (cells[i].kind == PLAN_CELL_TEXT || cells[i].kind == PLAN_CELL_REF);
		const char *tag = head ? "th" : "td";

		/* A long text keeps its line breaks, so its widest line can be
		 * narrower than a short title's: it gets room of its own. */
		int wide = !num && cells[i].kind == PLAN_CELL_TEXT && cells[i].text &&
			   strlen(cells[i].text) > WIDE_TEXT;

		fprintf(h->out, "<%s%s%s>", tag, head ? " scope=\"row\"" : "",
			num ? " class=\"n\"" : wide ? " class=\"w\"" : "");
		cell(h, &cells[i]);
		fprintf(h->out, "</%s>", tag);
	}
	fputs("</tr>\n", h->out);
}

static void h_table_end(void *ctx)
{
	struct html *h = ctx;

	if (h->body)
		fputs("</tbody>\n", h->out);
	fputs("</table>\n", h->out);
	plan_free(h->numeric);
	h->numeric = NULL;
	h->ncols = 0;
	h->body = 0;
}

static void h_end(void *ctx)
{
	struct html *h = ctx;

	fputs("</main>\n</body>\n</html>\n", h->out);
}

/* ---------------------------------------------------------------------- */
/* Pictures: inline SVG, each with a <title> and an aria-label.            */

/*
 * Opens the <svg> of a picture w by ht, and its <figure> first when
 * figure is set; label is its text alternative.
 */
static void svg_open(struct html *h, int w, int ht, const char *label, int figure)
{
	if (figure)
		fputs("<figure>\n", h->out);
	fprintf(h->out, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
		"viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" aria-label=\"", w, ht, w, ht);
	puts_text(h->out, label);
	fputs("\">\n<title>", h->out);
	puts_text(h->out, label);
	fputs("</title>\n", h->out);
}

static void svg_close(struct html *h)
{
	fputs("</svg>\n</figure>\n", h->out);
}

/* <text> at x, y, anchored ("start", "middle", "end"), of size px, with s escaped. */
static void svg_text(struct html *h, double x, double y, const char *anchor, int size, const char *s)
{
	fprintf(h->out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">", x, y, anchor, size);
	puts_text(h->out, s);
	fputs("</text>\n", h->out);
}

/* The legend of the ratings, in words beside their fills, from (x, y). */
static void rag_legend(struct html *h, double x, double y)
{
	static const int order[] = { PLAN_RAG_GREEN, PLAN_RAG_AMBER, PLAN_RAG_RED, PLAN_RAG_NONE };
	size_t k;

	for (k = 0; k < 4; k++) {
		int r = order[k];
		fprintf(h->out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"14\" fill=\"%s\" "
			"stroke=\"#333\"/>\n", x, y - 11, rag_fill[r]);
		svg_text(h, x + 19, y, "start", 13, rag_word[r]);
		x += 110;
	}
}

/* At most this many bars: past it, a line says how many more the summary table has. */
#define BARS_MAX 40

/*
 * A horizontal bar per plan and section: its open actions by rating
 * (green, amber, red, unrated), each segment with its count, scaled to
 * the largest.
 */
static void rag_bars(struct html *h, const plan_pack *pack)
{
	static const int order[] = { PLAN_RAG_GREEN, PLAN_RAG_AMBER, PLAN_RAG_RED, PLAN_RAG_NONE };
	const int label_w = 330, bar_w = 640, bar_h = 22, gap = 8, top = 34;
	size_t i, nbars = 0, more = 0, maxopen = 0;
	char buf[400], num[32];
	int w = label_w + bar_w + 80, ht;
	double y;

	for (i = 0; i < pack->ngroups; i++) {
		const plan_pack_group *g = &pack->groups[i];
		if (g->kind == PLAN_KIND_OBJECTIVE)
			continue;
		if (nbars < BARS_MAX)
			nbars++;
		else
			more++;
		if (g->counts.open > maxopen)
			maxopen = g->counts.open;
	}
	if (!nbars)
		return;
	ht = top + (int)nbars * (bar_h + gap) + (more ? 24 : 0) + 8;
	snprintf(buf, sizeof(buf), "Open actions by rating, per plan and section: %zu open in all, "
		 "%zu green, %zu amber, %zu red, %zu unrated", pack->total.open,
		 pack->total.rag[PLAN_RAG_GREEN], pack->total.rag[PLAN_RAG_AMBER],
		 pack->total.rag[PLAN_RAG_RED], pack->total.rag[PLAN_RAG_NONE]);
	svg_open(h, w, ht, buf, 1);
	rag_legend(h, label_w, 18);
	y = top;
	nbars = 0;
	for (i = 0; i < pack->ngroups && nbars < BARS_MAX; i++) {
		const plan_pack_group *g = &pack->groups[i];
		char name[300];
		double x = label_w;
		size_t k;

		if (g->kind == PLAN_KIND_OBJECTIVE)
			continue;
		nbars++;
		snprintf(buf, sizeof(buf), "%s%s%s", g->id ? g->id : "", g->id && g->title ? " " : "",
			 g->title ? g->title : "");
		plan_clip(name, sizeof(name), buf, strcspn(buf, "\n"), g->depth ? 42 : 36);
		fprintf(h->out, "<g>\n<title>");
		puts_text(h->out, name);
		snprintf(num, sizeof(num), ": %zu open", g->counts.open);
		puts_text(h->out, num);
		fputs("</title>\n", h->out);
		fprintf(h->out, "<text x=\"%d\" y=\"%.1f\" font-size=\"13\"%s>", g->depth ? 18 : 4,
			y + bar_h - 6, g->depth ? "" : " font-weight=\"700\"");
		puts_text(h->out, name);
		fputs("</text>\n", h->out);
		for (k = 0; k < 4; k++) {
			size_t c = g->counts.rag[order[k]];
			double sw = maxopen ? (double)bar_w * (double)c / (double)maxopen : 0;
			if (!c)
				continue;
			fprintf(h->out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\" "
				"stroke=\"#333\"/>\n", x, y, sw, bar_h, rag_fill[order[k]]);
			snprintf(num, sizeof(num), "%zu", c);
			/* A count too wide for its segment is said after the bar instead
			 * ("12 open (1 green)"), with the rating's word. */
			if (sw >= 8.0 * (double)strlen(num) + 6)
				svg_text(h, x + sw / 2, y + bar_h - 6, "middle", 13, num);
			x += sw;
		}
		snprintf(buf, sizeof(buf), "%zu open", g->counts.open);
		if (g->counts.open) {
			char *p = buf + strlen(buf);
			size_t left = sizeof(buf) - strlen(buf);
			int first = 1;
			for (k = 0; k < 4; k++) {
				size_t c = g->counts.rag[order[k]];
				double sw = maxopen ? (double)bar_w * (double)c / (double)maxopen : 0;
				int m;
				snprintf(num, sizeof(num), "%zu", c);
				if (!c || sw >= 8.0 * (double)strlen(num) + 6)
					continue;
				m = snprintf(p, left, "%s%zu %s", first ? " (" : ", ", c, rag_lower[order[k]]);
				if (m < 0 || (size_t)m >= left)
					break;
				p += m;
				left -= (size_t)m;
				first = 0;
			}
			if (!first && left > 1)
				strcpy(p, ")");
		}
		svg_text(h, x + 6, y + bar_h - 6, "start", 12, buf);
		fputs("</g>\n", h->out);
		y += bar_h + gap;
	}
	if (more) {
		snprintf(buf, sizeof(buf), "and %zu more plans and sections: the summary table has them all", more);
		svg_text(h, 4, y + 14, "start", 13, buf);
	}
	svg_close(h);
}

/* The timeline's columns: deadlines that fall in one column share it. */
#define TL_COLS 120
/* Marks stacked in a column at most; past that, "+N" says how many more. */
#define TL_STACK 10
/* How far from today the axis reaches at most, in days (five years). */
#define TL_REACH 1827

static const char *const month_abbr[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

/*
 * The open actions' effective deadlines against today: a mark per
 * action on a time axis, a circle for one still ahead, a cross for one
 * overdue; deadlines that fall in one column are stacked and past
 * TL_STACK counted.  One pass to find the span, one to count, then a
 * fixed number of columns: linear in the actions, bounded in size.
 */
static void timeline(struct html *h, const plan_pack *pack)
{
	const int x0 = 50, plot_w = 960, step = 11, axis_y = 40 + TL_STACK * 11 + 24;
	const int w = x0 + plot_w + 60, ht = axis_y + 58;
	size_t ahead[TL_COLS], late[TL_COLS];
	size_t i, n = 0, noverdue = 0, before = 0, after = 0;
	long lo = 0, hi = 0, today = pack->opt.today, span;
	char buf[400], a[64], b[64], t[64];
	long long yy;
	int mm, dd, months, every, c;
	plan_date d;

	memset(ahead, 0, sizeof(ahead));
	memset(late, 0, sizeof(late));
	for (i = 0; i < pack->nitems; i++) {
		const plan_pack_item *it = &pack->items[i];
		long day = it->st.deadline_day;
		if (it->st.closed || !it->st.deadline)
			continue;
		if (day < today - TL_REACH) {
			before++;
			continue;
		}
		if (day > today + TL_REACH) {
			after++;
			continue;
		}
		if (!n || day < lo)
			lo = day;
		if (!n || day > hi)
			hi = day;
		n++;
	}
	if (!n) {
		fputs("<p>No open action has a deadline to show on a timeline.</p>\n", h->out);
		return;
	}
	if (today < lo)
		lo = today;
	if (today > hi)
		hi = today;
	/* Whole months, from the first of lo's month to the end of hi's. */
	plan_day_from_number(lo, &yy, &mm, &dd);
	lo = plan_day_number((int)yy, mm, 1);
	plan_day_from_number(hi, &yy, &mm, &dd);
	hi = plan_day_number((int)yy, mm, plan_days_in_month((int)yy, mm));
	span = hi - lo + 1;
	for (i = 0; i < pack->nitems; i++) {
		const plan_pack_item *it = &pack->items[i];
		long day = it->st.deadline_day;
		if (it->st.closed || !it->st.deadline || day < lo || day > hi)
			continue;
		c = (int)((day - lo) * TL_COLS / span);
		if (it->st.days_overdue > 0) {
			late[c]++;
			noverdue++;
		} else {
			ahead[c]++;
		}
	}
	plan_day_from_number(lo, &yy, &mm, &dd);
	d = (plan_date){ (int)yy, mm, 1, PLAN_PREC_MONTH };
	plan_date_human(a, sizeof(a), &d);
	plan_day_from_number(hi, &yy, &mm, &dd);
	d = (plan_date){ (int)yy, mm, 1, PLAN_PREC_MONTH };
	plan_date_human(b, sizeof(b), &d);
	plan_day_from_number(today, &yy, &mm, &dd);
	d = (plan_date){ (int)yy, mm, dd, PLAN_PREC_DAY };
	plan_date_human(t, sizeof(t), &d);
	snprintf(buf, sizeof(buf), "Deadlines of %zu open actions from %s to %s against today, %s: "
		 "%zu overdue, %zu still ahead", n, a, b, t, noverdue, n - noverdue);
	svg_open(h, w, ht, buf, 1);

	/* The legend, in words. */
	fputs("<circle cx=\"58\" cy=\"14\" r=\"4.5\" fill=\"#1f5f99\"/>\n", h->out);
	svg_text(h, 68, 18, "start", 13, "deadline ahead");
	fputs("<path d=\"M220 9.5l9 9m0 -9l-9 9\" stroke=\"#b00020\" stroke-width=\"2.5\"/>\n", h->out);
	svg_text(h, 236, 18, "start", 13, "overdue");

	/* The axis and its months. */
	fprintf(h->out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#1b1b1b\"/>\n",
		x0, axis_y, x0 + plot_w, axis_y);
	months = (int)(span / 30) + 1;
	every = months <= 12 ? 1 : months <= 24 ? 2 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
	plan_day_from_number(lo, &yy, &mm, &dd);
	for (;;) {
		long day = plan_day_number((int)yy, mm, 1);
		double x;
		if (day > hi)
			break;
		x = x0 + (double)plot_w * (double)(day - lo) / (double)span;
		if ((mm - 1) % every == 0) {
			fprintf(h->out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1b1b1b\"/>\n",
				x, axis_y, x, axis_y + 6);
			if (every == 12 || mm == 1)
				snprintf(a, sizeof(a), "%s %lld", month_abbr[mm - 1], yy);
			else
				snprintf(a, sizeof(a), "%s", month_abbr[mm - 1]);
			svg_text(h, x, axis_y + 20, "middle", 12, a);
		}
		if (++mm > 12) {
			mm = 1;
			yy++;
		}
	}

	/* Today. */
	{
		double x = x0 + (double)plot_w * (double)(today - lo) / (double)span;
		fprintf(h->out, "<line x1=\"%.1f\" y1=\"32\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1b1b1b\" "
			"stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\n", x, x, axis_y + 30);
		snprintf(buf, sizeof(buf), "today, %s", t);
		svg_text(h, x, axis_y + 44, "middle", 13, buf);
	}

	/* The marks: overdue at the bottom of a column, then those ahead. */
	for (c = 0; c < TL_COLS; c++) {
		size_t total = late[c] + ahead[c], k;
		double x = x0 + ((double)c + 0.5) * plot_w / TL_COLS;
		long from = lo + (long)c * span / TL_COLS, to = lo + (long)(c + 1) * span / TL_COLS - 1;
		char d1[11], d2[11];
		long long y1;
		int m1, dd1;

		if (!total)
			continue;
		plan_day_from_number(from, &y1, &m1, &dd1);
		plan_day_format(d1, (int)y1, m1, dd1);
		plan_day_from_number(to, &y1, &m1, &dd1);
		plan_day_format(d2, (int)y1, m1, dd1);
		snprintf(buf, sizeof(buf), "%s to %s: %zu overdue, %zu ahead", d1, d2, late[c], ahead[c]);
		fputs("<g>\n<title>", h->out);
		puts_text(h->out, buf);
		fputs("</title>\n", h->out);
		for (k = 0; k < total && k < TL_STACK; k++) {
			double y = axis_y - 8 - (double)k * step;
			if (k < late[c])
				fprintf(h->out, "<path d=\"M%.1f %.1fl8 8m0 -8l-8 8\" stroke=\"#b00020\" "
					"stroke-width=\"2.5\"/>\n", x - 4, y - 4);
			else
				fprintf(h->out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"#1f5f99\"/>\n", x, y);
		}
		if (total > TL_STACK) {
			snprintf(a, sizeof(a), "+%zu", total - TL_STACK);
			svg_text(h, x, axis_y - 8 - TL_STACK * step, "middle", 11, a);
		}
		fputs("</g>\n", h->out);
	}
	svg_close(h);
	if (before || after) {
		snprintf(buf, sizeof(buf), "Not on the timeline, more than five years from today: "
			 "%zu open action%s with an earlier deadline, %zu with a later one.",
			 before, before == 1 ? "" : "s", after);
		h_para(h, buf);
	}
}

/* A point of a measure's picture. */
struct point {
	long day;                  /* the last day of its figure's period */
	double v;
	const plan_figure *f;
};

static int point_cmp(const void *pa, const void *pb)
{
	const struct point *a = pa, *b = pb;

	return (a->day > b->day) - (a->day < b->day);
}

/* Reads f of m as a point: 1, or 0 when it has no value or date. */
static int point_of(const plan_measure *m, const plan_figure *f, struct point *p)
{
	plan_date last;
	int percent;

	if (f->problem != PLAN_FIGURE_OK || !f->has_date || !plan_figure_value(m, f, &p->v, &percent))
		return 0;
	last = plan_date_last_day(&f->date);
	p->day = plan_day_number(last.year, last.month, last.day);
	p->f = f;
	return 1;
}

/*
 * A step for about four to six ticks over range (> 0): 1, 2 or 5 times
 * a power of ten.  Without libm: the power is found by multiplying (a
 * figure has at most PLAN_FIGURE_MAX_DIGITS digits; the bounds keep the
 * loops short whatever the range).
 */
static double nice_step(double range)
{
	double p = 1, raw = range / 5;

	while (p * 10 <= raw && p < 1e300)
		p *= 10;
	while (p > raw && p > 1e-9)
		p /= 10;
	if (p * 5 <= raw)
		return p * 10;
	if (p * 2 <= raw)
		return p * 5;
	return p * 2;
}

/* The multiple of step at or below v (at or above when up). */
static double snap(double v, double step, int up)
{
	double k = (double)(long long)(v / step);

	if (up ? k * step < v : k * step > v)
		k += up ? 1 : -1;
	return k * step;
}

/*
 * A measure's figures over time: its actuals as a line of points (in
 * date order: sorted, the one allocation), its targets and milestones as
 * diamonds, its baseline as a dashed level across; the value axis in
 * round steps, the time axis in years; each point labelled with its
 * value while there are few.
 */
static void measure_picture(struct html *h, const plan_measure *m)
{
	const int x0 = 80, y0 = 40, plot_w = 800, plot_h = 200, w = x0 + plot_w + 40;
	const int ht = y0 + plot_h + 40;
	const plan_figure *lists[3], *f;
	struct point *acts = NULL, p, base;
	size_t nact = 0, k, npoints = 0;
	int has_base, l;
	long dlo = 0, dhi = 0;
	double vlo = 0, vhi = 0, step, v;
	char name[200], buf[600], val[200], when[64];

	plan_measure_name(name, sizeof(name), m->text ? m->text : "");
	lists[0] = m->actuals.head;
	lists[1] = m->targets.head;
	lists[2] = m->milestones.head;
	has_base = plan_measure_baseline(m) && point_of(m, plan_measure_baseline(m), &base);
	if (has_base) {
		dlo = dhi = base.day;
		vlo = vhi = base.v;
		npoints++;
	}
	for (l = 0; l < 3; l++)
		for (f = lists[l]; f; f = f->next) {
			if (!point_of(m, f, &p))
				continue;
			if (!npoints || p.day < dlo)
				dlo = p.day;
			if (!npoints || p.day > dhi)
				dhi = p.day;
			if (!npoints || p.v < vlo)
				vlo = p.v;
			if (!npoints || p.v > vhi)
				vhi = p.v;
			npoints++;
			if (l == 0)
				nact++;
		}
	if (!npoints) {
		snprintf(buf, sizeof(buf), "%s: no dated figure to draw.", name);
		h_para(h, buf);
		return;
	}
	if (nact) {
		acts = plan_calloc(nact, sizeof(*acts));
		if (!acts) {
			h->oom = 1;
			return;
		}
		nact = 0;
		for (f = m->actuals.head; f; f = f->next)
			if (point_of(m, f, &acts[nact]))
				nact++;
		qsort(acts, nact, sizeof(*acts), point_cmp);
	}
	/* Values: from 0 when that keeps the line readable, in round steps. */
	if (vlo > 0 && vlo < vhi * 0.5)
		vlo = 0;
	if (vhi == vlo) {
		double d = vhi > 0 ? vhi * 0.1 : vhi < 0 ? -vhi * 0.1 : 1;
		vhi += d;
		vlo -= d;
	}
	step = nice_step(vhi - vlo);
	vlo = snap(vlo, step, 0);
	vhi = snap(vhi, step, 1);
	/* Dates: at least a year. */
	if (dhi - dlo < 365) {
		dlo -= (365 - (dhi - dlo)) / 2;
		dhi = dlo + 365;
	}
#define PX(day) (x0 + (double)plot_w * (double)((day) - dlo) / (double)(dhi - dlo))
#define PY(v) (y0 + plot_h - (double)plot_h * ((v) - vlo) / (vhi - vlo))

	if (nact) {
		plan_figure_format(val, sizeof(val), m, acts[nact - 1].f);
		plan_date_human(when, sizeof(when), &acts[nact - 1].f->date);
		snprintf(buf, sizeof(buf), "%s: %zu actual%s, the latest %s for %s", name, nact,
			 nact == 1 ? "" : "s", val, when);
	} else {
		snprintf(buf, sizeof(buf), "%s: no actual yet", name);
	}
	if (plan_measure_final_target(m)) {
		size_t len = strlen(buf);
		plan_figure_format(val, sizeof(val), m, plan_measure_final_target(m));
		plan_date_human(when, sizeof(when), &plan_measure_final_target(m)->date);
		snprintf(buf + len, sizeof(buf) - len, "; target %s for %s", val, when);
	}
	fputs("<figure>\n<figcaption>", h->out);
	puts_text(h->out, name);
	fputs("</figcaption>\n", h->out);
	svg_open(h, w, ht, buf, 0);

	/* The legend. */
	fputs("<polyline points=\"86,14 116,14\" fill=\"none\" stroke=\"#1f5f99\" stroke-width=\"2.5\"/>"
	      "<circle cx=\"101\" cy=\"14\" r=\"4\" fill=\"#1f5f99\"/>\n", h->out);
	svg_text(h, 122, 18, "start", 13, "actual");
	fputs("<path d=\"M196 7l7 7l-7 7l-7 -7z\" fill=\"#fff\" stroke=\"#6b2c91\" stroke-width=\"2\"/>\n", h->out);
	svg_text(h, 209, 18, "start", 13, "target or milestone");
	fputs("<line x1=\"360\" y1=\"14\" x2=\"390\" y2=\"14\" stroke=\"#555\" stroke-width=\"2\" "
	      "stroke-dasharray=\"6 4\"/>\n", h->out);
	svg_text(h, 396, 18, "start", 13, "baseline");

	/* The value axis, in round steps, with light lines across. */
	for (v = vlo, k = 0; v <= vhi + step / 2 && k < 20; v += step, k++) {
		double y = PY(v);
		fprintf(h->out, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d5d8dc\"/>\n",
			x0, y, x0 + plot_w, y);
		plan_number_format(val, sizeof(val), v);
		svg_text(h, x0 - 6, y + 4, "end", 12, val);
	}
	fprintf(h->out, "<path d=\"M%d %dv%dh%d\" fill=\"none\" stroke=\"#1b1b1b\"/>\n",
		x0, y0, plot_h, plot_w);
	/* The time axis: each year's start, labelled, every second or more when many. */
	{
		long long y1, y2;
		int mm, dd, every;
		plan_day_from_number(dlo, &y1, &mm, &dd);
		plan_day_from_number(dhi, &y2, &mm, &dd);
		every = (int)((y2 - y1) / 10) + 1;
		for (y1 = y1 + 1; y1 <= y2; y1++) {
			long day = plan_day_number((int)y1, 1, 1);
			double x = PX(day);
			if (y1 % every)
				continue;
			fprintf(h->out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1b1b1b\"/>\n",
				x, y0 + plot_h, x, y0 + plot_h + 5);
			snprintf(val, sizeof(val), "%lld", y1);
			svg_text(h, x, y0 + plot_h + 19, "middle", 12, val);
		}
	}

	if (has_base) {
		double y = PY(base.v);
		fprintf(h->out, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#555\" "
			"stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n", x0, y, x0 + plot_w, y);
		plan_figure_format(val, sizeof(val), m, base.f);
		snprintf(buf, sizeof(buf), "baseline %s", val);
		svg_text(h, x0 + 6, y - 5, "start", 12, buf);
	}
	for (l = 1; l < 3; l++)
		for (f = lists[l]; f; f = f->next) {
			double x, y;
			int right;
			if (!point_of(m, f, &p))
				continue;
			x = PX(p.day);
			y = PY(p.v);
			right = x > x0 + plot_w * 0.6;
			fprintf(h->out, "<g>\n<title>");
			plan_figure_format(val, sizeof(val), m, f);
			plan_date_human(when, sizeof(when), &f->date);
			snprintf(buf, sizeof(buf), "%s %s for %s", plan_figure_kind_name(f->kind), val, when);
			puts_text(h->out, buf);
			fprintf(h->out, "</title>\n<path d=\"M%.1f %.1fl7 7l-7 7l-7 -7z\" fill=\"#fff\" "
				"stroke=\"#6b2c91\" stroke-width=\"2\"/>\n", x, y - 7);
			snprintf(buf, sizeof(buf), "%s %s", plan_figure_kind_name(f->kind), val);
			svg_text(h, right ? x - 10 : x + 10, y - 9, right ? "end" : "start", 12, buf);
			fputs("</g>\n", h->out);
		}
	if (nact) {
		fputs("<polyline fill=\"none\" stroke=\"#1f5f99\" stroke-width=\"2.5\" points=\"", h->out);
		for (k = 0; k < nact; k++)
			fprintf(h->out, "%s%.1f,%.1f", k ? " " : "", PX(acts[k].day), PY(acts[k].v));
		fputs("\"/>\n", h->out);
		for (k = 0; k < nact; k++) {
			double x = PX(acts[k].day), y = PY(acts[k].v);
			plan_figure_format(val, sizeof(val), m, acts[k].f);
			plan_date_human(when, sizeof(when), &acts[k].f->date);
			snprintf(buf, sizeof(buf), "actual %s for %s", val, when);
			fputs("<g>\n<title>", h->out);
			puts_text(h->out, buf);
			fprintf(h->out, "</title>\n<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f5f99\"/>\n", x, y);
			if (nact <= 12) {
				plan_number_format(val, sizeof(val), acts[k].v);
				svg_text(h, x, y + 18, "middle", 12, val);
			}
			fputs("</g>\n", h->out);
		}
	}
#undef PX
#undef PY
	svg_close(h);
	plan_free(acts);
}

static void h_picture(void *ctx, plan_pack_picture kind, const plan_pack *pack, const plan_measure *measure)
{
	struct html *h = ctx;

	switch (kind) {
	case PLAN_PICTURE_RAG_BARS:
		rag_bars(h, pack);
		break;
	case PLAN_PICTURE_TIMELINE:
		timeline(h, pack);
		break;
	case PLAN_PICTURE_MEASURE:
		if (measure)
			measure_picture(h, measure);
		break;
	}
}

int plan_pack_html(const plan_pack *pack, FILE *out)
{
	struct html h = { out, 0, NULL, 0, 0 };
	plan_pack_sink sink = {
		&h, h_begin, h_heading, h_para, h_table_begin, h_row, h_table_end, h_picture, h_end
	};
	int r = plan_pack_walk(pack, &sink);

	plan_free(h.numeric);
	if (h.oom) {
		plan_error_oom();
		return -1;
	}
	if (r < 0)
		return -1;
	return ferror(out) ? -1 : 0;
}
