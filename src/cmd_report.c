/*
 * cmd_report.c - planreport: what plan files say, for people (the board
 * pack: text, markdown, html, csv, xlsx), for programs (json), or for a
 * partner to fill in (returns).  Diagnostics go to stderr; the report is
 * written even when the plans have errors, with the exit status saying
 * so.  With -o the report is written to a new file beside FILE and
 * renamed over it once whole, so a failed run leaves FILE as it was.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "cmd.h"
#include "history.h"
#include "json.h"
#include "log.h"
#include "options.h"
#include "pack.h"
#include "report.h"

static const char *const usage[] = {
	"[OPTION]... [FILE]...",
	"--since DATE|REV [--until DATE|REV] [OPTION]... [FILE]...",
	"--format=returns --lead=TEXT [OPTION]... [FILE]...",
	NULL
};

/* ORDER: text and json as PLAN_FORMAT_TEXT and PLAN_FORMAT_JSON, then as FORMAT_*. */
static const char *const report_formats[] = {
	"text", "json", "returns", "html", "markdown", "csv", "xlsx", NULL
};
enum { FORMAT_RETURNS = 2, FORMAT_HTML, FORMAT_MARKDOWN, FORMAT_CSV, FORMAT_XLSX };

/* ORDER: as plan_pack_rows. */
static const char *const report_rows[] = { "actions", "updates", NULL };

/*
 * The log of the meeting window (--since, --until) of the repository
 * around the current directory, or NULL after saying why not.
 */
static plan_log *read_window(const char *since, const char *until)
{
	plan_walk_options wo = PLAN_WALK_OPTIONS_INIT;
	plan_repo *repo;
	plan_log *log = NULL;

	cmd_walk_window(&wo, since, until);
	wo.no_cache = getenv("PLANLOG_NO_CACHE") != NULL;
	if (plan_repo_open_history(&repo, NULL) < 0 || plan_log_read(&log, repo, &wo) < 0) {
		fprintf(stderr, "planreport: --since: ");
		plan_puts_safe(stderr, plan_error_message());
		putc('\n', stderr);
		if (log)
			plan_log_free(log);
		log = NULL;
	}
	plan_repo_free(repo);
	return log;
}

/*
 * Writes the xlsx workbook: to o's new file, or, to stdout, through a
 * temporary file in $TMPDIR or /tmp (libxlsxwriter writes files, not
 * streams); never to a terminal.  Returns 0, or -1 after saying why (a
 * write error on stdout is left to cmd_output_close).
 */
static int write_xlsx(const plan_pack *pack, cmd_output *o)
{
	const char *dir = getenv("TMPDIR");
	char *path;
	size_t n;
	int fd, rc = -1;
	FILE *in;

	if (o->path) {
		if (plan_pack_xlsx(pack, o->tmp) == 0)
			return 0;
		fprintf(stderr, "planreport: %s: %s\n", o->path, plan_error_message());
		return -1;
	}
	if (isatty(STDOUT_FILENO)) {
		fprintf(stderr, "planreport: --format=xlsx writes a workbook: name it with -o FILE\n");
		return -1;
	}
	if (!dir || !*dir)
		dir = "/tmp";
	n = strlen(dir);
	if (!(path = plan_malloc(n + 24))) {
		fprintf(stderr, "planreport: out of memory\n");
		return -1;
	}
	memcpy(path, dir, n);
	memcpy(path + n, "/planreport-XXXXXX", 19);
	if ((fd = mkstemp(path)) < 0) {
		fprintf(stderr, "planreport: cannot make a temporary file in %s: %s\n", dir, strerror(errno));
		plan_free(path);
		return -1;
	}
	close(fd);
	if (plan_pack_xlsx(pack, path) < 0) {
		fprintf(stderr, "planreport: %s\n", plan_error_message());
	} else if (!(in = fopen(path, "rb"))) {
		fprintf(stderr, "planreport: cannot read back %s: %s\n", path, strerror(errno));
	} else {
		char buf[65536];
		size_t k;
		while ((k = fread(buf, 1, sizeof(buf), in)) > 0)
			if (fwrite(buf, 1, k, stdout) != k)
				break;
		if (ferror(in))
			fprintf(stderr, "planreport: cannot read back %s: %s\n", path, strerror(errno));
		else
			rc = 0;
		fclose(in);
	}
	unlink(path);
	plan_free(path);
	return rc;
}

