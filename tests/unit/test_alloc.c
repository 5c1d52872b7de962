/*
 * test_alloc.c - every allocation failure is a clean error (src/alloc.h).
 *
 * For i = 0, 1, 2, ...: make allocation number i and every later one fail
 * (plan_alloc_fail_after), create a set, load a realistic plan (every
 * field, separate-form updates, a few errors), link it, write its
 * diagnostics and free it.  Each run must either fail cleanly (no set,
 * PLAN_ENOMEM, or diags.oom) or, when it says it succeeded, hold exactly
 * the model and diagnostics of a run without failures - an allocation
 * failure that nobody reports would show up as a different model.  The
 * loop ends at the first i where no allocation failed.  Under ASan (make
 * asan) a leak on any failure path fails the test.
 *
 * The same loop runs over plan_load_file with an include (the file
 * buffers are plan_malloc'ed too), and over the JSON export of models
 * built with failures injected.
 */
#include "helpers.h"

#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "alloc.h"
#include "json.h"
#include "sarif.h"

#define MAX_RUNS 100000

static const char realistic[] =
	"# A realistic plan: every field, separate-form updates and some errors.\n"
	"plan VVE18 Community Safety and Violence Delivery Plan\n"
	"  period 2018/19\n"
	"  board Safer Harrow\n"
	"  status draft\n"
	"  statement The plan is based around the Council's vision, which is to\n"
	"    'work together to make a difference for Harrow'.\n"
	"\n"
	"    We pledge to make Harrow the safest place to live – £5 for all.\n"
	"  note When updating progress, please also use the RAG rating.\n"
	"\n"
	"section HV High Volume Crime\n"
	"  statement Section statement\n"
	"  note section note\n"
	"\n"
	"objective HV1 Burglary\n"
	"  statement To reduce the number of burglaries\n"
	"  measure Burglaries are reduced\n"
	"  baseline 2017/18 1,092 burglaries, from Cris\n"
	"    as reported to the board\n"
	"  target 2018/19 -5%\n"
	"  actual 2018-Q3 286 burglaries\n"
	"  actual 2018 5panels\n"
	"  measure Fear of crime is reduced\n"
	"    target 2018/19 at most 20%\n"
	"\n"
	"action HV1.1\n"
	"  title Deliver the 'Be Safe' programme in September 2018\n"
	"    (previously known as 'Autumn Nights')\n"
	"  lead Louis Smith Harrow Police\n"
	"  lead Community Safety Team\n"
	"  start 2018-09\n"
	"  due 2015-10, but ongoing\n"
	"  review 2019-01\n"
	"  review annually in October, slides to be reviewed\n"
	"  review 2014-11 to 2018-03\n"
	"  measure Number of events held\n"
	"  note A note on the action\n"
	"  decision continue into 2019/20\n"
	"  decision 2019-05-17 remove, integrated into the VVE strategy\n"
	"  update\n"
	"    Ongoing and on target.\n"
	"  update 2019-01-10 green by Jo Bloggs\n"
	"    Autumn Nights ran successfully.\n"
	"\n"
	"    2018 – 86\n"
	"action HV1.2 Second action\n"
	"  laed Typo Person\n"
	"  due Octobr 2015\n"
	"  due 2019-02-30\n"
	"  lead: Colon Person\n"
	"  update 2019-03-01 amber On track\n"
	"  RAG: green\n"
	"action -HV1.4 Bad id\n"
	"  lead Nobody\n"
	"Update 2019-03-02 HV1.2 green\n"
	"14/03/2019 HV1.2 green\n"
	"action HV1.1 Duplicate\n"
	"2019-02-25 HV1.1 amber\n"
	"  Housing are pleased to report.\n"
	"2019-05-17 HV1.3 red by Someone\n"
	"  Unknown action.\n"
	"2019-03-01 HV1.2\n"
	"  Last.\n"
	"  \xff invalid byte\n";

