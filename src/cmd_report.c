/*
 * cmd_report.c - planreport: the model as JSON, or a short summary.
 * Diagnostics go to stderr; the report is written even when the plans
 * have errors, with the exit status saying so.
 */
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "json.h"
#include "report.h"

static const char usage[] =
	"usage: planreport [-f json|text] FILE...\n"
	"\n"
	"Writes what plan files say: every plan, section, objective and action.\n"
	"\n"
	"  -f json, --format=json   the whole model as JSON (see SPEC.md)\n"
	"  -f text, --format=text   a short summary of each plan (default)\n"
	"  -h, --help               show this help\n"
	"  --version                show the version\n"
	"\n"
	"Problems found while reading go to standard error.\n"
	"Exit status: 0 no errors, 1 errors found, 2 bad arguments or unreadable file.\n";

int cmd_report(int argc, char **argv)
{
	int json = 0, i, nfiles = 0, status = PLAN_EXIT_OK, dashdash = 0;
	char **files = argv + 1;
	plan_set *set;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *fmt = NULL;
		if (dashdash || a[0] != '-' || strcmp(a, "-") == 0) {
			files[nfiles++] = argv[i];
			continue;
		}
		if (strcmp(a, "--") == 0) {
			dashdash = 1;
			continue;
		}
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			fputs(usage, stdout);
			return cmd_finish_output("planreport", PLAN_EXIT_OK);
		}
		if (strcmp(a, "--version") == 0) {
			printf("planreport %s\n", PLAN_VERSION);
			return cmd_finish_output("planreport", PLAN_EXIT_OK);
		}
		if (strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0) {
			if (i + 1 >= argc) {
				fprintf(stderr, "planreport: %s needs json or text\n", a);
				return PLAN_EXIT_USAGE;
			}
			fmt = argv[++i];
		} else if (strncmp(a, "--format=", 9) == 0) {
			fmt = a + 9;
		} else if (strncmp(a, "-f", 2) == 0) {
			fmt = a + 2;
		} else {
			fprintf(stderr, "planreport: unknown option %s\n%s", a, usage);
			return PLAN_EXIT_USAGE;
		}
		if (strcmp(fmt, "json") == 0) {
			json = 1;
		} else if (strcmp(fmt, "text") == 0) {
			json = 0;
		} else {
			fprintf(stderr, "planreport: unknown format \"%s\": use json or text\n", fmt);
			return PLAN_EXIT_USAGE;
		}
	}
	if (nfiles == 0) {
		fprintf(stderr, "planreport: no file named\n%s", usage);
		return PLAN_EXIT_USAGE;
	}

	set = cmd_load(nfiles, files, &status);
	if (!set) {
		fprintf(stderr, "planreport: out of memory\n");
		return PLAN_EXIT_USAGE;
	}
	if (status == PLAN_EXIT_OK && set->diags.count[PLAN_SEV_ERROR])
		status = PLAN_EXIT_ERRORS;
	if (set->diags.total || set->diags.oom)
		plan_diags_write_text(&set->diags, stderr);
	if (json) {
		if (cmd_write_json("planreport", plan_json_model(set)) < 0)
			status = PLAN_EXIT_USAGE;
	} else {
		plan_report_text(set, stdout);
	}
	plan_set_free(set);
	return cmd_finish_output("planreport", status);
}
