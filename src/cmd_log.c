/*
 * cmd_log.c - planlog: the history of actions, field by field, read out of
 * git.  The walk and the field comparison are the library's (history.c,
 * changes.c); this file gathers the changes of the actions asked for and
 * prints them, newest first unless --reverse.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "changes.h"
#include "cmd.h"
#include "date.h"
#include "diag.h"
#include "history.h"
#include "load.h"

static const char usage[] =
	"usage: planlog [--repo DIR] [--path PATH] [--format=text|json] [--reverse] [-n N]\n"
	"               [--first-parent] [--since DATE|REV] [--until DATE|REV] ID...\n"
	"       planlog --since DATE|REV [--until DATE|REV] [OPTION]...\n"
	"\n"
	"Shows every commit that changed the actions named, newest first, and what\n"
	"changed: created, title, leads, deadline and review points, decisions,\n"
	"updates added, committed updates rewritten, moved to another file, deleted.\n"
	"A commit that only reformats an action does not appear.  Colour only on a\n"
	"terminal, and never when NO_COLOR is set.\n"
	"\n"
	"  --repo DIR        the repository (default: the one around the current directory)\n"
	"  --format=json     the same as JSON (see SPEC.md)\n"
	"  --reverse         oldest first\n"
	"  -n N              at most N commits per action\n"
	"  --first-parent    follow only the first parent of merges\n"
	"  --path PATH       only the plan files at or under PATH\n"
	"  --since DATE|REV  only commits made on or after DATE (YYYY-MM-DD), or after REV;\n"
	"                    with no ID: every action changed since then\n"
	"  --until DATE|REV  only commits made on or before DATE, or up to REV\n"
	"  -h, --help        show this help\n"
	"  --version         show the version\n"
	"\n"
	"Exit status: 0 shown, 1 an id never existed, 2 bad arguments or unreadable history.\n";

/* One change of one action in one commit; strings malloc'ed. */
struct event {
	struct event *next;
	int target;                 /* index of the id asked for */
	char *commit, *author, *subject, *kind, *text;
	long long when;
	int offset, merge;
};

struct log {
	char **ids;                 /* the ids asked for, or (all) those found */
	int nids, cap;
	int all;                    /* no id asked for: every action that changed */
	int *seen;                  /* per id: present in some commit */
	char **title;               /* per id: newest title seen */
	char *suggest;              /* closest ids, from the newest commit */
	struct event *head, **tail;
	const plan_commit_info *c;  /* commit being compared */
	int target;
	int oom;
};

static char *copy_str(const char *s)
{
	char *d = strdup(s ? s : "");
	return d;
}

/* A copy of s on one line. */
static char *one_line(const char *s)
{
	char *d = copy_str(s), *p;

	for (p = d; p && *p; p++)
		if (*p == '\n')
			*p = ' ';
	return d;
}

static void on_change(void *ctx, const char *kind, const char *text)
{
	struct log *lg = ctx;
	struct event *e = calloc(1, sizeof(*e));

	if (!e || !(e->commit = copy_str(lg->c->id)) || !(e->author = copy_str(lg->c->author)) ||
	    !(e->subject = copy_str(lg->c->subject)) || !(e->kind = copy_str(kind)) || !(e->text = copy_str(text))) {
		lg->oom = 1;
		if (e) {
			free(e->commit), free(e->author), free(e->subject), free(e->kind);
			free(e);
		}
		return;
	}
	e->target = lg->target;
	e->when = lg->c->when;
	e->offset = lg->c->offset;
	e->merge = lg->c->parents > 1;
	*lg->tail = e;
	lg->tail = &e->next;
}

static void suggestions(struct log *lg, const plan_set *s, const char *id)
{
	const plan_plan *p;
	const plan_action *a;
	const char *named[3];
	char buf[300] = "";
	size_t d, n = 0, k;

	/* The same id in several plans (duplicates, fixtures) is named once. */
	for (d = 1; d <= 2; d++)
		for (p = s->plans.head; p; p = p->next)
			for (a = p->actions.head; a && n < 3; a = a->next) {
				if (plan_edit_distance(id, a->id, 2) != d)
					continue;
				for (k = 0; k < n && strcmp(named[k], a->id) != 0; k++)
					;
				if (k < n)
					continue;
				snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), "%s%s",
					 n ? ", " : "", a->id);
				named[n++] = a->id;
			}
	if (n && !lg->suggest)
		lg->suggest = copy_str(buf);
}

