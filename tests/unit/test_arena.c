/*
 * test_arena.c - the bump allocator everything of a parse lives in
 * (src/arena.h).
 *
 * Covered: every allocation is aligned to alignof(max_align_t), whatever
 * the sizes before it; a 1 MB allocation; many small allocations that
 * never overlap; plan_arena_strndup; plan_arena_zalloc zeroes (even memory
 * that was used before); size 0; impossible sizes; running out of memory
 * (plan_alloc_fail_after) gives NULL and leaves the arena usable.
 */
#include "helpers.h"

#include <stdalign.h>

#include "alloc.h"
#include "arena.h"

#define ALIGN alignof(max_align_t)

static int aligned(const void *p)
{
	return ((uintptr_t)p % ALIGN) == 0;
}

static void test_alignment(void **state)
{
	plan_arena *a = plan_arena_new();
	size_t size;

	(void)state;
	assert_non_null(a);
	/* Every size from 0 to 300, twice over, then a few big ones between. */
	for (size = 0; size <= 600; size++) {
		void *p = plan_arena_alloc(a, size % 301);
		assert_non_null(p);
		assert_true(aligned(p));
		if (size % 97 == 0) {
			void *big = plan_arena_alloc(a, 20000 + size);
			assert_non_null(big);
			assert_true(aligned(big));
		}
	}
	assert_true(aligned(plan_arena_zalloc(a, 3)));
	assert_true(aligned(plan_arena_strndup(a, "abc", 3)));
	/* A max_align_t can be stored where the arena says. */
	{
		max_align_t *m = plan_arena_alloc(a, sizeof(*m));
		assert_non_null(m);
		memset(m, 0, sizeof(*m));
	}
	plan_arena_free(a);
}

static void test_one_megabyte(void **state)
{
	const size_t mb = 1024 * 1024;
	plan_arena *a = plan_arena_new();
	unsigned char *small1, *big, *small2;
	size_t i;

	(void)state;
	assert_non_null(a);
	small1 = plan_arena_alloc(a, 100);
	assert_non_null(small1);
	memset(small1, 0x11, 100);
	big = plan_arena_alloc(a, mb);
	assert_non_null(big);
	assert_true(aligned(big));
	for (i = 0; i < mb; i++)
		big[i] = (unsigned char)(i * 7);
	/* Small allocations after it still come, and nothing overlaps. */
	small2 = plan_arena_alloc(a, 100);
	assert_non_null(small2);
	memset(small2, 0x22, 100);
	for (i = 0; i < mb; i++)
		assert_int_equal(big[i], (unsigned char)(i * 7));
	for (i = 0; i < 100; i++) {
		assert_int_equal(small1[i], 0x11);
		assert_int_equal(small2[i], 0x22);
	}
	assert_true(plan_arena_used(a) >= mb + 200);
	plan_arena_free(a);
}

static void test_many_small(void **state)
{
	enum { N = 100000 };
	plan_arena *a = plan_arena_new();
	unsigned char **p = malloc(N * sizeof(*p));
	size_t i, j, used = 0;

	(void)state;
	assert_non_null(a);
	assert_non_null(p);
	for (i = 0; i < N; i++) {
		size_t n = 1 + i % 40;
		p[i] = plan_arena_alloc(a, n);
		assert_non_null(p[i]);
		assert_true(aligned(p[i]));
		memset(p[i], (int)(i % 251), n);
		used += n;
	}
	/* Each still holds what was written: no two overlap. */
	for (i = 0; i < N; i++)
		for (j = 0; j < 1 + i % 40; j++)
			assert_int_equal(p[i][j], i % 251);
	assert_true(plan_arena_used(a) >= used);
	free(p);
	plan_arena_free(a);
}

static void test_strndup(void **state)
{
	plan_arena *a = plan_arena_new();
	char *s;
	static const char with_nul[] = "ab\0cd";

	(void)state;
	assert_non_null(a);
	s = plan_arena_strndup(a, "hello world", 5);
	assert_non_null(s);
	assert_string_equal(s, "hello");
	s = plan_arena_strndup(a, "xyz", 0);
	assert_non_null(s);
	assert_string_equal(s, "");
	/* Exactly len bytes are copied, even past a NUL, and one is added. */
	s = plan_arena_strndup(a, with_nul, 5);
	assert_non_null(s);
	assert_memory_equal(s, with_nul, 6);
	/* The source need not be NUL-terminated. */
	{
		char raw[4] = { 'a', 'b', 'c', 'd' };
		s = plan_arena_strndup(a, raw, 4);
		assert_string_equal(s, "abcd");
	}
	/* A long one. */
	{
		char *big = malloc(100000);
		size_t i;
		assert_non_null(big);
		for (i = 0; i < 100000; i++)
			big[i] = (char)('a' + i % 26);
		s = plan_arena_strndup(a, big, 100000);
		assert_non_null(s);
		assert_memory_equal(s, big, 100000);
		assert_int_equal(s[100000], '\0');
		free(big);
	}
	plan_arena_free(a);
}

