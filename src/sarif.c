/*
 * sarif.c - plancheck's diagnostics as a SARIF 2.1.0 log (SPEC.md
 * section 14, "Output for CI").
 *
 * The log has one run.  Its driver lists a rule for every name a
 * diagnostic's check can have, the fixed kinds of SPEC section 12
 * (plan_diag_kinds) and then the checks of section 13 (plan_checks), so
 * that a result's ruleIndex is its check's place in those two tables.
 * The files read are the run's artifacts, in the order they were read.
 *
 * A result is made from its diagnostic alone (result_json): the file and
 * the span come from the plan_diag, as they do for the text and JSON
 * forms, with the same numbers as the JSON form.  Columns count code
 * points, so run.columnKind says "unicodeCodePoints" (SARIF's default
 * is UTF-16 code units).  A diagnostic about a whole file has a location
 * with no region; one about no file has no location.  The commit a
 * finding of a range of commits is in (plancheck --range) is the
 * result's property "commit".
 *
 * A path becomes a URI reference byte by byte (plan_sarif_uri): the
 * bytes of a name are kept exactly, whatever its encoding.  A message is
 * plan text, in which SARIF would read "[text](1)" as a link: its square
 * brackets are escaped with a backslash, as SARIF says a literal one is.
 */
#include "sarif.h"
#include "alloc.h"
#include "check.h"
#include "json.h"

#include <stdio.h>
#include <string.h>

#define put plan_json_put
#define push plan_json_push
#define text plan_json_text
#define finish plan_json_finish

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

/* Unreserved characters of RFC 3986, and the separator of path segments. */
static int uri_keeps(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
}

size_t plan_sarif_uri(char *out, size_t size, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p = (const unsigned char *)path;
	size_t n = 0;

	/* "/tmp/a.plan" is a path on this machine: file:///tmp/a.plan. */
	if (p[0] == '/') {
		const char *scheme = "file://";
		for (; *scheme; scheme++, n++)
			if (n + 1 < size)
				out[n] = *scheme;
	}
	for (; *p; p++) {
		char esc[3] = { '%', hex[*p >> 4], hex[*p & 15] };
		const char *w = uri_keeps(*p) ? (const char *)p : esc;
		size_t k = uri_keeps(*p) ? 1 : 3, i;
		for (i = 0; i < k; i++, n++)
			if (n + 1 < size)
				out[n] = w[i];
	}
	if (size)
		out[n < size ? n : size - 1] = '\0';
	return n;
}

static json_t *uri_json(const char *path)
{
	size_t n = plan_sarif_uri(NULL, 0, path);
	char *buf = plan_malloc(n + 1);
	json_t *j;

	if (!buf)
		return NULL;
	plan_sarif_uri(buf, n + 1, path);
	j = text(buf);
	plan_free(buf);
	return j;
}

/* {"text": s}, s with each '[' and ']' escaped as "\[" and "\]". */
static json_t *message_json(const char *s)
{
	size_t n = strlen(s), i, o = 0;
	char *buf;
	json_t *m = json_object(), *t;
	int ok = 1;

	if (n > (SIZE_MAX - 1) / 2 || !(buf = plan_malloc(2 * n + 1))) {
		json_decref(m);
		return NULL;
	}
	for (i = 0; i < n; i++) {
		if (s[i] == '[' || s[i] == ']')
			buf[o++] = '\\';
		buf[o++] = s[i];
	}
	buf[o] = '\0';
	t = text(buf);
	plan_free(buf);
	put(m, "text", t, &ok);
	return finish(m, ok);
}

/* {"text": s}, for text of our own. */
static json_t *plain_json(const char *s)
{
	json_t *m = json_object();
	int ok = 1;

	put(m, "text", text(s), &ok);
	return finish(m, ok);
}

static const char *level_name(plan_severity sev)
{
	return plan_severity_name(sev);   /* SARIF's levels are ours: error, warning, note */
}

