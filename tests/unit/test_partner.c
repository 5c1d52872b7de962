/*
 * test_partner.c - a partner's updates file checked without its plan
 * (src/partner.c), with real files in a temporary directory (mkdtemp
 * under /tmp, removed after each test).
 *
 * Covered: the unknown-id errors of updates whose actions another plan
 * file defines become one, that names the file and the command; the
 * updates for actions that no file defines keep theirs; a plan file that
 * includes the partner file is named alone; one update alone; every
 * allocation of plan_partner_explain failing in turn.  And the plan files of a work tree
 * (plan_work_tree_plans, src/history.c): tracked and untracked, not the
 * ignored ones nor those under .git, relative to the current directory.
 */
#include "helpers.h"

#include <git2.h>

#include "alloc.h"
#include "history.h"
#include "partner.h"

static char dir_[] = "/tmp/plan-test-partner-XXXXXX";

static const char plan_file_text[] =
	"plan VAWG Violence against women and girls\n"
	"  period 2025/26\n"
	"action VAWG1.3 Refuge places\n"
	"  lead Bob\n"
	"  due 2026-03\n"
	"action VAWG1.4 Outreach\n"
	"  lead Bob\n"
	"  due 2026-03\n";

static const char partner_text[] =
	"2025-06-12 VAWG1.3 green by Police\n"
	"  On track.\n"
	"2025-07-12 VAWG1.4 amber by Police\n"
	"  Delayed.\n"
	"2025-07-13 NOPE1 amber by Police\n"
	"  No such action.\n";

static int setup(void **state)
{
	(void)state;
	plan_alloc_fail_after(-1);
	if (!mkdtemp(dir_))
		return -1;
	return 0;
}

static int teardown(void **state)
{
	plan_alloc_fail_after(-1);
	release_all(state);
	remove_tree(dir_);
	memcpy(dir_ + strlen(dir_) - 6, "XXXXXX", 6);
	return 0;
}

/* The partner file read alone, linked: a new set (tracked). */
static plan_set *partner_alone(void)
{
	plan_set *set = track(plan_set_new());
	const char *p = path_in(dir_, "updates/police.plan");

	assert_int_equal(plan_load_paths(set, &p, 1), PLAN_OK);
	assert_int_equal(plan_set_link(set), PLAN_OK);
	return set;
}

/* Every message of set, one a line, in order. */
static const char *messages(const plan_set *set)
{
	static char buf[8192];
	const plan_diag *g;
	size_t o = 0;

	buf[0] = '\0';
	for (g = set->diags.head; g && o < sizeof(buf); g = g->next)
		o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%s\n", g->msg);
	return buf;
}

static int explain(plan_set *set)
{
	const char *paths[2];
	plan_load_options opt = PLAN_LOAD_OPTIONS_INIT;

	paths[0] = path_in(dir_, "plan.plan");
	paths[1] = path_in(dir_, "updates/police.plan");
	return plan_partner_explain(set, paths, 2, &opt);
}

static void test_partner_named_alone(void **state)
{
	plan_set *set;
	char want[2048];

	(void)state;
	write_text(path_in(dir_, "plan.plan"), plan_file_text);
	write_text(path_in(dir_, "updates/police.plan"), partner_text);
	set = partner_alone();
	assert_true(plan_partner_unknown(set));
	assert_errors(set, 3);
	assert_int_equal(explain(set), PLAN_OK);
	snprintf(want, sizeof(want),
		 "update for unknown action NOPE1\n"
		 "2 updates in %s/updates/police.plan are for actions of plan VAWG, defined in %s/plan.plan, "
		 "which was not read: check the files together: plancheck %s/plan.plan %s/updates/police.plan\n",
		 dir_, dir_, dir_, dir_);
	assert_string_equal(messages(set), want);
	assert_errors(set, 2);
	release(set);

	/* One update alone. */
	write_text(path_in(dir_, "updates/police.plan"), "2025-06-12 VAWG1.3 green by Police\n  On track.\n");
	set = partner_alone();
	assert_int_equal(explain(set), PLAN_OK);
	snprintf(want, sizeof(want),
		 "update for action VAWG1.3 of plan VAWG, defined in %s/plan.plan, which was not read: "
		 "check the files together: plancheck %s/plan.plan %s/updates/police.plan\n", dir_, dir_, dir_);
	assert_string_equal(messages(set), want);
	release(set);

	/* Nothing unknown: nothing read, nothing said. */
	write_text(path_in(dir_, "updates/police.plan"), "");
	set = partner_alone();
	assert_false(plan_partner_unknown(set));
	assert_int_equal(explain(set), PLAN_OK);
	assert_string_equal(messages(set), "");
	release(set);
}

