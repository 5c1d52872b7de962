/*
 * options.h - the commands' one option parser, after git's parse-options.
 *
 * A command declares its options once, in a table of plan_option ended by
 * PLAN_OPT_END(); plan_options_parse reads the command line against it and
 * writes --help from it.  Every form a user may type works the same for
 * every option: "-fjson", "-f json", "--format json", "--format=json",
 * "-n1", "-n 1"; "--" ends the options; "-" is an operand (standard input
 * where a file is expected).  A missing value, an unknown option (with the
 * nearest known one) or a bad value is said on standard error with the
 * command's synopsis.  The options every command shares are declared by
 * the macros below, so that they mean the same everywhere; -h/--help and
 * --version are added by the parser.
 */
#ifndef PLAN_OPTIONS_H
#define PLAN_OPTIONS_H

#include <stddef.h>

typedef enum {
	PLAN_OPT_KIND_END = 0,
	PLAN_OPT_KIND_BOOL,       /* *(int *)value = 1 */
	PLAN_OPT_KIND_STRING,     /* *(const char **)value = the argument */
	PLAN_OPT_KIND_NUMBER,     /* *(long *)value = the argument, a number from 0 */
	PLAN_OPT_KIND_CHOICE,     /* *(int *)value = the argument's index in choices */
	PLAN_OPT_KIND_CALLBACK    /* callback(value, the argument): 0, or -1 with a message */
} plan_opt_kind;

typedef struct plan_option {
	plan_opt_kind kind;
	char short_name;               /* 'f', or 0 */
	const char *long_name;         /* "format", or NULL */
	void *value;
	const char *argh;              /* the argument's name in --help ("FORMAT"), NULL: none */
	const char *help;              /* one line, or several separated by "\n" */
	const char *const *choices;    /* CHOICE: the words accepted, NULL-ended */
	/* CALLBACK: handles arg; on a bad value writes why into err and returns -1. */
	int (*callback)(void *value, const char *arg, char *err, size_t errsize);
} plan_option;

#define PLAN_OPT_BOOL(s, l, v, h) { PLAN_OPT_KIND_BOOL, (s), (l), (v), NULL, (h), NULL, NULL }
#define PLAN_OPT_STRING(s, l, v, a, h) { PLAN_OPT_KIND_STRING, (s), (l), (v), (a), (h), NULL, NULL }
#define PLAN_OPT_NUMBER(s, l, v, a, h) { PLAN_OPT_KIND_NUMBER, (s), (l), (v), (a), (h), NULL, NULL }
#define PLAN_OPT_CHOICE(s, l, v, a, c, h) { PLAN_OPT_KIND_CHOICE, (s), (l), (v), (a), (h), (c), NULL }
#define PLAN_OPT_CALLBACK(s, l, v, a, f, h) { PLAN_OPT_KIND_CALLBACK, (s), (l), (v), (a), (h), NULL, (f) }
#define PLAN_OPT_END() { PLAN_OPT_KIND_END, 0, NULL, NULL, NULL, NULL, NULL, NULL }

/*
 * The output formats of every command; PLAN_FORMAT_* index them.
 * plancheck has two more, for CI: plan_check_formats is plan_formats
 * and then those.
 */
extern const char *const plan_formats[];
extern const char *const plan_check_formats[];
#define PLAN_FORMAT_TEXT 0
#define PLAN_FORMAT_JSON 1
#define PLAN_FORMAT_SARIF 2
#define PLAN_FORMAT_GITHUB 3

/* The options every command that has them declares the same way. */
#define PLAN_OPT_FORMAT(v) PLAN_OPT_CHOICE('f', "format", (v), "FORMAT", plan_formats, \
	"text (the default), or json (SPEC.md)")
#define PLAN_OPT_CHECK_FORMAT(v) PLAN_OPT_CHOICE('f', "format", (v), "FORMAT", plan_check_formats, \
	"text (the default), json, sarif (SARIF 2.1.0)\nor github (GitHub Actions annotations): SPEC.md")
#define PLAN_OPT_TODAY(v) PLAN_OPT_STRING(0, "today", (v), "DATE", \
	"judge as on DATE (YYYY-MM-DD); default: $PLAN_TODAY,\nelse the system date")
#define PLAN_OPT_REPO(v) PLAN_OPT_STRING(0, "repo", (v), "DIR", \
	"the git repository (default: the one around the\ncurrent directory)")
#define PLAN_OPT_ALLOW_OUTSIDE(v) PLAN_OPT_BOOL(0, "allow-outside", (v), \
	"let includes and symbolic links read files outside\nthe git work tree (else the directory) of the file\n" \
	"named (SPEC.md section 9)")

typedef struct plan_command {
	const char *name;              /* "plancheck" */
	const char *const *usage;      /* synopsis lines, without the name; NULL-ended */
	const char *about;             /* what the command does, for --help */
	const plan_option *options;
	const char *footer;            /* after the options in --help (exit status) */
} plan_command;

#define PLAN_OPTIONS_HELP (-2)     /* --help or --version was asked for and written */
#define PLAN_OPTIONS_ERROR (-1)    /* the command line is wrong, and that was said */

/*
 * Reads argv[1..argc) against cmd's options, setting their values, and
 * moves the operands (files, ids), in order, to argv[0..n).  Returns n,
 * PLAN_OPTIONS_HELP or PLAN_OPTIONS_ERROR.
 */
int plan_options_parse(const plan_command *cmd, int argc, char **argv);

/* Writes "usage: ..." (the synopsis) and how to see the rest, to stderr. */
void plan_options_usage(const plan_command *cmd);

/* Writes the whole --help to stdout. */
void plan_options_help(const plan_command *cmd);

#endif