/*
 * Errors in the file that holds action b (b NULL: the action is gone, and
 * may be hidden by any error).
 */
static size_t errors_about(const plan_set *s, const plan_action *b)
{
	const plan_diag *g;
	size_t n = 0;

	if (!b)
		return s->diags.count[PLAN_SEV_ERROR];
	for (g = s->diags.head; g; g = g->next)
		n += g->sev == PLAN_SEV_ERROR && g->src == b->loc.src;
	return n;
}

/* Adds id to the actions reported (all mode); -1 when memory ran out. */
static int add_target(struct log *lg, const char *id)
{
	int i;

	for (i = 0; i < lg->nids; i++)
		if (strcmp(lg->ids[i], id) == 0)
			return 0;
	if (lg->nids == lg->cap) {
		int cap = lg->cap ? lg->cap * 2 : 64;
		char **ids = realloc(lg->ids, (size_t)cap * sizeof(*ids));
		int *seen = ids ? realloc(lg->seen, (size_t)cap * sizeof(*seen)) : NULL;
		char **title = seen ? realloc(lg->title, (size_t)cap * sizeof(*title)) : NULL;
		if (ids)
			lg->ids = ids;
		if (seen)
			lg->seen = seen;
		if (!title)
			return -1;
		lg->title = title;
		lg->cap = cap;
	}
	if (!(lg->ids[lg->nids] = copy_str(id)))
		return -1;
	lg->seen[lg->nids] = 0;
	lg->title[lg->nids] = NULL;
	lg->nids++;
	return 0;
}

/* In all mode: every action of s that differs in other becomes a target. */
static int add_changed(struct log *lg, const plan_set *s, const plan_set *other)
{
	const plan_plan *p;
	const plan_action *a;

	for (p = s->plans.head; p; p = p->next)
		for (a = p->actions.head; a; a = a->next)
			if (plan_action_changes(plan_set_action(other, a->id), a, NULL, NULL) &&
			    add_target(lg, a->id) < 0)
				return -1;
	return 0;
}

static int on_commit(void *ctx, const plan_commit_info *c, const plan_set *now, const plan_set *before)
{
	struct log *lg = ctx;
	int i;

	lg->c = c;
	if (lg->all && (add_changed(lg, now, before) < 0 || add_changed(lg, before, now) < 0))
		return -1;
	for (i = 0; i < lg->nids; i++) {
		const plan_action *a = plan_set_action(before, lg->ids[i]), *b = plan_set_action(now, lg->ids[i]);
		if (a || b)
			lg->seen[i] = 1;
		if ((a || b) && errors_about(now, b)) {
			char t[200];
			size_t n = errors_about(now, b);
			snprintf(t, sizeof(t), "(the plan files of this commit have %zu error%s; what "
				 "follows may be incomplete)", n, n == 1 ? "" : "s");
			lg->target = i;
			on_change(lg, "unparsed", t);
		}
		if (b && !lg->title[i] && !(lg->title[i] = one_line(b->title)))
			lg->oom = 1;
		lg->target = i;
		plan_action_changes(a, b, on_change, lg);
	}
	return lg->oom ? -1 : 0;
}

/*
 * The ids asked for that no commit changed: those the plans at the end of
 * the walk hold are shown unchanged; for the others, the closest ids.
 */
static int unchanged(struct log *lg, plan_repo *repo)
{
	plan_set *tip = NULL;
	int i;

	for (i = 0; i < lg->nids; i++) {
		const plan_action *a;
		if (lg->seen[i] && lg->title[i])
			continue;
		if (!tip && (!(tip = plan_set_new()) || plan_repo_load_tip(repo, tip) == PLAN_ENOMEM ||
			     plan_set_link(tip) < 0)) {
			plan_set_free(tip);
			lg->oom = 1;
			return -1;
		}
		if ((a = plan_set_action(tip, lg->ids[i])) != NULL) {
			lg->seen[i] = 1;
			if (!lg->title[i] && !(lg->title[i] = one_line(a->title))) {
				plan_set_free(tip);
				lg->oom = 1;
				return -1;
			}
		} else if (!lg->seen[i]) {
			suggestions(lg, tip, lg->ids[i]);
		}
	}
	plan_set_free(tip);
	return 0;
}

