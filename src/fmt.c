/*
 * fmt.c - planfmt's canonical form (SPEC.md section 14, "planfmt").
 *
 * The file is parsed alone with the parser's own scanner, and each token
 * is handed here with its place in the source (plan_parse_tokens).  A
 * file with a syntax error or invalid UTF-8 is not formatted: its tokens
 * would not say what it means.  Otherwise each source line is one of
 *   - a head: a line with a keyword, or an update in separate form (its
 *     first token a date), written again from its tokens;
 *   - text: a line of the text block the head above opened (CONT);
 *   - blank, or a comment: nothing to the language.
 * A head and the text, blank and comment lines up to its last text line
 * are its block.  The canonical form is then written out:
 *
 *   indentation  directives at the margin, fields two spaces in, text
 *                two spaces deeper than its head; a field or include
 *                line never deeper than the head whose block is open
 *                above it (after an update in separate form, at the
 *                margin), so that what was text stays text and what was
 *                not stays not (the scanner's rule, SPEC section 4);
 *   heads        keywords, RAG words and verbs in lower case, one space
 *                between tokens, dates in plan_date_format's spelling
 *                (a quarter written "Q3 2019", whose reading a plan's
 *                `quarters` line decides, keeps that form), rhythms in
 *                their canonical words, "into" after `continue`;
 *   blank lines  runs of them one; one before each directive (before the
 *                comments just above it); none at the start or the end;
 *   prose        the text of statement, measure, note, update and the
 *                notes of dates and decisions is filled to the width,
 *                joining two lines of a paragraph only when neither is
 *                kept (mark_kept: a list's item, a figure, a line short
 *                before the next, one indented deeper than the block's
 *                other lines) and the first does not end with a colon; a
 *                line never starts with '#' (it would be a comment).
 *
 * Filling is greedy, so the lines of a paragraph filled once fill the
 * same way again, whichever of their breaks are kept the second time; a
 * kept line is written as it was, and so is kept again: planfmt of its
 * own output changes nothing (tests/unit/test_fmt.c).
 */
#include <string.h>

#include "alloc.h"
#include "strbuf.h"
#include "build.h"
#include "check_int.h"
#include "date.h"
#include "diag.h"
#include "error.h"
#include "fmt.h"
#include "parse.h"
#include "words.h"

/* --- buffers --- */

static void put_spaces(plan_strbuf *b, size_t n)
{
	while (n--)
		plan_strbuf_add(b, " ", 1);
}

struct toks {
	plan_token *v;
	size_t n, cap;
	int oom;
};

static void collect(void *ctx, const plan_token *t)
{
	struct toks *ts = ctx;

	if (ts->oom || PLAN_GROW(ts->v, ts->cap, ts->n + 1) < 0) {
		ts->oom = 1;
		return;
	}
	ts->v[ts->n++] = *t;
}

/* --- characters --- */

/* Length of the space that does not count as indentation at s[0..n) (SPEC section 2), or 0. */
static size_t invis_len(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] <= 0x8B || u[2] == 0xAF))
		return 3;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F)
		return 3;
	if (n >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
		return 3;
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		return 3;
	return 0;
}

/* Length of the blank (space, tab or a space that does not count) at s[0..n), or 0. */
static size_t blank_len(const char *s, size_t n)
{
	if (n && (s[0] == ' ' || s[0] == '\t'))
		return 1;
	return invis_len(s, n);
}

