/*
 * cmd_report.c - planreport: the model as JSON, or a short summary.
 * Diagnostics go to stderr; the report is written even when the plans
 * have errors, with the exit status saying so.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "cmd.h"
#include "history.h"
#include "json.h"
#include "options.h"
#include "report.h"

static const char *const usage[] = {
	"[OPTION]... [FILE]...",
	"--format=returns --lead=TEXT [OPTION]... [FILE]...",
	NULL
};

/* ORDER: text and json as PLAN_FORMAT_TEXT and PLAN_FORMAT_JSON, then returns. */
static const char *const report_formats[] = { "text", "json", "returns", NULL };
#define FORMAT_RETURNS 2

int cmd_report(int argc, char **argv)
{
	int format = PLAN_FORMAT_TEXT, status = PLAN_EXIT_OK, nfiles;
	plan_load_options load = PLAN_LOAD_OPTIONS_INIT;
	const char *today_arg = NULL, *lead = NULL;
	long today;
	plan_set *set;
	char **wt = NULL;
	size_t nwt = 0;
	const plan_option options[] = {
		PLAN_OPT_CHOICE('f', "format", &format, "FORMAT", report_formats,
				"text (the default), json (SPEC.md), or returns:\n"
				"with --lead, the updates file a partner fills in"),
		PLAN_OPT_STRING(0, "lead", &lead, "TEXT",
				"the partner whose returns to write: the actions\n"
				"whose leads name TEXT (as whole words)"),
		PLAN_OPT_TODAY(&today_arg),
		PLAN_OPT_ALLOW_OUTSIDE(&load.allow_outside),
		PLAN_OPT_END()
	};
	const plan_command cmd = {
		"planreport", usage,
		"Writes what plan files say: with -f text, a short summary of each plan;\n"
		"with -f json, every plan, section, objective and action, and each\n"
		"action's state on the day (--today): open or closed, its deadline, how\n"
		"many days overdue, whether stale and since when.  FILE - is\n"
		"standard input.  Problems found while reading go to standard error.\n"
		"With no FILE, in a git work tree: every plan file (*.plan) of the work\n"
		"tree that git does not ignore; outside a work tree a FILE must be named.\n",
		options,
		"Exit status: 0 no errors, 1 errors found, 2 bad arguments or unreadable file.\n"
	};

	if ((nfiles = cmd_parse(&cmd, argc, argv, &status)) < 0)
		return status;
	if (cmd_today("planreport", today_arg, &today) < 0)
		return PLAN_EXIT_USAGE;
	if ((format == FORMAT_RETURNS) != (lead != NULL)) {
		fprintf(stderr, "planreport: %s\n", lead ? "--lead is for --format=returns"
			: "--format=returns needs --lead=TEXT, the partner whose returns to write");
		plan_options_usage(&cmd);
		return PLAN_EXIT_USAGE;
	}
	if (lead && (!*lead || strpbrk(lead, "\n\r\t"))) {
		fprintf(stderr, "planreport: --lead needs a name on one line\n");
		return PLAN_EXIT_USAGE;
	}
	if (nfiles == 0) {
		switch (cmd_work_tree_files("planreport", &wt, &nwt)) {
		case 0:
			fprintf(stderr, "planreport: no file named, and not in a git work tree\n");
			plan_options_usage(&cmd);
			return PLAN_EXIT_USAGE;
		case 1:
			if (nwt)
				break;
			return cmd_finish_output("planreport", PLAN_EXIT_OK);
		default:
			return PLAN_EXIT_USAGE;
		}
	}
	set = wt ? cmd_load("planreport", (int)nwt, wt, &load, 0, &status)
		 : cmd_load("planreport", nfiles, argv, &load, 1, &status);
	plan_work_tree_plans_free(wt, nwt);
	if (!set)
		return PLAN_EXIT_USAGE;
	/* The plans' own `check` lines are read, to hear about those that are wrong. */
	if (plan_check_settings(set) < 0)
		status = PLAN_EXIT_USAGE;
	if (status == PLAN_EXIT_OK && set->diags.count[PLAN_SEV_ERROR])
		status = PLAN_EXIT_ERRORS;
	if (set->diags.total || set->diags.oom)
		plan_diags_write_text(&set->diags, stderr, "planreport");
	if (format == PLAN_FORMAT_JSON) {
		if (cmd_write_json("planreport", plan_json_model(set, today)) < 0)
			status = PLAN_EXIT_USAGE;
	} else if (format == FORMAT_RETURNS) {
		if (plan_report_returns(set, lead, today, stdout) < 0) {
			/* A write error is cmd_finish_output's to report. */
			if (!ferror(stdout))
				fprintf(stderr, "planreport: %s\n", plan_error_message());
			status = PLAN_EXIT_USAGE;
		}
	} else {
		plan_report_text(set, stdout);
	}
	plan_set_free(set);
	return cmd_finish_output("planreport", status);
}
