/*
 * alloc.c - malloc with optional, deterministic failure injection.
 *
 * The counters are process-wide: failure injection is a test facility, run
 * single-threaded, and costs one branch when it is off.
 */
#include "alloc.h"

#include <stdlib.h>
#include <sys/mman.h>

static long fail_at = -1; /* allocation index that fails first; -1: none */
static long count;

long plan_alloc_fail_after(long n)
{
	long made = count;
	count = 0;
	fail_at = n;
	return made;
}

static int should_fail(void)
{
	if (fail_at < 0)
		return 0;
	return count++ >= fail_at;
}

void *plan_malloc(size_t size)
{
	if (should_fail())
		return NULL;
	return malloc(size ? size : 1);
}

void *plan_realloc(void *p, size_t size)
{
	if (should_fail())
		return NULL;
	return realloc(p, size ? size : 1);
}

void plan_free(void *p)
{
	free(p);
}

void *plan_malloc_large(size_t size)
{
	void *p;

	if (should_fail())
		return NULL;
#ifdef MADV_HUGEPAGE
	if (size >= PLAN_HUGE_PAGE && posix_memalign(&p, PLAN_HUGE_PAGE, size) == 0) {
		(void)madvise(p, size, MADV_HUGEPAGE);   /* only advice: may be refused */
		return p;
	}
#endif
	return malloc(size ? size : 1);
}