/* Characters (code points) of s[0..n). */
static size_t chars(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

/* s[0..*n) without its outer blanks (spaces that do not count included). */
static const char *trim(const char *s, size_t *n)
{
	size_t k;

	while (*n && (k = blank_len(s, *n)) != 0) {
		s += k;
		*n -= k;
	}
	for (;;) {
		if (*n && (s[*n - 1] == ' ' || s[*n - 1] == '\t')) {
			(*n)--;
		} else if (*n >= 2 && invis_len(s + *n - 2, 2) == 2) {
			*n -= 2;
		} else if (*n >= 3 && invis_len(s + *n - 3, 3) == 3) {
			*n -= 3;
		} else {
			break;
		}
	}
	return s;
}

/* --- the lines of the source --- */

enum lkind { L_BLANK, L_COMMENT, L_TEXT, L_HEAD };

struct line {
	size_t start, end;        /* the line without its line break */
	enum lkind kind;
	size_t tok, ntok;         /* its tokens, NL and BLANK left out */
	int cols;                 /* L_TEXT: its indentation, a tab to the next multiple of 8 */
	int indented;             /* its first byte is a blank */
};

/* --- prose: which line breaks are a paragraph's own --- */

static int starts_with(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	return n >= k && memcmp(s, w, k) == 0;
}

/* Whether s[0..n) (trimmed) starts with a list's mark: a bullet, a dash, "1.", "a)", "(iv)". */
static int list_mark(const char *s, size_t n)
{
	static const char *const bullets[] = {
		"-", "*", "+", ">", "\xE2\x80\xA2" /* • */, "\xE2\x97\xA6" /* ◦ */,
		"\xE2\x96\xAA" /* ▪ */, "\xE2\x80\xA3" /* ‣ */, "\xC2\xB7" /* · */,
		"\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */, "\xE2\x97\x8F" /* ● */,
		"\xEF\x82\xB7" /* Word's bullet */, NULL
	};
	size_t i, k;

	for (i = 0; bullets[i]; i++)
		if (starts_with(s, n, bullets[i]))
			return 1;
	/* "(a)", "(12)", "(iv)" */
	if (s[0] == '(') {
		for (i = 1; i < n && i < 6 && s[i] != ')'; i++)
			if (!((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z') && !(s[i] >= '0' && s[i] <= '9'))
				return 0;
		return i > 1 && i < n && s[i] == ')';
	}
	/* "a) ", "b. ", "iv) " */
	for (k = 0; k < n && k < 5 && strchr("ivxIVX", s[k]) && s[k]; k++)
		;
	if (k == 0 || k > 4)
		k = ((s[0] | 32) >= 'a' && (s[0] | 32) <= 'z') ? 1 : 0;
	return k && k < n && (s[k] == ')' || s[k] == '.') && (k + 1 == n || s[k + 1] == ' ');
}

/*
 * Whether s[0..n) starts with a label: a first word that ends with ':' or
 * is followed by a dash ("Red – ...", "Note: ...").  Only the first word:
 * a line filled from several starts with the same one, and so is a label
 * when formatted again exactly when it was.
 */
static int label(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] != ' ')
		i++;
	if (i > 0 && s[i - 1] == ':')
		return 1;
	while (i < n && s[i] == ' ')
		i++;
	return starts_with(s + i, n - i, "- ") || starts_with(s + i, n - i, "\xE2\x80\x93 ") ||
	       starts_with(s + i, n - i, "\xE2\x80\x94 ");
}

/*
 * A kept line is never joined with the lines around it, nor re-wrapped:
 * a list's item, a line that starts with a digit (figures, dates), one
 * with a tab or two spaces running (columns), a label ("Red – ...").
 */
static int fmt_kept(const char *s, size_t n)
{
	if (!n)
		return 1;
	if (s[0] >= '0' && s[0] <= '9')
		return 1;
	if (memchr(s, '\t', n))
		return 1;
	for (size_t i = 0; i + 1 < n; i++)
		if (s[i] == ' ' && s[i + 1] == ' ')
			return 1;
	return list_mark(s, n) || label(s, n);
}

/* Characters of the first word of s[0..n). */
static size_t first_word(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] != ' ')
		i++;
	return chars(s, i);
}

/*
 * A short line ends before the width's two thirds would have been
 * reached with the next line's first word on it: it was broken there on
 * purpose.  vis is its width as written out, indentation included.
 */
static int fmt_short(size_t vis, const char *next, size_t nn, int width)
{
	return vis + 1 + first_word(next, nn) <= (size_t)width * 2 / 3;
}

/* --- writing --- */

struct fmt {
	const char *base;         /* the source */
	const plan_token *tok;
	struct line *lines;
	size_t nlines;
	int width;
	plan_strbuf out;
	int wrote;                /* a line is written */
	int last_indent;          /* of the last head or text line written */
};

static void end_line(struct fmt *f)
{
	plan_strbuf_add(&f->out, "\n", 1);
	f->wrote = 1;
}

static void blank_line(struct fmt *f)
{
	if (f->wrote)
		end_line(f);
}

/* A comment line, at indentation ind when it was indented. */
static void comment(struct fmt *f, const struct line *l, int ind)
{
	const char *s = f->base + l->start;
	size_t n = l->end - l->start;

	s = trim(s, &n);
	if (l->indented)
		put_spaces(&f->out, (size_t)ind);
	plan_strbuf_add(&f->out, s, n);
	end_line(f);
}

/* The rhythm's canonical words.  ORDER: plan_rhythm (date.h). */
static const char *const rhythm_words[] = {
	"?", "ongoing", "annually", "quarterly", "monthly", "fortnightly", "weekly",
	"six-monthly", "bi-monthly", "termly", "every"
};

/* A token as written (the scanner gives text without its outer spaces and tabs). */
static void put_tok_text(plan_strbuf *b, const struct fmt *f, const plan_token *t)
{
	plan_strbuf_add(b, f->base + t->span.start, t->span.end - t->span.start);
}

static void put_lower(plan_strbuf *b, const struct fmt *f, const plan_token *t)
{
	size_t i;

	for (i = t->span.start; i < t->span.end; i++) {
		char c = f->base[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c | 32);
		plan_strbuf_add(b, &c, 1);
	}
}

