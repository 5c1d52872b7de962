/*
 * udiff.c - unified diffs (udiff.h).
 *
 * Both texts are cut into lines (pointer and length, the line break
 * included); equal lines at both ends are matched first, then the middle
 * by the longest common subsequence (a table of lengths filled from the
 * end, then walked from the start: the edit script comes out in order).
 * The table has at most PLAN_UDIFF_MAX_CELLS cells, so the shorter side
 * has at most 4096 lines and a length fits in 16 bits (32 MiB at most).
 * Ranges too long for it are cut first at their anchors, the lines found
 * exactly once in each, in the longest run that keeps their order in
 * both (as patience diff does): a formatted plan's lines are mostly
 * unique, so the parts between anchors are small.
 * The script is a string of ' ', '-' and '+', one per line shown; hunks
 * gather the changes whose context of three lines touch, as diff -u does.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "strbuf.h"
#include "error.h"
#include "udiff.h"

#define CONTEXT 3

struct lines {
	const char **p;
	size_t *n;
	size_t count, cap_p, cap_n;
};

static int cut(struct lines *l, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - s) + 1 : len;
		if (PLAN_GROW(l->p, l->cap_p, l->count + 1) < 0 ||
		    PLAN_GROW(l->n, l->cap_n, l->count + 1) < 0)
			return PLAN_ENOMEM;
		l->p[l->count] = s + i;
		l->n[l->count] = e - i;
		l->count++;
		i = e;
	}
	return PLAN_OK;
}

static int same(const struct lines *a, size_t i, const struct lines *b, size_t j)
{
	return a->n[i] == b->n[j] && memcmp(a->p[i], b->p[j], a->n[i]) == 0;
}

static void put_line(plan_strbuf *o, char mark, const char *s, size_t n)
{
	plan_strbuf_add(o, &mark, 1);
	plan_strbuf_add(o, s, n);
	if (!n || s[n - 1] != '\n')
		plan_strbuf_add(o, "\n\\ No newline at end of file\n", 29);
}

/* Where an edit script is written: s[k++]. */
struct script {
	char *s;
	size_t k;
};

/* FNV-1a of line i of l. */
static uint64_t line_hash(const struct lines *l, size_t i)
{
	uint64_t h = 1469598103934665603ull;
	size_t k;

	for (k = 0; k < l->n[i]; k++)
		h = (h ^ (unsigned char)l->p[i][k]) * 1099511628211ull;
	return h;
}

/* A line of the two ranges, in diff_range's table: how often in each, and where. */
struct slot {
	uint64_t hash;
	const char *p;          /* NULL: free */
	size_t n;
	size_t a_at, b_at;
	unsigned a_count, b_count;
};

static struct slot *slot_of(struct slot *tab, size_t mask, uint64_t h, const char *p, size_t n)
{
	size_t i = (size_t)h & mask;

	while (tab[i].p && !(tab[i].hash == h && tab[i].n == n && memcmp(tab[i].p, p, n) == 0))
		i = (i + 1) & mask;
	if (!tab[i].p) {
		tab[i].hash = h;
		tab[i].p = p;
		tab[i].n = n;
	}
	return &tab[i];
}

/*
 * The anchors of a[a0..a1) and b[b0..b1): the lines found exactly once in
 * each, the longest run of them in the same order in both (patience
 * sorting), into *at (pairs: a's line, b's line; plan_malloc'ed, *n
 * pairs, a's in increasing order).  PLAN_OK or PLAN_ENOMEM.
 */
