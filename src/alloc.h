/*
 * alloc.h - the library's only way to the system allocator.
 *
 * Every allocation of the library, of the commands, of the generated
 * scanner and parser, and of libgit2 and jansson (history.c and json.c
 * hand them these functions) goes through here, so that a test can make
 * the n-th allocation fail (plan_alloc_fail_after) and check that each
 * failure is a clean error.  A failure records PLAN_ENOMEM and "out of
 * memory" (error.h) as it happens.
 *
 * The Makefile includes this header first in every file of src/ but
 * alloc.c, with PLAN_HIDE_SYSTEM_ALLOC defined, and its end then hides
 * malloc, calloc, realloc, strdup, strndup and free: a direct call does
 * not compile.
 */
#ifndef PLAN_ALLOC_H
#define PLAN_ALLOC_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

void *plan_malloc(size_t size);
void *plan_realloc(void *p, size_t size);
void plan_free(void *p);

/* n zeroed elements of size bytes; NULL when memory ran out or n * size overflows. */
void *plan_calloc(size_t n, size_t size);

/* A copy of s, or of its first n bytes and a NUL; NULL when memory ran out. */
char *plan_strdup(const char *s);
char *plan_strndup(const char *s, size_t n);

/* The size of a transparent huge page on x86-64 and arm64 Linux. */
#define PLAN_HUGE_PAGE ((size_t)2 << 20)

/*
 * As plan_malloc, for a block of at least PLAN_HUGE_PAGE that will be
 * filled: where the system has transparent huge pages, the block is
 * aligned to them and asks for them, so that filling it costs one page
 * fault per 2 MiB instead of one per 4 KiB.  Freed with plan_free.
 */
void *plan_malloc_large(size_t size);

/*
 * Makes *pv (an array of *cap elements of size bytes, plan_malloc'ed, or
 * NULL) hold at least need elements: unchanged when it does, else moved
 * to a larger block (at least twice as large) and *cap updated.  Returns
 * 0, or PLAN_ENOMEM with *pv and *cap unchanged.  The elements up to the
 * old *cap are kept; those past it are not initialised.
 */
int plan_array_grow(void *pv, size_t *cap, size_t need, size_t size);

/* PLAN_GROW(v, cap, need): plan_array_grow for an array v of any type. */
#define PLAN_GROW(v, cap, need) \
	((need) <= (cap) && (v) ? 0 : plan_array_grow(&(v), &(cap), (need), sizeof(*(v))))

/*
 * Make allocation number n (counting from 0, from this call on) and every
 * later one fail; n < 0 turns failure injection off.  Returns the number of
 * allocations made since the previous call.  For tests only.
 */
long plan_alloc_fail_after(long n);

/*
 * The same, but only allocation number n fails: a failure that is
 * swallowed then shows as an answer that differs, since what follows it
 * succeeds.  For tests only.
 */
long plan_alloc_fail_only(long n);

#ifdef PLAN_HIDE_SYSTEM_ALLOC
#define malloc(n) use_plan_malloc_not_malloc
#define calloc(n, size) use_plan_calloc_not_calloc
#define realloc(p, n) use_plan_realloc_not_realloc
#define strdup(s) use_plan_strdup_not_strdup
#define strndup(s, n) use_plan_strndup_not_strndup
#define free(p) use_plan_free_not_free
#endif

#endif