static void put_rhythm(plan_strbuf *b, const struct fmt *f, const plan_token *t)
{
	if (t->rhythm == PLAN_RHYTHM_EVERY) {
		char tmp[48];
		snprintf(tmp, sizeof(tmp), "every %d %s%s", t->every,
			 plan_unit_name((plan_unit)t->unit), t->every > 1 ? "s" : "");
		plan_strbuf_adds(b, tmp);
	} else if (t->rhythm > 0 && t->rhythm <= PLAN_RHYTHM_EVERY) {
		plan_strbuf_adds(b, rhythm_words[t->rhythm]);
	} else {
		put_tok_text(b, f, t);
	}
}

/*
 * A date token in its canonical spelling: plan_date_format's, but "Q3
 * 2019" (a quarter whose reading a plan's `quarters` line decides) as
 * "Q3 2019", and as written when the canonical spelling of a financial
 * year would run into a next word "Q3" (next: its first bytes, or NULL).
 */
static void put_date(plan_strbuf *b, const struct fmt *f, const plan_token *t, const char *next,
		     size_t nn)
{
	const char *s = f->base + t->span.start;
	size_t n = t->span.end - t->span.start;
	char tmp[64];

	if (plan_date_bare_quarter(s, n)) {
		snprintf(tmp, sizeof(tmp), "Q%d %d", (t->date.month - 1) / 3 + 1, t->date.year);
	} else if (next && nn >= 2 && (next[0] | 32) == 'q' && next[1] >= '1' && next[1] <= '4' &&
		   t->date.prec == PLAN_PREC_FY) {
		plan_strbuf_add(b, s, n);
		return;
	} else {
		plan_date_format(tmp, sizeof(tmp), &t->date);
	}
	plan_strbuf_adds(b, tmp);
}

/*
 * Writes the head line l (without indentation) into b from its tokens;
 * with split, stops before the text that opens prose (the note after a
 * comma, a text field's text) and sets *prose to that token (else NULL).
 */
static void head(struct fmt *f, const struct line *l, plan_strbuf *b, int split,
		 const plan_token **prose)
{
	const plan_token *t = f->tok + l->tok, *end = t + l->ntok;
	int cls = t->kind == PLAN_TOK_KEYWORD ? (int)plan_words[t->value].class_ : 0;
	const plan_token *prev = NULL;

	*prose = NULL;
	for (; t < end; prev = t, t++) {
		const plan_token *nx = t + 1 < end ? t + 1 : NULL;
		if (prev && t->kind != PLAN_TOK_COMMA &&
		    !(cls == PLAN_CLASS_FIGURE && prev->kind == PLAN_TOK_DATE &&
		      t->span.start == prev->span.end))
			plan_strbuf_add(b, " ", 1);
		if (t->kind == PLAN_TOK_MONTH && nx && nx->kind == PLAN_TOK_RHYTHM) {
			/* "November annually" is written "annually in November"; the
			 * loop goes on after the rhythm. */
			put_rhythm(b, f, nx);
			plan_strbuf_adds(b, " in ");
			plan_strbuf_adds(b, plan_month_name(t->value));
			t++;
			continue;
		}
		switch (t->kind) {
		case PLAN_TOK_KEYWORD:
			plan_strbuf_adds(b, plan_word_name((plan_word)t->value));
			break;
		case PLAN_TOK_DATE:
			put_date(b, f, t, nx ? f->base + nx->span.start : NULL,
				 nx ? nx->span.end - nx->span.start : 0);
			break;
		case PLAN_TOK_YEARS: {
			char tmp[32];
			snprintf(tmp, sizeof(tmp), "%d-%d", t->date.year, t->to.year);
			plan_strbuf_adds(b, tmp);
			break;
		}
		case PLAN_TOK_RHYTHM:
			put_rhythm(b, f, t);
			break;
		case PLAN_TOK_MONTH:
			plan_strbuf_adds(b, plan_month_name(t->value));
			break;
		case PLAN_TOK_PLACEHOLDER: {
			size_t i;
			for (i = t->span.start; i < t->span.end; i++) {
				char c = f->base[i];
				if (c >= 'a' && c <= 'z')
					c = (char)(c - 32);
				plan_strbuf_add(b, &c, 1);
			}
			break;
		}
		case PLAN_TOK_RAG:
		case PLAN_TOK_VERB:
		case PLAN_TOK_TO:
		case PLAN_TOK_IN:
		case PLAN_TOK_INTO:
		case PLAN_TOK_BY:
			put_lower(b, f, t);
			if (t->kind == PLAN_TOK_VERB && nx && nx->kind == PLAN_TOK_DATE)
				plan_strbuf_adds(b, " into");
			break;
		case PLAN_TOK_COMMA:
			plan_strbuf_add(b, ",", 1);
			break;
		case PLAN_TOK_TEXT:
			if (split && ((prev && prev->kind == PLAN_TOK_COMMA) || cls == PLAN_CLASS_TEXT)) {
				/* The space before it is the caller's. */
				if (!b->oom && b->len) {
					b->len--;
					b->s[b->len] = '\0';
				}
				*prose = t;
				return;
			}
			put_tok_text(b, f, t);
			break;
		default:
			put_tok_text(b, f, t);
			break;
		}
	}
}

