/*
 * records.c - records of a plan file by its lines (see records.h).
 *
 * Two versions of a file are compared without splitting all of either:
 * past their common prefix and suffix, only the stretch between the last
 * record that starts in column 1 before the first difference and the first
 * one after the last difference can differ.  A line in column 1 is never
 * the continuation of a text block (continuations are indented deeper),
 * so the records before and after that stretch are the same bytes read in
 * the same state.
 */
#include "records.h"
#include "alloc.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct rec {
	const char *key;
	size_t klen;
	size_t start, end;   /* bytes of the record */
	size_t ord;          /* position, to keep file order among equal keys */
	int line;            /* an include line: its span is set */
	int plan;            /* a plan's record */
};

struct recs {
	struct rec *v;
	size_t n, cap;
	size_t records;      /* real records (not include lines) */
	int any;             /* fields before the first record */
	int oom;
};

enum line_kind { L_SKIP, L_CONT, L_RECORD, L_FIELD, L_OTHER };

static int is_eol(char c)
{
	return c == '\n' || c == '\r';
}

static int is_word_end(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',';
}

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_alnum(char c)
{
	return is_alpha(c) || (c >= '0' && c <= '9');
}

/* The end of the line at i (its first line-break byte, or len). */
static size_t line_end(const char *s, size_t len, size_t i)
{
	while (i < len && !is_eol(s[i]))
		i++;
	return i;
}

/* The start of the line after the one ending at e. */
static size_t next_line(const char *s, size_t len, size_t e)
{
	if (e < len && s[e] == '\r' && e + 1 < len && s[e + 1] == '\n')
		return e + 2;
	return e < len ? e + 1 : len;
}

/* Length of the id (the scanner's ID pattern) at s[i..e), 0 when none. */
static size_t id_at(const char *s, size_t i, size_t e)
{
	size_t j = i;

	while (j < e && is_alnum(s[j]))
		j++;
	if (j == i)
		return 0;
	while (j + 1 < e && (s[j] == '.' || s[j] == '_' || s[j] == '-') && is_alnum(s[j + 1])) {
		j++;
		while (j < e && is_alnum(s[j]))
			j++;
	}
	return j - i;
}

/* The keyword of the line whose text starts at s[c] (before e), or PLAN_WORD_NONE. */
static plan_word word_at(const char *s, size_t c, size_t e)
{
	size_t w = c;

	while (w < e && !is_word_end(s[w]))
		w++;
	return plan_word_lookup(s + c, w - c);
}

/*
 * The end of the spaces at s[c..e) that do not count as indentation
 * (plan.l's INVIS, and blanks among them), or c when none start there.
 */
static size_t invisible_end(const char *s, size_t c, size_t e)
{
	size_t i = c;
	int seen = 0;

	for (;;) {
		const unsigned char *u = (const unsigned char *)s + i;
		size_t n = 0;
		if (i < e && (u[0] == ' ' || u[0] == '\t'))
			n = 1;
		else if (i + 1 < e && u[0] == 0xC2 && u[1] == 0xA0)
			n = 2;
		else if (i + 2 < e && ((u[0] == 0xE2 && u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8B) || u[2] == 0xAF)) ||
				       (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F) ||
				       (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) ||
				       (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)))
			n = 3;
		if (!n)
			return seen ? i : c;
		seen |= n > 1;
		i += n;
	}
}

static int is_include(const char *s, size_t c, size_t e)
{
	return word_at(s, c, e) == PLAN_WORD_INCLUDE;
}

/*
 * What the head line s[c..e) (c: after the indentation) is, when it is not
 * a continuation.
 */
static enum line_kind head_kind(const char *s, size_t c, size_t e)
{
	plan_word w;

	if (s[c] >= '0' && s[c] <= '9')
		return L_RECORD;
	w = word_at(s, c, e);
	if (w == PLAN_WORD_NONE || plan_words[w].class_ == PLAN_CLASS_INCLUDE)
		return L_OTHER;   /* include, or a word the scanner rejects */
	return plan_words[w].class_ == PLAN_CLASS_DIRECTIVE ? L_RECORD : L_FIELD;
}

