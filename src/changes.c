/*
 * changes.c - field-level differences of one action.
 *
 * Fields are compared by meaning (plan_text_same, plan_when_same,
 * plan_update_same in model.c), as the commit hook compares them:
 * re-wrapping a text block or re-indenting changes nothing here, so a
 * commit that only reformats an action reports no change.
 */
#include "changes.h"

#include <stdio.h>
#include <string.h>

/* Text with its line breaks as spaces, clipped to max characters, for showing. */
static void flat(char *buf, size_t size, const char *s, size_t max)
{
	size_t o = 0, chars = 0;
	int space = 0;

	for (; s && *s && o + 5 < size; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\n' || c == ' ' || c == '\t') {
			space = o > 0;
			continue;
		}
		if ((c & 0xC0) != 0x80 && ++chars > max) {
			memcpy(buf + o, "...", 3);
			o += 3;
			break;
		}
		if (space)
			buf[o++] = ' ';
		space = 0;
		buf[o++] = (char)c;
	}
	buf[o] = '\0';
}

static int has_lead(const plan_action *a, const char *text)
{
	const plan_lead *l;
	for (l = a->leads.head; l; l = l->next)
		if (plan_text_same(l->text, text))
			return 1;
	return 0;
}

static const char *when_text(const plan_when *w, char *buf, size_t size)
{
	if (!w)
		return "none";
	if (w->note)
		snprintf(buf, size, "%s, %s", w->written, w->note);
	else
		snprintf(buf, size, "%s", w->written);
	return buf;
}

static void decision_text(const plan_decision *d, char *buf, size_t size)
{
	char date[32] = "", into[32] = "";

	if (!d) {
		snprintf(buf, size, "none");
		return;
	}
	if (d->has_date)
		plan_date_format(date, sizeof(date), &d->date);
	if (d->has_into)
		plan_date_format(into, sizeof(into), &d->into);
	snprintf(buf, size, "%s%s%s%s%s", date, date[0] ? " " : "", plan_verb_name(d->verb),
		 into[0] ? " into " : "", into);
}

static void update_text(const plan_update *u, char *buf, size_t size)
{
	char date[32] = "undated", first[200];
	const char *rag = plan_rag_name(u->rag);
	const char *nl = strchr(u->text, '\n');
	char line[400];
	size_t n = nl ? (size_t)(nl - u->text) : strlen(u->text);

	if (n >= sizeof(line))
		n = sizeof(line) - 1;
	memcpy(line, u->text, n);
	line[n] = '\0';
	flat(first, sizeof(first), line, 70);
	if (u->has_date)
		plan_date_format(date, sizeof(date), &u->date);
	snprintf(buf, size, "%s%s%s: %s", date, rag ? " " : "", rag ? rag : "", first);
}

static plan_rag last_rag(const plan_action *a)
{
	const plan_update *u;
	plan_rag r = PLAN_RAG_NONE;
	for (u = a->updates.head; u; u = u->next)
		if (u->rag)
			r = u->rag;
	return r;
}

static void none(void *ctx, const char *kind, const char *text)
{
	(void)ctx, (void)kind, (void)text;
}

int plan_action_changes(const plan_action *a, const plan_action *b, plan_change_fn fn, void *ctx)
{
	char t[1200], x[512], y[512];
	const plan_lead *l;
	const plan_update *u;
	const plan_when *w;
	int n = 0;

	if (!a && !b)
		return 0;
	if (!fn)
		fn = none;
	if (!a) {
		flat(y, sizeof(y), b->title, 100);
		snprintf(t, sizeof(t), "created in %s: %s", b->loc.src->path, y);
		fn(ctx, "created", t);
		return 1;
	}
	if (!b) {
		snprintf(t, sizeof(t), "deleted from %s", a->loc.src->path);
		fn(ctx, "deleted", t);
		return 1;
	}
	if (strcmp(a->loc.src->path, b->loc.src->path) != 0) {
		snprintf(t, sizeof(t), "moved from %s to %s", a->loc.src->path, b->loc.src->path);
		fn(ctx, "moved", t), n++;
	}
	if (!plan_text_same(a->title, b->title)) {
		flat(x, sizeof(x), a->title, 80);
		flat(y, sizeof(y), b->title, 80);
		snprintf(t, sizeof(t), "title changed: \"%s\" -> \"%s\"", x, y);
		fn(ctx, "title", t), n++;
	}
	for (l = b->leads.head; l; l = l->next)
		if (!has_lead(a, l->text)) {
			snprintf(t, sizeof(t), "lead added: %s", l->text);
			fn(ctx, "lead-added", t), n++;
		}
	for (l = a->leads.head; l; l = l->next)
		if (!has_lead(b, l->text)) {
			snprintf(t, sizeof(t), "lead removed: %s", l->text);
			fn(ctx, "lead-removed", t), n++;
		}
	if (!plan_when_same(a->due, b->due)) {
		snprintf(t, sizeof(t), "deadline moved: %s -> %s", when_text(a->due, x, sizeof(x)),
			 when_text(b->due, y, sizeof(y)));
		fn(ctx, "due", t), n++;
	}
	if (a->reviews.count != b->reviews.count || !plan_when_same(a->reviews.tail, b->reviews.tail)) {
		for (w = a->reviews.head, x[0] = '\0'; w; w = w->next)
			snprintf(x + strlen(x), sizeof(x) - strlen(x), "%s%s", x[0] ? ", " : "", w->written);
		for (w = b->reviews.head, y[0] = '\0'; w; w = w->next)
			snprintf(y + strlen(y), sizeof(y) - strlen(y), "%s%s", y[0] ? ", " : "", w->written);
		snprintf(t, sizeof(t), "review points changed: %s -> %s", x[0] ? x : "none", y[0] ? y : "none");
		fn(ctx, "review", t), n++;
	}
	decision_text(plan_action_decision(a), x, sizeof(x));
	decision_text(plan_action_decision(b), y, sizeof(y));
	if (strcmp(x, y) != 0) {
		if (plan_action_decision(a))
			snprintf(t, sizeof(t), "decision changed: %s -> %s", x, y);
		else
			snprintf(t, sizeof(t), "decision recorded: %s", y);
		fn(ctx, "decision", t), n++;
	}
	for (u = b->updates.head; u; u = u->next)
		if (!plan_action_has_update(a, u)) {
			update_text(u, x, sizeof(x));
			snprintf(t, sizeof(t), "update added: %s", x);
			fn(ctx, "update-added", t), n++;
		}
	for (u = a->updates.head; u; u = u->next)
		if (!plan_action_has_update(b, u)) {
			update_text(u, x, sizeof(x));
			snprintf(t, sizeof(t), "committed update edited or deleted (a rewrite of the record): %s", x);
			fn(ctx, "update-rewritten", t), n++;
		}
	if (last_rag(a) != last_rag(b)) {
		const char *ra = plan_rag_name(last_rag(a)), *rb = plan_rag_name(last_rag(b));
		snprintf(t, sizeof(t), "RAG changed: %s -> %s", ra ? ra : "none", rb ? rb : "none");
		fn(ctx, "rag", t), n++;
	}
	return n;
}
