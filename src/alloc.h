/*
 * alloc.h - the library's only way to the system allocator.
 *
 * Every allocation of the library and of the generated scanner goes through
 * these, so that a test can make the n-th allocation fail
 * (plan_alloc_fail_after) and check that each failure is a clean error.
 */
#ifndef PLAN_ALLOC_H
#define PLAN_ALLOC_H

#include <stddef.h>

void *plan_malloc(size_t size);
void *plan_realloc(void *p, size_t size);
void plan_free(void *p);

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
 * Make allocation number n (counting from 0, from this call on) and every
 * later one fail; n < 0 turns failure injection off.  Returns the number of
 * allocations made since the previous call.  For tests only.
 */
long plan_alloc_fail_after(long n);

#endif