static void test_partner_included(void **state)
{
	plan_set *set;
	char want[2048], text[1024];

	(void)state;
	snprintf(text, sizeof(text), "%sinclude updates/police.plan\n", plan_file_text);
	write_text(path_in(dir_, "plan.plan"), text);
	write_text(path_in(dir_, "updates/police.plan"), partner_text);
	set = partner_alone();
	assert_int_equal(explain(set), PLAN_OK);
	snprintf(want, sizeof(want),
		 "update for unknown action NOPE1\n"
		 "2 updates in %s/updates/police.plan are for actions of plan VAWG, defined in %s/plan.plan, "
		 "which was not read; it includes this file: check it: plancheck %s/plan.plan\n",
		 dir_, dir_, dir_);
	assert_string_equal(messages(set), want);
	release(set);
}

/*
 * Every allocation of plan_partner_explain fails in turn (with every later
 * one, then alone): each run says what a run without failures says, or
 * returns PLAN_ENOMEM; nothing leaks (ASan).
 */
static void test_partner_allocation_failure(void **state)
{
	char want[4096];
	long n, made, failed = 0;
	int once, rc;

	(void)state;
	write_text(path_in(dir_, "plan.plan"), plan_file_text);
	write_text(path_in(dir_, "updates/police.plan"), partner_text);
	{
		plan_set *set = partner_alone();
		assert_int_equal(explain(set), PLAN_OK);
		snprintf(want, sizeof(want), "%s", messages(set));
		release(set);
	}
	for (once = 0; once < 2; once++)
		for (n = 0; n < 1000; n++) {
			plan_set *set = partner_alone();
			if (once)
				plan_alloc_fail_only(n);
			else
				plan_alloc_fail_after(n);
			rc = explain(set);
			made = plan_alloc_fail_after(-1);
			if (rc == PLAN_ENOMEM)
				failed++;
			else {
				assert_int_equal(rc, PLAN_OK);
				assert_string_equal(messages(set), want);
			}
			release(set);
			if (made <= n)
				break;
		}
	assert_true(n < 1000);
	assert_true(failed >= 4);
}

/* The paths plan_work_tree_plans gives, one a line; "ENOTFOUND" and so on for its errors. */
static const char *work_tree_plans(void)
{
	static char buf[4096];
	char **v;
	size_t n, i, o = 0;
	int rc = plan_work_tree_plans(&v, &n);

	if (rc == PLAN_ENOTFOUND)
		return "ENOTFOUND";
	if (rc == PLAN_ENOMEM)
		return "ENOMEM";
	if (rc < 0)
		return plan_error_message();
	buf[0] = '\0';
	for (i = 0; i < n && o < sizeof(buf); i++)
		o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%s\n", v[i]);
	plan_work_tree_plans_free(v, n);
	return buf;
}

static void test_work_tree_plans(void **state)
{
	char cwd[4096], cmd[1024];

	(void)state;
	/* Held through the test: libgit2 is set up once. */
	git_libgit2_init();
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(dir_), 0);
	assert_string_equal(work_tree_plans(), "ENOTFOUND");
	snprintf(cmd, sizeof(cmd), "git init -q '%s' && git -C '%s' config user.email t@t && "
		 "git -C '%s' config user.name t", dir_, dir_, dir_);
	assert_int_equal(system(cmd), 0);
	assert_string_equal(work_tree_plans(), "");
	write_text(path_in(dir_, "plan.plan"), plan_file_text);
	write_text(path_in(dir_, "updates/police.plan"), partner_text);
	write_text(path_in(dir_, "drafts/new.plan"), "plan D Draft\n");
	write_text(path_in(dir_, "drafts/notes.txt"), "not a plan\n");
	write_text(path_in(dir_, "ignored/old.plan"), "plan O Old\n");
	write_text(path_in(dir_, "gone.plan"), "plan G Gone\n");
	write_text(path_in(dir_, ".gitignore"), "ignored/\n");
	write_text(path_in(dir_, ".git/inside.plan"), "plan I Inside\n");
	snprintf(cmd, sizeof(cmd), "git -C '%s' add plan.plan gone.plan .gitignore && rm '%s/gone.plan'",
		 dir_, dir_);
	assert_int_equal(system(cmd), 0);
	assert_string_equal(work_tree_plans(), "drafts/new.plan\nplan.plan\nupdates/police.plan\n");
	assert_int_equal(chdir("updates"), 0);
	assert_string_equal(work_tree_plans(), "../drafts/new.plan\n../plan.plan\npolice.plan\n");
	/* No allocation-failure loop here: libgit2 1.5's git_repository_open_ext
	 * crashes when one of its allocations fails (test_history.c opens its
	 * repositories before it makes allocations fail, for the same reason). */
	assert_int_equal(chdir(cwd), 0);
	git_libgit2_shutdown();
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_partner_named_alone),
		T(test_partner_included),
		T(test_partner_allocation_failure),
		T(test_work_tree_plans),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