/* Whether the head l opens prose: its text (and the lines below) may be filled. */
static int prose_field(const struct fmt *f, const struct line *l)
{
	const plan_token *t = f->tok + l->tok;

	if (t->kind != PLAN_TOK_KEYWORD)
		return 1;                       /* an update in separate form */
	switch (plan_words[t->value].class_) {
	case PLAN_CLASS_UPDATE:
	case PLAN_CLASS_WHEN:
	case PLAN_CLASS_DECISION:
		return 1;
	case PLAN_CLASS_TEXT:
		return t->value == PLAN_WORD_STATEMENT || t->value == PLAN_WORD_MEASURE ||
		       t->value == PLAN_WORD_NOTE;
	default:
		return 0;
	}
}

/* One line of a block's text, its place, and how it is written. */
struct item {
	enum lkind kind;          /* L_TEXT, L_BLANK or L_COMMENT */
	const char *s;            /* L_TEXT: the text, trimmed */
	size_t n;
	int hanging;              /* indented deeper than the block's other lines */
	int kept;                 /* keeps its line (mark_kept) */
	int first;                /* the head line's own text */
	const struct line *line;  /* L_COMMENT */
};

/* Width of item it as written: on the head line (prefix characters before it) or below at ind. */
static size_t item_vis(const struct item *it, size_t prefix, int ind)
{
	return (it->first ? prefix + 1 : (size_t)ind) + chars(it->s, it->n);
}

/* Writes the words of items[0..n) filled to the width: the first on the head line when first. */
static void fill(struct fmt *f, const struct item *items, size_t n, size_t prefix, int ind)
{
	int on_head = items[0].first, at_start = 1;
	size_t col = on_head ? prefix : (size_t)ind, k, i;

	if (!on_head)
		put_spaces(&f->out, (size_t)ind);
	for (k = 0; k < n; k++) {
		const char *s = items[k].s;
		size_t len = items[k].n;
		for (i = 0; i < len;) {
			size_t w = i, c;
			while (w < len && s[w] != ' ')
				w++;
			c = chars(s + i, w - i);
			if (at_start) {
				if (on_head) {
					plan_strbuf_add(&f->out, " ", 1);
					col++;
				}
			} else if (col + 1 + c > (size_t)f->width && s[i] != '#') {
				end_line(f);
				put_spaces(&f->out, (size_t)ind);
				col = (size_t)ind;
			} else {
				plan_strbuf_add(&f->out, " ", 1);
				col++;
			}
			plan_strbuf_add(&f->out, s + i, w - i);
			col += c;
			at_start = 0;
			i = w;
			while (i < len && s[i] == ' ')
				i++;
		}
	}
	end_line(f);
}

/*
 * Marks each text line of items[0..n) that keeps its line (item.kept):
 * one hanging or kept by its text (fmt_kept), and one short before a next
 * line of its paragraph that is not (fmt_short: it was broken there on
 * purpose).  A kept line is joined with neither neighbour, and is the
 * same line, kept again, when formatted again.
 */
static void mark_kept(const struct fmt *f, struct item *items, size_t n, size_t prefix, int ind)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (items[i].kind == L_TEXT)
			items[i].kept = items[i].hanging || fmt_kept(items[i].s, items[i].n);
	for (i = 0; i + 1 < n; i++) {
		struct item *a = &items[i], *b = &items[i + 1];
		if (a->kind == L_TEXT && b->kind == L_TEXT && !b->kept &&
		    fmt_short(item_vis(a, prefix, ind), b->s, b->n, f->width))
			a->kept = 1;
	}
}

/* Whether the break between a and b (both text, kept marked) is a paragraph's own, to be filled. */
static int soft(const struct item *a, const struct item *b)
{
	return !a->kept && !b->kept && a->s[a->n - 1] != ':';
}

/*
 * Writes the head at lines[h] at indentation ind and its block
 * lines[h+1..last].  Returns PLAN_OK or PLAN_ENOMEM.
 */
