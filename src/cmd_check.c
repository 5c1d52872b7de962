/*
 * cmd_check.c - plancheck: parse plans and their includes, print every
 * diagnostic, exit 0 / 1 / 2.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cmd.h"
#include "history.h"
#include "json.h"
#include "load.h"
#include "options.h"

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
	opt->sev[id] = (signed char)setting;
	return 0;
}

static void list_checks(void)
{
	int i;
	for (i = 0; i < PLAN_NCHECKS; i++)
		printf("%-18s %-8s %s%s\n", plan_checks[i].name,
		       plan_severity_name(plan_checks[i].severity), plan_checks[i].summary,
		       plan_checks[i].strict ? " (strict)" : "");
}

static const char *const usage[] = {
	"[OPTION]... FILE...",
	"--staged [--repo DIR] [--allow-rewrite] [OPTION]...",
	NULL
};

int cmd_check(int argc, char **argv)
{
	int format = PLAN_FORMAT_TEXT, status = PLAN_EXIT_OK, staged = 0, allow = 0, list = 0, nfiles, rc;
	const char *repo_dir = NULL, *today = NULL, *env;
	plan_check_options opt;
	plan_load_options load = PLAN_LOAD_OPTIONS_INIT;
	plan_set *set;
	const plan_option options[] = {
		PLAN_OPT_FORMAT(&format),
		PLAN_OPT_TODAY(&today),
		PLAN_OPT_CALLBACK('W', NULL, &opt, "CHECK", warning_option,
				  "turn CHECK on; -W no-CHECK turns it off, and\n"
				  "-W error=CHECK reports it as an error (also\n"
				  "warning=, note=)"),
		PLAN_OPT_BOOL(0, "strict", &opt.strict, "turn on the strict checks (undeclared-owner,\nmissing-rag)"),
		PLAN_OPT_ALLOW_OUTSIDE(&load.allow_outside),
		PLAN_OPT_BOOL(0, "list-checks", &list, "list the checks with their default severity"),
		PLAN_OPT_BOOL(0, "staged", &staged, "check what is staged for commit (the git index), with\n"
			      "the rules between HEAD and it; for the pre-commit hook"),
		PLAN_OPT_REPO(&repo_dir),
		PLAN_OPT_BOOL(0, "allow-rewrite", &allow, "with --staged, let rewritten updates and removed\n"
			      "actions through, reported as notes (also done by\n"
			      "the environment variable PLAN_ALLOW_REWRITE=1)"),
		PLAN_OPT_END()
	};
	const plan_command cmd = {
		"plancheck", usage,
		"Checks plan files and the files they include, and prints every problem\n"
		"as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CHECK].  FILE - is standard input.\n",
		options,
		"Exit status: 0 no errors, 1 errors found, 2 bad arguments or unreadable file.\n"
	};

	plan_check_options_init(&opt);
	if ((nfiles = cmd_parse(&cmd, argc, argv, &status)) < 0)
		return status;
	if (list) {
		list_checks();
		return cmd_finish_output("plancheck", PLAN_EXIT_OK);
	}
	if (staged && nfiles) {
		fprintf(stderr, "plancheck: --staged checks what is staged; name no file\n");
		return PLAN_EXIT_USAGE;
	}
	if (!staged && (repo_dir || allow)) {
		fprintf(stderr, "plancheck: --repo and --allow-rewrite go with --staged\n");
		return PLAN_EXIT_USAGE;
	}
	if (nfiles == 0 && !staged) {
		fprintf(stderr, "plancheck: no file named\n");
		plan_options_usage(&cmd);
		return PLAN_EXIT_USAGE;
	}
	if (cmd_today("plancheck", today, &opt.today) < 0)
		return PLAN_EXIT_USAGE;
	/* The way to reach the hook: PLAN_ALLOW_REWRITE=1 git commit. */
	env = getenv("PLAN_ALLOW_REWRITE");
	opt.allow_rewrite = allow || (staged && env && strcmp(env, "1") == 0);

	if (staged) {
		plan_repo *repo;
		if (plan_repo_open(&repo, repo_dir) < 0) {
			fprintf(stderr, "plancheck: %s\n", plan_error_message());
			return PLAN_EXIT_USAGE;
		}
		rc = plan_staged_check(&set, repo, &opt);
		plan_repo_free(repo);
		if (!set) {
			fprintf(stderr, "plancheck: %s\n", plan_error_message());
			return PLAN_EXIT_USAGE;
		}
		if (rc < 0)
			status = PLAN_EXIT_USAGE;
	} else {
		if (!(set = cmd_load("plancheck", nfiles, argv, &load, &status)))
			return PLAN_EXIT_USAGE;
		if (plan_check_run(set, &opt) < 0)
			status = PLAN_EXIT_USAGE;
	}
	if (status == PLAN_EXIT_OK && set->diags.count[PLAN_SEV_ERROR])
		status = PLAN_EXIT_ERRORS;
	if (format == PLAN_FORMAT_JSON) {
		if (cmd_write_json("plancheck", plan_json_diags(set)) < 0)
			status = PLAN_EXIT_USAGE;
	} else {
		size_t e = set->diags.count[PLAN_SEV_ERROR], w = set->diags.count[PLAN_SEV_WARNING];
		plan_diags_write_text(&set->diags, stdout, "plancheck");
		if (e || w)
			printf("%zu error%s, %zu warning%s in %zu file%s\n", e, e == 1 ? "" : "s",
			       w, w == 1 ? "" : "s", set->nsources, set->nsources == 1 ? "" : "s");
	}
	plan_set_free(set);
	return cmd_finish_output("plancheck", status);
}
