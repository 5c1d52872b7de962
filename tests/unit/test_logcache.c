/*
 * test_logcache.c - planlog's cache file (src/logcache.c), used directly:
 * a temporary directory (mkdtemp under /tmp, removed after each test)
 * stands for the git directory.
 *
 * Covered: 'K' entries (keys, the any flag, no keys, an absent file's
 * zero id, a key cut at 255 bytes, the same pair twice), commit
 * entries (author times to both ends of long long, several changes,
 * none, a path at and past the u16 limit), and the bytes kept of a blob
 * and its facts per digest of ids ('R', 'F': empty, with NULs, long;
 * unknown flags dropped; kinds never answer for one another), and
 * commits' parents and times ('P': none, one, forty) read
 * back after a close and a reopen, in one batch or several; many entries
 * whose ids share their first bytes (the hash table grows and probes);
 * a batch torn, cut short or flipped: it and the batches after it are not
 * read, those before it are, and the next write cuts the file there; a
 * file with a wrong header, too short, empty, or a directory; NULL
 * handles; a git directory that does not exist; what may be planted at
 * the cache's path (a link to a cache, a link to nowhere, a FIFO, a
 * second hard link: never read through, written through, waited on or
 * replaced); a write that fails part-way (a file-size limit: the file as
 * it was, nothing left beside it); writers racing with a reader (every
 * read finds whole batches, every answer right); and every allocation
 * failure (run under ASan by make asan, which catches a leak on any
 * failure path), after which the cache never answers wrongly.
 */
#include "helpers.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "alloc.h"
#include "logcache.h"

#define HEADER "planlog cache 5\n"
#define HEADER_LEN 16
/* Bytes of a 'K' entry with one key of two bytes: kind, two ids, flags,
 * count, the key's length and bytes. */
#define K_ENTRY_2 (1 + 2 * PLAN_OID_SIZE + 1 + 4 + 1 + 2)

/* ---- the temporary directory ---- */

static char tmpdir[64];