static void date_of(const struct event *e, char *buf, size_t size)
{
	time_t t = (time_t)(e->when + (long long)e->offset * 60);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, size, "%Y-%m-%d", &tm);
}

/* The events of target i, newest first, as a malloc'ed array of *n. */
static struct event **events_of(const struct log *lg, int i, size_t *n)
{
	struct event *e, **v;
	size_t k = 0;

	*n = 0;
	for (e = lg->head; e; e = e->next)
		*n += e->target == i;
	v = malloc((*n ? *n : 1) * sizeof(*v));
	if (v)
		for (e = lg->head; e; e = e->next)
			if (e->target == i)
				v[k++] = e;
	return v;
}

/* Adds to each "deadline moved" how many times it has moved so far. */
static void count_moves(struct log *lg)
{
	int i;

	for (i = 0; i < lg->nids; i++) {
		struct event *e, **v;
		size_t n = 0, k;
		int moves = 0;

		for (e = lg->head; e; e = e->next)
			n += e->target == i && strcmp(e->kind, "due") == 0;
		if (!n || !(v = malloc(n * sizeof(*v))))
			continue;
		for (e = lg->head, k = 0; e; e = e->next)
			if (e->target == i && strcmp(e->kind, "due") == 0)
				v[k++] = e;
		/* Events are newest first: count from the oldest.  The first
		 * "moved" from none is when the deadline was set. */
		for (k = n; k-- > 0;) {
			char *t;
			size_t len = strlen(v[k]->text) + 64;
			if (strstr(v[k]->text, "moved: none ->"))
				continue;
			moves++;
			if ((t = malloc(len)) != NULL) {
				snprintf(t, len, "%s (moved %d time%s since first set)", v[k]->text,
					 moves, moves == 1 ? "" : "s");
				free(v[k]->text);
				v[k]->text = t;
			}
		}
		free(v);
	}
}

static void print_text(struct log *lg, int reverse, long limit)
{
	const char *no_color = getenv("NO_COLOR");
	int colour = isatty(1) && !(no_color && *no_color);
	const char *on = colour ? "\033[33m" : "", *off = colour ? "\033[0m" : "";
	int i;

	for (i = 0; i < lg->nids; i++) {
		struct event *e, **v;
		size_t n, k, commits = 0;
		const char *last = NULL;

		if (!(v = events_of(lg, i, &n)))
			return;
		printf("%s", i ? "\n" : "");
		plan_puts_safe(stdout, lg->ids[i]);
		if (lg->title[i]) {
			printf("  ");
			plan_puts_safe(stdout, lg->title[i]);
		}
		putchar('\n');
		if (!n)
			printf("\n  (no change in the commits read)\n");
		for (k = 0; k < n; k++) {
			e = v[reverse ? n - 1 - k : k];
			if (!last || strcmp(last, e->commit) != 0) {
				char date[16];
				if (limit >= 0 && (long)commits >= limit)
					break;
				commits++;
				date_of(e, date, sizeof(date));
				printf("\n%scommit %.12s%s  %s  ", on, e->commit, off, date);
				plan_puts_safe(stdout, e->author);
				printf("\n    ");
				plan_puts_safe(stdout, e->subject);
				if (e->merge)
					printf("\n    (a merge: compared with its first parent)");
				putchar('\n');
				last = e->commit;
			}
			printf("  ");
			plan_puts_safe(stdout, e->text);
			putchar('\n');
		}
		free(v);
	}
}

