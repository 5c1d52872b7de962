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
 * nothing, or an id that several plans have.  The updates of a file are
 * taken in file order, and met in that order there too, so that the work
 * grows with the number of updates and files, never with their product.
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

/* Keeps every diagnostic but the unknown-id errors of the updates f explains (in file order). */
static int keep(void *ctx, const plan_diag *g)
{
	const struct drop *d = ctx;
	size_t lo = 0, hi = d->f->n;

	if (g->src != d->src || strcmp(g->check, "unknown-id") != 0)
		return 1;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, at = d->f->u[mid]->target_loc.span.start;
		if (at == g->span.start)
			return 0;
		if (at < g->span.start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 1;
}

/* A file as device and inode, and its source (or NULL). */
struct ident {
	dev_t dev;
	ino_t ino;
	const plan_source *src;
};

static int cmp_ident(const void *a, const void *b)
{
	const struct ident *x = a, *y = b;

	if (x->dev != y->dev)
		return x->dev < y->dev ? -1 : 1;
	if (x->ino != y->ino)
		return x->ino < y->ino ? -1 : 1;
	return 0;
}

/* The identities of set's sources, in order for bsearch, into *out (plan_malloc'ed); how many, or -1. */
static long identities(const plan_set *set, struct ident **out)
{
	size_t k, n = 0;

	if (!(*out = plan_calloc(set->nsources ? set->nsources : 1, sizeof(**out))))
		return -1;
	for (k = 0; k < set->nsources; k++)
		if (identify(set->sources[k]->path, &(*out)[n].dev, &(*out)[n].ino))
			(*out)[n++].src = set->sources[k];
	qsort(*out, n, sizeof(**out), cmp_ident);
	return (long)n;
}

/* The entry of v (n, sorted) for the file path names, or NULL. */
static const struct ident *find_ident(const struct ident *v, long n, const char *path)
{
	struct ident key;

	if (n <= 0 || !identify(path, &key.dev, &key.ino))
		return NULL;
	return bsearch(&key, v, (size_t)n, sizeof(*v), cmp_ident);
}

/* Updates by file (in the order files were read), then by place. */
static int cmp_update(const void *a, const void *b)
{
	const plan_update *x = *(const plan_update *const *)a, *y = *(const plan_update *const *)b;

	if (x->target_loc.src->index != y->target_loc.src->index)
		return x->target_loc.src->index < y->target_loc.src->index ? -1 : 1;
	if (x->target_loc.span.start != y->target_loc.span.start)
		return x->target_loc.span.start < y->target_loc.span.start ? -1 : 1;
	return 0;
}

/*
 * The updates c[0..n) of one file src (in file order): those whose
 * actions plans defines are gathered into f (their pointers, in order,
 * into f->u).
 */
static void explain_file(const plan_set *plans, const struct ident *ids, long nids,
			 const plan_source *src, const plan_update **c, size_t n, found *f)
{
	const struct ident *there = find_ident(ids, nids, src->path);
	const plan_update *cursor = plans->loose.head;
	const plan_named *nm;
	size_t i;

	for (i = 0; i < n; i++) {
		const plan_update *u = c[i];
		const plan_action *a = NULL;
		if (there) {
			/* Resolved there in its plan: the same update, found in file order. */
			while (cursor && !(cursor->target_loc.src == there->src &&
					   cursor->target_loc.span.start >= u->target_loc.span.start))
				cursor = cursor->next_loose;
			if (cursor && cursor->target_loc.span.start == u->target_loc.span.start)
				a = cursor->action;
		} else if (plan_set_resolve(plans, NULL, u->target, &nm) == 1 && nm->kind == PLAN_KIND_ACTION) {
			a = nm->obj;
		}
		if (!a)
			continue;
		if (!f->n) {
			f->first = u;
			f->action = a;
		}
		note_plan(f, a->plan);
		f->u[f->n++] = u;
	}
}

int plan_partner_explain(plan_set *set, const char *const *paths, size_t n, const plan_load_options *opt)
{
	plan_set *plans = NULL;
	const plan_update *u, **c = NULL, **v = NULL;
	const plan_named *nm;
	const char **others = NULL;
	struct ident *mine = NULL, *theirs = NULL;
	long nmine, ntheirs;
	size_t k, nc = 0, nothers = 0, i, j;
	int rc = PLAN_ENOMEM;

	if (!plan_partner_unknown(set))
		return PLAN_OK;
	if (!(c = plan_calloc(set->loose.count ? set->loose.count : 1, sizeof(*c))) ||
	    !(v = plan_calloc(set->loose.count ? set->loose.count : 1, sizeof(*v))) ||
	    !(others = plan_calloc(n ? n : 1, sizeof(*others))) || (nmine = identities(set, &mine)) < 0)
		goto done;
	for (u = set->loose.head; u; u = u->next_loose)
		if (!u->action && u->target_loc.src && plan_set_resolve(set, u->scope, u->target, &nm) == 0)
			c[nc++] = u;
	qsort(c, nc, sizeof(*c), cmp_update);
	/* The plan files not read already: a file of set found among them is
	 * then one that they include. */
	for (k = 0; k < n; k++)
		if (!find_ident(mine, nmine, paths[k]))
			others[nothers++] = paths[k];
	if (!(plans = plan_set_new()) || plan_set_load_options(plans, opt) < 0 ||
	    plan_load_paths(plans, others, nothers) == PLAN_ENOMEM || plan_set_link(plans) < 0 ||
	    plans->diags.oom || (ntheirs = identities(plans, &theirs)) < 0)
		goto done;
	rc = PLAN_OK;
	/* File by file, in the order they were read. */
	for (i = 0; i < nc && rc == PLAN_OK; i = j) {
		const plan_source *src = c[i]->target_loc.src;
		size_t dropped[3] = { 0, 0, 0 };
		struct drop d;
		found f;

		for (j = i + 1; j < nc && c[j]->target_loc.src == src; j++)
			;
		memset(&f, 0, sizeof(f));
		f.u = v;
		explain_file(plans, theirs, ntheirs, src, c + i, j - i, &f);
		if (!f.n)
			continue;
		d.src = src;
		d.f = &f;
		plan_diags_filter(&set->diags, keep, &d, dropped);
		report(set, src, &f, find_ident(theirs, ntheirs, src->path) != NULL);
		if (set->diags.oom)
			rc = PLAN_ENOMEM;
	}
done:
	if (rc == PLAN_ENOMEM)
		plan_error_oom();
	plan_set_free(plans);
	plan_free(theirs);
	plan_free(mine);
	plan_free(others);
	plan_free(v);
	plan_free(c);
	return rc;
}