static int block(struct fmt *f, size_t h, size_t last, int ind)
{
	const struct line *l = &f->lines[h];
	int prose = prose_field(f, l), base = -1, tind = ind + 2;
	plan_strbuf hb = PLAN_STRBUF_INIT;
	const plan_token *first = NULL;
	struct item *items;
	size_t n = 0, i, prefix;

	head(f, l, &hb, prose, &first);
	if (hb.oom) {
		plan_free(hb.s);
		return PLAN_ENOMEM;
	}
	put_spaces(&f->out, (size_t)ind);
	plan_strbuf_add(&f->out, hb.s ? hb.s : "", hb.len);
	prefix = (size_t)ind + chars(hb.s ? hb.s : "", hb.len);
	plan_free(hb.s);

	if (!(items = plan_calloc(last - h + 2, sizeof(*items))))
		return PLAN_ENOMEM;
	if (first) {
		items[n].kind = L_TEXT;
		items[n].s = f->base + first->span.start;
		items[n].n = first->span.end - first->span.start;
		items[n].first = 1;
		n++;
	}
	for (i = h + 1; i <= last; i++)
		if (f->lines[i].kind == L_TEXT && (base < 0 || f->lines[i].cols < base))
			base = f->lines[i].cols;
	for (i = h + 1; i <= last; i++) {
		const struct line *x = &f->lines[i];
		struct item *it = &items[n];
		it->kind = x->kind;
		it->line = x;
		if (x->kind == L_TEXT) {
			size_t len = x->end - x->start;
			it->s = trim(f->base + x->start, &len);
			it->n = len;
			it->hanging = x->cols > base;
			if (!len)
				continue;
		}
		n++;
	}

	if (!first)
		end_line(f);
	mark_kept(f, items, n, prefix, tind);
	{
		/* A blank line before the first line of text is a paragraph break
		 * when the head line has text of its own (not an author's name). */
		int started = first != NULL, para = 0;
		for (i = l->tok; i < l->tok + l->ntok; i++)
			if (f->tok[i].kind == PLAN_TOK_TEXT &&
			    !(i > l->tok && f->tok[i - 1].kind == PLAN_TOK_BY))
				started = 1;
		for (i = 0; i < n;) {
			struct item *it = &items[i];
			size_t j;
			if (it->kind == L_BLANK) {
				para = started;
				i++;
				continue;
			}
			if (para)
				blank_line(f);
			para = 0;
			if (it->kind == L_COMMENT) {
				comment(f, it->line, tind);
				i++;
				continue;
			}
			for (j = i; prose && j + 1 < n && items[j + 1].kind == L_TEXT &&
				    soft(&items[j], &items[j + 1]); j++)
				;
			if (j > i) {
				fill(f, items + i, j - i + 1, prefix, tind);
			} else {
				if (it->first) {
					plan_strbuf_add(&f->out, " ", 1);
				} else {
					put_spaces(&f->out, (size_t)tind + (it->hanging ? 2 : 0));
				}
				plan_strbuf_add(&f->out, it->s, it->n);
				end_line(f);
			}
			started = 1;
			i = j + 1;
		}
	}
	plan_free(items);
	f->last_indent = ind;
	return f->out.oom ? PLAN_ENOMEM : PLAN_OK;
}

/* Splits the source into lines and tells each one's kind; PLAN_EINVALID for a line not understood. */
static int split_lines(struct fmt *f, const plan_source *src, size_t from, size_t ntok,
		       size_t *cap)
{
	size_t at = from, ti = 0;

	while (at < src->len || (at == src->len && ti < ntok)) {
		struct line l;
		size_t e = at, next, k;
		memset(&l, 0, sizeof(l));
		while (e < src->len && f->base[e] != '\n' && f->base[e] != '\r')
			e++;
		next = e;
		if (next < src->len && f->base[next] == '\r')
			next++;
		if (next < src->len && f->base[next] == '\n')
			next++;
		if (next == e)
			next = e + 1;   /* the end of the input */
		l.start = at;
		l.end = e;
		l.indented = at < e && blank_len(f->base + at, e - at) != 0;
		l.tok = ti;
		l.kind = L_BLANK;
		while (ti < ntok && f->tok[ti].span.start < next) {
			plan_tok_kind kd = f->tok[ti].kind;
			if (kd == PLAN_TOK_NL || kd == PLAN_TOK_BLANK) {
				ti++;
				continue;
			}
			if (l.ntok == 0) {
				l.tok = ti;
				if (kd == PLAN_TOK_CONT)
					l.kind = L_TEXT;
				else if (kd == PLAN_TOK_KEYWORD || kd == PLAN_TOK_DATE)
					l.kind = L_HEAD;
				else
					return PLAN_EINVALID;
			}
			l.ntok++;
			ti++;
		}
		if (l.kind == L_BLANK) {
			const char *s = f->base + at;
			size_t n = e - at;
			s = trim(s, &n);
			if (n && s[0] == '#')
				l.kind = L_COMMENT;
			else if (n)
				return PLAN_EINVALID;
		}
		if (l.kind == L_TEXT) {
			for (k = at; k < e && (f->base[k] == ' ' || f->base[k] == '\t'); k++)
				l.cols = f->base[k] == '\t' ? (l.cols / 8 + 1) * 8 : l.cols + 1;
		}
		if (PLAN_GROW(f->lines, *cap, f->nlines + 1) < 0)
			return PLAN_ENOMEM;
		f->lines[f->nlines++] = l;
		if (next > src->len)
			break;
		at = next;
	}
	return PLAN_OK;
}

