/*
 * cmd.h - the commands.  Each is a thin layer over the library: parse
 * options, load, print, choose the exit status.  main.c dispatches on
 * the name the program was started as.
 */
#ifndef PLAN_CMD_H
#define PLAN_CMD_H

#include <jansson.h>

#include "model.h"

/* Exit statuses shared by every command (SPEC.md, "Exit status"). */
#define PLAN_EXIT_OK     0   /* no error found */
#define PLAN_EXIT_ERRORS 1   /* the plans have errors */
#define PLAN_EXIT_USAGE  2   /* bad arguments, unreadable file, out of memory */

#define PLAN_VERSION "0.1.0"

int cmd_check(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_log(int argc, char **argv);

/*
 * Loads every file named and links the set; *status is set to
 * PLAN_EXIT_USAGE when a named file cannot be read or memory ran out.
 * Returns the set (NULL when even that could not be allocated).
 */
plan_set *cmd_load(int nfiles, char **files, int *status);

/*
 * Writes j (which may be NULL: building it failed) to stdout, indented,
 * and releases it.  Returns 0, or -1 after saying so on stderr.
 */
int cmd_write_json(const char *prog, json_t *j);

/* Flushes stdout and reports a write error (a closed pipe, a full disk). */
int cmd_finish_output(const char *prog, int status);

#endif
