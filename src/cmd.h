/*
 * cmd.h - the commands.  Each is a thin layer over the library: declare
 * its options (options.h), load, print, choose the exit status.  main.c
 * dispatches on the name the program was started as.
 */
#ifndef PLAN_CMD_H
#define PLAN_CMD_H

#include <jansson.h>

#include "history.h"
#include "load.h"
#include "model.h"
#include "options.h"

/* Exit statuses shared by every command (SPEC.md, "Exit status"). */
#define PLAN_EXIT_OK     0   /* no error found */
#define PLAN_EXIT_ERRORS 1   /* the plans have errors */
#define PLAN_EXIT_USAGE  2   /* bad arguments, unreadable file, out of memory */

#define PLAN_VERSION "0.1.0"

int cmd_check(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_log(int argc, char **argv);
int cmd_ls(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_import(int argc, char **argv);

/*
 * An output written whole or not at all (planreport -o, planimport -o, planfmt):
 * cmd_output_open makes a new file beside path (path.tmp-XXXXXX, by
 * mkstemp) with the given mode (-1: 0666 less the umask, as a file the
 * shell would make) in f, or, when path is NULL, sets f to stdout;
 * cmd_output_close closes the new file and, with ok, renames it over path
 * (else removes it), or for stdout flushes it (cmd_finish_output).  A
 * reader of path sees the old file or the new, never part of one.  open
 * returns 0, or -1 after saying why on stderr; close returns status, or
 * PLAN_EXIT_USAGE after saying why the output could not be written.
 */
typedef struct cmd_output {
	const char *path;          /* NULL: stdout */
	char *tmp;                 /* the new file beside path, until renamed */
	FILE *f;
} cmd_output;

int cmd_output_open(const char *prog, cmd_output *o, int mode);
int cmd_output_close(const char *prog, cmd_output *o, int ok, int status);

/*
 * Loads every file named ("-": standard input, shown as "<stdin>") as opt
 * says and links the set; *status is set to PLAN_EXIT_USAGE when a named
 * file cannot be read or memory ran out.  With partners, updates for
 * actions that no file read defines are looked for in the plan files of
 * the work tree (partner.h).  Returns the set (NULL, after saying so,
 * when even that could not be allocated).
 */
plan_set *cmd_load(const char *prog, int nfiles, char **files, const plan_load_options *opt,
		   int partners, int *status);

/*
 * The files a command reads when none is named (SPEC.md section 14): in
 * a git work tree, its plan files (plan_work_tree_plans), into *files and
 * *n (plan_work_tree_plans_free them); returns 1, after saying so on
 * stderr when there are none.  Outside one, 0.  -1 after saying why the
 * repository cannot be read.
 */
int cmd_work_tree_files(const char *prog, char ***files, size_t *n);

/*
 * Reads the command line against cmd's options (options.h): returns the
 * number of operands, moved to argv[0..n), or -1 with *status the exit
 * status to end with (0 after --help or --version, else 2, said).
 */
int cmd_parse(const plan_command *cmd, int argc, char **argv, int *status);

/*
 * Today's day number: from --today (value, when given), else $PLAN_TODAY,
 * else the system clock.  A --today that is not a day is an error (-1,
 * said); a PLAN_TODAY that is not one is ignored, with a warning.
 */
int cmd_today(const char *prog, const char *value, long *out);

/*
 * Writes j (which may be NULL: building it failed) to out, indented, and
 * releases it.  Returns 0, or -1 after saying so on stderr (a write error
 * to stdout is cmd_finish_output's to say).
 */
int cmd_write_json(const char *prog, json_t *j, FILE *out);

/*
 * Sets the window of wo from --since and --until as planlog reads them
 * (SPEC.md section 18): a day (YYYY-MM-DD, both days included, by the
 * author's own date) or a revision (since: left out with what it
 * reaches; until: where the walk starts).  Either may be NULL.
 */
void cmd_walk_window(plan_walk_options *wo, const char *since, const char *until);

/* Flushes stdout and reports a write error (a closed pipe, a full disk). */
int cmd_finish_output(const char *prog, int status);

#endif
