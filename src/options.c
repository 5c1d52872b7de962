/*
 * options.c - the commands' option parser and --help (see options.h).
 */
#include "options.h"
#include "cmd.h"
#include "model.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ORDER: PLAN_FORMAT_* (options.h). */
const char *const plan_formats[] = { "text", "json", NULL };
const char *const plan_check_formats[] = { "text", "json", "sarif", "github", NULL };

/* The two options every command has; handled here, shown in --help. */
static const plan_option builtin[] = {
	PLAN_OPT_BOOL('h', "help", NULL, "show this help"),
	PLAN_OPT_BOOL(0, "version", NULL, "show the version"),
	PLAN_OPT_END()
};

/* "--name" or "-n", for messages. */
static void spell(char *buf, size_t size, const plan_option *o)
{
	if (o->long_name)
		snprintf(buf, size, "--%s", o->long_name);
	else
		snprintf(buf, size, "-%c", o->short_name);
}

/* Says what is wrong with the command line, then (when usage) the synopsis. */
__attribute__((format(printf, 3, 4)))
static int fail(const plan_command *cmd, int usage, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", cmd->name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (usage)
		plan_options_usage(cmd);
	return PLAN_OPTIONS_ERROR;
}

/* "a, b or c" of a NULL-ended list, into buf. */
static void either(char *buf, size_t size, const char *const *list)
{
	size_t i, o = 0;

	buf[0] = '\0';
	for (i = 0; list[i] && o < size; i++)
		o += (size_t)snprintf(buf + o, size - o, "%s%s", i == 0 ? "" : list[i + 1] ? ", " : " or ",
				      list[i]);
}

/* Gives option o its argument arg (NULL when it takes none). */
static int take(const plan_command *cmd, const plan_option *o, const char *arg)
{
	char name[64], err[256];
	size_t i;

	spell(name, sizeof(name), o);
	switch (o->kind) {
	case PLAN_OPT_KIND_BOOL:
		*(int *)o->value = 1;
		return 0;
	case PLAN_OPT_KIND_STRING:
		*(const char **)o->value = arg;
		return 0;
	case PLAN_OPT_KIND_NUMBER: {
		char *end;
		long n;
		errno = 0;
		n = strtol(arg, &end, 10);
		if (!*arg || *end || n < 0 || errno)
			return fail(cmd, 0, "option %s needs a number from 0, not \"%s\"", name, arg);
		*(long *)o->value = n;
		return 0;
	}
	case PLAN_OPT_KIND_CHOICE:
		for (i = 0; o->choices[i]; i++)
			if (strcmp(arg, o->choices[i]) == 0) {
				*(int *)o->value = (int)i;
				return 0;
			}
		either(err, sizeof(err), o->choices);
		return fail(cmd, 0, "option %s: unknown value \"%s\": use %s", name, arg, err);
	case PLAN_OPT_KIND_CALLBACK:
		err[0] = '\0';
		if (o->callback(o->value, arg, err, sizeof(err)) < 0)
			return fail(cmd, 0, "option %s: %s", name, err);
		return 0;
	case PLAN_OPT_KIND_END:
		break;
	}
	return 0;
}

/* The long option nearest to name (within two edits), for "did you mean". */
static const char *near_long(const plan_command *cmd, const char *name, size_t len)
{
	const plan_option *tables[2] = { cmd->options, builtin }, *o;
	char w[64];
	size_t best = 3, d, t;
	const char *found = NULL;

	if (len >= sizeof(w))
		return NULL;
	memcpy(w, name, len);
	w[len] = '\0';
	for (t = 0; t < 2; t++)
		for (o = tables[t]; o->kind != PLAN_OPT_KIND_END; o++)
			if (o->long_name && (d = plan_edit_distance(w, o->long_name, 2)) < best) {
				best = d;
				found = o->long_name;
			}
	return found;
}

static const plan_option *find_long(const plan_command *cmd, const char *name, size_t len)
{
	const plan_option *tables[2] = { cmd->options, builtin }, *o;
	size_t t;

	for (t = 0; t < 2; t++)
		for (o = tables[t]; o->kind != PLAN_OPT_KIND_END; o++)
			if (o->long_name && strlen(o->long_name) == len && strncmp(o->long_name, name, len) == 0)
				return o;
	return NULL;
}

static const plan_option *find_short(const plan_command *cmd, char c)
{
	const plan_option *tables[2] = { cmd->options, builtin }, *o;
	size_t t;

	for (t = 0; t < 2; t++)
		for (o = tables[t]; o->kind != PLAN_OPT_KIND_END; o++)
			if (o->short_name == c)
				return o;
	return NULL;
}