static int push(struct recs *r, const char *key, size_t klen, size_t start)
{
	if (PLAN_GROW(r->v, r->cap, r->n + 1) < 0) {
		r->oom = 1;
		return -1;
	}
	if (klen > PLAN_RECORD_KEY_MAX)
		klen = PLAN_RECORD_KEY_MAX;
	r->v[r->n].key = key;
	r->v[r->n].klen = klen;
	r->v[r->n].start = start;
	r->v[r->n].end = start;
	r->v[r->n].ord = r->n;
	r->v[r->n].line = 0;
	r->v[r->n].plan = 0;
	r->n++;
	return 0;
}

/* An include line at s[i..e), its text from c: keyed "include PATH". */
static int include_line(struct recs *r, const char *s, size_t i, size_t c, size_t e)
{
	size_t t = e;

	while (t > c && (s[t - 1] == ' ' || s[t - 1] == '\t'))
		t--;
	if (push(r, s + c, t - c, i) < 0)
		return -1;
	r->v[r->n - 1].end = e;
	r->v[r->n - 1].line = 1;
	return 0;
}

/* Adds the record(s) that the record line s[c..e) starts at `at`. */
static int start_record(struct recs *r, const char *s, size_t at, size_t c, size_t e)
{
	size_t i = c, n;

	if (s[c] >= '0' && s[c] <= '9') {
		/*
		 * An update in separate form: its id is the word after its date,
		 * which may have several words, so each word after the first
		 * may be the id (and each part of a PLAN:ID).
		 */
		int found = 0;
		while (i < e && !is_word_end(s[i]))
			i++;
		while (i < e) {
			if (is_word_end(s[i]) || s[i] == ':') {
				i++;
				continue;
			}
			if ((n = id_at(s, i, e)) > 0) {
				if (push(r, s + i, n, at) < 0)
					return -1;
				found = 1;
			}
			while (i < e && !is_word_end(s[i]) && s[i] != ':')
				i++;
		}
		return found ? 0 : push(r, s + c, 0, at);
	}
	while (i < e && !is_word_end(s[i]))
		i++;
	n = i - c;
	while (i < e && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (push(r, s + i, id_at(s, i, e), at) < 0)
		return -1;
	r->v[r->n - 1].plan = plan_word_lookup(s + c, n) == PLAN_WORD_PLAN;
	return 0;
}

/*
 * Splits s[from..to) into records; from is the start of a record line or
 * of the file (whose first lines may come before any record).
 */
static int split(struct recs *r, const char *s, size_t from, size_t to)
{
	size_t i = from, first = r->n;
	int block = 0;         /* a text block is open */
	size_t own = 0;        /* its first line's indentation */

	if (from == 0 && to >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < to) {
		size_t e = line_end(s, to, i), c = i, h;
		enum line_kind k;

		while (c < e && (s[c] == ' ' || s[c] == '\t'))
			c++;
		h = invisible_end(s, c, e);     /* past spaces that do not count */
		if (h == e || s[h] == '#')
			k = L_SKIP;
		else if (block && c - i > own)
			k = L_CONT;
		else
			k = head_kind(s, h, e);
		if (k == L_RECORD || k == L_FIELD || k == L_OTHER)
			block = 0;
		/* A line indented with spaces that do not count opens no block. */
		if (k == L_RECORD) {
			size_t k0 = r->n;
			for (; first < k0; first++)
				if (!r->v[first].line)
					r->v[first].end = i;
			if (start_record(r, s, i, h, e) < 0)
				return -1;
			r->records++;
			first = k0;
			if (s[h] >= '0' && s[h] <= '9' && h == c)
				block = 1, own = c - i;
		} else if (k == L_FIELD) {
			block = h == c, own = c - i;
			if (r->records == 0)
				r->any = 1;
		} else if (k == L_OTHER && is_include(s, h, e)) {
			if (include_line(r, s, i, h, e) < 0)
				return -1;
		} else if (k == L_OTHER && r->records == 0) {
			r->any = 1;
		}
		i = next_line(s, to, e);
	}
	for (; first < r->n; first++)
		if (!r->v[first].line)
			r->v[first].end = to;
	return 0;
}

/* Whether a line starts at i (i > 0): after LF, or after a CR not before LF. */
static int line_starts(const char *s, size_t len, size_t i)
{
	return s[i - 1] == '\n' || (s[i - 1] == '\r' && (i >= len || s[i] != '\n'));
}

/* Whether the line at i starts a record in column 1. */
static int record_in_column_1(const char *s, size_t len, size_t i)
{
	size_t e;
	if (i >= len || s[i] == ' ' || s[i] == '\t' || s[i] == '#' || is_eol(s[i]))
		return 0;
	e = line_end(s, len, i);
	i = invisible_end(s, i, e);
	return i < e && s[i] != '#' && head_kind(s, i, e) == L_RECORD;
}

static size_t common_prefix(const char *a, const char *b, size_t n)
{
	size_t i = 0, step = 4096;

	while (i + step <= n && memcmp(a + i, b + i, step) == 0)
		i += step;
	while (i < n && a[i] == b[i])
		i++;
	return i;
}

static size_t common_suffix(const char *a, size_t alen, const char *b, size_t blen, size_t n)
{
	size_t i = 0, step = 4096;

	while (i + step <= n && memcmp(a + alen - i - step, b + blen - i - step, step) == 0)
		i += step;
	while (i < n && a[alen - i - 1] == b[blen - i - 1])
		i++;
	return i;
}

static int by_key(const void *x, const void *y)
{
	const struct rec *a = x, *b = y;
	size_t n = a->klen < b->klen ? a->klen : b->klen;
	int c = memcmp(a->key, b->key, n);

	if (c)
		return c;
	if (a->klen != b->klen)
		return a->klen < b->klen ? -1 : 1;
	return a->ord < b->ord ? -1 : a->ord > b->ord;
}

static int key_cmp(const struct rec *a, const struct rec *b)
{
	size_t n = a->klen < b->klen ? a->klen : b->klen;
	int c = memcmp(a->key, b->key, n);
	return c ? c : (a->klen > b->klen) - (a->klen < b->klen);
}

/* Reports each key whose records (in order) differ between x and y. */
static void compare(const struct recs *x, const char *xs, const struct recs *y, const char *ys,
		    plan_record_key_fn fn, void *ctx)
{
	size_t i = 0, j = 0;

	while (i < x->n || j < y->n) {
		const struct rec *k;
		size_t i1 = i, j1 = j;
		int c, differ = 0;

		if (i == x->n)
			c = 1;
		else if (j == y->n)
			c = -1;
		else
			c = key_cmp(&x->v[i], &y->v[j]);
		k = c <= 0 ? &x->v[i] : &y->v[j];
		while (i1 < x->n && key_cmp(&x->v[i1], k) == 0)
			i1++;
		while (j1 < y->n && key_cmp(&y->v[j1], k) == 0)
			j1++;
		if (i1 - i != j1 - j) {
			differ = 1;
		} else {
			size_t d;
			for (d = 0; d < i1 - i && !differ; d++) {
				const struct rec *p = &x->v[i + d], *q = &y->v[j + d];
				differ = p->end - p->start != q->end - q->start ||
					 memcmp(xs + p->start, ys + q->start, p->end - p->start) != 0;
			}
		}
		if (differ && fn)
			fn(ctx, k->key, k->klen);
		i = i1;
		j = j1;
	}
}

int plan_records_diff(const char *old, size_t oldlen, const char *new_, size_t newlen,
		      plan_record_key_fn fn, void *ctx)
{
	struct recs x = { 0 }, y = { 0 };
	size_t from = 0, xend = oldlen, yend = newlen;
	int rc = 0;

	if (!old)
		oldlen = xend = 0;
	if (!new_)
		newlen = yend = 0;
	if (old && new_) {
		size_t n = oldlen < newlen ? oldlen : newlen;
		size_t p = common_prefix(old, new_, n), s, i;

		if (p == oldlen && p == newlen)
			return 0;
		s = common_suffix(old, oldlen, new_, newlen, n - p);
		/* Back to the last record in column 1 whose line ends before p. */
		for (i = p; i > 0; i--) {
			if (line_starts(old, oldlen, i) && line_end(old, oldlen, i) < p &&
			    record_in_column_1(old, oldlen, i)) {
				from = i;
				break;
			}
		}
		/* On to the first record in column 1 that starts in the suffix. */
		for (i = oldlen - s + 1; i < oldlen; i++) {
			if (line_starts(old, oldlen, i) && record_in_column_1(old, oldlen, i)) {
				xend = i;
				yend = i - (oldlen - s) + (newlen - s);
				break;
			}
		}
	}
	if (split(&x, old, from, xend) < 0 || split(&y, new_, from, yend) < 0) {
		rc = -1;
		goto done;
	}
	/* qsort's array may not be NULL, even empty (no records: x.v is NULL). */
	if (x.n)
		qsort(x.v, x.n, sizeof(*x.v), by_key);
	if (y.n)
		qsort(y.v, y.n, sizeof(*y.v), by_key);
	compare(&x, old, &y, new_, fn, ctx);
	rc = x.any || y.any ? PLAN_RECORDS_ANY : 0;
done:
	plan_free(x.v);
	plan_free(y.v);
	return rc;
}

/* Whether line s[i..e) is blank or a comment: neither opens nor closes a text block. */
static int is_quiet(const char *s, size_t i, size_t e)
{
	while (i < e && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i == e || s[i] == '#';
}

/*
 * Copies the record s[from..to) to out + o, moved to the left edge, and
 * returns the new end of out; *update says whether it was an update.  A record line is never the continuation of
 * a text block: the record before it in the file closed any block.  Where
 * that record is left out, an indented record line could continue the
 * text of the record kept before it; at the left edge it cannot.  A
 * directive's indentation says nothing else.  An update's measures the
 * text block it opens: its continuation lines lose the same indentation,
 * and the lines after the block (include lines) all of theirs, so that
 * each line is read as before.
 */
static size_t copy_dedented(const char *s, size_t len, size_t from, size_t to, char *out, size_t o,
			    int *update)
{
	size_t ind = 0, i = from, e, w;
	int block, first = 1;

	while (s[from + ind] == ' ' || s[from + ind] == '\t')
		ind++;
	*update = block = s[from + ind] >= '0' && s[from + ind] <= '9';
	if (!block) {
		/* A directive: its own line only. */
		memmove(out + o, s + from + ind, to - from - ind);
		return o + to - from - ind;
	}
	while (i < to) {
		size_t cut = 0;

		e = line_end(s, len, i);
		if (e > to)
			e = to;
		for (w = i; w < e && (s[w] == ' ' || s[w] == '\t'); w++)
			;
		if (first) {
			cut = ind;
		} else if (!is_quiet(s, i, e)) {
			if (block && w - i > ind && memcmp(s + i, s + from, ind) == 0)
				cut = ind;          /* continues the update's text */
			else
				cut = w - i, block = 0;
		}
		first = 0;
		e = next_line(s, len, e);
		if (e > to)
			e = to;
		memmove(out + o, s + i + cut, e - i - cut);
		o += e - i - cut;
		i = e;
	}
	return o;
}

size_t plan_records_keep(const char *s, size_t len, plan_record_keep_fn keep, void *ctx, char *out)
{
	struct recs r = { 0 };
	size_t o = 0, i, j, k, kept_end = 0;
	int dropped = 0;    /* a record was left out since the last one kept */

	if (split(&r, s, 0, len) < 0 || r.any) {
		plan_free(r.v);
		return (size_t)-1;
	}
	for (i = 0; i < r.n; i = j) {
		const struct rec *x = &r.v[i];
		size_t from = x->start, to = x->end;
		int take = x->plan;

		/* The keys of one record line come together. */
		for (j = i + 1; j < r.n && !x->line && !r.v[j].line && r.v[j].start == x->start; j++)
			;
		if (x->line) {
			/* An include line before any record (one in a record goes
			 * with it). */
			take = from >= kept_end;
			to = next_line(s, len, to);
		}
		for (k = i; k < j && !take; k++)
			take = keep(ctx, r.v[k].key, r.v[k].klen);
		/* A record with an include line is kept whole, so that what the
		 * file included adds goes to the same directive as before. */
		for (k = j; k < r.n && !take && !x->line && r.v[k].line && r.v[k].start < to; k++)
			take = 1;
		if (!take) {
			dropped |= !x->line;
			continue;
		}
		if (dropped && !x->line && (s[from] == ' ' || s[from] == '\t')) {
			/* An update moved left measures its text block from the
			 * left edge: an indented record after it is moved too. */
			o = copy_dedented(s, len, from, to, out, o, &dropped);
		} else {
			memmove(out + o, s + from, to - from);
			o += to - from;
			dropped = 0;
		}
		if (!x->line)
			kept_end = to;
	}
	plan_free(r.v);
	return o;
}
