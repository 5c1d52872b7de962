/*
 * main.c - one program, several commands, chosen by the name it is run
 * as (bin/plancheck, bin/planreport, bin/planlog, bin/planfmt are links to it),
 * git-style: a table of names and functions; and what the commands share.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "alloc.h"
#include "cmd.h"
#include "history.h"
#include "load.h"
#include "options.h"
#include "partner.h"

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
} commands[] = {
	{ "plancheck", cmd_check },
	{ "planreport", cmd_report },
	{ "planlog", cmd_log },
	{ "planfmt", cmd_fmt },
	{ "planimport", cmd_import },
	{ "planls", cmd_ls },
};

/* The name "-" gives on the command line: standard input. */
#define STDIN_NAME "<stdin>"

plan_set *cmd_load(const char *prog, int nfiles, char **files, const plan_load_options *opt,
		   int partners, int *status)
{
	plan_set *set = plan_set_new();
	int i, n = 0, rc, from_stdin = 0;

	if (!set || plan_set_load_options(set, opt) < 0) {
		fprintf(stderr, "%s: out of memory\n", prog);
		plan_set_free(set);
		*status = PLAN_EXIT_USAGE;
		return NULL;
	}
	/* The files named, then standard input (named "-", once). */
	for (i = 0; i < nfiles; i++) {
		if (strcmp(files[i], "-") != 0)
			files[n++] = files[i];
		else if (from_stdin++) {
			plan_diag_file(&set->diags, PLAN_SEV_ERROR, "io", STDIN_NAME,
				       "standard input is named more than once (\"-\"): it is read once");
			*status = PLAN_EXIT_USAGE;
		}
	}
	rc = plan_load_paths(set, (const char *const *)files, (size_t)n);
	if (rc != PLAN_ENOMEM && from_stdin) {
		char *buf;
		size_t len;
		int r;
		if (plan_read_fd(0, 0, SIZE_MAX, &buf, &len) < 0) {
			if (errno == ENOMEM) {
				r = PLAN_ENOMEM;
			} else {
				plan_diag_file(&set->diags, PLAN_SEV_ERROR, "io", STDIN_NAME, "cannot read: %s",
					       strerror(errno));
				r = PLAN_EREAD;
			}
		} else {
			r = plan_load_buffer(set, STDIN_NAME, buf, len);
			plan_free(buf);
		}
		if (r != PLAN_OK)
			rc = r;
	}
	if (rc != PLAN_OK)
		*status = PLAN_EXIT_USAGE;
	if (rc == PLAN_ENOMEM)
		set->diags.oom = 1;
	if (plan_set_link(set) < 0)
		set->diags.oom = 1;
	/* Updates for actions that no file read defines: a partner's file read
	 * without its plan?  The plan files of the work tree say. */
	if (partners && !set->diags.oom && plan_partner_unknown(set)) {
		char **wt;
		size_t nwt;
		rc = plan_work_tree_plans(&wt, &nwt);
		if (rc == PLAN_OK)
			rc = plan_partner_explain(set, (const char *const *)wt, nwt, opt);
		if (rc == PLAN_ENOMEM)
			set->diags.oom = 1;
		plan_work_tree_plans_free(wt, nwt);
	}
	if (set->diags.oom)
		*status = PLAN_EXIT_USAGE;
	return set;
}

int cmd_work_tree_files(const char *prog, char ***files, size_t *n)
{
	int rc = plan_work_tree_plans(files, n);

	if (rc == PLAN_ENOTFOUND)
		return 0;
	if (rc < 0) {
		fprintf(stderr, "%s: ", prog);
		plan_puts_safe(stderr, plan_error_message());
		fprintf(stderr, "\n");
		return -1;
	}
	if (!*n)
		fprintf(stderr, "%s: no plan file (*.plan) in this git work tree\n", prog);
	return 1;
}

int cmd_parse(const plan_command *cmd, int argc, char **argv, int *status)
{
	int n = plan_options_parse(cmd, argc, argv);

	if (n == PLAN_OPTIONS_HELP)
		*status = cmd_finish_output(cmd->name, PLAN_EXIT_OK);
	else if (n < 0)
		*status = PLAN_EXIT_USAGE;
	return n < 0 ? -1 : n;
}

/* Day number of a YYYY-MM-DD day, or -1. */
static int day_number(const char *s, long *out)
{
	plan_date d;
	size_t bad;

	if (plan_date_parse(&d, s, strlen(s), &bad) < 0 || d.prec != PLAN_PREC_DAY)
		return -1;
	*out = plan_day_number(d.year, d.month, d.day);
	return 0;
}

