/*
 * cmd_log.c - planlog: the history of actions, field by field, read out of
 * git.  Gathering it is the library's (log.c over history.h); this file
 * reads the command line, says what could not be found, and writes the
 * log, newest first unless --reverse.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "diag.h"
#include "json.h"
#include "log.h"
#include "options.h"

static void print_text(const plan_log *log, int reverse, long limit)
{
	const char *no_color = getenv("NO_COLOR");
	int colour = isatty(1) && !(no_color && *no_color);
	const char *on = colour ? "\033[33m" : "", *off = colour ? "\033[0m" : "";
	size_t i;

	for (i = 0; i < log->nactions; i++) {
		const plan_log_action *x = &log->actions[i];
		const plan_log_commit *last = NULL;
		size_t k, n = x->nchanges;
		long commits = 0;

		printf("%s", i ? "\n" : "");
		plan_puts_safe(stdout, x->id);
		if (x->title) {
			printf("  ");
			plan_puts_safe(stdout, x->title);
		}
		putchar('\n');
		if (!n)
			printf("\n  (no change in the commits read)\n");
		for (k = 0; k < n; k++) {
			const plan_log_change *c = &x->changes[reverse ? n - 1 - k : k];
			char text[1600];
			if (c->commit != last) {
				char date[PLAN_LOG_DATE_SIZE];
				if (limit >= 0 && commits >= limit)
					break;
				commits++;
				printf("\n%scommit %.12s%s  %s  ", on, c->commit->id, off,
				       plan_log_date(date, c->commit->when, c->commit->offset));
				plan_puts_safe(stdout, c->commit->author);
				printf("\n    ");
				plan_puts_safe(stdout, c->commit->subject);
				if (c->commit->merge_own)
					printf("\n    (a merge: what it changed itself, compared with its first parent)");
				else if (c->commit->merge)
					printf("\n    (a merge: compared with its first parent)");
				putchar('\n');
				last = c->commit;
			}
			printf("  ");
			plan_puts_safe(stdout, plan_log_change_text(text, sizeof(text), c));
			putchar('\n');
		}
	}
}

/*
 * The reason the library recorded, on standard error: it names files,
 * revisions and paths from the repository, whose bytes reach the
 * terminal only through the safe writer.
 */
static void say_error(void)
{
	fprintf(stderr, "planlog: ");
	plan_puts_safe(stderr, plan_error_message());
	putc('\n', stderr);
}

static const char *const usage[] = {
	"[OPTION]... ID...",
	"--since DATE|REV [--until DATE|REV] [OPTION]...",
	NULL
};

int cmd_log(int argc, char **argv)
{
	const char *repo_dir = NULL, *path = NULL, *since = NULL, *until = NULL;
	int format = PLAN_FORMAT_TEXT, reverse = 0, first_parent = 0, status = PLAN_EXIT_OK, nids;
	long limit = -1;
	plan_walk_options wo = PLAN_WALK_OPTIONS_INIT;
	plan_repo *repo;
	plan_log *log;
	size_t i;
	const plan_option options[] = {
		PLAN_OPT_REPO(&repo_dir),
		PLAN_OPT_STRING(0, "path", &path, "PATH", "only the plan files at or under PATH"),
		PLAN_OPT_FORMAT(&format),
		PLAN_OPT_BOOL(0, "reverse", &reverse, "oldest first"),
		PLAN_OPT_NUMBER('n', NULL, &limit, "N", "at most N commits per action"),
		PLAN_OPT_BOOL(0, "first-parent", &first_parent, "follow only the first parent of merges"),
		PLAN_OPT_STRING(0, "since", &since, "DATE|REV",
				"only commits made on or after DATE (YYYY-MM-DD,\n"
				"the author's date), or after REV; with no ID:\n"
				"every action changed since then"),
		PLAN_OPT_STRING(0, "until", &until, "DATE|REV", "only commits made on or before DATE, or up to\nREV"),
		PLAN_OPT_END()
	};
	const plan_command cmd = {
		"planlog", usage,
		"Shows every commit that changed the actions named, newest first, and what\n"
		"changed: created, title, leads, deadline and review points, decisions,\n"
		"updates added, committed updates rewritten, moved to another file, deleted.\n"
		"A commit that only reformats an action does not appear.  Colour only on a\n"
		"terminal, and never when NO_COLOR is set.\n",
		options,
		"Exit status: 0 shown, 1 an id never existed, 2 bad arguments or unreadable history.\n"
	};

	if ((nids = cmd_parse(&cmd, argc, argv, &status)) < 0)
		return status;
	if (nids == 0 && !since) {
		fprintf(stderr, "planlog: name the actions to show, by id, or give --since\n");
		plan_options_usage(&cmd);
		return PLAN_EXIT_USAGE;
	}
	wo.ids = (const char *const *)argv;
	wo.nids = (size_t)nids;
	wo.first_parent = first_parent;
	wo.path = path;
	wo.no_cache = getenv("PLANLOG_NO_CACHE") != NULL;
	cmd_walk_window(&wo, since, until);

	if (plan_repo_open_history(&repo, repo_dir) < 0) {
		say_error();
		return PLAN_EXIT_USAGE;
	}
	if (plan_log_read(&log, repo, &wo) < 0) {
		say_error();
		plan_repo_free(repo);
		return PLAN_EXIT_USAGE;
	}
	plan_repo_free(repo);
	if (log->result.unborn) {
		fprintf(stderr, "planlog: the repository has no commits yet\n");
		plan_log_free(log);
		return PLAN_EXIT_ERRORS;
	}
	for (i = 0; i < log->nactions; i++)
		if (log->actions[i].ambiguous) {
			fprintf(stderr, "planlog: ");
			plan_puts_safe(stderr, log->actions[i].id);
			fprintf(stderr, " names actions of more than one plan: write ");
			plan_puts_safe(stderr, log->actions[i].suggest);
			fprintf(stderr, "\n");
			status = PLAN_EXIT_ERRORS;
		} else if (!log->actions[i].seen) {
			const char *s = log->actions[i].suggest;
			fprintf(stderr, "planlog: no action ");
			plan_puts_safe(stderr, log->actions[i].id);
			fprintf(stderr, " in the history%s", s ? "; did you mean " : "");
			plan_puts_safe(stderr, s ? s : "");
			fprintf(stderr, "%s\n", s ? "?" : "");
			status = PLAN_EXIT_ERRORS;
		}
	if (status == PLAN_EXIT_OK) {
		if (log->all && log->nactions == 0 && format != PLAN_FORMAT_JSON) {
			printf("no action changed in that window\n");
		} else if (format == PLAN_FORMAT_JSON) {
			if (cmd_write_json("planlog", plan_json_log(log, reverse, limit), stdout) < 0)
				status = PLAN_EXIT_USAGE;
		} else {
			print_text(log, reverse, limit);
			if (log->result.shallow)
				printf("\n(history stops at the shallow clone's boundary: git fetch --unshallow "
				       "brings the rest)\n");
		}
		status = cmd_finish_output("planlog", status);
	}
	/* The cache last: nothing it meets (a full disk, a size limit) costs the output. */
	plan_log_save(log);
	plan_log_free(log);
	return status;
}
