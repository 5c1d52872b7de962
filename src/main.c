/*
 * main.c - one program, several commands, chosen by the name it is run
 * as (bin/plancheck, bin/planreport are links to it), git-style: a table
 * of names and functions.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "load.h"

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
} commands[] = {
	{ "plancheck", cmd_check },
	{ "planreport", cmd_report },
	{ "planlog", cmd_log },
};

plan_set *cmd_load(int nfiles, char **files, int *status)
{
	plan_set *set = plan_set_new();

	if (!set) {
		*status = PLAN_EXIT_USAGE;
		return NULL;
	}
	{
		int rc = plan_load_paths(set, (const char *const *)files, (size_t)nfiles);
		if (rc == PLAN_EREAD || rc == PLAN_ENOMEM)
			*status = PLAN_EXIT_USAGE;
		if (rc == PLAN_ENOMEM)
			set->diags.oom = 1;
	}
	if (plan_set_link(set) < 0) {
		set->diags.oom = 1;
		*status = PLAN_EXIT_USAGE;
	}
	if (set->diags.oom)
		*status = PLAN_EXIT_USAGE;
	return set;
}

/* Why the last write to stdout failed, for cmd_finish_output. */
static int write_errno;

int cmd_write_json(const char *prog, json_t *j)
{
	int rc = 0;

	if (!j) {
		fprintf(stderr, "%s: out of memory\n", prog);
		return -1;
	}
	errno = 0;
	if (json_dumpf(j, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0) {
		if (ferror(stdout)) {
			write_errno = errno;   /* cmd_finish_output says why */
		} else {
			fprintf(stderr, "%s: cannot write JSON\n", prog);
			rc = -1;
		}
	} else {
		putchar('\n');
	}
	json_decref(j);
	return rc;
}

int cmd_finish_output(const char *prog, int status)
{
	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (!errno)
			errno = write_errno;
		/* A reader that has read enough (| head) is no error of ours. */
		if (errno == EPIPE)
			return status;
		fprintf(stderr, "%s: cannot write the output: %s\n", prog,
			errno ? strerror(errno) : "write error");
		return PLAN_EXIT_USAGE;
	}
	return status;
}

int main(int argc, char **argv)
{
	const char *name = argc > 0 && argv[0] ? argv[0] : "";
	const char *slash = strrchr(name, '/');
	size_t i;

	if (slash)
		name = slash + 1;
	/* A closed pipe is a write error (EPIPE) to handle, not a death. */
	signal(SIGPIPE, SIG_IGN);
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(name, commands[i].name) == 0)
			return commands[i].run(argc, argv);
	/* Run under another name: the first argument names the command. */
	if (argc > 1)
		for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
			if (strcmp(argv[1], commands[i].name) == 0 ||
			    strcmp(argv[1], commands[i].name + 4) == 0)
				return commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "usage: plancheck FILE... | planreport -f json|text FILE... | planlog ID...\n");
	return PLAN_EXIT_USAGE;
}
