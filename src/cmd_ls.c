/*
 * cmd_ls.c - planls: the language server, on standard input and output
 * (lsp.h).  What it says to the editor is the protocol's; what went
 * wrong with the protocol itself goes to stderr, which editors log.
 */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "cmd.h"
#include "lsp.h"
#include "options.h"

static ssize_t read_stdin(void *ctx, char *buf, size_t n)
{
	(void)ctx;
	return read(0, buf, n);
}

static int write_stdout(void *ctx, const char *buf, size_t n)
{
	(void)ctx;
	while (n) {
		ssize_t k = write(1, buf, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		buf += k;
		n -= (size_t)k;
	}
	return 0;
}

static const char *const usage[] = {
	"[--today DATE]",
	NULL
};

int cmd_ls(int argc, char **argv)
{
	const char *today = NULL;
	int status = PLAN_EXIT_OK, n, rc;
	plan_lsp_options opt = { 0 };
	plan_lsp_reader r = PLAN_LSP_READER_INIT(read_stdin, NULL);
	const plan_option options[] = {
		PLAN_OPT_TODAY(&today),
		PLAN_OPT_END()
	};
	const plan_command cmd = {
		"planls", usage,
		"The plan language server: speaks the Language Server Protocol on\n"
		"standard input and output, for an editor to start.  It checks the\n"
		"open plans as plancheck does, as they are typed, and answers the\n"
		"editor's questions about them (SPEC.md section 14, \"planls\").\n",
		options,
		"Exit status: 0 after the editor's shutdown and exit, 1 when the input\n"
		"ended or exit came without shutdown, 2 bad arguments or out of memory.\n"
	};

	if ((n = cmd_parse(&cmd, argc, argv, &status)) < 0)
		return status;
	if (n > 0) {
		fprintf(stderr, "planls: takes no operands (the editor sends the files)\n");
		plan_options_usage(&cmd);
		return PLAN_EXIT_USAGE;
	}
	if (cmd_today("planls", today, &opt.today) < 0)
		return PLAN_EXIT_USAGE;
	opt.disk = 1;
	opt.version = PLAN_VERSION;
	opt.log = stderr;
	opt.input_fd = 0;
	rc = plan_lsp_serve(&r, write_stdout, NULL, &opt);
	plan_lsp_reader_free(&r);
	if (rc == 2)
		fprintf(stderr, "planls: out of memory\n");
	return rc;
}