static json_t *events_json(struct log *lg, int reverse, long limit)
{
	json_t *root = json_object(), *acts = json_array();
	int i;

	for (i = 0; i < lg->nids; i++) {
		json_t *a = json_object(), *commits = json_array(), *cur = NULL, *changes = NULL;
		struct event *e, **v;
		size_t n, k, ncommits = 0;
		const char *last = NULL;

		if (!(v = events_of(lg, i, &n)))
			return NULL;
		for (k = 0; k < n; k++) {
			char date[16];
			e = v[reverse ? n - 1 - k : k];
			if (!last || strcmp(last, e->commit) != 0) {
				if (limit >= 0 && (long)ncommits >= limit)
					break;
				ncommits++;
				date_of(e, date, sizeof(date));
				cur = json_object();
				changes = json_array();
				json_object_set_new(cur, "commit", json_string(e->commit));
				json_object_set_new(cur, "author", json_string(e->author));
				json_object_set_new(cur, "date", json_string(date));
				json_object_set_new(cur, "subject", json_string(e->subject));
				json_object_set_new(cur, "merge", json_boolean(e->merge));
				json_object_set_new(cur, "changes", changes);
				json_array_append_new(commits, cur);
				last = e->commit;
			}
			{
				json_t *ch = json_object();
				json_object_set_new(ch, "kind", json_string(e->kind));
				json_object_set_new(ch, "text", json_string(e->text));
				json_array_append_new(changes, ch);
			}
		}
		free(v);
		json_object_set_new(a, "id", json_string(lg->ids[i]));
		json_object_set_new(a, "title", lg->title[i] ? json_string(lg->title[i]) : json_null());
		json_object_set_new(a, "commits", commits);
		json_array_append_new(acts, a);
	}
	json_object_set_new(root, "version", json_integer(1));
	json_object_set_new(root, "actions", acts);
	return root;
}

/* The first second (UTC) of a YYYY-MM-DD day, or -1 when s is not one. */
static int day_start(const char *s, long long *out)
{
	plan_date d;
	const char *why;
	size_t bad;

	if (plan_date_parse(&d, s, strlen(s), &why, &bad) < 0 || d.prec != PLAN_PREC_DAY)
		return -1;
	*out = (long long)plan_day_number(d.year, d.month, d.day) * 86400;
	return 0;
}

