/*
 * alloc.c - malloc with optional, deterministic failure injection.
 *
 * The counters are process-wide: failure injection is a test facility, run
 * single-threaded, and costs one branch when it is off.  This is the one
 * file of src/ that calls the system allocator (see alloc.h).
 */
#include "alloc.h"
#include "error.h"

#include <stdint.h>
#include <sys/mman.h>

static long fail_at = -1; /* allocation index that fails first; -1: none */
static int fail_once;     /* only that one fails */
static long count;

long plan_alloc_fail_after(long n)
{
	long made = count;
	count = 0;
	fail_at = n;
	fail_once = 0;
	return made;
}

long plan_alloc_fail_only(long n)
{
	long made = plan_alloc_fail_after(n);
	fail_once = 1;
	return made;
}

static int should_fail(void)
{
	if (fail_at < 0)
		return 0;
	return fail_once ? count++ == fail_at : count++ >= fail_at;
}

/*
 * What an allocation gives back; a failure is recorded where it happens
 * (error.h), so whatever returns PLAN_ENOMEM because of it has said why.
 */
static void *given(void *p)
{
	if (!p)
		plan_error_oom();
	return p;
}

void *plan_malloc(size_t size)
{
	if (should_fail())
		return given(NULL);
	return given(malloc(size ? size : 1));
}

void *plan_realloc(void *p, size_t size)
{
	if (should_fail())
		return given(NULL);
	return given(realloc(p, size ? size : 1));
}

void plan_free(void *p)
{
	free(p);
}

void *plan_calloc(size_t n, size_t size)
{
	void *p;

	if (size && n > SIZE_MAX / size)
		return given(NULL);
	if ((p = plan_malloc(n * size)) != NULL)
		memset(p, 0, n * size);
	return p;
}

char *plan_strndup(const char *s, size_t n)
{
	char *d;

	if (n == SIZE_MAX)
		return given(NULL);
	if (!(d = plan_malloc(n + 1)))
		return NULL;
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *plan_strdup(const char *s)
{
	return plan_strndup(s, strlen(s));
}

void *plan_malloc_large(size_t size)
{
	void *p;

	if (should_fail())
		return given(NULL);
#ifdef MADV_HUGEPAGE
	if (size >= PLAN_HUGE_PAGE && posix_memalign(&p, PLAN_HUGE_PAGE, size) == 0) {
		(void)madvise(p, size, MADV_HUGEPAGE);   /* only advice: may be refused */
		return p;
	}
#endif
	return given(malloc(size ? size : 1));
}

int plan_array_grow(void *pv, size_t *cap, size_t need, size_t size)
{
	void *v, *n;
	size_t c = *cap;

	/* pv points at a pointer to the elements, of whatever type: it is
	 * read and written as bytes. */
	memcpy(&v, pv, sizeof(v));
	if (v && need <= c)
		return 0;
	if (c < 16)
		c = 16;
	while (c < need) {
		if (c > SIZE_MAX / 2)
			return plan_error_oom();
		c *= 2;
	}
	if (size && c > SIZE_MAX / size)
		return plan_error_oom();
	if (!(n = plan_realloc(v, c * size)))
		return PLAN_ENOMEM;
	memcpy(pv, &n, sizeof(n));
	*cap = c;
	return 0;
}
