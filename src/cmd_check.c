/*
 * cmd_check.c - plancheck: parse plans and their includes, print every
 * diagnostic, exit 0 / 1 / 2.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "cmd.h"
#include "history.h"
#include "json.h"
#include "load.h"

static const char usage[] =
	"usage: plancheck [OPTION]... FILE...\n"
	"       plancheck --staged [--repo DIR] [--allow-rewrite] [OPTION]...\n"
	"\n"
	"Checks plan files and the files they include, and prints every problem\n"
	"as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CHECK].\n"
	"\n"
	"  --format=text     diagnostics for people, with the source line (default)\n"
	"  --format=json     diagnostics as one JSON object (see SPEC.md)\n"
	"  --today=DATE      judge deadlines as on DATE (YYYY-MM-DD); default: the\n"
	"                    PLAN_TODAY environment variable, else the system date\n"
	"  -W CHECK          turn CHECK on;  -W no-CHECK  turn it off\n"
	"  -W error=CHECK    report CHECK as an error (also warning=, note=)\n"
	"  --strict          turn on the strict checks (undeclared-owner, missing-rag)\n"
	"  --list-checks     list the checks with their default severity\n"
	"  --staged          check what is staged for commit (the git index), with\n"
	"                    the rules between HEAD and it; for the pre-commit hook\n"
	"  --repo DIR        the repository for --staged (default: the current one)\n"
	"  --allow-rewrite   with --staged, let rewritten updates and removed actions\n"
	"                    through, reported as notes (also PLAN_ALLOW_REWRITE=1)\n"
	"  -h, --help        show this help\n"
	"  --version         show the version\n"
	"\n"
	"Exit status: 0 no errors, 1 errors found, 2 bad arguments or unreadable file.\n";

/* Parses a -W argument into opt; returns -1 with a message when it is wrong. */
static int warning_option(plan_check_options *opt, const char *arg)
{
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
			fprintf(stderr, "plancheck: -W %s: expected error=, warning= or note= before the check\n", arg);
			return -1;
		}
		arg = eq + 1;
	}
	id = plan_check_lookup(arg);
	if (id < 0) {
		fprintf(stderr, "plancheck: unknown check \"%s\" (plancheck --list-checks shows them)\n", arg);
		return -1;
	}
	opt->sev[id] = (signed char)setting;
	return 0;
}

/* Day number of a YYYY-MM-DD date, or -1 with a message. */
static int parse_today(long *out, const char *s, const char *from)
{
	plan_date d;
	const char *why;
	size_t bad;

	if (plan_date_parse(&d, s, strlen(s), &why, &bad) < 0 || d.prec != PLAN_PREC_DAY) {
		fprintf(stderr, "plancheck: %s \"%s\" is not a day such as 2019-06-01\n", from, s);
		return -1;
	}
	*out = plan_day_number(d.year, d.month, d.day);
	return 0;
}

