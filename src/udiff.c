/*
 * udiff.c - unified diffs (udiff.h).
 *
 * Both texts are cut into lines (pointer and length, the line break
 * included); equal lines at both ends are matched first, then the middle
 * by the longest common subsequence (a table of lengths filled from the
 * end, then walked from the start: the edit script comes out in order).
 * The table has at most PLAN_UDIFF_MAX_CELLS cells, so the shorter side
 * has at most 4096 lines and a length fits in 16 bits (32 MiB at most).
 * The script is a string of ' ', '-' and '+', one per line shown; hunks
 * gather the changes whose context of three lines touch, as diff -u does.
 */
#include <stdio.h>
#include <string.h>

#include "alloc.h"
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

struct out {
	char *p;
	size_t len, cap;
	int oom;
};

static void put(struct out *o, const char *s, size_t n)
{
	if (o->oom || PLAN_GROW(o->p, o->cap, o->len + n + 1) < 0) {
		o->oom = 1;
		return;
	}
	memcpy(o->p + o->len, s, n);
	o->len += n;
	o->p[o->len] = '\0';
}

static void put_line(struct out *o, char mark, const char *s, size_t n)
{
	put(o, &mark, 1);
	put(o, s, n);
	if (!n || s[n - 1] != '\n')
		put(o, "\n\\ No newline at end of file\n", 29);
}

/*
 * The edit script from a to b into *script (plan_malloc'ed, *n marks):
 * ' ' a line of both, '-' a line of a only, '+' of b only.
 */
static int script_of(const struct lines *a, const struct lines *b, char **script, size_t *n)
{
	size_t pre = 0, suf = 0, na, nb, i, j, k = 0;
	unsigned short *t = NULL;   /* lengths: at most min(na, nb), under 4097 */
	char *s;

	while (pre < a->count && pre < b->count && same(a, pre, b, pre))
		pre++;
	while (suf < a->count - pre && suf < b->count - pre &&
	       same(a, a->count - 1 - suf, b, b->count - 1 - suf))
		suf++;
	na = a->count - pre - suf;
	nb = b->count - pre - suf;
	if (!(s = plan_malloc(a->count + b->count + 1)))
		return PLAN_ENOMEM;
	for (i = 0; i < pre; i++)
		s[k++] = ' ';
	/* Out of memory for the table is an error, not a coarser diff. */
	if (na && nb && (na + 1) <= (size_t)PLAN_UDIFF_MAX_CELLS / (nb + 1) &&
	    !(t = plan_calloc((na + 1) * (nb + 1), sizeof(*t)))) {
		plan_free(s);
		return PLAN_ENOMEM;
	}
	if (t) {
		/* t[i][j]: the longest common subsequence of a's middle from i and b's from j. */
#define T(i, j) t[(i) * (nb + 1) + (j)]
		for (i = na; i-- > 0;)
			for (j = nb; j-- > 0;)
				T(i, j) = (unsigned short)(same(a, pre + i, b, pre + j) ? T(i + 1, j + 1) + 1 :
					  T(i + 1, j) >= T(i, j + 1) ? T(i + 1, j) : T(i, j + 1));
		for (i = 0, j = 0; i < na || j < nb;) {
			if (i < na && j < nb && same(a, pre + i, b, pre + j)) {
				s[k++] = ' ';
				i++;
				j++;
			} else if (j == nb || (i < na && T(i + 1, j) >= T(i, j + 1))) {
				s[k++] = '-';
				i++;
			} else {
				s[k++] = '+';
				j++;
			}
		}
#undef T
		plan_free(t);
	} else {
		for (i = 0; i < na; i++)
			s[k++] = '-';
		for (j = 0; j < nb; j++)
			s[k++] = '+';
	}
	for (i = 0; i < suf; i++)
		s[k++] = ' ';
	*script = s;
	*n = k;
	return PLAN_OK;
}

/* Writes the hunk of script[from..to), which starts at line ai of a and bj of b (0-based). */
static void hunk(struct out *o, const struct lines *a, const struct lines *b, const char *script,
		 size_t from, size_t to, size_t ai, size_t bj)
{
	size_t k, na = 0, nb = 0;
	char h[80];

	for (k = from; k < to; k++) {
		na += script[k] != '+';
		nb += script[k] != '-';
	}
	snprintf(h, sizeof(h), "@@ -%zu,%zu +%zu,%zu @@\n", na ? ai + 1 : ai, na, nb ? bj + 1 : bj, nb);
	put(o, h, strlen(h));
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
	struct out o = { 0 };
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
		put(&o, "", 0);
		for (k = 0; k < n && script[k] == ' '; k++)
			;
		if (k < n) {
			put(&o, "--- a/", 6);
			put(&o, name, strlen(name));
			put(&o, "\n+++ b/", 7);
			put(&o, name, strlen(name));
			put(&o, "\n", 1);
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
		plan_free(o.p);
		return rc;
	}
	*out = o.p;
	*out_len = o.len;
	return PLAN_OK;
}
