/*
 * github.c - diagnostics as GitHub Actions workflow commands (SPEC.md
 * section 14, "Output for CI").
 *
 * The runner reads every line of a step's output that starts with "::"
 * as a command: "::error file=a.plan,line=4,col=7::message" becomes an
 * annotation on that line of the pull request.  This module is the one
 * writer for that destination.  A value must not end the command nor
 * start another, so the runner's own escapes are used: %25, %0D and %0A
 * in the message; also %3A and %2C in a property, where ':' and ','
 * separate.  The log is shown in a browser that interprets terminal
 * escapes, so a control character, a bidirectional override or a byte
 * that is not UTF-8 is written as '?', as plan_write_safe does.
 *
 * An annotation is made from its diagnostic alone (write_one): the file
 * and span come from the plan_diag, with the numbers of the JSON form.
 * GitHub takes col and endColumn only on a span within one line, so a
 * span over several lines gives line and endLine alone; a span that ends
 * with its line's break (an update with no text) ends, here, where the
 * line's text does, so that it stays on its line.  A finding of a range
 * of commits (plancheck --range) starts with the commit it is in:
 * "commit 1a2b3c4: ".
 */
#include "github.h"

#include <string.h>

/* s with the bytes in specials escaped as %XX, the rest as plan_write_safe does. */
static void write_escaped(FILE *out, const char *s, const char *specials)
{
	size_t n;

	if (!s)
		return;
	while (*s) {
		n = strcspn(s, specials);
		plan_write_safe(out, s, n);
		s += n;
		if (*s)
			fprintf(out, "%%%02X", (unsigned)(unsigned char)*s++);
	}
}

void plan_github_write_message(FILE *out, const char *s)
{
	write_escaped(out, s, "%\r\n");
}

void plan_github_write_property(FILE *out, const char *s)
{
	write_escaped(out, s, "%\r\n:,");
}

/* "error", "warning", "notice": the workflow commands. */
static const char *command(plan_severity sev)
{
	switch (sev) {
	case PLAN_SEV_ERROR: return "error";
	case PLAN_SEV_WARNING: return "warning";
	case PLAN_SEV_NOTE: return "notice";
	}
	return "notice";
}

static void write_one(FILE *out, const plan_diag *g, const char *prog)
{
	fprintf(out, "::%s ", command(g->sev));
	if (g->path) {
		fputs("file=", out);
		plan_github_write_property(out, g->path);
		putc(',', out);
	}
	if (g->src) {
		plan_source *src = (plan_source *)g->src;
		size_t line, col, eline, ecol, end = g->span.end, s, e;

		/* A span that takes in its line's break ends at the end of that line. */
		if (end > g->span.start) {
			plan_source_line_bounds(src, end - 1, &s, &e);
			if (e < end && e >= g->span.start)
				end = e;
		}
		plan_source_linecol(src, g->span.start, &line, &col);
		plan_source_linecol(src, end, &eline, &ecol);
		if (eline == line)
			fprintf(out, "line=%zu,col=%zu,endLine=%zu,endColumn=%zu,", line, col, eline, ecol);
		else
			fprintf(out, "line=%zu,endLine=%zu,", line, eline);
	}
	fputs("title=", out);
	plan_github_write_property(out, prog);
	putc(' ', out);
	plan_github_write_property(out, g->check);
	fputs("::", out);
	if (g->commit)
		fprintf(out, "commit %.7s: ", g->commit->id);
	plan_github_write_message(out, g->msg);
	putc('\n', out);
}

int plan_github_write(plan_diags *d, FILE *out, const char *prog)
{
	plan_diag **v = plan_diags_sorted(d);
	size_t i;

	if (!v)
		return -1;
	for (i = 0; i < d->total; i++)
		write_one(out, v[i], prog);
	if (d->truncated) {
		fputs("::notice title=", out);
		plan_github_write_property(out, prog);
		fprintf(out, "::stopped after %d diagnostics\n", PLAN_MAX_DIAGS);
	}
	if (d->oom) {
		fputs("::error title=", out);
		plan_github_write_property(out, prog);
		fputs("::out of memory; results are incomplete\n", out);
	}
	return ferror(out) ? -1 : 0;
}
