/*
 * partner.c - a partner's updates file checked without its plan: see
 * partner.h.
 *
 * The plan files of the work tree are read into a set of their own (an
 * error path only: a run whose updates all name actions it read never
 * comes here).  A file of the set checked is known there by device and
 * inode: when a plan file includes it, its updates were resolved there in
 * their plan, as a run that names the plan resolves them; otherwise each
 * is looked up among those plans, and kept unknown where it names
 * nothing, or an id that several plans have.
 */
#include "partner.h"
#include "alloc.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_NAMED 4   /* plan files named in the message; more are "..." */

int plan_partner_unknown(const plan_set *set)
{
	const plan_update *u;
	const plan_named *nm;

	for (u = set->loose.head; u; u = u->next_loose)
		if (!u->action && plan_set_resolve(set, u->scope, u->target, &nm) == 0)
			return 1;
	return 0;
}

/* The file path names, as device and inode; 0 when it cannot be told. */
static int identify(const char *path, dev_t *dev, ino_t *ino)
{
	struct stat st;

	if (stat(path, &st) < 0)
		return 0;
	*dev = st.st_dev;
	*ino = st.st_ino;
	return 1;
}

/* The source of set that is the file src names, or NULL. */
static const plan_source *same_file(const plan_set *set, const plan_source *src)
{
	dev_t d, d2;
	ino_t i, i2;
	size_t k;

	if (!identify(src->path, &d, &i))
		return NULL;
	for (k = 0; k < set->nsources; k++)
		if (identify(set->sources[k]->path, &d2, &i2) && d == d2 && i == i2)
			return set->sources[k];
	return NULL;
}

/* Whether path names a file that set has read. */
static int read_already(const plan_set *set, const char *path)
{
	dev_t d, d2;
	ino_t i, i2;
	size_t k;

	if (!identify(path, &d, &i))
		return 0;
	for (k = 0; k < set->nsources; k++)
		if (identify(set->sources[k]->path, &d2, &i2) && d == d2 && i == i2)
			return 1;
	return 0;
}

/* The action of plans that u (an update of another set, in file src) is for, or NULL. */
static const plan_action *action_in(const plan_set *plans, const plan_source *src, const plan_update *u)
{
	const plan_update *v;
	const plan_named *nm;

	if (src) {
		for (v = plans->loose.head; v; v = v->next_loose)
			if (v->target_loc.src == src && v->target_loc.span.start == u->target_loc.span.start)
				return v->action;
		return NULL;
	}
	if (plan_set_resolve(plans, NULL, u->target, &nm) == 1 && nm->kind == PLAN_KIND_ACTION)
		return nm->obj;
	return NULL;
}

