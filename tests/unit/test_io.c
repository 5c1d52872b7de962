/*
 * test_io.c - reading files when the file system misbehaves (src/load.c).
 *
 * The test is linked with --wrap=open,fstat,read (see the Makefile), so
 * that each call the loader makes can be made to fail or to race with a
 * change of the file, deterministically.
 *
 * Covered: a file that shrinks, grows, is truncated to nothing or is
 * unlinked between fstat and read; a file that vanishes before open; read
 * failing with EIO (on the named file and on an included one); read
 * interrupted by EINTR.  Each time: the bytes actually read are parsed, or
 * a clean "cannot read" / "cannot include" diagnostic names the reason,
 * and nothing leaks (the suite runs under ASan and valgrind too).  And a
 * file read already is not opened again; one replaced by a symbolic link
 * out of its tree between the look and the open is refused.
 */
#include "helpers.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <unistd.h>

int __real_open(const char *path, int flags, ...);
int __real_fstat(int fd, struct stat *st);
ssize_t __real_read(int fd, void *buf, size_t n);
int __wrap_open(const char *path, int flags, ...);
int __wrap_fstat(int fd, struct stat *st);
ssize_t __wrap_read(int fd, void *buf, size_t n);

/* What the wrappers do to the next calls. */
static struct {
	const char *vanish_before_open;   /* unlinked just before open */
	const char *unlink_at_fstat;      /* unlinked just after fstat */
	long size_delta;                  /* added to st_size (not below 0) */
	const char *truncate_at_fstat;    /* emptied just after fstat */
	const char *eio_path;             /* read of this file fails with EIO */
	int eio_fd;
	int eintr;                        /* reads that fail with EINTR first */
	int reads;
	const char *count_path;           /* opens of this file are counted */
	int opens;
	const char *swap_path;            /* made a symbolic link to swap_to just before open */
	const char *swap_to;
} io;

static char tmpdir[64];
static char path_a[128], path_b[128];

int __wrap_open(const char *path, int flags, ...)
{
	int fd;

	if (io.vanish_before_open && strcmp(path, io.vanish_before_open) == 0)
		unlink(path);
	if (io.count_path && strcmp(path, io.count_path) == 0)
		io.opens++;
	if (io.swap_path && strcmp(path, io.swap_path) == 0) {
		unlink(path);
		assert_int_equal(symlink(io.swap_to, path), 0);
	}
	fd = __real_open(path, flags);
	if (fd >= 0 && io.eio_path && strcmp(path, io.eio_path) == 0)
		io.eio_fd = fd;
	return fd;
}

int __wrap_fstat(int fd, struct stat *st)
{
	int rc = __real_fstat(fd, st);

	if (rc == 0 && S_ISREG(st->st_mode)) {
		if (io.unlink_at_fstat)
			unlink(io.unlink_at_fstat);
		if (io.truncate_at_fstat)
			assert_int_equal(truncate(io.truncate_at_fstat, 0), 0);
		if (io.size_delta < 0 && -io.size_delta > st->st_size)
			st->st_size = 0;
		else
			st->st_size += io.size_delta;
	}
	return rc;
}

ssize_t __wrap_read(int fd, void *buf, size_t n)
{
	io.reads++;
	if (io.eintr > 0) {
		io.eintr--;
		errno = EINTR;
		return -1;
	}
	if (io.eio_path && fd == io.eio_fd) {
		errno = EIO;
		return -1;
	}
	return __real_read(fd, buf, n);
}

static const char plan_a[] =
	"plan P Plan read under trouble\n"
	"  period 2019/20\n"
	"action A1 First\n"
	"  lead Jane Smith\n"
	"  due 2019-12\n"
	"action A2 Second\n"
	"  lead Jane Smith\n"
	"  due 2020-01\n";

static int setup(void **state)
{
	(void)state;
	memset(&io, 0, sizeof(io));
	io.eio_fd = -1;
	strcpy(tmpdir, "/tmp/plan-test-io-XXXXXX");
	if (!mkdtemp(tmpdir))
		return -1;
	snprintf(path_a, sizeof(path_a), "%s/a.plan", tmpdir);
	snprintf(path_b, sizeof(path_b), "%s/b.plan", tmpdir);
	write_text(path_a, plan_a);
	return 0;
}

