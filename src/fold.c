/*
 * fold.c - names compared as people read them (fold.h), with utf8proc.
 *
 * utf8proc_decompose writes the code points of the folded text into a
 * buffer given to it, and utf8proc_reencode composes them (NFC) and
 * writes them back as UTF-8 into the same buffer: neither allocates.  The
 * buffer is on the stack for the text of a name; longer text gets one
 * from alloc.h, like every other allocation of the library (utf8proc's
 * own allocating functions, utf8proc_map and the like, are not used).
 */
#include "fold.h"
#include "alloc.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

/* Code points the stack holds: names and leads fit. */
#define FOLD_STACK 256

static utf8proc_option_t options(plan_fold_how how)
{
	if (how == PLAN_FOLD_LOOSE)
		return UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
		       UTF8PROC_LUMP | UTF8PROC_IGNORE;
	return UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
}

/* Copies s[0..n) into out[0..size), cut at a character boundary, NUL-terminated. */
static void put(char *out, size_t size, const char *s, size_t n)
{
	if (n >= size) {
		n = size - 1;
		while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;    /* not in the middle of a character */
	}
	memmove(out, s, n);
	out[n] = '\0';
}

/* ASCII letters folded, other bytes kept: all that ASCII text needs. */
static size_t fold_bytes(char *out, size_t size, const char *s, size_t n)
{
	size_t i, m = n < size ? n : size - 1;

	for (i = 0; i < m; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i]);
	if (n >= size)
		while (m && ((unsigned char)s[m] & 0xC0) == 0x80)
			m--;    /* not in the middle of a character */
	out[m] = '\0';
	return n;
}

/*
 * Whether c, not ASCII, comes out of NFC and case folding as it is,
 * whatever is around it: it folds and decomposes to itself, and it is
 * neither a mark nor a Hangul jamo (the characters that compose with the
 * one before them; no ASCII character does).  Most of the non-ASCII
 * characters of leads are so (’ – £), which spares them utf8proc's
 * whole pipeline; é is not (it decomposes), and takes it.
 */
static int inert(utf8proc_int32_t c)
{
	utf8proc_category_t k = utf8proc_category(c);
	utf8proc_int32_t d[4];

	if ((k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME) || (c >= 0x1100 && c <= 0x11FF))
		return 0;
	return utf8proc_decompose_char(c, d, 4, options(PLAN_FOLD_CASE), NULL) == 1 && d[0] == c;
}

/* Whether folding s[0..n) only lowers its ASCII letters. */
static int bytes_will_do(const char *s, size_t n, plan_fold_how how)
{
	size_t i = 0;

	/* ASCII, eight bytes at a time. */
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ULL)
			break;
	}
	while (i < n) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k;

		if (!((unsigned char)s[i] & 0x80)) {
			i++;
			continue;
		}
		if (how != PLAN_FOLD_CASE)
			return 0;
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &c);
		if (k <= 0 || !inert(c))
			return 0;
		i += (size_t)k;
	}
	return 1;
}

int plan_fold_is_ascii_case(const char *s, size_t n)
{
	return bytes_will_do(s, n, PLAN_FOLD_CASE);
}

size_t plan_fold(char *out, size_t size, const char *s, size_t n, plan_fold_how how)
{
	utf8proc_int32_t stack[FOLD_STACK], *cp = stack;
	utf8proc_option_t opt = options(how);
	utf8proc_ssize_t m, len;

	if (bytes_will_do(s, n, how))
		return fold_bytes(out, size, s, n);
	/* One slot more than the code points: utf8proc_reencode ends the
	 * bytes it writes over them with a NUL. */
	m = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, cp, FOLD_STACK - 1, opt);
	if (m > FOLD_STACK - 1) {
		if (!(cp = plan_calloc((size_t)m + 1, sizeof(*cp))))
			return (size_t)-1;
		m = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, cp, m, opt);
	}
	len = m < 0 ? m : utf8proc_reencode(cp, m, opt);
	if (len < 0) {
		/* Not UTF-8: never plan text, but the caller is told something. */
		if (cp != stack)
			plan_free(cp);
		return fold_bytes(out, size, s, n);
	}
	put(out, size, (const char *)cp, (size_t)len);
	if (cp != stack)
		plan_free(cp);
	return (size_t)len;
}

char *plan_fold_arena(plan_arena *a, const char *s, size_t n, plan_fold_how how, size_t *len)
{
	char small[512], *out;
	size_t k = plan_fold(small, sizeof(small), s, n, how);

	if (k == (size_t)-1)
		return NULL;
	if (!(out = plan_arena_alloc(a, k + 1)))
		return NULL;
	if (k < sizeof(small))
		memcpy(out, small, k + 1);
	else if (plan_fold(out, k + 1, s, n, how) == (size_t)-1)
		return NULL;
	if (len)
		*len = k;
	return out;
}

static int word_category(utf8proc_int32_t c)
{
	utf8proc_category_t k = utf8proc_category(c);
	return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NO;
}

int plan_fold_is_word(const char *s, size_t n)
{
	unsigned char b = (unsigned char)s[0];
	utf8proc_int32_t c;

	if (b < 0x80)
		return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
	if (utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)(n < 4 ? n : 4), &c) <= 0)
		return 0;
	return word_category(c);
}

int plan_fold_word_before(const char *s, size_t i)
{
	size_t j = i - 1;

	while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	return plan_fold_is_word(s + j, i - j);
}