static int setup(void **state)
{
	(void)state;
	strcpy(tmpdir, "/tmp/plan-test-logcache-XXXXXX");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	plan_alloc_fail_after(-1);
	remove_tree(tmpdir);
	return 0;
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

/* The cache file. */
static const char *cache_path(void)
{
	static char buf[128];

	snprintf(buf, sizeof(buf), "%s/planlog.cache", tmpdir);
	return buf;
}

static long file_size(void)
{
	struct stat st;

	return stat(cache_path(), &st) == 0 ? (long)st.st_size : -1;
}

/* The whole cache file, malloc'ed, its size in *n. */
static unsigned char *read_all(size_t *n)
{
	long size = file_size();
	unsigned char *buf;
	FILE *f;

	assert_true(size >= 0);
	assert_non_null(buf = malloc((size_t)size + 1));
	assert_non_null(f = fopen(cache_path(), "rb"));
	assert_int_equal(fread(buf, 1, (size_t)size, f), (size_t)size);
	fclose(f);
	*n = (size_t)size;
	return buf;
}

static void write_all(const void *bytes, size_t n)
{
	FILE *f = fopen(cache_path(), "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(bytes, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

/* Flips the byte at offset at of the cache file. */
static void flip(long at)
{
	int fd = open(cache_path(), O_RDWR);
	unsigned char b;

	assert_true(fd >= 0);
	assert_int_equal(pread(fd, &b, 1, at), 1);
	b ^= 0x55;
	assert_int_equal(pwrite(fd, &b, 1, at), 1);
	close(fd);
}

/* ---- ids and entries ---- */

/*
 * An object id made from n; ids of one family share their first 12 bytes,
 * so that they land in the same slot of the cache's table.
 */
static const unsigned char *oid(unsigned n)
{
	static unsigned char buf[8][PLAN_OID_SIZE];
	static int next;
	unsigned char *b = buf[next++ % 8];

	memset(b, 0xab, PLAN_OID_SIZE);
	b[16] = (unsigned char)(n >> 24);
	b[17] = (unsigned char)(n >> 16);
	b[18] = (unsigned char)(n >> 8);
	b[19] = (unsigned char)n;
	return b;
}

/* An id with varied first bytes (another slot for each n). */
static const unsigned char *spread(unsigned n)
{
	static unsigned char buf[8][PLAN_OID_SIZE];
	static int next;
	unsigned char *b = buf[next++ % 8];
	unsigned i;

	for (i = 0; i < PLAN_OID_SIZE; i++)
		b[i] = (unsigned char)((n * 2654435761u) >> (i % 4 * 8)) ^ (unsigned char)i;
	return b;
}

static const unsigned char zero[PLAN_OID_SIZE];

static plan_logcache *open_cache(void)
{
	plan_logcache *c = plan_logcache_open(tmpdir);

	assert_non_null(c);
	return c;
}

/* The keys the cache holds for (old, new_), comma-joined; "-" when it has no
 * entry; "any:" in front when the any flag is set. */
static const char *keys_of(plan_logcache *c, const unsigned char *old, const unsigned char *new_)
{
	static char buf[4096];
	const char **keys = NULL;
	size_t n = 0, i;
	int any = -1;

	if (!plan_logcache_get(c, old, new_, &any, &keys, &n))
		return "-";
	assert_true(any == 0 || any == 1);
	snprintf(buf, sizeof(buf), "%s", any ? "any:" : "");
	for (i = 0; i < n; i++) {
		size_t l = strlen(buf);
		snprintf(buf + l, sizeof(buf) - l, "%s%s", i ? "," : "", keys[i]);
	}
	return buf;
}

/* The changes the cache holds for commit, as "WHEN:path old new;..." with
 * ids shown by their last byte; "-" when it has no entry. */
static const char *changes_of(plan_logcache *c, const unsigned char *commit)
{
	static char buf[4096];
	const plan_file_change *v = NULL;
	long long when = -1;
	size_t n = 0, i;

	if (!plan_logcache_get_commit(c, commit, &when, &v, &n))
		return "-";
	snprintf(buf, sizeof(buf), "%lld:", when);
	for (i = 0; i < n; i++) {
		size_t l = strlen(buf);
		snprintf(buf + l, sizeof(buf) - l, "%s%s %u %u", i ? ";" : "", v[i].path,
			 v[i].old[19], v[i].new_[19]);
	}
	return buf;
}

static void put_keys(plan_logcache *c, const unsigned char *old, const unsigned char *new_, int any,
		     const char *k1, const char *k2)
{
	const char *keys[2];
	size_t n = 0;

	if (k1)
		keys[n++] = k1;
	if (k2)
		keys[n++] = k2;
	assert_int_equal(plan_logcache_put(c, old, new_, any, keys, n), 0);
}

/* What the cache keeps of blob for digest, as "len:bytes" (NULs shown as
 * '0'); "-" when it has no entry. */
static const char *kept_of(plan_logcache *c, const unsigned char *blob, const unsigned char *digest)
{
	static char buf[4096];
	const char *bytes = NULL;
	size_t n = 0, i, o;

	if (!plan_logcache_get_kept(c, blob, digest, &bytes, &n))
		return "-";
	assert_int_equal(bytes[n], '\0');
	o = (size_t)snprintf(buf, sizeof(buf), "%zu:", n);
	for (i = 0; i < n && o + 1 < sizeof(buf); i++)
		buf[o++] = bytes[i] ? bytes[i] : '0';
	buf[o] = '\0';
	return buf;
}

/* The facts the cache holds of blob for digest, as "any,id:incl;incl"
 * (the flags that are set); "-" when it has no entry. */
static const char *facts_of(plan_logcache *c, const unsigned char *blob, const unsigned char *digest)
{
	static char buf[4096];
	const char **incl = NULL;
	size_t n = 0, i;
	int flags = -1;

	if (!plan_logcache_get_facts(c, blob, digest, &flags, &incl, &n))
		return "-";
	assert_int_equal(flags & ~(PLAN_LOGCACHE_ANY | PLAN_LOGCACHE_HAS_ID), 0);
	snprintf(buf, sizeof(buf), "%s%s%s:", flags & PLAN_LOGCACHE_ANY ? "any" : "",
		 flags == (PLAN_LOGCACHE_ANY | PLAN_LOGCACHE_HAS_ID) ? "," : "",
		 flags & PLAN_LOGCACHE_HAS_ID ? "id" : "");
	for (i = 0; i < n; i++) {
		size_t l = strlen(buf);
		snprintf(buf + l, sizeof(buf) - l, "%s%s", i ? ";" : "", incl[i]);
	}
	return buf;
}

/* The parents the cache holds for commit, as "CTIME,ATIME:p p" (with
 * "ATIME+OFFSET" when the author's offset is not 0) with ids shown by their
 * last byte; "-" when it has no entry. */
static const char *parents_of(plan_logcache *c, const unsigned char *commit)
{
	static char buf[4096];
	const unsigned char *v = NULL;
	long long ct = -1, at_ = -1;
	int off = -1;
	size_t n = 0, i;

	if (!plan_logcache_get_parents(c, commit, &ct, &at_, &off, &v, &n))
		return "-";
	if (off)
		snprintf(buf, sizeof(buf), "%lld,%lld%+d:", ct, at_, off);
	else
		snprintf(buf, sizeof(buf), "%lld,%lld:", ct, at_);
	for (i = 0; i < n; i++) {
		size_t l = strlen(buf);
		snprintf(buf + l, sizeof(buf) - l, "%s%u", i ? " " : "", v[i * PLAN_OID_SIZE + 19]);
	}
	return buf;
}

/* ---- round trips ---- */

static void test_keys_round_trip(void **state)
{
	plan_logcache *c;
	size_t n;
	unsigned char *bytes;

	(void)state;
	c = open_cache();
	/* Nothing yet, and no file. */
	assert_string_equal(keys_of(c, oid(1), oid(2)), "-");
	assert_int_equal(file_size(), -1);
	put_keys(c, oid(1), oid(2), 0, "A1", "A2");
	put_keys(c, oid(3), oid(4), 1, "A3", NULL);
	put_keys(c, oid(5), oid(6), 0, NULL, NULL);
	put_keys(c, oid(7), oid(8), 1, NULL, NULL);
	put_keys(c, zero, oid(9), 0, "B1", NULL);     /* a file added */
	put_keys(c, oid(9), zero, 0, "B1", NULL);     /* and deleted */
	plan_logcache_close(c);

	bytes = read_all(&n);
	assert_true(n > HEADER_LEN);
	assert_memory_equal(bytes, HEADER, HEADER_LEN);
	assert_int_equal(bytes[HEADER_LEN], 'B');
	free(bytes);

	c = open_cache();
	assert_string_equal(keys_of(c, oid(1), oid(2)), "A1,A2");
	assert_string_equal(keys_of(c, oid(3), oid(4)), "any:A3");
	assert_string_equal(keys_of(c, oid(5), oid(6)), "");
	assert_string_equal(keys_of(c, oid(7), oid(8)), "any:");
	assert_string_equal(keys_of(c, zero, oid(9)), "B1");
	assert_string_equal(keys_of(c, oid(9), zero), "B1");
	/* The pair is ordered; other pairs are unknown. */
	assert_string_equal(keys_of(c, oid(2), oid(1)), "-");
	assert_string_equal(keys_of(c, oid(1), oid(4)), "-");
	assert_string_equal(keys_of(c, zero, zero), "-");
	/* A pair is not a commit. */
	assert_string_equal(changes_of(c, oid(1)), "-");
	plan_logcache_close(c);
	/* Closing without adding anything leaves the file as it was. */
	assert_int_equal((long)n, file_size());
}

static void test_key_cut_and_duplicates(void **state)
{
	char long_key[301], want[300];
	plan_logcache *c;

	(void)state;
	memset(long_key, 'k', sizeof(long_key) - 1);
	long_key[0] = 'A';
	long_key[sizeof(long_key) - 1] = '\0';
	c = open_cache();
	put_keys(c, oid(1), oid(2), 0, long_key, "B");
	/* The same pair twice (as two commits may carry it). */
	put_keys(c, oid(3), oid(4), 0, "A1", NULL);
	put_keys(c, oid(3), oid(4), 0, "A1", NULL);
	plan_logcache_close(c);

	c = open_cache();
	snprintf(want, sizeof(want), "%.255s,B", long_key);
	assert_string_equal(keys_of(c, oid(1), oid(2)), want);
	assert_string_equal(keys_of(c, oid(3), oid(4)), "A1");
	plan_logcache_close(c);
}

static void test_commits_round_trip(void **state)
{
	plan_file_change v[3];
	plan_logcache *c;

	(void)state;
	memset(v, 0, sizeof(v));
	v[0].path = "a.plan";
	memcpy(v[0].old, oid(1), PLAN_OID_SIZE);
	memcpy(v[0].new_, oid(2), PLAN_OID_SIZE);
	v[1].path = "plans/sub/b.plan";                 /* added */
	memcpy(v[1].new_, oid(3), PLAN_OID_SIZE);
	v[2].path = "c d.plan";                         /* deleted */
	memcpy(v[2].old, oid(4), PLAN_OID_SIZE);

	c = open_cache();
	assert_int_equal(plan_logcache_put_commit(c, spread(100), 1546336800, v, 3), 0);
	assert_int_equal(plan_logcache_put_commit(c, spread(101), 0, NULL, 0), 0);
	assert_int_equal(plan_logcache_put_commit(c, spread(102), -2208988800LL, v + 1, 1), 0);
	/* Author times as far as they go. */
	assert_int_equal(plan_logcache_put_commit(c, spread(104), LLONG_MAX, NULL, 0), 0);
	assert_int_equal(plan_logcache_put_commit(c, spread(105), LLONG_MIN, v, 1), 0);
	/* A pair keyed like the commit: a different entry. */
	put_keys(c, spread(100), zero, 0, "K1", NULL);
	plan_logcache_close(c);

	c = open_cache();
	assert_string_equal(changes_of(c, spread(100)),
			    "1546336800:a.plan 1 2;plans/sub/b.plan 0 3;c d.plan 4 0");
	assert_string_equal(changes_of(c, spread(101)), "0:");
	assert_string_equal(changes_of(c, spread(102)), "-2208988800:plans/sub/b.plan 0 3");
	assert_string_equal(changes_of(c, spread(103)), "-");
	assert_string_equal(changes_of(c, spread(104)), "9223372036854775807:");
	assert_string_equal(changes_of(c, spread(105)), "-9223372036854775808:a.plan 1 2");
	assert_string_equal(keys_of(c, spread(100), zero), "K1");
	/* Whole ids compared, not their last bytes. */
	{
		const plan_file_change *got;
		long long when;
		size_t n;

		assert_int_equal(plan_logcache_get_commit(c, spread(100), &when, &got, &n), 1);
		assert_int_equal(n, 3);
		assert_memory_equal(got[0].old, oid(1), PLAN_OID_SIZE);
		assert_memory_equal(got[0].new_, oid(2), PLAN_OID_SIZE);
		assert_memory_equal(got[1].old, zero, PLAN_OID_SIZE);
		assert_memory_equal(got[2].new_, zero, PLAN_OID_SIZE);
	}
	plan_logcache_close(c);
}

/*
 * What was kept of a blob and its facts, per set of ids (the digest): one
 * blob has an entry per digest, and the kinds of entries never answer
 * for one another.
 */
static void test_kept_and_facts_round_trip(void **state)
{
	static const char with_nul[] = "plan P\n\0action A1\n";
	const char *incl[2] = { "common.plan", "dir/agency updates.plan" };
	char big[3000];
	plan_logcache *c;

	(void)state;
	memset(big, 'x', sizeof(big));
	c = open_cache();
	assert_int_equal(plan_logcache_put_kept(c, oid(1), oid(100), "plan P\naction A1\n", 17), 0);
	assert_int_equal(plan_logcache_put_kept(c, oid(1), oid(101), with_nul, sizeof(with_nul) - 1), 0);
	assert_int_equal(plan_logcache_put_kept(c, oid(2), oid(100), "", 0), 0);
	assert_int_equal(plan_logcache_put_kept(c, oid(3), oid(100), big, sizeof(big)), 0);
	assert_int_equal(plan_logcache_put_facts(c, oid(1), oid(100), PLAN_LOGCACHE_HAS_ID, incl, 2), 0);
	assert_int_equal(plan_logcache_put_facts(c, oid(1), oid(101), 0, NULL, 0), 0);
	assert_int_equal(plan_logcache_put_facts(c, oid(2), oid(100),
						 PLAN_LOGCACHE_ANY | PLAN_LOGCACHE_HAS_ID, incl, 1), 0);
	assert_int_equal(plan_logcache_put_facts(c, oid(3), oid(100), PLAN_LOGCACHE_ANY | 0x40, NULL, 0), 0);
	/* Not readable before the file is written and read again. */
	assert_string_equal(kept_of(c, oid(1), oid(100)), "-");
	plan_logcache_close(c);

	c = open_cache();
	assert_string_equal(kept_of(c, oid(1), oid(100)), "17:plan P\naction A1\n");
	assert_string_equal(kept_of(c, oid(1), oid(101)), "18:plan P\n0action A1\n");
	assert_string_equal(kept_of(c, oid(2), oid(100)), "0:");
	assert_int_equal(strlen(kept_of(c, oid(3), oid(100))), 5 + sizeof(big));
	assert_string_equal(kept_of(c, oid(2), oid(101)), "-");
	assert_string_equal(facts_of(c, oid(1), oid(100)), "id:common.plan;dir/agency updates.plan");
	assert_string_equal(facts_of(c, oid(1), oid(101)), ":");
	assert_string_equal(facts_of(c, oid(2), oid(100)), "any,id:common.plan");
	/* Unknown flags are not kept. */
	assert_string_equal(facts_of(c, oid(3), oid(100)), "any:");
	assert_string_equal(facts_of(c, oid(4), oid(100)), "-");
	/* A pair of ids is a blob pair to 'K', a blob and digest to 'R' and 'F'. */
	assert_string_equal(keys_of(c, oid(1), oid(100)), "-");
	assert_string_equal(changes_of(c, oid(1)), "-");
	put_keys(c, oid(1), oid(100), 0, "K1", NULL);
	plan_logcache_close(c);
	c = open_cache();
	assert_string_equal(keys_of(c, oid(1), oid(100)), "K1");
	assert_string_equal(kept_of(c, oid(1), oid(100)), "17:plan P\naction A1\n");
	assert_string_equal(facts_of(c, oid(1), oid(100)), "id:common.plan;dir/agency updates.plan");
	plan_logcache_close(c);
	/* NULL handles. */
	assert_int_equal(plan_logcache_put_kept(NULL, oid(1), oid(2), "x", 1), 0);
	assert_int_equal(plan_logcache_put_facts(NULL, oid(1), oid(2), 0, NULL, 0), 0);
	assert_string_equal(kept_of(NULL, oid(1), oid(100)), "-");
	assert_string_equal(facts_of(NULL, oid(1), oid(100)), "-");
}

/* Parents and times of commits: none (a root), one, many (an octopus). */
static void test_parents_round_trip(void **state)
{
	unsigned char many[40 * PLAN_OID_SIZE];
	plan_logcache *c;
	unsigned i;

	(void)state;
	for (i = 0; i < 40; i++)
		memcpy(many + i * PLAN_OID_SIZE, oid(200 + i), PLAN_OID_SIZE);
	c = open_cache();
	assert_int_equal(plan_logcache_put_parents(c, spread(1), 1546336800, 1546300000, 0, NULL, 0), 0);
	assert_int_equal(plan_logcache_put_parents(c, spread(2), -5, LLONG_MAX, -300, many, 1), 0);
	assert_int_equal(plan_logcache_put_parents(c, spread(3), LLONG_MIN, 0, 0, many, 40), 0);
	/* Offsets as far as git's own (+9959 as written) and an int's. */
	assert_int_equal(plan_logcache_put_parents(c, spread(5), 1, 2, 5999, NULL, 0), 0);
	assert_int_equal(plan_logcache_put_parents(c, spread(6), 1, 2, INT_MIN, NULL, 0), 0);
	assert_int_equal(plan_logcache_put_parents(c, spread(7), 1, 2, INT_MAX, NULL, 0), 0);
	/* Keyed like a commit's changes: a different entry. */
	assert_int_equal(plan_logcache_put_commit(c, spread(1), 7, NULL, 0), 0);
	plan_logcache_close(c);

	c = open_cache();
	assert_string_equal(parents_of(c, spread(1)), "1546336800,1546300000:");
	assert_string_equal(parents_of(c, spread(2)), "-5,9223372036854775807-300:200");
	assert_string_equal(parents_of(c, spread(5)), "1,2+5999:");
	assert_string_equal(parents_of(c, spread(6)), "1,2-2147483648:");
	assert_string_equal(parents_of(c, spread(7)), "1,2+2147483647:");
	assert_string_equal(parents_of(c, spread(4)), "-");
	assert_string_equal(changes_of(c, spread(1)), "7:");
	assert_string_equal(changes_of(c, spread(2)), "-");
	{
		const unsigned char *v;
		long long ct, at_;
		int off;
		size_t n;
		assert_int_equal(plan_logcache_get_parents(c, spread(3), &ct, &at_, &off, &v, &n), 1);
		assert_int_equal(n, 40);
		assert_true(ct == LLONG_MIN);
		assert_memory_equal(v, many, sizeof(many));
	}
	plan_logcache_close(c);
	assert_string_equal(parents_of(NULL, spread(1)), "-");
	assert_int_equal(plan_logcache_put_parents(NULL, spread(1), 0, 0, 0, NULL, 0), 0);
}

static void test_path_length_limit(void **state)
{
	static char path[0x10000 + 2];
	plan_file_change v;
	plan_logcache *c;

	(void)state;
	memset(&v, 0, sizeof(v));
	memset(path, 'p', sizeof(path) - 1);
	path[sizeof(path) - 1] = '\0';
	v.path = path;
	c = open_cache();
	/* 0xffff bytes: kept; one more: not worth keeping, nothing else lost. */
	path[0xffff] = '\0';
	assert_int_equal(plan_logcache_put_commit(c, oid(1), 1, &v, 1), 0);
	path[0xffff] = 'p';
	path[0x10000] = '\0';
	assert_int_equal(plan_logcache_put_commit(c, oid(2), 2, &v, 1), 0);
	put_keys(c, oid(3), oid(4), 0, "A1", NULL);
	plan_logcache_close(c);

	c = open_cache();
	{
		const plan_file_change *got;
		long long when;
		size_t n;

		assert_int_equal(plan_logcache_get_commit(c, oid(1), &when, &got, &n), 1);
		assert_int_equal(when, 1);
		assert_int_equal(n, 1);
		assert_int_equal(strlen(got[0].path), 0xffff);
	}
	assert_string_equal(changes_of(c, oid(2)), "-");
	assert_string_equal(keys_of(c, oid(3), oid(4)), "A1");
	plan_logcache_close(c);
}

/* Thousands of entries in one slot family: the table grows and probes. */
static void test_many_entries(void **state)
{
	plan_logcache *c;
	unsigned i;
	char key[32];

	(void)state;
	c = open_cache();
	for (i = 0; i < 3000; i++) {
		snprintf(key, sizeof(key), "A%u", i);
		put_keys(c, oid(i), oid(i + 1), i % 2, key, NULL);
	}
	plan_logcache_close(c);
	/* A second batch. */
	c = open_cache();
	for (i = 3000; i < 5000; i++) {
		plan_file_change v;
		memset(&v, 0, sizeof(v));
		v.path = "x.plan";
		memcpy(v.new_, oid(i), PLAN_OID_SIZE);
		assert_int_equal(plan_logcache_put_commit(c, oid(i), (long long)i * 1000, &v, 1), 0);
	}
	plan_logcache_close(c);

	c = open_cache();
	for (i = 0; i < 3000; i++) {
		char want[40];
		snprintf(want, sizeof(want), "%sA%u", i % 2 ? "any:" : "", i);
		assert_string_equal(keys_of(c, oid(i), oid(i + 1)), want);
	}
	for (i = 3000; i < 5000; i++) {
		const plan_file_change *got;
		long long when;
		size_t n;
		assert_int_equal(plan_logcache_get_commit(c, oid(i), &when, &got, &n), 1);
		assert_int_equal(when, (long long)i * 1000);
		assert_int_equal(n, 1);
		assert_memory_equal(got[0].new_, oid(i), PLAN_OID_SIZE);
		/* No 'K' entry under a commit's id. */
		assert_string_equal(keys_of(c, oid(i), zero), "-");
	}
	assert_string_equal(keys_of(c, oid(5000), oid(5001)), "-");
	plan_logcache_close(c);
}

/* One batch per session; the sizes of the file after each, in size[]. */
static void three_batches(long size[3])
{
	plan_logcache *c;
	int i;

	for (i = 0; i < 3; i++) {
		c = open_cache();
		put_keys(c, oid(10 * i), oid(10 * i + 1), 0, i == 0 ? "E1" : i == 1 ? "E2" : "E3", NULL);
		assert_int_equal(plan_logcache_put_commit(c, spread(10 * (unsigned)i), i, NULL, 0), 0);
		plan_logcache_close(c);
		size[i] = file_size();
	}
	assert_true(size[0] > HEADER_LEN && size[1] > size[0] && size[2] > size[1]);
}

/* Which of the three batches' entries the cache holds: "123", "1--", ... */
static const char *batches_read(void)
{
	static char buf[4];
	plan_logcache *c = open_cache();
	int i;

	for (i = 0; i < 3; i++) {
		int k = strcmp(keys_of(c, oid(10 * (unsigned)i), oid(10 * (unsigned)i + 1)), "-") != 0;
		int m = strcmp(changes_of(c, spread(10 * (unsigned)i)), "-") != 0;
		assert_int_equal(k, m);
		buf[i] = k ? (char)('1' + i) : '-';
	}
	buf[3] = '\0';
	plan_logcache_close(c);
	return buf;
}

static void test_batches(void **state)
{
	long size[3];

	(void)state;
	three_batches(size);
	assert_string_equal(batches_read(), "123");
	/* Reading changes nothing. */
	assert_int_equal(file_size(), size[2]);
}

static void test_torn_batch(void **state)
{
	long size[3];
	unsigned char *whole;
	size_t n;
	plan_logcache *c;

	(void)state;
	three_batches(size);
	whole = read_all(&n);

	/* A byte in the middle of batch 2's payload: 2 and 3 are not read. */
	flip((size[0] + size[1]) / 2 + 6);
	assert_string_equal(batches_read(), "1--");
	/* The next write cuts the file after batch 1. */
	c = open_cache();
	put_keys(c, oid(99), oid(98), 0, "E4", NULL);
	plan_logcache_close(c);
	c = open_cache();
	assert_string_equal(keys_of(c, oid(99), oid(98)), "E4");
	plan_logcache_close(c);
	assert_string_equal(batches_read(), "1--");
	{
		size_t m;
		unsigned char *now = read_all(&m);
		assert_memory_equal(now, whole, (size_t)size[0]);
		assert_int_equal(now[size[0]], 'B');
		/* Batch 1, then the new batch: its head and one 'K' entry with
		 * a two-byte key. */
		assert_int_equal((long)m, size[0] + 13 + K_ENTRY_2);
		free(now);
	}

	/* The last batch cut short. */
	write_all(whole, n);
	assert_int_equal(truncate(cache_path(), size[2] - 7), 0);
	assert_string_equal(batches_read(), "12-");
	/* Cut inside its head. */
	assert_int_equal(truncate(cache_path(), size[1] + 4), 0);
	assert_string_equal(batches_read(), "12-");
	/* Cut inside the header. */
	assert_int_equal(truncate(cache_path(), 7), 0);
	assert_string_equal(batches_read(), "---");

	/* Batch 1's checksum wrong: nothing is read. */
	write_all(whole, n);
	flip(HEADER_LEN + 6);
	assert_string_equal(batches_read(), "---");
	/* Batch 2 not marked 'B'. */
	write_all(whole, n);
	flip(size[0]);
	assert_string_equal(batches_read(), "1--");
	/* Batch 2's length too large. */
	write_all(whole, n);
	flip(size[0] + 4);
	assert_string_equal(batches_read(), "1--");
	/* Garbage after whole batches. */
	write_all(whole, n);
	{
		FILE *f = fopen(cache_path(), "ab");
		assert_non_null(f);
		fputs("B\x01\x02 trailing junk that is no batch", f);
		fclose(f);
	}
	assert_string_equal(batches_read(), "123");
	c = open_cache();
	put_keys(c, oid(99), oid(98), 0, "E4", NULL);
	plan_logcache_close(c);
	assert_string_equal(batches_read(), "123");
	c = open_cache();
	assert_string_equal(keys_of(c, oid(99), oid(98)), "E4");
	plan_logcache_close(c);
	{
		size_t m;
		unsigned char *now = read_all(&m);
		/* The junk is gone: whole batches only. */
		assert_memory_equal(now, whole, n);
		assert_int_equal(now[n], 'B');
		free(now);
	}
	free(whole);
}

/* A batch whose checksum holds but whose payload does not parse. */
static void test_malformed_payload(void **state)
{
	static const unsigned char payload[] = { 'Z', 1, 2, 3 };
	unsigned char *whole, batch[13 + sizeof(payload)];
	unsigned long long h = 1469598103934665603ULL;
	size_t n, i;
	long size[3];

	(void)state;
	three_batches(size);
	whole = read_all(&n);
	for (i = 0; i < sizeof(payload); i++)
		h = (h ^ payload[i]) * 1099511628211ULL;
	batch[0] = 'B';
	batch[1] = sizeof(payload);
	batch[2] = batch[3] = batch[4] = 0;
	for (i = 0; i < 8; i++)
		batch[5 + i] = (unsigned char)(h >> (8 * i));
	memcpy(batch + 13, payload, sizeof(payload));
	/* Batch 1, the bad batch, then batches 2 and 3. */
	{
		unsigned char *f = malloc(n + sizeof(batch));
		assert_non_null(f);
		memcpy(f, whole, (size_t)size[0]);
		memcpy(f + size[0], batch, sizeof(batch));
		memcpy(f + size[0] + sizeof(batch), whole + size[0], n - (size_t)size[0]);
		write_all(f, n + sizeof(batch));
		free(f);
	}
	assert_string_equal(batches_read(), "1--");
	free(whole);
}

/* ---- files that are not caches ---- */

static void test_wrong_header(void **state)
{
	plan_logcache *c;
	unsigned char *whole;
	size_t n;
	long size[3];

	(void)state;
	three_batches(size);
	whole = read_all(&n);
	/* The version before (3, whose 'P' entries had no offset): not read. */
	whole[14] = '3';
	write_all(whole, n);
	assert_string_equal(batches_read(), "---");
	/* Another version (1, before the kept bytes and facts): started afresh. */
	whole[14] = '1';
	write_all(whole, n);
	assert_string_equal(batches_read(), "---");
	c = open_cache();
	put_keys(c, oid(99), oid(98), 0, "E4", NULL);
	plan_logcache_close(c);
	{
		size_t m;
		unsigned char *now = read_all(&m);
		assert_memory_equal(now, HEADER, HEADER_LEN);
		/* The header and the one new batch. */
		assert_int_equal((long)m, HEADER_LEN + 13 + K_ENTRY_2);
		free(now);
	}
	assert_string_equal(batches_read(), "---");
	c = open_cache();
	assert_string_equal(keys_of(c, oid(99), oid(98)), "E4");
	plan_logcache_close(c);

	/* Not a cache at all, shorter than the header, empty. */
	write_all("hello\n", 6);
	assert_string_equal(batches_read(), "---");
	write_all("planlog cache", 13);
	assert_string_equal(batches_read(), "---");
	write_all("", 0);
	assert_string_equal(batches_read(), "---");
	c = open_cache();
	put_keys(c, oid(1), oid(2), 1, "X", NULL);
	plan_logcache_close(c);
	{
		size_t m;
		unsigned char *now = read_all(&m);
		assert_memory_equal(now, HEADER, HEADER_LEN);
		free(now);
	}
	c = open_cache();
	assert_string_equal(keys_of(c, oid(1), oid(2)), "any:X");
	plan_logcache_close(c);
	free(whole);
}

/* A directory where the file would be: no entries, nothing written, no harm. */
static void test_directory_in_place(void **state)
{
	plan_logcache *c;
	struct stat st;

	(void)state;
	assert_int_equal(mkdir(cache_path(), 0755), 0);
	c = open_cache();
	assert_string_equal(keys_of(c, oid(1), oid(2)), "-");
	put_keys(c, oid(1), oid(2), 0, "A1", NULL);
	plan_logcache_close(c);
	assert_int_equal(stat(cache_path(), &st), 0);
	assert_true(S_ISDIR(st.st_mode));
}

/* A git directory that is not there: a cache that only forgets. */
static void test_missing_directory(void **state)
{
	char dir[128];
	plan_logcache *c;

	(void)state;
	snprintf(dir, sizeof(dir), "%s/no/such/dir", tmpdir);
	c = plan_logcache_open(dir);
	assert_non_null(c);
	assert_string_equal(keys_of(c, oid(1), oid(2)), "-");
	put_keys(c, oid(1), oid(2), 0, "A1", NULL);
	assert_int_equal(plan_logcache_put_commit(c, oid(3), 0, NULL, 0), 0);
	plan_logcache_close(c);
	assert_int_equal(access(dir, F_OK), -1);
}

/* The git directory with a trailing slash names the same file. */
static void test_trailing_slash(void **state)
{
	char dir[128];
	plan_logcache *c;

	(void)state;
	snprintf(dir, sizeof(dir), "%s/", tmpdir);
	c = plan_logcache_open(dir);
	assert_non_null(c);
	put_keys(c, oid(1), oid(2), 0, "A1", NULL);
	plan_logcache_close(c);
	assert_true(file_size() > HEADER_LEN);
	c = open_cache();
	assert_string_equal(keys_of(c, oid(1), oid(2)), "A1");
	plan_logcache_close(c);
}

static void test_null_safety(void **state)
{
	const char **keys = NULL;
	const plan_file_change *v = NULL;
	long long when = 7;
	size_t n = 7;
	int any = 7;
	const char *k[1] = { "A1" };

	(void)state;
	assert_int_equal(plan_logcache_get(NULL, oid(1), oid(2), &any, &keys, &n), 0);
	assert_int_equal(plan_logcache_get_commit(NULL, oid(1), &when, &v, &n), 0);
	/* Nothing is filled in. */
	assert_int_equal(any, 7);
	assert_int_equal(when, 7);
	assert_int_equal(n, 7);
	assert_null(keys);
	assert_null(v);
	assert_int_equal(plan_logcache_put(NULL, oid(1), oid(2), 0, k, 1), 0);
	assert_int_equal(plan_logcache_put_commit(NULL, oid(1), 0, NULL, 0), 0);
	plan_logcache_close(NULL);
}

/* ---- what may be planted at the cache's path ---- */

/* The length of what the cache keeps of blob for digest; -1 when it has no entry. */
static long kept_len(plan_logcache *c, const unsigned char *blob, const unsigned char *digest)
{
	const char *bytes;
	size_t n;

	return plan_logcache_get_kept(c, blob, digest, &bytes, &n) ? (long)n : -1;
}

/* The names in tmpdir, sorted and joined by spaces. */
static const char *dir_names(void)
{
	static char buf[1024];
	struct dirent **v;
	int n, i;

	buf[0] = '\0';
	n = scandir(tmpdir, &v, NULL, alphasort);
	assert_true(n >= 0);
	for (i = 0; i < n; i++) {
		if (strcmp(v[i]->d_name, ".") != 0 && strcmp(v[i]->d_name, "..") != 0) {
			size_t l = strlen(buf);
			snprintf(buf + l, sizeof(buf) - l, "%s%s", l ? " " : "", v[i]->d_name);
		}
		free(v[i]);
	}
	free(v);
	return buf;
}

/* A cache of memory only (no git directory): it answers for what is added
 * at once, and writes nothing anywhere. */
static void test_memory_only(void **state)
{
	const char *incl[1] = { "inc.plan" };
	plan_file_change v;
	plan_logcache *c;

	(void)state;
	memset(&v, 0, sizeof(v));
	v.path = "a.plan";
	memcpy(v.new_, oid(3), PLAN_OID_SIZE);
	assert_non_null(c = plan_logcache_open(NULL));
	assert_string_equal(kept_of(c, oid(1), oid(2)), "-");
	assert_int_equal(plan_logcache_put_kept(c, oid(1), oid(2), "kept", 4), 0);
	put_keys(c, oid(1), oid(2), 1, "A1", NULL);
	assert_int_equal(plan_logcache_put_commit(c, spread(1), 5, &v, 1), 0);
	assert_int_equal(plan_logcache_put_parents(c, spread(2), 6, 7, -60, oid(4), 1), 0);
	assert_int_equal(plan_logcache_put_facts(c, oid(1), oid(2), PLAN_LOGCACHE_HAS_ID, incl, 1), 0);
	assert_string_equal(kept_of(c, oid(1), oid(2)), "4:kept");
	assert_string_equal(keys_of(c, oid(1), oid(2)), "any:A1");
	assert_string_equal(changes_of(c, spread(1)), "5:a.plan 0 3");
	assert_string_equal(parents_of(c, spread(2)), "6,7-60:4");
	assert_string_equal(facts_of(c, oid(1), oid(2)), "id:inc.plan");
	/* The same again: the first stays. */
	assert_int_equal(plan_logcache_put_kept(c, oid(1), oid(2), "other", 5), 0);
	assert_string_equal(kept_of(c, oid(1), oid(2)), "4:kept");
	assert_int_equal(plan_logcache_write(c), 1);
	plan_logcache_close(c);
	assert_string_equal(dir_names(), "");
}

/* Adds one entry and closes c; returns what plan_logcache_write said. */
static int put_and_write(plan_logcache *c, unsigned n)
{
	int rc;

	put_keys(c, oid(n), oid(n + 1), 0, "W1", NULL);
	rc = plan_logcache_write(c);
	plan_logcache_free(c);
	return rc;
}

/*
 * A link at the cache's path, to a file that is a whole cache: it is
 * neither read (its entries are not answered) nor written through (the
 * file keeps its bytes, its modification time and its inode), and the
 * link stays.
 */
static void test_symlink_in_place(void **state)
{
	char target[128];
	struct stat before, after;
	unsigned char *bytes;
	size_t n;
	plan_logcache *c;

	(void)state;
	c = open_cache();
	put_keys(c, oid(1), oid(2), 0, "A1", NULL);
	plan_logcache_close(c);
	bytes = read_all(&n);
	snprintf(target, sizeof(target), "%s/yours", tmpdir);
	assert_int_equal(rename(cache_path(), target), 0);
	assert_int_equal(symlink(target, cache_path()), 0);
	{
		struct timespec old[2] = { { 981173106, 0 }, { 981173106, 0 } };
		assert_int_equal(utimensat(AT_FDCWD, target, old, 0), 0);
	}
	assert_int_equal(stat(target, &before), 0);

	c = open_cache();
	assert_string_equal(keys_of(c, oid(1), oid(2)), "-");
	assert_int_equal(put_and_write(c, 10), 0);
	assert_int_equal(lstat(cache_path(), &after), 0);
	assert_true(S_ISLNK(after.st_mode));
	assert_int_equal(stat(target, &after), 0);
	assert_int_equal(after.st_ino, before.st_ino);
	assert_int_equal(after.st_size, before.st_size);
	assert_int_equal(after.st_mtim.tv_sec, before.st_mtim.tv_sec);
	assert_int_equal(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
	{
		FILE *f = fopen(target, "rb");
		unsigned char *now = malloc(n + 1);
		assert_non_null(f);
		assert_non_null(now);
		assert_int_equal(fread(now, 1, n + 1, f), n);
		assert_memory_equal(now, bytes, n);
		fclose(f);
		free(now);
	}
	assert_string_equal(dir_names(), "planlog.cache yours");
	free(bytes);
}

/* A link to nowhere: no file is made where it points, and it stays. */
static void test_dangling_link_in_place(void **state)
{
	char target[128];
	struct stat st;

	(void)state;
	snprintf(target, sizeof(target), "%s/nowhere", tmpdir);
	assert_int_equal(symlink(target, cache_path()), 0);
	assert_int_equal(put_and_write(open_cache(), 1), 0);
	assert_int_equal(access(target, F_OK), -1);
	assert_int_equal(lstat(cache_path(), &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_string_equal(dir_names(), "planlog.cache");
}

static void on_alarm(int sig)
{
	(void)sig;
	_exit(3);
}

/* A FIFO: opening and writing never wait for a writer or a reader, and it stays. */
static void test_fifo_in_place(void **state)
{
	struct stat st;
	pid_t pid;
	int status;

	(void)state;
	assert_int_equal(mkfifo(cache_path(), 0644), 0);
	/* In a child, so that a wait that never ends is a failure, not a hang. */
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		plan_logcache *c;
		signal(SIGALRM, on_alarm);
		alarm(10);
		c = plan_logcache_open(tmpdir);
		if (!c || strcmp(keys_of(c, oid(1), oid(2)), "-") != 0)
			_exit(1);
		put_keys(c, oid(1), oid(2), 0, "A1", NULL);
		_exit(plan_logcache_write(c) == 0 ? 0 : 2);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	assert_int_equal(lstat(cache_path(), &st), 0);
	assert_true(S_ISFIFO(st.st_mode));
	assert_string_equal(dir_names(), "planlog.cache");
}

/* A second hard link to the cache: a write replaces the cache's name, and
 * the file the other name holds is not written through. */
static void test_hard_link_not_written_through(void **state)
{
	char other[128];
	unsigned char *bytes;
	size_t n;
	plan_logcache *c;

	(void)state;
	c = open_cache();
	put_keys(c, oid(1), oid(2), 0, "A1", NULL);
	plan_logcache_close(c);
	bytes = read_all(&n);
	snprintf(other, sizeof(other), "%s/other", tmpdir);
	assert_int_equal(link(cache_path(), other), 0);
	c = open_cache();
	assert_string_equal(keys_of(c, oid(1), oid(2)), "A1");
	assert_int_equal(put_and_write(c, 10), 1);
	c = open_cache();
	assert_string_equal(keys_of(c, oid(1), oid(2)), "A1");
	assert_string_equal(keys_of(c, oid(10), oid(11)), "W1");
	plan_logcache_free(c);
	{
		struct stat st;
		FILE *f = fopen(other, "rb");
		unsigned char *now = malloc(n + 1);
		assert_non_null(f);
		assert_non_null(now);
		assert_int_equal(fread(now, 1, n + 1, f), n);
		assert_memory_equal(now, bytes, n);
		fclose(f);
		free(now);
		assert_int_equal(stat(other, &st), 0);
		assert_int_equal(st.st_nlink, 1);
	}
	free(bytes);
}

/*
 * A write that fails part-way (a file-size limit: EFBIG, with SIGXFSZ
 * ignored as planlog does; a full disk is the same failure) leaves the
 * file as it was and nothing beside it, and says so; the next write
 * without the limit is whole.  Written in a child, whose limit does not
 * reach the test's own output.
 */
static void test_write_fails_part_way(void **state)
{
	static char big[200000];
	unsigned char *before, *after;
	size_t n, m;
	plan_logcache *c;
	pid_t pid;
	int status;

	(void)state;
	c = open_cache();
	put_keys(c, oid(1), oid(2), 0, "A1", NULL);
	plan_logcache_close(c);
	before = read_all(&n);
	memset(big, 'x', sizeof(big));
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct rlimit lim = { 65536, 65536 };
		signal(SIGXFSZ, SIG_IGN);
		if (setrlimit(RLIMIT_FSIZE, &lim) < 0)
			_exit(1);
		c = plan_logcache_open(tmpdir);
		if (!c || plan_logcache_put_kept(c, oid(5), oid(6), big, sizeof(big)) < 0)
			_exit(1);
		_exit(plan_logcache_write(c) == 0 ? 0 : 2);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	after = read_all(&m);
	assert_int_equal(m, n);
	assert_memory_equal(after, before, n);
	free(after);
	assert_string_equal(dir_names(), "planlog.cache");
	/* Without the limit. */
	c = open_cache();
	assert_int_equal(plan_logcache_put_kept(c, oid(5), oid(6), big, sizeof(big)), 0);
	assert_int_equal(plan_logcache_write(c), 1);
	/* Written: a second write has nothing to add. */
	assert_int_equal(plan_logcache_write(c), 1);
	plan_logcache_free(c);
	c = open_cache();
	assert_int_equal(kept_len(c, oid(5), oid(6)), sizeof(big));
	assert_string_equal(keys_of(c, oid(1), oid(2)), "A1");
	plan_logcache_free(c);
	free(before);
}

/*
 * Whether bytes[0..n) is a header and whole batches, each with its
 * checksum right, to the last byte (not whether their entries parse).
 */
static int whole_batches(const unsigned char *bytes, size_t n)
{
	size_t at = HEADER_LEN;

	if (n < HEADER_LEN || memcmp(bytes, HEADER, HEADER_LEN) != 0)
		return 0;
	while (at < n) {
		unsigned long long h = 1469598103934665603ULL, want = 0;
		size_t len, i;
		if (n - at < 13 || bytes[at] != 'B')
			return 0;
		len = (size_t)bytes[at + 1] | (size_t)bytes[at + 2] << 8 | (size_t)bytes[at + 3] << 16 |
		      (size_t)bytes[at + 4] << 24;
		for (i = 0; i < 8; i++)
			want |= (unsigned long long)bytes[at + 5 + i] << (8 * i);
		if (n - at - 13 < len)
			return 0;
		for (i = 0; i < len; i++)
			h = (h ^ bytes[at + 13 + i]) * 1099511628211ULL;
		if (h != want)
			return 0;
		at += 13 + len;
	}
	return 1;
}

/*
 * Processes that write the cache while others read it, many times: every
 * answer is right, and every read of the file, at any moment, finds a
 * header and whole batches only (a reader never sees a write half done).
 * Each writer's batches are large (20 KB), so that a write takes long
 * enough to be seen half done if it could be.
 */
static void test_readers_and_writers_race(void **state)
{
	static char big[20000];
	pid_t pid[2];
	int k, status, done, rounds = 40;
	unsigned r;

	(void)state;
	memset(big, 'b', sizeof(big));
	for (k = 0; k < 2; k++) {
		pid[k] = fork();
		assert_true(pid[k] >= 0);
		if (pid[k] == 0) {
			/* A writer: each round adds a large entry and a small one. */
			for (r = 0; r < (unsigned)rounds; r++) {
				plan_logcache *c = plan_logcache_open(tmpdir);
				char key[16];
				const char *kp[1] = { key };
				if (!c)
					_exit(1);
				snprintf(key, sizeof(key), "W%d.%u", k, r);
				if (plan_logcache_put(c, spread(1000 * (unsigned)k + r), oid(r), 0, kp, 1) < 0 ||
				    plan_logcache_put_kept(c, spread(5000 + 1000 * (unsigned)k + r), oid(r), big,
							   sizeof(big)) < 0)
					_exit(1);
				plan_logcache_close(c);
			}
			_exit(0);
		}
	}
	/* The reader, meanwhile, until both writers are done. */
	for (r = 0, done = 0; done < 2; r++) {
		int fd = open(cache_path(), O_RDONLY);
		struct stat st;
		unsigned char *bytes;
		plan_logcache *c;
		unsigned j;
		long n;

		if (fd >= 0) {
			assert_int_equal(fstat(fd, &st), 0);
			assert_non_null(bytes = malloc((size_t)st.st_size + 1));
			assert_int_equal(read(fd, bytes, (size_t)st.st_size), st.st_size);
			close(fd);
			if (!whole_batches(bytes, (size_t)st.st_size))
				fail_msg("read %u found a part of a write (%ld bytes)", r, (long)st.st_size);
			free(bytes);
		}
		c = open_cache();
		for (k = 0; k < 2; k++)
			for (j = 0; j < (unsigned)rounds; j++) {
				char want[16];
				const char *got = keys_of(c, spread(1000 * (unsigned)k + j), oid(j));
				snprintf(want, sizeof(want), "W%d.%u", k, j);
				if (strcmp(got, "-") != 0)
					assert_string_equal(got, want);
				n = kept_len(c, spread(5000 + 1000 * (unsigned)k + j), oid(j));
				assert_true(n == -1 || n == (long)sizeof(big));
			}
		plan_logcache_free(c);
		for (k = 0; k < 2; k++)
			if (pid[k] && waitpid(pid[k], &status, WNOHANG) == pid[k]) {
				assert_true(WIFEXITED(status));
				assert_int_equal(WEXITSTATUS(status), 0);
				pid[k] = 0;
				done++;
			}
	}
	assert_true(r > 10);
	{
		size_t n;
		unsigned char *bytes = read_all(&n);
		assert_true(whole_batches(bytes, n));
		free(bytes);
	}
	/* Each writer's last round is there: nothing wrote after it. */
	assert_string_equal(dir_names(), "planlog.cache");
}

/* ---- allocation failure ---- */

/*
 * With allocation n failing (and every one after it): open, read, add and
 * close.  Returns whether no allocation failed.  Whatever failed, the
 * cache read afterwards answers rightly or not at all.
 */
static int run_failing(long n, const unsigned char *start, size_t len)
{
	plan_logcache *c;
	plan_file_change v[2];
	const char *v_incl[1] = { "inc.plan" };
	long made;
	unsigned i;
	int ok = 1;

	write_all(start, len);
	memset(v, 0, sizeof(v));
	v[0].path = "a.plan";
	memcpy(v[0].new_, oid(7), PLAN_OID_SIZE);
	v[1].path = "dir/b.plan";
	memcpy(v[1].old, oid(8), PLAN_OID_SIZE);

	plan_alloc_fail_after(n);
	c = plan_logcache_open(tmpdir);
	if (c) {
		const char **keys;
		size_t nk;
		int any;
		/* What the file had, if it could be read. */
		if (plan_logcache_get(c, oid(0), oid(1), &any, &keys, &nk)) {
			if (nk != 1 || strcmp(keys[0], "E1") != 0 || any != 0)
				ok = 0;
		}
		for (i = 0; i < 200; i++) {
			char key[16];
			const char *k[1];
			snprintf(key, sizeof(key), "N%u", i);
			k[0] = key;
			(void)plan_logcache_put(c, spread(1000 + i), spread(2000 + i), 0, k, 1);
		}
		(void)plan_logcache_put_commit(c, spread(3000), 1546336800, v, 2);
		(void)plan_logcache_put_kept(c, spread(4000), spread(4001), "kept bytes", 10);
		(void)plan_logcache_put_parents(c, spread(5000), 3, 4, 60, oid(5), 1);
		(void)plan_logcache_put_facts(c, spread(4000), spread(4001), PLAN_LOGCACHE_HAS_ID, v_incl, 1);
	}
	plan_logcache_close(c);
	made = plan_alloc_fail_after(-1);
	assert_int_equal(ok, 1);

	/* Read back without failures: every answer right. */
	c = open_cache();
	for (i = 0; i < 200; i++) {
		char want[16];
		const char *got = keys_of(c, spread(1000 + i), spread(2000 + i));
		snprintf(want, sizeof(want), "N%u", i);
		if (strcmp(got, "-") != 0)
			assert_string_equal(got, want);
	}
	{
		const char *got = changes_of(c, spread(3000));
		if (strcmp(got, "-") != 0)
			assert_string_equal(got, "1546336800:a.plan 0 7;dir/b.plan 8 0");
		got = keys_of(c, oid(0), oid(1));
		if (strcmp(got, "-") != 0)
			assert_string_equal(got, "E1");
		got = kept_of(c, spread(4000), spread(4001));
		if (strcmp(got, "-") != 0)
			assert_string_equal(got, "10:kept bytes");
		got = facts_of(c, spread(4000), spread(4001));
		if (strcmp(got, "-") != 0)
			assert_string_equal(got, "id:inc.plan");
		got = parents_of(c, spread(5000));
		if (strcmp(got, "-") != 0)
			assert_string_equal(got, "3,4+60:5");
	}
	plan_logcache_close(c);
	return made <= n;
}

static void test_allocation_failure(void **state)
{
	unsigned char *start;
	size_t len;
	long size[3], n;
	plan_logcache *c;
	unsigned i;

	(void)state;
	/* A file with three batches to read first. */
	three_batches(size);
	start = read_all(&len);
	for (n = 0; n < 100000; n++)
		if (run_failing(n, start, len))
			break;
	assert_true(n > 5);
	assert_true(n < 100000);
	/* The run that did not fail kept everything. */
	c = open_cache();
	assert_string_equal(keys_of(c, oid(0), oid(1)), "E1");
	assert_string_equal(keys_of(c, oid(20), oid(21)), "E3");
	assert_string_equal(changes_of(c, spread(3000)), "1546336800:a.plan 0 7;dir/b.plan 8 0");
	assert_string_equal(kept_of(c, spread(4000), spread(4001)), "10:kept bytes");
	assert_string_equal(facts_of(c, spread(4000), spread(4001)), "id:inc.plan");
	assert_string_equal(parents_of(c, spread(5000)), "3,4+60:5");
	for (i = 0; i < 200; i++) {
		char want[16];
		snprintf(want, sizeof(want), "N%u", i);
		assert_string_equal(keys_of(c, spread(1000 + i), spread(2000 + i)), want);
	}
	plan_logcache_close(c);
	free(start);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_keys_round_trip),
		T(test_key_cut_and_duplicates),
		T(test_commits_round_trip),
		T(test_kept_and_facts_round_trip),
		T(test_parents_round_trip),
		T(test_path_length_limit),
		T(test_many_entries),
		T(test_batches),
		T(test_torn_batch),
		T(test_malformed_payload),
		T(test_wrong_header),
		T(test_directory_in_place),
		T(test_missing_directory),
		T(test_trailing_slash),
		T(test_null_safety),
		T(test_memory_only),
		T(test_symlink_in_place),
		T(test_dangling_link_in_place),
		T(test_fifo_in_place),
		T(test_hard_link_not_written_through),
		T(test_write_fails_part_way),
		T(test_readers_and_writers_race),
		T(test_allocation_failure),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