/*
 * A reportingDescriptor: the check's name, its summary, the help that
 * says where SPEC.md explains it, and its default level (a strict or
 * opt-in check, strict as plan_check_info says, is off until it is turned on).
 */
static json_t *rule_json(const char *name, const char *summary, plan_severity sev, int strict,
			 const char *section)
{
	int on = !strict;
	json_t *r = json_object(), *conf = json_object();
	char help[512];
	int ok = 1;

	snprintf(help, sizeof(help), "%s. SPEC.md, section %s, explains it%s.", summary, section,
		 on ? "" : strict == PLAN_OPT_IN ? "; it is off unless -W or the plan turns it on" :
		 "; it is off unless --strict, -W or the plan turns it on");
	help[0] = (char)(help[0] >= 'a' && help[0] <= 'z' ? help[0] - 'a' + 'A' : help[0]);
	put(r, "id", text(name), &ok);
	put(r, "shortDescription", plain_json(summary), &ok);
	put(r, "help", plain_json(help), &ok);
	put(conf, "level", text(level_name(sev)), &ok);
	if (!on)
		put(conf, "enabled", json_false(), &ok);
	put(r, "defaultConfiguration", conf, &ok);
	return finish(r, ok);
}

static json_t *rules_json(void)
{
	json_t *a = json_array();
	int ok = 1, i;

	for (i = 0; i < PLAN_NDIAG_KINDS; i++)
		push(a, rule_json(plan_diag_kinds[i].name, plan_diag_kinds[i].summary,
				  PLAN_SEV_ERROR, 0, "12"), &ok);
	for (i = 0; i < PLAN_NCHECKS; i++)
		push(a, rule_json(plan_checks[i].name, plan_checks[i].summary, plan_checks[i].severity,
				  plan_checks[i].strict, "13"), &ok);
	return finish(a, ok);
}

/* The place of check in rules_json's list, or -1. */
static int rule_index(const char *check)
{
	int i;

	for (i = 0; i < PLAN_NDIAG_KINDS; i++)
		if (strcmp(plan_diag_kinds[i].name, check) == 0)
			return i;
	i = plan_check_lookup(check);
	return i < 0 ? -1 : PLAN_NDIAG_KINDS + i;
}

/* The artifact of the file path names in set, or -1 when it was not read. */
static long artifact_index(const plan_set *set, const plan_diag *g)
{
	size_t i;

	if (g->src)
		return g->src->index < set->nsources && set->sources[g->src->index] == g->src
			? (long)g->src->index : -1;
	for (i = 0; i < set->nsources; i++)
		if (strcmp(set->sources[i]->path, g->path) == 0)
			return (long)i;
	return -1;
}

static json_t *artifact_location(const char *path, long index)
{
	json_t *o = json_object();
	int ok = 1;

	put(o, "uri", uri_json(path), &ok);
	if (index >= 0)
		put(o, "index", json_integer(index), &ok);
	return finish(o, ok);
}

/* The file and span of g, as every form of the diagnostics gives them. */
static json_t *location_json(const plan_set *set, const plan_diag *g)
{
	json_t *loc = json_object(), *phys = json_object();
	int ok = 1;

	put(phys, "artifactLocation", artifact_location(g->path, artifact_index(set, g)), &ok);
	if (g->src) {
		plan_source *src = (plan_source *)g->src;
		json_t *region = json_object();
		size_t line, col, eline, ecol;

		plan_source_linecol(src, g->span.start, &line, &col);
		plan_source_linecol(src, g->span.end, &eline, &ecol);
		put(region, "startLine", json_integer((json_int_t)line), &ok);
		put(region, "startColumn", json_integer((json_int_t)col), &ok);
		put(region, "endLine", json_integer((json_int_t)eline), &ok);
		put(region, "endColumn", json_integer((json_int_t)ecol), &ok);
		put(phys, "region", region, &ok);
	}
	put(loc, "physicalLocation", phys, &ok);
	return finish(loc, ok);
}