/* The indentation of the head l: directives at the margin, fields two spaces in. */
static int head_indent(const struct fmt *f, const struct line *l)
{
	const plan_token *t = f->tok + l->tok;

	if (t->kind != PLAN_TOK_KEYWORD)
		return 0;
	switch (plan_words[t->value].class_) {
	case PLAN_CLASS_DIRECTIVE:
		return 0;
	case PLAN_CLASS_INCLUDE:
		return l->indented ? 2 : 0;
	default:
		return 2;
	}
}

static int opens_block(const struct fmt *f, const struct line *l)
{
	const plan_token *t = f->tok + l->tok;

	return t->kind != PLAN_TOK_KEYWORD ||
	       (plan_words[t->value].class_ != PLAN_CLASS_DIRECTIVE &&
		plan_words[t->value].class_ != PLAN_CLASS_INCLUDE);
}

static int is_directive(const struct fmt *f, const struct line *l)
{
	const plan_token *t = f->tok + l->tok;

	return t->kind == PLAN_TOK_KEYWORD && plan_words[t->value].class_ == PLAN_CLASS_DIRECTIVE;
}

/*
 * Writes the blank and comment lines lines[from..to) that come before a
 * head at indentation ind (to == nlines: the end of the file); before a
 * directive, one blank line at least.
 */
static void between(struct fmt *f, size_t from, size_t to, int ind, int directive)
{
	size_t i;
	int blank = 0, any = 0;

	for (i = from; i < to; i++)
		any |= f->lines[i].kind == L_BLANK;
	if (directive && !any && f->wrote)
		blank_line(f);
	for (i = from; i < to; i++) {
		if (f->lines[i].kind == L_BLANK) {
			blank = 1;
			continue;
		}
		if (blank && f->wrote)
			blank_line(f);
		blank = 0;
		comment(f, &f->lines[i], to < f->nlines ? ind : f->last_indent);
	}
	if (blank && to < f->nlines)
		blank_line(f);
}

/* Appends the words of s[0..n) to sig, each followed by a 0x1F. */
static void sig_words(plan_strbuf *sig, const char *s, size_t n)
{
	size_t i = 0, k, w;

	while (i < n) {
		if ((k = blank_len(s + i, n - i)) != 0) {
			i += k;
			continue;
		}
		for (w = i; w < n && !blank_len(s + w, n - w); w++)
			;
		plan_strbuf_add(sig, s + i, w - i);
		plan_strbuf_add(sig, "\x1f", 1);
		i = w;
	}
}

/*
 * What tokens[0..n) of a file say, as bytes: each head's keyword (or the
 * mark of an update in separate form), its ids, dates, rhythms and words
 * as values, a mark where its head line ends (for prose, where its text
 * starts), then the words of its text, a paragraph mark between words
 * that a blank line parts.  Two files with the same signature say the
 * same, but for what planfmt may change: spelling, blanks and where prose
 * breaks its lines.  ORDER: follows what head() and block() write.
 */
