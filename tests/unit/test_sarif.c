/*
 * test_sarif.c - plancheck's diagnostics as a SARIF 2.1.0 log (src/sarif.h).
 *
 * Covered: plan_sarif_uri (unreserved bytes kept, every other one as %XX,
 * Latin-1 bytes too, an absolute path as a file: URI, a short buffer);
 * the log of a parsed set: one run, columnKind "unicodeCodePoints" and
 * columns counted in code points (a character outside the BMP is one
 * column, where UTF-16 would count two), every region the numbers of the
 * JSON form (plan_json_diags), every ruleIndex naming the rule of the
 * result's ruleId, one rule per kind and check with its default level (a
 * strict check not enabled), artifacts with their index and length, a
 * whole-file diagnostic with a location and no region, one about no file
 * with no location, a check with no rule with no ruleIndex, square
 * brackets of a message escaped, the notifications of a cut-short or
 * out-of-memory run.  Allocation failures are test_alloc.c's.
 */
#include "helpers.h"

#include <jansson.h>

#include "check.h"
#include "json.h"
#include "sarif.h"

static void uri(const char *path, const char *want)
{
	char buf[256];
	size_t n = plan_sarif_uri(buf, sizeof(buf), path);

	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
}

static void test_uri(void **state)
{
	char small[6];

	(void)state;
	uri("plans/vve-2018-19.plan", "plans/vve-2018-19.plan");
	uri("a_b~c.plan", "a_b~c.plan");
	uri("caf\xC3\xA9, plan: 1.plan", "caf%C3%A9%2C%20plan%3A%201.plan");
	uri("caf\xE9.plan", "caf%E9.plan");                 /* Latin-1: the byte as it is */
	uri("50% [draft]#?.plan", "50%25%20%5Bdraft%5D%23%3F.plan");
	uri("c:/x.plan", "c%3A/x.plan");                    /* not a scheme */
	uri("<stdin>", "%3Cstdin%3E");
	uri("/tmp/a b.plan", "file:///tmp/a%20b.plan");
	uri("./a\\b.plan", "./a%5Cb.plan");
	/* Cut short: the length it needs, and a NUL-terminated beginning. */
	assert_int_equal(plan_sarif_uri(small, sizeof(small), "a b.plan"), 10);
	assert_string_equal(small, "a%20b");
	assert_int_equal(plan_sarif_uri(NULL, 0, "/x"), 9);
}

static json_t *sarif_of(plan_set *set)
{
	plan_sarif_options opt = PLAN_SARIF_OPTIONS_INIT;
	json_t *log;

	opt.version = "9.9.9";
	log = plan_sarif_log(set, &opt);
	assert_non_null(log);
	return log;
}

static json_t *run_of(json_t *log)
{
	json_t *runs = json_object_get(log, "runs");

	assert_string_equal(json_string_value(json_object_get(log, "version")), "2.1.0");
	assert_int_equal(json_array_size(runs), 1);
	return json_array_get(runs, 0);
}

static json_int_t num(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);

	if (!json_is_integer(v))
		fprintf(stderr, "no integer %s\n", key);
	assert_true(json_is_integer(v));
	return json_integer_value(v);
}

static const char *str(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);

	if (!json_is_string(v))
		fprintf(stderr, "no string %s\n", key);
	assert_true(json_is_string(v));
	return json_string_value(v);
}

static json_t *physical(json_t *result)
{
	json_t *locs = json_object_get(result, "locations");

	assert_int_equal(json_array_size(locs), 1);
	return json_object_get(json_array_get(locs, 0), "physicalLocation");
}

/* The result whose message text contains sub. */
static json_t *result_with(json_t *run, const char *sub)
{
	json_t *results = json_object_get(run, "results"), *r;
	size_t i;

	json_array_foreach(results, i, r)
		if (strstr(str(json_object_get(r, "message"), "text"), sub))
			return r;
	fprintf(stderr, "no result with \"%s\"\n", sub);
	fail();
	return NULL;
}

static const char input[] =
	"plan P1 Example\n"
	"  period 2019/20\n"
	"action A1 Launch \xF0\x9F\x9A\x80 ????\n"          /* U+1F680, then a placeholder */
	"  lead Jane Smith\n"
	"  due 2019-12\n"
	"  update 2019-05-01 green\n"
	"    On track.\n"
	"action A2 Nobody leads this\n"
	"  due 2019-12\n"
	"[x](1) is not a directive\n";

