/*
 * cmd_output.c - where a command's output goes (-o): standard output, or
 * a new file beside FILE renamed over it once whole (git's lockfile
 * pattern), so that a failed run leaves FILE as it was.  planreport and
 * planimport write through it.
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

/*
 * Opens the new file beside o->path (mode 0666 less the umask, as a file
 * the shell would make), or stdout.  Returns 0, or -1 after saying why.
 */
int cmd_output_open(struct cmd_output *o)
{
	size_t n;
	int fd;
	mode_t mask;

	if (!o->path) {
		o->f = stdout;
		return 0;
	}
	n = strlen(o->path);
	if (!(o->tmp = plan_malloc(n + 16))) {
		fprintf(stderr, "%s: out of memory\n", o->prog);
		return -1;
	}
	memcpy(o->tmp, o->path, n);
	memcpy(o->tmp + n, ".tmp-XXXXXX", 12);
	if ((fd = mkstemp(o->tmp)) < 0) {
		fprintf(stderr, "%s: cannot write %s: %s\n", o->prog, o->path, strerror(errno));
		plan_free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) < 0 || !(o->f = fdopen(fd, "w"))) {
		fprintf(stderr, "%s: cannot write %s: %s\n", o->prog, o->path, strerror(errno));
		close(fd);
		unlink(o->tmp);
		plan_free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	return 0;
}

/*
 * Ends the output: with ok, closes the new file and renames it over
 * o->path (or flushes stdout); else removes it.  Returns status, or
 * PLAN_EXIT_USAGE after saying why the output could not be written.
 */
int cmd_output_close(struct cmd_output *o, int ok, int status)
{
	int bad;

	if (!o->path)
		return cmd_finish_output(o->prog, ok ? status : PLAN_EXIT_USAGE);
	if (!o->tmp)
		return PLAN_EXIT_USAGE;
	errno = 0;
	bad = ferror(o->f);
	if (fclose(o->f) != 0 || bad) {
		if (ok)
			fprintf(stderr, "%s: cannot write %s: %s\n", o->prog, o->path,
				errno ? strerror(errno) : "write error");
		ok = 0;
	}
	if (ok && rename(o->tmp, o->path) < 0) {
		fprintf(stderr, "%s: cannot write %s: %s\n", o->prog, o->path, strerror(errno));
		ok = 0;
	}
	if (!ok)
		unlink(o->tmp);
	plan_free(o->tmp);
	o->tmp = NULL;
	return ok ? status : PLAN_EXIT_USAGE;
}

