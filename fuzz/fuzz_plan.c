/*
 * fuzz_plan.c - a libFuzzer target over everything a plan file goes
 * through: the loader with its includes, the scanner and parser, linking,
 * every check, the rules between two states of the plans (--staged), the
 * field comparison of planlog, the record comparison that picks planlog's
 * commits, both JSON forms, the SARIF log, planreport's summary, and the
 * diagnostics as text and as GitHub workflow commands, and planfmt: each
 * file formatted, formatted again (it must not change: abort() otherwise),
 * and the diff between them; a file that planfmt would make say something
 * else (PLAN_EBUG) is a crash too.
 *
 * The input is one or more files: lines "#=== NAME" (comments, to the
 * language) start a new file called NAME; what comes before the first is
 * main.plan.  A line "#=== after" ends the "before" state and starts the
 * "now" state, each a set of files; without it, the before state is empty.
 * Files are served from memory (a plan_reader), so includes, cycles and
 * depth are reached without touching the disk.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "changes.h"
#include "check.h"
#include "compare.h"
#include "date.h"
#include "diag.h"
#include "fmt.h"
#include "github.h"
#include "json.h"
#include "load.h"
#include "model.h"
#include "pack.h"
#include "report.h"
#include "records.h"
#include "sarif.h"
#include "udiff.h"

#define MAX_FILES 16

struct file {
	char name[64];
	const char *bytes;
	size_t len;
};

struct state {
	struct file f[MAX_FILES];
	size_t n;
};

static int mem_read(void *ctx, const char *path, char **out, size_t *len, plan_file_id *id)
{
	const struct state *st = ctx;
	char norm[256];
	size_t i;

	if (strlen(path) >= sizeof(norm))
		return plan_error_set(PLAN_EREAD, "name too long");
	strcpy(norm, path);
	plan_path_normalise(norm);
	for (i = 0; i < st->n; i++) {
		if (strcmp(st->f[i].name, norm) == 0) {
			*out = plan_malloc(st->f[i].len ? st->f[i].len : 1);
			if (!*out)
				return PLAN_ENOMEM;
			memcpy(*out, st->f[i].bytes, st->f[i].len);
			*len = st->f[i].len;
			id->a = 7;
			id->b = i;
			return 0;
		}
	}
	return plan_error_set(PLAN_EREAD, "no such file");
}

/* Starts a file called name (len bytes) in st at data; NULL when full. */
static struct file *start(struct state *st, const char *name, size_t len, const char *data)
{
	struct file *f;

	if (st->n == MAX_FILES)
		return NULL;
	f = &st->f[st->n++];
	if (len > sizeof(f->name) - 1)
		len = sizeof(f->name) - 1;
	memcpy(f->name, name, len);
	f->name[len] = '\0';
	plan_path_normalise(f->name);
	f->bytes = data;
	f->len = 0;
	return f;
}

/* Whether data[0..size) has a line "#=== after". */
static int has_after(const char *data, size_t size)
{
	size_t i;
	for (i = 0; i + 10 <= size; i++)
		if ((i == 0 || data[i - 1] == '\n') && memcmp(data + i, "#=== after", 10) == 0 &&
		    (i + 10 == size || data[i + 10] == '\n'))
			return 1;
	return 0;
}

/* Splits data[0..size) into the files of before and now. */
static void split(const char *data, size_t size, struct state *before, struct state *now)
{
	struct state *st;
	struct file *cur;
	size_t i = 0;

	before->n = now->n = 0;
	st = has_after(data, size) ? before : now;
	cur = start(st, "main.plan", 9, data);
	while (i < size) {
		const char *nl = memchr(data + i, '\n', size - i);
		size_t e = nl ? (size_t)(nl - data) + 1 : size;

		if (e - i >= 5 && memcmp(data + i, "#=== ", 5) == 0) {
			size_t k = e - i - 5 - (nl != NULL);
			struct file *next;
			if (k == 5 && memcmp(data + i + 5, "after", 5) == 0 && st == before) {
				st = now;
				next = start(st, "main.plan", 9, data + e);
			} else {
				next = start(st, data + i + 5, k, data + e);
			}
			if (!next)
				return;
			cur = next;
		} else if (cur) {
			cur->len = e - (size_t)(cur->bytes - data);
		}
		i = e;
	}
}

static plan_set *load(struct state *st)
{
	plan_set *set = plan_set_new();
	plan_reader rd = { mem_read, st, 1 };
	const char *paths[MAX_FILES];
	size_t i;

	if (!set)
		return NULL;
	for (i = 0; i < st->n; i++)
		paths[i] = st->f[i].name;
	if (plan_set_reader(set, &rd) == PLAN_OK)
		plan_load_paths(set, paths, st->n);
	plan_set_link(set);
	return set;
}