/* What a run produced, as text: the model and the diagnostics (malloc'ed). */
static char *fingerprint(plan_set *set)
{
	json_t *m = plan_json_model(set, plan_day_number(2019, 6, 1), NULL), *d = plan_json_diags(set), *both = json_object();
	char *s;

	assert_non_null(m);
	assert_non_null(d);
	assert_non_null(both);
	json_object_set_new(both, "model", m);
	json_object_set_new(both, "diags", d);
	s = json_dumps(both, JSON_SORT_KEYS | JSON_INDENT(1));
	json_decref(both);
	assert_non_null(s);
	return s;
}

/* j as text (malloc'ed), released; j must not be NULL. */
static char *dump(json_t *j)
{
	char *s;

	assert_non_null(j);
	s = json_dumps(j, JSON_SORT_KEYS | JSON_INDENT(1));
	json_decref(j);
	assert_non_null(s);
	return s;
}

/* Writes the diagnostics as text; checks that it works or fails cleanly. */
static void write_diags(plan_set *set)
{
	FILE *f = tmpfile();
	int rc;

	assert_non_null(f);
	rc = plan_diags_write_text(&set->diags, f, "plancheck");

	assert_true(rc == 0 || rc == -1);
	fclose(f);
}

typedef int (*load_fn)(plan_set *set, const void *arg);

static int load_realistic(plan_set *set, const void *arg)
{
	(void)arg;
	return plan_load_buffer(set, "realistic.plan", realistic, sizeof(realistic) - 1);
}

static int load_path(plan_set *set, const void *arg)
{
	return plan_load_file(set, arg);
}

/*
 * The failure loop over load: allocation i fails, with every later one,
 * then alone (a failure swallowed would then show as another result).
 * Returns the number of runs; each run with a failure must be a clean
 * error or match the reference fingerprint.
 */