int cmd_report(int argc, char **argv)
{
	int format = PLAN_FORMAT_TEXT, rows = PLAN_PACK_ROWS_ACTIONS, status = PLAN_EXIT_OK, nfiles, ok = 1;
	plan_load_options load = PLAN_LOAD_OPTIONS_INIT;
	plan_pack_options po = PLAN_PACK_OPTIONS_INIT;
	const char *today_arg = NULL, *lead = NULL;
	cmd_output out = { NULL, NULL, NULL };
	plan_set *set;
	plan_log *log = NULL;
	plan_pack *pack = NULL;
	char **wt = NULL;
	size_t nwt = 0;
	const plan_option options[] = {
		PLAN_OPT_CHOICE('f', "format", &format, "FORMAT", report_formats,
				"text (the default: a summary and the exceptions),\n"
				"html, markdown, csv, xlsx (the board pack),\n"
				"json (SPEC.md), or returns: with --lead, the\n"
				"updates file a partner fills in"),
		PLAN_OPT_STRING('o', "output", &out.path, "FILE", "write to FILE (whole, or not at all)"),
		PLAN_OPT_STRING(0, "since", &po.since, "DATE|REV",
				"what changed since the last meeting: commits\n"
				"made on or after DATE (YYYY-MM-DD), or after REV\n"
				"(a tag), as planlog --since reads them"),
		PLAN_OPT_STRING(0, "until", &po.until, "DATE|REV", "with --since: up to DATE, or REV"),
		PLAN_OPT_STRING(0, "lead", &lead, "TEXT",
				"only the actions whose leads name TEXT (as whole\n"
				"words); with returns, the partner to write for"),
		PLAN_OPT_CHOICE(0, "rows", &rows, "ROWS", report_rows,
				"with csv: actions (the default), or updates"),
		PLAN_OPT_TODAY(&today_arg),
		PLAN_OPT_ALLOW_OUTSIDE(&load.allow_outside),
		PLAN_OPT_END()
	};
	const plan_command cmd = {
		"planreport", usage,
		"Writes what plan files say.  -f text: a summary of each plan and what a\n"
		"board must look at (overdue, red, due soon, stale).  -f html, markdown,\n"
		"xlsx: the board pack (SPEC.md section 14): cover, summary by section and\n"
		"objective, exceptions, changes since the last meeting (--since), each\n"
		"section's actions with their latest update, who owes what.  -f csv: one\n"
		"row per action (or update).  -f json: every plan, section, objective and\n"
		"action, and each action's state on the day (--today).  FILE - is\n"
		"standard input.  Problems found while reading go to standard error.\n"
		"With no FILE, in a git work tree: every plan file (*.plan) of the work\n"
		"tree that git does not ignore; outside a work tree a FILE must be named.\n",
		options,
		"Exit status: 0 no errors, 1 errors found, 2 bad arguments or unreadable file.\n"
	};

	if ((nfiles = cmd_parse(&cmd, argc, argv, &status)) < 0)
		return status;
	if (cmd_today("planreport", today_arg, &po.today) < 0)
		return PLAN_EXIT_USAGE;
	if (format == FORMAT_RETURNS && !lead) {
		fprintf(stderr, "planreport: --format=returns needs --lead=TEXT, the partner whose returns to write\n");
		plan_options_usage(&cmd);
		return PLAN_EXIT_USAGE;
	}
	if (lead && (!*lead || strpbrk(lead, "\n\r\t"))) {
		fprintf(stderr, "planreport: --lead needs a name on one line\n");
		return PLAN_EXIT_USAGE;
	}
	if (po.until && !po.since) {
		fprintf(stderr, "planreport: --until is for --since: the meeting window starts with --since\n");
		return PLAN_EXIT_USAGE;
	}
	if (po.since && (format == PLAN_FORMAT_JSON || format == FORMAT_RETURNS || format == FORMAT_CSV)) {
		fprintf(stderr, "planreport: --since is for the board pack (text, html, markdown, xlsx); "
			"planlog --since --format=json gives the changes as JSON\n");
		return PLAN_EXIT_USAGE;
	}
	if (rows != PLAN_PACK_ROWS_ACTIONS && format != FORMAT_CSV) {
		fprintf(stderr, "planreport: --rows is for --format=csv\n");
		return PLAN_EXIT_USAGE;
	}
	po.lead = lead;
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
	if (po.since && !(log = read_window(po.since, po.until))) {
		plan_set_free(set);
		return PLAN_EXIT_USAGE;
	}
	po.log = log;
	if (format != PLAN_FORMAT_JSON && format != FORMAT_RETURNS &&
	    plan_pack_build(&pack, set, &po) < 0) {
		fprintf(stderr, "planreport: %s\n", plan_error_message());
		plan_log_free(log);
		plan_set_free(set);
		return PLAN_EXIT_USAGE;
	}
	if (cmd_output_open("planreport", &out, -1) < 0) {
		plan_pack_free(pack);
		plan_log_free(log);
		plan_set_free(set);
		return PLAN_EXIT_USAGE;
	}
	switch (format) {
	case PLAN_FORMAT_JSON:
		if (cmd_write_json("planreport", plan_json_model(set, po.today, lead), out.f) < 0)
			ok = 0;
		break;
	case FORMAT_RETURNS:
		if (plan_report_returns(set, lead, po.today, out.f) < 0) {
			/* A write error is cmd_output_close's to report. */
			if (!ferror(out.f))
				fprintf(stderr, "planreport: %s\n", plan_error_message());
			ok = 0;
		}
		break;
	case FORMAT_HTML:
		if (plan_pack_html(pack, out.f) < 0) {
			/* A write error is cmd_output_close's to report. */
			if (!ferror(out.f))
				fprintf(stderr, "planreport: %s\n", plan_error_message());
			ok = 0;
		}
		break;
	case FORMAT_MARKDOWN:
		if (plan_pack_markdown(pack, out.f) < 0) {
			if (!ferror(out.f))
				fprintf(stderr, "planreport: %s\n", plan_error_message());
			ok = 0;
		}
		break;
	case FORMAT_CSV:
		if (plan_pack_csv(pack, (plan_pack_rows)rows, out.f) < 0) {
			/* A write error is cmd_output_close's to report. */
			if (!ferror(out.f))
				fprintf(stderr, "planreport: %s\n", plan_error_message());
			ok = 0;
		}
		break;
	case FORMAT_XLSX:
		ok = write_xlsx(pack, &out) == 0;
		break;
	default:
		ok = plan_pack_text(pack, out.f) == 0;
		break;
	}
	status = cmd_output_close("planreport", &out, ok, status);
	/* planlog's cache last, as planlog writes it: nothing it meets costs the output. */
	plan_log_save(log);
	plan_pack_free(pack);
	plan_log_free(log);
	plan_set_free(set);
	return status;
}