/* Whether o is one of the options the parser handles itself. */
static int is_builtin(const plan_option *o)
{
	return o >= builtin && o < builtin + sizeof(builtin) / sizeof(builtin[0]);
}

/* Handles --help (0) and --version (1). */
static int builtin_action(const plan_command *cmd, const plan_option *o)
{
	if (o == &builtin[0])
		plan_options_help(cmd);
	else
		printf("%s %s\n", cmd->name, PLAN_VERSION);
	return PLAN_OPTIONS_HELP;
}

int plan_options_parse(const plan_command *cmd, int argc, char **argv)
{
	int i, n = 0, rc;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *arg = NULL;
		const plan_option *o;
		char name[64];

		if (a[0] != '-' || a[1] == '\0') {
			argv[n++] = argv[i];            /* an operand; "-" is standard input */
			continue;
		}
		if (strcmp(a, "--") == 0) {
			while (++i < argc)
				argv[n++] = argv[i];
			break;
		}
		if (a[1] == '-') {
			const char *eq = strchr(a + 2, '=');
			size_t len = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
			if (!(o = find_long(cmd, a + 2, len))) {
				const char *near = near_long(cmd, a + 2, len);
				if (near)
					return fail(cmd, 1, "unknown option --%.*s; did you mean --%s?", (int)len, a + 2, near);
				return fail(cmd, 1, "unknown option --%.*s", (int)len, a + 2);
			}
			if (eq)
				arg = eq + 1;
		} else {
			if (!(o = find_short(cmd, a[1])))
				return fail(cmd, 1, "unknown option -%c", a[1]);
			if (a[2])
				arg = a + 2;
		}
		spell(name, sizeof(name), o);
		if (o->kind == PLAN_OPT_KIND_BOOL) {
			if (arg && a[1] == '-')
				return fail(cmd, 0, "option %s takes no value", name);
			if (arg)
				return fail(cmd, 1, "unknown option %s (options are written one at a time)", a);
			if (is_builtin(o))
				return builtin_action(cmd, o);
			if ((rc = take(cmd, o, NULL)) < 0)
				return rc;
			continue;
		}
		if (!arg) {
			if (i + 1 >= argc)
				return fail(cmd, 1, "option %s needs a value", name);
			arg = argv[++i];
		}
		if ((rc = take(cmd, o, arg)) < 0)
			return rc;
	}
	return n;
}

void plan_options_usage(const plan_command *cmd)
{
	size_t i;

	for (i = 0; cmd->usage[i]; i++)
		fprintf(stderr, "%s %s %s\n", i == 0 ? "usage:" : "      ", cmd->name, cmd->usage[i]);
	fprintf(stderr, "(%s --help lists the options)\n", cmd->name);
}

/* Writes one option's lines of --help. */
static void help_line(const plan_option *o)
{
	char left[64];
	const char *h = o->help, *nl;
	size_t n = 0;

	if (o->short_name && o->long_name)
		n = (size_t)snprintf(left, sizeof(left), "-%c, --%s", o->short_name, o->long_name);
	else if (o->long_name)
		n = (size_t)snprintf(left, sizeof(left), "    --%s", o->long_name);
	else
		n = (size_t)snprintf(left, sizeof(left), "-%c", o->short_name);
	if (o->argh && n < sizeof(left))
		snprintf(left + n, sizeof(left) - n, "%s%s", o->long_name ? "=" : " ", o->argh);
	printf("  %-24s", left);
	if (strlen(left) > 24)
		printf("\n  %-24s", "");
	for (; (nl = strchr(h, '\n')) != NULL; h = nl + 1)
		printf("%.*s\n  %-24s", (int)(nl - h), h, "");
	printf("%s\n", h);
}

void plan_options_help(const plan_command *cmd)
{
	const plan_option *o;
	size_t i;

	for (i = 0; cmd->usage[i]; i++)
		printf("%s %s %s\n", i == 0 ? "usage:" : "      ", cmd->name, cmd->usage[i]);
	printf("\n%s\n", cmd->about);
	for (o = cmd->options; o->kind != PLAN_OPT_KIND_END; o++)
		help_line(o);
	for (o = builtin; o->kind != PLAN_OPT_KIND_END; o++)
		help_line(o);
	if (cmd->footer)
		printf("\n%s", cmd->footer);
}