static void test_log(void **state)
{
	plan_set *set;
	plan_check_options opt;
	json_t *log, *run, *rules, *results, *diags, *r, *rule, *d;
	size_t i;

	(void)state;
	set = parse(input);
	plan_check_options_init(&opt);
	opt.today = plan_day_number(2019, 6, 1);
	assert_int_equal(plan_check_run(set, &opt), PLAN_OK);
	log = sarif_of(set);
	run = run_of(log);
	assert_string_equal(str(run, "columnKind"), "unicodeCodePoints");
	assert_string_equal(str(json_object_get(json_object_get(run, "tool"), "driver"), "name"), "plancheck");
	assert_string_equal(str(json_object_get(json_object_get(run, "tool"), "driver"), "version"), "9.9.9");

	/* One rule per fixed kind, then per check, each with its default. */
	rules = json_object_get(json_object_get(json_object_get(run, "tool"), "driver"), "rules");
	assert_int_equal(json_array_size(rules), PLAN_NDIAG_KINDS + PLAN_NCHECKS);
	for (i = 0; i < PLAN_NDIAG_KINDS + PLAN_NCHECKS; i++) {
		json_t *conf;
		const plan_check_info *c = i < PLAN_NDIAG_KINDS ? NULL : &plan_checks[i - PLAN_NDIAG_KINDS];
		rule = json_array_get(rules, i);
		conf = json_object_get(rule, "defaultConfiguration");
		assert_string_equal(str(rule, "id"), c ? c->name : plan_diag_kinds[i].name);
		assert_string_equal(str(json_object_get(rule, "shortDescription"), "text"),
				    c ? c->summary : plan_diag_kinds[i].summary);
		assert_non_null(strstr(str(json_object_get(rule, "help"), "text"), c ? "section 13" : "section 12"));
		assert_string_equal(str(conf, "level"), plan_severity_name(c ? c->severity : PLAN_SEV_ERROR));
		assert_true(json_is_false(json_object_get(conf, "enabled")) == (c && c->strict));
	}

	/* Each result: its rule, and the numbers of the JSON form. */
	results = json_object_get(run, "results");
	d = plan_json_diags(set);
	assert_non_null(d);
	diags = json_object_get(d, "diagnostics");
	assert_int_equal(json_array_size(results), set->diags.total);
	assert_true(json_array_size(results) >= 3);
	json_array_foreach(results, i, r) {
		json_t *g = json_array_get(diags, i), *region = json_object_get(physical(r), "region");
		assert_string_equal(str(r, "ruleId"), str(g, "check"));
		assert_string_equal(str(json_array_get(rules, (size_t)num(r, "ruleIndex")), "id"), str(r, "ruleId"));
		assert_string_equal(str(r, "level"), str(g, "severity"));
		assert_string_equal(str(json_object_get(physical(r), "artifactLocation"), "uri"), "t.plan");
		assert_int_equal(num(json_object_get(physical(r), "artifactLocation"), "index"), 0);
		assert_int_equal(num(region, "startLine"), num(g, "line"));
		assert_int_equal(num(region, "startColumn"), num(g, "column"));
		assert_int_equal(num(region, "endLine"), num(g, "end_line"));
		assert_int_equal(num(region, "endColumn"), num(g, "end_column"));
	}
	json_decref(d);

	/* "????" after the rocket: column 20 in code points (21 in UTF-16 units). */
	r = json_object_get(physical(result_with(run, "\"????\"")), "region");
	assert_int_equal(num(r, "startLine"), 3);
	assert_int_equal(num(r, "startColumn"), 20);
	assert_int_equal(num(r, "endColumn"), 24);

	/* Plan text in a message cannot make a link. */
	r = result_with(run, "is not a directive");
	assert_non_null(strstr(str(json_object_get(r, "message"), "text"), "\"\\[x\\](1) is not"));

	/* The file read, with its length. */
	assert_int_equal(json_array_size(json_object_get(run, "artifacts")), 1);
	r = json_array_get(json_object_get(run, "artifacts"), 0);
	assert_string_equal(str(json_object_get(r, "location"), "uri"), "t.plan");
	assert_int_equal(num(r, "length"), sizeof(input) - 1);
	assert_true(json_is_true(json_object_get(json_array_get(json_object_get(run, "invocations"), 0),
						 "executionSuccessful")));
	json_decref(log);
}

static void test_whole_file_and_no_file(void **state)
{
	plan_set *set;
	json_t *log, *run, *r, *phys, *inv;

	(void)state;
	set = parse("plan P1 Example\n  period 2019/20\n");
	plan_diag_file(&set->diags, PLAN_SEV_ERROR, "io", "gone.plan", "cannot read: %s", "gone");
	plan_diag_file(&set->diags, PLAN_SEV_ERROR, "encoding", "t.plan", "2 more invalid bytes not shown");
	plan_diag_file(&set->diags, PLAN_SEV_WARNING, "io", NULL, "about no file");
	plan_diag_add(&set->diags, PLAN_SEV_NOTE, "made-up", set->sources[0], (plan_span){ 0, 4 }, "no rule");
	set->diags.truncated = 1;
	set->diags.oom = 1;
	log = sarif_of(set);
	run = run_of(log);

	/* Not read: a location with no region and no artifact. */
	phys = physical(r = result_with(run, "cannot read"));
	assert_null(json_object_get(phys, "region"));
	assert_string_equal(str(json_object_get(phys, "artifactLocation"), "uri"), "gone.plan");
	assert_null(json_object_get(json_object_get(phys, "artifactLocation"), "index"));
	assert_int_equal(num(r, "ruleIndex"), 6);
	/* Read: the artifact's index, still no region. */
	phys = physical(result_with(run, "more invalid bytes"));
	assert_null(json_object_get(phys, "region"));
	assert_int_equal(num(json_object_get(phys, "artifactLocation"), "index"), 0);
	/* About no file: no location. */
	r = result_with(run, "about no file");
	assert_null(json_object_get(r, "locations"));
	assert_string_equal(str(r, "level"), "warning");
	/* A check no rule names: its id, no index. */
	r = result_with(run, "no rule");
	assert_string_equal(str(r, "ruleId"), "made-up");
	assert_null(json_object_get(r, "ruleIndex"));
	assert_string_equal(str(r, "level"), "note");

	/* What the text form says after the diagnostics. */
	inv = json_array_get(json_object_get(run, "invocations"), 0);
	assert_true(json_is_false(json_object_get(inv, "executionSuccessful")));
	r = json_object_get(inv, "toolExecutionNotifications");
	assert_int_equal(json_array_size(r), 2);
	assert_string_equal(str(json_array_get(r, 0), "level"), "note");
	assert_string_equal(str(json_object_get(json_array_get(r, 0), "message"), "text"),
			    "stopped after 1000 diagnostics");
	assert_string_equal(str(json_array_get(r, 1), "level"), "error");
	json_decref(log);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_uri),
		TEST(test_log),
		TEST(test_whole_file_and_no_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
