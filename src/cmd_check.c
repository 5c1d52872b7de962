/*
 * cmd_check.c - plancheck: parse plans and their includes, print every
 * diagnostic, exit 0 / 1 / 2.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "json.h"

static const char usage[] =
	"usage: plancheck [--format=text|json] FILE...\n"
	"\n"
	"Checks plan files and the files they include, and prints every problem\n"
	"as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CHECK].\n"
	"\n"
	"  --format=text   diagnostics for people, with the source line (default)\n"
	"  --format=json   diagnostics as one JSON object (see SPEC.md)\n"
	"  -h, --help      show this help\n"
	"  --version       show the version\n"
	"\n"
	"Exit status: 0 no errors, 1 errors found, 2 bad arguments or unreadable file.\n";

int cmd_check(int argc, char **argv)
{
	int json = 0, i, nfiles = 0, status = PLAN_EXIT_OK, dashdash = 0;
	char **files = argv + 1;
	plan_set *set;

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
	if (nfiles == 0) {
		fprintf(stderr, "plancheck: no file named\n%s", usage);
		return PLAN_EXIT_USAGE;
	}

	set = cmd_load(nfiles, files, &status);
	if (!set) {
		fprintf(stderr, "plancheck: out of memory\n");
		return PLAN_EXIT_USAGE;
	}
	if (status == PLAN_EXIT_OK && set->diags.count[PLAN_SEV_ERROR])
		status = PLAN_EXIT_ERRORS;
	if (json) {
		json_t *j = plan_json_diags(set);
		if (!j || json_dumpf(j, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0) {
			fprintf(stderr, "plancheck: cannot write JSON\n");
			status = PLAN_EXIT_USAGE;
		} else {
			putchar('\n');
		}
		json_decref(j);
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