static int anchors(const struct lines *a, size_t a0, size_t a1, const struct lines *b, size_t b0,
		   size_t b1, size_t **at, size_t *n)
{
	size_t cap = 16, mask, i, m = 0, len = 0, *pair = NULL, *tail = NULL, *prev = NULL;
	struct slot *tab;
	int rc = PLAN_ENOMEM;

	*at = NULL;
	*n = 0;
	while (cap < 2 * ((a1 - a0) + (b1 - b0)))
		cap *= 2;
	mask = cap - 1;
	if (!(tab = plan_calloc(cap, sizeof(*tab))))
		return PLAN_ENOMEM;
	for (i = a0; i < a1; i++) {
		struct slot *sl = slot_of(tab, mask, line_hash(a, i), a->p[i], a->n[i]);
		sl->a_count++;
		sl->a_at = i;
	}
	for (i = b0; i < b1; i++) {
		struct slot *sl = slot_of(tab, mask, line_hash(b, i), b->p[i], b->n[i]);
		sl->b_count++;
		sl->b_at = i;
	}
	/* pair[2m], pair[2m+1]: the unique lines, in a's order. */
	if (!(pair = plan_malloc(2 * (a1 - a0 + 1) * sizeof(*pair))) ||
	    !(tail = plan_malloc((a1 - a0 + 1) * sizeof(*tail))) ||
	    !(prev = plan_malloc((a1 - a0 + 1) * sizeof(*prev))))
		goto out;
	for (i = a0; i < a1; i++) {
		struct slot *sl = slot_of(tab, mask, line_hash(a, i), a->p[i], a->n[i]);
		if (sl->a_count == 1 && sl->b_count == 1) {
			pair[2 * m] = i;
			pair[2 * m + 1] = sl->b_at;
			m++;
		}
	}
	/* The longest increasing run of b's lines: tail[l], the pair that ends
	 * the best run of length l + 1 found so far, with the least b. */
	for (i = 0; i < m; i++) {
		size_t lo = 0, hi = len;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (pair[2 * tail[mid] + 1] < pair[2 * i + 1])
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[i] = lo ? tail[lo - 1] : (size_t)-1;
		tail[lo] = i;
		if (lo == len)
			len++;
	}
	if (len) {
		size_t *out = plan_malloc(2 * len * sizeof(*out)), k = len, x = tail[len - 1];
		if (!out)
			goto out;
		while (k-- > 0) {
			out[2 * k] = pair[2 * x];
			out[2 * k + 1] = pair[2 * x + 1];
			x = prev[x];
		}
		*at = out;
		*n = len;
	}
	rc = PLAN_OK;
out:
	plan_free(prev);
	plan_free(tail);
	plan_free(pair);
	plan_free(tab);
	return rc;
}

/*
 * The edit script from a[a0..a1) to b[b0..b1), appended to sc: common
 * first and last lines, then the longest common subsequence when its
 * table has at most PLAN_UDIFF_MAX_CELLS cells; else the ranges are cut
 * at their anchors (lines found once in each), each part diffed alike
 * (depth: how many times so far); with no anchor (or too deep), what is
 * left is shown removed, then added.  PLAN_OK or PLAN_ENOMEM.
 */
static int diff_range(const struct lines *a, size_t a0, size_t a1, const struct lines *b, size_t b0,
		      size_t b1, struct script *sc, int depth)
{
	size_t pre = 0, suf = 0, na, nb, i, j, *at = NULL, nat = 0;
	unsigned short *t = NULL;   /* lengths: at most min(na, nb), under 4097 */
	int rc = PLAN_OK;

	while (a0 + pre < a1 && b0 + pre < b1 && same(a, a0 + pre, b, b0 + pre))
		pre++;
	while (a0 + pre + suf < a1 && b0 + pre + suf < b1 && same(a, a1 - 1 - suf, b, b1 - 1 - suf))
		suf++;
	for (i = 0; i < pre; i++)
		sc->s[sc->k++] = ' ';
	a0 += pre;
	b0 += pre;
	a1 -= suf;
	b1 -= suf;
	na = a1 - a0;
	nb = b1 - b0;
	/* Out of memory for the table is an error, not a coarser diff. */
	if (na && nb && (na + 1) <= (size_t)PLAN_UDIFF_MAX_CELLS / (nb + 1)) {
		if (!(t = plan_calloc((na + 1) * (nb + 1), sizeof(*t))))
			return PLAN_ENOMEM;
		/* t[i][j]: the longest common subsequence of a[a0 + i..a1) and b[b0 + j..b1). */
#define T(i, j) t[(i) * (nb + 1) + (j)]
		for (i = na; i-- > 0;)
			for (j = nb; j-- > 0;)
				T(i, j) = (unsigned short)(same(a, a0 + i, b, b0 + j) ? T(i + 1, j + 1) + 1 :
					  T(i + 1, j) >= T(i, j + 1) ? T(i + 1, j) : T(i, j + 1));
		for (i = 0, j = 0; i < na || j < nb;) {
			if (i < na && j < nb && same(a, a0 + i, b, b0 + j)) {
				sc->s[sc->k++] = ' ';
				i++;
				j++;
			} else if (j == nb || (i < na && T(i + 1, j) >= T(i, j + 1))) {
				sc->s[sc->k++] = '-';
				i++;
			} else {
				sc->s[sc->k++] = '+';
				j++;
			}
		}
#undef T
		plan_free(t);
	} else {
		if (na && nb && depth < 32 && (rc = anchors(a, a0, a1, b, b0, b1, &at, &nat)) < 0)
			return rc;
		for (i = 0; i < nat && rc == PLAN_OK; i++) {
			rc = diff_range(a, a0, at[2 * i], b, b0, at[2 * i + 1], sc, depth + 1);
			sc->s[sc->k++] = ' ';
			a0 = at[2 * i] + 1;
			b0 = at[2 * i + 1] + 1;
		}
		plan_free(at);
		if (rc == PLAN_OK && nat) {
			rc = diff_range(a, a0, a1, b, b0, b1, sc, depth + 1);
		} else if (rc == PLAN_OK) {
			for (i = a0; i < a1; i++)
				sc->s[sc->k++] = '-';
			for (j = b0; j < b1; j++)
				sc->s[sc->k++] = '+';
		}
		if (rc != PLAN_OK)
			return rc;
	}
	for (i = 0; i < suf; i++)
		sc->s[sc->k++] = ' ';
	return PLAN_OK;
}

