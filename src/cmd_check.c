/*
 * cmd_check.c - plancheck: parse plans and their includes, print every
 * diagnostic, exit 0 / 1 / 2.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cmd.h"
#include "commits.h"
#include "github.h"
#include "history.h"
#include "json.h"
#include "load.h"
#include "options.h"
#include "sarif.h"
#include "skeleton.h"

/* -W CHECK, -W no-CHECK, -W error=CHECK: into the run's settings (value). */
static int warning_option(void *value, const char *arg, char *err, size_t errsize)
{
	plan_check_options *opt = value;
	const char *eq = strchr(arg, '=');
	int setting = PLAN_SETTING_ON, id;
	char sev[16];

	if (strncmp(arg, "no-", 3) == 0 && plan_check_lookup(arg + 3) >= 0) {
		setting = PLAN_SETTING_OFF;
		arg += 3;
	} else if (eq) {
		size_t n = (size_t)(eq - arg);
		if (n >= sizeof(sev))
			n = sizeof(sev) - 1;
		memcpy(sev, arg, n);
		sev[n] = '\0';
		setting = plan_setting_parse(sev);
		if (setting == PLAN_SETTING_UNSET || setting == PLAN_SETTING_OFF || setting == PLAN_SETTING_ON) {
			snprintf(err, errsize, "\"%s\": expected error=, warning= or note= before the check", arg);
			return -1;
		}
		arg = eq + 1;
	}
	id = plan_check_lookup(arg);
	if (id < 0) {
		snprintf(err, errsize, "unknown check \"%s\" (plancheck --list-checks shows them)", arg);
		return -1;
	}
	if (plan_check_is_history(id)) {
		snprintf(err, errsize, "%s is a history rule: only --allow-rewrite lets it through",
			 plan_checks[id].name);
		return -1;
	}
	opt->sev[id] = (signed char)setting;
	return 0;
}

static void list_checks(void)
{
	int i;
	for (i = 0; i < PLAN_NCHECKS; i++)
		printf("%-18s %-8s %s%s\n", plan_checks[i].name,
		       plan_severity_name(plan_checks[i].severity), plan_checks[i].summary,
		       plan_checks[i].strict == PLAN_OPT_IN ? " (opt-in)" :
		       plan_checks[i].strict ? " (strict)" : "");
}

/* --column-unit: ORDER plan_column_unit (diag.h). */
static const char *const column_units[] = { "char", "byte", NULL };

static const char *const usage[] = {
	"[OPTION]... [FILE]...",
	"--staged [--repo DIR] [--allow-rewrite] [--all] [OPTION]...",
	"--range BASE..TIP [--repo DIR] [--allow-rewrite] [--all] [OPTION]...",
	"--new [--today DATE]",
	NULL
};

/* Reads what is staged (staged) or the commits of range, and checks them. */
static int check_commits(plan_set **set, const char *repo_dir, const char *range,
			 const plan_commits_options *opt, plan_commits_result *res)
{
	plan_repo *repo;
	int rc;

	*set = NULL;
	rc = range ? plan_repo_open_history(&repo, repo_dir) : plan_repo_open(&repo, repo_dir);
	if (rc < 0) {
		fprintf(stderr, "plancheck: ");
		plan_puts_safe(stderr, plan_error_message());
		fprintf(stderr, "%s\n", range ? "" : "; the commit was stopped");
		return rc;
	}
	if (range) {
		plan_range rg;
		rc = plan_range_resolve(repo, range, &rg);
		if (rc == PLAN_OK)
			rc = plan_range_check(set, repo, &rg, opt, res);
	} else {
		rc = plan_staged_check(set, repo, opt, res);
	}
	plan_repo_free(repo);
	if (rc < 0) {
		fprintf(stderr, "plancheck: ");
		plan_puts_safe(stderr, plan_error_message());
		fprintf(stderr, "%s\n", range ? "" : "; the commit was stopped");
	}
	return rc;
}

/* "3 errors, 1 warning in 2 files": how many of each were shown. */
static void summary(const plan_set *set, const char *unit, size_t n)
{
	size_t e = set->diags.count[PLAN_SEV_ERROR], w = set->diags.count[PLAN_SEV_WARNING];

	if (e || w)
		printf("%zu error%s, %zu warning%s in %zu %s%s\n", e, e == 1 ? "" : "s",
		       w, w == 1 ? "" : "s", n, unit, n == 1 ? "" : "s");
}