static int teardown(void **state)
{
	memset(&io, 0, sizeof(io));
	release_all(state);
	remove_tree(tmpdir);
	return 0;
}

/* Loads path into a new set; the set is released by teardown. */
static plan_set *load(const char *path, int want_rc)
{
	plan_set *set = track(plan_set_new());

	assert_non_null(set);
	assert_int_equal(plan_load_file(set, path), want_rc);
	return set;
}

/* The whole of plan_a was read and parsed. */
static void assert_whole(plan_set *set)
{
	assert_errors(set, 0);
	assert_int_equal(set->nsources, 1);
	assert_int_equal(set->sources[0]->len, strlen(plan_a));
	assert_int_equal(set->plans.head->actions.count, 2);
	assert_non_null(plan_set_action(set, "A2"));
}

/* fstat saw a longer file than read finds: what is there is read. */
static void test_shrank_after_fstat(void **state)
{
	(void)state;
	io.size_delta = 4096;
	assert_whole(load(path_a, PLAN_OK));
}

/* fstat saw a shorter (or empty) file than read finds: all of it is read. */
static void test_grew_after_fstat(void **state)
{
	(void)state;
	io.size_delta = -(long)strlen(plan_a) + 3;
	assert_whole(load(path_a, PLAN_OK));
	io.size_delta = -100000;
	assert_whole(load(path_a, PLAN_OK));
}

/*
 * Grown by more than one read after the size fstat saw: read on to the
 * end, whatever the size, the bytes in one piece.
 */
static void test_grew_a_lot_after_fstat(void **state)
{
	static char text[20000];
	const plan_source *src;
	size_t o = 0;
	plan_set *set;
	int i;

	(void)state;
	o += (size_t)snprintf(text + o, sizeof(text) - o, "plan P Long\n  period 2019/20\n");
	for (i = 0; i < 300; i++)
		o += (size_t)snprintf(text + o, sizeof(text) - o,
				      "action A%d Action\n  lead Jane Smith\n  due 2019-12\n", i);
	write_text(path_a, text);
	io.size_delta = -(long)o + 100;
	set = load(path_a, PLAN_OK);
	assert_errors(set, 0);
	src = set->sources[0];
	assert_int_equal(src->len, o);
	assert_memory_equal(src->buf, text, o);
	assert_int_equal(src->buf[o], '\0');
	assert_int_equal(src->buf[o + 1], '\0');
	assert_int_equal(set->plans.head->actions.count, 300);
}

/* Emptied between fstat and read: an empty file, with no error. */
static void test_truncated_after_fstat(void **state)
{
	plan_set *set;

	(void)state;
	io.truncate_at_fstat = path_a;
	set = load(path_a, PLAN_OK);
	assert_errors(set, 0);
	assert_int_equal(set->nsources, 1);
	assert_int_equal(set->sources[0]->len, 0);
	assert_int_equal(set->plans.count, 0);
}

/* Unlinked after it was opened: the open file is still read whole. */
static void test_unlinked_after_open(void **state)
{
	(void)state;
	io.unlink_at_fstat = path_a;
	assert_whole(load(path_a, PLAN_OK));
	assert_int_equal(access(path_a, F_OK), -1);
}

/* Gone before it could be opened: a clean error naming the reason. */
static void test_vanished_before_open(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	io.vanish_before_open = path_a;
	set = load(path_a, PLAN_EREAD);
	g = need_diag(set, PLAN_SEV_ERROR, "cannot read");
	assert_non_null(strstr(g->msg, strerror(ENOENT)));
	assert_int_equal(set->nsources, 0);
}

static void test_read_error(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	io.eio_path = path_a;
	set = load(path_a, PLAN_EREAD);
	g = need_diag(set, PLAN_SEV_ERROR, "cannot read");
	assert_non_null(strstr(g->msg, strerror(EIO)));
	assert_errors(set, 1);
	assert_int_equal(set->nsources, 0);
}

/* An included file that cannot be read: the includer is still checked. */
static void test_read_error_in_include(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	write_text(path_b, "plan P Includer\n  period 2019/20\ninclude a.plan\n"
			   "action B1 Own action\n  lead Jane Smith\n  due 2019-12\n");
	io.eio_path = path_a;
	set = load(path_b, PLAN_OK);
	g = need_diag(set, PLAN_SEV_ERROR, "cannot include");
	assert_non_null(strstr(g->msg, strerror(EIO)));
	assert_non_null(strstr(g->msg, "a.plan"));
	assert_int_equal(diag_line(g), 3);
	assert_errors(set, 1);
	assert_non_null(plan_set_action(set, "B1"));
	assert_null(plan_set_action(set, "A1"));
}