static void dump(json_t *j)
{
	char *s = j ? json_dumps(j, JSON_INDENT(1)) : NULL;
	free(s);
	json_decref(j);
}

static void key(void *ctx, const char *k, size_t len)
{
	(void)ctx, (void)k, (void)len;
}

/* Every change renders, cut to a small buffer, whatever its values. */
static void change(void *ctx, const plan_change *c)
{
	char buf[64];

	(void)ctx;
	(void)plan_change_kind_name(c->kind);
	(void)plan_change_text(buf, sizeof(buf), c, 3);
}

/* The board pack of the set, whole and for the lead of its first action, in each format
 * that writes a stream (xlsx writes a file, through libxlsxwriter, too slowly to fuzz). */
static void pack_formats(const plan_set *set, FILE *sink)
{
	plan_pack_options po = PLAN_PACK_OPTIONS_INIT;
	plan_pack *pack;
	int k;

	po.today = plan_day_number(2019, 6, 1);
	for (k = 0; k < 2; k++) {
		if (k == 1) {
			const plan_plan *p = set->plans.head;
			if (!p || !p->actions.head || !p->actions.head->leads.head)
				return;
			po.lead = p->actions.head->leads.head->text;
		}
		if (plan_pack_build(&pack, set, &po) < 0)
			continue;
		plan_pack_text(pack, sink);
		plan_pack_markdown(pack, sink);
		plan_pack_csv(pack, PLAN_PACK_ROWS_ACTIONS, sink);
		plan_pack_csv(pack, PLAN_PACK_ROWS_UPDATES, sink);
		plan_pack_free(pack);
	}
}

/* planfmt of f, and of its output, which must be the same; the diff of f and its form. */
static void format_file(const struct file *f)
{
	plan_fmt_options opt = PLAN_FMT_OPTIONS_INIT;
	plan_set *s1 = plan_set_new(), *s2 = plan_set_new();
	char *o1 = NULL, *o2 = NULL, *d = NULL;
	size_t n1, n2, dn;
	int rc = s1 && s2 ? plan_fmt(s1, f->name, f->bytes, f->len, &opt, &o1, &n1) : PLAN_ENOMEM;

	/* What planfmt writes parses and says what the file said. */
	if (rc == PLAN_EBUG)
		abort();
	if (rc == PLAN_OK) {
		if (plan_fmt(s2, f->name, o1, n1, &opt, &o2, &n2) == PLAN_OK &&
		    (n1 != n2 || memcmp(o1, o2, n1) != 0))
			abort();
		plan_udiff(f->name, f->bytes, f->len, o1, n1, &d, &dn);
	}
	plan_free(d);
	plan_free(o2);
	plan_free(o1);
	plan_set_free(s2);
	plan_set_free(s1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *sink;
	struct state before, now;
	plan_set *b, *n;
	plan_check_options opt;
	const plan_plan *p;
	const plan_action *a;

	if (!sink)
		sink = fopen("/dev/null", "w");
	split((const char *)data, size, &before, &now);
	b = load(&before);
	n = load(&now);
	if (!b || !n) {
		plan_set_free(b);
		plan_set_free(n);
		return 0;
	}
	plan_check_options_init(&opt);
	opt.today = plan_day_number(2019, 6, 1);
	opt.strict = 1;
	plan_check_run(n, &opt);
	if (before.n) {
		/* A plain commit, then a merge of a branch that made now from before. */
		plan_parent parents[2] = { { b, NULL, "HEAD" }, { n, b, "1a2b3c4" } };
		plan_compare(parents, 1, n, &opt);
		plan_compare(parents, 2, n, &opt);
	}
	for (p = n->plans.head; p; p = p->next)
		for (a = p->actions.head; a; a = a->next)
			plan_action_changes(plan_set_action(b, a->id), a, change, NULL);
	for (p = b->plans.head; p; p = p->next)
		for (a = p->actions.head; a; a = a->next)
			plan_action_changes(a, plan_set_action(n, a->id), change, NULL);
	if (now.n)
		plan_records_diff(before.n ? before.f[0].bytes : NULL, before.n ? before.f[0].len : 0,
				  now.f[0].bytes, now.f[0].len, key, NULL);
	dump(plan_json_diags(n));
	dump(plan_json_model(n, plan_day_number(2019, 6, 1), NULL));
	dump(plan_sarif_log(n, NULL));
	if (sink) {
		plan_diags_write_text(&n->diags, sink, "plancheck");
		plan_github_write(&n->diags, sink, "plancheck");
		plan_report_text(n, sink);
		pack_formats(n, sink);
	}
	for (size_t i = 0; i < now.n; i++)
		format_file(&now.f[i]);
	plan_set_free(b);
	plan_set_free(n);
	return 0;
}