/* What was left out: "14 other warnings in the plan: ...". */
static void hidden(const plan_commits_result *res, const char *rerun)
{
	size_t w = res->hidden[PLAN_SEV_WARNING], n = res->hidden[PLAN_SEV_NOTE];

	if (!w && !n)
		return;
	if (w)
		printf("%zu other warning%s", w, w == 1 ? "" : "s");
	if (n)
		printf("%s%zu other note%s", w ? " and " : "", n, n == 1 ? "" : "s");
	printf(" in the plan, on what %s did not change: run %s to list them\n",
	       strcmp(rerun, "--range") == 0 ? "the commits" : "this commit",
	       strcmp(rerun, "--range") == 0 ? "plancheck --range ... --all" : "plancheck --staged --all");
}

int cmd_check(int argc, char **argv)
{
	int format = PLAN_FORMAT_TEXT, status = PLAN_EXIT_OK, staged = 0, allow = 0, list = 0, nfiles, rc;
	int skeleton = 0, unit = PLAN_COLUMN_CHAR;
	const char *repo_dir = NULL, *today = NULL, *range = NULL, *env;
	plan_commits_options copt;
	plan_check_options *opt = &copt.check;
	plan_commits_result res;
	plan_load_options load = PLAN_LOAD_OPTIONS_INIT;
	plan_set *set;
	char **wt = NULL;
	size_t nwt = 0;
	const plan_option options[] = {
		PLAN_OPT_CHECK_FORMAT(&format),
		PLAN_OPT_TODAY(&today),
		PLAN_OPT_CALLBACK('W', NULL, opt, "CHECK", warning_option,
				  "turn CHECK on; -W no-CHECK turns it off, and\n"
				  "-W error=CHECK reports it as an error (also\n"
				  "warning=, note=)"),
		PLAN_OPT_BOOL(0, "strict", &opt->strict, "turn on the strict checks (undeclared-owner,\nmissing-rag)"),
		PLAN_OPT_ALLOW_OUTSIDE(&load.allow_outside),
		PLAN_OPT_CHOICE(0, "column-unit", &unit, "UNIT", column_units,
				"what the column of a text or json diagnostic\n"
				"counts: char (characters, the default) or byte\n"
				"(Vim's quickfix); sarif always counts characters"),
		PLAN_OPT_BOOL(0, "list-checks", &list, "list the checks with their default severity"),
		PLAN_OPT_BOOL(0, "new", &skeleton, "write a commented skeleton plan to start from, for\n"
			      "the financial year of --today, to standard output"),
		PLAN_OPT_BOOL(0, "staged", &staged, "check what is staged for commit (the git index), with\n"
			      "the rules between HEAD and it; for the pre-commit hook"),
		PLAN_OPT_STRING(0, "range", &range, "BASE..TIP", "check each commit of BASE..TIP (BASE alone:\n"
				"BASE..HEAD) against its parents, as --staged does;\n"
				"for CI and the pre-receive hook"),
		PLAN_OPT_BOOL(0, "all", &copt.all, "with --staged or --range, also show the warnings on\n"
			      "what the commit did not change"),
		PLAN_OPT_REPO(&repo_dir),
		PLAN_OPT_BOOL(0, "allow-rewrite", &allow, "with --staged or --range, let rewritten updates and\n"
			      "removed actions through, reported as notes (with\n"
			      "--staged, also PLAN_ALLOW_REWRITE=1 in the environment)"),
		PLAN_OPT_END()
	};
	const plan_command cmd = {
		"plancheck", usage,
		"Checks plan files and the files they include, and prints every problem\n"
		"as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CHECK].  FILE - is standard input.\n"
		"With no FILE, in a git work tree: every plan file (*.plan) of the work\n"
		"tree that git does not ignore, as the pre-commit hook reads every staged\n"
		"one; outside a work tree a FILE must be named.\n",
		options,
		"Exit status: 0 no errors, 1 errors found, 2 bad arguments or unreadable file\n"
		"(with --staged: the commit was stopped).\n"
	};

	memset(&copt, 0, sizeof(copt));
	plan_check_options_init(opt);
	if ((nfiles = cmd_parse(&cmd, argc, argv, &status)) < 0)
		return status;
	if (list) {
		list_checks();
		return cmd_finish_output("plancheck", PLAN_EXIT_OK);
	}
	if (skeleton) {
		if (nfiles || staged || range) {
			fprintf(stderr, "plancheck: --new writes a new plan; name no file, and no --staged or --range\n");
			return PLAN_EXIT_USAGE;
		}
		if (cmd_today("plancheck", today, &opt->today) < 0)
			return PLAN_EXIT_USAGE;
		plan_skeleton_write(stdout, opt->today);   /* a write error is cmd_finish_output's */
		return cmd_finish_output("plancheck", PLAN_EXIT_OK);
	}
	if (staged && range) {
		fprintf(stderr, "plancheck: --staged and --range check different things; give one\n");
		return PLAN_EXIT_USAGE;
	}
	if ((staged || range) && nfiles) {
		fprintf(stderr, "plancheck: %s checks commits; name no file\n", staged ? "--staged" : "--range");
		return PLAN_EXIT_USAGE;
	}
	if (!staged && !range && (repo_dir || allow || copt.all)) {
		fprintf(stderr, "plancheck: --repo, --all and --allow-rewrite go with --staged or --range\n");
		return PLAN_EXIT_USAGE;
	}
	if (cmd_today("plancheck", today, &opt->today) < 0)
		return PLAN_EXIT_USAGE;
	if (nfiles == 0 && !staged && !range) {
		switch (cmd_work_tree_files("plancheck", &wt, &nwt)) {
		case 0:
			fprintf(stderr, "plancheck: no file named, and not in a git work tree\n");
			plan_options_usage(&cmd);
			return PLAN_EXIT_USAGE;
		case 1:
			if (nwt)
				break;
			return cmd_finish_output("plancheck", PLAN_EXIT_OK);
		default:
			return PLAN_EXIT_USAGE;
		}
	}
	/* The way to reach the hook: PLAN_ALLOW_REWRITE=1 git commit. */
	env = getenv("PLAN_ALLOW_REWRITE");
	opt->allow_rewrite = allow || (staged && env && strcmp(env, "1") == 0);
	opt->range = range != NULL;

	if (staged || range) {
		rc = check_commits(&set, repo_dir, range, &copt, &res);
		if (!set)
			return PLAN_EXIT_USAGE;
		if (rc < 0)
			status = PLAN_EXIT_USAGE;
	} else {
		set = wt ? cmd_load("plancheck", (int)nwt, wt, &load, 0, &status)
			 : cmd_load("plancheck", nfiles, argv, &load, 1, &status);
		plan_work_tree_plans_free(wt, nwt);
		if (!set)
			return PLAN_EXIT_USAGE;
		if (plan_check_run(set, opt) < 0)
			status = PLAN_EXIT_USAGE;
	}
	if (status == PLAN_EXIT_OK && set->diags.count[PLAN_SEV_ERROR])
		status = PLAN_EXIT_ERRORS;
	if (format == PLAN_FORMAT_JSON) {
		if (cmd_write_json("plancheck", plan_json_diags_unit(set, (plan_column_unit)unit), stdout) < 0)
			status = PLAN_EXIT_USAGE;
	} else if (format == PLAN_FORMAT_SARIF) {
		plan_sarif_options so = PLAN_SARIF_OPTIONS_INIT;
		so.version = PLAN_VERSION;
		if (cmd_write_json("plancheck", plan_sarif_log(set, &so), stdout) < 0)
			status = PLAN_EXIT_USAGE;
	} else {
		/* text, or github: annotations, then the same summary. */
		if (format == PLAN_FORMAT_GITHUB)
			plan_github_write(&set->diags, stdout, "plancheck");
		else
			plan_diags_write_text_unit(&set->diags, stdout, "plancheck", (plan_column_unit)unit);
		if (range)
			summary(set, "commit", res.commits);
		else
			summary(set, "file", set->nsources);
		if (staged || range)
			hidden(&res, range ? "--range" : "--staged");
	}
	plan_set_free(set);
	return cmd_finish_output("plancheck", status);
}