static json_t *result_json(const plan_set *set, const plan_diag *g)
{
	json_t *r = json_object();
	int ok = 1, rule = rule_index(g->check);

	put(r, "ruleId", text(g->check), &ok);
	if (rule >= 0)
		put(r, "ruleIndex", json_integer(rule), &ok);
	put(r, "level", text(level_name(g->sev)), &ok);
	put(r, "message", message_json(g->msg), &ok);
	if (g->path) {
		json_t *locs = json_array();
		push(locs, location_json(set, g), &ok);
		put(r, "locations", locs, &ok);
	}
	if (g->commit) {
		json_t *props = json_object();
		put(props, "commit", text(g->commit->id), &ok);
		put(r, "properties", props, &ok);
	}
	return finish(r, ok);
}

static json_t *artifacts_json(const plan_set *set)
{
	json_t *a = json_array();
	size_t i;
	int ok = 1;

	for (i = 0; i < set->nsources; i++) {
		json_t *o = json_object();
		put(o, "location", artifact_location(set->sources[i]->path, -1), &ok);
		put(o, "length", json_integer((json_int_t)set->sources[i]->len), &ok);
		push(a, o, &ok);
	}
	return finish(a, ok);
}

static json_t *notification_json(plan_severity sev, const char *msg)
{
	json_t *o = json_object();
	int ok = 1;

	put(o, "level", text(level_name(sev)), &ok);
	put(o, "message", plain_json(msg), &ok);
	return finish(o, ok);
}

/*
 * What the text form says after the diagnostics: that they were cut
 * short, or that memory ran out (the run did not then succeed).
 */
static json_t *invocation_json(const plan_diags *d)
{
	json_t *o = json_object(), *notes = json_array();
	char msg[64];
	int ok = 1;

	put(o, "executionSuccessful", json_boolean(!d->oom), &ok);
	if (d->truncated) {
		snprintf(msg, sizeof(msg), "stopped after %d diagnostics", PLAN_MAX_DIAGS);
		push(notes, notification_json(PLAN_SEV_NOTE, msg), &ok);
	}
	if (d->oom)
		push(notes, notification_json(PLAN_SEV_ERROR, "out of memory; results are incomplete"), &ok);
	if (d->truncated || d->oom)
		put(o, "toolExecutionNotifications", notes, &ok);
	else
		json_decref(notes);
	return finish(o, ok);
}

json_t *plan_sarif_log(plan_set *set, const plan_sarif_options *opt)
{
	static const plan_sarif_options defaults = PLAN_SARIF_OPTIONS_INIT;
	plan_diags *d = &set->diags;
	plan_diag **v = plan_diags_sorted(d);
	json_t *log, *runs, *run, *tool, *driver, *results, *invocations;
	size_t i;
	int ok = v != NULL;

	if (!opt)
		opt = &defaults;
	plan_json_begin();
	driver = json_object();
	put(driver, "name", text("plancheck"), &ok);
	if (opt->version)
		put(driver, "version", text(opt->version), &ok);
	put(driver, "rules", rules_json(), &ok);
	tool = json_object();
	put(tool, "driver", driver, &ok);

	run = json_object();
	put(run, "tool", tool, &ok);
	put(run, "columnKind", text("unicodeCodePoints"), &ok);
	put(run, "artifacts", artifacts_json(set), &ok);
	results = json_array();
	for (i = 0; ok && i < d->total; i++)
		push(results, result_json(set, v[i]), &ok);
	put(run, "results", results, &ok);
	invocations = json_array();
	push(invocations, invocation_json(d), &ok);
	put(run, "invocations", invocations, &ok);

	log = json_object();
	put(log, "$schema", text(SARIF_SCHEMA), &ok);
	put(log, "version", text("2.1.0"), &ok);
	runs = json_array();
	push(runs, run, &ok);
	put(log, "runs", runs, &ok);
	return finish(log, ok);
}