/* Interrupted reads are retried. */
static void test_interrupted_read(void **state)
{
	(void)state;
	io.eintr = 3;
	assert_whole(load(path_a, PLAN_OK));
	assert_int_equal(io.eintr, 0);
	assert_true(io.reads >= 4);
}

/*
 * A file read already is not opened again: not when it is included again
 * (under another name too), nor when it is named again, nor when a
 * buffer stands for it (plan_load_buffer needs only to know what it is).
 */
static void test_read_once(void **state)
{
	plan_set *set;
	char dotted[160];

	(void)state;
	write_text(path_b, "plan B Includer\ninclude a.plan\ninclude a.plan\ninclude ./a.plan\n");
	io.count_path = path_a;
	set = load(path_b, PLAN_OK);
	assert_int_equal(plan_load_file(set, path_a), PLAN_OK);
	snprintf(dotted, sizeof(dotted), "%s/./a.plan", tmpdir);
	assert_int_equal(plan_load_file(set, dotted), PLAN_OK);
	assert_int_equal(set->nsources, 2);
	assert_errors(set, 0);
	assert_int_equal(set->diags.count[PLAN_SEV_NOTE], 2);
	assert_int_equal(io.opens, 1);

	io.opens = 0;
	set = track(plan_set_new());
	assert_int_equal(plan_load_buffer(set, path_a, plan_a, strlen(plan_a)), PLAN_OK);
	assert_int_equal(plan_load_file(set, path_a), PLAN_OK);
	assert_int_equal(set->nsources, 1);
	assert_int_equal(io.opens, 0);

	/* Files named together are read to see which include which, and
	 * those bytes are the ones parsed: each file is read once. */
	{
		const char *paths[] = { path_a, path_b };
		io.opens = 0;
		set = track(plan_set_new());
		assert_int_equal(plan_load_paths(set, paths, 2), PLAN_OK);
		assert_int_equal(set->nsources, 2);
		assert_string_equal(set->sources[0]->path, path_b);   /* a.plan in its includer */
		assert_errors(set, 0);
		assert_int_equal(io.opens, 1);
	}
}

/*
 * A file inside the tree when it was looked at, replaced by a link out of
 * it before it was opened: what was opened is not what was looked at, and
 * is refused, named or included.
 */
static void test_replaced_by_a_link_out(void **state)
{
	char named[160], inc[160];
	plan_set *set;
	const plan_diag *g;

	(void)state;
	write_text(path_a, "SECRET\n");
	snprintf(named, sizeof(named), "%s/d/named.plan", tmpdir);
	snprintf(inc, sizeof(inc), "%s/d/inc.plan", tmpdir);
	write_text(named, "plan N T\ninclude inc.plan\n");
	write_text(inc, "action I1 t\n");
	io.swap_path = inc;
	io.swap_to = "../a.plan";
	set = load(named, PLAN_OK);
	g = need_diag(set, PLAN_SEV_ERROR, "cannot include");
	assert_non_null(strstr(g->msg, "it was replaced while it was being read"));
	assert_int_equal(set->nsources, 1);
	assert_null(find_diag(set, -1, "SECRET"));

	unlink(inc);
	write_text(inc, "action I1 t\n");
	io.swap_path = inc;
	set = load(inc, PLAN_EREAD);
	g = need_diag(set, PLAN_SEV_ERROR, "cannot read");
	assert_non_null(strstr(g->msg, "it was replaced while it was being read"));
	assert_int_equal(set->nsources, 0);
}

#define IO_TEST(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		IO_TEST(test_shrank_after_fstat),
		IO_TEST(test_grew_after_fstat),
		IO_TEST(test_grew_a_lot_after_fstat),
		IO_TEST(test_truncated_after_fstat),
		IO_TEST(test_unlinked_after_open),
		IO_TEST(test_vanished_before_open),
		IO_TEST(test_read_error),
		IO_TEST(test_read_error_in_include),
		IO_TEST(test_interrupted_read),
		IO_TEST(test_read_once),
		IO_TEST(test_replaced_by_a_link_out),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