int cmd_log(int argc, char **argv)
{
	const char *repo_dir = NULL, *only = NULL, *since = NULL, *until = NULL;
	const char *from = NULL, *hide = NULL;
	long long since_t = 0, until_t = 0;
	int json = 0, reverse = 0, first_parent = 0, i, status = PLAN_EXIT_OK, shallow, unborn;
	long limit = -1;
	struct log lg;
	plan_repo *repo;
	char err[512];
	struct event *e, *next;

	memset(&lg, 0, sizeof(lg));
	lg.ids = calloc((size_t)argc, sizeof(char *));
	lg.seen = calloc((size_t)argc, sizeof(int));
	lg.title = calloc((size_t)argc, sizeof(char *));
	lg.tail = &lg.head;
	if (!lg.ids || !lg.seen || !lg.title) {
		fprintf(stderr, "planlog: out of memory\n");
		return PLAN_EXIT_USAGE;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			fputs(usage, stdout);
			status = cmd_finish_output("planlog", PLAN_EXIT_OK);
			goto done;
		} else if (strcmp(a, "--version") == 0) {
			printf("planlog %s\n", PLAN_VERSION);
			status = cmd_finish_output("planlog", PLAN_EXIT_OK);
			goto done;
		} else if (strcmp(a, "--repo") == 0 && i + 1 < argc) {
			repo_dir = argv[++i];
		} else if (strncmp(a, "--repo=", 7) == 0) {
			repo_dir = a + 7;
		} else if (strcmp(a, "--format=json") == 0 || (strcmp(a, "--format") == 0 && i + 1 < argc &&
			   strcmp(argv[i + 1], "json") == 0 && ++i)) {
			json = 1;
		} else if (strcmp(a, "--format=text") == 0 || (strcmp(a, "--format") == 0 && i + 1 < argc &&
			   strcmp(argv[i + 1], "text") == 0 && ++i)) {
			json = 0;
		} else if ((strcmp(a, "--since") == 0 || strcmp(a, "--until") == 0) && i + 1 < argc) {
			if (a[2] == 's')
				since = argv[++i];
			else
				until = argv[++i];
		} else if (strncmp(a, "--since=", 8) == 0) {
			since = a + 8;
		} else if (strncmp(a, "--until=", 8) == 0) {
			until = a + 8;
		} else if (strcmp(a, "--path") == 0 && i + 1 < argc) {
			only = argv[++i];
		} else if (strncmp(a, "--path=", 7) == 0) {
			only = a + 7;
		} else if (strcmp(a, "--reverse") == 0) {
			reverse = 1;
		} else if (strcmp(a, "--first-parent") == 0) {
			first_parent = 1;
		} else if (strcmp(a, "-n") == 0 && i + 1 < argc) {
			char *end;
			limit = strtol(argv[++i], &end, 10);
			if (*end || limit < 0) {
				fprintf(stderr, "planlog: -n needs a number, not \"%s\"\n", argv[i]);
				status = PLAN_EXIT_USAGE;
				goto done;
			}
		} else if (a[0] == '-') {
			fprintf(stderr, "planlog: unknown option %s\n%s", a, usage);
			status = PLAN_EXIT_USAGE;
			goto done;
		} else {
			lg.ids[lg.nids++] = argv[i];
		}
	}
	if (lg.nids == 0 && !since) {
		fprintf(stderr, "planlog: name the actions to show, by id, or give --since\n%s", usage);
		status = PLAN_EXIT_USAGE;
		goto done;
	}
	lg.all = lg.nids == 0;
	if (lg.all) {
		free(lg.ids), free(lg.seen), free(lg.title);
		lg.ids = NULL, lg.seen = NULL, lg.title = NULL;
	}
	/* A day bounds by author time; anything else is a revision. */
	if (since && day_start(since, &since_t) < 0)
		hide = since;
	if (until && day_start(until, &until_t) == 0)
		until_t += 86400;
	else if (until)
		from = until;
	if (plan_repo_open_history(&repo, repo_dir, err, sizeof(err)) < 0) {
		fprintf(stderr, "planlog: %s\n", err);
		status = PLAN_EXIT_USAGE;
		goto done;
	}
	plan_repo_limit(repo, only);
	if (plan_repo_window(repo, from, hide, since_t, until_t, err, sizeof(err)) < 0) {
		fprintf(stderr, "planlog: %s\n", err);
		plan_repo_free(repo);
		status = PLAN_EXIT_USAGE;
		goto done;
	}
	if (getenv("PLANLOG_NO_CACHE"))
		plan_repo_cache(repo, 0);
	if (plan_repo_walk(repo, first_parent, (const char *const *)lg.ids, (size_t)lg.nids, on_commit,
			   &lg, &shallow, &unborn, err, sizeof(err)) != 0 ||
	    (!unborn && unchanged(&lg, repo) < 0)) {
		fprintf(stderr, "planlog: %s\n", lg.oom ? "out of memory" : err);
		plan_repo_free(repo);
		status = PLAN_EXIT_USAGE;
		goto done;
	}
	plan_repo_free(repo);
	if (unborn) {
		fprintf(stderr, "planlog: the repository has no commits yet\n");
		status = PLAN_EXIT_ERRORS;
		goto done;
	}
	for (i = 0; i < lg.nids; i++)
		if (!lg.seen[i]) {
			fprintf(stderr, "planlog: no action %s in the history%s%s%s\n", lg.ids[i],
				lg.suggest ? "; did you mean " : "", lg.suggest ? lg.suggest : "",
				lg.suggest ? "?" : "");
			status = PLAN_EXIT_ERRORS;
		}
	if (status != PLAN_EXIT_OK)
		goto done;
	if (lg.all && lg.nids == 0 && !json) {
		printf("no action changed in that window\n");
		status = cmd_finish_output("planlog", PLAN_EXIT_OK);
		goto done;
	}
	count_moves(&lg);
	if (json) {
		json_t *j = events_json(&lg, reverse, limit);
		if (j)
			json_object_set_new(j, "shallow", json_boolean(shallow));
		if (cmd_write_json("planlog", j) < 0)
			status = PLAN_EXIT_USAGE;
	} else {
		print_text(&lg, reverse, limit);
		if (shallow)
			printf("\n(history stops at the shallow clone's boundary: git fetch --unshallow "
			       "brings the rest)\n");
	}
	status = cmd_finish_output("planlog", status);
done:
	for (e = lg.head; e; e = next) {
		next = e->next;
		free(e->commit), free(e->author), free(e->subject), free(e->kind), free(e->text);
		free(e);
	}
	for (i = 0; i < (lg.all ? lg.nids : argc); i++) {
		if (lg.title)
			free(lg.title[i]);
		if (lg.all)
			free(lg.ids[i]);
	}
	free(lg.title);
	free(lg.seen);
	free(lg.ids);
	free(lg.suggest);
	return status;
}