/* Appends s to buf (of size) at *o, quoted for a POSIX shell when it needs it. */
static void put_arg(char *buf, size_t size, size_t *o, const char *s)
{
	const char *p;
	int plain = *s != '\0';

	for (p = s; *p; p++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/-+:@,", *p))
			plain = 0;
	if (*o >= size)
		return;
	if (plain) {
		*o += (size_t)snprintf(buf + *o, size - *o, " %s", s);
		return;
	}
	*o += (size_t)snprintf(buf + *o, size - *o, " '");
	for (p = s; *p && *o < size; p++)
		*o += (size_t)snprintf(buf + *o, size - *o, *p == '\'' ? "'\\''" : "%c", *p);
	if (*o < size)
		*o += (size_t)snprintf(buf + *o, size - *o, "'");
}

typedef struct found {
	const plan_plan *plan[MAX_NAMED];   /* the plans the actions are in, in order met */
	size_t nplans, more;                /* more: plans past MAX_NAMED */
	const plan_update *first;           /* the first update explained */
	const plan_action *action;          /* its action */
	size_t n;                           /* updates explained */
	const plan_update **u;              /* each, for the filter */
} found;

static void note_plan(found *f, const plan_plan *p)
{
	size_t i;

	for (i = 0; i < f->nplans; i++)
		if (f->plan[i] == p)
			return;
	if (f->nplans < MAX_NAMED)
		f->plan[f->nplans++] = p;
	else
		f->more++;
}

/* How standard input is shown (main.c), and named on a command line: "-". */
#define STDIN_SHOWN "<stdin>"

/* How a file is named in a message. */
static const char *shown(const plan_source *src)
{
	return strcmp(src->path, STDIN_SHOWN) == 0 ? "standard input" : src->path;
}

/* The path of the file that has plan p's plan line. */
static const char *plan_file(const plan_plan *p)
{
	return p->loc.src ? p->loc.src->path : "?";
}

/* The one error for file src, whose f->n updates f explains; included: a plan file includes src. */
static void report(plan_set *set, const plan_source *src, const found *f, int included)
{
	char plans[256], files[512], cmd[1024];
	size_t i, po = 0, fo = 0, co = 0;

	for (i = 0; i < f->nplans; i++) {
		const char *sep = i == 0 ? "" : i + 1 == f->nplans && !f->more ? " and " : ", ";
		if (po < sizeof(plans))
			po += (size_t)snprintf(plans + po, sizeof(plans) - po, "%s%s", sep, f->plan[i]->id);
		if (fo < sizeof(files))
			fo += (size_t)snprintf(files + fo, sizeof(files) - fo, "%s%s", sep, plan_file(f->plan[i]));
		put_arg(cmd, sizeof(cmd), &co, plan_file(f->plan[i]));
	}
	if (f->more) {
		if (po < sizeof(plans))
			snprintf(plans + po, sizeof(plans) - po, " and %zu more", f->more);
		if (fo < sizeof(files))
			snprintf(files + fo, sizeof(files) - fo, " and others");
		if (co < sizeof(cmd))
			co += (size_t)snprintf(cmd + co, sizeof(cmd) - co, " ...");
	}
	if (!included)
		put_arg(cmd, sizeof(cmd), &co, strcmp(src->path, STDIN_SHOWN) == 0 ? "-" : src->path);
	if (f->n == 1)
		plan_diag_add(&set->diags, PLAN_SEV_ERROR, "unknown-id", src, f->first->target_loc.span,
			      "update for action %s of plan %s, defined in %s, which was not read%s: "
			      "plancheck%s", f->action->id, plans, files,
			      included ? "; it includes this file: check it" : ": check the files together", cmd);
	else
		plan_diag_add(&set->diags, PLAN_SEV_ERROR, "unknown-id", src, f->first->target_loc.span,
			      "%zu updates in %s are for actions of plan%s %s, defined in %s, which %s not "
			      "read%s: plancheck%s", f->n, shown(src), f->nplans + f->more == 1 ? "" : "s",
			      plans, files, f->nplans + f->more == 1 ? "was" : "were",
			      !included ? ": check the files together"
			      : f->nplans + f->more == 1 ? "; it includes this file: check it"
			      : "; they include this file: check them", cmd);
}

struct drop {
	const plan_source *src;
	const found *f;
};

/* Keeps every diagnostic but the unknown-id errors of the updates f explains. */
static int keep(void *ctx, const plan_diag *g)
{
	const struct drop *d = ctx;
	size_t i;

	if (g->src != d->src || strcmp(g->check, "unknown-id") != 0)
		return 1;
	for (i = 0; i < d->f->n; i++)
		if (d->f->u[i]->target_loc.span.start == g->span.start)
			return 0;
	return 1;
}

int plan_partner_explain(plan_set *set, const char *const *paths, size_t n, const plan_load_options *opt)
{
	plan_set *plans;
	const plan_update *u;
	const plan_named *nm;
	const plan_update **v;
	const char **others;
	size_t k, nothers = 0;
	int rc = PLAN_OK;

	if (!plan_partner_unknown(set))
		return PLAN_OK;
	if (!(v = plan_calloc(set->loose.count ? set->loose.count : 1, sizeof(*v))))
		return PLAN_ENOMEM;
	/* The plan files not read already: a file of set found among them is
	 * then one that they include. */
	if (!(others = plan_calloc(n ? n : 1, sizeof(*others)))) {
		plan_free(v);
		return PLAN_ENOMEM;
	}
	for (k = 0; k < n; k++)
		if (!read_already(set, paths[k]))
			others[nothers++] = paths[k];
	if (!(plans = plan_set_new()) || plan_set_load_options(plans, opt) < 0 ||
	    plan_load_paths(plans, others, nothers) == PLAN_ENOMEM || plan_set_link(plans) < 0 ||
	    plans->diags.oom) {
		plan_set_free(plans);
		plan_free(others);
		plan_free(v);
		return plan_error_oom();
	}
	/* File by file, in the order they were read. */
	for (k = 0; k < set->nsources && rc == PLAN_OK; k++) {
		const plan_source *src = set->sources[k], *there = NULL;
		found f;
		int looked = 0, included;
		size_t dropped[3] = { 0, 0, 0 };
		struct drop d;

		memset(&f, 0, sizeof(f));
		f.u = v;
		for (u = set->loose.head; u; u = u->next_loose) {
			const plan_action *a;
			if (u->target_loc.src != src || u->action ||
			    plan_set_resolve(set, u->scope, u->target, &nm) != 0)
				continue;
			if (!looked++)
				there = same_file(plans, src);
			if (!(a = action_in(plans, there, u)))
				continue;
			if (!f.n) {
				f.first = u;
				f.action = a;
			}
			note_plan(&f, a->plan);
			v[f.n++] = u;
		}
		if (!f.n)
			continue;
		included = there != NULL;
		d.src = src;
		d.f = &f;
		plan_diags_filter(&set->diags, keep, &d, dropped);
		report(set, src, &f, included);
		if (set->diags.oom)
			rc = PLAN_ENOMEM;
	}
	plan_set_free(plans);
	plan_free(others);
	plan_free(v);
	return rc;
}