static long failure_loop(load_fn load, const void *arg, size_t min_errors)
{
	char *want;
	long i, runs = 0;
	plan_set *set;
	long clean_failures = 0, include_oom_as_error = 0;
	int once;

	/* The reference run, with no failure. */
	set = plan_set_new();
	assert_non_null(set);
	assert_int_equal(load(set, arg), PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	assert_false(set->diags.oom);
	assert_true(nerrors(set) >= min_errors);
	want = fingerprint(set);
	plan_set_free(set);

	/* Allocation i failing and every later one, then allocation i alone. */
	for (once = 0; once < 2; once++)
	for (i = 0; i < MAX_RUNS; i++) {
		int rc = PLAN_OK, lrc = 0, failed;
		long made;

		runs++;
		if (once)
			plan_alloc_fail_only(i);
		else
			plan_alloc_fail_after(i);
		set = plan_set_new();
		if (set) {
			rc = load(set, arg);
			lrc = plan_set_link(set);
			write_diags(set);
		}
		made = plan_alloc_fail_after(-1);
		/* Allocations 0..i-1 succeeded; any later one failed. */
		failed = made > i;

		if (!set) {
			assert_true(failed);
			clean_failures++;
			continue;
		}
		assert_true(rc == PLAN_OK || rc == PLAN_ENOMEM);
		if (rc == PLAN_OK && !set->diags.oom && lrc == 0 && failed &&
		    find_diag(set, PLAN_SEV_ERROR, "cannot include") &&
		    find_diag(set, PLAN_SEV_ERROR, "out of memory")) {
			/* The bug of test_alloc_failures_files: counted, reported at the end. */
			include_oom_as_error++;
		} else if (rc == PLAN_ENOMEM || set->diags.oom || lrc < 0) {
			assert_true(failed);
			clean_failures++;
			/* What was built is still safe to export. */
			{
				json_t *m = plan_json_model(set, plan_day_number(2019, 6, 1), NULL), *d = plan_json_diags(set);
				json_decref(m);
				json_decref(d);
			}
		} else {
			/* Success must mean the whole result, failure or not. */
			char *got = fingerprint(set);
			if (strcmp(got, want) != 0) {
				size_t k = 0, from;
				while (got[k] && got[k] == want[k])
					k++;
				from = k > 300 ? k - 300 : 0;
				fprintf(stderr, "run %ld%s: an allocation failed (%ld made) "
					"but the run reported success with a different result;\n"
					"expected ...%.400s\ngot ...%.400s\n",
					i, once ? " (that one alone)" : "", made, want + from, got + from);
			}
			assert_true(strcmp(got, want) == 0);
			free(got);
		}
		plan_set_free(set);
		if (!failed)
			break;
	}
	free(want);
	if (include_oom_as_error)
		fprintf(stderr, "%ld run(s) where reading an included file ran out of memory "
			"ended with PLAN_OK and diags.oom == 0 (only a \"cannot include ...: "
			"out of memory\" error)\n", include_oom_as_error);
	assert_int_equal(include_oom_as_error, 0);
	assert_true(i < MAX_RUNS);
	/* There were allocations to fail, and failing them was noticed. */
	assert_true(i > 0);
	assert_true(clean_failures > 0);
	return runs;
}

static void test_alloc_failures_buffer(void **state)
{
	long runs;

	(void)state;
	runs = failure_loop(load_realistic, NULL, 5);
	assert_true(runs > 3);
}

/*
 * Texts larger than half an arena block get a block (one plan_malloc) of
 * their own, so a plan of long texts puts failures inside the grammar's
 * actions: joining a field's text, growing a continuation buffer, an
 * update's text, a diagnostic's message.
 */
static char *long_texts_plan(size_t *len)
{
	const size_t piece = 100 * 1024;
	size_t cap = 64 * piece, o = 0, k, i;
	char *buf = malloc(cap);

	assert_non_null(buf);
#define ADD(s) do { size_t n_ = strlen(s); memcpy(buf + o, (s), n_); o += n_; } while (0)
#define LONG(c) do { for (i = 0; i < piece; i++) buf[o++] = (char)((c) + i % 7); } while (0)
	ADD("plan P Long texts\n  statement ");
	LONG('a');
	ADD("\n");
	for (k = 0; k < 8; k++) {
		char line[64];
		snprintf(line, sizeof(line), "action B%zu\n  note ", k);
		ADD(line);
		LONG('b');
		ADD("\n    ");
		LONG('c');
		ADD("\n\n    ");
		LONG('d');
		snprintf(line, sizeof(line), "\n  update 2019-0%zu\n    ", k + 1);
		ADD(line);
		LONG('e');
		snprintf(line, sizeof(line), "\n2019-01-1%zu B%zu green\n  ", k, k);
		ADD(line);
		LONG('f');
		ADD("\n");
	}
	/* An unknown word on a long line, and an unknown action. */
	ADD("action Z\n  laed ");
	LONG('g');
	ADD("\n2019-01-01 B99\n  ");
	LONG('h');
	ADD("\n");
#undef ADD
#undef LONG
	assert_true(o <= cap);
	*len = o;
	return buf;
}

struct bytes {
	const char *p;
	size_t len;
};

static int load_bytes(plan_set *set, const void *arg)
{
	const struct bytes *b = arg;
	return plan_load_buffer(set, "long.plan", b->p, b->len);
}

static void test_alloc_failures_long_texts(void **state)
{
	struct bytes b;
	char *buf;
	long runs;

	(void)state;
	buf = long_texts_plan(&b.len);
	b.p = buf;
	runs = failure_loop(load_bytes, &b, 2);
	/* Far more allocations than the small plan: a block for each long text,
	 * and the scratch buffer of text blocks growing to the longest. */
	assert_true(runs > 30);
	free(buf);
}

/* The directory of test_alloc_failures_files, removed by its teardown even when it fails. */
static char files_dir[] = "/tmp/plan-test-alloc-XXXXXX";
static char main_path[64], inc_path[64];

static int make_files(void **state)
{
	FILE *f;

	(void)state;
	plan_alloc_fail_after(-1);
	if (!mkdtemp(files_dir))
		return -1;
	snprintf(main_path, sizeof(main_path), "%s/main.plan", files_dir);
	snprintf(inc_path, sizeof(inc_path), "%s/updates.plan", files_dir);
	f = fopen(main_path, "w");
	if (!f)
		return -1;
	fputs(realistic, f);
	fputs("include updates.plan\ninclude missing.plan\n", f);
	fclose(f);
	f = fopen(inc_path, "w");
	if (!f)
		return -1;
	fputs("2019-06-01 HV1.1 green\n  From the included file.\n", f);
	fclose(f);
	return 0;
}

static int remove_files(void **state)
{
	(void)state;
	plan_alloc_fail_after(-1);
	unlink(inc_path);
	unlink(main_path);
	rmdir(files_dir);
	return 0;
}

/*
 * Regression test for a bug this test found (since fixed in src/):
 * when the buffer for an included file cannot be allocated,
 * include_file (src/load.c) reports "cannot include PATH: out of memory"
 * as an ordinary error and goes on: plan_load_file returns PLAN_OK and
 * diags.oom stays 0, so the caller cannot tell that the model is
 * incomplete (plan_load_file itself returns PLAN_ENOMEM for the same
 * failure on the top-level file).
 */
static void test_alloc_failures_files(void **state)
{
	(void)state;
	failure_loop(load_path, main_path, 6);
}

/*
 * JSON export, and the SARIF log, with failures injected while they run: allocation i and
 * every later one, then allocation i alone (json.c makes jansson allocate
 * through alloc.h, and the library allocates during export too:
 * plan_diags_sorted's array).  Each export must then return NULL or a
 * complete object, never crash; a failure alone, which the allocations
 * after it survive, must leak nothing of what was built (ASan checks).
 */
static void test_json_export_failures(void **state)
{
	static const char bin[] = "plan P T\n\0binary";
	plan_set *set;
	char *want_m, *want_d, *want_s;
	long i;
	int once;

	(void)state;
	set = plan_set_new();
	assert_non_null(set);
	assert_int_equal(load_realistic(set, NULL), PLAN_OK);
	assert_int_equal(plan_load_buffer(set, "bin.plan", bin, sizeof(bin) - 1), PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	want_m = dump(plan_json_model(set, plan_day_number(2019, 6, 1), NULL));
	want_d = dump(plan_json_diags(set));
	want_s = dump(plan_sarif_log(set, NULL));
	plan_set_free(set);
	for (once = 0; once < 2; once++)
	for (i = 0; i < MAX_RUNS; i++) {
		json_t *m, *d, *sarif;
		long made;

		set = plan_set_new();
		assert_non_null(set);
		assert_int_equal(load_realistic(set, NULL), PLAN_OK);
		/* A binary file's line table is only built when shown. */
		assert_int_equal(plan_load_buffer(set, "bin.plan", bin, sizeof(bin) - 1), PLAN_OK);
		assert_int_equal(plan_set_link(set), 0);
		if (once)
			plan_alloc_fail_only(i);
		else
			plan_alloc_fail_after(i);
		m = plan_json_model(set, plan_day_number(2019, 6, 1), NULL);
		d = plan_json_diags(set);
		sarif = plan_sarif_log(set, NULL);
		made = plan_alloc_fail_after(-1);
		/* Each is whole or nothing: never an object with keys left out. */
		if (m) {
			char *got = dump(m);
			assert_string_equal(got, want_m);
			free(got);
		}
		if (d) {
			char *got = dump(d);
			assert_string_equal(got, want_d);
			free(got);
		}
		if (sarif) {
			char *got = dump(sarif);
			assert_string_equal(got, want_s);
			free(got);
		}
		plan_set_free(set);
		if (made <= i)
			break;
	}
	assert_true(i < MAX_RUNS);
	assert_true(i > 100);
	free(want_m);
	free(want_d);
	free(want_s);
}

/* A failed assertion mid-run must not leave failures on for the next test. */
static int injection_off(void **state)
{
	(void)state;
	plan_alloc_fail_after(-1);
	return 0;
}

#define T(f) cmocka_unit_test_setup_teardown(f, injection_off, injection_off)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_alloc_failures_buffer),
		T(test_alloc_failures_long_texts),
		cmocka_unit_test_setup_teardown(test_alloc_failures_files, make_files, remove_files),
		T(test_json_export_failures),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
