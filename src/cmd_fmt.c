/*
 * cmd_fmt.c - planfmt: writes plan files in their canonical form
 * (fmt.h; SPEC.md section 14, "planfmt").
 *
 * Each file named is read, formatted alone, and written back in place
 * when that changed it: a new file beside it, with the old one's mode,
 * renamed over it (cmd_output_open), so that a reader sees the old file
 * or the new one, never half of one.  A file with syntax errors is left
 * as it is and its errors are shown as plancheck shows them.  --check
 * writes nothing but a unified diff of what formatting would change.
 * "-" reads standard input and writes standard output.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "cmd.h"
#include "diag.h"
#include "fmt.h"
#include "options.h"
#include "udiff.h"

static const char *const usage[] = {
	"[--check] [--width=N] FILE...",
	"[--check] [--width=N] -",
	NULL
};

/* Keeps what a file alone can say is wrong: its syntax and its encoding. */
static int own_errors(void *ctx, const plan_diag *g)
{
	(void)ctx;
	return strcmp(g->check, "syntax") == 0 || strcmp(g->check, "encoding") == 0;
}

/* Reads path, a regular file (not a link), into *buf; its mode into *mode.  -1 after saying why. */
static int read_file(const char *path, char **buf, size_t *len, mode_t *mode)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC), rc;

	if (fd < 0) {
		fprintf(stderr, "planfmt: cannot read %s: %s\n", path,
			errno == ELOOP ? "it is a symbolic link (format the file it leads to)" :
			strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		fprintf(stderr, "planfmt: cannot read %s: %s\n", path,
			errno ? strerror(errno) : "not a regular file");
		close(fd);
		return -1;
	}
	*mode = st.st_mode & 07777;
	rc = plan_read_fd(fd, (size_t)st.st_size, SIZE_MAX, buf, len);
	if (rc < 0)
		fprintf(stderr, "planfmt: cannot read %s: %s\n", path, strerror(errno));
	close(fd);
	return rc;
}

/*
 * Formats one file (path "-": standard input to standard output).
 * Returns PLAN_EXIT_OK, PLAN_EXIT_ERRORS (syntax errors; with check, not
 * formatted) or PLAN_EXIT_USAGE.
 */
static int format_one(const char *path, int check, const plan_fmt_options *opt)
{
	int std = strcmp(path, "-") == 0, status = PLAN_EXIT_OK, rc;
	const char *name = std ? "<stdin>" : path;
	char *in = NULL, *out = NULL;
	size_t len = 0, out_len = 0;
	mode_t mode = 0;
	plan_set *set;

	if (std) {
		if (plan_read_fd(0, 0, SIZE_MAX, &in, &len) < 0) {
			fprintf(stderr, "planfmt: cannot read standard input: %s\n", strerror(errno));
			return PLAN_EXIT_USAGE;
		}
	} else if (read_file(path, &in, &len, &mode) < 0) {
		return PLAN_EXIT_USAGE;
	}
	if (!(set = plan_set_new())) {
		plan_free(in);
		fprintf(stderr, "planfmt: out of memory\n");
		return PLAN_EXIT_USAGE;
	}
	rc = plan_fmt(set, name, in, len, opt, &out, &out_len);
	if (rc == PLAN_EBUG) {
		plan_diags_write_text(&set->diags, stderr, "planfmt");
		status = PLAN_EXIT_USAGE;
	} else if (rc == PLAN_EINVALID) {
		size_t dropped[3];
		plan_diags_filter(&set->diags, own_errors, NULL, dropped);
		fflush(stdout);
		plan_diags_write_text(&set->diags, stderr, "planfmt");
		fprintf(stderr, "planfmt: %s: not formatted: fix the errors above first\n", name);
		status = PLAN_EXIT_ERRORS;
	} else if (rc != PLAN_OK) {
		fprintf(stderr, "planfmt: out of memory\n");
		status = PLAN_EXIT_USAGE;
	} else if (check) {
		char *diff = NULL;
		size_t dlen;
		if (plan_udiff(name, in, len, out, out_len, &diff, &dlen) < 0) {
			fprintf(stderr, "planfmt: out of memory\n");
			status = PLAN_EXIT_USAGE;
		} else if (dlen) {
			fwrite(diff, 1, dlen, stdout);
			status = PLAN_EXIT_ERRORS;
		}
		plan_free(diff);
	} else if (std) {
		fwrite(out, 1, out_len, stdout);
	} else if (out_len != len || memcmp(in, out, len) != 0) {
		cmd_output o = { path, NULL, NULL };
		if (cmd_output_open("planfmt", &o, (int)mode) < 0) {
			status = PLAN_EXIT_USAGE;
		} else {
			fwrite(out, 1, out_len, o.f);
			status = cmd_output_close("planfmt", &o, 1, PLAN_EXIT_OK);
		}
	}
	plan_free(out);
	plan_free(in);
	plan_set_free(set);
	return status;
}

int cmd_fmt(int argc, char **argv)
{
	int check = 0, status = PLAN_EXIT_OK, n, i, std = 0;
	long width = PLAN_FMT_WIDTH;
	plan_fmt_options opt = PLAN_FMT_OPTIONS_INIT;
	const plan_option options[] = {
		PLAN_OPT_BOOL(0, "check", &check,
			      "write nothing; show what formatting would change\n"
			      "as a unified diff, and exit 1 if it would"),
		PLAN_OPT_NUMBER(0, "width", &width, "N",
				"fill paragraphs of prose to N characters\n(default 88)"),
		PLAN_OPT_END()
	};
	const plan_command cmd = {
		"planfmt", usage,
		"Writes each plan file in its canonical form (SPEC.md section 14): fixed\n"
		"indentation, dates in their canonical spelling, keywords in lower case, one\n"
		"blank line before each directive, paragraphs of prose re-wrapped.  What the\n"
		"plan says does not change.  A file with syntax errors is left as it is.\n"
		"\"-\" reads standard input and writes the result to standard output.\n",
		options,
		"Exit status: 0 done (with --check: every file is formatted), 1 a file has\n"
		"syntax errors (with --check: or is not formatted), 2 bad arguments, a file\n"
		"that cannot be read or written, or one planfmt cannot format faithfully.\n"
	};

	if ((n = cmd_parse(&cmd, argc, argv, &status)) < 0)
		return status;
	if (width < PLAN_FMT_MIN_WIDTH || width > PLAN_FMT_MAX_WIDTH) {
		fprintf(stderr, "planfmt: --width %ld: give a width from %d to %d\n", width,
			PLAN_FMT_MIN_WIDTH, PLAN_FMT_MAX_WIDTH);
		return PLAN_EXIT_USAGE;
	}
	opt.width = (int)width;
	if (n == 0) {
		fprintf(stderr, "planfmt: no file named (\"-\" formats standard input)\n");
		plan_options_usage(&cmd);
		return PLAN_EXIT_USAGE;
	}
	for (i = 0; i < n; i++)
		if (strcmp(argv[i], "-") == 0 && std++) {
			fprintf(stderr, "planfmt: standard input is named more than once (\"-\")\n");
			return PLAN_EXIT_USAGE;
		}
	for (i = 0; i < n; i++) {
		int st = format_one(argv[i], check, &opt);
		if (st > status)
			status = st;
	}
	return cmd_finish_output("planfmt", status);
}