/*
 * The edit script from a to b into *script (plan_malloc'ed, *n marks):
 * ' ' a line of both, '-' a line of a only, '+' of b only.
 */
static int script_of(const struct lines *a, const struct lines *b, char **script, size_t *n)
{
	struct script sc;
	int rc;

	if (!(sc.s = plan_malloc(a->count + b->count + 1)))
		return PLAN_ENOMEM;
	sc.k = 0;
	rc = diff_range(a, 0, a->count, b, 0, b->count, &sc, 0);
	if (rc != PLAN_OK) {
		plan_free(sc.s);
		return rc;
	}
	*script = sc.s;
	*n = sc.k;
	return PLAN_OK;
}

/* Writes the hunk of script[from..to), which starts at line ai of a and bj of b (0-based). */
static void hunk(plan_strbuf *o, const struct lines *a, const struct lines *b, const char *script,
		 size_t from, size_t to, size_t ai, size_t bj)
{
	size_t k, na = 0, nb = 0;
	char h[80];

	for (k = from; k < to; k++) {
		na += script[k] != '+';
		nb += script[k] != '-';
	}
	snprintf(h, sizeof(h), "@@ -%zu,%zu +%zu,%zu @@\n", na ? ai + 1 : ai, na, nb ? bj + 1 : bj, nb);
	plan_strbuf_add(o, h, strlen(h));
	for (k = from; k < to; k++) {
		if (script[k] == '+') {
			put_line(o, '+', b->p[bj], b->n[bj]);
			bj++;
		} else if (script[k] == '-') {
			put_line(o, '-', a->p[ai], a->n[ai]);
			ai++;
		} else {
			put_line(o, ' ', a->p[ai], a->n[ai]);
			ai++;
			bj++;
		}
	}
}

int plan_udiff(const char *name, const char *a, size_t alen, const char *b, size_t blen,
	       char **out, size_t *out_len)
{
	struct lines la = { 0 }, lb = { 0 };
	plan_strbuf o = PLAN_STRBUF_INIT;
	char *script = NULL;
	size_t n = 0, k, ai = 0, bj = 0;
	int rc;

	*out = NULL;
	*out_len = 0;
	rc = cut(&la, a, alen);
	if (rc == PLAN_OK)
		rc = cut(&lb, b, blen);
	if (rc == PLAN_OK)
		rc = script_of(&la, &lb, &script, &n);
	if (rc == PLAN_OK) {
		plan_strbuf_add(&o, "", 0);
		for (k = 0; k < n && script[k] == ' '; k++)
			;
		if (k < n) {
			plan_strbuf_add(&o, "--- a/", 6);
			plan_strbuf_add(&o, name, strlen(name));
			plan_strbuf_add(&o, "\n+++ b/", 7);
			plan_strbuf_add(&o, name, strlen(name));
			plan_strbuf_add(&o, "\n", 1);
		}
		/* k: the first change not yet shown; ai, bj: the lines at script[0..k). */
		ai = bj = k;
		while (k < n) {
			size_t from = k > CONTEXT ? k - CONTEXT : 0, to = k, eq = 0, a0, b0, i;
			/* Extend over changes whose gap is within twice the context. */
			while (to < n) {
				if (script[to] != ' ')
					eq = 0;
				else if (eq == 2 * CONTEXT)
					break;
				else
					eq++;
				to++;
			}
			/* Back off the trailing equal lines beyond the context. */
			while (eq > CONTEXT) {
				to--;
				eq--;
			}
			a0 = ai - (k - from);
			b0 = bj - (k - from);
			hunk(&o, &la, &lb, script, from, to, a0, b0);
			for (i = k; i < to; i++) {
				ai += script[i] != '+';
				bj += script[i] != '-';
			}
			for (k = to; k < n && script[k] == ' '; k++)
				ai++, bj++;
		}
	}
	plan_free(script);
	plan_free(la.p);
	plan_free(la.n);
	plan_free(lb.p);
	plan_free(lb.n);
	if (rc == PLAN_OK && o.oom)
		rc = PLAN_ENOMEM;
	if (rc != PLAN_OK) {
		plan_strbuf_free(&o);
		return rc;
	}
	*out = o.s;
	*out_len = o.len;
	return PLAN_OK;
}