static void signature(const plan_token *tok, size_t n, const char *base, plan_strbuf *sig)
{
	int prose = 0, in_head = 0, words = 0, para = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		const plan_token *t = &tok[i];
		char tmp[64];
		int len = 0;

		if (!in_head && (t->kind == PLAN_TOK_KEYWORD || t->kind == PLAN_TOK_DATE)) {
			/* A head line starts. */
			in_head = 1;
			words = para = 0;
			if (t->kind == PLAN_TOK_KEYWORD) {
				plan_word_class c = plan_words[t->value].class_;
				prose = c == PLAN_CLASS_UPDATE || c == PLAN_CLASS_WHEN ||
					c == PLAN_CLASS_DECISION ||
					t->value == PLAN_WORD_STATEMENT || t->value == PLAN_WORD_MEASURE ||
					t->value == PLAN_WORD_NOTE;
				len = snprintf(tmp, sizeof(tmp), "\nK%d", t->value);
				plan_strbuf_add(sig, tmp, (size_t)len);
				continue;
			}
			prose = 1;
			plan_strbuf_add(sig, "\nS", 2);
		}
		switch (t->kind) {
		case PLAN_TOK_NL:
			if (in_head)
				plan_strbuf_add(sig, "|", 1);
			in_head = 0;
			break;
		case PLAN_TOK_BLANK:
			para = words > 0;
			break;
		case PLAN_TOK_TEXT:
		case PLAN_TOK_CONT:
			if (t->kind == PLAN_TOK_TEXT && prose && i > 0 &&
			    (tok[i - 1].kind == PLAN_TOK_COMMA || tok[i - 1].kind == PLAN_TOK_KEYWORD)) {
				plan_strbuf_add(sig, "|", 1);
				in_head = 0;
			}
			if (para)
				plan_strbuf_add(sig, "\x1e", 1);
			para = 0;
			sig_words(sig, base + t->span.start, t->span.end - t->span.start);
			/* An author's name is not the text a blank line can part. */
			if (!(i > 0 && tok[i - 1].kind == PLAN_TOK_BY))
				words = 1;
			break;
		case PLAN_TOK_DATE:
			len = snprintf(tmp, sizeof(tmp), "D%d-%d-%d-%d ", t->date.year, t->date.month,
				       t->date.day, (int)t->date.prec);
			break;
		case PLAN_TOK_YEARS:
			len = snprintf(tmp, sizeof(tmp), "Y%d-%d ", t->date.year, t->to.year);
			break;
		case PLAN_TOK_RHYTHM:
			/* "November annually" is "annually in November": the month follows. */
			len = snprintf(tmp, sizeof(tmp), "R%d-%d-%d ", t->rhythm, t->every, t->unit);
			if (i > 0 && tok[i - 1].kind == PLAN_TOK_MONTH)
				len += snprintf(tmp + len, sizeof(tmp) - (size_t)len, "M%d ", tok[i - 1].value);
			break;
		case PLAN_TOK_MONTH:
			if (!(i + 1 < n && tok[i + 1].kind == PLAN_TOK_RHYTHM))
				len = snprintf(tmp, sizeof(tmp), "M%d ", t->value);
			break;
		case PLAN_TOK_RAG:
		case PLAN_TOK_VERB:
			len = snprintf(tmp, sizeof(tmp), "%c%d ", t->kind == PLAN_TOK_RAG ? 'G' : 'V',
				       t->value);
			break;
		case PLAN_TOK_ID:
			plan_strbuf_add(sig, "I", 1);
			plan_strbuf_add(sig, base + t->span.start, t->span.end - t->span.start);
			plan_strbuf_add(sig, " ", 1);
			break;
		case PLAN_TOK_PLACEHOLDER:
			len = snprintf(tmp, sizeof(tmp), "P ");
			break;
		case PLAN_TOK_TO:
		case PLAN_TOK_BY:
		case PLAN_TOK_COMMA:
			len = snprintf(tmp, sizeof(tmp), "%d ", (int)t->kind);
			break;
		default:
			break;   /* "in" and "into" may come and go */
		}
		if (len > 0)
			plan_strbuf_add(sig, tmp, (size_t)len);
	}
}

static int no_include(plan_builder *b, const char *path, plan_loc loc)
{
	(void)b;
	(void)path;
	(void)loc;
	return 0;
}

/* Parses src alone into set, its tokens into ts; *nerrors as plan_parse_tokens. */
static int parse_alone(plan_set *set, plan_source *src, struct toks *ts, int *nerrors)
{
	plan_builder b;
	int rc;

	memset(&b, 0, sizeof(b));
	b.set = set;
	b.src = src;
	b.include = no_include;
	rc = plan_parse_tokens(&b, src, collect, ts, nerrors);
	if (rc == PLAN_OK && ts->oom)
		rc = PLAN_ENOMEM;
	return rc;
}