int cmd_today(const char *prog, const char *value, long *out)
{
	const char *env = getenv("PLAN_TODAY");
	time_t now;
	struct tm tm;

	if (value) {
		if (day_number(value, out) == 0)
			return 0;
		fprintf(stderr, "%s: --today \"%s\" is not a day such as 2019-06-01\n", prog, value);
		return -1;
	}
	if (env && *env) {
		if (day_number(env, out) == 0)
			return 0;
		fprintf(stderr, "%s: warning: PLAN_TODAY \"%s\" is not a day such as 2019-06-01; "
			"using the system date\n", prog, env);
	}
	now = time(NULL);
	localtime_r(&now, &tm);
	*out = plan_day_number(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	return 0;
}

void cmd_walk_window(plan_walk_options *wo, const char *since, const char *until)
{
	long day;

	/* A day bounds by author time, the author's own date; anything else is a revision. */
	if (since && day_number(since, &day) == 0)
		wo->since = (long long)day * 86400;
	else if (since)
		wo->hide = since;
	if (until && day_number(until, &day) == 0)
		wo->until = ((long long)day + 1) * 86400;
	else if (until)
		wo->from = until;
}

/* Why the last write to stdout failed, for cmd_finish_output. */
static int write_errno;

int cmd_write_json(const char *prog, json_t *j, FILE *out)
{
	int rc = 0;

	if (!j) {
		fprintf(stderr, "%s: out of memory\n", prog);
		return -1;
	}
	errno = 0;
	if (json_dumpf(j, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0) {
		if (ferror(out)) {
			write_errno = errno;   /* cmd_finish_output says why */
		} else {
			fprintf(stderr, "%s: cannot write JSON\n", prog);
			rc = -1;
		}
	} else {
		putc('\n', out);
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

int cmd_output_open(const char *prog, cmd_output *o, int mode)
{
	size_t n;
	int fd;

	o->f = NULL;
	o->tmp = NULL;
	if (!o->path) {
		o->f = stdout;
		return 0;
	}
	n = strlen(o->path);
	if (!(o->tmp = plan_malloc(n + 16))) {
		fprintf(stderr, "%s: out of memory\n", prog);
		return -1;
	}
	memcpy(o->tmp, o->path, n);
	memcpy(o->tmp + n, ".tmp-XXXXXX", 12);
	if ((fd = mkstemp(o->tmp)) < 0) {
		fprintf(stderr, "%s: cannot write %s: %s\n", prog, o->path, strerror(errno));
		plan_free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	if (mode < 0) {
		mode_t mask = umask(0);
		umask(mask);
		mode = (int)(0666 & ~mask);
	}
	if (fchmod(fd, (mode_t)mode) < 0 || !(o->f = fdopen(fd, "w"))) {
		fprintf(stderr, "%s: cannot write %s: %s\n", prog, o->path, strerror(errno));
		close(fd);
		unlink(o->tmp);
		plan_free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	return 0;
}

int cmd_output_close(const char *prog, cmd_output *o, int ok, int status)
{
	int bad;

	if (!o->path)
		return cmd_finish_output(prog, ok ? status : PLAN_EXIT_USAGE);
	if (!o->tmp)
		return PLAN_EXIT_USAGE;
	errno = 0;
	bad = ferror(o->f);
	if (fclose(o->f) != 0 || bad) {
		if (ok)
			fprintf(stderr, "%s: cannot write %s: %s\n", prog, o->path,
				errno ? strerror(errno) : "write error");
		ok = 0;
	}
	if (ok && rename(o->tmp, o->path) < 0) {
		fprintf(stderr, "%s: cannot write %s: %s\n", prog, o->path, strerror(errno));
		ok = 0;
	}
	if (!ok)
		unlink(o->tmp);
	plan_free(o->tmp);
	o->tmp = NULL;
	return ok ? status : PLAN_EXIT_USAGE;
}

int main(int argc, char **argv)
{
	const char *name = argc > 0 && argv[0] ? argv[0] : "";
	const char *slash = strrchr(name, '/');
	size_t i;

	if (slash)
		name = slash + 1;
	/* A closed pipe is a write error (EPIPE) to handle, not a death; so is
	 * a file-size limit (ulimit -f: EFBIG), whether the output or
	 * planlog's cache meets it. */
	signal(SIGPIPE, SIG_IGN);
	signal(SIGXFSZ, SIG_IGN);
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(name, commands[i].name) == 0)
			return commands[i].run(argc, argv);
	/* Run under another name: the first argument names the command. */
	if (argc > 1)
		for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
			if (strcmp(argv[1], commands[i].name) == 0 ||
			    strcmp(argv[1], commands[i].name + 4) == 0)
				return commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "usage: plancheck FILE... | planreport FILE... | planlog ID... | planfmt FILE... | planls\n");
	return PLAN_EXIT_USAGE;
}