static long system_today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	return plan_day_number(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

static void list_checks(void)
{
	int i;
	for (i = 0; i < PLAN_NCHECKS; i++)
		printf("%-18s %-8s %s%s\n", plan_checks[i].name,
		       plan_severity_name(plan_checks[i].severity), plan_checks[i].summary,
		       plan_checks[i].strict ? " (strict)" : "");
}

/*
 * The staged plans, linked, with the rules between HEAD and them already
 * applied; NULL (after saying why) when the repository cannot be read.
 */
static plan_set *load_staged(const char *dir, const plan_check_options *opt, int *status)
{
	plan_repo *repo;
	plan_set *now, *head, *merged = NULL;
	char err[512];
	int rc, merging;

	if (plan_repo_open(&repo, dir, err, sizeof(err)) < 0) {
		fprintf(stderr, "plancheck: %s\n", err);
		return NULL;
	}
	now = plan_set_new();
	head = plan_set_new();
	if (!now || !head) {
		fprintf(stderr, "plancheck: out of memory\n");
		plan_set_free(now);
		plan_set_free(head);
		plan_repo_free(repo);
		return NULL;
	}
	rc = plan_repo_load_index(repo, now);
	if (rc == PLAN_OK)
		rc = plan_set_link(now) < 0 ? PLAN_ENOMEM : PLAN_OK;
	/* In a merge, what the merged commit brings was checked when it was made. */
	merging = rc == PLAN_OK && (merged = plan_set_new()) != NULL &&
		  plan_repo_load_merge_head(repo, merged) == 1 && plan_set_link(merged) == 0;
	/* HEAD's own problems were reported when it was committed. */
	if (rc == PLAN_OK && plan_repo_load_head(repo, head) == PLAN_OK && plan_set_link(head) == 0 &&
	    plan_compare(head, merging ? merged : NULL, now, opt) < 0)
		rc = PLAN_ENOMEM;
	plan_set_free(merged);
	if (rc != PLAN_OK)
		*status = PLAN_EXIT_USAGE;
	if (rc == PLAN_ENOMEM)
		now->diags.oom = 1;
	plan_set_free(head);
	plan_repo_free(repo);
	return now;
}

int cmd_check(int argc, char **argv)
{
	int json = 0, i, nfiles = 0, status = PLAN_EXIT_OK, dashdash = 0, have_today = 0;
	int staged = 0;
	const char *repo_dir = NULL, *allow = getenv("PLAN_ALLOW_REWRITE");
	char **files = argv + 1;
	plan_check_options opt;
	plan_set *set;

	plan_check_options_init(&opt);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (dashdash || a[0] != '-' || strcmp(a, "-") == 0) {
			files[nfiles++] = argv[i];
		} else if (strcmp(a, "--") == 0) {
			dashdash = 1;
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			fputs(usage, stdout);
			return cmd_finish_output("plancheck", PLAN_EXIT_OK);
		} else if (strcmp(a, "--version") == 0) {
			printf("plancheck %s\n", PLAN_VERSION);
			return cmd_finish_output("plancheck", PLAN_EXIT_OK);
		} else if (strcmp(a, "--list-checks") == 0) {
			list_checks();
			return cmd_finish_output("plancheck", PLAN_EXIT_OK);
		} else if (strcmp(a, "--strict") == 0) {
			opt.strict = 1;
		} else if (strcmp(a, "--staged") == 0) {
			staged = 1;
		} else if (strcmp(a, "--allow-rewrite") == 0) {
			opt.allow_rewrite = 1;
		} else if (strncmp(a, "--repo=", 7) == 0 || strcmp(a, "--repo") == 0) {
			if (a[6] == '=') {
				repo_dir = a + 7;
			} else if (i + 1 < argc) {
				repo_dir = argv[++i];
			} else {
				fprintf(stderr, "plancheck: --repo needs a directory\n");
				return PLAN_EXIT_USAGE;
			}
		} else if (strncmp(a, "--today=", 8) == 0 || strcmp(a, "--today") == 0) {
			const char *v = a[7] == '=' ? a + 8 : i + 1 < argc ? argv[++i] : "";
			if (parse_today(&opt.today, v, "--today") < 0)
				return PLAN_EXIT_USAGE;
			have_today = 1;
		} else if (strncmp(a, "-W", 2) == 0) {
			const char *v = a[2] ? a + 2 : i + 1 < argc ? argv[++i] : "";
			if (warning_option(&opt, v) < 0)
				return PLAN_EXIT_USAGE;
		} else if (strcmp(a, "--format=json") == 0 ||
			   (strcmp(a, "--format") == 0 && i + 1 < argc && strcmp(argv[i + 1], "json") == 0 && ++i)) {
			json = 1;
		} else if (strcmp(a, "--format=text") == 0 ||
			   (strcmp(a, "--format") == 0 && i + 1 < argc && strcmp(argv[i + 1], "text") == 0 && ++i)) {
			json = 0;
		} else {
			fprintf(stderr, "plancheck: unknown option %s\n%s", a, usage);
			return PLAN_EXIT_USAGE;
		}
	}
	if (allow && strcmp(allow, "1") == 0)
		opt.allow_rewrite = 1;
	if (staged && nfiles) {
		fprintf(stderr, "plancheck: --staged checks what is staged; name no file\n");
		return PLAN_EXIT_USAGE;
	}
	if (!staged && (repo_dir || opt.allow_rewrite)) {
		fprintf(stderr, "plancheck: --repo and --allow-rewrite go with --staged\n");
		return PLAN_EXIT_USAGE;
	}
	if (nfiles == 0 && !staged) {
		fprintf(stderr, "plancheck: no file named\n%s", usage);
		return PLAN_EXIT_USAGE;
	}

	if (!have_today) {
		const char *env = getenv("PLAN_TODAY");
		if (env && *env) {
			if (parse_today(&opt.today, env, "PLAN_TODAY") < 0)
				return PLAN_EXIT_USAGE;
		} else {
			opt.today = system_today();
		}
	}

	set = staged ? load_staged(repo_dir, &opt, &status) : cmd_load(nfiles, files, &status);
	if (!set)
		return PLAN_EXIT_USAGE;
	if (plan_check_run(set, &opt) < 0)
		status = PLAN_EXIT_USAGE;
	if (status == PLAN_EXIT_OK && set->diags.count[PLAN_SEV_ERROR])
		status = PLAN_EXIT_ERRORS;
	if (json) {
		if (cmd_write_json("plancheck", plan_json_diags(set)) < 0)
			status = PLAN_EXIT_USAGE;
	} else {
		size_t e = set->diags.count[PLAN_SEV_ERROR], w = set->diags.count[PLAN_SEV_WARNING];
		plan_diags_write_text(&set->diags, stdout);
		if (e || w)
			printf("%zu error%s, %zu warning%s in %zu file%s\n", e, e == 1 ? "" : "s",
			       w, w == 1 ? "" : "s", set->nsources, set->nsources == 1 ? "" : "s");
	}
	plan_set_free(set);
	return cmd_finish_output("plancheck", status);
}