static void test_zalloc_zeroes(void **state)
{
	plan_arena *a;
	size_t sizes[] = { 1, 7, 64, 1000, 8000, 50000 }, i, j;

	(void)state;
	/* Dirty some memory and give it back, so that the next arena may reuse it. */
	a = plan_arena_new();
	assert_non_null(a);
	for (i = 0; i < 6; i++)
		memset(plan_arena_alloc(a, sizes[i]), 0xA5, sizes[i]);
	plan_arena_free(a);

	a = plan_arena_new();
	assert_non_null(a);
	for (j = 0; j < 4; j++) {
		for (i = 0; i < 6; i++) {
			unsigned char *p = plan_arena_zalloc(a, sizes[i]);
			size_t k;
			assert_non_null(p);
			for (k = 0; k < sizes[i]; k++)
				assert_int_equal(p[k], 0);
			/* Dirty it: the next zalloc must not see this. */
			memset(p, 0xA5, sizes[i]);
		}
	}
	plan_arena_free(a);
}

static void test_zero_size(void **state)
{
	plan_arena *a = plan_arena_new();
	void *p, *q;

	(void)state;
	assert_non_null(a);
	p = plan_arena_alloc(a, 0);
	q = plan_arena_alloc(a, 0);
	assert_non_null(p);
	assert_non_null(q);
	assert_ptr_not_equal(p, q);
	assert_non_null(plan_arena_zalloc(a, 0));
	plan_arena_free(a);
	plan_arena_free(NULL);
}

static void test_impossible_sizes(void **state)
{
	plan_arena *a = plan_arena_new();

	(void)state;
	assert_non_null(a);
	assert_null(plan_arena_alloc(a, SIZE_MAX));
	assert_null(plan_arena_alloc(a, SIZE_MAX - 1));
	assert_null(plan_arena_alloc(a, SIZE_MAX - ALIGN + 1));
	assert_null(plan_arena_zalloc(a, SIZE_MAX));
	assert_null(plan_arena_strndup(a, "x", SIZE_MAX));
	/* Still usable. */
	assert_non_null(plan_arena_alloc(a, 10));
	plan_arena_free(a);
}

static void test_out_of_memory(void **state)
{
	plan_arena *a;
	void *p;

	(void)state;
	plan_alloc_fail_after(0);
	assert_null(plan_arena_new());
	plan_alloc_fail_after(-1);

	a = plan_arena_new();
	assert_non_null(a);
	/* The first block cannot be had. */
	plan_alloc_fail_after(0);
	assert_null(plan_arena_alloc(a, 10));
	assert_null(plan_arena_zalloc(a, 10));
	assert_null(plan_arena_strndup(a, "abc", 3));
	/* Nor a block of its own for a big one. */
	assert_null(plan_arena_alloc(a, 1024 * 1024));
	plan_alloc_fail_after(-1);
	/* Afterwards the arena works again. */
	p = plan_arena_alloc(a, 10);
	assert_non_null(p);
	/* Allocations that fit in the current block need no new memory. */
	plan_alloc_fail_after(0);
	assert_non_null(plan_arena_alloc(a, 10));
	assert_null(plan_arena_alloc(a, 1024 * 1024));
	assert_int_equal(plan_alloc_fail_after(-1), 1);
	plan_arena_free(a);
}

static int injection_off(void **state)
{
	(void)state;
	plan_alloc_fail_after(-1);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alignment),
		cmocka_unit_test(test_one_megabyte),
		cmocka_unit_test(test_many_small),
		cmocka_unit_test(test_strndup),
		cmocka_unit_test(test_zalloc_zeroes),
		cmocka_unit_test(test_zero_size),
		cmocka_unit_test(test_impossible_sizes),
		cmocka_unit_test_teardown(test_out_of_memory, injection_off),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
