/*
 * helpers.h - small helpers shared by the unit tests: parse a buffer into a
 * linked plan set, find actions and diagnostics, show the diagnostics of a
 * run when an assertion about them fails, and write and remove the files
 * of a temporary directory.
 *
 * Everything here is static inline so that a test file that does not use a
 * helper still compiles with -Werror.
 */
#ifndef PLAN_TEST_HELPERS_H
#define PLAN_TEST_HELPERS_H

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "diag.h"
#include "load.h"
#include "model.h"
#include "parse.h"

/* Writes every diagnostic of set to stderr, the way plancheck shows them. */
static inline void dump_diags(plan_set *set)
{
	fprintf(stderr, "--- %zu diagnostic(s):\n", set->diags.total);
	plan_diags_write_text(&set->diags, stderr, "plancheck");
	fprintf(stderr, "---\n");
}

/*
 * Sets made by a test are tracked, so that a test that fails half-way
 * (cmocka jumps out of it) leaks nothing under ASan: release() frees one,
 * the teardown release_all() frees what a failed test left.
 */
#define MAX_TRACKED_SETS 64
static plan_set *tracked_sets_[MAX_TRACKED_SETS];

static inline plan_set *track(plan_set *set)
{
	size_t i;

	assert_non_null(set);
	for (i = 0; i < MAX_TRACKED_SETS; i++)
		if (!tracked_sets_[i]) {
			tracked_sets_[i] = set;
			break;
		}
	return set;
}

static inline void release(plan_set *set)
{
	size_t i;

	for (i = 0; i < MAX_TRACKED_SETS; i++)
		if (tracked_sets_[i] == set)
			tracked_sets_[i] = NULL;
	plan_set_free(set);
}

static inline int release_all(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < MAX_TRACKED_SETS; i++) {
		plan_set_free(tracked_sets_[i]);
		tracked_sets_[i] = NULL;
	}
	return 0;
}

/* A cmocka test whose sets are freed even when it fails. */
#define TEST(f) cmocka_unit_test_teardown(f, release_all)

/* Parses buf[0..len) as "t.plan" into a new set and links it. */
static inline plan_set *parse_n(const char *buf, size_t len)
{
	plan_set *set = track(plan_set_new());

	assert_int_equal(plan_load_buffer(set, "t.plan", buf, len), PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	return set;
}

static inline plan_set *parse(const char *s)
{
	return parse_n(s, strlen(s));
}

static inline size_t nerrors(const plan_set *set)
{
	return set->diags.count[PLAN_SEV_ERROR];
}

/* Asserts the number of errors, showing the diagnostics when it is wrong. */
#define assert_errors(set, n) do {                                        \
		if (nerrors(set) != (size_t)(n))                          \
			dump_diags(set);                                  \
		assert_int_equal(nerrors(set), (n));                      \
	} while (0)

/* The first diagnostic of severity sev (or any, sev < 0) whose message contains sub. */
static inline const plan_diag *find_diag(const plan_set *set, int sev, const char *sub)
{
	const plan_diag *g;

	for (g = set->diags.head; g; g = g->next)
		if ((sev < 0 || (int)g->sev == sev) && g->msg && strstr(g->msg, sub))
			return g;
	return NULL;
}

/* As find_diag, failing the test (and showing the diagnostics) when there is none. */
static inline const plan_diag *need_diag(plan_set *set, int sev, const char *sub)
{
	const plan_diag *g = find_diag(set, sev, sub);

	if (!g) {
		fprintf(stderr, "no diagnostic containing \"%s\"\n", sub);
		dump_diags(set);
	}
	assert_non_null(g);
	return g;
}

/* Line and column where diagnostic g starts. */
static inline size_t diag_line(const plan_diag *g)
{
	size_t line = 0, col = 0;

	assert_non_null(g->src);
	plan_source_linecol((plan_source *)g->src, g->span.start, &line, &col);
	return line;
}

static inline size_t diag_col(const plan_diag *g)
{
	size_t line = 0, col = 0;

	assert_non_null(g->src);
	plan_source_linecol((plan_source *)g->src, g->span.start, &line, &col);
	return col;
}

/* The action with this id, or NULL. */
static inline plan_action *find_action(const plan_set *set, const char *id)
{
	const plan_named *n = plan_set_find(set, id);

	return n && n->kind == PLAN_KIND_ACTION ? (plan_action *)n->obj : NULL;
}

/* As find_action, failing the test when there is no such action. */
static inline plan_action *need_action(const plan_set *set, const char *id)
{
	plan_action *a = find_action(set, id);

	if (!a)
		fprintf(stderr, "no action %s\n", id);
	assert_non_null(a);
	return a;
}

/* The n-th (from 0) element of a list of plan_* nodes linked by next. */
#define NTH(head, n) \
	((__typeof__(head))nth_node_((const void *)(head), (n), offsetof(__typeof__(*(head)), next)))
static inline void *nth_node_(const void *p, size_t n, size_t next_off)
{
	while (p && n--)
		p = *(void *const *)((const char *)p + next_off);
	assert_non_null(p);
	return (void *)p;
}

/* Asserts that a plan_date is y-m-d at precision prec. */
#define assert_date(d, y, m, dd, pr) do {                                 \
		const plan_date *d_ = (d);                                \
		assert_int_equal(d_->year, (y));                          \
		assert_int_equal(d_->month, (m));                         \
		assert_int_equal(d_->day, (dd));                          \
		assert_int_equal(d_->prec, (pr));                         \
	} while (0)

/*
 * Removes path and, if it is a directory, everything in it (made writable
 * first: a test may have taken the write permission away).
 */
/* dir/rel, in a static buffer (one of four, so that a few can be live at once). */
static inline const char *path_in(const char *dir, const char *rel)
{
	static char bufs[4][600];
	static int next;
	char *b = bufs[next++ % 4];

	snprintf(b, sizeof(bufs[0]), "%s/%s", dir, rel);
	return b;
}

/* Writes text to the file at path, making the missing directories on the way. */
static inline void write_text(const char *path, const char *text)
{
	char dirs[600], *slash;
	FILE *f;

	snprintf(dirs, sizeof(dirs), "%s", path);
	for (slash = dirs + 1; (slash = strchr(slash, '/')) != NULL; slash++) {
		*slash = '\0';
		mkdir(dirs, 0700);
		*slash = '/';
	}
	f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
}

static inline void remove_tree(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;

	if (lstat(path, &st) < 0)
		return;
	if (!S_ISDIR(st.st_mode)) {
		unlink(path);
		return;
	}
	chmod(path, 0700);
	d = opendir(path);
	if (d) {
		while ((e = readdir(d)) != NULL) {
			size_t n = strlen(path) + strlen(e->d_name) + 2;
			char *sub;
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			if ((sub = malloc(n)) == NULL)
				break;
			snprintf(sub, n, "%s/%s", path, e->d_name);
			remove_tree(sub);
			free(sub);
		}
		closedir(d);
	}
	rmdir(path);
}

#endif