int plan_fmt(plan_set *set, const char *path, const char *bytes, size_t len,
	     const plan_fmt_options *opt, char **out, size_t *out_len)
{
	struct toks ts = { 0 };
	plan_strbuf sig = PLAN_STRBUF_INIT;
	struct fmt f;
	plan_source *src;
	size_t cap = 0, i, from = 0;
	int nerrors, rc, open_ind = -1;

	*out = NULL;
	*out_len = 0;
	if (!(src = plan_source_new(set, path, bytes, len)))
		return PLAN_ENOMEM;
	if ((rc = parse_alone(set, src, &ts, &nerrors)) != PLAN_OK) {
		plan_free(ts.v);
		return rc;
	}
	if (nerrors) {
		plan_free(ts.v);
		return PLAN_EINVALID;
	}
	memset(&f, 0, sizeof(f));
	f.base = src->buf;
	f.tok = ts.v;
	f.width = opt && opt->width >= PLAN_FMT_MIN_WIDTH ? opt->width : PLAN_FMT_WIDTH;
	if (src->len >= 3 && memcmp(src->buf, "\xEF\xBB\xBF", 3) == 0)
		from = 3;
	rc = split_lines(&f, src, from, ts.n, &cap);
	for (i = 0; rc == PLAN_OK && i < f.nlines;) {
		size_t h = i, last, k;
		int ind;
		while (h < f.nlines && f.lines[h].kind != L_HEAD) {
			if (f.lines[h].kind == L_TEXT) {
				rc = PLAN_EINVALID;
				break;
			}
			h++;
		}
		if (rc != PLAN_OK)
			break;
		if (h == f.nlines) {
			between(&f, i, h, 0, 0);
			break;
		}
		ind = head_indent(&f, &f.lines[h]);
		if (open_ind >= 0 && ind > open_ind)
			ind = open_ind;
		between(&f, i, h, ind, is_directive(&f, &f.lines[h]));
		for (last = h, k = h + 1; k < f.nlines && f.lines[k].kind != L_HEAD; k++)
			if (f.lines[k].kind == L_TEXT)
				last = k;
		rc = block(&f, h, last, ind);
		open_ind = opens_block(&f, &f.lines[h]) ? ind : -1;
		i = last + 1;
	}
	plan_free(f.lines);
	if (rc == PLAN_OK)
		signature(ts.v, ts.n, src->buf, &sig);
	plan_free(ts.v);
	if (rc == PLAN_OK && (f.out.oom || sig.oom))
		rc = PLAN_ENOMEM;
	if (rc == PLAN_EINVALID)
		plan_diag_file(&set->diags, PLAN_SEV_ERROR, "syntax", path,
			       "cannot be formatted: a line was not understood");
	if (rc != PLAN_OK) {
		plan_free(sig.s);
		plan_free(f.out.s);
		return rc;
	}
	if (!f.out.s && !(f.out.s = plan_strdup(""))) {
		plan_free(sig.s);
		return PLAN_ENOMEM;
	}
	/*
	 * Fail closed: what is written must read without a syntax error and
	 * say what the file said (the same signature).
	 */
	{
		plan_set *again = plan_set_new();
		struct toks t2 = { 0 };
		plan_strbuf sig2 = PLAN_STRBUF_INIT;
		plan_source *s2 = again ? plan_source_new(again, path, f.out.s, f.out.len) : NULL;
		int n2 = 0;
		rc = s2 ? parse_alone(again, s2, &t2, &n2) : PLAN_ENOMEM;
		if (rc == PLAN_OK && !n2) {
			signature(t2.v, t2.n, s2->buf, &sig2);
			if (sig2.oom)
				rc = PLAN_ENOMEM;
		}
		plan_free(t2.v);
		plan_set_free(again);
		if (rc == PLAN_OK && (n2 || sig.len != sig2.len ||
				      (sig.len && memcmp(sig.s, sig2.s, sig.len) != 0))) {
			plan_diag_file(&set->diags, PLAN_SEV_ERROR, "syntax", path,
				       "planfmt would have written this file %s, so it is left as it is "
				       "(a bug in planfmt: please report it)",
				       n2 ? "with a syntax error" : "saying something else");
			rc = PLAN_EBUG;
		}
		plan_free(sig2.s);
		plan_free(sig.s);
		if (rc != PLAN_OK) {
			plan_free(f.out.s);
			return rc;
		}
	}
	*out = f.out.s;
	*out_len = f.out.len;
	return PLAN_OK;
}

/* path as one word of a shell command: quoted when it has to be. */
static const char *shell_word(char *buf, size_t size, const char *path)
{
	size_t i, o = 0;

	if (path[0] != '-' && strspn(path, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				 "0123456789._/+-") == strlen(path))
		return path;
	buf[o++] = '\'';
	for (i = 0; path[i] && o + 6 < size; i++) {
		if (path[i] == '\'') {
			memcpy(buf + o, "'\\''", 4);
			o += 4;
		} else {
			buf[o++] = path[i];
		}
	}
	buf[o++] = '\'';
	buf[o] = '\0';
	return buf;
}

/*
 * The format check (opt-in, SPEC section 13): a file that planfmt would
 * change is reported at the first line it would change, with the command
 * that formats it.  A file with syntax errors is not (they say more).
 */
void plan_check_format(plan_check_ctx *x, const plan_source *src)
{
	plan_fmt_options opt = PLAN_FMT_OPTIONS_INIT;
	plan_set *set;
	char *out = NULL;
	size_t n = 0, i, line = 0;
	int rc;

	if (x->sev[PLAN_CHECK_FORMAT] < 0)
		return;
	if (!(set = plan_set_new())) {
		x->set->diags.oom = 1;
		return;
	}
	rc = plan_fmt(set, src->path, src->buf, src->len, &opt, &out, &n);
	plan_set_free(set);
	if (rc == PLAN_ENOMEM)
		x->set->diags.oom = 1;
	if (rc != PLAN_OK)
		return;
	for (i = 0; i < n && i < src->len && out[i] == src->buf[i]; i++)
		if (out[i] == '\n')
			line = i + 1;
	if (i < n || i < src->len) {
		plan_loc l = { src, { line, line } };
		char cmd[1024];
		plan_check_report(x, PLAN_CHECK_FORMAT, &l,
				  "this file is not in planfmt's canonical form from this line on; "
				  "format it: planfmt %s", shell_word(cmd, sizeof(cmd), src->path));
	}
	plan_free(out);
}
